import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { node24, runBundledAction } from '../support/run-action.js';
import { FLEET_DUMP, keyAged } from '../support/fleet.js';
import { startS3rver, type RunningS3rver } from '../support/s3rver.js';

let workspace: string;
let s3: RunningS3rver;

beforeAll(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-fleet-action-'));
  // app: a folder store whose only backup is 40h old (critical if it were verified).
  await mkdir(path.join(workspace, 'app'));
  await copyFile(FLEET_DUMP, path.join(workspace, 'app', keyAged('app', 40)));
  s3 = await startS3rver();
  await s3.bucket('fleet-action');
  const dump = await readFile(FLEET_DUMP);
  for (const [db, age] of [
    ['billing', 3],
    ['billing', 27],
    ['shop', 1],
  ] as const) {
    await s3.put('fleet-action', `nightly/${keyAged(db, age)}`, dump);
  }
  await mkdir(path.join(workspace, '.github'));
  const shared = { source: 's3://fleet-action/nightly', 's3-force-path-style': true };
  const databases = [
    { name: 'app', source: path.join(workspace, 'app') },
    { name: 'billing', ...shared, database: 'billing' },
    { name: 'shop', ...shared, database: 'shop' },
  ];
  await writeFile(path.join(workspace, '.github', 'lifeboat.yml'), stringify({ databases }));
});

afterAll(async () => {
  await s3?.stop();
  await rm(workspace, { recursive: true, force: true });
});

const runtimes = [['node 20', process.execPath] as const, ...(node24() ? [['node 24', node24()!] as const] : [])];

describe.each(runtimes)('the fleet on the matrix, bundled actions under %s', (_name, node) => {
  it('plan outputs one include per database', async () => {
    const run = await runBundledAction('plan', { config: '.github/lifeboat.yml' }, { node, workspace });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.matrix)).toEqual({
      include: [{ name: 'app' }, { name: 'billing' }, { name: 'shop' }],
    });
    expect(run.outputs.names).toBe('app\nbilling\nshop');
  });

  it('verify-backup with name: billing verifies only billing’s entry', async () => {
    const run = await runBundledAction(
      'verify-backup',
      { name: 'billing', config: '.github/lifeboat.yml', issue: 'false', 'report-path': 'billing.json' },
      { node, workspace, env: s3.env },
    );
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('ok');
    expect(run.outputs['backup-key']).toMatch(/^billing_/);
    const report = JSON.parse(await readFile(path.join(workspace, 'billing.json'), 'utf8'));
    expect(report.source).toBe('s3://fleet-action/nightly/');
    expect(report.checks.find((c: { id: string }) => c.id === 'exists')).toMatchObject({ status: 'ok', value: 2 });
    // app's stale folder is another entry: never looked at.
    expect(run.everything).not.toContain(path.join(workspace, 'app'));
  });

  it('name: app fails on its own stale backup; an unknown name fails the step with one line', async () => {
    const app = await runBundledAction(
      'verify-backup',
      { name: 'app', config: '.github/lifeboat.yml', issue: 'false' },
      { node, workspace },
    );
    expect(app.outputs.status).toBe('critical');
    expect(app.exitCode).not.toBe(0);
    const unknown = await runBundledAction(
      'verify-backup',
      { name: 'payroll', config: '.github/lifeboat.yml', issue: 'false' },
      { node, workspace },
    );
    expect(unknown.exitCode).not.toBe(0);
    expect(unknown.stdout).toMatch(/::error::Invalid name "payroll": expected one of app, billing, shop/);
    expect(unknown.outputs.status).toBeUndefined();
  });
});
