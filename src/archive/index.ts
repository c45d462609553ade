// Native reader for pg_dump archives: custom (-Fc), tar (-Ft) and plain SQL, each maybe gzipped as a
// whole. One streaming pass: the caller's onChunk (a hash) sees every byte once, memory stays flat.
import * as zlib from 'node:zlib';
import { ByteSource, EndOfInput, once } from './byte-source.js';
import { Collector } from './collect.js';
import { readCustom, type ReaderContext } from './custom.js';
import { readPlain } from './plain.js';
import { localSinks, workerSinks, type SinkFactory } from './sinks.js';
import { readTar } from './tar.js';
import { ArchiveIO, CorruptArchive, readHead, UnsupportedArchive } from './toc.js';
import type { ArchiveHeader, ArchiveReport, Compression, ReadArchiveOptions } from './types.js';
import { errorMessage } from '../util/errors.js';

export type * from './types.js';
export { copyColumnCount } from './copy-counter.js';

type Detected = 'custom' | 'tar' | 'plain' | 'gzip' | 'zip' | 'unknown';

export function detectFormat(head: Buffer): Detected {
  if (head.length >= 5 && head.toString('latin1', 0, 5) === 'PGDMP') return 'custom';
  if (head.length >= 262 && head.toString('latin1', 257, 262) === 'ustar') return 'tar';
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.length >= 4 && head.toString('latin1', 0, 4) === 'PK\x03\x04') return 'zip';
  const text = head
    .toString('latin1', 0, Math.min(head.length, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^(--|SET\s|\\restrict\s|CREATE\s|BEGIN|SELECT\s)/i.test(text)) return 'plain';
  return 'unknown';
}

async function peek(src: ByteSource, n: number): Promise<Buffer> {
  await src.fill(n);
  return src.peekSync(n);
}

/**
 * Decompresses a gzip-wrapped input lazily, chunk by chunk. If the gzip stream is damaged the raw
 * input is still read to the end, so a hash computed by onChunk covers the whole file.
 */
function gunzipped(raw: ByteSource, state: { error?: string }): AsyncIterable<Buffer> {
  return {
    async *[Symbol.asyncIterator]() {
      const z = zlib.createGunzip();
      let out: Buffer[] = [];
      z.on('data', (b: Buffer) => out.push(b));
      z.on('error', (e: Error) => {
        state.error ??= e.message;
      });
      const step = (b: Buffer | null): Promise<void> =>
        new Promise((resolve) => {
          if (state.error) return resolve();
          const done = (): void => {
            z.off('error', done);
            resolve();
          };
          z.once('error', done);
          if (b) z.write(b, () => done());
          else z.end(() => done());
        });
      for (;;) {
        if (raw.buffered === 0 && !(await raw.pull())) break;
        const chunk = raw.takeSome(raw.buffered);
        if (state.error) continue;
        await step(chunk);
        if (out.length) {
          const o = out;
          out = [];
          for (const b of o) yield b;
        }
      }
      if (!state.error) await step(null);
      for (const b of out) yield b;
    },
  };
}

/**
 * Inflating already runs on libuv's thread pool, several blocks at once, overlapped with counting on
 * this thread. On 2 cores, worker threads measured ~10% slower and +80 MB RSS, so they are opt-in.
 */
function defaultWorkers(): number {
  return 0;
}

/**
 * The header of an unwrapped custom or tar archive from its first bytes (tar: ≥ 1 KiB), so a caller
 * can decide before the data streams by whether this reader will be able to check it.
 */
export async function peekHeader(head: Buffer): Promise<ArchiveHeader | undefined> {
  const kind = detectFormat(head);
  if (kind !== 'custom' && kind !== 'tar') return undefined;
  const src = new ByteSource(once(kind === 'custom' ? head : head.subarray(512)));
  try {
    if ((await src.take(5)).toString('latin1') !== 'PGDMP') return undefined;
    return (await readHead(new ArchiveIO(src), kind, false)).header;
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
  const workers = opts.workers ?? defaultWorkers();
  const sinks: SinkFactory = workers > 0 ? workerSinks(workers) : localSinks();
  const raw = new ByteSource(input, opts.onChunk);
  const ctx: ReaderContext = { collector, sinks, checkFields: opts.checkFields ?? true };
  let src = raw;
  const gz: { error?: string } = {};
  let gzipped = false;
  try {
    let head = await peek(src, 512);
    let kind = detectFormat(head);
    if (kind === 'gzip') {
      gzipped = true;
      src = new ByteSource(gunzipped(raw, gz));
      head = await peek(src, 512);
      kind = detectFormat(head);
      if (kind === 'gzip') kind = 'unknown';
    }
    if (head.length === 0) {
      collector.problem({ kind: 'truncated', message: gzipped ? 'gzip stream holds no data' : 'the file is empty' });
    } else if (kind === 'custom') {
      await src.take(5);
      await readCustom(src, gzipped, ctx);
    } else if (kind === 'tar') {
      await readTar(src, gzipped, ctx);
    } else if (kind === 'plain') {
      await readPlain(src, gzipped, ctx);
    } else if (kind === 'zip') {
      collector.problem({ kind: 'unsupported', message: 'zip archives are not read natively yet' });
    } else {
      collector.problem({ kind: 'unsupported', message: 'not a PostgreSQL dump (no PGDMP, tar or SQL signature)' });
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
    // Whatever happened, read to the end so a hash fed by onChunk covers every byte.
    await src.drain();
    if (src !== raw) await raw.drain();
  } catch (e) {
    collector.problem({
      kind: 'corrupt',
      message: `could not read input: ${errorMessage(e)}`,
    });
  }
  if (gz.error) collector.problem({ kind: 'corrupt', message: `gzip wrapper is damaged (${gz.error})` });
  try {
    return await collector.report(raw.received);
  } finally {
    await sinks.close();
  }
}
