// Decompression and counting of one data block (a table's COPY data or one large object).
//
// It always runs in the reading thread. For big gzip blocks an inflate thread (inflate-threads.ts)
// does the inflating and hands the output to a BlockProcessor of compression 'none'. What it needs
// arrives in `deps`, so tests and callers choose the codecs.
import type { Transform } from 'node:stream';
import type * as zlibModule from 'node:zlib';
import type { Codecs } from './codecs.js';
import type { CopyCounter, CopyCounterResult, InsertCounter } from './copy-counter.js';
import type { Compression } from './types.js';

export interface BlockJob {
  /** 'inserts': the table's data is INSERT statements (pg_dump --inserts and its kin). */
  kind: 'copy' | 'inserts' | 'blob';
  compression: Compression;
  /** Fields per COPY row, -1 to skip the check. */
  expectedFields: number;
  /** Tar members ending `.gz` carry a gzip header; custom-format blocks are raw zlib streams. */
  gzipHeader?: boolean;
  /** The database encoding is UTF8: decoded COPY text must be valid UTF-8 (a flipped byte often is not). */
  utf8?: boolean;
  /** Compressed size of the block when known beforehand (TOC offsets, tar header): big ones get a thread. */
  sizeHint?: number;
}

export interface BlockResult extends CopyCounterResult {
  bytesIn: number;
  bytesOut: number;
  /** Decompression failure, as the codec words it. */
  error?: string;
  /** Codec not available here: the block was read but not checked. */
  skipped?: string;
  /** Rows counted before the first bytes that are not valid UTF-8, when the job asked for the check. */
  invalidUtf8AfterRow?: number;
}

/**
 * Compressed bytes handed to codecs but not yet consumed, shared by all blocks of one read. Writes
 * wait only when the whole budget is used, so the reader moves on to the next block while earlier
 * ones still inflate on other thread-pool threads: with many tables, every core inflates.
 */
export interface InflightBudget {
  bytes: number;
  max: number;
  waiters: Array<() => void>;
}

export interface BlockDeps {
  zlib: typeof zlibModule;
  /** Decoders for what this Node's zlib lacks (see codecs.ts); absent in worker threads. */
  codecs?: Codecs;
  isUtf8?: (b: Uint8Array) => boolean;
  CopyCounter: typeof CopyCounter;
  InsertCounter: typeof InsertCounter;
  budget: InflightBudget;
  /**
   * Batch buffers zlib has finished with, for the next batch. A new 256 KiB buffer per batch was a
   * seventh of all the memory a verify allocated, and V8 runs a full collection every few tens of
   * MB of Buffers allocated once the heap holds the bundle.
   */
  spare: Buffer[];
}

export class BlockProcessor {
  private readonly counter: CopyCounter | InsertCounter | null;
  private z: Transform | null = null;
  /** UTF-8 check: the incomplete character at the end of the last piece, and where it first failed. */
  private utf8Tail: Uint8Array | null = null;
  private invalidUtf8AfterRow: number | undefined;
  private error: string | undefined;
  private skipped: string | undefined;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private bytesIn = 0;
  private bytesOut = 0;
  private ended: Promise<void> | null = null;
  private readonly unsettled = new Set<() => void>();
  /** Compressed input goes to zlib in batches this big: one libuv job per 4 KiB chunk costs more than the inflate. */
  private readonly batch = 256 * 1024;
  /** Each output buffer is one round trip to the thread pool; zlib's 16 KiB default makes that the bottleneck. */
  private readonly outChunk = 256 * 1024;

  constructor(
    private readonly deps: BlockDeps,
    private readonly job: BlockJob,
  ) {
    this.counter =
      job.kind === 'copy'
        ? new deps.CopyCounter(job.expectedFields, false)
        : job.kind === 'inserts'
          ? new deps.InsertCounter(-1, false)
          : null;
    const zl = deps.zlib as unknown as Record<string, unknown>;
    if (job.compression === 'gzip') {
      const o = { chunkSize: this.outChunk };
      this.z = job.gzipHeader ? deps.zlib.createGunzip(o) : deps.zlib.createInflate(o);
    } else if (job.compression === 'zstd') {
      // Node ≥ 22.15 / 23.8 ships zstd in zlib; older runtimes use the JS decoder.
      if (typeof zl.createZstdDecompress === 'function') {
        this.z = (zl.createZstdDecompress as (o: object) => Transform)({ chunkSize: this.outChunk });
      } else if (deps.codecs?.zstd) this.z = deps.codecs.zstd();
      else this.skipped = 'zstd data, no decoder';
    } else if (job.compression === 'lz4') {
      if (deps.codecs?.lz4) this.z = deps.codecs.lz4();
      else this.skipped = 'lz4 data, no decoder';
    }
    if (this.z) {
      // Count after zlib's callback returns: by then it has queued the next inflate step on the
      // thread pool, so inflating and counting overlap instead of taking turns.
      this.z.on('data', (out: Buffer) => queueMicrotask(() => this.consume(out)));
      this.z.on('error', (e: Error & { code?: string }) => {
        if (this.error === undefined) this.error = e.message;
      });
      const settleAll = (): void => {
        for (const f of [...this.unsettled]) f();
      };
      this.z.on('error', settleAll);
      this.z.on('close', settleAll);
      this.ended = new Promise((resolve) => {
        this.z!.once('end', resolve);
        this.z!.once('error', () => resolve());
        this.z!.once('close', resolve);
      });
    }
  }

  private consume(out: Uint8Array): void {
    this.bytesOut += out.length;
    this.count(out, 0, out.length);
  }

  /**
   * Rows and, when asked, UTF-8 of b[start, end). The counter reads every byte anyway and says
   * whether any was not ASCII; only then (or with a character left open by the last piece) does the
   * UTF-8 validator have to look.
   */
  private count(b: Uint8Array, start: number, end: number): void {
    const counter = this.counter;
    if (!counter) {
      if (this.job.utf8) this.checkUtf8(b, start, end, 0);
      return;
    }
    const rowsBefore = counter.rows;
    counter.push(b, start, end);
    if (this.job.utf8 && (counter.nonAscii !== 0 || this.utf8Tail)) this.checkUtf8(b, start, end, rowsBefore);
  }

  /**
   * b[start, end) continues valid UTF-8; a character split across pieces is completed from the next.
   * `rowsBefore`: rows counted before this piece, which a failure reports.
   */
  private checkUtf8(b: Uint8Array, start: number, end: number, rowsBefore: number): void {
    const isUtf8 = this.deps.isUtf8;
    if (!isUtf8 || this.invalidUtf8AfterRow !== undefined || start >= end) return;
    let from = start;
    const bad = (): void => {
      this.invalidUtf8AfterRow = rowsBefore;
    };
    if (this.utf8Tail) {
      const lead = this.utf8Tail[0];
      const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
      const take = Math.min(need - this.utf8Tail.length, end - from);
      const joined = new Uint8Array(this.utf8Tail.length + take);
      joined.set(this.utf8Tail);
      joined.set(b.subarray(from, from + take), this.utf8Tail.length);
      from += take;
      if (joined.length < need) {
        this.utf8Tail = joined;
        return;
      }
      this.utf8Tail = null;
      if (!isUtf8(joined)) return bad();
    }
    // The last character may go on in the next piece: keep its bytes back.
    let cut = end;
    for (let k = end - 1; k >= from && k >= end - 3; k--) {
      const c = b[k];
      if (c < 0x80) break;
      if (c >= 0xc0) {
        const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
        if (k + need > end) cut = k;
        break;
      }
    }
    if (!isUtf8(b.subarray(from, cut))) return bad();
    // A copy (Buffer#slice would be a view): the piece's memory is reused once this returns.
    if (cut < end) this.utf8Tail = new Uint8Array(b.subarray(cut, end));
  }

  /** Uncompressed blocks are counted in place, one range per pg_dump chunk (a row, at -Z 0). */
  get writeRange(): ((buf: Uint8Array, start: number, end: number) => void) | undefined {
    if (this.z || this.skipped) return undefined;
    return (buf, start, end) => {
      this.bytesIn += end - start;
      this.bytesOut += end - start;
      this.count(buf, start, end);
    };
  }

  /** Feed compressed bytes. A returned promise means: wait before writing more (backpressure). */
  write(chunk: Uint8Array): Promise<void> | undefined {
    this.bytesIn += chunk.length;
    if (this.skipped || this.error !== undefined) return undefined;
    if (!this.z) {
      this.consume(chunk);
      return undefined;
    }
    // A batch never outgrows its buffer: what would overflow it starts the next one.
    const before = this.pendingBytes + chunk.length > this.batch ? this.flush() : undefined;
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    const after = this.pendingBytes >= this.batch ? this.flush() : undefined;
    return before ?? after;
  }

  private flush(): Promise<void> | undefined {
    if (this.pendingBytes === 0 || !this.z || this.error !== undefined) return undefined;
    const spare = this.deps.spare;
    let owned: Buffer | undefined;
    let buf: Buffer | Uint8Array;
    if (this.pending.length === 1) buf = this.pending[0];
    else {
      owned = spare.pop() ?? Buffer.allocUnsafeSlow(this.batch);
      let at = 0;
      for (const part of this.pending) {
        owned.set(part, at);
        at += part.length;
      }
      buf = owned.subarray(0, at);
    }
    this.pending = [];
    this.pendingBytes = 0;
    const budget = this.deps.budget;
    budget.bytes += buf.length;
    let settled = false;
    // zlib's callback means it has consumed the input: only then may the buffer hold the next batch.
    const consumed = (error?: Error | null): void => {
      if (owned && !error && spare.length < 32) spare.push(owned);
      settle();
    };
    // Settled by zlib's callback, or by close/error: a destroyed stream must not keep budget forever.
    const settle = (): void => {
      if (settled) return;
      settled = true;
      this.unsettled.delete(settle);
      budget.bytes -= buf.length;
      if (budget.bytes <= budget.max / 2 && budget.waiters.length > 0) {
        const w = budget.waiters;
        budget.waiters = [];
        for (const f of w) f();
      }
    };
    this.unsettled.add(settle);
    this.z.write(buf, consumed);
    if (budget.bytes <= budget.max) return undefined;
    return new Promise((resolve) => budget.waiters.push(resolve));
  }

  /**
   * Flush and close the codec. `truncated`: the input stopped early, so the codec's complaint about a
   * missing end is expected and dropped; the rows decoded up to the cut are still counted.
   */
  async finish(truncated = false): Promise<BlockResult> {
    if (this.z) {
      if (this.error === undefined) {
        await this.flush();
        this.z.end();
      } else {
        this.z.destroy();
      }
      await this.ended;
    }
    const counted = this.counter
      ? this.counter.result()
      : {
          rows: 0,
          badRows: 0,
          firstBadRow: 0,
          firstBadFields: 0,
          terminated: false,
          trailing: false,
          incomplete: false,
        };
    const error = truncated && this.error === 'unexpected end of file' ? undefined : this.error;
    // A character left incomplete at the very end is damage too, unless the input was cut there.
    if (this.utf8Tail && !truncated && this.invalidUtf8AfterRow === undefined) {
      this.invalidUtf8AfterRow = counted.rows;
    }
    return {
      ...counted,
      bytesIn: this.bytesIn,
      bytesOut: this.bytesOut,
      error,
      skipped: this.skipped,
      invalidUtf8AfterRow: this.invalidUtf8AfterRow,
    };
  }
}
