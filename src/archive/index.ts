// Native reader for bare pg_dump archives: custom (-Fc), tar (-Ft, and -Fd tarred) and plain SQL.
// Layers around them (gzip, zip, encryption) are peeled before the reader (src/bytes). One
// streaming pass, memory stays flat.
import { DETECT_HEAD_BYTES, detectFormat } from './detect-format.js';
import { ByteSource, EndOfInput, once } from './byte-source.js';
import { Collector } from './collect.js';
import { readCustom, type ReaderContext } from './custom.js';
import { readPlain } from './plain.js';
import { blockDecoders, type BlockDecoders } from './block-decoders.js';
import { readTar } from './tar.js';
import { ArchiveIO, CorruptArchive, readHead, UnsupportedArchive } from './toc.js';
import type { ArchiveHeader, ArchiveReport, Compression, Container, ReadArchiveOptions } from './types.js';
import { errorMessage } from '../util/errors.js';

export type * from './types.js';
export { copyColumnCount } from './copy-counter.js';

async function peek(src: ByteSource, n: number): Promise<Buffer> {
  await src.fill(n);
  return src.peekSync(n);
}

/** The bare container these first bytes start, or undefined (wrapped, foreign, empty). */
function containerOf(head: Buffer): Container | undefined {
  const format = detectFormat(head);
  if (format.compression !== 'none' || format.encryption || format.container === 'unknown') return undefined;
  return format.container;
}

/**
 * The header of an unwrapped custom or tar archive from its first bytes (tar: ≥ 1 KiB), so a caller
 * can decide before the data streams by whether this reader will be able to check it.
 */
export async function peekHeader(head: Buffer): Promise<ArchiveHeader | undefined> {
  const kind = containerOf(head);
  if (kind !== 'custom' && kind !== 'tar') return undefined;
  const src = new ByteSource(once(kind === 'custom' ? head : head.subarray(512)));
  try {
    if ((await src.take(5)).toString('latin1') !== 'PGDMP') return undefined;
    return (await readHead(new ArchiveIO(src), kind)).header;
  } catch {
    return undefined;
  }
}

/**
 * Why data blocks of this compression cannot be decompressed here, or undefined. Every codec pg_dump
 * writes has a decoder now (zlib, zstd from zlib or fzstd, lz4 from lz4-asm); kept so that a reader
 * without one (worker threads: no JS codecs) still gets pg_restore's opinion.
 */
export function missingCodec(compression: Compression): string | undefined {
  void compression;
  return undefined;
}

/**
 * Read a whole pg_dump archive from a stream and report its TOC, per-table row counts and every
 * problem found. Never throws for bad input: damage is reported in `problems`.
 */
export async function readArchive(
  input: AsyncIterable<Buffer | Uint8Array>,
  opts: ReadArchiveOptions = {},
): Promise<ArchiveReport> {
  const collector = new Collector(opts.maxProblems ?? 100);
  const decoders: BlockDecoders = blockDecoders({ threads: opts.workers });
  const src = new ByteSource(input);
  const ctx: ReaderContext = { collector, decoders, checkFields: opts.checkFields ?? true, size: opts.size };
  try {
    const head = await peek(src, DETECT_HEAD_BYTES);
    const kind = containerOf(head);
    if (head.length === 0) {
      collector.problem({ kind: 'truncated', message: 'the file is empty' });
    } else if (kind === 'custom') {
      await src.take(5);
      await readCustom(src, ctx);
    } else if (kind === 'tar') {
      await readTar(src, ctx);
    } else if (kind === 'plain') {
      await readPlain(src, ctx);
    } else {
      const format = detectFormat(head);
      const wrapped = format.compression !== 'none' || format.encryption;
      collector.problem({
        kind: 'unsupported',
        message: wrapped
          ? `${format.description}: the reader reads the bare archive (its layers are peeled before it)`
          : 'not a PostgreSQL dump (no PGDMP, tar or SQL signature)',
      });
    }
    if (kind === 'custom' || kind === 'tar') {
      // pg_dump writes nothing after the last block (tar: only zero padding); anything else is damage.
      let junk = 0;
      await src.drain((b) => {
        if (kind === 'custom') junk += b.length;
        else for (const x of b) if (x !== 0) junk++;
      });
      if (junk > 0 && collector.problems.length === 0) {
        collector.problem({
          kind: 'corrupt',
          message: `${junk.toLocaleString('en-US')} unexpected bytes after the end of the archive`,
        });
      }
    }
  } catch (e) {
    if (e instanceof UnsupportedArchive) collector.problem({ kind: 'unsupported', message: e.message });
    else if (e instanceof CorruptArchive)
      collector.problem({ kind: 'corrupt', message: `${e.message}: archive corrupt` });
    else if (e instanceof EndOfInput)
      collector.problem({
        kind: 'truncated',
        message: `archive ends inside its header or table of contents (offset ${src.position.toLocaleString('en-US')}): archive truncated`,
      });
    else
      collector.problem({
        kind: 'corrupt',
        message: `could not read archive: ${errorMessage(e)}`,
      });
  }
  try {
    // Whatever happened, read to the end: whoever feeds the reader may be waiting to write the rest.
    await src.drain();
  } catch (e) {
    collector.problem({
      kind: 'corrupt',
      message: `could not read input: ${errorMessage(e)}`,
    });
  }
  try {
    return await collector.report(src.received);
  } finally {
    await decoders.close();
  }
}
