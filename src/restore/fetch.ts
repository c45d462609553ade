import type { DiscoveredBackup } from '../discovery/discover.js';
import { runIntegrityPass, type ExpectedChecksum, type IntegrityResult } from '../bytes/integrity-pass.js';
import type { PgRestoreTool } from '../bytes/pg-restore-sink.js';
import type { DecryptionKeys } from '../bytes/keys.js';
import { describeFailure, type DecoderFactory } from '../bytes/layers.js';
import type { ReadableStore } from '../stores/store.js';
import type { Logger } from '../util/logger.js';

export interface FetchResult {
  integrity: IntegrityResult;
  file: string;
  bytesOnDisk: number;
  /** The gzip wrapper is damaged: the local copy is incomplete. */
  decompressError?: string;
  /** Zip, zstd or encryption layers were peeled into the local copy (it holds the bare archive or SQL). */
  decoded?: boolean;
  /** Another layer failed: the local copy is incomplete. */
  decodeError?: string;
}

/**
 * One read of the backup: sha256, `pg_restore --list` (or the SQL scan) and the local copy,
 * together; the copy is written already decoded, so nothing reads or decodes the backup again.
 */
export async function fetchBackup(
  store: ReadableStore,
  backup: DiscoveredBackup,
  opts: {
    file: string;
    expected?: ExpectedChecksum;
    pgRestore: () => Promise<PgRestoreTool | undefined>;
    logger: Logger;
    decryption?: DecryptionKeys;
    /** Makes each layer's decoder; tests pass one that counts. */
    decoders?: DecoderFactory;
  },
): Promise<FetchResult> {
  const integrity = await runIntegrityPass(await store.read(backup.key), {
    level: 'archive',
    expected: opts.expected,
    totalBytes: backup.size,
    pgRestore: opts.pgRestore,
    logger: opts.logger,
    copyTo: opts.file,
    decryption: opts.decryption,
    decoders: opts.decoders,
  });
  const copy = integrity.copy;
  const result: FetchResult = { integrity, file: opts.file, bytesOnDisk: copy?.bytes ?? 0 };
  if (copy?.failure?.layer === 'gzip') result.decompressError = copy.failure.message;
  else if (copy?.failure)
    result.decodeError = `cannot decode the backup for restoring: ${describeFailure(copy.failure)}`;
  else if (copy && copy.layers.length > 0) {
    result.decoded = true;
    opts.logger.info(`Decoded the local copy (${copy.layers.join(' → ')})`);
  }
  return result;
}
