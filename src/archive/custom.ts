// Data blocks of the custom format (pg_backup_custom.c): after the TOC, a sequence of
//   block type byte (BLK_DATA = 1, BLK_BLOBS = 3), dump id (int),
//   BLK_DATA:  chunks of (length int, bytes) ending with a 0 length — one compressed stream;
//   BLK_BLOBS: (oid int, chunks…, 0) per large object, ending with oid 0.
// Read in file order, without seeking, so a pipe or an S3 body works as well as a file.
import { ByteSource, EndOfInput } from './byte-source.js';
import type { BlockJob } from './block-processor.js';
import { Collector, fmt } from './collect.js';
import { copyColumnCount } from './copy-counter.js';
import type { BlockDecoder, BlockDecoders } from './block-decoders.js';
import {
  ArchiveIO,
  checkSpecialEntries,
  CorruptArchive,
  databaseEncoding,
  entryName,
  readHead,
  readToc,
} from './toc.js';
import type { Compression, TocEntry } from './types.js';

const BLK_DATA = 1;
const BLK_BLOBS = 3;

export interface ReaderContext {
  collector: Collector;
  decoders: BlockDecoders;
  checkFields: boolean;
  /** Bytes of the whole archive, when known. */
  size?: number;
}

/** Reads a custom-format archive whose 5-byte magic has already been consumed. */
export async function readCustom(src: ByteSource, ctx: ReaderContext): Promise<void> {
  const { collector } = ctx;
  const io = new ArchiveIO(src);
  const head = await readHead(io, 'custom');
  collector.header = head.header;
  const toc = await readToc(io, head.vmin, 'custom');
  collector.toc = toc;
  checkSpecialEntries(toc);
  const compression = head.header.compression;
  await ctx.decoders.prepare(compression);
  const utf8 = ctx.checkFields && databaseEncoding(toc) === 'UTF8';

  const byId = new Map<number, TocEntry>();
  const expected = new Set<number>();
  toc.forEach((e, i) => {
    byId.set(e.dumpId, e);
    if (e.desc === 'TABLE DATA') collector.table(String(e.dumpId), entryName(e), i);
    if (e.dataState !== 'none') expected.add(e.dumpId);
  });
  const seen = new Set<number>();
  // How big a block is: exact where the TOC records offsets (pg_dump writing a file); writing to a
  // pipe it records none, and the average of the blocks still to come is the best guess (500 small
  // tables must not each start a thread's work, one big table must).
  const offsets = toc
    .filter((e) => e.dataState === 'set' && e.dataOffset !== undefined)
    .map((e) => e.dataOffset!)
    .sort((a, b) => a - b);
  const sizeAt = (pos: number): number | undefined => {
    const next = offsets.find((o) => o > pos);
    if (next !== undefined) return next - pos;
    if (ctx.size === undefined) return undefined;
    const blocksLeft = Math.max(1, expected.size - seen.size + 1);
    return (ctx.size - pos) / blocksLeft;
  };

  const missing = (): void => {
    const left = toc.filter((e) => expected.has(e.dumpId) && !seen.has(e.dumpId));
    for (const e of left.slice(0, 10)) {
      collector.problem({
        entry: entryName(e),
        kind: 'truncated',
        message: `data for ${entryName(e)} is missing: archive truncated`,
      });
    }
    if (left.length > 10) {
      collector.problem({
        kind: 'truncated',
        message: `data for ${fmt(left.length - 10)} more entries is missing: archive truncated`,
      });
    }
  };

  for (;;) {
    if (await src.atEnd()) break;
    const blockPos = src.position;
    let blkType: number;
    let id: number;
    try {
      blkType = await src.byte();
      id = await io.int();
    } catch (e) {
      if (e instanceof EndOfInput) {
        collector.problem({
          kind: 'truncated',
          message: `archive ends inside a data block header at offset ${fmt(blockPos)}: archive truncated`,
        });
        missing();
        return;
      }
      throw e;
    }
    const entry = byId.get(id);
    if ((blkType !== BLK_DATA && blkType !== BLK_BLOBS) || !entry || !expected.has(id)) {
      const what =
        blkType !== BLK_DATA && blkType !== BLK_BLOBS
          ? `unrecognized data block type ${blkType}`
          : `data block for unknown dump ID ${id}`;
      collector.problem({ kind: 'corrupt', message: `${what} at offset ${fmt(blockPos)}: archive corrupt` });
      missing();
      return;
    }
    const name = entryName(entry);
    if (seen.has(id)) {
      collector.problem({
        entry: name,
        kind: 'corrupt',
        message: `second data block for ${name} at offset ${fmt(blockPos)}: archive corrupt`,
      });
      return;
    }
    seen.add(id);
    if (entry.dataState === 'set' && entry.dataOffset !== blockPos) {
      // pg_restore seeks to the recorded offset, so a shifted block is unreadable for it.
      collector.problem({
        entry: name,
        kind: 'corrupt',
        message: `data for ${name} starts at offset ${fmt(blockPos)} but the TOC records ${fmt(entry.dataOffset ?? 0)}: archive corrupt`,
      });
    }
    if ((blkType === BLK_BLOBS) !== (entry.desc === 'BLOBS')) {
      collector.problem({
        entry: name,
        kind: 'corrupt',
        message: `data block type ${blkType} does not match TOC entry ${entry.desc} ${name}`,
      });
      missing();
      return;
    }
    const ok =
      blkType === BLK_DATA
        ? await readTableData(src, io, entry, compression, ctx, utf8, sizeAt(blockPos))
        : await readBlobs(src, io, entry, compression, ctx);
    if (!ok) {
      missing();
      return;
    }
  }
  missing();
}

/** Streams one chunked stream into a decoder; false if the input ended first. */
async function pumpChunks(src: ByteSource, io: ArchiveIO, decoder: BlockDecoder): Promise<boolean> {
  const hdr = 1 + io.intSize;
  const inPlace = decoder.writeRange;
  for (;;) {
    // At -Z 0 every row is its own chunk: walk whole chunks inside the current input buffer
    // without a Buffer or an await per row, and leave the rest (and the end marker) to the loop below.
    const buf = inPlace ? src.headChunk : undefined;
    if (inPlace && buf) {
      const from = src.headOffset;
      let at = from;
      while (buf.length - at > hdr) {
        const len = io.intAt(buf, at);
        if (len <= 0 || buf.length - at - hdr < len) break;
        inPlace(buf, at + hdr, at + hdr + len);
        at += hdr + len;
      }
      src.skipSync(at - from);
    }
    let len: number;
    if (src.has(hdr)) len = io.intSync();
    else {
      try {
        len = await io.int();
      } catch (e) {
        if (e instanceof EndOfInput) return false;
        throw e;
      }
    }
    if (len === 0) return true;
    if (len < 0) throw new CorruptArchive(`negative chunk length ${len} at offset ${fmt(src.position)}`);
    if (src.has(len)) {
      const w = decoder.write(src.takeSync(len));
      if (w) await w;
      continue;
    }
    let left = len;
    while (left > 0) {
      if (src.buffered === 0 && !(await src.pull())) return false;
      const part = src.takeSome(left);
      left -= part.length;
      const w = decoder.write(part);
      if (w) await w;
    }
  }
}

async function readTableData(
  src: ByteSource,
  io: ArchiveIO,
  entry: TocEntry,
  compression: Compression,
  ctx: ReaderContext,
  utf8: boolean,
  sizeHint: number | undefined,
): Promise<boolean> {
  const name = entryName(entry);
  const isTable = entry.desc === 'TABLE DATA';
  const job: BlockJob = {
    kind: isTable ? (entry.copyStmt?.trim() ? 'copy' : 'inserts') : 'blob',
    compression,
    expectedFields: isTable && ctx.checkFields ? copyColumnCount(entry.copyStmt) : -1,
    utf8: isTable && utf8,
    sizeHint,
  };
  const decoder = ctx.decoders.open(job);
  let complete: boolean;
  try {
    complete = await pumpChunks(src, io, decoder);
  } catch (e) {
    await decoder.finish(true).catch(() => undefined);
    throw e;
  }
  const key = isTable ? String(entry.dumpId) : null;
  ctx.collector.later(decoder.finish(!complete).then((r) => ctx.collector.block(name, key, r, !complete)));
  return complete;
}

async function readBlobs(
  src: ByteSource,
  io: ArchiveIO,
  entry: TocEntry,
  compression: Compression,
  ctx: ReaderContext,
): Promise<boolean> {
  for (;;) {
    let oid: number;
    try {
      oid = await io.int();
    } catch (e) {
      if (e instanceof EndOfInput) {
        ctx.collector.problem({
          entry: 'large objects',
          kind: 'truncated',
          message: 'large object data ends early: archive truncated',
        });
        return false;
      }
      throw e;
    }
    if (oid === 0) return true;
    if (oid < 0) throw new CorruptArchive(`invalid large object OID ${oid} at offset ${fmt(src.position)}`);
    const decoder = ctx.decoders.open({ kind: 'blob', compression, expectedFields: -1 });
    const complete = await pumpChunks(src, io, decoder);
    const label = `large object ${oid}`;
    ctx.collector.later(
      decoder.finish(!complete).then((r) => {
        if (complete && !r.error) ctx.collector.blobs++;
        ctx.collector.block(label, null, r, !complete, 'data');
      }),
    );
    if (!complete) return false;
  }
}
