// amcheck checks what it can check (btree indexes with storage, relkind 'i') and says how many it
// skipped and why: a partitioned table's index (relkind 'I') is no false alarm, and a btree whose
// entries no longer match its table is still caught.
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/demo/sample-database.js';
import { verifyRestore } from '../../src/drill/verify-restore.js';
import type { DrillTarget } from '../../src/restore/target.js';
import { withClient } from '../../src/postgres/client.js';
import { memoryLogger } from '../../src/util/logger.js';
import { openWritableStore } from '../../src/stores/open-store.js';
import { backupInto } from '../backup/helpers.js';
import { sharedCluster } from '../support/postgres.js';
import { check, newStoreDir, runDrillFor } from './helpers.js';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const SCHEMA = `
  CREATE TABLE events (id bigint, at date, kind text, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
  CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
  CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
  CREATE INDEX events_kind ON events (kind);
  CREATE INDEX events_kind_hash ON events_2024 USING hash (kind);
  INSERT INTO events SELECT g, date '2024-01-01' + (g % 700), 'k' || (g % 13) FROM generate_series(1, 2000) g;
`;

let work: string;
let url: string;

beforeAll(async () => {
  const cluster = await sharedCluster();
  url = await createDatabase(cluster.url(), 'amcheck_partitions');
  await withClient(url, (c) => c.query(SCHEMA));
  work = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-amcheck-'));
}, 60_000);

afterAll(async () => {
  await (await sharedCluster()).stop();
  if (work) await rm(work, { recursive: true, force: true });
});

function targetFor(databaseUrl: string): DrillTarget {
  return {
    kind: 'url',
    url: databaseUrl,
    env: {},
    database: new URL(databaseUrl).pathname.slice(1),
    serverVersion: '15',
    serverMajor: 15,
    description: 'test database',
    hadTables: true,
    dispose: async () => {},
  };
}

describe('amcheck', () => {
  it('a drill of a database with partitioned tables passes, naming the indexes it skipped and why', async () => {
    const store = await newStoreDir(work, 'store');
    expect((await backupInto(openWritableStore(store), { 'database-url': url })).report.status).toBe('ok');
    const { report } = await runDrillFor({ source: store, amcheck: 'true' });
    const amcheck = check(report, 'amcheck');
    expect(amcheck.status, amcheck.summary).toBe('ok');
    // events_pkey and events_kind on each of the 2 partitions, with storage: 4 btree indexes.
    expect(amcheck.summary).toMatch(/^bt_index_check passed on 4 btree indexes; 3 indexes skipped: /);
    expect(amcheck.summary).toContain('2 partitioned (no storage of its own');
    expect(amcheck.summary).toContain('1 hash (amcheck checks btree only)');
  }, 180_000);

  it('a btree whose entries no longer match its table is critical, named', async () => {
    // A lying "immutable" function: the index holds f(x) as it was, the table now says otherwise.
    await withClient(url, async (c) => {
      await c.query(`CREATE FUNCTION bucket(i bigint) RETURNS bigint IMMUTABLE LANGUAGE sql AS 'SELECT i % 7'`);
      await c.query('CREATE INDEX events_bucket ON events_2025 (bucket(id))');
      await c.query(
        `CREATE OR REPLACE FUNCTION bucket(i bigint) RETURNS bigint IMMUTABLE LANGUAGE sql AS 'SELECT i % 5'`,
      );
    });
    const outcome = await verifyRestore({
      target: targetFor(url),
      backupTime: new Date(),
      rpoTargetSeconds: 86_400,
      amcheck: true,
      logger: memoryLogger(),
    });
    const amcheck = outcome.checks.find((c) => c.id === 'amcheck')!;
    expect(amcheck.status).toBe('critical');
    expect(amcheck.summary).toMatch(/^corrupt index\(es\): events_bucket: /);
    expect(amcheck.summary).toContain('lacks matching index tuple');
    expect(amcheck.summary).toContain('3 indexes skipped');
  });
});
