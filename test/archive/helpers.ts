// Test-side helpers for the archive reader: a corpus database dumped by the real pg_dump, a
// pg_restore "second opinion", and a header rewriter for archive versions pg_dump 15 cannot write.
import { execFile } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import { readArchive } from '../../src/archive/index.js';
import type { ArchiveReport, ReadArchiveOptions } from '../../src/archive/types.js';
import { createDatabase, loadSampleDatabase } from '../../src/demo/sample-database.js';
import { findClientTool } from '../../src/postgres/binaries.js';
import { withClient } from '../../src/postgres/client.js';

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `lifeboat-${prefix}-`));
}

/** Reads a dump file; a `.gz` one is gunzipped on the way, as the integrity pass peels it before the reader. */
export function readFile(file: string, opts: ReadArchiveOptions = {}): Promise<ArchiveReport> {
  const raw = createReadStream(file, { highWaterMark: 256 * 1024 });
  return readArchive(file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw, opts);
}

export async function* chunksOf(buf: Buffer, size = 64 * 1024): AsyncGenerator<Buffer> {
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
}

/** pg_restore -f /dev/null: exit 0 means pg_restore could read every byte it needed. */
export async function pgRestoreAccepts(file: string, timeoutMs = 20_000): Promise<boolean | 'hung'> {
  const tool = await findClientTool('pg_restore');
  // pg_restore itself can spin forever on some damaged zlib streams; a hang counts as a rejection.
  return new Promise((resolve) => {
    execFile(tool.path, ['-f', '/dev/null', file], { timeout: timeoutMs, killSignal: 'SIGKILL' }, (error) => {
      if (!error) resolve(true);
      else resolve((error as { killed?: boolean }).killed ? 'hung' : false);
    });
  });
}

/** row counts of every ordinary table, keyed "schema.table" like the reader reports them. */
export async function countRows(url: string): Promise<Record<string, number>> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ s: string; t: string }>(
      `SELECT n.nspname AS s, c.relname AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'`,
    );
    const out: Record<string, number> = {};
    for (const r of rows) {
      const q = await c.query<{ n: string }>(
        `SELECT count(*) AS n FROM ${c.escapeIdentifier(r.s)}.${c.escapeIdentifier(r.t)}`,
      );
      out[`${r.s}.${r.t}`] = Number(q.rows[0].n);
    }
    return out;
  });
}

/**
 * The corpus of the issue: many tables, empty tables, large objects, wide rows, text with tabs,
 * newlines and backslashes, quoted names, plus the sample inventory database.
 */
export async function createCorpus(clusterUrl: string, name: string): Promise<string> {
  const url = await createDatabase(clusterUrl, name);
  await loadSampleDatabase(url, { ledgerRows: 20_000 });
  await withClient(url, async (c) => {
    for (let i = 1; i <= 30; i++) {
      await c.query(`CREATE TABLE public.t_${i} (id int PRIMARY KEY, v text, n numeric)`);
      await c.query(`INSERT INTO public.t_${i} SELECT g, 'value ' || g, g / 7.0 FROM generate_series(1, ${i * 137}) g`);
    }
    await c.query('CREATE TABLE public.empty_a (id int)');
    await c.query('CREATE TABLE public.empty_b (a text, b text, c bytea)');
    const cols = Array.from({ length: 60 }, (_, i) => `c${i} text`).join(', ');
    await c.query(`CREATE TABLE public.wide (${cols})`);
    const vals = Array.from({ length: 60 }, (_, i) =>
      i % 10 === 0 ? `repeat(md5(g::text), 100)` : `'w' || g || '_${i}'`,
    ).join(', ');
    await c.query(`INSERT INTO public.wide SELECT ${vals} FROM generate_series(1, 500) g`);
    await c.query(`CREATE SCHEMA "Other Schema"`);
    await c.query(`CREATE TABLE "Other Schema"."Mixed.Case ""q""" (id int, "tab	col" text, "a,b" text)`);
    await c.query(
      `INSERT INTO "Other Schema"."Mixed.Case ""q""" VALUES
       (1, E'tab\\there', E'new\\nline'), (2, E'back\\\\slash', E'\\\\N'), (3, NULL, E'cr\\r\\nlf'),
       (4, E'\\\\.', E'ends with backslash\\\\'), (5, '', E'\\t\\t\\t')`,
    );
    await c.query(`SELECT lo_from_bytea(0, 'small large object')`);
    await c.query(`SELECT lo_from_bytea(0, decode(repeat(md5('x'), 8000), 'hex'))`);
    await c.query(`SELECT lo_from_bytea(0, ''::bytea)`);
  });
  return url;
}

// ---------------------------------------------------------------------------------------------
// Rewriting a 1.14 custom archive into the 1.15 / 1.16 layouts (pg_backup_archiver.c WriteHead/
// WriteToc of those versions): 1.15 replaces the compression level int with an algorithm byte;
// 1.16 adds relkind (an int) after tableam in every TOC entry. Data blocks are unchanged, but
// recorded data offsets move by the size difference of header + TOC.

class Walker {
  pos = 0;
  constructor(
    readonly b: Buffer,
    readonly intSize = 4,
  ) {}
  int(): number {
    const sign = this.b[this.pos];
    let v = 0;
    for (let i = 0; i < this.intSize; i++) v += this.b[this.pos + 1 + i] * 2 ** (8 * i);
    this.pos += 1 + this.intSize;
    return sign ? -v : v;
  }
  str(): string | null {
    const n = this.int();
    if (n < 0) return null;
    const s = this.b.toString('utf8', this.pos, this.pos + n);
    this.pos += n;
    return s;
  }
}

const intBytes = (v: number): Buffer => {
  const b = Buffer.alloc(5);
  b[0] = v < 0 ? 1 : 0;
  b.writeUInt32LE(Math.abs(v), 1);
  return b;
};

export function rewriteVersion(
  src: Buffer,
  minor: 15 | 16,
  opts: { relkindFor?: (desc: string) => number } = {},
): Buffer {
  if (src.toString('latin1', 0, 5) !== 'PGDMP' || src[5] !== 1 || src[6] !== 14 || src[8] !== 4 || src[9] !== 8) {
    throw new Error('rewriteVersion expects a 1.14 custom archive with 4-byte ints and 8-byte offsets');
  }
  const w = new Walker(src);
  w.pos = 11; // magic(5) vmaj vmin vrev intSize offSize format
  const level = w.int();
  const afterLevel = w.pos;
  for (let i = 0; i < 7; i++) w.int();
  w.str();
  w.str();
  w.str();
  const headRest = src.subarray(afterLevel, w.pos);
  const head = Buffer.concat([
    Buffer.from('PGDMP', 'latin1'),
    Buffer.from([1, minor, 0, 4, 8, 1, level === 0 ? 0 : 1]),
    headRest,
  ]);
  const count = w.int();
  const parts: Buffer[] = [intBytes(count)];
  const offsetSlots: Array<{ part: number; value: number }> = [];
  for (let i = 0; i < count; i++) {
    const start = w.pos;
    w.int(); // dumpId
    w.int(); // hadDumper
    w.str(); // tableoid
    w.str(); // oid
    w.str(); // tag
    const desc = w.str() ?? '';
    w.int(); // section
    w.str(); // defn
    w.str(); // dropStmt
    w.str(); // copyStmt
    w.str(); // namespace
    w.str(); // tablespace
    w.str(); // tableam
    const afterAm = w.pos;
    parts.push(src.subarray(start, afterAm));
    if (minor >= 16)
      parts.push(intBytes(opts.relkindFor?.(desc) ?? (desc === 'TABLE' || desc === 'TABLE DATA' ? 114 : 0)));
    const restStart = w.pos;
    w.str(); // owner
    w.str(); // withOids
    while (w.str() !== null); // deps
    parts.push(src.subarray(restStart, w.pos));
    const flag = src[w.pos];
    const off = Number(src.readBigUInt64LE(w.pos + 1));
    const slot = Buffer.alloc(9);
    slot[0] = flag;
    parts.push(slot);
    offsetSlots.push({ part: parts.length - 1, value: flag === 2 ? off : -1 });
    w.pos += 9;
  }
  const toc = Buffer.concat(parts);
  const delta = head.length + toc.length - w.pos;
  // Offsets are written into the slots only now that the new header + TOC size is known.
  let at = head.length;
  const out = Buffer.concat([head, toc, src.subarray(w.pos)]);
  for (let i = 0; i < parts.length; i++) {
    const s = offsetSlots.find((o) => o.part === i);
    if (s && s.value >= 0) out.writeBigUInt64LE(BigInt(s.value + delta), at + 1);
    at += parts[i].length;
  }
  return out;
}

/** Same archive with another version in its header, nothing else changed (for "unsupported version"). */
export function withVersionBytes(src: Buffer, vmaj: number, vmin: number): Buffer {
  const out = Buffer.from(src);
  out[5] = vmaj;
  out[6] = vmin;
  return out;
}
