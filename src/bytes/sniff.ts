import { Readable } from 'node:stream';

/**
 * The first `bytes` bytes (fewer at the end of the stream) and a stream that still yields all of
 * them. The only place the pass holds bytes back: every decision that needs to look ahead (which
 * layers, which codec, whether pg_restore can help) is made from this head.
 */
export async function sniff(
  source: AsyncIterable<Buffer | Uint8Array>,
  bytes: number,
): Promise<{ head: Buffer; stream: Readable }> {
  const iterator = source[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    chunks.push(chunk);
    length += chunk.length;
  }
  const head = Buffer.concat(chunks);
  async function* rest() {
    if (head.length) yield head;
    if (done) return;
    try {
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      // Stopped early (its reader was destroyed): let the source close what it holds.
      await iterator.return?.();
    }
  }
  return { head: head.subarray(0, bytes), stream: Readable.from(rest(), { objectMode: false }) };
}
