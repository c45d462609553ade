// The sha256 of a backup, computed on the reading thread or in a worker thread. Where the archive
// reader keeps the reading thread busy with every byte (uncompressed data: field, row and UTF-8
// checks), hashing there too makes that thread the whole pass's critical path; in a worker, the
// hash and the checks run on two cores at once.
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';

export interface Sha256 {
  /** A returned promise means: wait before the next update (the worker is behind). */
  update(chunk: Uint8Array): Promise<void> | undefined;
  digest(): Promise<string>;
  /** Ends the worker, if any, whether or not digest() was called. */
  close(): Promise<void>;
}

export function sha256Here(): Sha256 {
  const hash = createHash('sha256');
  return {
    update(chunk) {
      hash.update(chunk);
      return undefined;
    },
    digest: async () => hash.digest('hex'),
    close: async () => {},
  };
}

/** Bytes are copied into pieces of this size, moved to the worker and moved back for reuse. */
const PIECE_BYTES = 1024 * 1024;
/** Pieces in flight at once: the memory this costs, and how far the worker may fall behind. */
const PIECES = 4;

const SOURCE = `
const { parentPort } = require('node:worker_threads');
const hash = require('node:crypto').createHash('sha256');
parentPort.on('message', (m) => {
  if (m.t === 'data') {
    hash.update(m.buf.subarray(0, m.n));
    parentPort.postMessage({ t: 'back', buf: m.buf }, [m.buf.buffer]);
  } else {
    parentPort.postMessage({ t: 'digest', hex: hash.digest('hex') });
  }
});
`;

export function sha256InThread(): Sha256 {
  const worker = new Worker(SOURCE, { eval: true });
  const spare: Uint8Array<ArrayBuffer>[] = [];
  let inFlight = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  let hex: ((value: string) => void) | undefined;
  let closed = false;
  const woken = (): void => {
    const f = wake;
    wake = undefined;
    f?.();
  };
  const digested = new Promise<string>((resolve, reject) => {
    hex = resolve;
    worker.on('error', (e) => {
      failure ??= e;
      reject(e);
      woken();
    });
    worker.on('exit', () => {
      if (!closed) {
        failure ??= new Error('the sha256 thread ended early');
        reject(failure);
        woken();
      }
    });
  });
  // Nobody may await it (a pass that failed before the end): the rejection must not end the process.
  digested.catch(() => undefined);
  worker.on('message', (m: { t: 'back'; buf: Uint8Array<ArrayBuffer> } | { t: 'digest'; hex: string }) => {
    if (m.t === 'back') {
      spare.push(m.buf);
      inFlight--;
      woken();
    } else hex?.(m.hex);
  });

  const send = async (chunk: Uint8Array): Promise<void> => {
    for (let off = 0; off < chunk.length; ) {
      while (inFlight >= PIECES && !failure) await new Promise<void>((resolve) => (wake = resolve));
      if (failure) throw failure;
      const buf = spare.pop() ?? new Uint8Array(PIECE_BYTES);
      const n = Math.min(PIECE_BYTES, chunk.length - off);
      buf.set(chunk.subarray(off, off + n));
      off += n;
      inFlight++;
      worker.postMessage({ t: 'data', buf, n }, [buf.buffer]);
    }
  };
  return {
    update: send,
    async digest() {
      worker.postMessage({ t: 'end' });
      return digested;
    },
    async close() {
      closed = true;
      await worker.terminate();
    },
  };
}
