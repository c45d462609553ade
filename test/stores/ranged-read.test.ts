import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rangedRead, type OpenRange } from '../../src/stores/ranged-read.js';
import { StoreError } from '../../src/stores/store.js';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';
import { S3RVER_SECRET, startS3rver, type RunningS3rver } from '../support/s3rver.js';

/**
 * Parallel ranged reads through a fault-injecting proxy in front of s3rver: whatever the object's
 * size relative to the part size, and whatever connection breaks, the bytes handed on are the
 * object's, once each, in order.
 */
const BUCKET = 'ranged-reads';
const PART = 256 * 1024;
const FAST_RETRY = { attempts: 4, backoffMs: 1, deadlineMs: 60_000 };

let s3: RunningS3rver;
let proxy: FaultProxy;
let client: S3Client;
const objects = new Map<string, Buffer>();

async function put(key: string, size: number): Promise<Buffer> {
  const body = randomBytes(size);
  await s3.put(BUCKET, key, body);
  objects.set(key, body);
  return body;
}

beforeAll(async () => {
  s3 = await startS3rver();
  await s3.bucket(BUCKET);
  proxy = await startFaultProxy(s3.endpoint);
  client = new S3Client({
    region: 'us-east-1',
    endpoint: proxy.url,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: S3RVER_SECRET },
    maxAttempts: 1,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
});

afterAll(async () => {
  client?.destroy();
  await proxy?.close();
  await s3?.stop();
});

beforeEach(() => {
  proxy.seen.length = 0;
  proxy.fault = () => undefined;
});

const opener =
  (key: string): OpenRange =>
  async (start, end) => {
    const range = start > 0 || end !== undefined ? `bytes=${start}-${end ?? ''}` : undefined;
    const r = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key, Range: range }));
    return { body: r.Body as Readable, size: r.ContentLength };
  };

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream as AsyncIterable<Buffer>) chunks.push(c);
  return Buffer.concat(chunks);
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const gets = (key: string) => proxy.seen.filter((r) => r.method === 'GET' && r.path.endsWith(`/${key}`));

describe('objects around the part size', () => {
  // Below, at and just past one part, exactly two parts, two parts and a byte, and many parts.
  const sizes = [PART - 1, PART, PART + 1, 2 * PART, 2 * PART + 1, 7 * PART + PART / 2];
  it.each(sizes)('%i bytes: every byte once, in order, with one request per part', async (size) => {
    const key = `size-${size}`;
    const body = await put(key, size);
    const out = await readAll(await rangedRead(key, opener(key), { partBytes: PART, parallel: 3, minBytes: 0, policy: FAST_RETRY }));
    expect(out.length).toBe(size);
    expect(sha(out)).toBe(sha(body));
    const seen = gets(key);
    const parts = size <= PART ? 1 : Math.ceil(size / PART);
    expect(seen).toHaveLength(parts);
    expect(seen[0].range).toBeUndefined();
    const ranges = seen.slice(1).map((r) => r.range).sort((a, b) => Number(/\d+/.exec(a!)![0]) - Number(/\d+/.exec(b!)![0]));
    expect(ranges).toEqual(
      Array.from({ length: parts - 1 }, (_, i) => `bytes=${(i + 1) * PART}-${Math.min((i + 2) * PART, size) - 1}`),
    );
  });

  it('reads an object below minBytes with the one plain request, as before', async () => {
    const key = 'small-object';
    const body = await put(key, 3 * PART);
    const out = await readAll(await rangedRead(key, opener(key), { partBytes: PART, minBytes: 4 * PART, policy: FAST_RETRY }));
    expect(sha(out)).toBe(sha(body));
    expect(gets(key).map((r) => r.range)).toEqual([undefined]);
  });
});

describe('a fault in the middle of a range', () => {
  it('resumes that part from its last byte with a request ending at the part’s end', async () => {
    const key = 'fault-mid-range';
    const body = await put(key, 5 * PART);
    let faulted = false;
    proxy.fault = (req) => {
      if (!faulted && req.range === `bytes=${2 * PART}-${3 * PART - 1}`) {
        faulted = true;
        return { reset: 0.5 };
      }
      return undefined;
    };
    const out = await readAll(await rangedRead(key, opener(key), { partBytes: PART, parallel: 4, minBytes: 0, policy: FAST_RETRY }));
    expect(sha(out)).toBe(sha(body));
    const resumed = gets(key)
      .map((r) => r.range ?? '')
      .filter((r) => r.endsWith(`-${3 * PART - 1}`) && r !== `bytes=${2 * PART}-${3 * PART - 1}`);
    expect(resumed).toHaveLength(1);
    const from = Number(/^bytes=(\d+)-/.exec(resumed[0])![1]);
    expect(from).toBeGreaterThan(2 * PART);
    expect(from).toBeLessThan(3 * PART);
  });

  it('is a read-failed StoreError saying where in the whole object, when the part never comes through', async () => {
    const key = 'fault-every-attempt';
    await put(key, 4 * PART);
    // The last part, its first request and every resumption (same end, later start).
    const lastPart = (range?: string) => range?.endsWith(`-${4 * PART - 1}`) ?? false;
    proxy.fault = (req) => (lastPart(req.range) ? { reset: 0.5 } : undefined);
    const stream = await rangedRead(key, opener(key), { partBytes: PART, parallel: 2, minBytes: 0, policy: FAST_RETRY });
    const error = await readAll(stream).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('read-failed');
    // Where it got to is counted in the whole object (past the 768 KiB where the part starts), not in the part.
    const m = /^could not read fault-every-attempt after 4 attempts: connection reset at ([\d.]+) KiB of 1\.0 MiB$/.exec((error as Error).message);
    expect(m, (error as Error).message).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThanOrEqual(768);
    expect(gets(key).filter((r) => lastPart(r.range))).toHaveLength(4);
  });
});

describe('memory', () => {
  it('asks for no more than `parallel` parts while the consumer has not moved past the first', async () => {
    const key = 'bounded';
    await put(key, 10 * PART);
    const stream = await rangedRead(key, opener(key), { partBytes: PART, parallel: 3, minBytes: 0, coalesceBytes: 1, policy: FAST_RETRY });
    const it = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
    await it.next();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(gets(key).length).toBeLessThanOrEqual(3);
    await it.return?.();
  });
});
