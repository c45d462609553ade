// The `rows` check: a Lifeboat manifest's per-table counts against the counts read from the archive.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupKeyFor } from '../../src/backup/backup-key.js';
import { createDatabase, loadSampleDatabase } from '../../src/demo/sample-database.js';
import type { Report } from '../../src/report/report.js';
import { memoryLogger } from '../../src/util/logger.js';
import { verify } from '../../src/verify/verify.js';
import { parseVerifySettings } from '../../src/verify/verify-settings.js';
import { countRows } from '../archive/helpers.js';
import { dumpDatabase, sharedCluster } from '../support/postgres.js';

let work: string;
let dump: Buffer;
let source: Record<string, number>;
const time = new Date(Date.now() - 3600_000);
const key = backupKeyFor('', 'inventory', time);

async function verifyWith(tables: Record<string, number> | undefined): Promise<Report> {
  const dir = await mkdtemp(path.join(work, 'store-'));
  await writeFile(path.join(dir, key), dump);
  if (tables) {
    const manifest = {
      format: 'lifeboat-manifest/1',
      key,
      created_at: time.toISOString(),
      sha256: createHash('sha256').update(dump).digest('hex'),
      size: dump.length,
      server_version: '15',
      pg_dump_version: '15',
      database: 'inventory',
      tables: Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, { rows }])),
    };
    await writeFile(path.join(dir, `${key}.manifest.json`), JSON.stringify(manifest));
  }
  const { report } = await verify(parseVerifySettings({ source: dir }), { env: {}, logger: memoryLogger() });
  return report;
}

const rowsOf = (r: Report) => r.checks.find((c) => c.id === 'rows');

beforeAll(async () => {
  const cluster = await sharedCluster();
  const url = await createDatabase(cluster.url(), 'rows_check');
  await loadSampleDatabase(url, { ledgerRows: 12_000 });
  source = await countRows(url);
  work = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-rows-'));
  const file = path.join(work, 'src.dump');
  await dumpDatabase(url, 'custom', file);
  dump = await readFile(file);
});

afterAll(async () => {
  await (await sharedCluster()).stop();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('rows: manifest counts against the archive', () => {
  it('verify reports every table with count(*) of the source, and the manifest agrees', async () => {
    const report = await verifyWith(source);
    expect(report.status).toBe('ok');
    expect(rowsOf(report)?.status).toBe('ok');
    const total = Object.values(source).reduce((a, b) => a + b, 0);
    expect(rowsOf(report)?.summary).toContain(`${total.toLocaleString('en-US')} rows`);
    const tables = Object.fromEntries((report.tables ?? []).map((t) => [t.name, [t.rows, t.expected_rows]]));
    expect(tables).toEqual(Object.fromEntries(Object.entries(source).map(([name, n]) => [name, [n, n]])));
  });

  it('a count that differs from the manifest is critical naming the table and both counts', async () => {
    const items = source['public.items'];
    const report = await verifyWith({ ...source, 'public.items': items + 1 });
    expect(report.status).toBe('critical');
    const rows = rowsOf(report);
    expect(rows?.status).toBe('critical');
    expect(rows?.summary).toContain(
      `public.items: manifest ${(items + 1).toLocaleString('en-US')} rows, archive ${items.toLocaleString('en-US')}`,
    );
    // Everything else about the backup is fine: only the count differs.
    expect(report.checks.filter((c) => c.status === 'critical').map((c) => c.id)).toEqual(['rows']);
    expect(report.tables?.find((t) => t.name === 'public.items')?.expected_rows).toBe(items + 1);
  });

  it('a manifest table missing from the archive is critical', async () => {
    const report = await verifyWith({ ...source, 'public.gone': 5 });
    expect(rowsOf(report)?.status).toBe('critical');
    expect(rowsOf(report)?.summary).toMatch(/public\.gone: manifest 5 rows, not in the archive/);
  });

  it('without a manifest the check is skipped, and the archive counts are still reported', async () => {
    const report = await verifyWith(undefined);
    expect(rowsOf(report)?.status).toBe('skipped');
    expect(Object.fromEntries((report.tables ?? []).map((t) => [t.name, t.rows]))).toEqual(source);
  });
});
