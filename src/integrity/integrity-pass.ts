import { createHash } from 'node:crypto';
import { Writable, type Readable } from 'node:stream';
import { DETECT_HEAD_BYTES, detectFormat, type DetectedFormat } from '../discovery/detect-format.js';
import type { Check, TableCount } from '../report/report.js';
import { formatBytes, shortHash } from '../report/format.js';
import type { Logger } from '../util/logger.js';
import { drainOrGone, type Sink } from './fan-out.js';
import { archiveConsumer } from './archive-consumer.js';
import type { PgRestoreTool } from './pg-restore-sink.js';
import {
  combineFormats,
  decodeChain,
  describeFailure,
  encryptionRemedy,
  hasKeyFor,
  isEncryption,
  unsupportedLayer,
  type DecodeFailure,
  type DecryptionKeys,
} from './decode-layers.js';
import { check, notChecked } from '../report/report-builder.js';
import { errorMessage } from '../util/errors.js';

export type IntegrityLevel = 'none' | 'checksum' | 'archive' | 'full';
export const INTEGRITY_LEVELS: readonly IntegrityLevel[] = ['none', 'checksum', 'archive', 'full'];

export interface ExpectedChecksum {
  sha256: string;
  /** Where the expected value came from, for messages: "manifest", ".sha256 sidecar". */
  from: string;
}

export interface IntegrityOptions {
  level: Exclude<IntegrityLevel, 'none'>;
  expected?: ExpectedChecksum;
  /** For progress messages. */
  totalBytes?: number;
  /** Resolves pg_restore lazily: only custom/tar archives need it. Undefined when none is installed. */
  pgRestore: () => Promise<PgRestoreTool | undefined>;
  logger: Logger;
  /**
   * Receives every raw byte as read, paced by its backpressure, and is ended (and awaited) when the
   * stream ends: the drill keeps a local copy for pg_restore without reading the backup twice.
   * Its failure (disk full) fails the pass.
   */
  tee?: Writable;
  /** Keys for gpg/openssl/age layers; without one an encrypted backup's content is `skipped`. */
  decryption?: DecryptionKeys;
  /** Watchdog limit for pg_restore children (default PG_RESTORE_WATCHDOG_MS); tests shorten it. */
  pgRestoreWatchdogMs?: number;
}

export interface IntegrityResult {
  sha256: string;
  bytes: number;
  format: DetectedFormat;
  /** `checksum`, `archive` and `content`, always in that order. */
  checks: Check[];
  /** Per-table COPY row counts from Lifeboat's archive reader; undefined when it could not count them. */
  tables?: TableCount[];
  /** Partitioned tables: no data of their own in the archive, their rows are counted in their partitions. */
  partitioned?: string[];
}

const PROGRESS_EVERY_MS = 5000;

/**
 * Reads a backup exactly once and proves what it can in that one pass: the bytes feed the sha256,
 * and at the same time the (decompressed) stream feeds `pg_restore --list` (the TOC parses) and
 * `pg_restore -f /dev/null` (every data block decompresses and parses), or the SQL scanner for
 * plain dumps. Memory stays flat: every consumer is paced by backpressure.
 */
export async function runIntegrityPass(source: Readable, opts: IntegrityOptions): Promise<IntegrityResult> {
  const hash = createHash('sha256');
  let bytes = 0;
  const headChunks: Buffer[] = [];
  let headLength = 0;
  let consumers: Consumers | undefined;
  const progress = progressReporter(opts);

  const tee = opts.tee ? teeWriter(opts.tee) : undefined;

  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      hash.update(chunk);
      bytes += chunk.length;
      if (tee) await tee.write(chunk);
      progress(bytes);
      if (!consumers) {
        headChunks.push(chunk);
        headLength += chunk.length;
        if (headLength < DETECT_HEAD_BYTES) continue;
        consumers = await startConsumers(Buffer.concat(headChunks), opts);
        await consumers.write(Buffer.concat(headChunks));
        headChunks.length = 0;
        continue;
      }
      await consumers.write(chunk);
    }
  } catch (error) {
    // A read or tee failure mid-stream: end the pg_restore children's input so none is left waiting.
    await consumers?.finish().catch(() => undefined);
    if (opts.tee && !opts.tee.destroyed) opts.tee.destroy();
    throw error;
  }
  if (!consumers) {
    const head = Buffer.concat(headChunks);
    consumers = await startConsumers(head, opts);
    if (head.length) await consumers.write(head);
  }
  const sha256 = hash.digest('hex');
  const [outcome] = await Promise.all([consumers.finish(), tee?.end()]);
  return {
    sha256,
    bytes,
    format: consumers.format,
    checks: [checksumCheck(sha256, opts.expected), ...outcome.checks(bytes)],
    tables: outcome.tables,
    partitioned: outcome.partitioned,
  };
}

/** Writes with backpressure; a tee that errors rejects instead of leaving the pass waiting for 'drain'. */
function teeWriter(target: Writable) {
  let failure: Error | undefined;
  target.on('error', (e) => {
    failure ??= e;
  });
  const fail = () =>
    new Error(`could not keep a local copy of the backup: ${failure?.message ?? 'the copy was closed early'}`);
  const settled = (event: 'drain' | 'finish') =>
    new Promise<void>((resolve, reject) => {
      const done = () => {
        target.off(event, done);
        target.off('error', done);
        target.off('close', done);
        if (failure) reject(fail());
        else if (event === 'finish' || !target.destroyed) resolve();
        else reject(fail());
      };
      target.once(event, done);
      target.once('error', done);
      target.once('close', done);
    });
  return {
    async write(chunk: Buffer): Promise<void> {
      if (failure || target.destroyed) throw fail();
      if (!target.write(chunk)) await settled('drain');
    },
    async end(): Promise<void> {
      if (failure) throw fail();
      if (target.writableFinished) return;
      const finished = settled('finish');
      target.end();
      await finished;
    },
  };
}

interface Consumers {
  format: DetectedFormat;
  write(chunk: Buffer): Promise<void>;
  finish(): Promise<{ checks(bytes: number): Check[]; tables?: TableCount[]; partitioned?: string[] }>;
}

async function startConsumers(head: Buffer, opts: IntegrityOptions, depth = 0): Promise<Consumers> {
  const format = head.length === 0 ? emptyFormat : detectFormat(head);
  const fixed = (archive: Check, content: Check): Consumers => ({
    format,
    write: async () => {},
    finish: async () => ({ checks: () => [archive, content] }),
  });

  if (opts.level === 'checksum') {
    const why = 'integrity: checksum reads the bytes for the sha256 only';
    return fixed(check('archive', 'skipped', why), check('content', 'skipped', why));
  }
  if (head.length === 0) {
    return fixed(
      check('archive', 'critical', 'the file is empty (0 bytes): not a backup'),
      notChecked('the file is empty'),
    );
  }
  if (format.encryption && !hasKeyFor(format.encryption, opts.decryption)) {
    const set = encryptionRemedy(format.encryption);
    return fixed(
      check('archive', 'warning', `encrypted (${format.encryption}): cannot verify content without a key; ${set}`),
      check(
        'content',
        'skipped',
        `encrypted (${format.encryption}): content not verified without a decryption key; ${set}`,
      ),
    );
  }
  const layers = layersOf(format);
  const unsupported = layers.map(unsupportedLayer).find((why) => why !== undefined);
  if (unsupported) {
    const why = `${format.description}: ${unsupported}`;
    return fixed(check('archive', 'skipped', why), check('content', 'skipped', why));
  }
  // An encrypted file hides what is inside it: decrypt, then look again at what comes out.
  if (format.encryption && depth < 4) return decryptingConsumers(format, layers, opts, depth);
  if (format.container === 'unknown') {
    return fixed(
      check('archive', 'critical', `not a PostgreSQL backup: ${format.description}`),
      notChecked('the file is not a PostgreSQL backup'),
    );
  }

  return readerConsumers(format, opts, layers);
}

function layersOf(format: DetectedFormat) {
  return format.layers ?? (format.compression !== 'none' ? [format.compression] : []);
}

/**
 * Peels the layers up to and including the decryption, then hands the plaintext to the consumers
 * its own first bytes call for (gpg around a custom archive, openssl around gzip around SQL …).
 */
function decryptingConsumers(
  outer: DetectedFormat,
  layers: NonNullable<DetectedFormat['layers']>,
  opts: IntegrityOptions,
  depth: number,
): Consumers {
  const peeled = layers.slice(0, layers.findIndex(isEncryption) + 1);
  const inner = new InnerConsumers(opts, depth + 1);
  const chain = decodeChain(peeled, inner, opts.decryption);
  const feed = feeder(chain.input, [inner.done.then(() => undefined)]);
  return {
    get format() {
      // Nothing decrypted (a wrong key): the inside is unknown, not "an empty file".
      return inner.consumers && inner.bytes > 0 ? combineFormats(outer, peeled, inner.consumers.format) : outer;
    },
    write: (chunk) => feed.write(chunk),
    async finish() {
      await feed.end();
      const result = await inner.done;
      const failure = chain.failure();
      return {
        tables: failure ? undefined : result?.tables,
        partitioned: result?.partitioned,
        checks: (bytes) => decryptedChecks(bytes, inner, result, failure),
      };
    },
  };
}

function decryptedChecks(
  bytes: number,
  inner: InnerConsumers,
  result: ConsumerResult | undefined,
  failure: DecodeFailure | undefined,
): Check[] {
  const innerChecks = result?.checks(inner.bytes) ?? [];
  const archive = innerChecks.find((c) => c.id === 'archive');
  const content = innerChecks.find((c) => c.id === 'content');
  if (failure) {
    const why = describeFailure(failure);
    if (inner.bytes === 0 || !archive || inner.consumers?.format.container === 'unknown') {
      return [check('archive', 'critical', why), notChecked(failure.kind === 'decrypt' ? 'decryption failed' : why)];
    }
    return [archive, check('content', 'critical', `${why} (after ${formatBytes(inner.bytes)} of plaintext)`)];
  }
  if (inner.error) {
    const why = `could not verify the decrypted data: ${inner.error}`;
    return [check('archive', 'critical', why), notChecked(why)];
  }
  if (!archive || !content) return [check('archive', 'critical', 'decrypted to nothing'), notChecked('no plaintext')];
  const decrypted = `decrypted ${formatBytes(bytes)} → ${formatBytes(inner.bytes)}`;
  return [archive, { ...content, summary: `${content.summary}; ${decrypted}` }];
}

type ConsumerResult = Awaited<ReturnType<Consumers['finish']>>;

/** Collects the plaintext's first bytes, starts the consumers they call for, then streams on. */
class InnerConsumers extends Writable {
  consumers: Consumers | undefined;
  bytes = 0;
  error: string | undefined;
  readonly done: Promise<ConsumerResult | undefined>;
  private resolveDone!: (result: ConsumerResult | undefined) => void;
  private head: Buffer[] = [];
  private headLength = 0;

  constructor(
    private readonly opts: IntegrityOptions,
    private readonly depth: number,
  ) {
    super();
    this.done = new Promise((resolve) => {
      this.resolveDone = resolve;
    });
    this.once('close', () => {
      if (!this.writableFinished) this.settle();
    });
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.bytes += chunk.length;
    this.take(chunk).then(
      () => callback(),
      (error: unknown) => {
        this.error ??= errorMessage(error);
        callback();
      },
    );
  }

  private async take(chunk: Buffer): Promise<void> {
    if (this.consumers) return this.consumers.write(chunk);
    this.head.push(chunk);
    this.headLength += chunk.length;
    if (this.headLength >= DETECT_HEAD_BYTES) await this.start();
  }

  private async start(): Promise<void> {
    const head = Buffer.concat(this.head);
    this.head = [];
    this.consumers = await startConsumers(head, this.opts, this.depth);
    if (head.length) await this.consumers.write(head);
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.settle().then(
      () => callback(),
      () => callback(),
    );
  }

  private settling: Promise<void> | undefined;

  private settle(): Promise<void> {
    this.settling ??= (async () => {
      try {
        if (!this.consumers) await this.start();
        this.resolveDone(await (this.consumers as Consumers).finish());
      } catch (error) {
        this.error ??= errorMessage(error);
        this.resolveDone(undefined);
      }
    })();
    return this.settling;
  }
}

const emptyFormat: DetectedFormat = { container: 'unknown', compression: 'none', description: 'empty file' };

/** The raw bytes go through every compression layer (gzip, zip, zstd); errors are kept, not thrown. */
function decoderFor(
  layers: NonNullable<DetectedFormat['layers']>,
  target: Writable,
  opts: IntegrityOptions,
): { input: Writable; error: () => string | undefined } {
  const chain = decodeChain(layers, target, opts.decryption);
  return {
    input: chain.input,
    error: () => {
      const failure = chain.failure();
      return failure ? describeFailure(failure) : undefined;
    },
  };
}

function feeder(input: Writable, extraGone: Promise<void>[] = []) {
  let dead = false;
  input.on('error', () => {
    dead = true;
  });
  input.on('close', () => {
    dead = true;
  });
  const sink: Sink = {
    name: 'entry',
    input,
    gone: Promise.race([new Promise<void>((r) => input.once('close', () => r())), ...extraGone]),
  };
  return {
    async write(chunk: Buffer) {
      if (dead || input.destroyed || input.writableEnded) return;
      if (!input.write(chunk)) await drainOrGone(sink);
    },
    end(): Promise<void> {
      return new Promise((resolve) => {
        if (dead || input.destroyed || input.writableEnded) return resolve();
        input.end(() => resolve());
        input.once('error', () => resolve());
        input.once('close', () => resolve());
      });
    },
  };
}

/** Custom, tar and plain SQL: Lifeboat's archive reader behind the decoding layers (see archive-consumer.ts). */
function readerConsumers(
  format: DetectedFormat,
  opts: IntegrityOptions,
  layers: NonNullable<DetectedFormat['layers']>,
): Consumers {
  const consumer = archiveConsumer(format, {
    level: opts.level === 'full' ? 'full' : 'archive',
    pgRestore: opts.pgRestore,
    watchdogMs: opts.pgRestoreWatchdogMs,
  });
  const decoder = decoderFor(layers, consumer.input, opts);
  const feed = feeder(decoder.input);
  return {
    format,
    write: (chunk) => feed.write(chunk),
    async finish() {
      await feed.end();
      return consumer.done(decoder.error);
    },
  };
}

function checksumCheck(sha256: string, expected: ExpectedChecksum | undefined): Check {
  if (!expected) return check('checksum', 'skipped', 'no manifest or .sha256 sidecar to compare with');
  if (expected.sha256.toLowerCase() === sha256) {
    return check('checksum', 'ok', `sha256 matches the ${expected.from}`, { display: { value: sha256 } });
  }
  return check(
    'checksum',
    'critical',
    `sha256 mismatch: the file hashes to ${shortHash(sha256)}…, the ${expected.from} says ${shortHash(expected.sha256)}…`,
    { display: { value: sha256, threshold: expected.sha256 } },
  );
}

function progressReporter(opts: IntegrityOptions): (bytes: number) => void {
  let last = Date.now();
  return (bytes) => {
    const now = Date.now();
    if (now - last < PROGRESS_EVERY_MS) return;
    last = now;
    const total = opts.totalBytes;
    const pct = total ? ` (${Math.floor((bytes / total) * 100)}%)` : '';
    opts.logger.progress(`read ${formatBytes(bytes)}${total ? ` / ${formatBytes(total)}` : ''}${pct}`);
  };
}
