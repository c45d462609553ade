import type { ArchiveReport, Problem, TocEntry } from '../archive/index.js';
import { tableChildren } from '../archive/toc.js';
import type { Codecs } from '../archive/codecs.js';
import type { Container, DetectedFormat, Layer } from '../archive/detect-format.js';
import type { ExpectedChecksum } from '../discovery/manifest.js';
import { withTreeTotals } from '../postgres/row-counts.js';
import type { Check, TableCount } from '../report/report.js';
import { formatBytes, formatCount, plural, shortHash } from '../report/format.js';
import { encryptionRemedy, hasKeyFor, type DecryptionKeys } from './keys.js';
import { describeFailure, isEncryption, layersOf, unsupportedLayer, type DecodeFailure } from './layers.js';
import {
  describeWatchdog,
  firstPgError,
  unsupportedArchiveVersion,
  type PgRestoreOutcome,
  type PgRestoreTool,
} from './pg-restore-sink.js';
import { check, notChecked } from '../report/report-builder.js';

// What the pass proved, as checks: pure functions of what each stage reported, so every verdict
// can be tested from a table of cases without a backup, a stream or PostgreSQL.

export type IntegrityLevel = 'none' | 'checksum' | 'archive' | 'full';
export const INTEGRITY_LEVELS: readonly IntegrityLevel[] = ['none', 'checksum', 'archive', 'full'];

export type { ExpectedChecksum };

/** What one layer of the backup gave: decided from its first bytes, read to the end, or peeled. */
export type Outcome = FixedOutcome | ReadOutcome | PeeledOutcome;

/** The first bytes were enough to decide (empty, foreign, no key, a layer no decoder here can peel). */
export interface FixedOutcome {
  kind: 'fixed';
  checks: [Check, Check];
}

/** A custom, tar or plain-SQL stream read by Lifeboat's reader, maybe with pg_restore's opinion. */
export interface ReadOutcome {
  kind: 'read';
  format: DetectedFormat;
  level: 'archive' | 'full';
  /** Bytes that entered this layer, before its decompression. */
  bytes: number;
  tool?: PgRestoreTool;
  report: ArchiveReport;
  /** `pg_restore --list`. */
  listed?: PgRestoreOutcome;
  /** `pg_restore -f /dev/null`, run only for data the reader has no codec for. */
  restored?: PgRestoreOutcome;
  /** The compression layer (gzip, zip, zstd, lz4) that failed, worded for a report. */
  decodeError?: string;
}

/**
 * A stream whose inside the first bytes could not show (encrypted, or compressed by a codec the head
 * cannot be decoded with): what peeling `layers` did, and the outcome of what came out.
 */
export interface PeeledOutcome {
  kind: 'peeled';
  layers: Layer[];
  bytes: number;
  /** Bytes that came out of the peeled layers (plaintext when one of them is encryption). */
  plaintextBytes: number;
  failure?: DecodeFailure;
  inner: Outcome;
  innerContainer: Container | 'unknown';
}

/** The checks that need no more than the first bytes, or undefined when the stream must be read. */
export function headChecks(
  format: DetectedFormat,
  headBytes: number,
  opts: {
    level: Exclude<IntegrityLevel, 'none'>;
    decryption?: DecryptionKeys;
    /** Whether the pass may peel one more layer and look inside (it stops at a nesting depth). */
    canPeel: boolean;
    /** Decoders loaded for the layers Node's zlib lacks (codecsForLayers). */
    codecs?: Codecs;
  },
): [Check, Check] | undefined {
  if (opts.level === 'checksum') {
    const why = 'integrity: checksum reads the bytes for the sha256 only';
    return [check('archive', 'skipped', why), check('content', 'skipped', why)];
  }
  if (headBytes === 0) {
    return [check('archive', 'critical', 'the file is empty (0 bytes): not a backup'), notChecked('the file is empty')];
  }
  if (format.encryption && !hasKeyFor(format.encryption, opts.decryption)) {
    const set = encryptionRemedy(format.encryption);
    return [
      check('archive', 'warning', `encrypted (${format.encryption}): cannot verify content without a key; ${set}`),
      check(
        'content',
        'skipped',
        `encrypted (${format.encryption}): content not verified without a decryption key; ${set}`,
      ),
    ];
  }
  const unsupported = layersOf(format)
    .map((layer) => unsupportedLayer(layer, opts.codecs))
    .find((why) => why !== undefined);
  if (unsupported) {
    // Nothing inside was read: never ok, and never a silent skip that lets the run end ok.
    const why = `not proven: ${format.description}: ${unsupported}`;
    return [check('archive', 'warning', why), check('content', 'warning', why)];
  }
  if ((format.encryption || format.opaque) && opts.canPeel) return undefined;
  if (format.container === 'unknown') {
    return [
      check('archive', 'critical', `not a PostgreSQL backup: ${format.description}`),
      notChecked('the file is not a PostgreSQL backup'),
    ];
  }
  return undefined;
}

/** The `archive` and `content` checks of one layer's outcome. */
export function verdict(outcome: Outcome): Check[] {
  switch (outcome.kind) {
    case 'fixed':
      return outcome.checks;
    case 'read':
      return outcome.format.container === 'plain' ? plainChecks(outcome) : archiveChecks(outcome);
    case 'peeled':
      return peeledChecks(outcome);
  }
}

/** Per-table rows, or undefined when some rows could not be counted (unknown, not 0). */
export function countedTablesOf(outcome: Outcome): TableCount[] | undefined {
  if (outcome.kind === 'peeled') return outcome.failure ? undefined : countedTablesOf(outcome.inner);
  if (outcome.kind !== 'read' || outcome.report.skipped.length) return undefined;
  return countedTables(outcome.report);
}

/** The archive's table of contents as the pass read it (through any decryption), for `--table` lists. */
export function tocOf(outcome: Outcome): TocEntry[] | undefined {
  if (outcome.kind === 'peeled') return outcome.failure ? undefined : tocOf(outcome.inner);
  return outcome.kind === 'read' ? outcome.report.toc : undefined;
}

/** Partitioned tables: no data of their own in the archive, their rows are counted in their partitions. */
export function partitionedOf(outcome: Outcome): string[] | undefined {
  if (outcome.kind === 'peeled') return partitionedOf(outcome.inner);
  if (outcome.kind !== 'read') return undefined;
  return outcome.report.toc.filter(isPartitioned).map(entryName);
}

export function checksumCheck(sha256: string, expected: ExpectedChecksum | undefined): Check {
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

function peeledChecks(o: PeeledOutcome): Check[] {
  const inner = verdict(o.inner);
  const archive = inner.find((c) => c.id === 'archive');
  const content = inner.find((c) => c.id === 'content');
  const encrypted = o.layers.some(isEncryption);
  const verb = encrypted ? 'decrypted' : 'decompressed';
  if (o.failure) {
    const why = describeFailure(o.failure);
    if (o.plaintextBytes === 0 || !archive || o.innerContainer === 'unknown') {
      return [check('archive', 'critical', why), notChecked(o.failure.kind === 'decrypt' ? 'decryption failed' : why)];
    }
    const out = encrypted ? 'plaintext' : 'decompressed data';
    return [archive, check('content', 'critical', `${why} (after ${formatBytes(o.plaintextBytes)} of ${out})`)];
  }
  if (!archive || !content)
    return [
      check('archive', 'critical', `${verb} to nothing`),
      notChecked(encrypted ? 'no plaintext' : 'nothing came out'),
    ];
  return [
    archive,
    { ...content, summary: `${content.summary}; ${verb} ${formatBytes(o.bytes)} → ${formatBytes(o.plaintextBytes)}` },
  ];
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

function archiveChecks(v: ReadOutcome): Check[] {
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
  return [archive, contentCheck(v, opinion)];
}

function contentCheck(v: ReadOutcome, opinion: SecondOpinion): Check {
  const { report, restored, bytes } = v;
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

function plainChecks(v: ReadOutcome): Check[] {
  const { report, bytes } = v;
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
