import { createHash } from 'node:crypto';
import type { Readable, Writable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { DETECT_HEAD_BYTES, detectFormat, type DetectedFormat } from '../discovery/detect-format.js';
import type { Check, TableCount } from '../report/report.js';
import { formatBytes } from '../settings/size.js';
import type { Logger } from '../util/logger.js';
import { FanOut, drainOrGone, type Sink } from './fan-out.js';
import {
  firstPgError,
  minimumMajorForArchive,
  pgRestoreSink,
  unsupportedArchiveVersion,
  type PgRestoreOutcome,
  type PgRestoreTool,
} from './pg-restore-sink.js';
import { SqlScanner, type SqlScanResult } from './sql-scanner.js';

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
}

export interface IntegrityResult {
  sha256: string;
  bytes: number;
  format: DetectedFormat;
  /** `checksum`, `archive` and `content`, always in that order. */
  checks: Check[];
  /** Per-table COPY row counts, when the format lets us count them in the stream (plain SQL). */
  tables?: TableCount[];
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

  for await (const chunk of source as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
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
  if (!consumers) {
    const head = Buffer.concat(headChunks);
    consumers = await startConsumers(head, opts);
    if (head.length) await consumers.write(head);
  }
  const sha256 = hash.digest('hex');
  const outcome = await consumers.finish();
  return {
    sha256,
    bytes,
    format: consumers.format,
    checks: [checksumCheck(sha256, opts.expected), ...outcome.checks(bytes)],
    tables: outcome.tables,
  };
}

interface Consumers {
  format: DetectedFormat;
  write(chunk: Buffer): Promise<void>;
  finish(): Promise<{ checks(bytes: number): Check[]; tables?: TableCount[] }>;
}

async function startConsumers(head: Buffer, opts: IntegrityOptions): Promise<Consumers> {
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
  if (format.encryption) {
    return fixed(
      check('archive', 'warning', `encrypted (${format.encryption}): cannot verify content without a key`),
      check('content', 'skipped', `encrypted (${format.encryption}): content not verified without a decryption key`),
    );
  }
  if (format.container === 'unknown') {
    return fixed(
      check('archive', 'critical', `not a PostgreSQL backup: ${format.description}`),
      notChecked('the file is not a PostgreSQL backup'),
    );
  }
  if (format.compression !== 'none' && format.compression !== 'gzip') {
    const why = `${format.description}: ${format.compression} decompression is not supported yet`;
    return fixed(check('archive', 'skipped', why), check('content', 'skipped', why));
  }

  if (format.container === 'plain') return plainConsumers(format, opts);
  return pgRestoreConsumers(format, opts);
}

const emptyFormat: DetectedFormat = { container: 'unknown', compression: 'none', description: 'empty file' };

/** The raw bytes go through gunzip when the archive is wrapped in gzip; errors are kept, not thrown. */
function decoderFor(format: DetectedFormat, target: Writable): { input: Writable; error: () => string | undefined } {
  if (format.compression !== 'gzip') return { input: target, error: () => undefined };
  const gunzip = createGunzip();
  let failure: string | undefined;
  gunzip.on('error', (e) => {
    failure = e.message;
    // Let the consumers see the end so they report what they got instead of waiting forever.
    if (!target.writableEnded) target.end();
  });
  gunzip.pipe(target);
  return { input: gunzip, error: () => failure };
}

function feeder(input: Writable, extraGone: Promise<void>[] = []) {
  let dead = false;
  input.on('error', () => {
    dead = true;
  });
  input.on('close', () => {
    dead = true;
  });
  const sink: Sink = { name: 'entry', input, gone: Promise.race([new Promise<void>((r) => input.once('close', () => r())), ...extraGone]) };
  return {
    async write(chunk: Buffer) {
      if (dead || input.writableEnded) return;
      if (!input.write(chunk)) await drainOrGone(sink);
    },
    end(): Promise<void> {
      return new Promise((resolve) => {
        if (dead || input.writableEnded) return resolve();
        input.end(() => resolve());
        input.once('error', () => resolve());
      });
    },
  };
}

async function pgRestoreConsumers(format: DetectedFormat, opts: IntegrityOptions): Promise<Consumers> {
  const tool = await opts.pgRestore();
  if (!tool) {
    const why = 'pg_restore not found: install the PostgreSQL client (e.g. apt-get install postgresql-client) or set postgres-bin-dir';
    return {
      format,
      write: async () => {},
      finish: async () => ({ checks: () => [check('archive', 'warning', why), check('content', 'skipped', why)] }),
    };
  }
  const formatFlag = format.container === 'tar' ? 't' : 'c';
  const list = pgRestoreSink('pg_restore --list', tool, ['--list', `--format=${formatFlag}`]);
  const sinks: Sink[] = [list];
  const restore =
    opts.level === 'full' ? pgRestoreSink('pg_restore', tool, ['--file=/dev/null', `--format=${formatFlag}`]) : undefined;
  if (restore) sinks.push(restore);
  const fan = new FanOut(sinks);
  const decoder = decoderFor(format, fan);
  const feed = feeder(decoder.input);

  return {
    format,
    write: (chunk) => feed.write(chunk),
    async finish() {
      await feed.end();
      const [listed, restored] = await Promise.all([list.outcome, restore?.outcome]);
      return {
        checks: (bytes) => pgRestoreChecks(format, tool, opts.level, bytes, listed, restored, decoder.error()),
      };
    },
  };
}

function pgRestoreChecks(
  format: DetectedFormat,
  tool: PgRestoreTool,
  level: IntegrityOptions['level'],
  bytes: number,
  listed: PgRestoreOutcome,
  restored: PgRestoreOutcome | undefined,
  gunzipError: string | undefined,
): Check[] {
  const newer = unsupportedArchiveVersion(listed.stderr);
  if (newer) {
    const needs = minimumMajorForArchive(newer);
    const why =
      `cannot verify: archive version ${newer} was written by a newer pg_dump` +
      `${needs ? ` (PostgreSQL ${needs}+)` : ''} than pg_restore ${tool.version} can read; ` +
      `install postgresql-client-${needs ?? 'NN'} or set postgres-bin-dir`;
    return [check('archive', 'warning', why, { value: newer }), check('content', 'skipped', why)];
  }
  if (listed.spawnError) {
    const why = `could not run pg_restore (${tool.path}): ${listed.spawnError}`;
    return [check('archive', 'warning', why), check('content', 'skipped', why)];
  }
  const archive =
    listed.exitCode === 0 && !gunzipErrorBeforeToc(gunzipError, listed)
      ? check('archive', 'ok', `${format.description}: table of contents parses (${listed.entries} entries)`, {
          value: listed.entries,
        })
      : check('archive', 'critical', `table of contents does not parse: ${gunzipError ? `gzip: ${gunzipError}` : firstPgError(listed.stderr)}`);

  if (level !== 'full' || !restored) {
    return [archive, check('content', 'skipped', `integrity level "${level}" does not read the data blocks`)];
  }
  let content: Check;
  if (gunzipError) {
    content = check('content', 'critical', `gzip stream is damaged: ${gunzipError}`);
  } else if (restored.exitCode === 0) {
    content = check('content', 'ok', `every data block decompresses and parses (${formatBytes(bytes)} read)`);
  } else if (archive.status === 'critical') {
    content = notChecked('the table of contents does not parse');
  } else {
    content = check('content', 'critical', `data is damaged: ${describeRestoreFailure(restored)}`);
  }
  return [archive, content];
}

function gunzipErrorBeforeToc(gunzipError: string | undefined, listed: PgRestoreOutcome): boolean {
  return gunzipError !== undefined && listed.exitCode !== 0;
}

function describeRestoreFailure(outcome: PgRestoreOutcome): string {
  const error = firstPgError(outcome.stderr);
  if (/end of file|unexpected EOF|could not read/i.test(error)) return `archive truncated (${error})`;
  if (outcome.signal) return `pg_restore was killed by ${outcome.signal}`;
  return error;
}

function plainConsumers(format: DetectedFormat, opts: IntegrityOptions): Consumers {
  const scanner = new SqlScanner();
  const decoder = decoderFor(format, scanner);
  const feed = feeder(decoder.input);
  const finished = new Promise<void>((resolve) => {
    scanner.once('finish', () => resolve());
    scanner.once('error', () => resolve());
    scanner.once('close', () => resolve());
  });
  return {
    format,
    write: (chunk) => feed.write(chunk),
    async finish() {
      await feed.end();
      await finished;
      const scan = scanner.result();
      const tables = [...scan.tables].map(([name, rows]) => ({ name, rows }));
      return { checks: () => plainChecks(format, opts.level, scan, decoder.error()), tables };
    },
  };
}

function plainChecks(
  format: DetectedFormat,
  level: IntegrityOptions['level'],
  scan: SqlScanResult,
  gunzipError: string | undefined,
): Check[] {
  const archive = scan.looksLikeDump
    ? check('archive', 'ok', `${format.description}: pg_dump script header found`)
    : check('archive', 'warning', `${format.description}: no pg_dump header; cannot tell whether this SQL is a complete dump`);
  if (level !== 'full') {
    return [archive, check('content', 'skipped', `integrity level "${level}" does not read the data blocks`)];
  }
  const rows = [...scan.tables.values()].reduce((a, b) => a + b, 0);
  let content: Check;
  if (gunzipError) {
    content = check('content', 'critical', `gzip stream is damaged: ${gunzipError}`);
  } else if (scan.openCopy) {
    content = check(
      'content',
      'critical',
      `data for ${scan.openCopy.table} ends after ${scan.openCopy.rows.toLocaleString('en-US')} rows: dump truncated`,
    );
  } else if (!scan.complete && scan.looksLikeDump) {
    content = check('content', 'critical', 'the script does not end with pg_dump\'s "dump complete" line: dump truncated');
  } else if (!scan.complete) {
    content = check('content', 'warning', 'the script has no pg_dump "dump complete" line: cannot prove it is whole');
  } else {
    content = check(
      'content',
      'ok',
      `script is complete: ${scan.tables.size} COPY blocks, ${rows.toLocaleString('en-US')} rows`,
      { value: rows },
    );
  }
  return [archive, content];
}

function checksumCheck(sha256: string, expected: ExpectedChecksum | undefined): Check {
  if (!expected) return check('checksum', 'skipped', 'no manifest or .sha256 sidecar to compare with');
  if (expected.sha256.toLowerCase() === sha256) {
    return check('checksum', 'ok', `sha256 matches the ${expected.from}`, { value: sha256 });
  }
  return check(
    'checksum',
    'critical',
    `sha256 mismatch: the file hashes to ${sha256.slice(0, 16)}…, the ${expected.from} says ${expected.sha256.slice(0, 16)}…`,
    { value: sha256, threshold: expected.sha256 },
  );
}

function check(id: string, status: Check['status'], summary: string, extra: Partial<Check> = {}): Check {
  return { id, status, summary, ...extra };
}

function notChecked(reason: string): Check {
  return check('content', 'skipped', `not checked: ${reason}`);
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
