import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/report.js';
import { S3Store } from '../../src/stores/s3-store.js';
import { silentLogger } from '../../src/util/logger.js';
import { verify } from '../../src/verify/verify.js';
import { parseVerifySettings } from '../../src/verify/verify-settings.js';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';
import { startS3rver, type RunningS3rver } from '../support/s3rver.js';

/**
 * Reads through an S3 endpoint that resets connections and fails requests (a proxy in front of
 * s3rver): a transient fault costs a resumed request, never a verdict on the backup; a fault that
 * lasts is a store failure naming the cause and how far the read got.
 */
const BUCKET = 'flaky-backups';
const TIME = new Date(Date.now() - 3_600_000);
const KEY = `app_${TIME.toISOString().slice(0, 19).replace(/:/g, '-')}Z.sql`;
// A plain SQL dump big enough to span many chunks; its tail is what pg_dump ends every dump with.
const BODY = Buffer.concat([
  Buffer.from('--\n-- PostgreSQL database dump\n--\n\nSET statement_timeout = 0;\n'),
  Buffer.from(`-- ${randomBytes(3 * 1024 * 1024).toString('hex')}\n`),
  Buffer.from('\n--\n-- PostgreSQL database dump complete\n--\n\n'),
]);
const SHA = createHash('sha256').update(BODY).digest('hex');

let s3: RunningS3rver;
let proxy: FaultProxy;

beforeAll(async () => {
  s3 = await startS3rver();
  await s3.bucket(BUCKET);
  await s3.put(BUCKET, `db/${KEY}`, BODY);
  proxy = await startFaultProxy(s3.endpoint);
});

afterAll(async () => {
  await proxy?.close();
  await s3?.stop();
});

beforeEach(() => {
  proxy.seen.length = 0;
  proxy.fault = () => undefined;
});

const env = () => ({ ...s3.env, AWS_ENDPOINT_URL_S3: proxy.url });
const backupGets = () => proxy.seen.filter((r) => r.method === 'GET' && r.path.endsWith(`/${KEY}`));

async function verifyThroughProxy(): Promise<Report> {
  const settings = parseVerifySettings({ source: `s3://${BUCKET}/db/`, integrity: 'full' });
  return (await verify(settings, { env: env(), logger: silentLogger })).report;
}

const check = (r: Report, id: string) => r.checks.find((c) => c.id === id);

describe('a connection reset half-way through the backup', () => {
  it('resumes from the last byte with a Range request: ok, and the sha256 is the file’s', async () => {
    proxy.fault = (req) => (req.path.endsWith(`/${KEY}`) && !req.range ? { reset: 0.5 } : undefined);
    const report = await verifyThroughProxy();
    const gets = backupGets();
    expect(gets).toHaveLength(2);
    expect(gets[0].range).toBeUndefined();
    const resumedAt = Number(/^bytes=(\d+)-$/.exec(gets[1].range ?? '')?.[1]);
    expect(resumedAt).toBeGreaterThan(0);
    expect(resumedAt).toBeLessThanOrEqual(Math.floor(BODY.length / 2));
    expect(report.backup?.sha256).toBe(SHA);
    expect(check(report, 'archive')?.status).toBe('ok');
    expect(check(report, 'content')?.status).toBe('ok');
    expect(report.status).toBe('ok');
  });
});

describe('a connection reset on every attempt', () => {
  it('is a critical store check naming the reset and the offset, never an integrity verdict', async () => {
    proxy.fault = (req) => (req.path.endsWith(`/${KEY}`) ? { reset: 0.5 } : undefined);
    const report = await verifyThroughProxy();
    expect(backupGets()).toHaveLength(4);
    const store = check(report, 'store');
    expect(store?.status).toBe('critical');
    expect(store?.summary).toMatch(
      new RegExp(`^could not read ${KEY.replace(/\./g, '\\.')} after 4 attempts: connection reset at [\\d.]+ MiB of 6\\.0 MiB$`),
    );
    for (const id of ['checksum', 'archive', 'content']) expect(check(report, id)?.status).toBe('skipped');
    expect(report.status).toBe('critical');
  });
});

describe('a 503 on every manifest GET', () => {
  it('is a check naming the manifest read failure; the verdict is not ok', async () => {
    const manifestKey = `db/${KEY}.manifest.json`;
    await s3.put(BUCKET, manifestKey, '{"format":"lifeboat-manifest/1"}');
    try {
      proxy.fault = (req) => (req.method === 'GET' && req.path.endsWith('.manifest.json') ? { status: 503 } : undefined);
      const report = await verifyThroughProxy();
      const manifest = check(report, 'manifest');
      expect(manifest?.status).toBe('critical');
      expect(manifest?.summary).toMatch(/^cannot read the Lifeboat manifest of .*: could not read .*\.manifest\.json after 4 attempts: .*503/);
      expect(report.status).toBe('critical');
      // The backup itself is still found and read: the manifest failure is not "no backup".
      expect(check(report, 'exists')?.status).toBe('ok');
    } finally {
      proxy.fault = () => undefined;
      await s3.client.send(
        new (await import('@aws-sdk/client-s3')).DeleteObjectCommand({ Bucket: BUCKET, Key: manifestKey }),
      );
    }
  });
});

describe('S3Store.readText', () => {
  it('retries a sidecar whose first answer is a 503', async () => {
    await s3.put(BUCKET, 'db/x.sha256', `${SHA}  x\n`);
    proxy.fault = (req, i) => (i === 0 ? { status: 503 } : undefined);
    const store = new S3Store({ bucket: BUCKET, prefix: 'db', env: env(), forcePathStyle: true, maxAttempts: 1 });
    expect(await store.readText('x.sha256')).toBe(`${SHA}  x\n`);
    expect(proxy.seen.filter((r) => r.path.endsWith('x.sha256'))).toHaveLength(2);
  });
});
