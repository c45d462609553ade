import { createWriteStream } from 'node:fs';
import { PassThrough, Writable, type Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { peekHeader, readArchive, type ArchiveHeader, type ArchiveReport } from '../archive/index.js';

/** Something the bytes are written to: the archive reader, a pg_restore child, the local copy. */
export interface Sink {
  readonly name: string;
  readonly input: Writable;
  /** Settles once the sink has taken all it will take: its result is ready, or it went away. */
  readonly done: Promise<unknown>;
}

/**
 * Writes `source` to every target at the pace of the slowest (Readable.pipe keeps that
 * backpressure for several targets). A target that fails or closes early (pg_restore --list once
 * it has the TOC, a decoder that found damage) reports through its own result while the others go
 * on, and the source always flows to its end: every raw byte must reach the hash.
 */
export function tee(source: Readable, targets: Writable[]): void {
  for (const target of targets) source.pipe(outliving(target));
  source.pipe(discard());
}

/**
 * `target` behind a buffer that discards what comes once the target has closed or failed:
 * Readable.pipe does not release a source that waits for a 'drain' from a target that then
 * closed, and the whole tee would stall on it.
 */
function outliving(target: Writable): Writable {
  const buffer = new PassThrough();
  buffer.pipe(target);
  const gone = () => {
    buffer.unpipe(target);
    buffer.resume();
  };
  // EPIPE from a child that exited is expected; whoever made the target reads its outcome.
  target.on('error', gone);
  target.once('close', gone);
  return buffer;
}

/** Takes every byte and keeps none. */
export function discard(): Writable {
  return new Writable({ write: (_chunk, _enc, done) => done() });
}

/** Lets the reader take whole file-read chunks without a round trip per 16 KiB. */
const READER_BUFFER = 1024 * 1024;
/**
 * The reader takes the chunks as they came, one at a time: in byte mode each read() joined all that
 * was buffered into a new Buffer, which from S3 (64 KiB socket chunks) copied every byte once more and
 * left the joined buffers behind as garbage.
 */
const READER_CHUNKS = 1;

/** Lifeboat's archive reader on the decoded stream, told from its first bytes how hard to look. */
export async function readerSink(
  head: Buffer,
  archive: boolean,
  size?: number,
): Promise<Sink & { report: Promise<ArchiveReport>; header?: ArchiveHeader }> {
  const header = archive ? await peekHeader(head) : undefined;
  const input = new PassThrough({
    writableHighWaterMark: READER_BUFFER,
    readableObjectMode: true,
    readableHighWaterMark: READER_CHUNKS,
  });
  // zlib's checksum already proves gzip blocks byte-exact; counting every row's fields there cost
  // ~30% of the pass for nothing more. zstd and lz4 as pg_dump writes them carry no checksum (a
  // flipped byte can decode to other text), nor do uncompressed data and plain SQL: those are proven
  // by field counts and, in a UTF8 database, by the text being valid UTF-8.
  const checkFields = !header || header.compression !== 'gzip';
  const report = readArchive(input, { maxProblems: 20, checkFields, size }).catch((error: unknown) => {
    // readArchive reports damage rather than throwing; this is a bug, and it must not stall the pass.
    input.destroy();
    return internalError(error);
  });
  return { name: 'reader', input, done: report, report, header };
}

function internalError(error: unknown): ArchiveReport {
  return {
    header: { format: 'custom', compression: 'none' },
    toc: [],
    tables: [],
    blobs: 0,
    problems: [{ kind: 'corrupt', message: `internal error in the archive reader: ${String(error)}` }],
    skipped: [],
    bytes: 0,
  };
}

/**
 * The file pg_restore/psql will read: the decoded bytes (every layer already peeled, as pg_restore
 * cannot read them and `--jobs` needs a seekable file), written once as they pass.
 */
export function localCopySink(path: string, onError: (error: Error) => void): Sink & { bytes(): number } {
  const input = createWriteStream(path);
  input.on('error', onError);
  return {
    name: 'local copy',
    input,
    done: finished(input).catch(() => undefined),
    bytes: () => input.bytesWritten,
  };
}
