// Counting rows of COPY text format. A raw newline always ends a row (COPY escapes newlines inside
// values as \n) and a raw tab always separates fields, so neither needs a real parser.
import { lineScanner, type LineScanner } from './line-scanner.js';

export interface CopyCounterResult {
  rows: number;
  /** Rows whose field count differs from the COPY column list. */
  badRows: number;
  firstBadRow: number;
  firstBadFields: number;
  /** Saw the `\.` end-of-data line. */
  terminated: boolean;
  /** Non-blank bytes after `\.`. */
  trailing: boolean;
  /** The data ended in the middle of a row. */
  incomplete: boolean;
  /** Fields per row when they were checked against the first row (expectedFields -2), else -1. */
  rowFields?: number;
}

/** How a line ended: 1 a row, 2 the `\.` terminator, 0 a line after it. */
type LineKind = 0 | 1 | 2;

export class CopyCounter {
  rows = 0;
  badRows = 0;
  firstBadRow = 0;
  firstBadFields = 0;
  terminated = false;
  trailing = false;
  private fields = 1;
  private partialLen = 0;
  private head0 = -1;
  private head1 = -1;
  /** countLines carries a newline into the next word's first byte, which assumes little-endian lanes. */
  private readonly littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

  /** -2: every row must have as many fields as the first (the column list is not known yet). */
  private learnFields: boolean;

  /**
   * 0 when the bytes of the last push() were all ASCII, which is always valid UTF-8: then the caller
   * need not check them. Nonzero when some byte was not, or push() did not look at every byte.
   */
  nonAscii = 0x80;
  private words: Uint32Array | null = null;
  private wordBuffer: ArrayBufferLike | null = null;
  private wordSource: Uint8Array | null = null;

  /**
   * @param expectedFields fields per row, -1 to skip the check, or -2 to hold every row to the
   *   first row's count (the caller compares that with the column list once it knows it)
   * @param stopAtTerminator return right after the `\.` line (plain SQL, where SQL follows the data)
   * @param scanFrom pieces this long or longer go to the SIMD scanner (line-scanner.ts); below, a
   *   call into WebAssembly and the copy there cost more than they save
   */
  constructor(
    public expectedFields: number,
    readonly stopAtTerminator: boolean,
    private readonly scanFrom = 2048,
  ) {
    this.learnFields = expectedFields === -2;
  }

  /** Count b[start, end). Returns the index just past the `\.` line when stopAtTerminator and it was seen, else -1. */
  push(b: Uint8Array, start: number, end: number): number {
    const exp = this.expectedFields;
    // The scanner knows nothing of what follows `\.`, of a first row that sets the field count, or
    // of a line carried over that may be `\.` itself: those stay here.
    if (
      end - start >= this.scanFrom &&
      !this.terminated &&
      (exp === -1 || exp > 0) &&
      (this.partialLen === 0 || this.head0 !== 92)
    ) {
      const scanner = lineScanner();
      if (scanner) return this.pushScanned(scanner, b, start, end);
    }
    return this.pushBytes(b, start, end);
  }

  private pushScanned(scanner: LineScanner, b: Uint8Array, start: number, end: number): number {
    const s = scanner.scan(b, start, end, this.fields, Math.max(0, this.expectedFields), this.partialLen === 0);
    if (s.rows > 0) {
      if (s.badRows > 0 && this.badRows === 0) {
        this.firstBadRow = this.rows + s.firstBadRow;
        this.firstBadFields = s.firstBadFields;
      }
      this.rows += s.rows;
      this.badRows += s.badRows;
      this.partialLen = 0;
      this.head0 = this.head1 = -1;
    }
    this.fields = s.fields;
    const nonAscii = s.nonAscii ? 0x80 : 0;
    if (s.stop < end) {
      // A line that is or may be `\.`: it and everything after it, byte by byte.
      const resumed = this.pushBytes(b, s.stop, end);
      this.nonAscii |= nonAscii;
      return resumed;
    }
    this.keepPartial(b, s.lastLineStart >= 0 ? s.lastLineStart : start, end);
    this.nonAscii = nonAscii;
    return -1;
  }

  private pushBytes(b: Uint8Array, start: number, end: number): number {
    let exp = this.expectedFields;
    this.nonAscii = 0x80;
    if (exp === -1) return this.pushRows(b, start, end);
    let fields = this.fields;
    let lineStart = start;
    // One pass for fields, rows and the ASCII test (a call to isUtf8 per row, or a second loop over
    // the same bytes, cost more than this whole loop), four bytes per step between newlines.
    let seen = 0;
    const words = this.wordsOf(b);
    const base = b.byteOffset;
    let i = start;
    while (i < end) {
      if (words !== null && ((base + i) & 3) === 0) {
        // Whole words up to the first holding a newline: tabs counted per lane (SWAR, as countLines).
        let k = (base + i) >>> 2;
        const kEnd = (base + end) >>> 2;
        while (k < kEnd) {
          const stop = Math.min(kEnd, k + 255);
          let acc = 0;
          for (; k < stop; k++) {
            const w = words[k];
            if (this.lanesEqual(w, 0x0a0a0a0a) !== 0) break;
            seen |= w;
            acc = (acc + (this.lanesEqual(w, 0x09090909) >>> 7)) | 0;
          }
          fields += this.laneSum(acc);
          if (k < stop) break;
        }
        i = k * 4 - base;
      }
      // Then byte by byte up to the next word boundary (all of the rest without a word view).
      const stop = words === null ? end : Math.min(end, i + 4 - ((base + i) & 3));
      for (; i < stop; i++) {
        const c = b[i];
        seen |= c;
        if (c > 10) continue;
        if (c === 9) {
          fields++;
        } else if (c === 10) {
          const line = this.endLine(b, lineStart, i);
          if (line === 1 /* a row */) {
            if (exp === -2) exp = this.expectedFields = fields;
            if (fields !== exp) {
              if (this.badRows === 0) {
                this.firstBadRow = this.rows;
                this.firstBadFields = fields;
              }
              this.badRows++;
            }
          } else if (line === 2 /* the terminator */ && this.stopAtTerminator) {
            this.fields = 1;
            return i + 1;
          }
          fields = 1;
          lineStart = i + 1;
        }
      }
    }
    this.keepPartial(b, lineStart, end);
    this.fields = fields;
    this.nonAscii = seen & 0x80808080;
    return -1;
  }

  /** A word view of b's memory, kept while pieces keep coming from the same buffer (at -Z 0, a row each). */
  private wordsOf(b: Uint8Array): Uint32Array | null {
    if (b === this.wordSource) return this.words;
    this.wordSource = b;
    const ab = b.buffer;
    if (ab !== this.wordBuffer) {
      this.wordBuffer = ab;
      this.words = ab.byteLength >= 4 ? new Uint32Array(ab, 0, ab.byteLength >>> 2) : null;
    }
    return this.words;
  }

  /**
   * push() without the field check: only newlines matter. Whole lines go through countLines (four
   * bytes at a time); the line carried over from the previous buffer, the partial line at the end,
   * and any run of lines holding a `\\.` candidate take the careful path, scanRows.
   */
  private pushRows(b: Uint8Array, start: number, end: number): number {
    if (this.terminated) return this.scanRows(b, start, end);
    let from = start;
    if (this.partialLen > 0) {
      const nl = b.indexOf(10, start);
      if (nl < 0 || nl >= end) {
        this.keepPartial(b, start, end);
        return -1;
      }
      const resumed = this.scanRows(b, start, nl + 1);
      if (resumed >= 0) return resumed;
      if (this.terminated) return this.scanRows(b, nl + 1, end);
      from = nl + 1;
    }
    const last = b.lastIndexOf(10, end - 1);
    if (last >= from) {
      const lines = this.countLines(b, from, last + 1);
      if (lines >= 0) {
        this.rows += lines;
        from = last + 1;
      }
    }
    return this.scanRows(b, from, end);
  }

  /** Rows one by one, with indexOf; the reference behaviour countLines must match. */
  private scanRows(b: Uint8Array, start: number, end: number): number {
    let lineStart = start;
    for (;;) {
      const i = b.indexOf(10, lineStart);
      if (i < 0 || i >= end) break;
      if (this.endLine(b, lineStart, i) === 2 && this.stopAtTerminator) return i + 1;
      lineStart = i + 1;
    }
    this.keepPartial(b, lineStart, end);
    return -1;
  }

  /**
   * Newlines in b[s, e), where s starts a line and b[e - 1] ends one, or -1 when some line there
   * starts with a backslash (only such a line can be the \\. terminator, so scanRows must look).
   * Four bytes per step (SWAR: a byte equal to 10 becomes its lane's high bit): counting rows one
   * indexOf at a time cost as much as inflating the data.
   */
  private countLines(b: Uint8Array, s: number, e: number): number {
    if (b[s] === 92) return -1;
    // Bytes up to the first 4-aligned offset one by one, whole words four at a time, then the rest.
    let mid = s + ((4 - ((b.byteOffset + s) & 3)) & 3);
    if (mid > e || !this.littleEndian) mid = e;
    const words = (e - mid) >>> 2;
    let n = this.countBytes(b, s, mid);
    if (n < 0) return -1;
    if (words > 0) {
      const u = new Uint32Array(b.buffer, b.byteOffset + mid, words);
      let carry = mid > s && b[mid - 1] === 10 ? 0x80 : 0;
      let k = 0;
      while (k < words) {
        // Lane sums stay below 256 for 255 words, then fold into n.
        const stop = Math.min(words, k + 255);
        let acc = 0;
        for (; k < stop; k++) {
          const w = u[k];
          const nl = this.lanesEqual(w, 0x0a0a0a0a);
          const starts = (nl << 8) | carry;
          if (starts !== 0 && (starts & this.lanesEqual(w, 0x5c5c5c5c)) !== 0) return -1;
          acc = (acc + (nl >>> 7)) | 0;
          carry = nl >>> 24;
        }
        n += this.laneSum(acc);
      }
    }
    const tail = this.countBytes(b, mid + words * 4, e);
    return tail < 0 ? -1 : n + tail;
  }

  /** 0x80 in each byte lane of w equal to that lane of `lanes`, 0 in the others: exact, no carries between lanes. */
  private lanesEqual(w: number, lanes: number): number {
    const x = w ^ lanes;
    return ~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x | 0x7f7f7f7f);
  }

  /** The four byte lanes of acc added up. */
  private laneSum(acc: number): number {
    return (acc & 0xff) + ((acc >>> 8) & 0xff) + ((acc >>> 16) & 0xff) + (acc >>> 24);
  }

  /** countLines for a few bytes; the byte before `from` may be looked at (a false alarm only costs speed). */
  private countBytes(b: Uint8Array, from: number, to: number): number {
    let n = 0;
    for (let p = from; p < to; p++) {
      const c = b[p];
      if (c === 10) n++;
      else if (c === 92 && p > 0 && b[p - 1] === 10) return -1;
    }
    return n;
  }

  /**
   * The line b[lineStart, i), after what was carried over from earlier buffers, ended at the newline
   * b[i]: count it as a row, the `\.` terminator, or what follows the terminator (blank, or trailing).
   */
  private endLine(b: Uint8Array, lineStart: number, i: number): LineKind {
    const len = this.partialLen + (i - lineStart);
    let kind: LineKind = 0;
    if (this.terminated) {
      if (len !== 0) this.trailing = true;
    } else if (len === 2 && this.isTerminator(b, lineStart)) {
      this.terminated = true;
      kind = 2;
    } else {
      this.rows++;
      kind = 1;
    }
    this.partialLen = 0;
    this.head0 = this.head1 = -1;
    return kind;
  }

  /** Keep the first two bytes of a row split across buffers, for the `\.` test. */
  private keepPartial(b: Uint8Array, lineStart: number, end: number): void {
    if (lineStart >= end) return;
    const n = end - lineStart;
    for (let k = 0; k < n && this.partialLen + k < 2; k++) {
      if (this.partialLen + k === 0) this.head0 = b[lineStart + k];
      else this.head1 = b[lineStart + k];
    }
    this.partialLen += n;
  }

  private isTerminator(b: Uint8Array, lineStart: number): boolean {
    let c0: number;
    let c1: number;
    if (this.partialLen === 0) {
      c0 = b[lineStart];
      c1 = b[lineStart + 1];
    } else if (this.partialLen === 1) {
      c0 = this.head0;
      c1 = b[lineStart];
    } else {
      c0 = this.head0;
      c1 = this.head1;
    }
    return c0 === 92 && c1 === 46;
  }

  result(): CopyCounterResult {
    return {
      rows: this.rows,
      badRows: this.badRows,
      firstBadRow: this.firstBadRow,
      firstBadFields: this.firstBadFields,
      terminated: this.terminated,
      trailing: this.trailing,
      incomplete: this.partialLen > 0 && !this.terminated,
      ...(this.learnFields ? { rowFields: this.expectedFields } : {}),
    };
  }
}

/**
 * Columns named by a COPY statement (`COPY public."a(b" (x, "y,z") FROM stdin;`), or -1 when it has
 * no column list or cannot be parsed (then rows are not checked).
 */
export function copyColumnCount(copyStmt: string | null | undefined): number {
  if (!copyStmt) return -1;
  const s = copyStmt;
  let i = 0;
  const skipWs = (): void => {
    while (i < s.length && /\s/.test(s[i])) i++;
  };
  skipWs();
  if (!/^COPY\b/i.test(s.slice(i))) return -1;
  i += 4;
  skipWs();
  // Qualified, possibly quoted, table name.
  for (;;) {
    if (s[i] === '"') {
      i++;
      for (;;) {
        if (i >= s.length) return -1;
        if (s[i] === '"') {
          if (s[i + 1] === '"') i += 2;
          else {
            i++;
            break;
          }
        } else i++;
      }
    } else {
      while (i < s.length && !/[\s.(]/.test(s[i])) i++;
    }
    if (s[i] === '.') {
      i++;
      continue;
    }
    break;
  }
  skipWs();
  if (s[i] !== '(') return -1;
  i++;
  let count = 0;
  let inIdent = false;
  for (; i < s.length; i++) {
    const c = s[i];
    if (c === '"') {
      inIdent = true;
      i++;
      while (i < s.length && !(s[i] === '"' && s[i + 1] !== '"')) i += s[i] === '"' ? 2 : 1;
    } else if (c === ',') {
      count++;
      inIdent = false;
    } else if (c === ')') {
      return inIdent || count > 0 ? count + 1 : 0;
    } else if (!/\s/.test(c)) {
      inIdent = true;
    }
  }
  return -1;
}

/**
 * Rows of a table's data written as INSERT statements (pg_dump --inserts, --column-inserts,
 * --rows-per-insert): one row per parenthesised group after VALUES, outside string literals and
 * quoted identifiers, where a value may hold newlines, quotes and parentheses of its own.
 * Same push/result shape as CopyCounter.
 */
export class InsertCounter {
  rows = 0;
  /** Like CopyCounter.nonAscii; this counter does not look, so the caller always checks. */
  readonly nonAscii = 0x80;
  /** 0 code, 1 '…' literal, 2 E'…' literal, 3 "…" identifier, 4 -- comment. */
  private state = 0;
  /** Just saw a quote that may close a literal or identifier, or be the first of a doubled one. */
  private pendingQuote = false;
  private escaped = false;
  private depth = 0;
  private afterValues = false;
  /** The word VALUES may just have ended: it did if the next character cannot go on with it. */
  private valuesEnds = false;
  /** Statement text seen since the last `;` (non-blank), so a cut statement is noticed. */
  private open = false;
  /** The last seven code characters, upper-cased, to find the word VALUES. */
  private tail = '';
  private prev = 32;

  constructor(
    readonly expectedFields: number,
    readonly stopAtTerminator: boolean,
  ) {}

  push(b: Uint8Array, start: number, end: number): number {
    for (let i = start; i < end; i++) {
      const c = b[i];
      if (this.pendingQuote) {
        this.pendingQuote = false;
        const quote = this.state === 3 ? 34 : 39;
        if (c === quote) {
          this.prev = c;
          continue; // a doubled quote: still inside
        }
        this.state = 0;
      }
      if (this.state === 1 || this.state === 2) {
        if (this.escaped) this.escaped = false;
        else if (this.state === 2 && c === 92) this.escaped = true;
        else if (c === 39) this.pendingQuote = true;
        this.prev = c;
        continue;
      }
      if (this.state === 3) {
        if (c === 34) this.pendingQuote = true;
        this.prev = c;
        continue;
      }
      if (this.state === 4) {
        if (c === 10) this.state = 0;
        this.prev = c;
        continue;
      }
      if (this.valuesEnds) {
        this.valuesEnds = false;
        if (!this.isIdent(c)) this.afterValues = true;
      }
      if (c === 39) {
        const eString =
          (this.prev === 69 || this.prev === 101) && !this.isIdent(this.tail.charCodeAt(this.tail.length - 2));
        this.state = eString ? 2 : 1;
        this.open = true;
      } else if (c === 34) {
        this.state = 3;
        this.open = true;
      } else if (c === 45 && this.prev === 45) {
        this.state = 4;
      } else if (c === 40) {
        if (this.depth === 0 && this.afterValues) this.rows++;
        this.depth++;
      } else if (c === 41) {
        if (this.depth > 0) this.depth--;
      } else if (c === 59 && this.depth === 0) {
        this.afterValues = false;
        this.open = false;
      } else if (c > 32) {
        this.open = true;
      }
      if (this.state === 0) {
        this.tail = (this.tail + String.fromCharCode(c >= 97 && c <= 122 ? c - 32 : c)).slice(-7);
        if (this.depth === 0 && /^[^A-Z0-9_$]?VALUES$/.test(this.tail.length === 7 ? this.tail : ` ${this.tail}`)) {
          this.valuesEnds = true;
        }
      }
      this.prev = c;
    }
    return -1;
  }

  private isIdent(x: number): boolean {
    return (x >= 48 && x <= 57) || ((x | 32) >= 97 && (x | 32) <= 122) || x === 95 || x === 36 || x >= 128;
  }

  result(): CopyCounterResult {
    return {
      rows: this.rows,
      badRows: 0,
      firstBadRow: 0,
      firstBadFields: 0,
      terminated: !this.open,
      trailing: false,
      incomplete: this.open || this.state !== 0 || this.depth !== 0,
    };
  }
}
