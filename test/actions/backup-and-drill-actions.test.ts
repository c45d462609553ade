import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, loadSampleDatabase } from '../../src/demo/sample-database.js';
import { withClient } from '../../src/postgres/client.js';
import type { EphemeralCluster } from '../../src/postgres/ephemeral-cluster.js';
import { serverChecksums } from '../support/checksums.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { sharedCluster } from '../support/postgres.js';
import { node24, runBundledAction } from '../support/run-action.js';

const TOKEN = 'ghs_drillTokenPlanted987654';
let cluster: EphemeralCluster;
let databaseUrl: string;
let tables: Record<string, number>;
let store: string;
let api: GitHubApi;

const github = () => ({
  GITHUB_REPOSITORY: 'acme/app',
  GITHUB_API_URL: api.url,
  GITHUB_RUN_ID: '77',
  LIFEBOAT_ISSUE_WRITE_SPACING_MS: '0',
});

beforeAll(async () => {
  cluster = await sharedCluster();
  databaseUrl = await createDatabase(cluster.url(), 'actions_inventory');
  ({ tables } = await loadSampleDatabase(databaseUrl, { ledgerRows: 3000 }));
  store = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-actions-store-'));
  api = await startGitHubApi();
});

afterAll(async () => {
  await cluster?.stop();
  await api?.close();
  await rm(store, { recursive: true, force: true });
});

describe('the bundled create-backup → restore-drill chain', () => {
  it('create-backup writes a backup, its sidecar and its manifest, and masks the database URL', async () => {
    const run = await runBundledAction(
      'create-backup',
      { 'database-url': databaseUrl, dest: store, 'github-token': TOKEN },
      { env: github() },
    );
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.status).toBe('ok');
    const files = await readdir(store);
    expect(files.filter((f) => f.endsWith('.dump'))).toEqual([run.outputs['backup-key']]);
    expect(files).toContain(`${run.outputs['backup-key']}.manifest.json`);
    const password = new URL(databaseUrl).password;
    const visible = run.everything.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(visible.join('\n')).not.toContain(password);
  });

  it.each([['node 20', process.execPath], ...(node24() ? [['node 24', node24()!]] : [])])(
    'restore-drill under %s restores every table with its exact count; keep + post tear down',
    async (_n, node) => {
      const run = await runBundledAction(
        'restore-drill',
        { source: store, keep: 'true', 'github-token': TOKEN, checks: path.resolve('examples/lifeboat.yml') },
        { node, env: github() },
      );
      expect(run.exitCode, run.stdout).toBe(0);
      expect(run.outputs.status).toBe('ok');
      expect(Number(run.outputs['tables-restored'])).toBe(Object.keys(tables).length);
      expect(Number(run.outputs['rows-restored'])).toBe(Object.values(tables).reduce((a, b) => a + b, 0));
      expect(Number(run.outputs['rto-seconds'])).toBeGreaterThan(0);
      expect(run.summary).toMatch(/Tenant isolation/i);
      expect(run.summary).toMatch(/Balances/i);

      // keep: the database outlives the main step…
      const url = run.outputs['database-url'];
      const count = await withClient(
        url,
        async (c) => (await c.query('SELECT count(*)::int AS n FROM public.items')).rows[0].n,
      );
      expect(count).toBe(tables['public.items']);
      const dir = run.state['kept-cluster-dir'];
      expect(existsSync(dir)).toBe(true);

      // …and the post step, given the saved state, removes it.
      const post = await runBundledAction('restore-drill-post', {}, { node, env: { 'STATE_kept-cluster-dir': dir } });
      expect(post.exitCode).toBe(0);
      expect(existsSync(dir)).toBe(false);
    },
  );

  it('a refused URL target fails the step with one line, whatever fail-on says, and touches nothing', async () => {
    const before = await serverChecksums(cluster.url());
    const run = await runBundledAction(
      'restore-drill',
      { source: store, target: databaseUrl, 'fail-on': 'never' },
      { env: github() },
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('critical');
    // One failure line for the step (the other ::error is the target check's own annotation).
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::Restore drill'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/Restore drill refused: refusing target .*already holds tables.*; nothing was restored$/);
    // The job summary still records the refusal as the failing target check.
    expect(run.summary).toMatch(/already holds tables/);
    const visible = run.everything.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(visible.join('\n')).not.toContain(cluster.password);
    expect(await serverChecksums(cluster.url())).toEqual(before);
  });

  it('a drill that misses its RTO target fails the step and files a drill issue', async () => {
    const run = await runBundledAction(
      'restore-drill',
      // 1 ms: no drill boots a cluster that fast, so the verdict does not depend on the machine's
      // speed (with '1s', a fast run met the target and the test failed).
      { source: store, 'rto-target': '0.001s', 'github-token': TOKEN },
      { env: github() },
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('critical');
    const issue = api.state.issues.find((i) => i.body?.includes('lifeboat:id='));
    expect(issue?.title).toMatch(/drill/i);
    expect(issue?.labels).toEqual(expect.arrayContaining(['lifeboat', 'severity:critical']));
    // The declared issue-number output, and the summary linking the issue with the runbook checklist.
    expect(run.outputs['issue-number']).toBe(String(issue?.number));
    expect(run.summary).toContain(`**Issue:** [#${issue?.number} `);
    expect(run.summary).toContain('| runbook check | result |');
    expect(issue?.body).toContain('| runbook check | result |');
  });
});
