import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { node24 } from '../support/run-action.js';
import { blockDecoders } from '../../src/archive/block-decoders.js';
import type { BlockJob, BlockResult } from '../../src/archive/block-processor.js';
import { InflateThreads, syncInflateAvailable } from '../../src/archive/inflate-threads.js';

/** COPY text: `rows` lines of 3 fields, then the end-of-data line. */
function copyText(rows: number, seed = 1): Buffer {
  const lines: string[] = [];
  let x = seed;
  for (let i = 0; i < rows; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    lines.push(`${i}\t${x.toString(36)}\t${'é'.repeat(x % 7)}${(x >>> 8).toString(16)}`);
  }
  return Buffer.from(`${lines.join('\n')}\n\\.\n\n`);
}

const job = (gzipHeader = false): BlockJob => ({ kind: 'copy', compression: 'gzip', expectedFields: 3, utf8: true, gzipHeader });

/** Feeds `bytes` in pieces of `step` to a decoder of the given thread count and returns its result. */
async function decodeWith(threads: number, bytes: Buffer, opts: { gzipHeader?: boolean; truncated?: boolean; step?: number } = {}): Promise<BlockResult> {
  const decoders = blockDecoders({ threads });
  try {
    const d = decoders.open(job(opts.gzipHeader));
    const step = opts.step ?? 100_000;
    for (let at = 0; at < bytes.length; at += step) {
      const w = d.write(bytes.subarray(at, at + step));
      if (w) await w;
    }
    return await d.finish(opts.truncated ?? false);
  } finally {
    await decoders.close();
  }
}

describe.skipIf(!syncInflateAvailable())('inflate threads give what zlib streams give', () => {
  const text = copyText(200_000);
  const z = deflateSync(text);

  it('counts every row of a block', async () => {
    const r = await decodeWith(1, z);
    expect(r).toMatchObject({ rows: 200_000, badRows: 0, terminated: true, trailing: false, error: undefined });
    expect(r.bytesIn).toBe(z.length);
    expect(r.bytesOut).toBe(text.length);
    expect(r).toEqual(await decodeWith(0, z));
  });

  const damaged: Array<[string, () => Buffer, { gzipHeader?: boolean; truncated?: boolean }]> = [
    ['a flipped byte in the middle', () => Object.assign(Buffer.from(z), { [z.length >> 1]: z[z.length >> 1] ^ 0x40 }), {}],
    ['a wrong checksum at the end', () => Object.assign(Buffer.from(z), { [z.length - 2]: z[z.length - 2] ^ 1 }), {}],
    ['input cut short, as the archive ended', () => z.subarray(0, z.length >> 1), { truncated: true }],
    ['input cut short, though the archive did not end', () => z.subarray(0, z.length >> 1), {}],
    ['bytes after the end of the stream', () => Buffer.concat([z, Buffer.from('junk after the stream')]), {}],
    ['an empty block', () => Buffer.alloc(0), {}],
    ['a gzip member (tar format)', () => gzipSync(text), { gzipHeader: true }],
    ['two gzip members', () => Buffer.concat([gzipSync(text.subarray(0, 1000)), gzipSync(text.subarray(1000))]), { gzipHeader: true }],
    ['a gzip member with a bad CRC', () => { const g = gzipSync(text); g[g.length - 6] ^= 1; return g; }, { gzipHeader: true }],
  ];
  // Damage is found and named as zlib streams name it. How many rows came out before it depends on
  // how much output each step hands over (zlib streams drop the piece that failed), so that number
  // is only held to what was really there.
  it.each(damaged)('%s', async (_name, make, opts) => {
    const bytes = make();
    const threaded = await decodeWith(2, bytes, opts);
    const streamed = await decodeWith(0, bytes, opts);
    const verdict = (r: BlockResult) => ({
      error: r.error,
      damagedRows: r.badRows > 0 || r.invalidUtf8AfterRow !== undefined,
      terminated: r.terminated,
      trailing: r.trailing,
      bytesIn: r.bytesIn,
    });
    expect(verdict(threaded)).toEqual(verdict(streamed));
    expect(threaded.rows).toBeLessThanOrEqual(text.length);
    // Inflated the same way however the input arrives.
    expect(await decodeWith(2, bytes, { ...opts, step: 4093 })).toEqual(threaded);
  });

  it('rows before a cut are counted whatever the input pieces', async () => {
    const cut = z.subarray(0, 300_000);
    const whole = await decodeWith(1, cut, { step: cut.length, truncated: true });
    for (const step of [1, 4093, 262_144 + 7]) {
      expect(await decodeWith(1, cut, { step, truncated: true })).toEqual(whole);
    }
    expect(whole.error).toBeUndefined();
    expect(whole.rows).toBeGreaterThan(0);
  });

  it('spreads blocks over the threads and keeps each block’s rows apart', async () => {
    const decoders = blockDecoders({ threads: 2 });
    const blocks = [1, 2, 3, 4, 5].map((seed) => copyText(20_000 * seed, seed));
    const open = blocks.map(() => decoders.open(job()));
    const streams = blocks.map((b) => deflateSync(b));
    // Interleaved, as a tar archive's members or consecutive custom blocks arrive.
    for (let at = 0; at < Math.max(...streams.map((s) => s.length)); at += 50_000) {
      for (const [i, s] of streams.entries()) if (at < s.length) await open[i].write(s.subarray(at, at + 50_000));
    }
    const results = await Promise.all(open.map((d) => d.finish()));
    await decoders.close();
    expect(results.map((r) => r.rows)).toEqual([20_000, 40_000, 60_000, 80_000, 100_000]);
    expect(results.every((r) => r.error === undefined && r.terminated)).toBe(true);
  });

  it('moves each output piece back to its thread once counted, rather than copying it', async () => {
    const threads = new InflateThreads(1, 1 << 20);
    const pieces: Uint8Array[] = [];
    let out = 0;
    const big = Buffer.alloc(16 << 20, 'abc\tdef\tghi\n');
    const d = threads.open(false, {
      write: (piece) => {
        pieces.push(piece);
        out += piece.length;
      },
      finish: async () => ({ rows: 0, badRows: 0, firstBadRow: 0, firstBadFields: 0, terminated: false, trailing: false, incomplete: false, bytesIn: 0, bytesOut: out }),
    });
    const packed = deflateSync(big);
    for (let at = 0; at < packed.length; at += 16_384) await d.write(packed.subarray(at, at + 16_384));
    const r = await d.finish();
    await threads.close();
    expect(r.error).toBeUndefined();
    expect(out).toBe(big.length);
    // Detached: the memory went back to the thread for the next piece.
    expect(pieces.length).toBeGreaterThanOrEqual(16);
    expect(pieces.every((p) => p.buffer.byteLength === 0)).toBe(true);
  });

  it('a block still open when the threads close is not checked, and does not hang', async () => {
    const threads = new InflateThreads(1, 1 << 20);
    const d = threads.open(false, {
      write: () => undefined,
      finish: async () => ({ rows: 0, badRows: 0, firstBadRow: 0, firstBadFields: 0, terminated: false, trailing: false, incomplete: false, bytesIn: 0, bytesOut: 0 }),
    });
    await d.write(z.subarray(0, 1000));
    await threads.close();
    const r = await d.finish();
    expect(r.error).toBeUndefined();
    expect(r.skipped).toMatch(/^gzip data not checked: inflate thread failed: closed while blocks were open/);
  });
});

// GitHub runs actions on Node 24: the zlib handle the threads drive must be there too, and count alike.
describe.skipIf(!node24())('inflate threads on Node 24', () => {
  it('are available, and give what zlib streams give', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-inflate24-'));
    try {
      const script = path.join(dir, 'check.mts');
      const decoders = pathToFileURL(path.resolve(import.meta.dirname, '../../src/archive/block-decoders.ts')).href;
      const threads = pathToFileURL(path.resolve(import.meta.dirname, '../../src/archive/inflate-threads.ts')).href;
      await writeFile(
        script,
        `import { deflateSync } from 'node:zlib';
import { blockDecoders } from '${decoders}';
import { syncInflateAvailable } from '${threads}';
const text = Buffer.from('1\\ta\\tb\\n'.repeat(300000) + '\\\\.\\n');
const packed = deflateSync(text);
const out = { version: process.version, available: syncInflateAvailable(), results: [] };
for (const threads of [0, 1]) {
  const d = blockDecoders({ threads });
  const dec = d.open({ kind: 'copy', compression: 'gzip', expectedFields: 3 });
  for (let at = 0; at < packed.length; at += 1000) await dec.write(packed.subarray(at, at + 1000));
  out.results.push(await dec.finish());
  await d.close();
}
console.log(JSON.stringify(out));
`,
      );
      const { stdout } = await promisify(execFile)(node24()!, ['--import', 'tsx', script], {
        cwd: path.resolve(import.meta.dirname, '../..'),
      });
      const out = JSON.parse(stdout) as { version: string; available: boolean; results: BlockResult[] };
      expect(out.version).toMatch(/^v24\./);
      expect(out.available).toBe(true);
      expect(out.results[1]).toMatchObject({ rows: 300_000, terminated: true, badRows: 0 });
      expect(out.results[1]).toEqual(out.results[0]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
