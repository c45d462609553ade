import { describe, expect, it } from 'vitest';
import { CopyCounter, copyColumnCount } from '../../src/archive/copy-counter.js';
import { parseCopyTarget } from '../../src/archive/plain.js';
import { mulberry32 } from '../support/seeded-random.js';

describe('copyColumnCount', () => {
  it.each([
    ['COPY public.a (id, s) FROM stdin;\n', 2],
    ['COPY public."we(ird" (x) FROM stdin;\n', 1],
    ['COPY "Other Schema"."Mixed.Case ""q""" (id, "tab\tcol", "a,b") FROM stdin;\n', 3],
    ['COPY public.t  FROM stdin;\n', -1],
    ['COPY public.t () FROM stdin;\n', 0],
    ['', -1],
    [null, -1],
  ])('%j → %i', (stmt, n) => {
    expect(copyColumnCount(stmt)).toBe(n);
  });
});

describe('parseCopyTarget', () => {
  it('unquotes schema and table', () => {
    expect(parseCopyTarget('COPY "Other Schema"."Mixed.Case ""q""" (id) FROM stdin;')).toBe(
      'Other Schema.Mixed.Case "q"',
    );
    expect(parseCopyTarget('COPY public.items (id, name) FROM stdin;')).toBe('public.items');
  });
});

describe('CopyCounter', () => {
  const data = Buffer.from('1\ta\\tb\n2\t\\N\n3\tx\\ny\n\\.\n\n\n');
  it('counts rows, checks fields and sees the terminator whatever the buffer boundaries', () => {
    for (let step = 1; step <= data.length; step++) {
      const c = new CopyCounter(2, false);
      for (let i = 0; i < data.length; i += step) c.push(data, i, Math.min(data.length, i + step));
      expect(c.result()).toMatchObject({ rows: 3, badRows: 0, terminated: true, trailing: false, incomplete: false });
    }
  });
  it('flags wrong field counts, a cut row and bytes after the terminator', () => {
    const c = new CopyCounter(3, false);
    c.push(data, 0, data.length);
    expect(c.result()).toMatchObject({ rows: 3, badRows: 3, firstBadRow: 1, firstBadFields: 2 });
    const cut = new CopyCounter(2, false);
    cut.push(data, 0, 10);
    expect(cut.result()).toMatchObject({ rows: 1, incomplete: true });
    const t = new CopyCounter(-1, false);
    const junk = Buffer.from('1\n\\.\nxx\n');
    t.push(junk, 0, junk.length);
    expect(t.result()).toMatchObject({ rows: 1, terminated: true, trailing: true });
  });
  it('in plain mode, returns where the SQL resumes after \\.', () => {
    const c = new CopyCounter(-1, true);
    const s = Buffer.from('a\nb\n\\.\nSELECT 1;\n');
    expect(c.push(s, 0, s.length)).toBe(s.indexOf('SELECT'));
    expect(c.rows).toBe(2);
  });
  // Infinity: the JS loop alone; 0: every piece through the SIMD scanner (line-scanner.ts), however
  // short; 64: both, piece by piece.
  it.each([Infinity, 0, 64])('counts rows exactly as line by line, whatever the data and boundaries (scanner from %s bytes)', (scanFrom) => {
    // Lines that start with a backslash (\N, \\., \.) are where the fast count must hand over.
    const pieces = ['1\ta', '\\N\tx', '\\.', '', '\\\\.', 'a\\.', '\\.x', 'long row with words ' + 'x'.repeat(37)];
    // mulberry32: seeded, so a failure replays.
    let seed = 7;
    const random = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) % n;
    };
    for (let round = 0; round < 3000; round++) {
      // Mostly plain rows of every length (so lines start at every byte of a word), a few special ones.
      const line = () => (random(8) ? 'r'.repeat(random(12)) : pieces[random(pieces.length)]);
      const lines = Array.from({ length: 1 + random(120) }, line);
      const text = lines.join('\n') + (random(3) === 0 ? '' : '\n');
      // The head of a larger buffer, at a random offset: word alignment changes with it.
      const offset = random(8);
      const backing = Buffer.alloc(text.length + offset + 8);
      backing.write(text, offset, 'latin1');
      const data = backing.subarray(offset, offset + text.length);
      const c = new CopyCounter(-1, false, scanFrom);
      for (let i = 0; i < data.length;) {
        const next = Math.min(data.length, i + 1 + random(random(2) ? 64 : 4096));
        c.push(data, i, next);
        i = next;
      }
      expect(c.result()).toEqual(referenceCount(text));
    }
  });
  it('counts the fields of rows longer than 255 words of tabs', () => {
    for (const row of ['\t'.repeat(1500), 'y\t'.repeat(1500), 'yyy\t'.repeat(1500)]) {
      const fields = row.split('\t').length;
      for (let offset = 0; offset < 4; offset++) {
        const data = Buffer.from(`${'x'.repeat(offset)}${row}\n${row}\n`).subarray(offset);
        const c = new CopyCounter(fields, false);
        c.push(data, 0, data.length);
        expect(c.result()).toMatchObject({ rows: 2, badRows: 0 });
      }
    }
  });
  it.each([Infinity, 0, 64])('checks fields exactly as line by line, and says which pieces were not ASCII (scanner from %s bytes)', (scanFrom) => {
    const rnd = mulberry32(1219);
    const int = (n: number): number => Math.floor(rnd() * n);
    // The last: a row of over 1,020 bytes of tabs, past the 255 words whose lane sums fit in a byte.
    const bits = ['a', 'bc', '\\N', 'é', '\t', '', 'x'.repeat(9), 'y\t'.repeat(700)];
    for (let round = 0; round < 3000; round++) {
      // Rows of 0–9 tabs and 0–40 bytes between them, so tabs and newlines fall on every lane of a word.
      const lines = Array.from({ length: int(80) }, () =>
        Array.from({ length: 1 + (int(4) ? 2 : int(10)) }, () =>
          int(3) ? 'r'.repeat(int(int(2) ? 5 : 40)) : bits[int(bits.length)],
        ).join('\t'),
      );
      if (int(4) === 0) lines.push('\\.', ...(int(2) ? ['', 'tail\tx'] : []));
      const text = lines.join('\n') + (int(3) === 0 ? '' : '\n');
      const offset = int(8);
      const bytes = Buffer.from(text, 'utf8');
      const data = Buffer.alloc(bytes.length + offset + int(8))
        .fill(0xc3)
        .subarray(offset, offset + bytes.length);
      bytes.copy(data);
      const expected = [3, -2][int(2)];
      const c = new CopyCounter(expected, false, scanFrom);
      for (let i = 0; i < data.length;) {
        const next = Math.min(data.length, i + 1 + int(int(2) ? 16 : 600));
        c.push(data, i, next);
        expect(c.nonAscii !== 0).toBe(data.subarray(i, next).some((x) => x >= 0x80));
        i = next;
      }
      expect(c.result()).toEqual(referenceFields(bytes.toString('latin1'), expected));
    }
  });
  it('counts pieces longer than the scanner takes at once (256 KiB) exactly, with the damage on the seams', () => {
    const rnd = mulberry32(2711);
    const int = (n: number): number => Math.floor(rnd() * n);
    const slice = 256 * 1024;
    for (let round = 0; round < 12; round++) {
      // ~1 MB of 4-field rows; a few rows with a tab too many or too few, some ending on a slice seam.
      const lines: string[] = [];
      let size = 0;
      while (size < 1_000_000) {
        let line = ['1', 'é'.repeat(int(2)), 'x'.repeat(int(60)), '\\N'].join('\t');
        // In odd rounds, the first bad row is past the first seam.
        const late = round % 2 === 1 && size < slice;
        if (!late && int(500) === 0) line += '\t';
        if (!late && int(500) === 0) line = line.replace('\t', '');
        lines.push(line);
        size += Buffer.byteLength(line) + 1;
        // A row that ends right before a seam, and one that ends right after it.
        for (const seam of [slice, 2 * slice, 3 * slice]) {
          if (size < seam && size + 80 > seam && int(2)) {
            const fill = seam - size - 1 + int(3);
            lines.push(fill > 0 ? 'y\t'.repeat(fill >> 1).slice(0, fill) : '');
            size += Math.max(fill, 0) + 1;
          }
        }
      }
      if (round % 3 === 0) lines.splice(int(lines.length), 0, '\\.', 'after');
      const text = lines.join('\n') + '\n';
      const data = Buffer.from(text, 'utf8');
      const c = new CopyCounter(4, false);
      const pieces = [int(data.length), data.length].sort((a, b) => a - b);
      let at = 0;
      for (const next of pieces) {
        c.push(data, at, next);
        at = next;
      }
      expect(c.result()).toEqual(referenceFields(data.toString('latin1'), 4));
    }
  });
  it('sees the terminator on either side of a scanner seam', () => {
    const slice = 256 * 1024;
    for (const shift of [-3, -2, -1, 0, 1, 2]) {
      // Rows of "a\tb", then one of the length that puts `\.` at slice + shift.
      const rows = Math.floor((slice + shift) / 4) - 1;
      const pad = slice + shift - rows * 4 - 1;
      const text = 'a\tb\n'.repeat(rows) + 'x'.repeat(pad) + '\n\\.\nafter\n';
      expect(text.indexOf('\\.')).toBe(slice + shift);
      const data = Buffer.from(text);
      const c = new CopyCounter(-1, false);
      c.push(data, 0, data.length);
      expect(c.result()).toEqual(referenceCount(text));
      expect(c.result()).toMatchObject({ rows: rows + 1, terminated: true, trailing: true });
    }
  });
});

/** COPY text with field counts, the obvious way: split on newlines, then on tabs. */
function referenceFields(text: string, expected: number) {
  const ref: Record<string, unknown> = referenceCount(text);
  let want = expected;
  let rows = 0; // 1-based: firstBadRow is the row's number
  let badRows = 0;
  let firstBadRow = 0;
  let firstBadFields = 0;
  for (const line of text.split('\n').slice(0, -1)) {
    if (line === '\\.') break;
    const fields = line.split('\t').length;
    rows++;
    if (want === -2) want = fields;
    if (fields !== want) {
      if (badRows === 0) {
        firstBadRow = rows;
        firstBadFields = fields;
      }
      badRows++;
    }
  }
  return { ...ref, badRows, firstBadRow, firstBadFields, ...(expected === -2 ? { rowFields: want } : {}) };
}

/** COPY text counted the obvious way: split on newlines. */
function referenceCount(text: string) {
  const lines = text.split('\n');
  const partial = lines.pop() ?? '';
  let rows = 0;
  let terminated = false;
  let trailing = false;
  for (const line of lines) {
    if (terminated) trailing ||= line !== '';
    else if (line === '\\.') terminated = true;
    else rows++;
  }
  return {
    rows,
    badRows: 0,
    firstBadRow: 0,
    firstBadFields: 0,
    terminated,
    trailing,
    incomplete: partial.length > 0 && !terminated,
  };
}
