import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, loadSampleDatabase } from '../../src/demo/sample-database.js';
import type { EphemeralCluster } from '../../src/postgres/ephemeral-cluster.js';
import type { Report } from '../../src/report/report.js';
import { memoryLogger } from '../../src/util/logger.js';
import { verify } from '../../src/verify/verify.js';
import { parseVerifySettings } from '../../src/verify/verify-settings.js';
import { LAYOUTS, LAYOUT_PASSPHRASE, layoutSeries, makeSampleDumps, type SampleDumps } from '../support/layouts.js';
import { sharedCluster } from '../support/postgres.js';
import { startS3rver, type RunningS3rver } from '../support/s3rver.js';

let cluster: EphemeralCluster;
let s3: RunningS3rver;
let dumps: SampleDumps;

beforeAll(async () => {
  cluster = await sharedCluster();
  const url = await createDatabase(cluster.url(), 'shop');
  await loadSampleDatabase(url);
  dumps = await makeSampleDumps(url, 'shop');
  s3 = await startS3rver();
}, 180_000);

afterAll(async () => {
  await cluster?.stop();
  await s3?.stop();
});

async function upload(
  bucket: string,
  prefix: string,
  objects: Array<{ key: string; body: Buffer; lastModified?: Date }>,
) {
  for (const o of objects) await s3.put(bucket, `${prefix}/${o.key}`, o.body, o.lastModified);
}

async function run(source: string, inputs: Record<string, string> = {}): Promise<Report> {
  const settings = parseVerifySettings({ source, ...inputs });
  return (await verify(settings, { env: s3.env, logger: memoryLogger() })).report;
}

const check = (r: Report, id: string) => r.checks.find((c) => c.id === id);

describe.each(LAYOUTS.map((l) => [l.id, l] as const))('%s', (id, layout) => {
  const bucket = `layout-${id}`;

  it(`${layout.tool}: verify picks the newest by the time in its name and verifies it ok`, async () => {
    await s3.bucket(bucket);
    const series = layoutSeries(layout, dumps);
    await upload(bucket, 'ok', series.objects);
    const report = await run(`s3://${bucket}/ok`, layout.inputs);
    expect(report.backup?.key).toBe(series.newestKey);
    expect(report.backup?.time).toBe(series.times[2].toISOString());
    expect(report.checks.filter((c) => !['ok', 'skipped'].includes(c.status))).toEqual([]);
    expect(check(report, 'exists')?.value).toBe(3);
    expect(check(report, 'archive')?.status).toBe('ok');
    expect(check(report, 'content')?.status).toBe('ok');
    expect(report.status).toBe('ok');
    if (layout.id.startsWith('kartoza')) expect(check(report, 'checksum')?.summary).toMatch(/\.sha256 sidecar/);
  });

  it('a truncated copy of the newest is critical', async () => {
    const series = layoutSeries(layout, dumps, Date.now(), { truncateNewest: true });
    await upload(bucket, 'truncated', series.objects);
    const report = await run(`s3://${bucket}/truncated`, layout.inputs);
    expect(report.backup?.key).toBe(series.newestKey);
    expect(report.status).toBe('critical');
    // The sidecars describe the cut bytes: it is reading the content that must catch it.
    expect(check(report, 'checksum')?.status).not.toBe('critical');
    expect([check(report, 'archive')?.status, check(report, 'content')?.status]).toContain('critical');
    expect(check(report, 'content')?.status).not.toBe('ok');
  });
});

describe('encrypted layouts without the right key', () => {
  it('gpg (.dump.gpg) without decryption-passphrase: content skipped with the reason, status not ok', async () => {
    const layout = LAYOUTS.find((l) => l.id === 'eeshugerman-gpg')!;
    await s3.bucket('nokey-gpg');
    await upload('nokey-gpg', 'b', layoutSeries(layout, dumps).objects);
    const report = await run('s3://nokey-gpg/b');
    expect(check(report, 'content')).toMatchObject({ status: 'skipped' });
    expect(check(report, 'content')?.summary).toMatch(/encrypted \(gpg\).*set decryption-passphrase/);
    expect(report.status).not.toBe('ok');

    const wrong = await run('s3://nokey-gpg/b', { 'decryption-passphrase': `${LAYOUT_PASSPHRASE}-wrong` });
    expect(wrong.status).toBe('critical');
    expect(check(wrong, 'archive')?.summary).toMatch(/decryption failed \(gpg\)/);
    expect(JSON.stringify(wrong)).not.toContain(LAYOUT_PASSPHRASE);
  });

  it('kartoza openssl without a key: skipped, not ok; a wrong key: critical "decryption failed"', async () => {
    const layout = LAYOUTS.find((l) => l.id === 'kartoza-openssl')!;
    await s3.bucket('nokey-openssl');
    await upload('nokey-openssl', 'b', layoutSeries(layout, dumps).objects);
    const report = await run('s3://nokey-openssl/b');
    expect(check(report, 'content')).toMatchObject({ status: 'skipped' });
    expect(check(report, 'archive')?.summary).toMatch(/encrypted \(openssl\)/);
    expect(report.status).not.toBe('ok');
    const wrong = await run('s3://nokey-openssl/b', { 'decryption-passphrase': 'not-it-at-all' });
    expect(wrong.status).toBe('critical');
    expect(check(wrong, 'archive')?.summary).toMatch(/decryption failed \(openssl\)/);
  });
});

describe('a prefix holding backups of several databases', () => {
  it('without database: critical, listing the databases and asking to choose; with it: that database only', async () => {
    await s3.bucket('mixed-dbs');
    const now = Date.now();
    const stamp = (hours: number) => new Date(now - hours * 3600_000).toISOString().slice(0, 19);
    await s3.put('mixed-dbs', `backup/shop_${stamp(2)}.dump`, dumps.custom);
    await s3.put('mixed-dbs', `backup/shop_${stamp(26)}.dump`, dumps.custom);
    await s3.put('mixed-dbs', `backup/billing_${stamp(1)}.dump`, dumps.custom);
    const report = await run('s3://mixed-dbs/backup');
    const exists = check(report, 'exists');
    expect(exists).toMatchObject({ status: 'critical', value: 2 });
    expect(exists?.summary).toMatch(/holds backups of 2 databases: billing \(1 backup, .*\), shop \(2 backups, .*\)/);
    expect(exists?.summary).toMatch(/Set database to one of them/);
    expect(report.backup).toBeUndefined();

    const shop = await run('s3://mixed-dbs/backup', { database: 'shop' });
    expect(shop.status).toBe('ok');
    expect(shop.backup?.key).toBe(`shop_${stamp(2)}.dump`);
  });
});
