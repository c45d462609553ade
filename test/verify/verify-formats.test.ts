import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, loadSampleDatabase } from '../../src/demo/sample-database.js';
import type { EphemeralCluster } from '../../src/postgres/ephemeral-cluster.js';
import type { Report } from '../../src/report/report.js';
import { memoryLogger } from '../../src/util/logger.js';
import { verify } from '../../src/verify/verify.js';
import { parseVerifySettings } from '../../src/verify/verify-settings.js';
import { dumpDatabase, sharedCluster } from '../support/postgres.js';
import { startS3rver, type RunningS3rver } from '../support/s3rver.js';

/**
 * A fresh backup of each format, named by a time 1h ago, as teams' tools write them. `inventory-`,
 * not `inventory_`: `<db>_<stamp>.dump` with a `.sha256` and no manifest is a Lifeboat backup that
 * did not complete (tested below), not another tool's.
 */
const stamp = new Date(Date.now() - 3600_000).toISOString().replace(/[:.]/g, '-');
const names = {
  custom: `inventory-${stamp}.dump`,
  tar: `inventory-${stamp}.tar`,
  plain: `inventory-${stamp}.sql`,
  plainGz: `inventory-${stamp}.sql.gz`,
};

let cluster: EphemeralCluster;
let s3: RunningS3rver;
let work: string;
const backups: Record<keyof typeof names, Buffer> = {} as never;

async function run(source: string, env: NodeJS.ProcessEnv = {}, extra: Record<string, string> = {}): Promise<Report> {
  const settings = parseVerifySettings({ source, ...extra });
  const { report } = await verify(settings, { env, logger: memoryLogger() });
  return report;
}

const check = (r: Report, id: string) => r.checks.find((c) => c.id === id);

beforeAll(async () => {
  cluster = await sharedCluster();
  const url = await createDatabase(cluster.url(), 'formats');
  await loadSampleDatabase(url);
  work = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-formats-'));
  for (const format of ['custom', 'tar', 'plain'] as const) {
    const file = path.join(work, format);
    await dumpDatabase(url, format, file);
    backups[format] = await readFile(file);
  }
  backups.plainGz = gzipSync(backups.plain);
  s3 = await startS3rver();
});

afterAll(async () => {
  await cluster?.stop();
  await s3?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

describe.each(Object.keys(names) as Array<keyof typeof names>)('a fresh %s backup', (format) => {
  it('verifies ok from a folder, checksum from its .sha256 sidecar', async () => {
    const dir = await mkdtemp(path.join(work, `folder-${format}-`));
    await writeFile(path.join(dir, names[format]), backups[format]);
    const sha = createHash('sha256').update(backups[format]).digest('hex');
    await writeFile(path.join(dir, `${names[format]}.sha256`), `${sha}  ${names[format]}\n`);
    const report = await run(dir);
    // Not a Lifeboat backup: no manifest to compare row counts with, everything else is proven.
    expect(report.checks.filter((c) => c.status !== 'ok' && c.id !== 'rows')).toEqual([]);
    expect(check(report, 'rows')?.status).toBe('skipped');
    expect(report.tables?.find((t) => t.name === 'public.items')?.rows).toBeGreaterThan(0);
    expect(report.status).toBe('ok');
    expect(report.backup?.sha256).toBe(sha);
    expect(check(report, 'checksum')?.summary).toMatch(/matches the \.sha256 sidecar/);
  });

  it('verifies ok from an S3 bucket', async () => {
    const bucket = `fmt-${format.toLowerCase()}`;
    await s3.bucket(bucket);
    await s3.put(bucket, `nightly/${names[format]}`, backups[format]);
    const report = await run(`s3://${bucket}/nightly`, s3.env);
    expect(report.checks.filter((c) => !['ok', 'skipped'].includes(c.status))).toEqual([]);
    expect(report.status).toBe('ok');
    expect(report.source).toBe(`s3://${bucket}/nightly/`);
    expect(check(report, 'content')?.status).toBe('ok');
  });
});

describe('bad sidecars and bad stores', () => {
  it('a .sha256 sidecar that does not match is critical', async () => {
    const dir = await mkdtemp(path.join(work, 'mismatch-'));
    await writeFile(path.join(dir, names.custom), backups.custom);
    await writeFile(path.join(dir, `${names.custom}.sha256`), `${'0'.repeat(64)}  ${names.custom}\n`);
    const report = await run(dir);
    expect(check(report, 'checksum')).toMatchObject({ status: 'critical' });
    expect(check(report, 'checksum')?.summary).toMatch(/sha256 mismatch/);
    expect(report.status).toBe('critical');
  });

  it('a Lifeboat-named backup with a .sha256 but no manifest is never ok, even as the only backup', async () => {
    const dir = await mkdtemp(path.join(work, 'half-done-'));
    const name = `inventory_${stamp}.dump`;
    await writeFile(path.join(dir, name), backups.custom);
    const sha = createHash('sha256').update(backups.custom).digest('hex');
    await writeFile(path.join(dir, `${name}.sha256`), `${sha}  ${name}\n`);
    const report = await run(dir);
    expect(report.status).toBe('critical');
    expect(check(report, 'manifest')).toMatchObject({
      status: 'warning',
      summary: `${name} has no Lifeboat manifest: the backup did not complete and is not counted`,
    });
    expect(check(report, 'exists')).toMatchObject({ status: 'critical', value: 0 });
    expect(check(report, 'exists')?.summary).toMatch(
      /no complete backups found .*\(1 incomplete: no Lifeboat manifest\)/,
    );
  });

  it('a bucket that does not exist is a critical store check naming the bucket', async () => {
    const report = await run('s3://no-such-bucket/prefix', s3.env);
    expect(check(report, 'store')?.status).toBe('critical');
    expect(check(report, 'store')?.summary).toMatch(/no-such-bucket.*does not exist/);
    expect(report.status).toBe('critical');
  });

  it('an endpoint that refuses connections is critical within seconds, never a hang', async () => {
    const started = Date.now();
    const report = await run('s3://backups/prefix', { ...s3.env, AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:9' });
    expect(check(report, 'store')?.status).toBe('critical');
    expect(check(report, 'store')?.summary).toMatch(/refused|cannot reach/i);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('the S3 secret key appears nowhere in the report', async () => {
    const report = await run('s3://no-such-bucket/prefix', s3.env);
    expect(JSON.stringify(report)).not.toContain(s3.secretAccessKey);
  });
});
