import { describe, expect, it } from 'vitest';
import { issueBody, issueTitle, markerId, parseState, sanitize } from '../../src/github/issue-body.js';
import { subjectsFor } from '../../src/github/subjects.js';
import type { Check } from '../../src/report/report.js';
import { ok, recency, skipped, verifyReport } from './fixtures.js';

describe('subjectsFor', () => {
  it('splits a verify report into freshness, integrity, history and drill-overdue, each as bad as its worst check', () => {
    const checksum: Check = { id: 'checksum', status: 'critical', summary: 'sha256 mismatch' };
    const subjects = subjectsFor(
      verifyReport([
        ok('store'),
        recency('warning', 24),
        { id: 'drill-age', status: 'warning', summary: 'old drill' },
        checksum,
        skipped('content'),
        { id: 'gaps', status: 'warning', summary: 'a gap' },
        ok('retention'),
        ok('manifest'),
      ]),
    );
    expect(subjects.map((s) => [s.family, s.status, s.checks.map((c) => c.id)])).toEqual([
      ['freshness', 'warning', ['store', 'recency']],
      ['integrity', 'critical', ['checksum', 'content', 'manifest']],
      ['history', 'warning', ['gaps', 'retention']],
      ['drill-overdue', 'warning', ['drill-age']],
    ]);
  });

  it('a database in the report is part of the id and the name', () => {
    const shop = subjectsFor({ ...verifyReport([recency('critical', 48)]), database: 'shop' });
    const billing = subjectsFor({ ...verifyReport([recency('ok', 2)]), database: 'billing' });
    const none = subjectsFor(verifyReport([recency('ok', 2)]));
    expect(shop[0].id).not.toBe(billing[0].id);
    expect(shop[0].id).not.toBe(none[0].id);
    expect(shop[0].name).toBe('s3://prod-backups/db (shop)');
    // Issues filed before subjects had a database are found again through the old id.
    expect(none[0].legacyIds).toHaveLength(1);
    expect(shop[0].legacyIds).toEqual([]);
  });

  it('ids are stable per store and family, and differ across them', () => {
    const a = subjectsFor(verifyReport([recency('warning', 24), ok('checksum')]));
    const again = subjectsFor(verifyReport([recency('critical', 99), ok('checksum')]));
    const other = subjectsFor(verifyReport([recency('warning', 24)], 's3://staging-backups/db'));
    expect(a.map((s) => s.id)).toEqual(again.map((s) => s.id));
    expect(a[0].id).not.toBe(a[1].id);
    expect(other[0].id).not.toBe(a[0].id);
  });

  it('a family whose checks were all skipped is not evaluated', () => {
    const [, integrity] = subjectsFor(verifyReport([ok('store'), skipped('checksum'), skipped('archive')]));
    expect(integrity).toMatchObject({ family: 'integrity', status: 'ok', evaluated: false });
  });
});

describe('issue text', () => {
  const run = { url: 'https://github.com/acme/app/actions/runs/1', runId: '1', now: new Date('2025-01-01T00:00:00Z') };

  it('the state block survives values that would close an HTML comment', () => {
    const check: Check = {
      id: 'size',
      status: 'warning',
      display: { value: 'x --> y' },
      summary: 'odd value --> here',
    };
    const [subject] = subjectsFor(verifyReport([check]));
    const state = {
      v: 2 as const,
      status: 'warning' as const,
      facts: { size: 'warning=x --> y' },
      notified_at: run.now.toISOString(),
      first_seen: run.now.toISOString(),
      last_seen: run.now.toISOString(),
    };
    const body = issueBody({ subject, report: verifyReport([check]), run, state });
    expect(parseState(body)).toEqual(state);
    expect(markerId(body)).toBe(subject.id);
    // Table cells cannot break the table.
    const piped = verifyReport([{ ...check, summary: 'a | b\nc <!-- d' }]);
    const pipedBody = issueBody({ subject: subjectsFor(piped)[0], report: piped, run, state });
    expect(pipedBody).toContain('| a \\| b c &lt;!-- d |');
  });

  it('titles stay within GitHub limits and say how many more checks fail', () => {
    const long = { ...recency('critical', 31), summary: 'x'.repeat(400) };
    const [subject] = subjectsFor(verifyReport([long, { id: 'size', status: 'warning', summary: 'small' }]));
    const title = issueTitle(subject);
    expect(title.length).toBeLessThanOrEqual(200);
    expect(title.startsWith('Backup critical — s3://prod-backups/db: xxx')).toBe(true);
  });

  it('sanitize scrubs connection-string passwords even when not registered', () => {
    expect(sanitize('postgresql://app:s3cr3t@db:5432/x and mysql://u:p@h')).toBe(
      'postgresql://app:***@db:5432/x and mysql://u:***@h',
    );
  });
});
