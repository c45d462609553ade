import type { BlockResult } from './block-processor.js';
import type { ArchiveHeader, ArchiveReport, Problem, TableRows, TocEntry } from './types.js';
import { errorMessage } from '../util/errors.js';

export const fmt = (n: number): string => n.toLocaleString('en-US');

/** Accumulates what the readers find; shared by the custom, tar and plain readers. */
export class Collector {
  header: ArchiveHeader | undefined;
  toc: TocEntry[] = [];
  readonly problems: Problem[] = [];
  readonly skipped: string[] = [];
  private readonly tables = new Map<string, TableRows & { order: number }>();
  blobs = 0;
  private dropped = 0;
  private readonly pending: Array<Promise<void>> = [];

  constructor(private readonly maxProblems = 100) {}

  problem(p: Problem): void {
    if (this.problems.length < this.maxProblems) this.problems.push(p);
    else this.dropped++;
  }

  /** Register a table so it is reported (with 0 rows) even if its data never arrives. */
  table(key: string, name: string, order: number): void {
    if (!this.tables.has(key)) this.tables.set(key, { name, rows: 0, order });
  }

  addRows(key: string, rows: number): void {
    const t = this.tables.get(key);
    if (t) t.rows += rows;
  }

  /** Results of blocks still being decoded (possibly in a worker); awaited by report(). */
  later(p: Promise<void>): void {
    this.pending.push(
      p.catch((e: unknown) => {
        this.problem({
          kind: 'corrupt',
          message: `internal error while checking data: ${errorMessage(e)}`,
        });
      }),
    );
  }

  /** Turn a finished block into counts and problems. `cut`: the archive ended inside this block. */
  block(entryName: string, tableKey: string | null, r: BlockResult, cut: boolean, what = 'data'): void {
    if (tableKey) this.addRows(tableKey, r.rows);
    const label = `${what} for ${entryName}`;
    if (r.skipped) {
      if (!this.skipped.includes(r.skipped)) this.skipped.push(r.skipped);
      return;
    }
    if (r.error !== undefined) {
      this.problem({
        entry: entryName,
        kind: 'corrupt',
        message: `${label}: compressed block is corrupt (${/^(zstd|lz4): /.test(r.error) ? r.error : `zlib: ${r.error}`})`,
      });
      return;
    }
    if (cut) {
      const rows = tableKey ? `ends after ${fmt(r.rows)} rows` : `ends after ${fmt(r.bytesOut)} bytes`;
      this.problem({ entry: entryName, kind: 'truncated', message: `${label} ${rows}: archive truncated` });
      return;
    }
    if (!tableKey) return;
    if (r.incomplete) {
      this.problem({
        entry: entryName,
        kind: 'corrupt',
        message: `${label}: last row (after ${fmt(r.rows)} rows) has no line end`,
      });
    }
    if (r.badRows > 0) {
      const more = r.badRows > 1 ? ` (${fmt(r.badRows)} rows in all)` : '';
      this.problem({
        entry: entryName,
        kind: 'corrupt',
        message: `${label}: row ${fmt(r.firstBadRow)} has ${fmt(r.firstBadFields)} fields, the COPY statement names a different number${more}`,
      });
    }
    if (r.invalidUtf8AfterRow !== undefined) {
      this.problem({
        entry: entryName,
        kind: 'corrupt',
        message: `${label}: bytes after row ${fmt(r.invalidUtf8AfterRow)} are not valid UTF-8, the database's encoding`,
      });
    }
    if (r.trailing) {
      this.problem({ entry: entryName, kind: 'corrupt', message: `${label}: bytes after the end-of-data marker` });
    }
  }

  async report(bytes: number): Promise<ArchiveReport> {
    await Promise.all(this.pending);
    if (this.dropped > 0) this.problems.push({ kind: 'corrupt', message: `… and ${fmt(this.dropped)} more problems` });
    const tables = [...this.tables.values()]
      .sort((a, b) => a.order - b.order)
      .map(({ name, rows }) => ({ name, rows }));
    return {
      header: this.header ?? { format: 'custom', compression: 'none' },
      toc: this.toc,
      tables,
      blobs: this.blobs,
      problems: this.problems,
      skipped: this.skipped,
      bytes,
    };
  }
}
