// Header and table of contents of pg_dump's custom and tar formats, as pg_backup_archiver.c
// (ReadHead, ReadToc, ReadInt, ReadStr, ReadOffset) and the formats' _ReadExtraToc define them.
import { ByteSource, EndOfInput } from './byte-source.js';
import type { ArchiveHeader, Compression, Section, TocEntry } from './types.js';

/** Damaged structure: the archive cannot be read past this point. */
export class CorruptArchive extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorruptArchive';
  }
}

/** A version or feature this reader does not know; never guessed at. */
export class UnsupportedArchive extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedArchive';
  }
}

export const ARCH_CUSTOM = 1;
export const ARCH_TAR = 3;

const MIN_MINOR = 12;
const MAX_MINOR = 16;
/** No real TOC string (a view or function body) comes near this; a larger length is corruption. */
const MAX_STRING = 64 * 1024 * 1024;
const MAX_TOC_ENTRIES = 50_000_000;

export interface ParsedHead {
  header: ArchiveHeader;
  vmin: number;
  intSize: number;
  offSize: number;
  formatByte: number;
}

export class ArchiveIO {
  constructor(
    readonly src: ByteSource,
    public intSize = 4,
    public offSize = 8,
  ) {}

  /** ReadInt: a sign byte, then intSize bytes little-endian magnitude. */
  async int(): Promise<number> {
    const need = 1 + this.intSize;
    if (!this.src.has(need) && !(await this.src.fill(need))) throw new EndOfInput(need);
    return this.intSync();
  }

  /** ReadInt on bytes already in hand: buf[at] is the sign byte. */
  intAt(buf: Uint8Array, at: number): number {
    let v = 0;
    let mul = 1;
    for (let i = 1; i <= this.intSize; i++) {
      v += buf[at + i] * mul;
      mul *= 256;
    }
    return buf[at] ? -v : v;
  }

  intSync(): number {
    const sign = this.src.byteSync();
    let v = 0;
    let mul = 1;
    for (let i = 0; i < this.intSize; i++) {
      v += this.src.byteSync() * mul;
      mul *= 256;
    }
    return sign ? -v : v;
  }

  async str(): Promise<string | null> {
    const len = await this.int();
    if (len < 0) return null;
    if (len === 0) return '';
    if (len > MAX_STRING) throw new CorruptArchive(`TOC string of ${len} bytes at offset ${this.src.position}`);
    return (await this.src.take(len)).toString('utf8');
  }

  /** ReadOffset: a K_OFFSET_* flag byte, then offSize bytes little-endian. */
  async offset(): Promise<{ state: TocEntry['dataState']; offset: number }> {
    const flag = await this.src.byte();
    const raw = await this.src.take(this.offSize);
    let v = 0;
    let mul = 1;
    for (let i = 0; i < raw.length; i++) {
      v += raw[i] * mul;
      mul *= 256;
    }
    if (flag === 1) return { state: 'not-set', offset: v };
    if (flag === 2) return { state: 'set', offset: v };
    if (flag === 3) return { state: 'none', offset: v };
    throw new CorruptArchive(`unexpected data offset flag ${flag}`);
  }
}

const COMPRESSION_ALGORITHMS: Record<number, Compression> = { 0: 'none', 1: 'gzip', 2: 'lz4', 3: 'zstd' };

/** ReadHead, after the caller has consumed and checked the 5-byte "PGDMP" magic. */
export async function readHead(io: ArchiveIO, format: 'custom' | 'tar'): Promise<ParsedHead> {
  const src = io.src;
  const vmaj = await src.byte();
  const vmin = await src.byte();
  // ReadHead reads a revision byte for every version after 1.0.
  await src.byte();
  if (vmaj !== 1 || vmin < MIN_MINOR || vmin > MAX_MINOR) {
    throw new UnsupportedArchive(`unsupported archive version ${vmaj}.${vmin}`);
  }
  const intSize = await src.byte();
  if (intSize < 1 || intSize > 8) throw new CorruptArchive(`implausible integer size ${intSize} in header`);
  const offSize = await src.byte();
  if (offSize < 1 || offSize > 8) throw new CorruptArchive(`implausible offset size ${offSize} in header`);
  io.intSize = intSize;
  io.offSize = offSize;
  const formatByte = await src.byte();
  const expected = format === 'custom' ? ARCH_CUSTOM : ARCH_TAR;
  if (formatByte !== expected) {
    throw new CorruptArchive(`expected format (${expected}) differs from format found in file (${formatByte})`);
  }
  let compression: Compression;
  let compressionLevel: number | undefined;
  if (vmin >= 15) {
    const alg = await src.byte();
    const c = COMPRESSION_ALGORITHMS[alg];
    if (!c) throw new CorruptArchive(`unknown compression algorithm ${alg} in header`);
    compression = c;
  } else {
    compressionLevel = await io.int();
    compression = compressionLevel === 0 ? 'none' : 'gzip';
  }
  const tm: number[] = [];
  for (let i = 0; i < 7; i++) tm.push(await io.int());
  const [sec, min, hour, mday, mon, year] = tm;
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  const created = `${pad(year + 1900, 4)}-${pad(mon + 1)}-${pad(mday)} ${pad(hour)}:${pad(min)}:${pad(sec)}`;
  const dbname = (await io.str()) ?? undefined;
  const serverVersion = (await io.str()) ?? undefined;
  const dumpVersion = (await io.str()) ?? undefined;
  return {
    header: {
      version: `${vmaj}.${vmin}`,
      format,
      compression,
      compressionLevel,
      dbname,
      serverVersion,
      dumpVersion,
      created,
      intSize,
      offSize,
    },
    vmin,
    intSize,
    offSize,
    formatByte,
  };
}

const SECTIONS: Record<number, Section> = { 1: 'none', 2: 'pre-data', 3: 'data', 4: 'post-data' };

/** ReadToc plus the format's _ReadExtraToc (custom: data offset; tar: data member name). */
export async function readToc(io: ArchiveIO, vmin: number, format: 'custom' | 'tar'): Promise<TocEntry[]> {
  const count = await io.int();
  if (count < 0 || count > MAX_TOC_ENTRIES) throw new CorruptArchive(`implausible TOC entry count ${count}`);
  const entries: TocEntry[] = [];
  for (let i = 0; i < count; i++) {
    const dumpId = await io.int();
    if (dumpId <= 0) throw new CorruptArchive(`entry ID ${dumpId} out of range -- perhaps a corrupt TOC`);
    const hadDumper = (await io.int()) !== 0;
    const tableoid = (await io.str()) ?? '';
    const oid = (await io.str()) ?? '';
    const tag = (await io.str()) ?? '';
    const desc = (await io.str()) ?? '';
    const sectionNo = await io.int();
    const defn = await io.str();
    const dropStmt = await io.str();
    const copyStmt = await io.str();
    const namespace = await io.str();
    const tablespace = await io.str();
    const tableam = vmin >= 14 ? await io.str() : null;
    let relkind: string | null = null;
    if (vmin >= 16) {
      const rk = await io.int();
      relkind = rk > 0 && rk < 128 ? String.fromCharCode(rk) : null;
    }
    const owner = await io.str();
    await io.str(); // withOids: always "false" since PG12, and irrelevant to reading data
    const dependencies: number[] = [];
    for (;;) {
      const d = await io.str();
      if (d === null) break;
      if (dependencies.length > 1_000_000) throw new CorruptArchive('implausible dependency list in TOC');
      dependencies.push(Number.parseInt(d, 10));
    }
    const entry: TocEntry = {
      dumpId,
      hadDumper,
      tableoid,
      oid,
      tag,
      desc,
      section: SECTIONS[sectionNo] ?? 'unknown',
      defn,
      dropStmt,
      copyStmt,
      namespace,
      tablespace,
      tableam,
      relkind,
      owner,
      dependencies,
      dataState: 'none',
    };
    if (format === 'custom') {
      const o = await io.offset();
      entry.dataState = o.state;
      if (o.state === 'set') entry.dataOffset = o.offset;
    } else {
      const f = await io.str();
      if (f) {
        entry.filename = f;
        entry.dataState = 'not-set';
      }
    }
    entries.push(entry);
  }
  return entries;
}

/** "schema.table" for a data entry, as the report names it. */
export function entryName(e: TocEntry): string {
  if (e.desc === 'BLOBS') return 'large objects';
  return e.namespace ? `${e.namespace}.${e.tag}` : e.tag;
}

// pg_encoding_to_char names: what pg_dump writes in the ENCODING entry.
const ENCODINGS = new Set(
  (
    'SQL_ASCII EUC_JP EUC_CN EUC_KR EUC_TW EUC_JIS_2004 UTF8 MULE_INTERNAL LATIN1 LATIN2 LATIN3 LATIN4 LATIN5 ' +
    'LATIN6 LATIN7 LATIN8 LATIN9 LATIN10 WIN1256 WIN1258 WIN866 WIN874 KOI8R WIN1251 WIN1252 ISO_8859_5 ' +
    'ISO_8859_6 ISO_8859_7 ISO_8859_8 WIN1250 WIN1253 WIN1254 WIN1255 WIN1257 KOI8U SJIS BIG5 GBK UHC GB18030 ' +
    'JOHAB SHIFT_JIS_2004 UNICODE WIN ALT TCVN ABC VSCII'
  )
    .split(' ')
    .map((n) => n.toLowerCase().replace(/[^a-z0-9]/g, '')),
);

/**
 * pg_restore refuses an archive whose ENCODING or STDSTRINGS entry it cannot interpret
 * (processEncodingEntry, processStdStringsEntry), so the reader must too.
 */
export function checkSpecialEntries(toc: TocEntry[]): void {
  for (const e of toc) {
    if (e.desc === 'ENCODING') {
      const m = /'([^']*)'/.exec(e.defn ?? '');
      if (!m || !ENCODINGS.has(m[1].toLowerCase().replace(/[^a-z0-9]/g, ''))) {
        throw new CorruptArchive(`invalid ENCODING item: ${JSON.stringify((e.defn ?? '').slice(0, 80))}`);
      }
    } else if (e.desc === 'STDSTRINGS') {
      const d = e.defn ?? '';
      const q = d.indexOf("'");
      if (q < 0 || !(d.startsWith("'on'", q) || d.startsWith("'off'", q))) {
        throw new CorruptArchive(`invalid STDSTRINGS item: ${JSON.stringify(d.slice(0, 80))}`);
      }
    }
  }
}

/** The dump's client encoding from its ENCODING entry ("UTF8", …), or undefined without one. */
export function databaseEncoding(toc: TocEntry[]): string | undefined {
  const e = toc.find((x) => x.desc === 'ENCODING');
  const m = e && /'([^']*)'/.exec(e.defn ?? '');
  return m ? m[1].toUpperCase().replace(/[^A-Z0-9]/g, '') : undefined;
}

/**
 * Direct children of each parent table (partitions and inheritance children) by entryName: pg_dump
 * makes a child's TABLE entry depend on its parents' TABLE entries, and no table on any other table.
 */
export function tableChildren(toc: TocEntry[]): Map<string, string[]> {
  const tables = new Map(toc.filter((e) => e.desc === 'TABLE').map((e) => [e.dumpId, e]));
  const children = new Map<string, string[]>();
  for (const child of tables.values()) {
    for (const id of child.dependencies) {
      const parent = tables.get(id);
      if (!parent || parent === child) continue;
      const list = children.get(entryName(parent)) ?? [];
      list.push(entryName(child));
      children.set(entryName(parent), list);
    }
  }
  return children;
}
