import { createHash } from 'node:crypto';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3Store, s3StoreError, s3SettingsFromEnv } from '../../src/stores/s3-store.js';
import { redactSecrets } from '../../src/util/secrets.js';
import { partFailsAndAbortDenied, startFaultProxy } from '../support/fault-proxy.js';
import { startS3rver, type RunningS3rver } from '../support/s3rver.js';
import { collect, describeStoreContract, failure, text } from './store-contract.js';

let s3: RunningS3rver;

beforeAll(async () => {
  s3 = await startS3rver();
  await s3.bucket('backups');
  await s3.bucket('many');
});

afterAll(async () => {
  await s3?.stop();
});

let seeded = 0;

describeStoreContract('S3Store on s3rver', {
  capability: 'writable',
  async holding(objects, neighbours = []) {
    const prefix = `contract/c${++seeded}`;
    for (const [under, list] of [[`${prefix}/`, objects], [`${prefix}-old/`, neighbours]] as const) {
      for (const o of list) await s3.put('backups', under + o.key, o.body, o.lastModified);
    }
    return new S3Store({ bucket: 'backups', prefix, env: s3.env });
  },
  missing: () => new S3Store({ bucket: 'no-such-bucket', env: s3.env }),
});

describe('S3Store against s3rver', () => {
  it('lists keys relative to the prefix with sizes and last-modified times, reads whole and ranges', async () => {
    const old = new Date('2025-01-10T03:00:00Z');
    await s3.put('backups', 'prod/app_2025-01-10T03:00:00.dump', 'PGDMP-old', old);
    await s3.put('backups', 'prod/sub/app_2025-01-11T03:00:00.dump', 'PGDMP-0123456789');
    await s3.put('backups', 'staging/other.dump', 'not under prod');
    await s3.put('backups', 'prod/', '');

    const store = new S3Store({ bucket: 'backups', prefix: 'prod', env: s3.env });
    expect(store.displayUrl).toBe('s3://backups/prod/');
    const listed = await collect(store.list());
    expect(listed.map((o) => o.key).sort()).toEqual([
      'app_2025-01-10T03:00:00.dump',
      'sub/app_2025-01-11T03:00:00.dump',
    ]);
    const oldOne = listed.find((o) => o.key.startsWith('app_'))!;
    expect(oldOne.size).toBe(9);
    expect(oldOne.lastModified.toISOString()).toBe(old.toISOString());

    expect(await text(await store.read('sub/app_2025-01-11T03:00:00.dump'))).toBe('PGDMP-0123456789');
    expect(await text(await store.read('sub/app_2025-01-11T03:00:00.dump', { start: 6, end: 9 }))).toBe('0123');
    expect(await store.readText('app_2025-01-10T03:00:00.dump')).toBe('PGDMP-old');
  });

  it('writes a streamed multipart object, writes text, deletes', async () => {
    const store = new S3Store({ bucket: 'backups', prefix: 'written/', env: s3.env });
    // Larger than one 5 MiB part, produced lazily: the upload must be multipart and streaming.
    const chunk = Buffer.alloc(1024 * 1024, 7);
    const chunks = 9;
    const expected = createHash('sha256');
    for (let i = 0; i < chunks; i++) expected.update(chunk);
    const body = Readable.from(
      (function* () {
        for (let i = 0; i < chunks; i++) yield chunk;
      })(),
    );
    const { size } = await store.write('big.dump', body);
    expect(size).toBe(chunks * chunk.length);

    const actual = createHash('sha256');
    for await (const part of await store.read('big.dump')) actual.update(part as Buffer);
    expect(actual.digest('hex')).toBe(expected.digest('hex'));

    await store.writeText('big.dump.sha256', 'abc  big.dump\n');
    expect(await store.readText('big.dump.sha256')).toBe('abc  big.dump\n');

    const keys = (await collect(store.list())).map((o) => o.key).sort();
    expect(keys).toEqual(['big.dump', 'big.dump.sha256']);
    const listedSize = (await collect(store.list())).find((o) => o.key === 'big.dump')!.size;
    expect(listedSize).toBe(chunks * chunk.length);

    await store.delete('big.dump');
    await store.delete('big.dump.sha256');
    expect(await collect(store.list())).toEqual([]);
  });

  it('a part that fails with a 500 and an abort that is denied: the 500 is the cause, the abort its own line', async () => {
    const proxy = await startFaultProxy(s3.endpoint);
    try {
      proxy.fault = partFailsAndAbortDenied(2);
      const store = new S3Store({
        bucket: 'backups',
        prefix: 'faulty',
        env: { ...s3.env, AWS_ENDPOINT_URL_S3: proxy.url },
        maxAttempts: 1,
      });
      // Two parts (5 MiB + 5 MiB): the second one fails.
      const error = await failure(store.write('big.dump', Readable.from([Buffer.alloc(10 * 1024 * 1024, 7)])));
      expect(error.message).toMatch(/HTTP 500/);
      expect(error.message).toMatch(/injected 500/);
      expect(error.message).not.toMatch(/s3:PutObject|access denied/);
      expect(error.cleanup).toEqual([
        'could not abort the multipart upload of faulty/big.dump (its parts stay, and are billed, until aborted): access denied: the credentials lack s3:AbortMultipartUpload on backups/faulty/big.dump',
      ]);
      const aborts = proxy.seen.filter((r) => r.method === 'DELETE' && /uploadId=/.test(r.query));
      expect(aborts).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  });

  it('paginates past 1,000 objects', async () => {
    const keys = Array.from({ length: 1050 }, (_, i) => `db_${String(i).padStart(4, '0')}.dump`);
    // Two over the wire, the rest seeded on disk: the listing is what is under test.
    await s3.put('many', keys[0], 'x');
    await s3.put('many', keys[1049], 'x');
    await Promise.all(keys.slice(1, 1049).map((key) => s3.seed('many', key, 'x')));
    const store = new S3Store({ bucket: 'many', env: s3.env });
    const listed = await collect(store.list());
    expect(listed).toHaveLength(1050);
    expect(new Set(listed.map((o) => o.key)).size).toBe(1050);
    expect(listed.map((o) => o.key).sort()).toEqual(keys);
  });

  it('reading a missing object is a not-found StoreError naming the key', async () => {
    const store = new S3Store({ bucket: 'backups', prefix: 'prod', env: s3.env });
    const error = await failure(store.read('nope.dump'));
    expect(error.code).toBe('not-found');
    expect(error.message).toContain('prod/nope.dump');
    const textError = await failure(store.readText('nope.dump.sha256'));
    expect(textError.code).toBe('not-found');
  });

  it('a bucket that does not exist is no-bucket, naming the bucket', async () => {
    const store = new S3Store({ bucket: 'no-such-bucket', env: s3.env });
    const error = await failure(collect(store.list()));
    expect(error.code).toBe('no-bucket');
    expect(error.message).toContain('bucket "no-such-bucket" does not exist');
    expect(error.message).not.toContain(s3.secretAccessKey);
  });

  it('an unknown access key is bad-credentials and the secret key is never in the message', async () => {
    const secret = 'wrong-secret-Hq2Lr7Tz9';
    const env = { ...s3.env, AWS_ACCESS_KEY_ID: 'AKIAWRONGWRONG', AWS_SECRET_ACCESS_KEY: secret };
    const store = new S3Store({ bucket: 'backups', env });
    const listError = await failure(collect(store.list()));
    expect(listError.code).toBe('bad-credentials');
    expect(listError.message).toMatch(/^credentials rejected \(InvalidAccessKeyId/);
    expect(listError.message).not.toContain(secret);
    const readError = await failure(store.read('prod/app_2025-01-10T03:00:00.dump'));
    expect(readError.code).toBe('bad-credentials');
    expect(readError.message).not.toContain(secret);
    // The secret was registered: any sink scrubbing with redactSecrets removes it.
    expect(redactSecrets(`oops ${secret}`)).toBe('oops ***');
  });

  it('no keys in the given env is bad-credentials, not keys picked up from elsewhere', async () => {
    const env = { AWS_ENDPOINT_URL_S3: s3.endpoint, AWS_S3_FORCE_PATH_STYLE: 'true' };
    const store = new S3Store({ bucket: 'backups', env });
    const error = await failure(collect(store.list()));
    expect(error.code).toBe('bad-credentials');
    expect(error.message).toMatch(/^no credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY/);
  });

  it('an endpoint on a closed port is unreachable within seconds, never a hang', async () => {
    const port = await closedPort();
    const env = { ...s3.env, AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${port}` };
    const store = new S3Store({ bucket: 'backups', env });
    const started = Date.now();
    const error = await failure(collect(store.list()));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(error.code).toBe('unreachable');
    expect(error.message).toBe(`cannot reach endpoint http://127.0.0.1:${port}: connection refused`);
    expect(error.message).not.toContain(s3.secretAccessKey);
  });

  it('a server that accepts but never answers times out instead of hanging', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    try {
      const env = { ...s3.env, AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${port}` };
      const store = new S3Store({ bucket: 'backups', env, requestTimeoutMs: 300, maxAttempts: 2 });
      const started = Date.now();
      const error = await failure(collect(store.list()));
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(error.code).toBe('unreachable');
      expect(error.message).toMatch(
        new RegExp(`^cannot reach endpoint http://127.0.0.1:${port}: .*(timed out|in time)`),
      );
    } finally {
      silent.close();
    }
  });

  it('a download that stalls mid-body errors instead of hanging', async () => {
    const stalling = createHttpServer((_req, res) => {
      res.writeHead(200, { 'content-length': '1000', 'content-type': 'application/octet-stream' });
      res.write(Buffer.alloc(10));
    });
    await new Promise<void>((resolve) => stalling.listen(0, '127.0.0.1', resolve));
    const port = (stalling.address() as { port: number }).port;
    try {
      const env = { ...s3.env, AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${port}` };
      const store = new S3Store({ bucket: 'backups', env, socketTimeoutMs: 500 });
      const started = Date.now();
      const stream = await store.read('a.dump');
      await expect(text(stream)).rejects.toThrow(/timed out|aborted/);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      stalling.closeAllConnections();
      stalling.close();
    }
  });
});

describe('s3StoreError', () => {
  const context = { bucket: 'prod-backups', endpoint: 'https://s3.us-east-1.amazonaws.com' };

  it('names the missing permission on access denied', () => {
    const denied = Object.assign(new Error('Access Denied'), {
      name: 'AccessDenied',
      $metadata: { httpStatusCode: 403 },
    });
    const list = s3StoreError(denied, { ...context, operation: 'list' });
    expect(list.code).toBe('access-denied');
    expect(list.message).toBe('access denied: the credentials lack s3:ListBucket on prod-backups');
    const read = s3StoreError(denied, { ...context, operation: 'read', key: 'a.dump' });
    expect(read.message).toBe('access denied: the credentials lack s3:GetObject on prod-backups/a.dump');
    // HEAD-style 403s come without an error code.
    const bare = s3StoreError(
      Object.assign(new Error('UnknownError'), { name: '403', $metadata: { httpStatusCode: 403 } }),
      {
        ...context,
        operation: 'read',
        key: 'a.dump',
      },
    );
    expect(bare.code).toBe('access-denied');
  });

  it('maps signature mismatches and DNS failures', () => {
    const signature = s3StoreError(
      Object.assign(new Error('The request signature we calculated does not match'), { name: 'SignatureDoesNotMatch' }),
      {
        ...context,
        operation: 'list',
      },
    );
    expect(signature.code).toBe('bad-credentials');
    expect(signature.message).toMatch(/^credentials rejected \(SignatureDoesNotMatch/);
    const dns = s3StoreError(Object.assign(new Error('getaddrinfo ENOTFOUND x'), { code: 'ENOTFOUND' }), {
      ...context,
      operation: 'list',
    });
    expect(dns.code).toBe('unreachable');
    expect(dns.message).toBe('cannot reach endpoint https://s3.us-east-1.amazonaws.com: host not found');
  });
});

describe('s3SettingsFromEnv', () => {
  it('reads the standard AWS variables from the env it is given', () => {
    const settings = s3SettingsFromEnv({
      AWS_ACCESS_KEY_ID: 'AKIA1',
      AWS_SECRET_ACCESS_KEY: 'secret-1-abcdef',
      AWS_SESSION_TOKEN: 'token-1-abcdef',
      AWS_DEFAULT_REGION: 'eu-west-3',
      AWS_ENDPOINT_URL: 'https://generic.example',
      AWS_ENDPOINT_URL_S3: 'https://s3.example',
    });
    expect(settings).toEqual({
      region: 'eu-west-3',
      endpoint: 'https://s3.example',
      forcePathStyle: false,
      credentials: { accessKeyId: 'AKIA1', secretAccessKey: 'secret-1-abcdef', sessionToken: 'token-1-abcdef' },
    });
    expect(redactSecrets('secret-1-abcdef token-1-abcdef')).toBe('*** ***');
    expect(s3SettingsFromEnv({ AWS_REGION: 'ca-central-1', AWS_DEFAULT_REGION: 'x' }).region).toBe('ca-central-1');
    expect(s3SettingsFromEnv({}).region).toBe('us-east-1');
    expect(s3SettingsFromEnv({ AWS_S3_FORCE_PATH_STYLE: 'true' }).forcePathStyle).toBe(true);
    expect(s3SettingsFromEnv({ AWS_S3_FORCE_PATH_STYLE: 'true' }, false).forcePathStyle).toBe(false);
  });
});

function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('the AWS SDK on Node 20', () => {
  it("prints no notice about the SDK's future Node versions", async () => {
    const { spawnSync } = await import('node:child_process');
    const script = `
      const { S3Store } = await import('./src/stores/s3-store.ts');
      const store = new S3Store({ bucket: 'b', env: { AWS_ENDPOINT_URL: 'http://127.0.0.1:1', AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'k', AWS_SECRET_ACCESS_KEY: 's' }, maxAttempts: 1 });
      try { for await (const o of store.list()) void o; } catch (e) { console.log('listed:', e.name); }
    `;
    const env = { ...process.env };
    delete env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      env,
      timeout: 60_000,
    });
    // The client was made and used: the notice, if any, would be on stderr by now.
    expect(r.stdout).toContain('listed: StoreError');
    expect(r.stderr).not.toMatch(/NodeVersionSupportWarning|AWS SDK for JavaScript/);
  });
});
