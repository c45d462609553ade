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
});
