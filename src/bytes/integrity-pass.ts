// The path of a backup's bytes. A backup is read once, because it may be hundreds of megabytes in
// a bucket: everything Lifeboat proves about it, and the file a restore reads, come from that one
// read. So the bytes flow through a single pipeline whose shape the first bytes decide:
//
//   store ─▶ sha256 ─▶ sniff ────▶ decoders ─────────▶ sniff ────▶ tee ─┬─▶ archive reader (TOC, blocks, rows)
//            (raw)     (layers)   (gzip, zip, zstd,     (header)        ├─▶ pg_restore --list (custom, tar)
//                                  lz4, gpg, openssl,                   └─▶ local copy (drill, restore, extract)
//                                  age)
//
// After a decryption the plaintext is sniffed again (it hides its own layers) and read the same way;
// so is what a compression layer wraps when the head could not be decompressed to show it (lz4, and
// zstd where Node's zlib lacks it).
//
// Decoding happens once, before the tee, so the local copy is already the bare archive and nothing
// reads or decodes it again. Every stage ends the stream instead of erroring it when it fails
// (a decoder remembers why), so each reader reports what it got and the one result always settles;
// the verdict is then a pure function of those reports (verdict.ts).
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { DETECT_HEAD_BYTES, detectFormat, type DetectedFormat, type Layer } from '../archive/detect-format.js';
import type { Check, TableCount } from '../report/report.js';
import { check, notChecked } from '../report/report-builder.js';
import { formatBytes } from '../report/format.js';
import type { Logger } from '../util/logger.js';
import { errorMessage } from '../util/errors.js';
import type { DecryptionKeys } from './keys.js';
import {
  codecsForLayers,
  combineFormats,
  decode,
  decoderFor,
  describeFailure,
  isEncryption,
  layersOf,
  type DecodeFailure,
  type DecoderFactory,
} from './layers.js';
import { pgRestoreSink, type PgRestoreTool } from './pg-restore-sink.js';
import { missingCodec, peekHeader, type TocEntry } from '../archive/index.js';
import { sha256Here, sha256InThread, type Sha256 } from './sha256-thread.js';
import { sniff } from './sniff.js';
import { localCopySink, readerSink, tee, type Sink } from './sinks.js';
import {
  checksumCheck,
  countedTablesOf,
  headChecks,
  partitionedOf,
  tocOf,
  verdict,
  type ExpectedChecksum,
  type IntegrityLevel,
  type Outcome,
} from './verdict.js';

export { INTEGRITY_LEVELS, type ExpectedChecksum, type IntegrityLevel } from './verdict.js';

export interface IntegrityOptions {
  level: Exclude<IntegrityLevel, 'none'>;
  expected?: ExpectedChecksum;
  /** For progress messages. */
  totalBytes?: number;
  /** Resolves pg_restore lazily: only custom/tar archives need it. Undefined when none is installed. */
  pgRestore: () => Promise<PgRestoreTool | undefined>;
  logger: Logger;
  /**
   * Where to keep the decoded backup for pg_restore/psql (drill, restore, extract): written as the
   * bytes pass, so the backup is read once. Its failure (disk full) fails the pass.
   */
  copyTo?: string;
  /** Keys for gpg/openssl/age layers; without one an encrypted backup is a `warning`, content `skipped`. */
  decryption?: DecryptionKeys;
  /** Watchdog limit for pg_restore children (default PG_RESTORE_WATCHDOG_MS); tests shorten it. */
  pgRestoreWatchdogMs?: number;
  /** Makes each layer's decoder; tests pass one that counts. */
  decoders?: DecoderFactory;
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
  /** The table of contents Lifeboat's reader parsed (custom, tar, directory); absent for plain SQL. */
  toc?: TocEntry[];
  /** The local copy, when `copyTo` asked for one and the backup could be read as an archive. */
  copy?: LocalCopy;
}

export interface LocalCopy {
  path: string;
  bytes: number;
  /** The layers peeled on the way (empty: the copy is the backup's own bytes). */
  layers: Layer[];
  /** The first layer that failed: the copy is incomplete. */
  failure?: DecodeFailure;
}

const PROGRESS_EVERY_MS = 5000;
/** Enough of the decoded stream for the archive header: tar puts it after a 512-byte member header. */
const ARCHIVE_HEAD_BYTES = 4096;
// Nested encryption beyond this is not a backup anyone made on purpose.
const MAX_DEPTH = 4;

/** Reads a backup once and proves what it can in that one pass (see the top of this file). */
export async function runIntegrityPass(source: Readable, opts: IntegrityOptions): Promise<IntegrityResult> {
  let hash: Sha256 | undefined;
  try {
    return await pass(source, opts, (h) => (hash = h));
  } finally {
    await hash?.close();
  }
}

async function pass(source: Readable, opts: IntegrityOptions, using: (hash: Sha256) => Sha256): Promise<IntegrityResult> {
  let hash: Sha256 | undefined;
  let bytes = 0;
  let fatal: Error | undefined;
  const progress = progressReporter(opts);
  async function* hashed() {
    try {
      for await (const chunk of source as AsyncIterable<Buffer>) {
        hash ??= using(await hasherFor(chunk, opts.totalBytes));
        const wait = hash.update(chunk);
        if (wait) await wait;
        bytes += chunk.length;
        progress(bytes);
        yield chunk;
      }
    } catch (error) {
      // A read that failed mid-stream: everything behind ends, reports, and the pass rethrows.
      fatal ??= error instanceof Error ? error : new Error(String(error));
    }
  }
  const ctx: Pass = {
    opts,
    decoders: opts.decoders ?? decoderFor,
    pgRestore: once(opts.pgRestore),
    failures: [],
    abort(error) {
      fatal ??= error;
      source.destroy(error);
    },
  };
  const { format, outcome } = await readLayer(hashed(), () => bytes, ctx, 0);
  if (fatal) throw fatal;
  const sha256 = await (hash ?? sha256Here()).digest();
  return {
    sha256,
    bytes,
    format,
    checks: [checksumCheck(sha256, opts.expected), ...verdict(outcome)],
    tables: countedTablesOf(outcome),
    partitioned: partitionedOf(outcome),
    toc: tocOf(outcome),
    ...(ctx.copy ? { copy: { ...ctx.copy, layers: layersOf(format), failure: ctx.failures[0] } } : {}),
  };
}

/** Uncompressed custom archives this big hash in a worker thread (see sha256-thread.ts). */
const HASH_IN_THREAD_BYTES = 64 * 1024 * 1024;

/** Where to hash, decided by the first chunk: the archive's own header says whether its data is compressed. */
async function hasherFor(first: Buffer, totalBytes: number | undefined): Promise<Sha256> {
  if ((totalBytes ?? 0) < HASH_IN_THREAD_BYTES) return sha256Here();
  const header = await peekHeader(first);
  return header?.format === 'custom' && header.compression === 'none' ? sha256InThread() : sha256Here();
}

interface Pass {
  opts: IntegrityOptions;
  decoders: DecoderFactory;
  pgRestore: () => Promise<PgRestoreTool | undefined>;
  /** Every layer that failed, outermost first. */
  failures: DecodeFailure[];
  copy?: { path: string; bytes: number };
  abort(error: Error): void;
}

/**
 * One layer of the backup: sniffs its first bytes, then either decides from them alone, or decodes
 * what they call for and reads the result; after a decryption, the plaintext is a layer of its own.
 * Resolves once every byte of `source` was taken.
 */
async function readLayer(
  source: AsyncIterable<Buffer>,
  bytesIn: () => number,
  ctx: Pass,
  depth: number,
): Promise<{ format: DetectedFormat; outcome: Outcome }> {
  const { head, stream } = await sniff(source, DETECT_HEAD_BYTES);
  const format = head.length === 0 ? EMPTY : detectFormat(head);
  const layers = layersOf(format);
  const codecs = await codecsForLayers(layers);
  const fixed = headChecks(format, head.length, { ...ctx.opts, canPeel: depth < MAX_DEPTH, codecs });
  if (fixed) {
    tee(stream, []);
    await finished(stream);
    return { format, outcome: { kind: 'fixed', checks: fixed } };
  }
  // Up to the first encryption, or every layer when the innermost hides what it wraps: what comes
  // out is sniffed again as a layer of its own.
  const encryptionAt = layers.findIndex(isEncryption);
  const peelAt = encryptionAt >= 0 ? encryptionAt : format.opaque ? layers.length - 1 : -1;
  const peeled = peelAt >= 0 ? layers.slice(0, peelAt + 1) : layers;
  const decoded = peeled.length
    ? decode(stream, peeled, { keys: ctx.opts.decryption, decoders: ctx.decoders, codecs })
    : undefined;
  // Caught at once: a rejection nobody awaits yet would end the process (the stream ends anyway).
  const settled = finished(stream).catch(() => undefined);
  if (decoded && peelAt >= 0) {
    const inner = await readLayer(decoded.stream, decoded.bytes, ctx, depth + 1).catch(
      (error: unknown): { format: DetectedFormat; outcome: Outcome } => {
        // Stops the decoder too, so that the outer bytes flow on to the hash.
        decoded.stream.destroy();
        const why = `could not verify the ${isEncryption(peeled[peeled.length - 1]) ? 'decrypted' : 'decompressed'} data: ${errorMessage(error)}`;
        return { format, outcome: { kind: 'fixed', checks: [check('archive', 'critical', why), notChecked(why)] } };
      },
    );
    await settled;
    const failure = decoded.failure();
    if (failure) ctx.failures.unshift(failure);
    const plaintextBytes = decoded.bytes();
    return {
      format: plaintextBytes > 0 ? combineFormats(format, peeled, inner.format) : format,
      outcome: {
        kind: 'peeled',
        layers: peeled,
        bytes: bytesIn(),
        plaintextBytes,
        failure,
        inner: inner.outcome,
        innerContainer: inner.format.container,
      },
    };
  }
  const archive = decoded ? await sniff(decoded.stream, ARCHIVE_HEAD_BYTES) : { head, stream };
  const read = await readContainer(archive.stream, archive.head, format, ctx);
  await settled;
  const failure = decoded?.failure();
  if (failure) ctx.failures.unshift(failure);
  return {
    format,
    outcome: {
      kind: 'read',
      format,
      bytes: bytesIn(),
      ...read,
      ...(failure ? { decodeError: describeFailure(failure) } : {}),
    },
  };
}

/**
 * The bare custom, tar or plain-SQL stream, tee'd to Lifeboat's archive reader (every data block
 * decompressed, every COPY row counted), for custom/tar to `pg_restore --list` as a second opinion
 * on the TOC, to `pg_restore -f /dev/null` only when the data uses a codec the reader lacks (so the
 * verdict never depends on pg_restore alone nor gets weaker without it), and to the local copy.
 */
async function readContainer(stream: Readable, head: Buffer, format: DetectedFormat, ctx: Pass) {
  const archive = format.container === 'custom' || format.container === 'tar';
  // Asked for now so that finding the binary overlaps with reading the header. pg_restore reads a
  // directory archive only unpacked, so a tarred one is proven by the reader alone.
  const found = archive && !format.directory ? ctx.pgRestore() : Promise.resolve(undefined);
  // A bare archive is as long as the stored object: the reader sizes its work by it.
  const size = layersOf(format).length === 0 ? ctx.opts.totalBytes : undefined;
  const reader = await readerSink(head, archive, size);
  const tool = await found.catch(() => undefined);
  const sinks: Sink[] = [reader];
  const formatFlag = `--format=${format.container === 'tar' ? 't' : 'c'}`;
  const watchdog = { watchdogMs: ctx.opts.pgRestoreWatchdogMs };
  const list = tool ? pgRestoreSink('pg_restore --list', tool, ['--list', formatFlag], watchdog) : undefined;
  const codecGap = tool && reader.header ? missingCodec(reader.header.compression) : undefined;
  const restore =
    tool && codecGap && ctx.opts.level === 'full'
      ? pgRestoreSink('pg_restore', tool, ['--file=/dev/null', formatFlag], watchdog)
      : undefined;
  if (list) sinks.push(list);
  if (restore) sinks.push(restore);
  const copy = ctx.opts.copyTo ? localCopySink(ctx.opts.copyTo, (error) => ctx.abort(copyFailed(error))) : undefined;
  if (copy) sinks.push(copy);
  tee(
    stream,
    sinks.map((s) => s.input),
  );
  await Promise.all(sinks.map((s) => s.done));
  if (copy && ctx.opts.copyTo) ctx.copy = { path: ctx.opts.copyTo, bytes: copy.bytes() };
  return {
    level: ctx.opts.level === 'full' ? ('full' as const) : ('archive' as const),
    tool,
    report: await reader.report,
    listed: await list?.outcome,
    restored: await restore?.outcome,
  };
}

function copyFailed(error: Error): Error {
  return new Error(`could not keep a local copy of the backup: ${error.message}`);
}

const EMPTY: DetectedFormat = { container: 'unknown', compression: 'none', description: 'empty file' };

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
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
