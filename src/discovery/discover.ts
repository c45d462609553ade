import type { TimeSource } from '../report/listing.js';
import { isReadable } from '../stores/readable.js';
import { StoreError, type ListingStore, type ReadableStore, type StoreObject } from '../stores/store.js';
import { timeFromName } from './backup-time.js';
import { sidecarKind, sidecarOwner } from '../archive/detect-format.js';
import { databaseFromHeader } from './header-database.js';
import { readManifest, type LifeboatManifest } from './manifest.js';
import { errorMessage } from '../util/errors.js';

export interface DiscoveredBackup {
  key: string;
  size: number;
  lastModified: Date;
  /** When the backup was taken, from `timeSource`. */
  time: Date;
  timeSource: TimeSource;
  /** Keys of the sidecars found next to the backup. */
  sidecars: { sha256?: string; manifest?: string; meta?: string };
  manifest?: LifeboatManifest;
  /** Why a manifest sidecar that exists could not be used (malformed, unreadable). */
  manifestError?: string;
  /** Why a manifest sidecar that exists could not be read (the store failed, after retries). */
  manifestUnreadable?: string;
  /** The database it holds, when its name, its manifest or its own header says so. */
  database?: string;
  databaseFrom?: 'name' | 'manifest' | 'header';
}

export interface DiscoverOptions {
  /** IANA zone for names without one; default UTC. */
  timezone?: string;
  /** Only backups of this database, by name prefix: `<db>_`, `<db>-`, `PG_<db>.`. */
  database?: string;
  /** How many of the newest backups get their manifest read (one GET each). Default 10. */
  readManifests?: number;
  /**
   * Without `database`: how many of the newest backups whose names carry no database get their
   * header read (one ranged GET each) to tell several databases apart. Default 20. With
   * `database`, every such backup is read: its header is the only way to know whose it is.
   */
  readHeaders?: number;
}

// Extensions pg_dump, gzip/zip/zstd/…, gpg/openssl/age and the usual scripts give a backup.
const BACKUP_EXTENSIONS = new Set([
  'dump',
  'dmp',
  'backup',
  'pgdump',
  'sql',
  'psql',
  'pgsql',
  'tar',
  // `pg_dump -Fd` folders (`app.dir`), which a folder store lists as one object.
  'dir',
  'tgz',
  'gz',
  'zip',
  'gpg',
  'pgp',
  'asc',
  'enc',
  'age',
  'zst',
  'zstd',
  'lz4',
  'bz2',
  'xz',
]);

const MANIFEST_READ_CONCURRENCY = 4;

/**
 * Files backup tools write beside the database dumps that are not one: kartoza's `globals.sql`
 * (`pg_dumpall --globals-only`, rewritten on every run) and its per-table dumps (DB_TABLES:
 * `PG_<schema>.<table>_<28-November-2026-23-00>.sql`, where database dumps are `PG_<db>.<date>.dmp`).
 * Either would otherwise pass for the newest backup after the database dumps stopped.
 */
const NOT_A_DATABASE_BACKUP = [
  /^(.*[._-])?globals\.sql(\.(gz|zst|lz4|bz2|xz))?$/i,
  /^[^_]+_[^/]+\.[^/]+_\d{1,2}-[A-Za-z]+-\d{4}(-\d{2}-\d{2})?\.sql(\.(gz|zst))?$/,
];

/**
 * A key is a backup candidate by its extension, or by having none at all (Databasus stores
 * `<uuid>` objects). README.md, logs, notes and stray JSON are not, so they never become "the
 * newest backup". Whether a candidate really is a PostgreSQL backup is detectFormat's job.
 */
export function isBackupCandidate(key: string): boolean {
  if (key === '' || key.endsWith('/')) return false;
  if (sidecarKind(key) !== undefined) return false;
  const base = basename(key);
  if (base === '' || base.startsWith('.')) return false;
  if (NOT_A_DATABASE_BACKUP.some((pattern) => pattern.test(base))) return false;
  const extension = extensionOf(base);
  return extension === undefined || BACKUP_EXTENSIONS.has(extension);
}

/**
 * Lists a store and returns its backups, newest first, with their sidecars paired and their time
 * taken from (in order) the manifest, the name, the object's last-modified time.
 */
export async function discoverBackups(store: ListingStore, opts: DiscoverOptions = {}): Promise<DiscoveredBackup[]> {
  const objects: StoreObject[] = [];
  for await (const object of store.list()) objects.push(object);

  const backups = new Map<string, DiscoveredBackup>();
  for (const object of objects) {
    if (!isBackupCandidate(object.key)) continue;
    const named = databaseFromName(object.key);
    // A name without a database (Databasus' bare uuids) is decided by the header below.
    if (opts.database !== undefined && named !== undefined && !belongsToDatabase(object.key, opts.database)) continue;
    const fromName = timeFromName(object.key, { timezone: opts.timezone, lastModified: object.lastModified });
    backups.set(object.key, {
      key: object.key,
      size: object.size,
      lastModified: object.lastModified,
      time: fromName ?? object.lastModified,
      timeSource: fromName ? 'name' : 'last-modified',
      sidecars: {},
      ...(named !== undefined ? { database: named, databaseFrom: 'name' as const } : {}),
    });
  }
  for (const object of objects) {
    const kind = sidecarKind(object.key);
    const owner = sidecarOwner(object.key);
    if (!kind || owner === undefined) continue;
    const backup = backups.get(owner);
    if (backup) backup.sidecars[kind] = object.key;
  }

  const sorted = sortNewestFirst([...backups.values()]);
  // A store that only lists (Railway) has no manifests or headers to read: its listing is all there is.
  if (!isReadable(store)) return filterByDatabase(sorted, opts);
  const limit = opts.readManifests ?? 10;
  const withManifest = sorted.filter((b) => b.sidecars.manifest !== undefined).slice(0, Math.max(0, limit));
  await forEachLimited(withManifest, MANIFEST_READ_CONCURRENCY, async (backup) => {
    try {
      const manifest = await readManifest(store, backup.sidecars.manifest as string);
      if (!manifest) return;
      backup.manifest = manifest;
      backup.time = new Date(manifest.created_at);
      backup.timeSource = 'manifest';
    } catch (error) {
      // One bad manifest must not hide every other backup; the verify report shows this message.
      // A manifest the store would not hand over says nothing about the backup: kept apart.
      if (error instanceof StoreError) backup.manifestUnreadable = error.message;
      else backup.manifestError = errorMessage(error);
    }
  });
  await labelByHeader(store, sorted, opts);
  return filterByDatabase(sorted, opts);
}

function filterByDatabase(sorted: DiscoveredBackup[], opts: DiscoverOptions): DiscoveredBackup[] {
  const kept =
    opts.database === undefined
      ? sorted
      : sorted.filter((b) => b.database === opts.database || belongsToDatabase(b.key, opts.database as string));
  return sortNewestFirst(kept);
}

const HEADER_READ_CONCURRENCY = 8;

/**
 * Names the database of backups whose names carry none, from their manifest or their first bytes
 * (PRODUCT.md: databases told apart by content), so several databases sharing one store are
 * detected and `database` can pick among them.
 */
async function labelByHeader(store: ReadableStore, backups: DiscoveredBackup[], opts: DiscoverOptions): Promise<void> {
  for (const b of backups) {
    if (b.database === undefined && b.manifest?.database) {
      b.database = b.manifest.database;
      b.databaseFrom = 'manifest';
    }
  }
  const unnamed = backups.filter((b) => b.database === undefined);
  const toRead = opts.database === undefined ? unnamed.slice(0, Math.max(0, opts.readHeaders ?? 20)) : unnamed;
  await forEachLimited(toRead, HEADER_READ_CONCURRENCY, async (backup) => {
    const database = await databaseFromHeader(store, backup.key, backup.size);
    if (database !== undefined) {
      backup.database = database;
      backup.databaseFrom = 'header';
    }
  });
}

/**
 * The database a backup's name says it holds (`app_2025-…`, `app-2025…`, `PG_app.18-January-…`),
 * or undefined when the name carries none (`backup-…`, `dump-…`, uuid keys).
 */
export function databaseFromName(key: string): string | undefined {
  const base = basename(key);
  const kartoza = /^PG_(.+?)\./.exec(base);
  if (kartoza) return kartoza[1];
  // Only a name that carries a timestamp has a database prefix in front of it; uuid keys have none.
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(base) || timeFromName(base) === undefined) return undefined;
  const prefixed = /^(.+?)[_-](?=\d{4}-?\d{2}-?\d{2})/.exec(base);
  if (!prefixed) return undefined;
  return GENERIC_PREFIXES.has(prefixed[1].toLowerCase()) ? undefined : prefixed[1];
}

// Names tools give every backup regardless of the database in it.
const GENERIC_PREFIXES = new Set(['backup', 'backups', 'dump', 'pg_dump', 'pgdump', 'db-backup', 'postgres-backup']);

function belongsToDatabase(key: string, database: string): boolean {
  const base = basename(key);
  return base.startsWith(`${database}_`) || base.startsWith(`${database}-`) || base.startsWith(`PG_${database}.`);
}

function sortNewestFirst(backups: DiscoveredBackup[]): DiscoveredBackup[] {
  // Ties (same second in the name) fall back to upload time, then key, so the order is stable.
  return backups.sort(
    (a, b) =>
      b.time.getTime() - a.time.getTime() ||
      b.lastModified.getTime() - a.lastModified.getTime() ||
      (a.key < b.key ? 1 : a.key > b.key ? -1 : 0),
  );
}

function basename(key: string): string {
  return key.slice(key.lastIndexOf('/') + 1);
}

/** A real extension is short and alphanumeric; `.123Z` or `.18-January-2025` is part of a timestamp. */
function extensionOf(base: string): string | undefined {
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const extension = base.slice(dot + 1).toLowerCase();
  return /^[a-z][a-z0-9]{0,9}$/.test(extension) ? extension : undefined;
}

async function forEachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++];
      await work(item);
    }
  });
  await Promise.all(workers);
}
