// The per-row checks of uncompressed COPY data: field counts, rows, and UTF-8 checked only where the
// row counter saw a byte that is not ASCII. Compared, on random data cut at random places, with the
// slow path that validates every piece (the behaviour before the shortcut) and with the plain truth.
import { isUtf8 } from 'node:buffer';
import * as zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BlockProcessor, type BlockDeps, type BlockResult } from '../../src/archive/block-processor.js';
import { CopyCounter, InsertCounter } from '../../src/archive/copy-counter.js';
import { mulberry32 } from '../support/seeded-random.js';

/** Says every piece held non-ASCII bytes, so the processor validates all of them, as it used to. */
class ValidateEverything extends CopyCounter {
  override push(b: Uint8Array, start: number, end: number): number {
    const r = super.push(b, start, end);
    this.nonAscii = 0x80;
    return r;
  }
}

function deps(counter: typeof CopyCounter): BlockDeps {
  return {
    zlib,
    CopyCounter: counter,
    InsertCounter,
    isUtf8,
    budget: { bytes: 0, max: 1 << 20, waiters: [] },
    spare: [],
  };
}

const CHARS = ['a', 'b', 'Z', '0', ' ', '\\N', '\\t', '\\n', 'é', 'ß', '€', '中', '😀', '𝄞'];

/** COPY rows of 3 fields (some 2 or 4), mostly ASCII, some with characters of 2, 3 and 4 bytes. */
function copyText(rnd: () => number): Buffer {
  const int = (n: number): number => Math.floor(rnd() * n);
  const ascii = int(3) === 0;
  const rows: string[] = [];
  for (let r = int(60); r > 0; r--) {
    const fields = int(12) === 0 ? 2 + int(2) * 2 : 3;
    const field = () =>
      Array.from({ length: int(14) }, () => CHARS[ascii || int(4) ? int(8) : 8 + int(CHARS.length - 8)]).join('');
    rows.push(Array.from({ length: fields }, field).join('\t'));
  }
  const end = ['\\.\n', '\\.\n', '\\.\n\n', '\\.\nxy\n', ''][int(5)];
  return Buffer.from(rows.map((r) => `${r}\n`).join('') + end, 'utf8');
}

function damage(data: Buffer, rnd: () => number): Buffer {
  const int = (n: number): number => Math.floor(rnd() * n);
  const kind = int(4);
  if (kind === 0 || data.length === 0) return data;
  if (kind === 1) return data.subarray(0, int(data.length)); // cut anywhere, also inside a character
  const out = Buffer.from(data);
  out[int(out.length)] ^= kind === 2 ? 0x80 : 1 + int(255);
  return out;
}

async function feed(counter: typeof CopyCounter, data: Buffer, cuts: number[], ranges: boolean): Promise<BlockResult> {
  const p = new BlockProcessor(deps(counter), { kind: 'copy', compression: 'none', expectedFields: 3, utf8: true });
  const writeRange = p.writeRange!;
  let at = 0;
  for (const cut of [...cuts, data.length]) {
    if (ranges) writeRange(data, at, cut);
    else await p.write(data.subarray(at, cut));
    at = cut;
  }
  return p.finish(false);
}

describe('BlockProcessor on uncompressed COPY data', () => {
  it('reports what validating every piece reports, and invalid UTF-8 exactly when the bytes are not UTF-8', async () => {
    const rnd = mulberry32(19);
    const int = (n: number): number => Math.floor(rnd() * n);
    let invalid = 0;
    let nonAscii = 0;
    for (let round = 0; round < 1500; round++) {
      const text = damage(copyText(rnd), rnd);
      // At a random offset in a larger buffer: the counter reads whole words, so alignment matters.
      const offset = int(8);
      const backing = Buffer.alloc(text.length + offset + int(8));
      text.copy(backing, offset);
      const data = backing.subarray(offset, offset + text.length);
      const cuts: number[] = [];
      for (let at = 0; ;) {
        at += 1 + int(int(2) ? 8 : 200);
        if (at >= data.length) break;
        cuts.push(at);
      }
      const ranges = int(2) === 0;
      const fast = await feed(CopyCounter, data, cuts, ranges);
      const slow = await feed(ValidateEverything, data, cuts, ranges);
      expect(fast, `round ${round}`).toEqual(slow);
      expect(fast.invalidUtf8AfterRow !== undefined, `round ${round}`).toBe(!isUtf8(data));
      const whole = new CopyCounter(3, false);
      whole.push(data, 0, data.length);
      expect(fast).toMatchObject(whole.result());
      if (fast.invalidUtf8AfterRow !== undefined) invalid++;
      if (data.some((c) => c >= 0x80)) nonAscii++;
    }
    // The random data covers both outcomes amply.
    expect(invalid).toBeGreaterThan(200);
    expect(nonAscii).toBeGreaterThan(600);
  });

  it('a character cut at the very end of the data is invalid, one split between pieces is not', async () => {
    const data = Buffer.from('1\tb\tc€\n\\.\n', 'utf8');
    const euro = data.indexOf(0xe2);
    for (const cut of [euro + 1, euro + 2]) {
      expect((await feed(CopyCounter, data, [cut], true)).invalidUtf8AfterRow).toBeUndefined();
      expect((await feed(CopyCounter, data.subarray(0, cut), [], true)).invalidUtf8AfterRow).toBe(0);
    }
    const ascii = Buffer.from('1\tb\tc\n2\tb\tc\n\\.\n');
    const lead = Buffer.concat([ascii.subarray(0, 6), Buffer.from([0xe2]), ascii.subarray(6)]);
    expect((await feed(CopyCounter, lead, [7], true)).invalidUtf8AfterRow).toBe(1);
  });
});
