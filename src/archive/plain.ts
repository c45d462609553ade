// Plain SQL dumps (pg_dump -Fp, pg_dumpall): COPY … FROM stdin; blocks ending with `\.`, and the
// closing "-- PostgreSQL database dump complete" comment that tells a whole dump from a cut one.
import { ByteSource } from './byte-source.js';
import { fmt } from './collect.js';
import { CopyCounter, copyColumnCount, InsertCounter } from './copy-counter.js';
import type { ReaderContext } from './custom.js';
import type { ArchiveHeader } from './types.js';
import { connectTarget, decodeRaw, PlainSqlLexer, type PlainSqlItem, type Statement } from './plain-sql-lexer.js';

/** Only a line's head is kept: the header and trailer patterns need no more. */
const MAX_LINE = 1024 * 1024;
/** pg_dump's and pg_dumpall's opening comment: without it nothing says what a whole script looks like. */
const SCRIPT_HEADER = /^--\s*PostgreSQL database (?:cluster )?dump\s*$/;
/**
 * What may follow the closing comment: blank lines, comments, and psql's `\unrestrict` (pg_dump
 * 17.6+). Anything else means the "complete" line closed an earlier script, not this file.
 */
const TRAILER = /^(?:\s*|--.*|\\unrestrict\s.*)$/;

const QUALIFIED_NAME = String.raw`((?:"(?:[^"]|"")*"|[^\s."(]+)(?:\.(?:"(?:[^"]|"")*"|[^\s."(]+))*)`;
const COPY_TARGET = new RegExp(String.raw`^COPY\s+` + QUALIFIED_NAME);
const INSERT_TARGET = new RegExp(String.raw`^INSERT\s+INTO\s+` + QUALIFIED_NAME, 'i');
/** pg_dump's comment before each table's data: the only trace of a table whose INSERT data is empty. */
const TABLE_DATA_COMMENT = /^-- Data for Name: (.*); Type: TABLE DATA; Schema: (.*); Owner: .*$/;

/** `COPY public."Weird name" …` → `public.Weird name`. */
export function parseCopyTarget(line: string): string | null {
  return parseTarget(COPY_TARGET, line);
}

function parseTarget(re: RegExp, sql: string): string | null {
  const m = re.exec(sql);
  if (!m) return null;
  const parts = m[1].match(/"(?:[^"]|"")*"|[^."]+/g) ?? [];
  return parts.map((p) => (p.startsWith('"') ? p.slice(1, -1).replace(/""/g, '"') : p)).join('.');
}

export async function readPlain(src: ByteSource, ctx: ReaderContext): Promise<void> {
  const { collector } = ctx;
  const header: ArchiveHeader = { format: 'plain', compression: 'none' };
  collector.header = header;
  let copy: { name: string; key: string; counter: CopyCounter } | null = null;
  let complete = false;
  let cluster = false;
  let db: string | null = null;
  let order = 0;
  let carry = '';
  const names = new Map<string, number>();
  // INSERT data (--inserts, --column-inserts, --rows-per-insert): the run of INSERTs into one table.
  let inserts: { target: string; key: string; name: string; counter: InsertCounter } | null = null;
  // A "Data for Name" comment not yet followed by its data: with INSERT data an empty table has nothing else.
  let announced: string | null = null;

  // Comment lines outside COPY data: the header, the versions and the closing "dump complete".
  const onLine = (text: string): void => {
    if (complete && !TRAILER.test(text)) complete = false;
    if (SCRIPT_HEADER.test(text)) {
      header.scriptHeader = true;
      if (text.includes('cluster')) cluster = true;
    } else if (/^-- Dumped from database version /.test(text)) {
      header.serverVersion ??= text.replace(/^-- Dumped from database version /, '').trim();
    } else if (/^-- Dumped by pg_dump(?:all)? version /.test(text)) {
      header.dumpVersion ??= text.replace(/^-- Dumped by pg_dump(?:all)? version /, '').trim();
    } else if (/^-- PostgreSQL database (cluster )?dump complete\s*$/.test(text)) {
      // pg_dumpall closes every database with "dump complete"; only the cluster line ends the file.
      if (!cluster || text.includes('cluster')) complete = true;
    }
  };
  const onText = (raw: string): void => {
    const lines = (carry + raw).split('\n');
    carry = lines.pop()!;
    // Only a line's head is kept: the patterns above only look at the start.
    if (carry.length > MAX_LINE) carry = carry.slice(0, MAX_LINE);
    for (const line of lines) onLine(decodeRaw(line.slice(0, MAX_LINE)).replace(/\r$/, ''));
  };

  const register = (target: string): { name: string; key: string } => {
    let name = db ? `${db}/${target}` : target;
    const n = (names.get(name) ?? 0) + 1;
    names.set(name, n);
    if (n > 1) name = `${name} (#${n})`;
    const key = `plain:${order}`;
    collector.table(key, name, order++);
    return { name, key };
  };
  // An announced table whose data turned out to be no statement at all: 0 rows.
  function flushAnnounced(): void {
    if (announced !== null) register(announced);
    announced = null;
  }
  const closeInserts = (): void => {
    if (!inserts) return;
    collector.block(inserts.name, inserts.key, { ...inserts.counter.result(), bytesIn: 0, bytesOut: 0 }, false);
    inserts = null;
  };
  // Only comments before a statement's first token: a string value may hold a line that looks the same.
  const announce = (raw: string): void => {
    for (const line of raw.split('\n')) {
      if (!/^\s*(?:--.*)?$/.test(line)) break;
      const m = TABLE_DATA_COMMENT.exec(decodeRaw(line).replace(/\r$/, ''));
      if (m) {
        flushAnnounced();
        announced = `${m[2]}.${m[1]}`;
      }
    }
  };
  const onStatement = (statement: Statement): void => {
    announce(statement.raw);
    const target = parseTarget(INSERT_TARGET, statement.sql);
    if (target === null) {
      closeInserts();
      if (statement.copyFromStdin) announced = null;
      else flushAnnounced();
      return;
    }
    if (inserts?.target !== target || announced !== null) {
      closeInserts();
      announced = null;
      inserts = { target, ...register(target), counter: new InsertCounter(-1, false) };
    }
    const bytes = Buffer.from(statement.raw, 'latin1');
    inserts.counter.push(bytes, 0, bytes.length);
    complete = false;
  };

  const startCopy = (statement: Statement): void => {
    const target = parseCopyTarget(statement.sql) ?? `unknown table ${order + 1}`;
    const { name, key } = register(target);
    copy = { name, key, counter: new CopyCounter(ctx.checkFields ? copyColumnCount(statement.sql) : -1, true) };
    complete = false;
  };

  const onItem = (item: PlainSqlItem): void => {
    if (item.kind === 'copy-data' || item.kind === 'copy-end') {
      if (!copy) return;
      const c: { name: string; key: string; counter: CopyCounter } = copy;
      const bytes = item.kind === 'copy-data' ? item.bytes : Buffer.from(item.raw, 'latin1');
      c.counter.push(bytes, 0, bytes.length);
      if (item.kind === 'copy-end' && item.terminated) {
        collector.block(c.name, c.key, { ...c.counter.result(), bytesIn: 0, bytesOut: 0 }, false);
        copy = null;
      }
      return;
    }
    onText(item.raw);
    if (item.kind === 'statement') onStatement(item);
    else if (item.kind === 'gap') announce(item.raw);
    if (item.kind === 'statement' && item.copyFromStdin) startCopy(item);
    else if (item.kind === 'meta' && (item.command === 'connect' || item.command === 'c')) {
      closeInserts();
      flushAnnounced();
      db = connectTarget(item.args).database ?? db;
    }
  };

  // What psql executes, not what lines look like: a COPY line inside a string is not a COPY.
  const lexer = new PlainSqlLexer({ lineNumbers: false });
  for (;;) {
    if (src.buffered === 0 && !(await src.pull())) break;
    for (const item of lexer.push(src.takeSome(src.buffered))) onItem(item);
  }
  for (const item of lexer.end()) onItem(item);
  if (carry) onLine(decodeRaw(carry));
  closeInserts();
  flushAnnounced();
  if (copy) {
    const c: { name: string; key: string; counter: CopyCounter } = copy;
    const r = c.counter.result();
    collector.addRows(c.key, r.rows);
    collector.problem({
      entry: c.name,
      kind: 'truncated',
      message: `data for ${c.name} ends after ${fmt(r.rows)} rows: archive truncated`,
    });
    return;
  }
  if (!complete) {
    collector.problem({
      kind: 'truncated',
      message: `plain SQL dump does not end with "-- PostgreSQL database ${cluster ? 'cluster ' : ''}dump complete": archive truncated`,
    });
  }
}
