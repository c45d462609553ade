import { mkdtemp, readFile, readdir, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startGitHubApi, type FakeIssue, type GitHubApi } from '../support/github-api.js';
import { runBundledAction, type ActionRun } from '../support/run-action.js';

/**
 * The "Must hold" list of issue 15, each run through the bundled verify-backup action against the
 * GitHub stand-in, the way a new user's workflows would run it day after day.
 */

const TOKEN = 'ghs_trustTestToken0123456789';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const repoRoot = path.resolve(import.meta.dirname, '../..');

const plainDump =
  '--\n-- PostgreSQL database dump\n--\n' +
  'SELECT 1;\n'.repeat(300) +
  '--\n-- PostgreSQL database dump complete\n--\n';

let api: GitHubApi;
let store: string;

beforeEach(async () => {
  api = await startGitHubApi();
  store = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-trust-'));
});

afterEach(async () => {
  await api.close();
  await rm(store, { recursive: true, force: true });
});

const stamp = (ageMs: number) => new Date(Date.now() - ageMs).toISOString().replace(/[:.]/g, '-');

async function backup(database: string, ageMs: number): Promise<void> {
  await writeFile(path.join(store, `${database}_${stamp(ageMs)}.sql`), plainDump);
}

async function clearStore(): Promise<void> {
  for (const f of await readdir(store)) await unlink(path.join(store, f));
}

function env(workflowFile = 'verify-backup.yml', runId = '500'): NodeJS.ProcessEnv {
  return {
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: runId,
    GITHUB_WORKFLOW: workflowFile.replace(/\.yml$/, ''),
    GITHUB_WORKFLOW_REF: `acme/app/.github/workflows/${workflowFile}@refs/heads/main`,
    LIFEBOAT_ISSUE_WRITE_SPACING_MS: '0',
  };
}

function verify(inputs: Record<string, string>, workflowFile?: string, runId?: string): Promise<ActionRun> {
  return runBundledAction(
    'verify-backup',
    { source: store, 'github-token': TOKEN, ...inputs },
    { env: env(workflowFile, runId) },
  );
}

const mine = (): FakeIssue[] => api.state.issues.filter((i) => i.body?.includes('lifeboat:id='));
const open = () => mine().filter((i) => i.state === 'open');
const closes = () =>
  api.writes().filter((r) => r.method === 'PATCH' && (r.body as { state?: string } | undefined)?.state === 'closed');
const recentDrill = () =>
  api.seedWorkflowRuns('restore-drill.yml', [{ created_at: new Date(Date.now() - 5 * DAY).toISOString() }]);

describe('issue 15, must hold (bundled verify-backup against the GitHub stand-in)', () => {
  it('database: shop stale + database: billing fresh, alternating 6 runs: one open shop issue, never closed; none for billing', async () => {
    recentDrill();
    await backup('shop', 48 * HOUR);
    await backup('billing', 2 * HOUR);
    const outcomes: string[] = [];
    for (let i = 0; i < 6; i++) {
      const database = i % 2 === 0 ? 'shop' : 'billing';
      const run = await verify({ database }, 'verify-backup.yml', String(600 + i));
      outcomes.push(`${database}:${run.outputs.status}`);
    }
    expect(outcomes).toEqual([
      'shop:critical',
      'billing:ok',
      'shop:critical',
      'billing:ok',
      'shop:critical',
      'billing:ok',
    ]);
    expect(mine()).toHaveLength(1);
    const [shop] = mine();
    expect(shop.state).toBe('open');
    expect(shop.title).toMatch(/^Backup critical — .*\(shop\): newest backup is 48h old/);
    expect(shop.body).toContain('database `shop`');
    expect(closes()).toEqual([]);
    expect(api.commentsOn(shop.number).filter((c) => /Recovered|Failing again/.test(c.body))).toEqual([]);
  });

  it("the two shipped workflows' verify configurations, alternating 6 runs on a healthy store with 3 days of history: no issue", async () => {
    // Their verify steps, read from the shipped workflow files so that the test follows them.
    const configs = await Promise.all(
      ['create-backup.yml', 'verify-backup.yml'].map(async (file) => {
        const yml = parse(await readFile(path.join(repoRoot, '.github/workflows', file), 'utf8'));
        const steps = Object.values<{ steps: Array<{ uses?: string; with?: Record<string, string> }> }>(
          yml.jobs,
        ).flatMap((j) => j.steps);
        const step = steps.find((s) => s.uses?.endsWith('actions/verify-backup'));
        const inputs = Object.fromEntries(
          Object.entries(step?.with ?? {})
            .filter(([, v]) => !String(v).includes('${{'))
            .map(([k, v]) => [k, String(v)]),
        );
        return { file, inputs };
      }),
    );
    // Both files hold a verify step (their inputs may differ: that is the point of alternating them).
    expect(configs.map((c) => Object.keys(c.inputs).length > 0)).toEqual([true, true]);
    for (let d = 0; d < 3; d++) await backup('inventory', d * DAY + 2 * HOUR);
    // Both workflows have run since the first backup; no restore drill yet.
    for (const { file } of configs)
      api.seedWorkflowRuns(file, [{ created_at: new Date(Date.now() - 3 * DAY).toISOString() }]);
    const statuses: string[] = [];
    for (let i = 0; i < 6; i++) {
      const { file, inputs } = configs[i % 2];
      const reportPath = path.join(store, '..', `${path.basename(store)}-report.json`);
      const run = await verify({ ...inputs, 'report-path': reportPath }, file, String(700 + i));
      statuses.push(`${file}:${run.outputs.status}`);
      const report = JSON.parse(await readFile(reportPath, 'utf8')) as {
        checks: Array<{ id: string; status: string }>;
      };
      await rm(reportPath, { force: true });
      // Retention is short of 14 days: reported by a workflow that asks, never filed.
      expect(report.checks.find((c) => c.id === 'retention')?.status).toBe(
        inputs['min-retention'] ? 'warning' : undefined,
      );
      expect(report.checks.find((c) => c.id === 'drill-age')).toMatchObject({
        status: 'ok',
        display: { value: 'never' },
      });
    }
    // Each verdict is the configuration's own (retention short of 14 days warns where it is asked for).
    expect(statuses).toEqual(
      Array.from({ length: 6 }, (_, i) => {
        const { file, inputs } = configs[i % 2];
        return `${file}:${inputs['min-retention'] ? 'warning' : 'ok'}`;
      }),
    );
    expect(api.state.issues).toEqual([]);
    expect(api.writes().filter((r) => /\/issues/.test(r.path))).toEqual([]);
  });

  it('first healthy verify with no drill: no issue; after drill-max-age without one: one drill-overdue issue about the drill', async () => {
    await backup('inventory', 2 * HOUR);
    api.seedWorkflowRuns('verify-backup.yml', [{ created_at: new Date(Date.now() - 60_000).toISOString() }]);
    const first = await verify({});
    expect(first.outputs.status).toBe('ok');
    expect(first.summary).toMatch(/notice: restore drill never run/);
    expect(api.state.issues).toEqual([]);

    // 93 days of verify runs later, still no drill.
    api.seedWorkflowRuns('verify-backup.yml', [{ created_at: new Date(Date.now() - 93 * DAY).toISOString() }]);
    const later = await verify({});
    expect(later.outputs.status).toBe('warning');
    expect(mine()).toHaveLength(1);
    const [issue] = mine();
    expect(issue.title).toMatch(
      /^Restore drill overdue — .*: no restore drill has succeeded since verification started on/,
    );
    expect(issue.body).toContain('Run the restore drill now');
    expect(issue.body).not.toMatch(/once a new backup is in the store|recency checks are failing/i);
    expect(later.outputs['issue-number']).toBe(String(issue.number));

    // drill-max-age: off switches the check off: it is not in the report and the issue is left as it is.
    const off = await verify({ 'drill-max-age': 'off' });
    expect(off.outputs.status).toBe('ok');
    expect(off.summary).not.toContain('drill-age');
    expect(issue.state).toBe('open');
  });

  it('a late backup arrives: the freshness issue closes on that run; the gap stays in the report only', async () => {
    recentDrill();
    for (let d = 2; d < 10; d++) await backup('inventory', d * DAY + 2 * HOUR);
    const stale = await verify({});
    expect(stale.outputs.status).toBe('critical');
    expect(open()).toHaveLength(1);
    const number = open()[0].number;

    await backup('inventory', HOUR);
    const late = await verify({});
    expect(late.outputs.status).toBe('warning');
    expect(late.summary).toMatch(/\| ⚠️ \| `gaps` \|/);
    expect(open()).toEqual([]);
    expect(mine().find((i) => i.number === number)?.state).toBe('closed');
    expect(api.commentsOn(number).at(-1)?.body).toContain('Recovered');
    // The gap got no issue of its own.
    expect(mine()).toHaveLength(1);
  });

  it('a person closes the issue with unchanged facts: 3 failing runs leave it closed; worse facts reopen it', async () => {
    recentDrill();
    await backup('inventory', 24 * HOUR);
    await verify({});
    const [issue] = mine();
    expect(issue.labels).toContain('severity:warning');
    // Closed by hand in the web UI: Lifeboat's markers stay in the body.
    issue.state = 'closed';
    issue.closed_at = new Date().toISOString();
    issue.state_reason = 'not_planned';
    const commentsBefore = api.commentsOn(issue.number).length;

    for (let i = 0; i < 3; i++) {
      const run = await verify({}, 'verify-backup.yml', String(800 + i));
      expect(run.outputs.status).toBe('warning');
      expect(issue.state).toBe('closed');
    }
    expect(mine()).toHaveLength(1);
    expect(api.commentsOn(issue.number)).toHaveLength(commentsBefore);

    await clearStore();
    await backup('inventory', 30 * HOUR);
    const worse = await verify({});
    expect(worse.outputs.status).toBe('critical');
    expect(issue.state).toBe('open');
    expect(mine()).toHaveLength(1);
    expect(api.commentsOn(issue.number).at(-1)?.body).toMatch(/Failing again: critical[\s\S]*a person closed it/);
  });

  it('a create answered 502 after GitHub filed it: one open issue; recovery leaves none open', async () => {
    recentDrill();
    await backup('inventory', 30 * HOUR);
    api.failAfterNext('POST', /^\/repos\/acme\/app\/issues$/, 502);
    const run = await verify({});
    expect(run.outputs.status).toBe('critical');
    expect(open()).toHaveLength(1);
    expect(run.outputs['issue-number']).toBe(String(open()[0].number));
    expect(api.state.requests.filter((r) => r.method === 'POST' && r.path === '/repos/acme/app/issues')).toHaveLength(
      1,
    );

    // A duplicate from an older race is closed by the recovery too.
    api.addIssue({ title: 'copy', body: open()[0].body, labels: ['lifeboat', 'severity:critical'] });
    await clearStore();
    await backup('inventory', HOUR);
    const recovered = await verify({});
    expect(recovered.outputs.status).toBe('ok');
    expect(open()).toEqual([]);
    expect(mine()).toHaveLength(2);
  });

  it('a 60-character label: the issue is filed without it, the warning quotes GitHub', async () => {
    recentDrill();
    await backup('inventory', 30 * HOUR);
    const long = `team-${'x'.repeat(55)}`;
    expect(long).toHaveLength(60);
    const run = await verify({ 'issue-labels': `ops, ${long}` });
    expect(open()).toHaveLength(1);
    expect(open()[0].labels.sort()).toEqual(['lifeboat', 'ops', 'severity:critical']);
    expect(run.stdout).toContain(
      `::warning::GitHub refused the label "${long}": name is too long (maximum is 50 characters). Filing the issue without it.`,
    );
    expect(run.stdout).not.toMatch(/::warning::Issue not filed/);
    expect(run.outputs['issue-number']).toBe(String(open()[0].number));
  });
});
