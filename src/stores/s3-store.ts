import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import { Readable, Transform } from 'node:stream';
import { addSecret, redactSecrets, redactUrl } from '../util/secrets.js';
import { onInterrupt } from '../util/cleanup.js';
import { type DumpMember, groupDumpDirectories, packDumpDirectory, sliced } from './dump-directory.js';
import { resumableRead } from './resumable-read.js';
import { StoreError, type StoreObject, type WritableStore } from './store.js';

export interface S3StoreOptions {
  bucket: string;
  /** Folder-like prefix inside the bucket; keys are listed relative to it. */
  prefix?: string;
  /** Where the AWS_* variables come from; the entry passes process.env, tests pass their own. */
  env?: NodeJS.ProcessEnv;
  /** Path-style addressing (`endpoint/bucket/key`), needed by MinIO, s3rver and some gateways. */
  forcePathStyle?: boolean;
  maxAttempts?: number;
  connectionTimeoutMs?: number;
  requestTimeoutMs?: number;
  socketTimeoutMs?: number;
}

/** What the S3 client is built from, resolved from the environment once. */
export interface S3Settings {
  region: string;
  endpoint?: string;
  forcePathStyle: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
}

export function s3SettingsFromEnv(env: NodeJS.ProcessEnv, forcePathStyle?: boolean): S3Settings {
  const region = nonEmpty(env.AWS_REGION) ?? nonEmpty(env.AWS_DEFAULT_REGION) ?? 'us-east-1';
  // The service-specific variable wins, as in the AWS CLI and SDKs.
  const endpoint = nonEmpty(env.AWS_ENDPOINT_URL_S3) ?? nonEmpty(env.AWS_ENDPOINT_URL);
  const accessKeyId = nonEmpty(env.AWS_ACCESS_KEY_ID);
  const secretAccessKey = nonEmpty(env.AWS_SECRET_ACCESS_KEY);
  const sessionToken = nonEmpty(env.AWS_SESSION_TOKEN);
  addSecret(secretAccessKey);
  addSecret(sessionToken);
  return {
    region,
    endpoint,
    forcePathStyle: forcePathStyle ?? /^(true|1|yes)$/i.test(env.AWS_S3_FORCE_PATH_STYLE ?? ''),
    credentials:
      accessKeyId && secretAccessKey
        ? { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) }
        : undefined,
  };
}

// S3's smallest part. Each part is a new Buffer that lib-storage gathers and drops after its upload;
// with 8 MiB parts the garbage's high-water mark grew with the object (a 448 MB backup peaked 1.2×
// the RSS of a 45 MB one), with 5 MiB it stays flat (1.08×, 0.98× in two runs of memory.test.ts).
const PART_SIZE = 5 * 1024 * 1024;
// Parts in flight: memory stays at about QUEUE_SIZE × PART_SIZE whatever the object's size.
const QUEUE_SIZE = 2;

type Operation = 'list' | 'read' | 'write' | 'delete' | 'abort';

const PERMISSION: Record<Operation, string> = {
  list: 's3:ListBucket',
  read: 's3:GetObject',
  write: 's3:PutObject',
  delete: 's3:DeleteObject',
  abort: 's3:AbortMultipartUpload',
};

export class S3Store implements WritableStore {
  readonly kind = 's3' as const;
  readonly displayUrl: string;
  readonly bucket: string;
  readonly prefix: string;
  private readonly config: S3ClientConfig;
  private connected?: Promise<{ sdk: typeof import('@aws-sdk/client-s3'); client: S3Client }>;
  private readonly endpointForMessages: string;
  /** `pg_dump -Fd` folders the listing found, by their key, read as one tar of their objects. */
  private readonly dumpDirectories = new Map<string, DumpMember[]>();

  constructor(options: S3StoreOptions) {
    const settings = s3SettingsFromEnv(options.env ?? {}, options.forcePathStyle);
    this.bucket = options.bucket;
    this.prefix = normalisePrefix(options.prefix ?? '');
    this.displayUrl = `s3://${this.bucket}/${this.prefix}`;
    this.endpointForMessages = redactUrl(settings.endpoint ?? `https://s3.${settings.region}.amazonaws.com`).replace(
      /\/$/,
      '',
    );
    const env = options.env ?? {};
    // Only the real process environment may fall back to the SDK's own chain (profiles, instance
    // role, web identity): an explicit env without keys must not pick up keys from elsewhere.
    const credentials = settings.credentials ?? (env === process.env ? undefined : noCredentials);
    const config: S3ClientConfig = {
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials,
      // The env object passed in is the only source of configuration: no silent process.env override.
      ignoreConfiguredEndpointUrls: true,
      maxAttempts: options.maxAttempts ?? 3,
      requestHandler: {
        connectionTimeout: options.connectionTimeoutMs ?? 5_000,
        // Until the response headers (for an upload: through one part's body).
        requestTimeout: options.requestTimeoutMs ?? 60_000,
        // By default the SDK only logs a warning when requestTimeout passes and keeps waiting.
        throwOnRequestTimeout: true,
        // Idle time while a body streams: a stalled download fails, a 50 GB one that keeps moving does not.
        socketTimeout: options.socketTimeoutMs ?? 60_000,
      },
      // S3-compatible stores (R2, B2, MinIO, s3rver) reject or mangle the SDK's default trailing
      // checksums; S3 itself does not need them.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      followRegionRedirects: true,
    };
    this.config = config;
  }

  /**
   * The AWS SDK is a large share of the bundle: it is loaded on first use, so a run against a
   * folder (and `--help`) starts without it.
   */
  private connect() {
    // The SDK's notice that its releases after January 2027 need Node 22 is about SDK versions
    // Lifeboat does not ship (the bundle pins one): on Node 20 it was 8 lines of noise per run.
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
    this.connected ??= import('@aws-sdk/client-s3').then((sdk) => ({ sdk, client: new sdk.S3Client(this.config) }));
    return this.connected;
  }

  list(): AsyncIterable<StoreObject> {
    return groupDumpDirectories(this.listObjects(), (key, members) => this.dumpDirectories.set(key, members));
  }

  private async *listObjects(): AsyncIterable<StoreObject> {
    const { sdk, client } = await this.connect();
    const pages = sdk.paginateListObjectsV2(
      { client, pageSize: 1000 },
      { Bucket: this.bucket, Prefix: this.prefix || undefined },
    );
    try {
      for await (const page of pages) {
        for (const item of page.Contents ?? []) {
          if (!item.Key) continue;
          const key = item.Key.slice(this.prefix.length);
          // Zero-byte `folder/` markers made by consoles are not objects anyone backed up.
          if (key === '' || key.endsWith('/')) continue;
          yield { key, size: item.Size ?? 0, lastModified: item.LastModified ?? new Date(0) };
        }
      }
    } catch (error) {
      throw this.storeError(error, 'list');
    }
  }

  /**
   * Streams an object. A whole-object read resumes where it broke off (a Range request pinned to
   * the first answer's ETag), so one reset connection costs one request, not the verdict.
   */
  async read(key: string, range?: { start: number; end: number }): Promise<Readable> {
    const members = this.dumpDirectories.get(key);
    if (members) {
      const folder = key.slice(key.lastIndexOf('/') + 1);
      const tar = packDumpDirectory(
        folder,
        members,
        (m) => this.read(`${key}/${m.name}`),
        (e) => this.storeError(e, 'read', key),
      );
      return sliced(tar, range);
    }
    if (range) return (await this.get(key, `bytes=${range.start}-${range.end}`)).body;
    let etag: string | undefined;
    return resumableRead(key, async (start) => {
      const got = await this.get(key, start > 0 ? `bytes=${start}-` : undefined, etag);
      etag ??= got.etag;
      return got;
    });
  }

  private async get(
    key: string,
    range?: string,
    ifMatch?: string,
  ): Promise<{ body: Readable; size?: number; etag?: string }> {
    try {
      const { sdk, client } = await this.connect();
      const response = await client.send(
        new sdk.GetObjectCommand({ Bucket: this.bucket, Key: this.prefix + key, Range: range, IfMatch: ifMatch }),
      );
      const body = response.Body;
      const stream = !body ? Readable.from([]) : body instanceof Readable ? body : Readable.fromWeb(body as never);
      return { body: stream, size: response.ContentLength, etag: response.ETag };
    } catch (error) {
      throw this.storeError(error, 'read', key);
    }
  }

  /** Manifests and sidecars: read through the same retries as backups. */
  async readText(key: string): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.read(key)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  async write(key: string, body: Readable, options?: { contentType?: string }): Promise<{ size: number }> {
    let size = 0;
    // Counting in a Transform (not a 'data' listener) keeps the stream paused until Upload pulls it.
    const counted = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        callback(null, chunk);
      },
    });
    body.on('error', (error) => counted.destroy(error));
    body.pipe(counted);
    const [{ client }, { Upload }] = await Promise.all([this.connect(), import('@aws-sdk/lib-storage')]);
    const upload = new Upload({
      client,
      params: {
        Bucket: this.bucket,
        Key: this.prefix + key,
        Body: counted,
        ContentType: options?.contentType ?? 'application/octet-stream',
      },
      partSize: PART_SIZE,
      queueSize: QUEUE_SIZE,
      // The abort is ours (below): lib-storage's own throws the abort's error in place of the
      // part's, so a denied abort would hide the 500 that failed the upload.
      leavePartsOnError: true,
    });
    const done = upload.done();
    // Once per upload, whether the failure or an interruption gets there first.
    let aborting: Promise<string | undefined> | undefined;
    const abortParts = () => (aborting ??= this.abortMultipart(upload, key));
    // Parts of an interrupted upload stay (and are billed) until the upload is aborted.
    const forget = onInterrupt(async () => {
      await upload.abort();
      await done.catch(() => undefined);
      await abortParts();
    });
    try {
      await done;
    } catch (error) {
      const failed = this.storeError(error, 'write', key);
      const abortFailure = await abortParts();
      if (abortFailure) failed.cleanup.push(abortFailure);
      throw failed;
    } finally {
      forget();
    }
    return { size };
  }

  /**
   * Aborts the multipart upload a failed or interrupted write started, so its parts are not kept
   * (and billed). Returns why it could not, as a line for the report.
   */
  private async abortMultipart(upload: object, key: string): Promise<string | undefined> {
    // Upload.abort() only stops lib-storage; the id of the multipart upload is on the instance.
    const uploadId = (upload as { uploadId?: string }).uploadId;
    if (!uploadId) return undefined;
    try {
      const { sdk, client } = await this.connect();
      await client.send(
        new sdk.AbortMultipartUploadCommand({ Bucket: this.bucket, Key: this.prefix + key, UploadId: uploadId }),
      );
      return undefined;
    } catch (error) {
      const why = this.storeError(error, 'abort', key).message;
      return `could not abort the multipart upload of ${this.prefix + key} (its parts stay, and are billed, until aborted): ${why}`;
    }
  }

  async writeText(key: string, text: string): Promise<void> {
    try {
      const { sdk, client } = await this.connect();
      await client.send(
        new sdk.PutObjectCommand({
          Bucket: this.bucket,
          Key: this.prefix + key,
          Body: text,
          ContentType: key.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8',
        }),
      );
    } catch (error) {
      throw this.storeError(error, 'write', key);
    }
  }

  async delete(key: string): Promise<void> {
    try {
      const { sdk, client } = await this.connect();
      await client.send(new sdk.DeleteObjectCommand({ Bucket: this.bucket, Key: this.prefix + key }));
    } catch (error) {
      throw this.storeError(error, 'delete', key);
    }
  }

  /** Frees the client's sockets; a short-lived CLI run does not need it. */
  destroy(): void {
    void this.connected?.then(({ client }) => client.destroy());
  }

  private storeError(error: unknown, operation: Operation, key?: string): StoreError {
    return s3StoreError(error, {
      operation,
      bucket: this.bucket,
      key: key === undefined ? undefined : this.prefix + key,
      endpoint: this.endpointForMessages,
    });
  }
}

interface ErrorContext {
  operation: Operation;
  bucket: string;
  key?: string;
  endpoint: string;
}

const NETWORK_CAUSES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found (DNS lookup failed)',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPIPE: 'connection closed',
  CERT_HAS_EXPIRED: 'TLS certificate expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'untrusted TLS certificate',
};

/** Turns whatever the SDK threw into a StoreError a person can act on. Never includes a secret. */
export function s3StoreError(error: unknown, context: ErrorContext): StoreError {
  if (error instanceof StoreError) return error;
  const err = (error ?? {}) as {
    name?: string;
    code?: string;
    message?: string;
    errors?: Array<{ code?: string }>;
    $metadata?: { httpStatusCode?: number };
  };
  const name = err.name ?? '';
  const status = err.$metadata?.httpStatusCode;
  const detail = redactSecrets(err.message ?? String(error));
  const make = (message: string, code: ConstructorParameters<typeof StoreError>[1]) =>
    new StoreError(redactSecrets(message), code);

  const networkCode = err.code ?? err.errors?.find((e) => e.code)?.code;
  if (networkCode && NETWORK_CAUSES[networkCode]) {
    return make(`cannot reach endpoint ${context.endpoint}: ${NETWORK_CAUSES[networkCode]}`, 'unreachable');
  }
  if (
    name === 'TimeoutError' ||
    /timed? ?out/i.test(name) ||
    (status === undefined && /timeout|timed out/i.test(detail))
  ) {
    return make(`cannot reach endpoint ${context.endpoint}: no answer in time (${detail})`, 'unreachable');
  }

  switch (name) {
    case 'NoSuchBucket':
      return make(`bucket "${context.bucket}" does not exist (at ${context.endpoint})`, 'no-bucket');
    case 'NoSuchKey':
      return make(`object "${context.key}" does not exist in bucket "${context.bucket}"`, 'not-found');
    case 'InvalidAccessKeyId':
    case 'SignatureDoesNotMatch':
    case 'InvalidToken':
    case 'ExpiredToken':
    case 'TokenRefreshRequired':
    case 'AuthorizationHeaderMalformed':
      return make(`credentials rejected (${name}: ${detail})`, 'bad-credentials');
    case 'CredentialsProviderError':
      return make(
        'no credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or use aws-actions/configure-aws-credentials)',
        'bad-credentials',
      );
    case 'AccessDenied':
    case 'AllAccessDisabled':
    case 'Forbidden':
      return accessDenied(context, make);
    case 'PermanentRedirect':
    case 'AuthorizationQueryParametersError':
      return make(
        `bucket "${context.bucket}" is not reachable with this region or endpoint (${name}: ${detail})`,
        'unknown',
      );
    default:
      break;
  }
  if (status === 403) return accessDenied(context, make);
  if (status === 404) {
    return context.key === undefined
      ? make(`bucket "${context.bucket}" does not exist (at ${context.endpoint})`, 'no-bucket')
      : make(`object "${context.key}" does not exist in bucket "${context.bucket}"`, 'not-found');
  }
  const what =
    context.key === undefined ? `bucket "${context.bucket}"` : `"${context.key}" in bucket "${context.bucket}"`;
  return make(
    `S3 ${context.operation} of ${what} failed: ${name || 'error'}${status ? ` (HTTP ${status})` : ''}: ${detail}`,
    'unknown',
  );
}

function accessDenied(
  context: ErrorContext,
  make: (message: string, code: ConstructorParameters<typeof StoreError>[1]) => StoreError,
): StoreError {
  const on = context.key === undefined ? context.bucket : `${context.bucket}/${context.key}`;
  return make(`access denied: the credentials lack ${PERMISSION[context.operation]} on ${on}`, 'access-denied');
}

async function noCredentials(): Promise<never> {
  throw Object.assign(new Error('no AWS credentials in the environment'), { name: 'CredentialsProviderError' });
}

function normalisePrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+/, '');
  if (trimmed === '') return '';
  return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
