// Where data blocks are decoded and counted: zlib streams on libuv's pool for most blocks, worker
// threads that inflate synchronously for big gzip blocks (inflate-threads.ts); rows are always
// counted in the reading thread.
import { isUtf8 } from 'node:buffer';
import * as zlib from 'node:zlib';
import { BlockProcessor, type BlockDeps, type BlockJob, type BlockResult } from './block-processor.js';
import { codecsFor } from './codecs.js';
import { CopyCounter, InsertCounter } from './copy-counter.js';
import { InflateThreads, syncInflateAvailable } from './inflate-threads.js';

export interface BlockDecoder {
  /** A returned promise means: wait before writing more. */
  write(chunk: Buffer): Promise<void> | undefined;
  /**
   * write(buf.subarray(start, end)) without making that view; only decoders that consume the bytes
   * before returning have it (the caller may reuse buf at once).
   */
  writeRange?(buf: Buffer, start: number, end: number): void;
  finish(truncated?: boolean): Promise<BlockResult>;
}

export interface BlockDecoders {
  /** Loads what decoding this compression needs; call before the first open() of such a block. */
  prepare(compression: string): Promise<void>;
  open(job: BlockJob): BlockDecoder;
  close(): Promise<void>;
}

/** Compressed bytes queued for codecs at once; bounds memory while several blocks inflate in parallel. */
export const INFLIGHT_BUDGET = 8 * 1024 * 1024;

/**
 * Gzip blocks go to inflate threads when their size hint (custom.ts, tar.ts) is at least this big:
 * starting a worker costs ~30 ms, and a small block is inflated before a thread would be up.
 */
export const THREAD_MIN_BYTES = 4 * 1024 * 1024;
/**
 * Compressed bytes posted to inflate threads and not yet inflated: lets the next table start while
 * one still inflates. 16 MiB measured no faster than 8 on the 48.8 MB bench dump and cost 10 MB more;
 * with 12 output buffers per thread, 4 MiB was as fast as 8 and gave their memory back.
 */
export const THREAD_BUDGET = 4 * 1024 * 1024;

export interface DecoderOptions {
  /**
   * Inflate threads for big gzip blocks; 0 keeps every block on zlib streams. With a number given,
   * every gzip block goes to the threads whatever its size (tests use this to cover them).
   */
  threads?: number;
}

/**
 * Inflate threads a read starts at most. An archive is one stream: the reader reaches a block only
 * once the one before is posted, which the budget allows only when that block is nearly inflated, so
 * a second thread overlapped two tables for a few milliseconds. It measured no faster (three 16 MB
 * tables: 0.694 s against 0.682 s with one; 1.27 GB: 10.2 s against 10.0 s) and cost 12–13 MiB.
 */
export const INFLATE_THREADS = 1;

export function blockDecoders(opts: DecoderOptions = {}): BlockDecoders {
  const forced = opts.threads !== undefined;
  const count = opts.threads ?? INFLATE_THREADS;
  const threads = count > 0 && syncInflateAvailable() ? new InflateThreads(count, THREAD_BUDGET) : null;
  const deps: BlockDeps = {
    zlib,
    CopyCounter,
    InsertCounter,
    isUtf8,
    codecs: {},
    budget: { bytes: 0, max: INFLIGHT_BUDGET, waiters: [] },
    spare: [],
  };
  return {
    prepare: async (compression) => {
      deps.codecs = { ...deps.codecs, ...(await codecsFor(compression)) };
    },
    open: (job) => {
      const big = forced || (job.sizeHint !== undefined && job.sizeHint >= THREAD_MIN_BYTES);
      if (!threads || job.compression !== 'gzip' || !big) return new BlockProcessor(deps, job);
      // The thread inflates; this thread counts the output as if the block were uncompressed.
      return threads.open(job.gzipHeader === true, new BlockProcessor(deps, { ...job, compression: 'none' }));
    },
    close: async () => {
      await threads?.close();
    },
  };
}
