import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Here, sha256InThread, type Sha256 } from '../../src/bytes/sha256-thread.js';
import { mulberry32 } from '../support/seeded-random.js';

async function digestOf(hash: Sha256, chunks: Buffer[]): Promise<string> {
  try {
    for (const c of chunks) await hash.update(c);
    return await hash.digest();
  } finally {
    await hash.close();
  }
}

describe('sha256 in a worker thread', () => {
  it('digests what createHash digests, whatever the chunk sizes (empty, tiny, over a piece)', async () => {
    const rnd = mulberry32(256);
    const data = randomBytes(9 * 1024 * 1024 + 77);
    const chunks: Buffer[] = [Buffer.alloc(0)];
    for (let at = 0; at < data.length; ) {
      const n = Math.min(data.length - at, [0, 1, 4095, 1024 * 1024, 3 * 1024 * 1024 + 5][Math.floor(rnd() * 5)]);
      chunks.push(data.subarray(at, at + n));
      at += n;
    }
    const expected = createHash('sha256').update(data).digest('hex');
    expect(await digestOf(sha256InThread(), chunks)).toBe(expected);
    expect(await digestOf(sha256Here(), chunks)).toBe(expected);
    expect(await digestOf(sha256InThread(), [])).toBe(createHash('sha256').digest('hex'));
  });

  it('leaves the caller free to reuse a chunk once update returned', async () => {
    const chunk = Buffer.alloc(600 * 1024, 1);
    const hash = sha256InThread();
    const whole = createHash('sha256');
    for (let i = 0; i < 12; i++) {
      chunk.fill(i);
      whole.update(chunk);
      await hash.update(chunk);
    }
    expect(await hash.digest()).toBe(whole.digest('hex'));
    await hash.close();
  });

  it('close() ends the thread without a digest', async () => {
    const hash = sha256InThread();
    await hash.update(Buffer.alloc(10));
    await hash.close();
  });
});
