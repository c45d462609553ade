// pg_dump's tar format (pg_backup_tar.c): ustar members `toc.dat` (the custom header and TOC, each
// entry naming its data member), `NNNN.dat[.gz]` (plain COPY text), `blobs.toc` / `blobs_NNNN.toc`
// (lines "oid blob_oid.dat") with `blob_oid.dat[.gz]`, and `restore.sql`, which is not needed here.
import { ByteSource, EndOfInput, once } from './byte-source.js';
import { fmt } from './collect.js';
import { copyColumnCount } from './copy-counter.js';
import type { ReaderContext } from './custom.js';
import {
  ArchiveIO,
  checkSpecialEntries,
  CorruptArchive,
  databaseEncoding,
  entryName,
  readHead,
  readToc,
  UnsupportedArchive,
} from './toc.js';
import type { BlockResult } from './block-processor.js';
import type { Compression, TocEntry } from './types.js';

const BLOCK = 512;
/** toc.dat is read into memory to reuse the TOC parser; a real one is kilobytes to a few megabytes. */
const MAX_TOC = 256 * 1024 * 1024;

function cstr(b: Buffer, start: number, len: number): string {
  const end = b.indexOf(0, start);
  return b.toString('latin1', start, end === -1 || end > start + len ? start + len : end);
}

function tarSize(b: Buffer): number {
  // GNU base-256 for members over 8 GiB: high bit of the first byte set.
  if (b[124] & 0x80) {
    let v = 0;
    for (let i = 125; i < 136; i++) v = v * 256 + b[i];
    return v;
  }
  const s = cstr(b, 124, 12).trim();
  if (!/^[0-7]*$/.test(s)) return -1;
  return s === '' ? 0 : Number.parseInt(s, 8);
}

function checksumOk(b: Buffer): boolean {
  const stored = cstr(b, 148, 8).trim();
  if (!/^[0-7]+$/.test(stored)) return false;
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : b[i];
  return sum === Number.parseInt(stored, 8);
}

/** What a tarred directory-format dump holds besides toc.dat (data may be gzip, lz4 or zstd files). */
const DIRECTORY_MEMBER = /^(\d+\.dat|blob_\d+\.dat|blobs(_\d+)?\.toc)(\.gz|\.lz4|\.zst)?$/;

/** A table's data member read before toc.dat: checked against its first row, named later. */
interface EarlyMember {
  plainName: string;
  member: string;
  cut: boolean;
  result: Promise<BlockResult>;
}

function settleEarly(
  p: EarlyMember,
  r: BlockResult,
  toc: TocEntry[],
  byFile: Map<string, TocEntry>,
  ctx: ReaderContext,
): void {
  const entry = byFile.get(p.plainName);
  if (!entry || entry.desc !== 'TABLE DATA') {
    ctx.collector.problem({
      kind: 'corrupt',
      message: `tar member ${p.member} belongs to no table in the table of contents: archive corrupt`,
    });
    return;
  }
  let result = r;
  if (databaseEncoding(toc) !== 'UTF8') result = { ...result, invalidUtf8AfterRow: undefined };
  const columns = ctx.checkFields ? copyColumnCount(entry.copyStmt) : -1;
  const fields = r.rowFields ?? -1;
  if (columns >= 0 && fields >= 0 && fields !== columns && r.badRows === 0) {
    // Every row agreed with the first, and the first disagrees with the column list.
    result = { ...result, badRows: r.rows, firstBadRow: 0, firstBadFields: fields };
  }
  ctx.collector.block(entryName(entry), String(entry.dumpId), result, p.cut);
}

/** Reads a tar archive; the first 512-byte header has not been consumed. */
export async function readTar(src: ByteSource, ctx: ReaderContext): Promise<void> {
  const { collector } = ctx;
  let toc: TocEntry[] | null = null;
  const byFile = new Map<string, TocEntry>();
  const seen = new Set<string>();
  const blobFiles = new Set<string>();
  const blobsSeen = new Set<string>();
  let sawEnd = false;
  const pending: EarlyMember[] = [];

  for (;;) {
    const at = src.position;
    if (await src.atEnd()) break;
    let h: Buffer;
    try {
      h = await src.take(BLOCK);
    } catch (e) {
      if (e instanceof EndOfInput) {
        collector.problem({
          kind: 'truncated',
          message: `tar archive ends inside a member header at offset ${fmt(at)}: archive truncated`,
        });
        break;
      }
      throw e;
    }
    if (h.every((x) => x === 0)) {
      sawEnd = true;
      break;
    }
    if (!checksumOk(h)) throw new CorruptArchive(`tar member header at offset ${fmt(at)} has a bad checksum`);
    const prefix = h.toString('latin1', 257, 262) === 'ustar' ? cstr(h, 345, 155) : '';
    const name = (prefix ? `${prefix}/` : '') + cstr(h, 0, 100);
    const size = tarSize(h);
    if (size < 0) throw new CorruptArchive(`tar member ${name} has an invalid size field`);
    const padded = Math.ceil(size / BLOCK) * BLOCK;
    const base = name.replace(/^.*\//, '');

    // pg_dump -Fd tarred (kartoza's .dir.tar.gz, `tar -c dump/`): a directory entry, data members
    // in name order and toc.dat among them, often after the data. Those members are checked as they
    // pass and matched to their TOC entries once toc.dat has been read.
    if (!toc && h[156] === 0x35 /* '5': a directory */ && size === 0) continue;
    if (!toc && base !== 'toc.dat' && !DIRECTORY_MEMBER.test(base)) {
      throw new UnsupportedArchive(`tar archive does not start with toc.dat (found ${name})`);
    }
    if (!toc && base === 'toc.dat') {
      if (size > MAX_TOC) throw new CorruptArchive(`toc.dat of ${fmt(size)} bytes`);
      let body: Buffer;
      try {
        body = await src.take(size);
        await src.take(padded - size);
      } catch (e) {
        if (e instanceof EndOfInput) {
          collector.problem({ kind: 'truncated', message: 'tar archive ends inside toc.dat: archive truncated' });
          return;
        }
        throw e;
      }
      const inner = new ByteSource(once(body));
      const magic = await inner.take(5).catch(() => Buffer.alloc(0));
      if (magic.toString('latin1') !== 'PGDMP') throw new CorruptArchive('toc.dat does not start with PGDMP');
      const io = new ArchiveIO(inner);
      try {
        const head = await readHead(io, 'tar');
        collector.header = head.header;
        toc = await readToc(io, head.vmin, 'tar');
      } catch (e) {
        if (e instanceof EndOfInput) throw new CorruptArchive('toc.dat ends early');
        throw e;
      }
      collector.toc = toc;
      checkSpecialEntries(toc);
      toc.forEach((e, i) => {
        if (e.desc === 'TABLE DATA') collector.table(String(e.dumpId), entryName(e), i);
        if (e.filename && e.desc !== 'BLOBS') byFile.set(e.filename, e);
      });
      continue;
    }

    const suffix = /\.(gz|lz4|zst)$/.exec(base)?.[1];
    const plainName = suffix ? base.slice(0, -(suffix.length + 1)) : base;
    const compression: Compression =
      suffix === 'gz' ? 'gzip' : suffix === 'lz4' ? 'lz4' : suffix === 'zst' ? 'zstd' : 'none';
    const entry = toc ? byFile.get(plainName) : undefined;
    const early = !toc && /^\d+\.dat$/.test(plainName);
    const isBlob = /^blob_\d+\.dat$/.test(plainName);
    const isBlobToc = /^blobs(_\d+)?\.toc$/.test(base);
    if (entry || early || isBlob || isBlobToc) {
      const label = entry ? entryName(entry) : isBlob ? `large object ${plainName.slice(5, -4)}` : base;
      const isTable = entry?.desc === 'TABLE DATA' || early;
      let listing: Buffer[] | null = isBlobToc ? [] : null;
      if (!isBlobToc && (compression === 'lz4' || compression === 'zstd')) await ctx.decoders.prepare(compression);
      // Without a checksum of its own, a member is proven by field counts (and UTF-8, in a UTF8 database).
      const unchecked = ctx.checkFields && compression !== 'gzip';
      const decoder = isBlobToc
        ? null
        : ctx.decoders.open({
            kind: isTable ? (early || entry?.copyStmt?.trim() ? 'copy' : 'inserts') : 'blob',
            compression,
            gzipHeader: true,
            sizeHint: size,
            expectedFields: isTable && unchecked ? (early ? -2 : copyColumnCount(entry?.copyStmt)) : -1,
            utf8: isTable && unchecked && (early || databaseEncoding(toc ?? []) === 'UTF8'),
          });
      let left = size;
      let cut = false;
      while (left > 0) {
        if (src.buffered === 0 && !(await src.pull())) {
          cut = true;
          break;
        }
        const part = src.takeSome(left);
        left -= part.length;
        if (listing) {
          listing.push(Buffer.from(part));
          if (size > MAX_TOC) listing = null;
        } else if (decoder) {
          const w = decoder.write(part);
          if (w) await w;
        }
      }
      if (entry || early) seen.add(plainName);
      if (isBlob) blobsSeen.add(plainName);
      if (isBlobToc && listing && !cut) {
        for (const line of Buffer.concat(listing).toString('latin1').split('\n')) {
          const m = /^\d+ (\S+)$/.exec(line.trim());
          if (m) blobFiles.add(m[1].replace(/\.gz$/, ''));
        }
      }
      if (decoder && early) {
        pending.push({ plainName, member: name, cut, result: decoder.finish(cut) });
      } else if (decoder) {
        const key = isTable && entry ? String(entry.dumpId) : null;
        collector.later(
          decoder.finish(cut).then((r) => {
            if (isBlob && !cut && !r.error) collector.blobs++;
            collector.block(label, key, r, cut);
          }),
        );
      } else if (cut) {
        collector.problem({ kind: 'truncated', message: `${label} ends early: archive truncated` });
      }
      if (cut) break;
    } else {
      // restore.sql and anything else: skipped unread, but still part of the hash via the source.
      let left = size;
      while (left > 0) {
        if (src.buffered === 0 && !(await src.pull())) break;
        left -= src.takeSome(left).length;
      }
      if (left > 0) {
        collector.problem({ kind: 'truncated', message: `tar member ${name} ends early: archive truncated` });
        break;
      }
    }
    const pad = padded - size;
    if (pad > 0) {
      if (!(await src.fill(pad))) {
        collector.problem({
          kind: 'truncated',
          message: `tar archive ends inside padding after ${name}: archive truncated`,
        });
        break;
      }
      src.takeSync(pad);
    }
  }

  if (!toc) {
    collector.problem({
      kind: 'truncated',
      message: 'tar archive has no toc.dat: archive truncated or not a pg_dump tar archive',
    });
    return;
  }
  for (const p of pending) collector.later(p.result.then((r) => settleEarly(p, r, toc!, byFile, ctx)));
  const missing = [...byFile.entries()].filter(([f]) => !seen.has(f)).map(([, e]) => entryName(e));
  const missingBlobs = [...blobFiles].filter((f) => !blobsSeen.has(f));
  const hasBlobEntry = toc.some((e) => e.desc === 'BLOBS');
  for (const m of missing.slice(0, 10))
    collector.problem({ entry: m, kind: 'truncated', message: `data for ${m} is missing: archive truncated` });
  if (missing.length > 10)
    collector.problem({
      kind: 'truncated',
      message: `data for ${fmt(missing.length - 10)} more entries is missing: archive truncated`,
    });
  if (missingBlobs.length > 0) {
    collector.problem({
      entry: 'large objects',
      kind: 'truncated',
      message: `${fmt(missingBlobs.length)} large objects listed in the archive are missing: archive truncated`,
    });
  }
  if (hasBlobEntry && blobFiles.size === 0 && blobsSeen.size === 0) {
    collector.problem({
      entry: 'large objects',
      kind: 'truncated',
      message: 'the large object list is missing: archive truncated',
    });
  }
  if (!sawEnd && missing.length === 0 && collector.problems.length === 0) {
    collector.problem({ kind: 'truncated', message: 'tar archive has no end-of-archive marker: archive truncated' });
  }
}
