import { describe, expect, it } from 'vitest';
import { CopyCounter, copyColumnCount } from '../../src/archive/copy-counter.js';
import { parseCopyTarget } from '../../src/archive/plain.js';

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
  it('counts rows four bytes at a time exactly as line by line, whatever the data and boundaries', () => {
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
      const c = new CopyCounter(-1, false);
      for (let i = 0; i < data.length; ) {
        const next = Math.min(data.length, i + 1 + random(random(2) ? 64 : 4096));
        c.push(data, i, next);
        i = next;
      }
      expect(c.result()).toEqual(referenceCount(text));
    }
  });
});

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
