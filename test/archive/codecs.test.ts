// The JavaScript zstd decoder (fzstd) on frames the zstd CLI writes: it must check each frame's
// content checksum as libzstd does, whatever the frames and however the bytes arrive.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { codecsFor, hasNativeZstd } from '../../src/archive/codecs.js';

const zstd = (data: Buffer, ...flags: string[]) => execFileSync('zstd', ['-q', '-c', ...flags], { input: data });

/** A skippable frame (RFC 8878 §3.1.2): magic 0x184D2A5?, a length, then bytes nobody reads. */
function skippable(payload: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32LE(0x184d2a53, 0);
  head.writeUInt32LE(payload.length, 4);
  return Buffer.concat([head, payload]);
}

async function decompress(input: Buffer, chunk: number): Promise<Buffer> {
  const stream = (await codecsFor('zstd')).zstd!();
  const out: Buffer[] = [];
  stream.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  for (let at = 0; at < input.length; at += chunk) stream.write(input.subarray(at, at + chunk));
  stream.end();
  await done;
  return Buffer.concat(out);
}

describe.skipIf(hasNativeZstd())('the fzstd decoder', () => {
  // Text that compresses into several blocks, and random bytes that stay raw blocks.
  const text = Buffer.from('COPY public.items (id, name) FROM stdin;\n'.repeat(20_000));
  const noise = randomBytes(300_000);
  const frames = Buffer.concat([zstd(text), skippable(Buffer.from('metadata')), zstd(noise, '--no-check'), zstd(text)]);

  it.each([1, 7, 4096, frames.length])('several frames, fed %i bytes at a time', async (chunk) => {
    expect((await decompress(frames, chunk)).equals(Buffer.concat([text, noise, text]))).toBe(true);
  });

  it('a byte flipped in a checksummed frame is an error, even where the data still decompresses', async () => {
    const flipped = Buffer.from(frames);
    // In the middle of the last frame, past its header.
    const last = zstd(text).length;
    flipped[frames.length - Math.ceil(last / 2)] ^= 0x01;
    await expect(decompress(flipped, 4096)).rejects.toThrow(/zstd: content checksum mismatch/);
  });

  it('a frame cut short, or cut inside its checksum, is the end of the input', async () => {
    const one = zstd(text);
    for (const cut of [one.length - 2, Math.floor(one.length / 2)]) {
      await expect(decompress(one.subarray(0, cut), 4096)).rejects.toThrow(/unexpected end of file/);
    }
  });
});
