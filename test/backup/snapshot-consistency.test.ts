import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, loadSampleDatabase } from '../../src/demo/sample-database.js';
import { parseManifest } from '../../src/discovery/manifest.js';
import { withClient } from '../../src/postgres/client.js';
import { FolderStore } from '../../src/stores/folder-store.js';
import { sharedCluster } from '../support/postgres.js';
import { backupInto, countTables, restoreInto } from './helpers.js';

let dir: string;
let dbUrl: string;
let clusterUrl: string;

const ODD_SCHEMA = 'Sales Data';
const ODD_TABLE = 'Order "Lines"';

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-backup-snap-'));
  const cluster = await sharedCluster();
  clusterUrl = cluster.url();
  dbUrl = await createDatabase(clusterUrl, 'snapdb');
  await loadSampleDatabase(dbUrl, { ledgerRows: 300_000 });
  await withClient(dbUrl, async (c) => {
    // Identifiers that only work when quoted, and a partitioned table (parent and partitions).
    await c.query(`CREATE SCHEMA "Sales Data"`);
    await c.query(`CREATE TABLE "Sales Data"."Order ""Lines""" (id bigserial PRIMARY KEY, note text)`);
    await c.query(`INSERT INTO "Sales Data"."Order ""Lines""" (note) SELECT 'n' || g FROM generate_series(1, 1000) g`);
    await c.query(`CREATE TABLE public.events (id bigint, at date) PARTITION BY RANGE (at)`);
    await c.query(
      `CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')`,
    );
    await c.query(
      `CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')`,
    );
    await c.query(`INSERT INTO public.events SELECT g, date '2024-06-01' + (g % 300) FROM generate_series(1, 2000) g`);
    await c.query(`CREATE VIEW public.not_a_table AS SELECT 1 AS one`);
  });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await (await sharedCluster()).stop();
});

describe("row counts from the dump's snapshot", () => {
  it('equal the restored counts exactly while a writer keeps inserting', async () => {
    const store = new FolderStore(path.join(dir, 'store'));
    const writer = new pg.Client({ connectionString: dbUrl });
    writer.on('error', () => {});
    await writer.connect();
    let inserted = 0;
    let stop = false;
    let writerError: unknown;
    const writing = (async () => {
      try {
        while (!stop) {
          // Separate autocommit statements across several tables, as an app would.
          await writer.query(
            `INSERT INTO public.inventory_ledger (tenant_id, item_id, delta, reason) VALUES (1, 1, 1, 'sale'), (2, 51, -1, 'return')`,
          );
          await writer.query(`INSERT INTO "Sales Data"."Order ""Lines""" (note) VALUES ('during backup')`);
          await writer.query(`INSERT INTO public.events VALUES (0, date '2025-02-01')`);
          inserted += 4;
        }
      } catch (error) {
        writerError = error;
      }
    })();
    // Let the writer get going so that the snapshot lands in the middle of the stream of inserts.
    while (inserted < 200) await new Promise((r) => setTimeout(r, 10));
    const insertedBefore = inserted;
    const result = await backupInto(store, { 'database-url': dbUrl, compress: '9' });
    const insertedDuring = inserted - insertedBefore;
    stop = true;
    await writing;
    await writer.end();
    expect(writerError).toBeUndefined();

    expect(result.report.status, JSON.stringify(result.report.checks)).toBe('ok');
    expect(result.key).toBeDefined();
    const key = result.key as string;
    // The test means something only if rows were committed while the backup ran.
    expect(insertedDuring).toBeGreaterThan(50);

    const manifest = parseManifest(await readFile(path.join(dir, 'store', `${key}.manifest.json`), 'utf8'), key);
    expect(Object.keys(manifest).sort()).toEqual(
      [
        'counting',
        'created_at',
        'database',
        'format',
        'key',
        'pg_dump_version',
        'roles',
        'server_version',
        'sha256',
        'size',
        'tables',
      ].sort(),
    );
    expect(Object.keys(manifest.tables).sort()).toEqual(
      [
        'Sales Data.Order "Lines"',
        'public.events',
        'public.events_2024',
        'public.events_2025',
        'public.inventory_balances',
        'public.inventory_ledger',
        'public.items',
        'public.tenants',
        'public.users',
      ].sort(),
    );

    const live = await countTables(dbUrl, Object.keys(manifest.tables));
    // Rows committed after the snapshot are in the database but not in the manifest.
    expect(live['public.inventory_ledger'].rows).toBeGreaterThan(manifest.tables['public.inventory_ledger'].rows);
    expect(manifest.tables['public.inventory_ledger'].rows).toBeGreaterThan(300_000);

    const restoredUrl = await restoreInto(clusterUrl, 'snapdb_restored', path.join(dir, 'store', key));
    const restored = await countTables(restoredUrl, Object.keys(manifest.tables));
    expect(restored).toEqual(manifest.tables);
    expect(manifest.tables[`${ODD_SCHEMA}.${ODD_TABLE}`].rows).toBeGreaterThan(1000);
  });
});
