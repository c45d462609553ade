import { mkdtemp, rm, writeFile, readdir, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { node24, runBundledAction } from '../support/run-action.js';
import { startS3rver, type RunningS3rver } from '../support/s3rver.js';

const PLANTED_PASSWORD = 'pw-Planted-7f3c9e1a';
const TOKEN = 'ghs_plantedTokenValue123456';
let dir: string;
let api: GitHubApi;
let s3: RunningS3rver;

const plainDump =
  '--\n-- PostgreSQL database dump\n--\n' +
  'SELECT 1;\n'.repeat(300) +
  '--\n-- PostgreSQL database dump complete\n--\n';

async function backupAged(hours: number): Promise<void> {
  for (const f of await readdir(dir)) await unlink(path.join(dir, f));
  const name = `app_${new Date(Date.now() - hours * 3600_000).toISOString().replace(/[:.]/g, '-')}.sql`;
  await writeFile(path.join(dir, name), plainDump);
}

function githubEnv(): NodeJS.ProcessEnv {
  return {
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '4242',
    LIFEBOAT_ISSUE_WRITE_SPACING_MS: '0',
    // Not an input of verify, but present in a real job's environment: it must never leak.
    DATABASE_URL: `postgres://app:${PLANTED_PASSWORD}@db.internal:5432/app`,
  };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-verify-action-'));
  api = await startGitHubApi();
  // A drill ran 10 days ago, so drill-age is ok and the verdict rests on the backups alone.
  api.seedWorkflowRuns('restore-drill.yml', [
    { status: 'completed', conclusion: 'success', created_at: new Date(Date.now() - 10 * 86400_000).toISOString() },
  ]);
  s3 = await startS3rver();
});

afterAll(async () => {
  await api?.close();
  await s3?.stop();
  await rm(dir, { recursive: true, force: true });
});

const runtimes = [['node 20', process.execPath] as const, ...(node24() ? [['node 24', node24()!] as const] : [])];

describe.each(runtimes)('dist/verify-backup under %s', (_name, node) => {
  it('a fresh backup: exit 0, outputs, summary table, report file', async () => {
    await backupAged(2);
    const run = await runBundledAction(
      'verify-backup',
      { source: dir, 'github-token': TOKEN, issue: 'false' },
      { node, env: githubEnv() },
    );
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('ok');
    expect(run.outputs['backup-key']).toMatch(/^app_.*\.sql$/);
    expect(Number(run.outputs['backup-age-hours'])).toBeCloseTo(2, 1);
    expect(Number(run.outputs['backup-size'])).toBe(Buffer.byteLength(plainDump));
    expect(run.outputs['report-path']).toMatch(/lifeboat-report\.json$/);
    expect(run.summary).toMatch(/## ✅ Backup verification: ok/);
    expect(run.summary).toMatch(/\| ✅ \| `recency` \| newest backup is 2h old \| 2h/);
    // History at a glance: the size chart over the window, and every backup, folded.
    expect(run.summary).toContain('```mermaid\nxychart-beta\n    title "Backup size per day (KiB), last 14 days');
    expect(run.summary).toMatch(/<details><summary>Backups: 1 backup, [\d.]+ KiB in total; newest /);
    expect(run.summary).toContain(`| \`${run.outputs['backup-key']}\` |`);
  });

  it('a stale backup fails the step with an error annotation', async () => {
    await backupAged(30);
    const run = await runBundledAction(
      'verify-backup',
      { source: dir, 'github-token': TOKEN, issue: 'false' },
      { node, env: githubEnv() },
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('critical');
    expect(run.stdout).toMatch(
      /::error title=Lifeboat verify%3A recency::recency: newest backup is 30h old \(critical after 25h\)/,
    );
  });
});

describe('issues from the bundled action', () => {
  it('critical opens an issue, recovery closes it', async () => {
    await backupAged(31);
    const failing = await runBundledAction(
      'verify-backup',
      { source: dir, 'github-token': TOKEN },
      { env: githubEnv() },
    );
    expect(failing.exitCode).toBe(1);
    const mine = api.state.issues.filter((i) => i.body?.includes('lifeboat:id='));
    expect(mine).toHaveLength(1);
    expect(mine[0].title, mine[0].title).toMatch(/critical/i);
    expect(mine[0].title).toMatch(/31h old/);
    expect(mine[0].labels).toEqual(expect.arrayContaining(['lifeboat', 'severity:critical']));
    expect(mine[0].body).toContain('https://github.example/acme/app/actions/runs/4242');
    expect(failing.outputs['issue-number']).toBe(String(mine[0].number));

    await backupAged(1);
    const recovered = await runBundledAction(
      'verify-backup',
      { source: dir, 'github-token': TOKEN },
      { env: githubEnv() },
    );
    expect(recovered.exitCode).toBe(0);
    expect(api.state.issues.find((i) => i.number === mine[0].number)?.state).toBe('closed');
  });

  it('a 403 on create still fails on critical and warns about issues: write', async () => {
    await backupAged(40);
    api.failNext('POST', /\/issues$/, 403, {}, 1, {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue',
    });
    // A different store is a different subject: without the 403 this would create a new issue.
    const other = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-verify-action-other-'));
    try {
      await writeFile(
        path.join(other, `app_${new Date(Date.now() - 40 * 3600_000).toISOString().replace(/[:.]/g, '-')}.sql`),
        plainDump,
      );
      const run = await runBundledAction(
        'verify-backup',
        { source: other, 'github-token': TOKEN },
        { env: githubEnv() },
      );
      expect(run.exitCode).toBe(1);
      expect(run.outputs.status).toBe('critical');
      expect(run.stdout).toMatch(/::warning.*issues: write/);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });
});

describe('secrets', () => {
  it('the S3 secret key, the token and a database password appear in no output and no API request', async () => {
    await s3.bucket('secret-scan');
    await s3.put(
      'secret-scan',
      `db/app_${new Date(Date.now() - 40 * 3600_000).toISOString().replace(/[:.]/g, '-')}.sql`,
      plainDump,
    );
    const run = await runBundledAction(
      'verify-backup',
      { source: 's3://secret-scan/db', 'github-token': TOKEN },
      { env: { ...githubEnv(), ...s3.env } },
    );
    expect(run.outputs.status).toBe('critical');
    const sent = api.state.requests.map((r) => r.rawBody).join('\n');
    // `::add-mask::` is how a secret is handed to the runner, which removes it from every log line.
    const visible = run.everything
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    for (const secret of [s3.secretAccessKey, TOKEN, PLANTED_PASSWORD]) {
      expect(visible).not.toContain(secret);
      expect(sent).not.toContain(secret);
    }
  });
});

describe('the issue lifecycle, run by the bundled action', () => {
  it('warning → same warning → critical → ok → critical: one issue, commented, closed, reopened', async () => {
    const lifecycleApi = await startGitHubApi();
    lifecycleApi.seedWorkflowRuns('restore-drill.yml', [
      { status: 'completed', conclusion: 'success', created_at: new Date(Date.now() - 86400_000).toISOString() },
    ]);
    const folder = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-lifecycle-'));
    const env = { ...githubEnv(), GITHUB_API_URL: lifecycleApi.url };
    const step = async (hours: number) => {
      for (const f of await readdir(folder)) await unlink(path.join(folder, f));
      const name = `app_${new Date(Date.now() - hours * 3600_000).toISOString().replace(/[:.]/g, '-')}.sql`;
      await writeFile(path.join(folder, name), plainDump);
      return runBundledAction('verify-backup', { source: folder, 'github-token': TOKEN }, { env });
    };
    const mine = () => lifecycleApi.state.issues.filter((i) => i.body?.includes('lifeboat:id='));
    try {
      await step(24);
      expect(mine()).toHaveLength(1);
      const number = mine()[0].number;
      expect(mine()[0].labels).toContain('severity:warning');
      expect(lifecycleApi.commentsOn(number)).toHaveLength(0);

      await step(24); // same facts: no comment
      expect(mine()).toHaveLength(1);
      expect(lifecycleApi.commentsOn(number)).toHaveLength(0);

      await step(30); // worse: a comment, retitled, severity label swapped
      expect(lifecycleApi.commentsOn(number)).toHaveLength(1);
      expect(mine()[0].title).toMatch(/critical/i);
      expect(mine()[0].labels).toContain('severity:critical');
      expect(mine()[0].labels).not.toContain('severity:warning');

      const ok = await step(1); // recovered: comment with the run link, closed
      expect(ok.exitCode).toBe(0);
      expect(mine()[0].state).toBe('closed');
      expect(lifecycleApi.commentsOn(number).at(-1)?.body).toContain('/actions/runs/4242');

      await step(30); // failing again within 7 days: the same issue reopened
      expect(mine()).toHaveLength(1);
      expect(mine()[0].state).toBe('open');
      expect(mine()[0].number).toBe(number);
    } finally {
      await lifecycleApi.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});
