import { describe, expect, it } from 'vitest';
import { STATES, rendered } from './golden-reports.js';

describe.each(Object.keys(STATES) as Array<keyof typeof STATES>)('golden markdown: %s', (state) => {
  it('job summary and issue match the checked-in goldens', async () => {
    const { summary, issues } = await rendered(state);
    await expect(summary).toMatchFileSnapshot(`golden/${state}.summary.md`);
    const issueText = issues.map((i) => `# ${i.title}\n\n${i.body}`).join('\n\n<!-- next issue -->\n\n');
    await expect(issueText).toMatchFileSnapshot(`golden/${state}.issue.md`);
  });
});

describe('what the renderer promises', () => {
  it('ok: one headline, every check folded away, no issue, no next steps', async () => {
    const { summary, issues } = await rendered('ok');
    expect(summary).toContain('✅ All 8 checks passed (2 not run).');
    expect(summary).toMatch(/<details><summary>8 checks passed, 2 not run<\/summary>/);
    expect(summary).not.toContain('What to do next');
    expect(issues).toEqual([]);
  });

  it('corrupt: the truncation leads (not the hex mismatch); hashes are 12 hex; the full value stays in the report', async () => {
    const { report, summary, issues } = await rendered('corrupt');
    const headline = summary.split('\n')[2];
    expect(headline).toMatch(/^❌ \*\*content\*\*: data for app\.events ends after 914 rows: archive truncated/);
    expect(headline).toContain('2 of 9 checks failing (2 critical)');
    expect(headline).toContain('**Next:** The archive lists its tables but its data does not decompress');
    expect(headline.length).toBeLessThan(400);
    expect(summary).toContain(
      '**Issue:** [#42 Backup integrity critical — s3://acme-backups/prod](https://github.com/acme/app/issues/42)',
    );
    // Hidden markers aside (the state block keeps the facts to compare), no digest longer than 12 hex.
    for (const text of [summary, ...issues.map((i) => i.body.replace(/<!--[\s\S]*?-->/g, ''))]) {
      expect(text).not.toMatch(/[0-9a-f]{13,}/);
      expect(text).toContain('389d6be7eaad…');
    }
    expect(report.checks.find((c) => c.id === 'checksum')?.display?.value).toBe(
      '389d6be7eaad38cd3514913b174b01c70836a5312861b90591ad9b085705581e',
    );
    // Failing rows first, ok rows folded.
    expect(summary.indexOf('`content`')).toBeLessThan(summary.indexOf('<details>'));
    expect(summary.indexOf('`recency`')).toBeGreaterThan(summary.indexOf('<details>'));
    expect(issues).toHaveLength(1);
    expect(issues[0].title).toBe(
      'Backup integrity critical — s3://acme-backups/prod: data for app.events ends after 914 rows: archive truncated (data for 4 more entries is missing) (+1 more)',
    );
  });

  it('the summary and the issue carry the same "What to do next"', async () => {
    for (const state of ['stale', 'corrupt', 'drill-failed', 'backup-failed'] as const) {
      const { summary, issues } = await rendered(state);
      const steps = (text: string) =>
        text
          .slice(text.indexOf('### What to do next'))
          .split('\n')
          .filter((l) => /^\d+\. /.test(l));
      expect(steps(summary).length, state).toBeGreaterThan(0);
      expect(steps(issues[0].body), state).toEqual(steps(summary));
    }
  });

  it('drill failed: the issue shows the runbook checklist and human values, never raw numbers', async () => {
    const { issues, summary } = await rendered('drill-failed');
    const body = issues[0].body;
    expect(body).toContain('| runbook check | result |');
    expect(body).toContain('| ❌ | Restore completed | pg_restore failed after 12m');
    expect(summary).toContain(
      '| ✅ | `disk` | free disk space is enough for the copy and the restored database | 168 GiB | 150 GiB |',
    );
    expect(summary).toContain('| ✅ | `rpo` | the backup is 7h old (target 24h) | 7h | 24h |');
    for (const raw of ['80383856640', '180383856640', '25200', '86400', '3600'])
      expect(body + summary).not.toContain(raw);
  });

  it('backup failed: the job step is named and the steps are about the backup job', async () => {
    const { issues } = await rendered('backup-failed');
    expect(issues[0].title).toBe(
      'Backup creation critical — s3://acme-backups/prod: could not connect to the database: connection to server at "db.internal" (10.0.3.7), port 5432 failed: timeout expired',
    );
    expect(issues[0].body).toContain('Read the `create-backup` run log');
  });
});
