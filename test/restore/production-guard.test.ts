// "Never the production database", for every way of spelling it: one real server holds prod; each
// spelling of prod as --target is refused (exit 3, one line) even with --allow-overwrite, and prod's
// rows are unchanged (the backup is older than prod, so a restore over it would lose rows).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { withClient, withDatabase } from '../../src/postgres/client.js';
import { isProductionDatabase, resolveConnection } from '../../src/restore/production-guard.js';
import type { EphemeralCluster } from '../../src/postgres/ephemeral-cluster.js';
import { lifeboat } from '../cli/restore-helpers.js';
import { addBackup, check, runDrillFor, stampedKey } from '../drill/helpers.js';
import { serverChecksums } from '../support/checksums.js';
import { dumpDatabase, sharedCluster } from '../support/postgres.js';

let cluster: EphemeralCluster;
let dir: string;
let store: string;
let prod: string;

beforeAll(async () => {
  cluster = await sharedCluster();
  dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-guard-'));
  await withClient(cluster.url(), (c) => c.query('CREATE DATABASE prod'));
  prod = withDatabase(cluster.url(), 'prod');
  await withClient(prod, (c) => c.query('CREATE TABLE orders AS SELECT generate_series(1, 100) AS id'));
  const dump = path.join(dir, 'prod.dump');
  await dumpDatabase(prod, 'custom', dump);
  store = path.join(dir, 'store');
  await addBackup(store, stampedKey('prod', new Date(Date.now() - 60_000), '.dump'), dump);
  // Rows newer than the backup: a restore over prod would lose them.
  await withClient(prod, (c) => c.query('INSERT INTO orders SELECT generate_series(101, 150)'));
}, 120_000);

afterEach(() => {
  vi.unstubAllEnvs();
});

afterAll(async () => {
  await cluster.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

function spelled(host: string, opts: { port?: boolean; database?: boolean; query?: string } = {}): string {
  const auth = `postgres:${encodeURIComponent(cluster.password)}`;
  const port = opts.port === false ? '' : `:${cluster.port}`;
  const db = opts.database === false ? '' : '/prod';
  return `postgresql://${auth}@${host}${port}${db}${opts.query ?? ''}`;
}

const spellings: [string, () => { target: string; production?: string; env?: Record<string, string> }][] = [
  ['host 0.0.0.0', () => ({ target: spelled('0.0.0.0') })],
  ['v4-mapped v6 [::ffff:127.0.0.1]', () => ({ target: spelled('[::ffff:127.0.0.1]') })],
  ['localhost', () => ({ target: spelled('localhost') })],
  [
    'a unix socket in ?host=',
    () => ({ target: spelled('', { port: false, query: `?host=${cluster.tempDir}&port=${cluster.port}` }) }),
  ],
  ['a %2F socket host', () => ({ target: spelled(encodeURIComponent(cluster.tempDir)) })],
  [
    'port omitted while PGPORT is set',
    () => ({ target: spelled('127.0.0.1', { port: false }), env: { PGPORT: String(cluster.port) } }),
  ],
  [
    'database omitted while PGDATABASE is set',
    () => ({ target: spelled('127.0.0.1', { database: false }), env: { PGDATABASE: 'prod' } }),
  ],
  [
    'socket form vs TCP form',
    () => ({ target: spelled('127.0.0.1'), production: spelled(encodeURIComponent(cluster.tempDir)) }),
  ],
  [
    'production unreachable (wrong password): compared by address',
    () => ({ target: spelled('0.0.0.0'), production: `postgresql://postgres:wrong@localhost:${cluster.port}/prod` }),
  ],
];

const commands: [string, string[]][] = [
  ['restore', []],
  ['drill', ['--checks', '/dev/null']],
];
const cases = commands.flatMap(([command, extra]) =>
  spellings.map(([name, make]) => [command, name, extra, make] as const),
);

describe('lifeboat restore and drill refuse production however it is spelled', () => {
  it.each(cases)('%s: %s — exit 3, one line, nothing touched', async (command, _name, extra, make) => {
    const { target, production, env } = make();
    for (const [k, v] of Object.entries(env ?? {})) vi.stubEnv(k, v);
    const before = await serverChecksums(cluster.url());
    const r = await lifeboat(
      command,
      '--source',
      store,
      '--target',
      target,
      '--production-database-url',
      production ?? prod,
      '--allow-overwrite',
      ...extra,
    );
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n').filter((l) => l.startsWith(`lifeboat ${command}:`));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/: refusing target .*it is the production database.*; nothing was restored$/);
    expect(r.stderr).not.toContain(cluster.password);
    expect(await serverChecksums(cluster.url())).toEqual(before);
  });

  it('the drill with a URL target records the refusal in its report', async () => {
    const before = await serverChecksums(cluster.url());
    const { report } = await runDrillFor({
      source: store,
      target: spelled('[::ffff:127.0.0.1]'),
      'production-database-url': prod,
      'allow-overwrite': 'true',
    });
    expect(check(report, 'target').status).toBe('critical');
    expect(check(report, 'target').summary).toContain('it is the production database');
    expect(report.refused).toBe(check(report, 'target').summary);
    expect(await serverChecksums(cluster.url())).toEqual(before);
  });

  it('another database on the same server is not production', async () => {
    const verdict = await isProductionDatabase(withDatabase(cluster.url(), 'postgres'), prod, {
      targetIdentity: { database: 'postgres' },
    });
    expect(verdict.same).toBe(false);
  });
});

describe('resolveConnection', () => {
  it('applies libpq defaults from the environment', () => {
    const r = resolveConnection('postgresql://u@/?host=/run/pg', { PGPORT: '6543', PGDATABASE: 'app' });
    expect(r).toMatchObject({ endpoints: [{ host: '/run/pg', port: 6543 }], database: 'app', user: 'u' });
    expect(resolveConnection('postgresql://h', { PGUSER: 'bob' }).database).toBe('bob');
    expect(resolveConnection('postgresql:///db', {}).defaultHost).toBe(true);
  });
});
