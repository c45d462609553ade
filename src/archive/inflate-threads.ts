// Inflating big gzip data blocks in worker threads, synchronously, so the inflate never waits for
// this thread.
//
// Node's zlib streams inflate on libuv's pool one output piece at a time, and only this thread can
// hand the pool the next piece: while it hashes, walks chunks or counts rows, the one zlib stream of
// a big table stands still (docs/verify-profile.md: main and pool barely overlapped). A worker that
// drives the zlib handle synchronously inflates without pause; this thread receives the output and
// counts it, so inflating and everything else run on the two cores at once.
//
// The synchronous drive is the one `zlib.inflateSync` uses (the handle's writeSync and its write
// state), kept open across writes. It is not public API, so `syncInflateAvailable()` checks its shape
// once and callers fall back to zlib streams when it differs.
import { Worker } from 'node:worker_threads';
import * as zlib from 'node:zlib';
import type { BlockDecoder } from './block-decoders.js';
import type { BlockResult } from './block-processor.js';

/**
 * Output pieces a worker posts. On a big table the thread is the pass's critical path, and a message
 * per 256 KiB cost it ~5% (`postMessage`); 1 MiB pieces took case 1 from 1.67 s to 1.62 s.
 */
const OUT_PIECE = 1024 * 1024;
/**
 * Output buffers per thread: the most output that waits for this thread to count it. With 1 MiB
 * (about a millisecond of inflate) the thread stood idle for a fifth of a big table's time, waiting
 * for pieces to come back while this thread hashed or collected garbage; 4 MiB keeps it busy.
 */
const OUT_POOL = 4;
/** Compressed input is posted in batches of this size (one message each). */
const IN_BATCH = 256 * 1024;
/** Batches kept for reuse: the budget's worth, a new one only when all are in flight. */
const SPARE_BATCHES = 16;

interface ZlibInternals {
  _handle?: { writeSync?: unknown };
  _writeState?: unknown;
}

let available: boolean | undefined;

/** Whether this Node's zlib streams have the handle `zlib.inflateSync` drives (Node 20–24 do). */
export function syncInflateAvailable(): boolean {
  if (available === undefined) {
    const probe = zlib.createInflate() as unknown as ZlibInternals & zlib.Inflate;
    available = typeof probe._handle?.writeSync === 'function' && probe._writeState instanceof Uint32Array;
    probe.close();
  }
  return available;
}

const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const zlib = require('node:zlib');
const { Z_NO_FLUSH, Z_FINISH } = zlib.constants;
const OUT = ${OUT_PIECE};
const POOL = ${OUT_POOL};
const jobs = new Map();
// Output buffers come back once counted. With all of them out, inflating waits for one: a reader
// that falls behind holds back the inflate instead of piling output up in memory.
const free = [];
let made = 0;
const take = () => free.pop() ?? (made < POOL ? (made++, Buffer.allocUnsafeSlow(OUT)) : null);
// Messages in arrival order; the first one waits while no output buffer is free.
const queue = [];
function post(id, j) {
  const b = j.out;
  j.out = null;
  if (j.at === 0) return void (b && free.push(b));
  parentPort.postMessage({ t: 'out', id, buf: new Uint8Array(b.buffer, 0, j.at) }, [b.buffer]);
  j.at = 0;
}
/** Works on one message; false when it has to wait for an output buffer. */
function step(w) {
  const m = w.m;
  if (m.t === 'open') {
    const z = m.gzipHeader ? zlib.createGunzip() : zlib.createInflate();
    const j = { z, h: z._handle, st: z._writeState, out: null, at: 0, error: undefined, ended: false };
    j.h.onerror = (message) => { if (j.error === undefined) j.error = message; };
    jobs.set(m.id, j);
    return true;
  }
  const j = jobs.get(m.id);
  const flush = m.t === 'end' ? Z_FINISH : Z_NO_FLUSH;
  while (j.error === undefined && !j.ended) {
    if (!j.out) {
      j.out = take();
      if (!j.out) return false;
    }
    j.h.writeSync(flush, w.input, w.off, w.len, j.out, j.at, OUT - j.at);
    if (j.error !== undefined) break;
    const availOut = j.st[0];
    const availIn = j.st[1];
    j.at = OUT - availOut;
    w.off += w.len - availIn;
    w.len = availIn;
    if (availOut === 0) {
      post(m.id, j);
      continue;
    }
    // Output room left over with input left over: the stream has ended (zlib streams ignore the rest).
    if (availIn > 0) j.ended = true;
    break;
  }
  if (m.t === 'data') {
    // The input buffer goes back too: a worker's small heap seldom collects, so moved-in buffers would pile up.
    parentPort.postMessage({ t: 'ack', id: m.id, n: m.buf.byteLength, buf: m.buf.buffer }, [m.buf.buffer]);
    return true;
  }
  if (j.out) post(m.id, j);
  jobs.delete(m.id);
  try { j.z.close(); } catch {}
  parentPort.postMessage({ t: 'done', id: m.id, error: j.error });
  return true;
}
function pump() {
  while (queue.length > 0 && step(queue[0])) queue.shift();
}
parentPort.on('message', (m) => {
  if (m.t === 'free') free.push(Buffer.from(m.buf));
  else {
    const input = m.t === 'data' ? Buffer.from(m.buf.buffer, m.buf.byteOffset, m.buf.byteLength) : Buffer.alloc(0);
    queue.push({ m, input, off: 0, len: input.length });
  }
  pump();
});
`;

/** Where a thread's output goes: the row counter of this thread, and what it found at the end. */
export interface OutputSink {
  /** Takes what it needs of `piece` before returning: the buffer is reused at once. */
  write(piece: Buffer): void;
  finish(truncated: boolean): Promise<BlockResult>;
}

type FromWorker =
  | { t: 'out'; id: number; buf: Uint8Array }
  | { t: 'ack'; id: number; n: number; buf: ArrayBuffer }
  | { t: 'done'; id: number; error?: string };

interface Job {
  sink: OutputSink;
  /** Set once the block's end was posted: the worker's last word on it. */
  done?: (error: string | undefined) => void;
}

interface Thread {
  worker: Worker;
  /** Compressed bytes posted and not yet inflated, and blocks open on it: which thread is least busy. */
  load: number;
  open: number;
}

/**
 * A few worker threads that inflate gzip blocks; each block goes whole to one of them (a zlib stream
 * cannot be split), and consecutive blocks land on different threads so that tables inflate at once.
 */
export class InflateThreads {
  private threads: Thread[] | null = null;
  private readonly jobs = new Map<number, Job>();
  private nextId = 1;
  private inFlight = 0;
  private waiters: Array<() => void> = [];
  private failure: Error | null = null;
  /** Input batches the workers gave back, for the next ones. */
  private readonly spare: Buffer[] = [];

  /**
   * @param count worker threads at most, started as blocks need them
   * @param budget compressed bytes posted and not yet inflated, over all threads; bounds memory
   */
  constructor(
    private readonly count: number,
    private readonly budget: number,
  ) {}

  /**
   * The thread for the next block: an idle one, else a new one while fewer than `count` run, else
   * the least loaded. (A read starts one, INFLATE_THREADS in block-decoders.ts; tests spread blocks
   * over more.)
   */
  private pick(): Thread {
    const threads = (this.threads ??= []);
    const idle = threads.find((t) => t.open === 0);
    if (idle) return idle;
    if (threads.length < this.count) {
      const thread: Thread = {
        // The worker only drives zlib and posts messages: a small young generation is plenty.
        worker: new Worker(WORKER_SOURCE, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 4 } }),
        load: 0,
        open: 0,
      };
      thread.worker.on('message', (m: FromWorker) => this.received(thread, m));
      thread.worker.on('error', (e) => this.failed(e));
      // Exiting without an error (killed, out of memory) must not leave a block waiting forever.
      thread.worker.on('exit', (code) => {
        if (this.threads) this.failed(new Error(`inflate thread exited (code ${code})`));
      });
      threads.push(thread);
      return thread;
    }
    return threads.reduce((a, b) => (b.open < a.open || (b.open === a.open && b.load < a.load) ? b : a));
  }

  private received(thread: Thread, m: FromWorker): void {
    const job = this.jobs.get(m.id);
    if (m.t === 'out') {
      job?.sink.write(Buffer.from(m.buf.buffer, m.buf.byteOffset, m.buf.byteLength));
      // Counted synchronously and not kept: the buffer goes back for the next piece.
      const ab = m.buf.buffer as ArrayBuffer;
      thread.worker.postMessage({ t: 'free', buf: ab }, [ab]);
    } else if (m.t === 'ack') {
      if (m.buf.byteLength === IN_BATCH && this.spare.length < SPARE_BATCHES) this.spare.push(Buffer.from(m.buf));
      thread.load -= m.n;
      this.inFlight -= m.n;
      this.release();
    } else {
      thread.open--;
      this.jobs.delete(m.id);
      job?.done?.(m.error);
    }
  }

  private failed(error: Error): void {
    this.failure = error;
    for (const job of this.jobs.values()) job.done?.(`inflate thread failed: ${error.message}`);
    this.release();
  }

  private release(): void {
    if (this.inFlight > this.budget / 2 && !this.failure) return;
    const waiting = this.waiters;
    this.waiters = [];
    for (const resolve of waiting) resolve();
  }

  open(gzipHeader: boolean, sink: OutputSink): BlockDecoder {
    const thread = this.pick();
    thread.open++;
    const id = this.nextId++;
    const job: Job = { sink };
    this.jobs.set(id, job);
    thread.worker.postMessage({ t: 'open', id, gzipHeader });
    let batch: Buffer | null = null;
    let used = 0;
    let bytesIn = 0;
    const post = (): void => {
      if (!batch || used === 0) return;
      // A full batch is moved to the worker; a partial one (once per block) is copied to size, and
      // its buffer kept for the next block (with hundreds of small tables, that is most batches).
      const full = used === batch.length;
      const ab = (full ? batch.buffer : batch.buffer.slice(0, used)) as ArrayBuffer;
      if (!full && this.spare.length < SPARE_BATCHES) this.spare.push(batch);
      batch = null;
      thread.load += used;
      this.inFlight += used;
      used = 0;
      thread.worker.postMessage({ t: 'data', id, buf: new Uint8Array(ab) }, [ab]);
    };
    return {
      write: (chunk: Buffer): Promise<void> | undefined => {
        bytesIn += chunk.length;
        if (this.failure) return undefined;
        let off = 0;
        while (off < chunk.length) {
          batch ??= this.spare.pop() ?? Buffer.allocUnsafeSlow(IN_BATCH);
          const n = Math.min(chunk.length - off, IN_BATCH - used);
          chunk.copy(batch, used, off, off + n);
          used += n;
          off += n;
          if (used === IN_BATCH) post();
        }
        if (this.inFlight <= this.budget) return undefined;
        return new Promise((resolve) => this.waiters.push(resolve));
      },
      finish: async (truncated = false): Promise<BlockResult> => {
        post();
        const error = await new Promise<string | undefined>((resolve) => {
          if (this.failure) return resolve(`inflate thread failed: ${this.failure.message}`);
          job.done = resolve;
          thread.worker.postMessage({ t: 'end', id });
        });
        const counted = await sink.finish(truncated);
        // A thread that died proves nothing either way: not checked, never "corrupt".
        if (this.failure) return { ...counted, bytesIn, skipped: `gzip data not checked: ${error ?? 'inflate thread failed'}` };
        // As with zlib streams: an input cut short is reported as truncation, not as a codec error.
        const codecError = truncated && error === 'unexpected end of file' ? undefined : error;
        return { ...counted, bytesIn, error: codecError };
      },
    };
  }

  async close(): Promise<void> {
    const threads = this.threads;
    this.threads = null;
    // Blocks still open are not checked; they must not wait on a thread that is gone.
    if (this.jobs.size > 0 && !this.failure) this.failed(new Error('closed while blocks were open'));
    if (threads) await Promise.all(threads.map((t) => t.worker.terminate()));
  }
}
