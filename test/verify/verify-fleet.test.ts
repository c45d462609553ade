import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { FLEET_DUMP, keyAged } from '../support/fleet.js';
import { startS3rver, type RunningS3rver } from '../support/s3rver.js';

let dir: string;
let config: string;
let s3: RunningS3rver;
let dump: Buffer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-fleet-'));
  dump = await readFile(FLEET_DUMP);
  // Two folder stores: app is fresh, ledger's newest backup is 30h old.
  for (const [db, ages] of [
    ['app', [2, 26]],
    ['ledger', [30, 54]],
  ] as const) {
    await mkdir(path.join(dir, db));
    for (const age of ages) await copyFile(FLEET_DUMP, path.join(dir, db, keyAged(db, age)));
  }
  // One S3 prefix holding two databases; shop's backup is the newest object there.
  s3 = await startS3rver();
  await s3.bucket('fleet-shared');
  for (const [db, age] of [
    ['billing', 3],
    ['billing', 27],
    ['shop', 1],
    ['shop', 25],
  ] as const) {
    await s3.put('fleet-shared', `nightly/${keyAged(db, age)}`, dump);
  }
  config = path.join(dir, 'lifeboat.yml');
  await writeFile(
    config,
    `databases:
  - name: app
    source: ${path.join(dir, 'app')}
  - name: ledger
    source: ${path.join(dir, 'ledger')}
  - name: billing
    source: s3://fleet-shared/nightly
    database: billing
    s3-force-path-style: true
`,
  );
}, 60_000);

afterAll(async () => {
  await s3?.stop();
  await rm(dir, { recursive: true, force: true });
});

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const [stdout, stderr] = [new PassThrough(), new PassThrough()];
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (d) => out.push(String(d)));
  stderr.on('data', (d) => err.push(String(d)));
  const code = await main(argv, { env: { ...s3.env }, stdout, stderr });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('a fleet of three databases: two folder stores, one S3 prefix holding two databases', () => {
  it('lifeboat matrix prints one include per database, for strategy.matrix', async () => {
    const { code, stdout } = await cli(['matrix', '--config', config]);
    expect(code).toBe(0);
    expect(stdout).toBe('{"include":[{"name":"app"},{"name":"ledger"},{"name":"billing"}]}\n');
  });

  it('verify --all: one section per database with its own verdict, exit code the worst', async () => {
    const { code, stdout } = await cli(['verify', '--all', '--config', config, '--json']);
    const out = JSON.parse(stdout);
    expect(out.databases.map((d: { name: string; status: string }) => [d.name, d.status])).toEqual([
      ['app', 'ok'],
      ['ledger', 'critical'],
      ['billing', 'ok'],
    ]);
    expect(out.status).toBe('critical');
    expect(code).toBe(2);
    const [app, ledger, billing] = out.databases;
    expect(app.source).toBe(path.join(dir, 'app'));
    expect(ledger.checks.find((c: { id: string }) => c.id === 'recency')).toMatchObject({ status: 'critical' });
    // billing is picked out of the shared prefix: its own newest backup, not shop's newer one.
    expect(billing.backup.key).toMatch(/^billing_/);
    expect(billing.checks.find((c: { id: string }) => c.id === 'exists')).toMatchObject({ status: 'ok', value: 2 });
  });

  it('verify --all in text: a section per database, then the fleet verdict', async () => {
    const { code, stdout } = await cli(['verify', '--all', '--config', config, '--integrity', 'none']);
    expect(code).toBe(2);
    expect(stdout.match(/^== (\w+) ==$/gm)).toEqual(['== app ==', '== ledger ==', '== billing ==']);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('CRITICAL: 3 databases (app ok, ledger critical, billing ok)');
  });

  it('verify --name picks one entry; --all with --source is refused before anything runs', async () => {
    const one = await cli(['verify', '--name', 'billing', '--config', config, '--json']);
    expect(JSON.parse(one.stdout).source).toBe('s3://fleet-shared/nightly/');
    expect(one.code).toBe(0);
    const bad = await cli(['verify', '--all', '--config', config, '--source', dir]);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toBe(
      'lifeboat verify: Invalid --source with --all: --all verifies every database of the fleet file\n',
    );
    const unknown = await cli(['verify', '--name', 'payroll', '--config', config]);
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toMatch(/Invalid (--)?name "payroll": expected one of app, ledger, billing/);
  });

  it('a drill given the fleet file without name is refused before anything is fetched', async () => {
    const { code, stderr } = await cli(['drill', '--source', path.join(dir, 'app'), '--checks', config]);
    expect(code).toBe(3);
    expect(stderr).toMatch(
      /^lifeboat drill: Missing (--)?name: .*lifeboat\.yml lists databases \(app, ledger, billing\); (set name|pass --name with) the one to drill\n$/,
    );
  });

  it('a drill with name runs on that entry: its source, not the flags', async () => {
    const railway = path.join(dir, 'railway.yml');
    await writeFile(railway, 'databases:\n  - name: volume\n    source: railway://volume/vi-42\n');
    const { code, stderr } = await cli(['drill', '--name', 'volume', '--checks', railway]);
    expect(code).toBe(3);
    expect(stderr).toMatch(/^lifeboat drill: a restore drill cannot use railway:\/\/volume\/vi-42: /);
  });
});
