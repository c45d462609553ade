import { listBackups } from '../discovery/list-backups.js';
import os from 'node:os';
import path from 'node:path';
import type { DiscoveredBackup } from '../discovery/discover.js';
import { expectedChecksum } from '../discovery/manifest.js';
import { fetchBackup, type FetchResult } from '../restore/fetch.js';
import type { Container } from '../archive/types.js';
import { restorable } from '../restore/restorable.js';
import { selectBackup } from '../restore/select-backup.js';
import type { Check } from '../report/report.js';
import { closeStore, openStore } from '../stores/open-store.js';
import { requireReadable } from '../stores/readable.js';
import type { ReadableStore } from '../stores/store.js';
import { errorMessage, InputError } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { pgRestoreResolver } from '../bytes/pg-restore-sink.js';
import { qualifiedName, type SelectionSettings, type TableName } from './recovery-settings.js';
import { unknownTablesMessage } from '../restore/table-selection.js';
import { interruptible, makeTempDir, type TempDir } from '../util/cleanup.js';

/** The backup could not be found, read or trusted: nothing was written anywhere. Exit 2. */
export class RecoveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecoveryError';
  }
}

export interface FetchedBackup {
  backup: DiscoveredBackup;
  /** Why this backup: "newest of 12 backups", "newest backup taken before …". */
  reason: string;
  fetched: FetchResult;
  container: Container;
  /** The checksum and archive checks of the single read, all passed (warnings included). */
  checks: Check[];
  workDir: string;
}

/**
 * The drill's select → fetch + verify steps, for the on-call commands: the backup is chosen the same
 * way, read once into a local copy with its checksum and table of contents proven on the way, and
 * refused when anything is wrong with it (a restore from a corrupt backup is worse than none).
 * `onWorkDir` learns the local copy's directory as soon as it exists: the caller removes it.
 */
async function fetchSelected(
  store: ReadableStore,
  settings: SelectionSettings,
  logger: Logger,
  onWorkDir: (dir: TempDir) => void,
): Promise<FetchedBackup> {
  const listing = await listBackups(store, { timezone: settings.timezone, database: settings.database }, logger);
  if (!listing.backups) throw new RecoveryError(listing.check.summary);
  const selection = selectBackup(listing.backups, settings.backup);
  if (!selection.backup) throw new RecoveryError(`${selection.reason} in ${store.displayUrl}`);
  const backup = selection.backup;
  logger.info(`Backup ${backup.key}, taken ${backup.time.toISOString()} (${selection.reason})`);

  const workDir = await makeTempDir(os.tmpdir(), 'lifeboat-recovery-');
  onWorkDir(workDir);
  const fetched = await fetchBackup(store, backup, {
    file: path.join(workDir.path, 'backup'),
    expected: await expectedChecksum(store, backup),
    pgRestore: pgRestoreResolver(settings.postgresBinDir),
    logger,
    decryption: { passphrase: settings.decryptionPassphrase, ageIdentity: settings.ageIdentity },
  }).catch((error) => {
    throw new RecoveryError(`cannot read ${backup.key}: ${errorMessage(error)}`);
  });
  // The restore itself reads every data block: the content check would repeat it.
  const checks = fetched.integrity.checks.filter((c) => c.id !== 'content');
  const bad = checks.find((c) => c.status === 'critical');
  if (bad) throw new RecoveryError(`${backup.key} failed its ${bad.id} check: ${bad.summary}`);
  const container = restorable(fetched);
  if ('why' in container) throw new RecoveryError(`cannot restore ${backup.key}: ${container.why}`);
  return { backup, reason: selection.reason, fetched, container: container.container, checks, workDir: workDir.path };
}

/**
 * Refuses table names the archive does not hold: pg_restore --table would silently select nothing.
 * Judged from the archive reader's per-table counts; when it could not count, pg_restore decides.
 */
export function requireTables(f: FetchedBackup, tables: TableName[]): void {
  const have = f.fetched.integrity.tables?.map((t) => t.name);
  if (!have) return;
  const missing = tables.filter((t) => !have.includes(qualifiedName(t)));
  if (missing.length === 0) return;
  // The reader's names are "schema.table" unquoted: the first dot is the best split there is.
  const known = have.map((n) => ({ schema: n.slice(0, n.indexOf('.')), table: n.slice(n.indexOf('.') + 1) }));
  throw new InputError(unknownTablesMessage(f.backup.key, missing, known));
}

/**
 * Runs `work` (a restore, an extract: `what`, for the refusal of a store that cannot be read) on the
 * backup fetched from the settings' source, and always deletes the local copy and closes the store.
 */
export async function withFetchedBackup<T>(
  settings: SelectionSettings,
  environment: { env: NodeJS.ProcessEnv; logger: Logger },
  what: string,
  work: (fetched: FetchedBackup) => Promise<T>,
): Promise<T> {
  const store = requireReadable(
    openStore(settings.source, { env: environment.env, forcePathStyle: settings.s3ForcePathStyle }),
    what,
  );
  // The local copy can be as large as the backup: an interrupted restore must not leave it in /tmp.
  let workDir: TempDir | undefined;
  try {
    return await interruptible(async () => {
      try {
        const fetched = await fetchSelected(store, settings, environment.logger, (dir) => (workDir = dir));
        return await work(fetched);
      } finally {
        await workDir?.remove();
      }
    });
  } finally {
    closeStore(store);
  }
}
