// Counting is defined once: a table's rows are its own rows (FROM ONLY); parents also report their
// tree. Backup manifest, verify and drill must agree on every count and on the total, for two levels
// of partitions with default partitions and an inheritance parent with rows of its own, also when the
// manifest was written before own-row counting (parents counted with count(*)).
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { mkdtemp } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/demo/sample-database.js';
import { withClient } from '../../src/postgres/client.js';
import { countTables, totalRows, withTreeTotals } from '../../src/postgres/row-counts.js';
import type { Report } from '../../src/report/report.js';
import { openWritableStore } from '../../src/stores/open-store.js';
import { memoryLogger } from '../../src/util/logger.js';
import { verify } from '../../src/verify/verify.js';
import { parseVerifySettings } from '../../src/verify/verify-settings.js';
import { backupInto } from '../backup/helpers.js';
import { check, runDrillFor } from '../drill/helpers.js';
import { sharedCluster } from '../support/postgres.js';

const SCHEMA = `
  CREATE SCHEMA app;
  CREATE TABLE app.m (id int, region text, day date) PARTITION BY LIST (region);
  CREATE TABLE app.m_eu PARTITION OF app.m FOR VALUES IN ('eu') PARTITION BY RANGE (day);
  CREATE TABLE app.m_eu_2024 PARTITION OF app.m_eu FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
  CREATE TABLE app.m_eu_other PARTITION OF app.m_eu DEFAULT;
  CREATE TABLE app.m_other PARTITION OF app.m DEFAULT;
  INSERT INTO app.m SELECT g, 'eu', date '2024-03-01' FROM generate_series(1, 30) g;
  INSERT INTO app.m SELECT g, 'eu', date '2026-03-01' FROM generate_series(1, 20) g;
  INSERT INTO app.m SELECT g, 'us', date '2024-03-01' FROM generate_series(1, 10) g;
  CREATE TABLE app.cities (name text, population int);
  CREATE TABLE app.capitals (state text) INHERITS (app.cities);
  INSERT INTO app.cities SELECT 'c' || g, g FROM generate_series(1, 10) g;
  INSERT INTO app.capitals SELECT 'k' || g, g, 's' FROM generate_series(1, 50) g;
  CREATE SCHEMA "tenant.acme";
  CREATE TABLE "tenant.acme".orders (id int);
  INSERT INTO "tenant.acme".orders SELECT generate_series(1, 3);
  CREATE TABLE "tenant.acme"."we""ird ü
name" (id int);
  INSERT INTO "tenant.acme"."we""ird ü
name" SELECT generate_series(1, 4);
`;

/** Own rows, and the tree of each parent. */
const OWN: Record<string, number> = {
  'app.capitals': 50,
  'app.cities': 10,
  'app.m': 0,
  'app.m_eu': 0,
  'app.m_eu_2024': 30,
  'app.m_eu_other': 20,
  'app.m_other': 10,
  // Dots, quotes, unicode and a newline in names: one (schema, table) pair each, never split at a dot.
  'tenant.acme.orders': 3,
  'tenant.acme.we"ird ü\nname': 4,
};
const TREE: Record<string, number> = { 'app.cities': 60, 'app.m': 60, 'app.m_eu': 50 };
const TOTAL = 127;

let url: string;
let work: string;
let storeDir: string;

const byName = (tables: Report['tables']) =>
  Object.fromEntries((tables ?? []).map((t) => [t.name, { rows: t.rows, tree: t.tree_rows }]));
const expectedCounts = Object.fromEntries(Object.entries(OWN).map(([k, rows]) => [k, { rows, tree: TREE[k] }]));

beforeAll(async () => {
  const cluster = await sharedCluster();
  url = await createDatabase(cluster.url(), 'counting');
  await withClient(url, (c) => c.query(SCHEMA));
  work = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-counting-'));
  storeDir = path.join(work, 'store');
  const result = await backupInto(openWritableStore(storeDir), { 'database-url': url });
  expect(result.report.status).toBe('ok');
}, 120_000);

afterAll(async () => {
  await (await sharedCluster()).stop();
  if (work) await rm(work, { recursive: true, force: true });
});

async function runVerify(): Promise<Report> {
  const { report } = await verify(parseVerifySettings({ source: storeDir }), { env: {}, logger: memoryLogger() });
  return report;
}

async function manifestFile(): Promise<string> {
  const name = (await readdir(storeDir)).find((f) => f.endsWith('.manifest.json'))!;
  return path.join(storeDir, name);
}

describe('one counting rule', () => {
  it('counts own rows with FROM ONLY and gives parents their tree; totals add own rows only', async () => {
    const names = Object.keys(OWN).map((k) =>
      k.startsWith('app.') ? { schema: 'app', table: k.slice(4) } : { schema: 'tenant.acme', table: k.slice(12) },
    );
    const counts = await withClient(url, (c) => countTables(c, names));
    expect(Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, { rows: v.rows, tree: v.tree }]))).toEqual(
      expectedCounts,
    );
    expect(totalRows(Object.values(counts))).toBe(TOTAL);
    // A cycle or a child that was not counted cannot inflate a tree.
    const own = new Map([
      ['a', 1],
      ['b', 2],
    ]);
    expect(
      withTreeTotals(
        own,
        new Map([
          ['a', ['b', 'x']],
          ['b', ['a']],
        ]),
      ).get('a'),
    ).toEqual({ rows: 1, tree: 3 });
  });

  it('the backup manifest records own rows and trees', async () => {
    const manifest = JSON.parse(await readFile(await manifestFile(), 'utf8'));
    expect(manifest.counting).toBe('own-rows');
    expect(
      Object.fromEntries(
        Object.entries(manifest.tables as Record<string, { rows: number; tree?: number }>).map(([k, v]) => [
          k,
          { rows: v.rows, tree: v.tree },
        ]),
      ),
    ).toEqual(expectedCounts);
  });

  it('verify agrees with the manifest on every count and on the total', async () => {
    const report = await runVerify();
    expect(report.checks.find((c) => c.id === 'rows')?.status).toBe('ok');
    expect(report.checks.find((c) => c.id === 'rows')?.summary).toContain(`(${TOTAL} rows)`);
    expect(report.checks.find((c) => c.id === 'content')?.summary).toContain(`${TOTAL} rows`);
    expect(byName(report.tables)).toEqual(expectedCounts);
  });

  it('the drill agrees and passes; rows restored are counted once', async () => {
    const result = await runDrillFor({ source: storeDir });
    expect(check(result.report, 'tables').status).toBe('ok');
    expect(byName(result.report.tables)).toEqual(expectedCounts);
    expect(result.rowsRestored).toBe(TOTAL);
    expect(result.report.status).not.toBe('critical');
  }, 180_000);

  it('a manifest from before own-row counting (parents as count(*)) still verifies and drills ok', async () => {
    const file = await manifestFile();
    const manifest = JSON.parse(await readFile(file, 'utf8'));
    delete manifest.counting;
    manifest.tables = Object.fromEntries(Object.entries(OWN).map(([k, rows]) => [k, { rows: TREE[k] ?? rows }]));
    await writeFile(file, JSON.stringify(manifest));
    const report = await runVerify();
    expect(
      report.checks.find((c) => c.id === 'rows')?.status,
      report.checks.find((c) => c.id === 'rows')?.summary,
    ).toBe('ok');
    const drilled = await runDrillFor({ source: storeDir });
    expect(check(drilled.report, 'tables').status, check(drilled.report, 'tables').summary).toBe('ok');
    expect(drilled.rowsRestored).toBe(TOTAL);
  }, 180_000);
});
