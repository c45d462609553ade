/**
 * Names of the objects create-backup writes. The stamp is `Date.toISOString()` with `:` and `.`
 * replaced by `-` (`app_2025-01-18T02-00-00-000Z.dump`): it sorts lexically in time order, is legal
 * on every file system and in S3 keys, and backup-time.ts reads it back exactly (milliseconds, UTC).
 */
export const BACKUP_EXTENSION = '.dump';

// The exact shape Lifeboat writes; verify uses it to recognise its own backups that lack a manifest.
const LIFEBOAT_STAMP = /_(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.dump$/;

export function timestampForKey(time: Date): string {
  return time.toISOString().replace(/[:.]/g, '-');
}

/**
 * Characters that would split a key into folders or upset a shell or a console are replaced, the
 * rest of the name is kept so that `database` filters (`<db>_…`) still match ordinary names.
 */
export function safeDatabaseName(database: string): string {
  const cleaned = database.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^\.+/, '');
  return cleaned === '' ? 'database' : cleaned;
}

export function backupKeyFor(namePrefix: string, database: string, time: Date): string {
  return `${namePrefix}${safeDatabaseName(database)}_${timestampForKey(time)}${BACKUP_EXTENSION}`;
}

/** Whether a key has the shape of a backup create-backup wrote (whatever the prefix and database). */
export function isLifeboatBackupKey(key: string): boolean {
  return LIFEBOAT_STAMP.test(key.slice(key.lastIndexOf('/') + 1));
}

/** `prod/app_2025-…Z.dump` → `prod/app`: the key without its stamp, or undefined for other keys. */
export function lifeboatSeriesOf(key: string): string | undefined {
  return isLifeboatBackupKey(key) ? key.replace(LIFEBOAT_STAMP, '') : undefined;
}

/** The part of a key that identifies one database's series under one name prefix. */
export function seriesPrefix(namePrefix: string, database: string): string {
  return `${namePrefix}${safeDatabaseName(database)}_`;
}
