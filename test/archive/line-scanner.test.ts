import { describe, expect, it } from 'vitest';
import { lineScanner } from '../../src/archive/line-scanner.js';

// CopyCounter's tests compare it, scanner on and off, with counting line by line; these pin what the
// scanner itself hands back.
describe('lineScanner', () => {
  const scanner = lineScanner();

  it('is available on the Node versions Lifeboat runs on (WebAssembly SIMD)', () => {
    expect(scanner).not.toBeNull();
  });

  it('counts rows and fields, and names the first bad row by its number in the scan', () => {
    const text = Buffer.from('a\tb\tc\nd\te\nf\tg\th\ni\tj\tk\tl\npartial\tro');
    const r = scanner!.scan(text, 0, text.length, 1, 3, true);
    expect(r).toEqual({
      rows: 4,
      badRows: 2,
      firstBadRow: 2,
      firstBadFields: 2,
      fields: 2,
      lastLineStart: text.indexOf('partial'),
      stop: text.length,
      nonAscii: false,
    });
  });

  it('goes on with the fields of a line begun before, and sees bytes of 0x80 and above', () => {
    const text = Buffer.from('x\ty\nzé\n');
    const r = scanner!.scan(text, 0, text.length, 2, 3, false);
    expect(r).toMatchObject({ rows: 2, badRows: 1, firstBadRow: 2, firstBadFields: 1, nonAscii: true });
  });

  it('stops at a line that is, or may be, the terminator, with every row before it counted', () => {
    for (const [text, stopAt] of [
      ['r1\nr2\n\\.\nafter\n', 6],
      ['\\.\n', 0],
      ['r1\n\\', 3], // may be `\.` once the next piece comes
      ['r1\n\\.', 3],
    ] as const) {
      const b = Buffer.from(text);
      const r = scanner!.scan(b, 0, b.length, 1, 0, true);
      expect(r.stop, text).toBe(stopAt);
      expect(r.rows, text).toBe(text.slice(0, stopAt).split('\n').length - 1);
    }
    // `\N` (a NULL) and `\.x` start rows, not the terminator.
    const rows = Buffer.from('\\N\n\\.x\n\\\\.\n');
    expect(scanner!.scan(rows, 0, rows.length, 1, 0, true)).toMatchObject({ rows: 3, stop: rows.length });
  });

  it('reads a range longer than its 256 KiB memory in slices, within a larger buffer', () => {
    const row = 'abc\tdef\n';
    const body = row.repeat(100_000); // 800 KB
    const b = Buffer.from(`zz${body}yy`);
    const r = scanner!.scan(b, 2, 2 + body.length, 1, 2, true);
    expect(r).toMatchObject({ rows: 100_000, badRows: 0, fields: 1, lastLineStart: 2 + body.length, stop: 2 + body.length });
  });
});
