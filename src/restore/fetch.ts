import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, type Gunzip } from 'node:zlib';
import type { DiscoveredBackup } from '../discovery/discover.js';
import { runIntegrityPass, type ExpectedChecksum, type IntegrityResult } from '../integrity/integrity-pass.js';
import type { PgRestoreTool } from '../integrity/pg-restore-sink.js';
import { openDecoded, type DecryptionKeys } from '../integrity/decode-layers.js';
import { errorMessage } from '../util/errors.js';
import type { ReadableStore } from '../stores/store.js';
import type { Logger } from '../util/logger.js';

/**
 * The local file pg_restore/psql will read, written from the raw stream as it passes: a gzip
 * wrapper (kartoza's .dmp.gz, Railway's .tar.gz, .sql.gz) is peeled on the way because pg_restore
 * cannot read it and `--jobs` needs a seekable file anyway.
 */
export class LocalCopy extends Writable {
  private out?: Writable;
  private readonly file: WriteStream;
  private gunzip?: Gunzip;
  /** Set when the gzip wrapper is damaged; the integrity pass reports it, the drill stops before restoring. */
  decompressError?: string;
  gzipped = false;

  constructor(readonly path: string) {
    super();
    this.file = createWriteStream(path);
    this.file.on('error', (error) => this.destroy(error));
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, done: (error?: Error | null) => void): void {
    if (!this.out) {
      if (chunk[0] === 0x1f && chunk[1] === 0x8b) {
        this.gzipped = true;
        this.gunzip = createGunzip();
        this.gunzip.on('error', (error) => {
          this.decompressError = error.message;
          this.gunzip?.unpipe(this.file);
          this.file.end();
        });
        this.gunzip.pipe(this.file);
        this.out = this.gunzip;
      } else {
        this.out = this.file;
      }
    }
    const out = this.out;
    if (this.decompressError || out.destroyed) return done();
    if (out.write(chunk)) return done();
    // Every way the stage can stop taking bytes settles the write: a gunzip that failed is destroyed
    // and closes without ever draining, and a callback never called leaves the whole pass unsettled.
    const resume = () => {
      out.off('drain', resume);
      out.off('error', resume);
      out.off('close', resume);
      done();
    };
    out.once('drain', resume);
    out.once('error', resume);
    out.once('close', resume);
  }

  override _final(done: (error?: Error | null) => void): void {
    // A damaged gzip ended the file already: it may be closed before the copy is.
    if (this.file.closed) return done();
    this.file.once('close', () => done());
    if (this.decompressError || !this.out || this.out === this.file) {
      if (!this.file.writableEnded) this.file.end();
    } else {
      this.out.end();
    }
  }

  /** Bytes written to disk (decompressed size for gzip). */
  get bytesOnDisk(): number {
    return this.file.bytesWritten;
  }
}

export interface FetchResult {
  integrity: IntegrityResult;
  file: string;
  bytesOnDisk: number;
  decompressError?: string;
  /** Zip or encryption layers were peeled into the local copy (it now holds the bare archive or SQL). */
  decoded?: boolean;
  decodeError?: string;
}

/** One read of the backup: sha256, `pg_restore --list` (or the SQL scan) and the local copy, together. */
export async function fetchBackup(
  store: ReadableStore,
  backup: DiscoveredBackup,
  opts: {
    file: string;
    expected?: ExpectedChecksum;
    pgRestore: () => Promise<PgRestoreTool | undefined>;
    logger: Logger;
    decryption?: DecryptionKeys;
  },
): Promise<FetchResult> {
  const stream = await store.read(backup.key);
  const copy = new LocalCopy(opts.file);
  const integrity = await runIntegrityPass(stream, {
    level: 'archive',
    expected: opts.expected,
    totalBytes: backup.size,
    pgRestore: opts.pgRestore,
    logger: opts.logger,
    tee: copy,
    decryption: opts.decryption,
  });
  const result: FetchResult = {
    integrity,
    file: opts.file,
    bytesOnDisk: copy.bytesOnDisk,
    decompressError: copy.decompressError,
  };
  // The copy peeled a gzip wrapper on the way; zip entries and encryption (pgbackweb, gpg, openssl,
  // age) are peeled from the local copy, so the store is still read only once.
  const layers = (integrity.format.layers ?? []).slice(copy.gzipped ? 1 : 0);
  if (!copy.decompressError && integrity.format.container !== 'unknown' && layers.length > 0) {
    await peelLocalCopy(result, opts);
  }
  return result;
}

async function peelLocalCopy(result: FetchResult, opts: { file: string; decryption?: DecryptionKeys; logger: Logger }) {
  const plain = `${opts.file}.plain`;
  try {
    const { stream } = await openDecoded(createReadStream(opts.file), opts.decryption);
    const out = createWriteStream(plain);
    await pipeline(stream, out);
    await rename(plain, opts.file);
    result.bytesOnDisk = out.bytesWritten;
    result.decoded = true;
    opts.logger.info(`Decoded the local copy (${(result.integrity.format.layers ?? []).join(' → ')})`);
  } catch (error) {
    await rm(plain, { force: true });
    result.decodeError = `cannot decode the backup for restoring: ${errorMessage(error)}`;
  }
}
