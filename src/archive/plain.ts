// Plain SQL dumps (pg_dump -Fp, pg_dumpall): COPY … FROM stdin; blocks ending with `\.`, and the
// closing "-- PostgreSQL database dump complete" comment that tells a whole dump from a cut one.
import { ByteSource } from './byte-source.js';
import { fmt } from './collect.js';
import { CopyCounter, copyColumnCount } from './copy-counter.js';
import type { ReaderContext } from './custom.js';
import type { ArchiveHeader } from './types.js';

/** Only a line's head is kept: COPY lines are short, and other SQL lines only need their start. */
const MAX_LINE = 1024 * 1024;
/** pg_dump's and pg_dumpall's opening comment: without it nothing says what a whole script looks like. */
const SCRIPT_HEADER = /^--\s*PostgreSQL database (?:cluster )?dump\s*$/;
/**
 * What may follow the closing comment: blank lines, comments, and psql's `\unrestrict` (pg_dump
 * 17.6+). Anything else means the "complete" line closed an earlier script, not this file.
 */
const TRAILER = /^(?:\s*|--.*|\\unrestrict\s.*)$/;

/** `public."Weird name"` → `public.Weird name`. */
export function parseCopyTarget(line: string): string | null {
  const m = /^COPY\s+((?:"(?:[^"]|"")*"|[^\s."(]+)(?:\.(?:"(?:[^"]|"")*"|[^\s."(]+))*)/.exec(line);
  if (!m) return null;
  const parts = m[1].match(/"(?:[^"]|"")*"|[^."]+/g) ?? [];
  return parts.map((p) => (p.startsWith('"') ? p.slice(1, -1).replace(/""/g, '"') : p)).join('.');
}

export async function readPlain(src: ByteSource, gzipped: boolean, ctx: ReaderContext): Promise<void> {
  const { collector } = ctx;
  const header: ArchiveHeader = { format: 'plain', gzipped, compression: 'none' };
  collector.header = header;
  let line: Buffer[] = [];
  let lineLen = 0;
  let copy: { name: string; key: string; counter: CopyCounter } | null = null;
  let complete = false;
  let cluster = false;
  let db: string | null = null;
  let order = 0;
  const names = new Map<string, number>();

  const onLine = (text: string): void => {
    if (complete && !TRAILER.test(text)) complete = false;
    if (text.startsWith('COPY ') && /\sFROM stdin;\s*$/.test(text)) {
      const target = parseCopyTarget(text) ?? `unknown table ${order + 1}`;
      let name = db ? `${db}/${target}` : target;
      const n = (names.get(name) ?? 0) + 1;
      names.set(name, n);
      if (n > 1) name = `${name} (#${n})`;
      const key = `plain:${order}`;
      collector.table(key, name, order++);
      copy = { name, key, counter: new CopyCounter(ctx.checkFields ? copyColumnCount(text) : -1, true) };
      complete = false;
    } else if (SCRIPT_HEADER.test(text)) {
      header.scriptHeader = true;
      if (text.includes('cluster')) cluster = true;
    } else if (/^-- Dumped from database version /.test(text)) {
      header.serverVersion ??= text.replace(/^-- Dumped from database version /, '').trim();
    } else if (/^-- Dumped by pg_dump(?:all)? version /.test(text)) {
      header.dumpVersion ??= text.replace(/^-- Dumped by pg_dump(?:all)? version /, '').trim();
    } else if (/^-- PostgreSQL database (cluster )?dump complete\s*$/.test(text)) {
      // pg_dumpall closes every database with "dump complete"; only the cluster line ends the file.
      if (!cluster || text.includes('cluster')) complete = true;
    } else if (text.startsWith('\\connect ')) {
      db =
        text
          .slice(9)
          .trim()
          .replace(/^-reuse-previous=on\s+/, '')
          .replace(/^"(.*)"$/, '$1') || db;
    }
  };

  const endCopy = (): void => {
    if (!copy) return;
    const r = copy.counter.result();
    collector.block(copy.name, copy.key, { ...r, bytesIn: 0, bytesOut: 0 }, false);
    copy = null;
  };

  for (;;) {
    if (src.buffered === 0 && !(await src.pull())) break;
    const buf = src.takeSome(src.buffered);
    let pos = 0;
    while (pos < buf.length) {
      if (copy) {
        const c: { counter: CopyCounter } = copy;
        const after = c.counter.push(buf, pos, buf.length);
        if (after < 0) {
          pos = buf.length;
          break;
        }
        endCopy();
        pos = after;
        continue;
      }
      const nl = buf.indexOf(10, pos);
      const stop = nl === -1 ? buf.length : nl;
      if (lineLen < MAX_LINE) {
        const take = buf.subarray(pos, Math.min(stop, pos + MAX_LINE - lineLen));
        line.push(take);
        lineLen += take.length;
      }
      if (nl === -1) {
        // Views into the input must not outlive it unboundedly; copy the partial line.
        line = [Buffer.concat(line)];
        pos = buf.length;
        break;
      }
      onLine(Buffer.concat(line, lineLen).toString('utf8').replace(/\r$/, ''));
      line = [];
      lineLen = 0;
      pos = nl + 1;
    }
  }
  if (lineLen > 0) onLine(Buffer.concat(line, lineLen).toString('utf8'));
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
