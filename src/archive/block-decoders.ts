// Where data blocks are decoded and counted: in the reading thread, or spread over worker threads.
import { isUtf8 } from 'node:buffer';
import { Worker } from 'node:worker_threads';
import * as zlib from 'node:zlib';
import { BlockProcessor, type BlockDeps, type BlockJob, type BlockResult } from './block-processor.js';
import { codecsFor } from './codecs.js';
import { CopyCounter, InsertCounter } from './copy-counter.js';

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

export function localDecoders(): BlockDecoders {
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
    open: (job) => new BlockProcessor(deps, job),
    close: async () => {},
  };
}

/** Bytes posted to workers but not yet processed; bounds memory however fast the input arrives. */
const MAX_IN_FLIGHT = 16 * 1024 * 1024;
/** Input is copied into batches of this size, whose ArrayBuffers are transferred, not cloned. */
const POST_BATCH = 256 * 1024;

function workerSource(): string {
  return `
const { parentPort } = require('node:worker_threads');
const zlib = require('node:zlib');
// esbuild (tsx, vitest) may wrap classes with a keepNames helper that lives outside their source text.
const __name = (target) => target;
const CopyCounter = (${CopyCounter.toString()});
const InsertCounter = (${InsertCounter.toString()});
const BlockProcessor = (${BlockProcessor.toString()});
// No JS codecs here (they are not shipped as source text): zstd without Node's zlib and lz4 are skipped.
const deps = { zlib, CopyCounter, InsertCounter, isUtf8: require('node:buffer').isUtf8, budget: { bytes: 0, max: ${INFLIGHT_BUDGET / 4}, waiters: [] }, spare: [] };
const jobs = new Map();
parentPort.on('message', (m) => {
  if (m.t === 'open') {
    jobs.set(m.id, { p: new BlockProcessor(deps, m.job), q: Promise.resolve() });
    return;
  }
  const j = jobs.get(m.id);
  // Chain every step of a block so a write waiting for zlib's drain keeps its place in line.
  if (m.t === 'data') {
    j.q = j.q.then(() => j.p.write(Buffer.from(m.buf))).then(() => parentPort.postMessage({ t: 'ack', id: m.id, n: m.buf.byteLength }));
  } else if (m.t === 'end') {
    j.q = j.q.then(() => j.p.finish(m.truncated)).then((r) => {
      jobs.delete(m.id);
      parentPort.postMessage({ t: 'done', id: m.id, r });
    }, (e) => {
      jobs.delete(m.id);
      parentPort.postMessage({ t: 'done', id: m.id, r: null, e: String(e && e.message || e) });
    });
  }
});
`;
}

interface WorkerState {
  worker: Worker;
  inFlight: number;
  openJobs: number;
}

type WorkerMessage = { t: 'ack'; id: number; n: number } | { t: 'done'; id: number; r: BlockResult | null; e?: string };

/**
 * Each block goes whole to one worker (a zlib stream cannot be split), chosen as the least busy.
 * The reader keeps going while workers decode, so consecutive blocks overlap.
 */
export function workerDecoders(count: number): BlockDecoders {
  let workers: WorkerState[] | null = null;
  let nextId = 1;
  let inFlight = 0;
  let waiters: Array<() => void> = [];
  const done = new Map<number, { resolve: (r: BlockResult) => void; reject: (e: Error) => void }>();
  let failure: Error | null = null;

  const release = (): void => {
    if (inFlight <= MAX_IN_FLIGHT / 2 || failure) {
      const w = waiters;
      waiters = [];
      for (const f of w) f();
    }
  };

  const start = (): WorkerState[] => {
    if (workers) return workers;
    const src = workerSource();
    workers = Array.from({ length: count }, () => {
      const state: WorkerState = { worker: new Worker(src, { eval: true }), inFlight: 0, openJobs: 0 };
      state.worker.on('message', (m: WorkerMessage) => {
        if (m.t === 'ack') {
          state.inFlight -= m.n;
          inFlight -= m.n;
          release();
        } else {
          state.openJobs--;
          const d = done.get(m.id);
          done.delete(m.id);
          if (m.r) d?.resolve(m.r);
          else d?.reject(new Error(m.e ?? 'worker failed'));
        }
      });
      state.worker.on('error', (e) => {
        failure = e;
        for (const d of done.values()) d.reject(e);
        done.clear();
        release();
      });
      return state;
    });
    return workers;
  };

  return {
    prepare: async () => {},
    open(job: BlockJob): BlockDecoder {
      const pool = start();
      const state = pool.reduce((a, b) =>
        b.openJobs * MAX_IN_FLIGHT + b.inFlight < a.openJobs * MAX_IN_FLIGHT + a.inFlight ? b : a,
      );
      state.openJobs++;
      const id = nextId++;
      state.worker.postMessage({ t: 'open', id, job });
      let batch: Buffer | null = null;
      let used = 0;
      const post = (): void => {
        if (!batch || used === 0) return;
        // A full batch owns its ArrayBuffer and is moved; a partial one is cut to size (a copy, once per block).
        const ab = (
          used === batch.length && batch.byteOffset === 0
            ? batch.buffer
            : batch.buffer.slice(batch.byteOffset, batch.byteOffset + used)
        ) as ArrayBuffer;
        batch = null;
        state.inFlight += used;
        inFlight += used;
        used = 0;
        state.worker.postMessage({ t: 'data', id, buf: new Uint8Array(ab) }, [ab]);
      };
      return {
        write(chunk: Buffer): Promise<void> | undefined {
          if (failure) return undefined;
          let off = 0;
          while (off < chunk.length) {
            if (!batch) batch = Buffer.allocUnsafeSlow(POST_BATCH);
            const n = Math.min(chunk.length - off, POST_BATCH - used);
            chunk.copy(batch, used, off, off + n);
            used += n;
            off += n;
            if (used === POST_BATCH) post();
          }
          if (inFlight > MAX_IN_FLIGHT) return new Promise((resolve) => waiters.push(resolve));
          return undefined;
        },
        finish(truncated = false): Promise<BlockResult> {
          post();
          if (failure) return Promise.reject(failure);
          return new Promise((resolve, reject) => {
            done.set(id, { resolve, reject });
            state.worker.postMessage({ t: 'end', id, truncated });
          });
        },
      };
    },
    async close(): Promise<void> {
      if (!workers) return;
      await Promise.all(workers.map((w) => w.worker.terminate()));
      workers = null;
    },
  };
}
