import { PassThrough, Writable } from 'node:stream';
import {
  missingCodec,
  peekHeader,
  readArchive,
  type ArchiveReport,
  type Problem,
  type TocEntry,
} from '../archive/index.js';
import { tableChildren } from '../archive/toc.js';
import type { DetectedFormat } from '../discovery/detect-format.js';
import { withTreeTotals } from '../postgres/row-counts.js';
import type { Check, TableCount } from '../report/report.js';
import { formatBytes, formatCount, plural } from '../report/format.js';
import { FanOut, type Sink } from './fan-out.js';
import {
  describeWatchdog,
  firstPgError,
  pgRestoreSink,
  unsupportedArchiveVersion,
  type PgRestoreOutcome,
  type PgRestoreTool,
} from './pg-restore-sink.js';
import { check, notChecked } from '../report/report-builder.js';
import { errorMessage } from '../util/errors.js';

export interface ArchiveConsumerOptions {
  level: 'archive' | 'full';
  /** Only custom and tar archives ask for it: it gives the second opinion on the TOC. */
  pgRestore: () => Promise<PgRestoreTool | undefined>;
  /** How long a pg_restore child may sit on unread input, or run on after its input ended. */
  watchdogMs?: number;
}

export interface ArchiveOutcome {
  checks(bytes: number): Check[];
  /** Undefined when some data blocks could not be read (no codec): their rows are unknown, not 0. */
  tables?: TableCount[];
  partitioned?: string[];
}

/** Enough of the decoded stream for the archive header: tar puts it after a 512-byte member header. */
const HEAD_BYTES = 4096;
/** Lets the reader take whole file-read chunks without a round trip per 16 KiB. */
const READER_BUFFER = 1024 * 1024;

/**
 * Verifies a custom, tar or plain-SQL stream (already unwrapped from gzip, zip, encryption …) with
 * Lifeboat's own archive reader: every data block decompressed, every COPY row counted. For
 * custom/tar, `pg_restore --list` reads the same bytes as a second opinion on the TOC, and
 * `pg_restore -f /dev/null` only when the data uses a codec the reader lacks, so the verdict never
 * depends on pg_restore alone nor gets weaker without it. Write the stream to `input`, end it,
 * then await `done`.
 */
export function archiveConsumer(
  format: DetectedFormat,
  opts: ArchiveConsumerOptions,
): { input: Writable; done(decodeError: () => string | undefined): Promise<ArchiveOutcome> } {
  const archive = format.container === 'custom' || format.container === 'tar';
  // Resolved now so that finding the binary overlaps with the first reads. pg_restore reads a
  // directory archive only unpacked, so a tarred one is proven by the reader alone.
  const tool = archive && !format.directory ? opts.pgRestore() : Promise.resolve(undefined);
  let started: Started | undefined;

  const gate = new HeadGate(async (head) => {
    const header = archive ? await peekHeader(head) : undefined;
    const bridge = new PassThrough({ highWaterMark: READER_BUFFER });
    // zlib's checksum already proves gzip blocks byte-exact; counting every row's fields there cost
    // ~30% of the pass for nothing more. zstd and lz4 as pg_dump writes them carry no checksum (a
    // flipped byte can decode to other text), nor do uncompressed data and plain SQL: those are proven
    // by field counts and, in a UTF8 database, by the text being valid UTF-8.
    const checkFields = !header || header.compression !== 'gzip';
    const report = readArchive(bridge, { maxProblems: 20, checkFields }).catch((error: unknown) => {
      // readArchive reports damage rather than throwing; this is a bug, and it must not stall the pass.
      bridge.destroy();
      return internalError(error);
    });
    const sinks: Sink[] = [{ name: 'reader', input: bridge, gone: report.then(() => undefined) }];
    const found = await tool;
    let list: (Sink & { outcome: Promise<PgRestoreOutcome> }) | undefined;
    let restore: typeof list;
    let codecGap: string | undefined;
    if (archive && found) {
      const formatFlag = `--format=${format.container === 'tar' ? 't' : 'c'}`;
      list = pgRestoreSink('pg_restore --list', found, ['--list', formatFlag], { watchdogMs: opts.watchdogMs });
      sinks.push(list);
      codecGap = header ? missingCodec(header.compression) : undefined;
      if (codecGap && opts.level === 'full') {
        restore = pgRestoreSink('pg_restore', found, ['--file=/dev/null', formatFlag], {
          watchdogMs: opts.watchdogMs,
        });
        sinks.push(restore);
      }
    }
    started = { tool: found, report, list: list?.outcome, restore: restore?.outcome };
    return new FanOut(sinks);
  });

  return {
    input: gate,
    async done(decodeError) {
      await gate.settled;
      if (!started) {
        const why = decodeError() ?? gate.failure ?? 'the stream ended before it could be read';
        return { checks: () => [check('archive', 'critical', `could not verify: ${why}`), notChecked(why)] };
      }
      const [report, listed, restored] = await Promise.all([started.report, started.list, started.restore]);
      const verdict: Verdict = {
        format,
        level: opts.level,
        tool: started.tool,
        report,
        listed,
        restored,
        decodeError: decodeError(),
      };
      return {
        checks: (bytes) => (format.container === 'plain' ? plainChecks(verdict, bytes) : archiveChecks(verdict, bytes)),
        tables: report.skipped.length ? undefined : countedTables(report),
        partitioned: report.toc.filter(isPartitioned).map(entryName),
      };
    },
  };
}

interface Started {
  tool: PgRestoreTool | undefined;
  report: Promise<ArchiveReport>;
  list?: Promise<PgRestoreOutcome>;
  restore?: Promise<PgRestoreOutcome>;
}

interface Verdict {
  format: DetectedFormat;
  level: 'archive' | 'full';
  tool: PgRestoreTool | undefined;
  report: ArchiveReport;
  listed?: PgRestoreOutcome;
  restored?: PgRestoreOutcome;
  decodeError?: string;
}

/**
 * Holds the first bytes until the archive header can be read (the consumers depend on its codec),
 * then passes everything on at the pace of the slowest consumer.
 */
class HeadGate extends Writable {
  readonly settled: Promise<void>;
  failure: string | undefined;
  private target: Writable | undefined;
  private head: Buffer[] = [];
  private headLength = 0;
  private settle!: () => void;

  constructor(private readonly open: (head: Buffer) => Promise<Writable>) {
    super();
    this.settled = new Promise((resolve) => {
      this.settle = resolve;
    });
    // A decode chain tears its stages down on failure; whoever waits on this gate must still wake.
    this.once('close', () => this.settle());
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, callback: (error?: Error | null) => void): void {
    if (this.target) return this.forward(this.target, chunk, callback);
    if (this.failure !== undefined) return callback();
    this.head.push(chunk);
    this.headLength += chunk.length;
    if (this.headLength < HEAD_BYTES) return callback();
    this.start().then((target) => (target ? this.forward(target, this.takeHead(), callback) : callback()));
  }

  override _final(callback: (error?: Error | null) => void): void {
    const finish = (target: Writable | undefined) => {
      if (!target) return callback();
      const head = this.takeHead();
      const end = () => target.end(() => callback());
      if (head.length) this.forward(target, head, end);
      else end();
    };
    if (this.target) finish(this.target);
    else if (this.failure !== undefined) callback();
    else this.start().then(finish);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    if (this.target && !this.target.writableEnded) this.target.end();
    callback(error);
  }

  private async start(): Promise<Writable | undefined> {
    try {
      this.target = await this.open(Buffer.concat(this.head));
      this.target.once('finish', () => this.settle());
      this.target.once('close', () => this.settle());
      return this.target;
    } catch (error) {
      this.failure = errorMessage(error);
      this.head = [];
      this.settle();
      return undefined;
    }
  }

  private takeHead(): Buffer {
    const head = Buffer.concat(this.head);
    this.head = [];
    return head;
  }

  private forward(target: Writable, chunk: Buffer, callback: () => void): void {
    if (target.destroyed || target.writableEnded) return callback();
    target.write(chunk, () => callback());
  }
}

function internalError(error: unknown): ArchiveReport {
  return {
    header: { format: 'custom', gzipped: false, compression: 'none' },
    toc: [],
    tables: [],
    blobs: 0,
    problems: [{ kind: 'corrupt', message: `internal error in the archive reader: ${String(error)}` }],
    skipped: [],
    bytes: 0,
  };
}

const SHOWN_PROBLEMS = 3;

/**
 * Each table's own rows as its data entry holds them; parents (also a partitioned one, which has no
 * data entry: 0 rows of its own) add the total of their tree as tree_rows.
 */
function countedTables(report: ArchiveReport): TableCount[] {
  const own = new Map(report.tables.map((t) => [t.name, t.rows]));
  const children = tableChildren(report.toc);
  for (const parent of children.keys()) if (!own.has(parent)) own.set(parent, 0);
  return [...withTreeTotals(own, children)].map(([name, c]) => ({
    name,
    rows: c.rows,
    ...(c.tree !== undefined ? { tree_rows: c.tree } : {}),
  }));
}

/** relkind 'p' is recorded from archive 1.16 on; older TOCs only show it in the CREATE TABLE. */
function isPartitioned(entry: TocEntry): boolean {
  if (entry.desc !== 'TABLE') return false;
  return entry.relkind === 'p' || /\)\s*PARTITION BY /i.test(entry.defn ?? '');
}

function entryName(entry: TocEntry): string {
  return entry.namespace ? `${entry.namespace}.${entry.tag}` : entry.tag;
}

/** "unsupported archive version 1.99" from the reader's problems, when that is what stopped it. */
function unknownVersion(report: ArchiveReport): Problem | undefined {
  return report.problems.find((p) => p.kind === 'unsupported' && /^unsupported archive version /.test(p.message));
}

/** What pg_restore --list made of the archive, in the terms the archive check needs. */
type SecondOpinion =
  | { kind: 'none'; why: string }
  | { kind: 'too-old'; version: string }
  | { kind: 'hung'; why: string }
  | { kind: 'accepts'; entries: number }
  | { kind: 'rejects'; why: string };

function secondOpinion(
  format: DetectedFormat,
  tool: PgRestoreTool | undefined,
  listed: PgRestoreOutcome | undefined,
): SecondOpinion {
  if (format.directory) return { kind: 'none', why: 'pg_restore reads a directory archive only unpacked' };
  if (!tool || !listed) return { kind: 'none', why: 'no pg_restore on this runner' };
  if (listed.watchdog) return { kind: 'hung', why: describeWatchdog(listed.watchdog) };
  const newer = unsupportedArchiveVersion(listed.stderr);
  if (newer) return { kind: 'too-old', version: newer };
  if (listed.spawnError) return { kind: 'none', why: `could not run pg_restore (${tool.path}): ${listed.spawnError}` };
  if (listed.exitCode === 0) return { kind: 'accepts', entries: listed.entries };
  return { kind: 'rejects', why: firstPgError(listed.stderr) };
}

function archiveChecks(v: Verdict, bytes: number): Check[] {
  const { report, tool } = v;
  const version = report.header.version;
  const label = `${v.format.description}${version ? ` ${version}` : ''}`;
  const opinion = secondOpinion(v.format, tool, v.listed);
  const unknown = unknownVersion(report);
  const tocRead = report.toc.length > 0;
  // The reader's first complaint that is not about one entry's data: what stopped it reading the TOC.
  const tocProblem = report.problems.find((p) => p.entry === undefined) ?? report.problems[0];
  const readerWhy = v.decodeError ?? tocProblem?.message ?? 'the table of contents is empty';

  let archive: Check;
  if (unknown) {
    archive = check('archive', 'critical', unknown.message, { display: { value: unknown.message.split(' ').pop() } });
  } else if (opinion.kind === 'hung') {
    archive = check('archive', 'critical', opinion.why);
  } else if (!tocRead) {
    const second =
      opinion.kind === 'accepts'
        ? `; yet pg_restore --list reads ${formatCount(opinion.entries)} entries: Lifeboat's reader and pg_restore disagree`
        : opinion.kind === 'rejects'
          ? ` (pg_restore --list agrees: ${opinion.why})`
          : '';
    archive = check('archive', 'critical', `table of contents does not parse: ${readerWhy}${second}`);
  } else if (opinion.kind === 'rejects') {
    archive = check(
      'archive',
      'critical',
      `pg_restore --list rejects the table of contents (${opinion.why}) while Lifeboat's reader parses its ` +
        `${formatCount(report.toc.length)} entries: the two disagree, treat the archive as damaged`,
    );
  } else if (opinion.kind === 'accepts' && opinion.entries > report.toc.length) {
    // pg_restore lists a subset of the entries (it hides ENCODING, STDSTRINGS …), never more.
    archive = check(
      'archive',
      'critical',
      `pg_restore --list shows ${formatCount(opinion.entries)} entries but Lifeboat's reader finds ${formatCount(report.toc.length)}: ` +
        'the two disagree, treat the archive as damaged',
    );
  } else {
    const entries = `${label}: table of contents parses (${plural(report.toc.length, 'entry', 'entries')})`;
    const how =
      opinion.kind === 'accepts'
        ? opinion.entries === report.toc.length
          ? 'pg_restore --list reads the same entries'
          : `pg_restore --list reads it too (it shows ${formatCount(opinion.entries)} of them and hides internal ones)`
        : opinion.kind === 'too-old'
          ? `pg_restore ${tool?.major} cannot read archive ${opinion.version}; verified by Lifeboat's reader alone`
          : `${opinion.why}; verified by Lifeboat's reader alone`;
    archive = check('archive', 'ok', `${entries}; ${how}`, { value: report.toc.length });
  }

  if (v.level !== 'full') return [archive, levelSkipped(v.level)];
  if (unknown || !tocRead) return [archive, notChecked('the table of contents does not parse')];
  return [archive, contentCheck(v, bytes, opinion)];
}

function contentCheck(v: Verdict, bytes: number, opinion: SecondOpinion): Check {
  const { report, restored } = v;
  const problems = report.problems;
  if (v.decodeError || problems.length) {
    return check('content', 'critical', damage(v.decodeError, problems));
  }
  if (report.skipped.length) {
    const codecs = report.skipped.join(', ');
    const names = report.skipped.map((why) => why.split(' ')[0]).join(', ');
    if (restored?.watchdog) return check('content', 'critical', describeWatchdog(restored.watchdog));
    if (restored && opinion.kind !== 'too-old' && !restored.spawnError) {
      if (restored.exitCode === 0) {
        return check(
          'content',
          'ok',
          `every data block decompresses and parses (pg_restore checked the ${names} blocks, ` +
            `${formatBytes(bytes)} read)`,
        );
      }
      return check('content', 'critical', `data is damaged: ${describeRestoreFailure(restored)}`);
    }
    const why =
      restored?.spawnError ??
      (opinion.kind === 'too-old'
        ? `pg_restore ${v.tool?.major} cannot read this archive`
        : 'no pg_restore on this runner');
    return check('content', 'warning', `not proven: ${codecs}, and ${why}`);
  }
  const rows = report.tables.reduce((sum, t) => sum + t.rows, 0);
  // pg_dump --schema-only: tables, but no data entry at all. Sound as a file, yet no restore of data.
  if (report.tables.length === 0 && report.toc.some((e) => e.desc === 'TABLE')) {
    return check('content', 'warning', 'schema only: no table data (pg_dump --schema-only?)', { value: 0 });
  }
  const blobs = report.blobs ? `, ${plural(report.blobs, 'large object')}` : '';
  return check(
    'content',
    'ok',
    `every data block decompresses and every COPY row parses: ${formatCount(report.tables.length)} tables, ` +
      `${plural(rows, 'row')}${blobs} (${formatBytes(bytes)} read)`,
    { value: rows },
  );
}

function plainChecks(v: Verdict, bytes: number): Check[] {
  const { report } = v;
  const dumped = report.header.scriptHeader === true;
  const archive = dumped
    ? check('archive', 'ok', `${v.format.description}: pg_dump script header found`)
    : check(
        'archive',
        'warning',
        `${v.format.description}: no pg_dump header; cannot tell whether this SQL is a complete dump`,
      );
  if (v.level !== 'full') return [archive, levelSkipped(v.level)];
  const problems = report.problems;
  // A script without pg_dump's header promises no closing line, so its absence proves nothing.
  const unproven = !dumped && !v.decodeError && problems.every((p) => p.entry === undefined);
  if (problems.length && unproven) {
    return [
      archive,
      check('content', 'warning', 'the script has no pg_dump "dump complete" line: cannot prove it is whole'),
    ];
  }
  if (v.decodeError || problems.length) return [archive, check('content', 'critical', damage(v.decodeError, problems))];
  const rows = report.tables.reduce((sum, t) => sum + t.rows, 0);
  return [
    archive,
    check(
      'content',
      'ok',
      `script is complete: ${plural(report.tables.length, 'COPY block')}, ${plural(rows, 'row')} (${formatBytes(bytes)} read)`,
      { value: rows },
    ),
  ];
}

/**
 * The decoder's error first (it explains the rest), then the reader's most specific findings: where
 * data is corrupt or ends, before the entries that are merely missing after a cut.
 */
function damage(decodeError: string | undefined, problems: Problem[]): string {
  const isMissing = (p: Problem) => p.kind === 'truncated' && / is missing: /.test(p.message);
  const missing = problems.filter(isMissing);
  const specific = problems.filter((p) => !isMissing(p));
  const shown = (specific.length ? specific : missing).slice(0, SHOWN_PROBLEMS).map((p) => p.message);
  const left = specific.length ? specific.length - shown.length : missing.length - shown.length;
  const notes = [
    left > 0 ? `${plural(left, 'more problem')}` : '',
    specific.length && missing.length
      ? `data for ${plural(missing.length, 'more entry', 'more entries')} is missing`
      : '',
  ].filter(Boolean);
  return [decodeError, ...shown].filter(Boolean).join('; ') + (notes.length ? ` (${notes.join('; ')})` : '');
}

function describeRestoreFailure(outcome: PgRestoreOutcome): string {
  const error = firstPgError(outcome.stderr);
  if (/end of file|unexpected EOF|could not read/i.test(error)) return `archive truncated (${error})`;
  if (outcome.signal) return `pg_restore was killed by ${outcome.signal}`;
  return error;
}

function levelSkipped(level: string): Check {
  return check('content', 'skipped', `integrity level "${level}" does not read the data blocks`);
}
