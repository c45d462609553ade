// Splits a plain SQL script (pg_dump -Fp, pg_dumpall) into what psql would execute: top-level
// statements, psql meta-commands and COPY … FROM stdin data, with psql's own lexical rules
// (psqlscan.l), so that nothing inside a string, quoted identifier, comment or COPY block is ever
// taken for a statement. Input arrives in chunks split anywhere; memory holds one statement at a
// time (COPY data passes through in slices of the input), never the script.
//
// Text is handled as "binary strings" (latin1: one char per byte) so chunk boundaries may split a
// multibyte character and every item's `raw` is the script's exact bytes. SQL's syntax characters
// are ASCII, and no server encoding puts an ASCII byte inside a multibyte character.

/** A psql backslash command: `\connect db` → command "connect", args "db". */
export interface MetaCommand {
  kind: 'meta';
  /** Exact bytes, the line end included (latin1). */
  raw: string;
  /** Without the backslash: "connect", "restrict", "." … */
  command: string;
  /** The rest of the line, trimmed, decoded as UTF-8. */
  args: string;
  /** 1-based line of the backslash. */
  line: number;
}

export interface Statement {
  kind: 'statement';
  /** Exact bytes from the end of the previous item through the `;` (latin1): leading comments included. */
  raw: string;
  /** The statement as UTF-8 text, comments replaced by a space, trimmed; `;` included when present. */
  sql: string;
  /** 1-based line where the statement's first token is. */
  line: number;
  /** False for text left at the end of the script without `;` (psql still runs it). */
  terminated: boolean;
  /** `COPY … FROM stdin`: the data items that follow belong to it. */
  copyFromStdin: boolean;
  /**
   * Meta-commands psql would run while this statement was still being read (a backslash in the middle
   * of it). Their bytes stay in `raw` and out of `sql`. pg_dump never writes these.
   */
  innerMetas: MetaCommand[];
  /**
   * COPY … FROM stdin only: non-blank text after the `;` on the same line. psql runs it after the
   * data, which this lexer does not model: consumers that need every statement must refuse it.
   */
  copyTrailing?: string;
}

/** Rows of a COPY … FROM stdin block, a slice of the input at a time. */
export class CopyData {
  readonly kind = 'copy-data';
  constructor(readonly bytes: Buffer) {}
  /** The bytes as a latin1 string, like every other item's `raw`. */
  get raw(): string {
    return this.bytes.toString('latin1');
  }
}

/** The `\.` line that ends a COPY block (or nothing, when the script ends inside one). */
export interface CopyEnd {
  kind: 'copy-end';
  raw: string;
  /** False when the script ended before `\.`. */
  terminated: boolean;
}

/** Whitespace and comments outside statements: before a meta-command, or at the end of the script. */
export interface Gap {
  kind: 'gap';
  raw: string;
}

export type PlainSqlItem = Statement | MetaCommand | CopyData | CopyEnd | Gap;

type Mode = 'normal' | 'squote' | 'equote' | 'dquote' | 'dollar' | 'line-comment' | 'block-comment' | 'meta';

const BACKSLASH = 0x5c;

function isIdentStart(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c >= 0x80;
}

function isIdentCont(c: number): boolean {
  return isIdentStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x24;
}

function isDollarTagCont(c: number): boolean {
  return isIdentCont(c) && c !== 0x24;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b;
}

/** Latin1 "binary string" → UTF-8 text. */
export function decodeRaw(raw: string): string {
  return Buffer.from(raw, 'latin1').toString('utf8');
}

/**
 * The incremental lexer: `push` chunks, then `end`; each returns the items completed so far. Items
 * concatenated by `raw` (skipping nothing) give back the input exactly.
 */
export class PlainSqlLexer {
  private buf = '';
  private pos = 0;
  private mode: Mode = 'normal';
  private started = false;
  /** Where the statement's first token is in buf, and its line. */
  private startLine = 1;
  /** Line number at buf[0]. */
  private bufLine = 1;
  /** Spans of buf ([start, end)) that are comments or inner meta-commands: not part of `sql`. */
  private skips: [number, number][] = [];
  private metaStart = 0;
  private innerMetas: MetaCommand[] = [];
  private parenDepth = 0;
  private beginDepth = 0;
  private identifiers: string[] = [];
  private identifierCount = 0;
  private commentStart = 0;
  private commentDepth = 0;
  private dollarTag = '';
  private standardStrings: boolean;
  private copy: { hold: Buffer; lineStart: boolean } | undefined;
  private afterCopyStatement = false;
  private lastCopyTrailing: string | undefined;
  private out: PlainSqlItem[] = [];
  private ended = false;

  private readonly copyLines: boolean;

  /**
   * `lineNumbers: false` skips counting the lines of COPY data (a third of the lexer's time on a
   * data-heavy dump): items after the first COPY block then carry line numbers that are too low.
   */
  constructor(opts: { standardConformingStrings?: boolean; lineNumbers?: boolean } = {}) {
    this.standardStrings = opts.standardConformingStrings ?? true;
    this.copyLines = opts.lineNumbers ?? true;
  }

  /** A chunk of the script: bytes, or a latin1 "binary string". */
  push(chunk: Buffer | string): PlainSqlItem[] {
    if (this.ended) throw new Error('PlainSqlLexer: push after end');
    this.feed(typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk, false);
    return this.take();
  }

  end(): PlainSqlItem[] {
    if (!this.ended) {
      this.ended = true;
      this.feed(Buffer.alloc(0), true);
    }
    return this.take();
  }

  private take(): PlainSqlItem[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  private feed(bytes: Buffer, final: boolean): void {
    let rest = bytes;
    for (;;) {
      // COPY data stays in bytes: most of a dump passes through without being decoded.
      if (this.copy) {
        rest = this.feedCopy(rest, final);
        if (this.copy) return;
        continue;
      }
      this.buf += rest.toString('latin1');
      const leftover = this.scan(final);
      if (leftover === undefined) return;
      // A COPY statement ended: what follows its line is data, handled without buffering.
      rest = Buffer.from(leftover, 'latin1');
    }
  }

  /** Lexes buf from pos; returns the unscanned remainder when a COPY block begins. */
  private scan(final: boolean): string | undefined {
    while (this.pos < this.buf.length) {
      // Re-read each turn: a statement or meta-command that ends shortens buf.
      const b = this.buf;
      const c = b.charCodeAt(this.pos);
      switch (this.mode) {
        case 'normal': {
          if (isSpace(c)) {
            this.pos++;
            continue;
          }
          if (c === 0x2d /* - */ || c === 0x2f /* / */) {
            if (this.pos + 1 >= b.length && !final) return undefined;
            const d = b.charCodeAt(this.pos + 1);
            if (c === 0x2d && d === 0x2d) {
              this.commentStart = this.pos;
              this.mode = 'line-comment';
              this.pos += 2;
              continue;
            }
            if (c === 0x2f && d === 0x2a) {
              this.commentStart = this.pos;
              this.commentDepth = 1;
              this.mode = 'block-comment';
              this.pos += 2;
              continue;
            }
          }
          if (c === BACKSLASH) {
            this.metaStart = this.pos;
            this.mode = 'meta';
            this.pos++;
            continue;
          }
          this.markStarted();
          if (c === 0x27 /* ' */) {
            this.mode = this.standardStrings ? 'squote' : 'equote';
            this.pos++;
          } else if (c === 0x22 /* " */) {
            this.mode = 'dquote';
            this.pos++;
          } else if (c === 0x24 /* $ */) {
            // $tag$ opens a dollar quote; $1 is a parameter.
            let end = this.pos + 1;
            if (end < b.length && isIdentStart(b.charCodeAt(end))) {
              end++;
              while (end < b.length && isDollarTagCont(b.charCodeAt(end))) end++;
            }
            if (end >= b.length && !final) return undefined;
            if (b.charCodeAt(end) === 0x24) {
              this.dollarTag = b.slice(this.pos, end + 1);
              this.mode = 'dollar';
              this.pos = end + 1;
            } else {
              this.pos++;
            }
          } else if (isIdentStart(c)) {
            let end = this.pos + 1;
            while (end < b.length && isIdentCont(b.charCodeAt(end))) end++;
            if (end >= b.length && !final) return undefined;
            const word = b.slice(this.pos, end);
            this.pos = end;
            if ((word === 'E' || word === 'e') && b.charCodeAt(end) === 0x27) {
              this.mode = 'equote';
              this.pos++;
            } else {
              this.onIdentifier(foldCase(word));
            }
          } else if (isDigit(c)) {
            let end = this.pos + 1;
            while (end < b.length && (isIdentCont(b.charCodeAt(end)) || b.charCodeAt(end) === 0x2e)) end++;
            if (end >= b.length && !final) return undefined;
            this.pos = end;
          } else if (c === 0x28 /* ( */) {
            this.parenDepth++;
            this.pos++;
          } else if (c === 0x29 /* ) */) {
            if (this.parenDepth > 0) this.parenDepth--;
            this.pos++;
          } else if (c === 0x3b /* ; */) {
            this.pos++;
            if (this.parenDepth === 0 && this.beginDepth === 0) {
              const leftover = this.endStatement(true, final);
              if (leftover === null) return undefined;
              if (leftover !== undefined) return leftover;
            }
          } else {
            this.pos++;
          }
          continue;
        }
        case 'squote':
        case 'dquote': {
          const quote = this.mode === 'squote' ? "'" : '"';
          const i = b.indexOf(quote, this.pos);
          if (i === -1) {
            this.pos = b.length;
            continue;
          }
          if (i + 1 >= b.length && !final) {
            this.pos = i;
            return undefined;
          }
          if (b[i + 1] === quote) {
            this.pos = i + 2;
          } else {
            this.pos = i + 1;
            this.mode = 'normal';
          }
          continue;
        }
        case 'equote': {
          if (c === BACKSLASH) {
            if (this.pos + 1 >= b.length && !final) return undefined;
            this.pos += 2;
          } else if (c === 0x27) {
            if (this.pos + 1 >= b.length && !final) return undefined;
            if (b.charCodeAt(this.pos + 1) === 0x27) this.pos += 2;
            else {
              this.pos++;
              this.mode = 'normal';
            }
          } else {
            this.pos++;
          }
          continue;
        }
        case 'dollar': {
          const i = b.indexOf(this.dollarTag, this.pos);
          if (i === -1) {
            // The closing tag may straddle this chunk and the next.
            this.pos = Math.max(this.pos, b.length - this.dollarTag.length + 1);
            if (final) this.pos = b.length;
            if (!final) return undefined;
            continue;
          }
          this.pos = i + this.dollarTag.length;
          this.mode = 'normal';
          continue;
        }
        case 'line-comment': {
          const i = b.indexOf('\n', this.pos);
          if (i === -1) {
            this.pos = b.length;
            if (!final) return undefined;
            this.skips.push([this.commentStart, b.length]);
            this.mode = 'normal';
            continue;
          }
          this.pos = i + 1;
          this.skips.push([this.commentStart, i]);
          this.mode = 'normal';
          continue;
        }
        case 'block-comment': {
          if (c === 0x2a /* * */ || c === 0x2f /* / */) {
            if (this.pos + 1 >= b.length && !final) return undefined;
            const d = b.charCodeAt(this.pos + 1);
            if (c === 0x2a && d === 0x2f) {
              this.pos += 2;
              if (--this.commentDepth === 0) {
                this.skips.push([this.commentStart, this.pos]);
                this.mode = 'normal';
              }
              continue;
            }
            if (c === 0x2f && d === 0x2a) {
              this.pos += 2;
              this.commentDepth++;
              continue;
            }
          }
          this.pos++;
          continue;
        }
        case 'meta': {
          const i = b.indexOf('\n', this.pos);
          if (i === -1 && !final) {
            this.pos = b.length;
            return undefined;
          }
          const end = i === -1 ? b.length : i + 1;
          this.pos = end;
          this.mode = 'normal';
          this.onMeta(end);
          continue;
        }
      }
    }
    if (final) this.finish();
    return undefined;
  }

  private markStarted(): void {
    if (this.started) return;
    this.started = true;
    this.startLine = this.bufLine + countNewlines(this.buf, 0, this.pos);
  }

  /** psqlscan.l: `;` inside CREATE FUNCTION/PROCEDURE … BEGIN ATOMIC … END does not end the statement. */
  private onIdentifier(word: string): void {
    if (this.identifierCount === 0) this.identifiers = [];
    if (['create', 'function', 'procedure', 'or', 'replace'].includes(word) && this.identifierCount < 4) {
      this.identifiers[this.identifierCount] = word[0];
    }
    this.identifierCount++;
    const id = this.identifiers;
    const inRoutine =
      id[0] === 'c' &&
      (id[1] === 'f' || id[1] === 'p' || (id[1] === 'o' && id[2] === 'r' && (id[3] === 'f' || id[3] === 'p')));
    if (inRoutine && this.parenDepth === 0) {
      if (word === 'begin') this.beginDepth++;
      else if (word === 'case' && this.beginDepth >= 1) this.beginDepth++;
      else if (word === 'end' && this.beginDepth > 0) this.beginDepth--;
    }
  }

  private onMeta(end: number): void {
    const b = this.buf;
    const raw = b.slice(this.metaStart, end);
    const text = decodeRaw(raw.slice(1)).replace(/\r?\n$/, '');
    // `\.` and `\\` are commands of their own; others run to the first blank.
    const m = /^(\.|\\|[^\s\\]*)\s*([\s\S]*)$/.exec(text)!;
    const line = this.bufLine + countNewlines(b, 0, this.metaStart);
    const meta: MetaCommand = { kind: 'meta', raw, command: m[1], args: m[2].trim(), line };
    if (this.started) {
      this.innerMetas.push(meta);
      this.skips.push([this.metaStart, end]);
      return;
    }
    // The comments and blanks before it are emitted with it; the meta-command's line is its own item.
    if (this.metaStart > 0) this.emitLeading(this.metaStart);
    meta.raw = this.buf.slice(0, end - this.metaStart);
    this.consume(end - this.metaStart);
    this.out.push(meta);
  }

  /** Blanks and comments before a meta-command at statement level. */
  private emitLeading(upTo: number): void {
    this.out.push({ kind: 'gap', raw: this.buf.slice(0, upTo) });
    this.consume(upTo);
  }

  /** Drops `n` chars from the front of buf (already emitted). */
  private consume(n: number): void {
    this.bufLine += countNewlines(this.buf, 0, n);
    this.buf = this.buf.slice(n);
    this.pos -= n;
    this.skips = [];
  }

  /**
   * The statement ends at pos. Returns: the remainder to read as COPY data (string), null when the
   * rest of the COPY line has not arrived yet, or undefined to go on lexing.
   */
  private endStatement(terminated: boolean, final: boolean): string | null | undefined {
    let end = this.pos;
    const sql = this.sqlText(end);
    const copyFromStdin = terminated && isCopyFromStdin(sql);
    let trailing: string | undefined;
    if (copyFromStdin) {
      const nl = this.buf.indexOf('\n', end);
      if (nl === -1 && !final) {
        // Wait for the line's end; rescanning from the `;` is harmless.
        this.pos = end - 1;
        return null;
      }
      const lineEnd = nl === -1 ? this.buf.length : nl + 1;
      const rest = this.buf.slice(end, lineEnd);
      if (rest.trim() !== '') trailing = decodeRaw(rest).trim();
      end = lineEnd;
    }
    const statement: Statement = {
      kind: 'statement',
      raw: this.buf.slice(0, end),
      sql,
      line: this.startLine,
      terminated,
      copyFromStdin,
      innerMetas: this.innerMetas,
      ...(trailing !== undefined ? { copyTrailing: trailing } : {}),
    };
    this.out.push(statement);
    this.trackSettings(sql);
    const leftover = this.buf.slice(end);
    this.bufLine += countNewlines(this.buf, 0, end);
    this.buf = '';
    this.pos = 0;
    this.resetStatement();
    if (copyFromStdin) {
      this.copy = { hold: EMPTY, lineStart: true };
      return leftover;
    }
    this.buf = leftover;
    return undefined;
  }

  private resetStatement(): void {
    this.started = false;
    this.skips = [];
    this.innerMetas = [];
    this.parenDepth = 0;
    this.beginDepth = 0;
    this.identifierCount = 0;
    this.identifiers = [];
  }

  private sqlText(end: number): string {
    let out = '';
    let at = 0;
    for (const [s, e] of this.skips) {
      if (s >= end) break;
      out += `${this.buf.slice(at, s)} `;
      at = Math.min(e, end);
    }
    out += this.buf.slice(at, end);
    return decodeRaw(out).trim();
  }

  /** With standard_conforming_strings off, backslashes escape in '…' too (pre-9.1 dumps set it). */
  private trackSettings(sql: string): void {
    const m =
      /^SET\s+(?:SESSION\s+)?standard_conforming_strings\s*(?:=|TO)\s*'?(on|off|true|false)'?/i.exec(sql) ??
      /^SELECT\s+pg_catalog\.set_config\('standard_conforming_strings',\s*'(on|off)'/i.exec(sql);
    if (m) this.standardStrings = /^(on|true)$/i.test(m[1]);
  }

  private finish(): void {
    if (this.mode === 'line-comment') this.skips.push([this.commentStart, this.buf.length]);
    if (this.mode === 'block-comment') this.skips.push([this.commentStart, this.buf.length]);
    this.mode = 'normal';
    if (this.started) {
      this.pos = this.buf.length;
      this.endStatement(false, true);
    }
    if (this.buf.length > 0) this.out.push({ kind: 'gap', raw: this.buf });
    this.buf = '';
    this.pos = 0;
  }

  /**
   * COPY data: lines up to one that is exactly `\.`. Only lines starting with a backslash are looked
   * at, and only an undecidable tail (`\` or `\.` at the end of the input) is held back; everything
   * else passes straight through. Returns what follows the block.
   */
  private feedCopy(bytes: Buffer, final: boolean): Buffer {
    const copy = this.copy!;
    const input = copy.hold.length ? Buffer.concat([copy.hold, bytes]) : bytes;
    copy.hold = EMPTY;
    const len = input.length;
    const nextLine = (from: number): number => {
      const i = input.indexOf('\n\\', from);
      return i === -1 ? -1 : i + 1;
    };
    let p = copy.lineStart && input[0] === BACKSLASH ? 0 : nextLine(0);
    while (p !== -1) {
      let end = -1;
      let undecided = false;
      if (p + 1 >= len) undecided = true;
      else if (input[p + 1] === 0x2e /* . */) {
        const q = p + 2;
        if (q >= len) undecided = true;
        else if (input[q] === 0x0a) end = q + 1;
        else if (input[q] === 0x0d) {
          if (q + 1 >= len) undecided = true;
          else if (input[q + 1] === 0x0a) end = q + 2;
        }
      }
      if (undecided && final) end = len;
      if (end !== -1) {
        if (p > 0) this.out.push(new CopyData(input.subarray(0, p)));
        this.out.push({ kind: 'copy-end', raw: input.toString('latin1', p, end), terminated: true });
        if (this.copyLines) this.bufLine += countNewlineBytes(input, 0, end);
        this.copy = undefined;
        return input.subarray(end);
      }
      if (undecided) {
        if (p > 0) this.out.push(new CopyData(input.subarray(0, p)));
        if (this.copyLines) this.bufLine += countNewlineBytes(input, 0, p);
        // Copied: a view would pin the whole chunk until the next one arrives.
        copy.hold = Buffer.from(input.subarray(p));
        copy.lineStart = true;
        return EMPTY;
      }
      p = nextLine(p);
    }
    if (len > 0) this.out.push(new CopyData(input));
    if (this.copyLines) this.bufLine += countNewlineBytes(input, 0, len);
    if (len > 0) copy.lineStart = input[len - 1] === 0x0a;
    if (final) {
      this.out.push({ kind: 'copy-end', raw: '', terminated: false });
      this.copy = undefined;
    }
    return EMPTY;
  }
}

const EMPTY = Buffer.alloc(0);

function countNewlineBytes(b: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = b.indexOf(0x0a, from); i !== -1 && i < to; i = b.indexOf(0x0a, i + 1)) n++;
  return n;
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i !== -1 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** `COPY … FROM stdin` (pg_dump's form; psql's `FROM STDIN` in any case). */
function isCopyFromStdin(sql: string): boolean {
  const tokens = tokenize(sql);
  if (!isWord(tokens[0], 'copy')) return false;
  const from = tokens.findIndex((t) => isWord(t, 'from'));
  return from > 0 && isWord(tokens[from + 1], 'stdin');
}

type TokenBody =
  | { kind: 'word'; text: string; lower: string }
  | { kind: 'quoted'; text: string; unclosed?: true }
  | { kind: 'string'; text: string; unclosed?: true }
  | { kind: 'number'; text: string }
  | { kind: 'param'; text: string }
  | { kind: 'op'; text: string };

/** A token and where it is in the statement's text ([start, end)). */
export type Token = TokenBody & { start: number; end: number };

/**
 * The tokens of one statement's `sql` (comments already removed): words (keywords and unquoted
 * identifiers, `lower` folded as PostgreSQL folds them), quoted identifiers (unescaped), strings
 * (their value), numbers and operators/punctuation one char at a time.
 */
export function tokenize(sql: string, standardStrings = true): Token[] {
  const out: (TokenBody & Partial<Pick<Token, 'start' | 'end'>>)[] = [];
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const start = i;
    const before = out.length;
    const ch = sql[i];
    const c = sql.charCodeAt(i);
    if (isSpace(c)) {
      i++;
    } else if (ch === '-' && sql[i + 1] === '-') {
      const e = sql.indexOf('\n', i);
      i = e === -1 ? n : e + 1;
    } else if (ch === '/' && sql[i + 1] === '*') {
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        if (sql[i] === '*' && sql[i + 1] === '/') {
          depth--;
          i += 2;
        } else if (sql[i] === '/' && sql[i + 1] === '*') {
          depth++;
          i += 2;
        } else i++;
      }
    } else if (ch === '"') {
      const q = readQuoted(sql, i + 1, '"', false);
      out.push({ kind: 'quoted', text: q.text, ...(q.closed ? {} : { unclosed: true }) });
      i = q.end;
    } else if (
      ch === "'" ||
      ((ch === 'E' || ch === 'e') && sql[i + 1] === "'" && !isIdentCont(sql.charCodeAt(i - 1)))
    ) {
      const q = readQuoted(sql, i + (ch === "'" ? 1 : 2), "'", ch !== "'" || !standardStrings);
      out.push({ kind: 'string', text: q.text, ...(q.closed ? {} : { unclosed: true }) });
      i = q.end;
    } else if (ch === '$') {
      const m = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(sql.slice(i, i + 200));
      if (m) {
        const close = sql.indexOf(m[0], i + m[0].length);
        const end = close === -1 ? n : close;
        out.push({ kind: 'string', text: sql.slice(i + m[0].length, end) });
        i = close === -1 ? n : close + m[0].length;
      } else {
        let e = i + 1;
        while (e < n && isDigit(sql.charCodeAt(e))) e++;
        out.push({ kind: 'param', text: sql.slice(i, e) });
        i = Math.max(e, i + 1);
      }
    } else if (isIdentStart(c)) {
      let e = i + 1;
      while (e < n && isIdentCont(sql.charCodeAt(e))) e++;
      const text = sql.slice(i, e);
      out.push({ kind: 'word', text, lower: foldCase(text) });
      i = e;
    } else if (isDigit(c)) {
      let e = i + 1;
      while (e < n && (isIdentCont(sql.charCodeAt(e)) || sql[e] === '.')) e++;
      out.push({ kind: 'number', text: sql.slice(i, e) });
      i = e;
    } else {
      out.push({ kind: 'op', text: ch });
      i++;
    }
    if (out.length > before) Object.assign(out[before], { start, end: i });
  }
  return out as Token[];
}

/** The value of a '…' or "…" from just after the opening quote: doubled quotes, and backslashes when `escapes`. */
function readQuoted(
  sql: string,
  start: number,
  quote: string,
  escapes: boolean,
): { text: string; end: number; closed: boolean } {
  let text = '';
  let i = start;
  while (i < sql.length) {
    if (escapes && sql[i] === '\\') {
      text += sql[i + 1] ?? '';
      i += 2;
    } else if (sql[i] === quote) {
      if (sql[i + 1] !== quote) return { text, end: i + 1, closed: true };
      text += quote;
      i += 2;
    } else text += sql[i++];
  }
  return { text, end: i, closed: false };
}

/** PostgreSQL folds unquoted names ASCII-only (downcase_identifier in a multibyte encoding). */
function foldCase(word: string): string {
  return word.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

export function isWord(token: Token | undefined, lower: string): boolean {
  return token?.kind === 'word' && token.lower === lower;
}

/** Lexes a whole stream (file, pg_restore's stdout …), item by item. */
export async function* lexPlainSql(
  input: AsyncIterable<Buffer | string>,
  opts: { standardConformingStrings?: boolean } = {},
): AsyncGenerator<PlainSqlItem> {
  const lexer = new PlainSqlLexer(opts);
  for await (const chunk of input) yield* lexer.push(chunk);
  yield* lexer.end();
}

/**
 * `\connect` arguments as psql reads them: `shop`, `"odd name"`, `-reuse-previous=on "dbname='shop'"`,
 * a conninfo string or URI. Returns the database and whether anything but the database changes.
 */
export function connectTarget(args: string): { database?: string; otherServer: boolean } {
  const words: string[] = [];
  const re = /"((?:[^"]|"")*)"|'((?:[^'\\]|\\.)*)'|(\S+)/g;
  for (const m of args.matchAll(re)) {
    words.push(
      m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3],
    );
  }
  const positional = words.filter((w) => !/^-reuse-previous(=\S*)?$/.test(w));
  const [first, , host, port] = positional;
  let database: string | undefined = first === '-' ? undefined : first;
  let otherServer = (host !== undefined && host !== '-') || (port !== undefined && port !== '-');
  if (first && /^postgres(ql)?:\/\//.test(first)) {
    const u = new URL(first);
    database = decodeURIComponent(u.pathname.slice(1)) || undefined;
    otherServer ||= u.hostname !== '' || u.port !== '' || u.searchParams.has('host') || u.searchParams.has('port');
  } else if (first?.includes('=')) {
    database = undefined;
    for (const m of first.matchAll(/(\w+)\s*=\s*(?:'((?:[^'\\]|\\.)*)'|(\S+))/g)) {
      const value = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3];
      if (m[1] === 'dbname') database = value;
      else if (['host', 'hostaddr', 'port', 'service'].includes(m[1])) otherServer = true;
    }
  }
  return { database, otherServer };
}
