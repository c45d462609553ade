import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, loadSampleDatabase } from '../../src/demo/sample-database.js';
import { HEADER_BYTES, databaseFromHeader, databaseIn } from '../../src/discovery/header-database.js';
import type { Report } from '../../src/report/report.js';
import type { ReadableStore } from '../../src/stores/store.js';
import { memoryLogger } from '../../src/util/logger.js';
import { verify } from '../../src/verify/verify.js';
import { parseVerifySettings } from '../../src/verify/verify-settings.js';
import { makeSampleDumps, type SampleDumps } from '../support/layouts.js';
import { sharedCluster } from '../support/postgres.js';
import { startS3rver, type RunningS3rver } from '../support/s3rver.js';

let s3: RunningS3rver;
let shop: SampleDumps;
let billing: SampleDumps;
const now = Date.now();

beforeAll(async () => {
  const cluster = await sharedCluster();
  const dumps: Record<string, SampleDumps> = {};
  for (const name of ['shop', 'billing']) {
    const url = await createDatabase(cluster.url(), name);
    await loadSampleDatabase(url);
    dumps[name] = await makeSampleDumps(url, name);
  }
  ({ shop, billing } = dumps as { shop: SampleDumps; billing: SampleDumps });
  s3 = await startS3rver();
}, 240_000);

afterAll(async () => {
  await (await sharedCluster()).stop();
  await s3?.stop();
});

describe('the database named in a backup’s own first bytes', () => {
  it('custom and tar TOC headers, gzipped or not; plain only when the script names it', async () => {
    expect(await databaseIn(shop.custom.subarray(0, HEADER_BYTES))).toBe('shop');
    expect(await databaseIn(billing.tar.subarray(0, HEADER_BYTES))).toBe('billing');
    expect(await databaseIn(zlib.gzipSync(billing.tar).subarray(0, HEADER_BYTES))).toBe('billing');
    expect(await databaseIn(shop.plain.subarray(0, HEADER_BYTES))).toBeUndefined();
    const created = Buffer.from(
      `--\n-- PostgreSQL database dump\n--\n\nCREATE DATABASE "Shop ""EU""" WITH TEMPLATE = template0;\n`,
    );
    expect(await databaseIn(created)).toBe('Shop "EU"');
    // pg_dumpall holds every database: none of them is "the" database.
    expect(await databaseIn(shop.cluster.subarray(0, HEADER_BYTES))).toBeUndefined();
    expect(await databaseIn(Buffer.from('age-encryption.org/v1\n'))).toBeUndefined();
  });

  it('reads the first 16 KiB only, whatever the size of the backup', async () => {
    const ranges: Array<{ start: number; end: number } | undefined> = [];
    const store = {
      displayUrl: 'memory://',
      kind: 'folder',
      list: async function* () {},
      readText: () => Promise.reject(new Error('no')),
      read: async (_key: string, range?: { start: number; end: number }) => {
        ranges.push(range);
        return Readable.from([shop.custom.subarray(range?.start ?? 0, (range?.end ?? shop.custom.length) + 1)]);
      },
    } satisfies ReadableStore;
    expect(await databaseFromHeader(store, 'x', 5_000_000_000)).toBe('shop');
    expect(ranges).toEqual([{ start: 0, end: HEADER_BYTES - 1 }]);
  });
});

describe('two Databasus databases on one storage (bare uuid keys)', () => {
  const bucket = 'databasus-two';
  const hours = (h: number) => new Date(now - h * 3600_000);
  let shopNewest: string;

  beforeAll(async () => {
    await s3.bucket(bucket);
    // Interleaved: billing's newest is the newest object of the store.
    const series: Array<[SampleDumps, number]> = [
      [shop, 50],
      [billing, 49],
      [shop, 26],
      [billing, 25],
      [shop, 2],
      [billing, 1],
    ];
    for (const [dumps, age] of series) {
      const key = randomUUID();
      if (dumps === shop) shopNewest = key;
      await s3.put(bucket, `storage/${key}`, dumps.custom, hours(age));
    }
  });

  async function run(inputs: Record<string, string> = {}): Promise<Report> {
    const settings = parseVerifySettings({ source: `s3://${bucket}/storage`, ...inputs });
    return (await verify(settings, { env: s3.env, logger: memoryLogger(), now: () => new Date(now) })).report;
  }

  it('without database: exists is critical and lists both databases, by their headers', async () => {
    const report = await run();
    const exists = report.checks.find((c) => c.id === 'exists');
    expect(exists?.status).toBe('critical');
    expect(exists?.value).toBe(2);
    expect(exists?.summary).toMatch(/holds backups of 2 databases: billing \(3 backups, newest .*\), shop \(3 backups/);
    expect(report.status).toBe('critical');
    expect(report.backup).toBeUndefined();
  });

  it('database: shop picks shop’s newest backup by its header, and verifies it ok', async () => {
    const report = await run({ database: 'shop' });
    expect(report.backup?.key).toBe(shopNewest);
    expect(report.checks.find((c) => c.id === 'exists')).toMatchObject({ status: 'ok', value: 3 });
    expect(report.checks.find((c) => c.id === 'size')?.status).toBe('ok');
    expect(report.checks.find((c) => c.id === 'content')?.status).toBe('ok');
    expect(report.status).toBe('ok');
  });

  it('database: payroll, in none of the headers: no backups found for it', async () => {
    const report = await run({ database: 'payroll' });
    expect(report.checks.find((c) => c.id === 'exists')).toMatchObject({ status: 'critical', value: 0 });
    expect(report.checks.find((c) => c.id === 'exists')?.summary).toMatch(/for database payroll/);
  });
});
