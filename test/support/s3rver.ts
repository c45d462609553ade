import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import crypto from 'node:crypto';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';

export interface RunningS3rver {
  /** `http://127.0.0.1:<port>` */
  endpoint: string;
  /**
   * AWS_* variables pointing at this server, path-style. The access key is s3rver's built-in
   * `S3RVER`; s3rver does not verify SigV4 signatures, so the secret is a distinctive value that
   * tests can scan output for.
   */
  env: NodeJS.ProcessEnv;
  /** The secret key in `env`, for leak scans. */
  secretAccessKey: string;
  /** A client already pointed at the server (setup only; the code under test builds its own). */
  client: S3Client;
  /** s3rver's data directory. */
  directory: string;
  bucket(name: string): Promise<void>;
  /** Puts an object; `lastModified` back-dates it (s3rver reports the file's mtime). */
  put(bucket: string, key: string, body: string | Buffer | Uint8Array, lastModified?: Date): Promise<void>;
  /**
   * Writes an object straight into s3rver's directory: for setting up hundreds of objects fast.
   * Reads and listings still go over the wire.
   */
  seed(bucket: string, key: string, body: string | Buffer, lastModified?: Date): Promise<void>;
  stop(): Promise<void>;
}

export const S3RVER_SECRET = 'lifeboat-test-secret-Zq8wPv3X';

/**
 * s3rver encrypts ListObjectsV2 continuation tokens with DES, which OpenSSL 3 (Node ≥ 17) only
 * offers through the legacy provider: without this, every listing past 1,000 objects is an HTTP 500.
 * The token is opaque to clients, so any reversible cipher will do; only 'des' is rerouted.
 */
function letS3rverPaginate(): void {
  try {
    crypto.createCipheriv('des', Buffer.alloc(8), Buffer.alloc(8));
    return;
  } catch {
    // DES unavailable: reroute below.
  }
  const mutable = crypto as unknown as Record<'createCipheriv' | 'createDecipheriv', (...args: unknown[]) => unknown>;
  for (const name of ['createCipheriv', 'createDecipheriv'] as const) {
    const original = mutable[name];
    if ((original as { lifeboatPatched?: boolean }).lifeboatPatched) continue;
    // A plain function, not an arrow: libraries call `new crypto.createDecipheriv(…)` (openpgp.js does).
    const patched = function (algorithm: unknown, key: unknown, iv: unknown, ...rest: unknown[]) {
      return algorithm === 'des'
        ? original(
            'aes-128-cbc',
            Buffer.concat([key as Buffer, key as Buffer]),
            Buffer.concat([iv as Buffer, iv as Buffer]),
            ...rest,
          )
        : original(algorithm, key, iv, ...rest);
    };
    mutable[name] = Object.assign(patched, { lifeboatPatched: true });
  }
}

/** Starts s3rver in-process on 127.0.0.1, on a free port, with its own temporary directory. */
export async function startS3rver(): Promise<RunningS3rver> {
  letS3rverPaginate();
  const directory = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-s3rver-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory });
  const address = await server.run();
  const endpoint = `http://127.0.0.1:${address.port}`;
  const env: NodeJS.ProcessEnv = {
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: S3RVER_SECRET,
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL_S3: endpoint,
    AWS_S3_FORCE_PATH_STYLE: 'true',
  };
  const client = new S3Client({
    region: 'us-east-1',
    endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: S3RVER_SECRET },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ignoreConfiguredEndpointUrls: true,
  });

  return {
    endpoint,
    env,
    secretAccessKey: S3RVER_SECRET,
    client,
    directory,
    async bucket(name) {
      await client.send(new CreateBucketCommand({ Bucket: name }));
    },
    async put(bucket, key, body, lastModified) {
      await client.send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: typeof body === 'string' ? Buffer.from(body) : body }),
      );
      if (lastModified) {
        const file = server.store.getResourcePath(bucket, key, 'object');
        await utimes(file, lastModified, lastModified);
      }
    },
    async seed(bucket, key, body, lastModified) {
      const file = server.store.getResourcePath(bucket, key, 'object');
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, body);
      if (lastModified) await utimes(file, lastModified, lastModified);
    },
    async stop() {
      client.destroy();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
