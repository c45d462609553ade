import { Writable } from 'node:stream';

export interface SqlScanResult {
  /** The text opens like a pg_dump / pg_dumpall script. */
  looksLikeDump: boolean;
  /** Nothing but comments follows pg_dump's "dump complete" comment: the script was not cut short. */
  complete: boolean;
  /** Rows per `COPY … FROM stdin` block, keyed `schema.table`. */
  tables: Map<string, number>;
  /** The COPY block the text ended inside, when it was cut short there. */
  openCopy?: { table: string; rows: number };
  bytes: number;
}

const COPY_START = /^COPY\s+((?:"[^"]+"|[\w$]+)(?:\.(?:"[^"]+"|[\w$]+))?)\s*(?:\([^)]*\))?\s+FROM\s+stdin;\s*$/i;
const COMPLETE = /^-- PostgreSQL database (?:cluster )?dump complete\s*$/;
// What may follow the closing comment: blank lines, comment lines, and psql's `\unrestrict` (pg_dump 17.6+).
const TRAILER = /^(?:\s*|--.*|\\unrestrict\s.*)$/;
const HEADER = /^--\s*PostgreSQL database (?:cluster )?dump/m;

/**
 * Streams a plain-SQL dump and proves it whole: COPY rows are counted per table and the script must
 * end with pg_dump's closing comment, which is the only reliable sign a plain dump was not truncated.
 */
export class SqlScanner extends Writable {
  private carry = '';
  private copyTable: string | undefined;
  private copyRows = 0;
  private completeSeen = false;
  private head = '';
  private readonly tables = new Map<string, number>();
  private bytes = 0;

  override _write(chunk: Buffer, _enc: BufferEncoding, done: (error?: Error | null) => void): void {
    this.bytes += chunk.length;
    const decoded = chunk.toString('utf8');
    if (this.head.length < 4096) this.head += decoded.slice(0, 4096 - this.head.length);
    const text = this.carry + decoded;
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      this.line(text.slice(start, nl));
      start = nl + 1;
    }
    this.carry = text.slice(start);
    done();
  }

  override _final(done: (error?: Error | null) => void): void {
    if (this.carry.length) this.line(this.carry);
    this.carry = '';
    done();
  }

  private line(raw: string): void {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (this.copyTable !== undefined) {
      if (line === '\\.') {
        this.tables.set(this.copyTable, (this.tables.get(this.copyTable) ?? 0) + this.copyRows);
        this.copyTable = undefined;
      } else {
        this.copyRows++;
      }
      return;
    }
    const copy = COPY_START.exec(line);
    if (copy) {
      this.copyTable = copy[1].replaceAll('"', '');
      this.copyRows = 0;
    }
    if (COMPLETE.test(line)) this.completeSeen = true;
    else if (this.completeSeen && !TRAILER.test(line)) this.completeSeen = false;
  }

  result(): SqlScanResult {
    return {
      looksLikeDump: HEADER.test(this.head),
      complete: this.copyTable === undefined && this.completeSeen,
      tables: new Map(this.tables),
      openCopy: this.copyTable === undefined ? undefined : { table: this.copyTable, rows: this.copyRows },
      bytes: this.bytes,
    };
  }
}
