import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpointOf } from '../../src/restore/target.js';
import { isProductionDatabase, type Lookup } from '../../src/restore/production-guard.js';
import { withDatabase } from '../../src/postgres/client.js';
import { createDatabase } from '../../src/demo/sample-database.js';
import { sharedCluster } from '../support/postgres.js';
import { addBackup, check, newStoreDir, runDrillFor, sampleSource, stampedKey, type Source } from '../drill/helpers.js';

describe('isProductionDatabase by address: host, port and database, not the string', () => {
  const same = async (a: string, b: string, lookup?: Lookup) =>
    (await isProductionDatabase(a, b, { lookup, env: {} })).same;
  it('localhost and 127.0.0.1 are the same server when localhost resolves there', async () => {
    expect(await same('postgresql://a:x@localhost:5433/app', 'postgres://b:y@127.0.0.1:5433/app')).toBe(true);
  });
  it('the default port is 5432 and the default database is the user name (libpq)', async () => {
    expect(await same('postgresql://app@db.internal/app', 'postgresql://app:pw@db.internal:5432')).toBe(true);
    expect(endpointOf('postgresql://u@h')).toEqual({ host: 'h', port: 5432, database: 'u', user: 'u' });
  });
  it('another port or another database is another target', async () => {
    expect(await same('postgresql://a@127.0.0.1:5433/app', 'postgresql://a@127.0.0.1:5434/app')).toBe(false);
    expect(await same('postgresql://a@127.0.0.1:5433/app', 'postgresql://a@127.0.0.1:5433/app_scratch')).toBe(false);
  });
  it('hosts are compared by their resolved addresses', async () => {
    const lookup = async (h: string) => (h === 'prod.example' || h === 'alias.example' ? ['10.0.0.5'] : ['10.0.0.9']);
    expect(await same('postgresql://x@alias.example/app', 'postgresql://x@prod.example/app', lookup)).toBe(true);
    expect(await same('postgresql://x@other.example/app', 'postgresql://x@prod.example/app', lookup)).toBe(false);
  });
});

describe('URL targets', () => {
  let source: Source;
  let store: string;

  beforeAll(async () => {
    source = await sampleSource('target_src', { ledgerRows: 200 });
    store = await newStoreDir(source.dir, 'store');
    await addBackup(store, stampedKey('inventory', new Date(Date.now() - 3_600_000), '.dump'), source.dumps.custom);
  });
  afterAll(async () => {
    await (await sharedCluster()).stop();
    if (source) await rm(source.dir, { recursive: true, force: true });
  });

  it('a database that already holds tables is refused without allow-overwrite, before anything is fetched', async () => {
    const { report, workDir } = await runDrillFor({ source: store, target: source.url });
    const target = check(report, 'target');
    expect(target.status).toBe('critical');
    expect(target.summary).toMatch(/^refusing target .*: database target_src already holds tables \(public\.\w+/);
    expect(target.summary).toContain('allow-overwrite');
    // A refusal, not a failed drill: the report says so, and the CLI and the action map it to exit 3.
    expect(report.refused).toBe(target.summary);
    expect(workDir).toBeUndefined();
    expect(report.checks.find((c) => c.id === 'restore')).toBeUndefined();
  });

  it('the production database is refused even with allow-overwrite, also written as localhost vs 127.0.0.1', async () => {
    const cluster = await sharedCluster();
    const scratch = await createDatabase(cluster.url(), 'target_scratch');
    const asLocalhost = new URL(scratch);
    asLocalhost.hostname = 'localhost';
    asLocalhost.username = 'someone_else';
    asLocalhost.password = 'other-password';
    for (const production of [scratch, asLocalhost.toString()]) {
      const { report } = await runDrillFor({
        source: store,
        target: scratch,
        'allow-overwrite': 'true',
        'production-database-url': production,
      });
      const target = check(report, 'target');
      expect(target.status).toBe('critical');
      expect(target.summary).toContain('it is the production database');
      expect(report.refused).toBe(target.summary);
      expect(target.summary).not.toContain(cluster.password);
      expect(target.summary).not.toContain('other-password');
    }
    // A different database on the same server is not production: that one is allowed.
    const { report } = await runDrillFor(
      { source: store, target: scratch, 'production-database-url': withDatabase(scratch, 'target_src') },
      { freeBytes: async () => 0 },
    );
    expect(check(report, 'target').status).not.toBe('critical');
    expect(report.refused).toBeUndefined();
  });
});
