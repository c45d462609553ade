// The quirks of the backup tools teams use, as their own scripts lay files out (kartoza's
// scripts/lib/db.sh, Databasus' backups/encryption): files that are not database backups never
// count as the newest one, date-only names are dated by their day's last-modified time, Databasus'
// encryption is named as such, and a schema-only dump is not an ok backup.
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, loadSampleDatabase } from '../../src/demo/sample-database.js';
import type { Report } from '../../src/report/report.js';
import { memoryLogger } from '../../src/util/logger.js';
import { verify } from '../../src/verify/verify.js';
import { parseVerifySettings } from '../../src/verify/verify-settings.js';
import { fixtureDir } from '../support/pg-archive-fixtures.js';
import { dumpDatabase, sharedCluster } from '../support/postgres.js';

let work: string;
let dump: Buffer;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-quirks-'));
  dump = await readFile(path.join(fixtureDir, 'v17-custom-gzip.dump'));
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

async function put(dir: string, key: string, bytes: Buffer | string, modified: Date): Promise<void> {
  const file = path.join(dir, key);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bytes);
  await utimes(file, modified, modified);
}

async function run(dir: string, now: Date): Promise<Report> {
  const settings = parseVerifySettings({ source: dir });
  return (await verify(settings, { env: {}, logger: memoryLogger(), now: () => now })).report;
}

const check = (r: Report, id: string) => r.checks.find((c) => c.id === id);

describe('kartoza/docker-pg-backup', () => {
  it('globals.sql refreshed every run and per-table dumps never stand in for stopped database dumps', async () => {
    const dir = path.join(work, 'kartoza');
    const now = new Date('2026-11-29T03:30:00Z');
    const hour = 3600_000;
    const last = new Date(now.getTime() - 49 * hour);
    await put(dir, '2026/November/PG_app.27-November-2026-02-30.dmp', dump, last);
    await put(dir, '2026/November/PG_app.public.orders_27-November-2026-02-30.sql', 'COPY x FROM stdin;\n\\.\n', last);
    // The database dumps stopped; globals keeps being written hourly (and a checksum beside a dump).
    await put(
      dir,
      'globals.sql',
      '--\n-- PostgreSQL database cluster dump\n--\nCREATE ROLE app;\n',
      new Date(now.getTime() - hour),
    );
    await put(
      dir,
      '2026/November/PG_app.public.orders_28-November-2026-23-00.sql',
      'SELECT 1;\n',
      new Date(now.getTime() - 4 * hour),
    );
    const report = await run(dir, now);
    expect(report.backup?.key).toBe('2026/November/PG_app.27-November-2026-02-30.dmp');
    expect(check(report, 'exists')?.value).toBe(1);
    expect(check(report, 'recency')?.status).toBe('critical');
    expect(report.status).toBe('critical');
  });

  it("a date-only name written at 23:00 is dated by that day's last-modified time: ok at 03:30", async () => {
    const dir = path.join(work, 'kartoza-date-only');
    await put(dir, 'PG_app.28-November-2026.dmp.gz', gzipSync(dump), new Date('2026-11-28T23:00:00Z'));
    const report = await run(dir, new Date('2026-11-29T03:30:00Z'));
    expect(check(report, 'recency')?.status, check(report, 'recency')?.summary).toBe('ok');
    expect(report.backup?.time).toBe('2026-11-28T23:00:00.000Z');
    expect(report.status).toBe('ok');
  });
});

describe('Databasus', () => {
  it('its own encryption (PGRSUS01, AES-GCM) is recognised as encrypted, not as "not a backup"', async () => {
    const dir = path.join(work, 'databasus');
    const body = Buffer.concat([Buffer.from('PGRSUS01'), Buffer.alloc(56, 7), Buffer.alloc(4096, 0x5a)]);
    await put(dir, 'b7a1f0c2-3d4e-4f5a-8b6c-7d8e9f0a1b2c', body, new Date(Date.now() - 3600_000));
    const report = await run(dir, new Date());
    expect(check(report, 'archive')?.status).toBe('warning');
    expect(check(report, 'archive')?.summary).toMatch(/^encrypted \(databasus\)/);
    expect(check(report, 'archive')?.summary).toMatch(/opens only inside Databasus/);
  });
});

describe('schema-only dumps', () => {
  it('are warning ("schema only: no table data"), never ok', async () => {
    const cluster = await sharedCluster();
    const url = await createDatabase(cluster.url(), 'quirks_schema_only');
    await loadSampleDatabase(url);
    const dir = path.join(work, 'schema-only');
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, `app_${new Date().toISOString().slice(0, 10)}.dump`);
    await dumpDatabase(url, 'custom', file, ['--schema-only']);
    const report = await run(dir, new Date());
    expect(check(report, 'content')?.status).toBe('warning');
    expect(check(report, 'content')?.summary).toMatch(/^schema only: no table data/);
    expect(report.status).toBe('warning');
    await cluster.stop();
  }, 120_000);
});
