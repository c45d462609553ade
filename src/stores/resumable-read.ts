import { setTimeout as sleep } from 'node:timers/promises';
import { Readable } from 'node:stream';
import { formatBytes } from '../report/format.js';
import { errorMessage } from '../util/errors.js';
import { StoreError } from './store.js';

/** How hard a read tries before the run reports the store, not the backup, as the problem. */
export interface RetryPolicy {
  /** Requests in all, the first one included. */
  attempts: number;
  /** Wait before the second attempt; doubled before each further one. */
  backoffMs: number;
  /** No new attempt starts after this much time since the first. */
  deadlineMs: number;
}

export const READ_RETRY: RetryPolicy = { attempts: 4, backoffMs: 500, deadlineMs: 10 * 60_000 };

/** Problems that another request will not fix: the object is gone, the credentials cannot read it. */
const FINAL_CODES = new Set(['not-found', 'no-bucket', 'access-denied', 'bad-credentials']);

function isTransient(error: unknown): boolean {
  return !(error instanceof StoreError && FINAL_CODES.has(error.code));
}

const CAUSES: Record<string, string> = {
  ECONNRESET: 'connection reset',
  EPIPE: 'connection closed',
  ETIMEDOUT: 'connection timed out',
  ECONNREFUSED: 'connection refused',
  ERR_STREAM_PREMATURE_CLOSE: 'connection closed early',
};

/** "connection reset" rather than the runtime's "aborted". */
export function readCause(error: unknown): string {
  const code = (error as { code?: string } | undefined)?.code;
  if (code && CAUSES[code]) return CAUSES[code];
  const message = errorMessage(error);
  if (/^aborted$/i.test(message)) return 'connection reset';
  return message;
}

/**
 * Opens the part of an object from `start` to its end. The first call (start 0) also says how
 * large the object is, when it knows.
 */
export type OpenAt = (start: number) => Promise<{ body: Readable; size?: number }>;

/**
 * One pass over an object that survives the network: when the body fails or ends short, the read
 * continues with a request for the rest, from the last byte handed on. Nothing is ever handed on
 * twice, so a hash of the output is the object's hash. The first request is made (and retried)
 * before this resolves, so "no such object" still rejects here. A read that finally fails is a
 * StoreError (`read-failed`) naming the cause and how far it got.
 */
export async function resumableRead(
  key: string,
  open: OpenAt,
  policy: RetryPolicy = READ_RETRY,
  /** This read is one part of a larger one (rangedRead): messages say where in the whole object. */
  span?: { from: number; total: number },
): Promise<Readable> {
  const started = Date.now();
  let attempt = 0;
  let offset = 0;
  let size: number | undefined;

  const fail = (error: unknown): StoreError => {
    const whole = span ? span.total : size;
    const where = (span?.from ?? 0) + offset;
    const at = whole ? ` at ${formatBytes(where)} of ${formatBytes(whole)}` : where ? ` at ${formatBytes(where)}` : '';
    return new StoreError(
      `could not read ${key} after ${attempt} attempt${attempt === 1 ? '' : 's'}: ${readCause(error)}${at}`,
      'read-failed',
    );
  };
  /** Waits before the next attempt, or throws when there is none left. */
  const another = async (error: unknown): Promise<void> => {
    if (!isTransient(error)) throw error;
    if (attempt >= policy.attempts || Date.now() - started >= policy.deadlineMs) throw fail(error);
    await sleep(policy.backoffMs * 2 ** (attempt - 1));
  };
  const openNext = async (): Promise<Readable> => {
    for (;;) {
      attempt++;
      try {
        const opened = await open(offset);
        if (offset === 0) size = opened.size;
        return opened.body;
      } catch (error) {
        await another(error);
      }
    }
  };

  const first = await openNext();
  async function* bytes(): AsyncGenerator<Buffer> {
    let body = first;
    for (;;) {
      try {
        for await (const chunk of body as AsyncIterable<Buffer>) {
          offset += chunk.length;
          yield chunk;
        }
        if (size === undefined || offset >= size) return;
        throw Object.assign(new Error('the connection closed early'), { code: 'ERR_STREAM_PREMATURE_CLOSE' });
      } catch (error) {
        // The consumer closed the stream (a ranged read is done with its first part): no retry.
        if (out.destroyed) return;
        await another(error);
        body = await openNext();
      }
    }
  }
  const out = Readable.from(bytes(), { objectMode: false });
  return out;
}
