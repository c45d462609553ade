import type { BackupListingReport, ListedBackup, ListingGap, NamedFormat } from '../report/listing.js';
import type { Check } from '../report/report.js';
import { StoreError, type ListingStore } from '../stores/store.js';
import type { Logger } from '../util/logger.js';
import { daysBetween } from '../util/calendar.js';
import { discoverBackups, type DiscoverOptions, type DiscoveredBackup } from './discover.js';

export type Listing =
  | { backups: DiscoveredBackup[]; check: Check & { status: 'ok' } }
  | { backups?: undefined; check: Check & { status: 'critical' } };

/**
 * The `store` check every command starts with: the backups, newest first, or why the store could not
 * be listed (a missing bucket, a denied permission) as a critical check rather than a crash.
 */
export async function listBackups(store: ListingStore, opts: DiscoverOptions, logger: Logger): Promise<Listing> {
  logger.info(`Listing backups in ${store.displayUrl}`);
  try {
    const backups = await discoverBackups(store, opts);
    return { backups, check: { id: 'store', status: 'ok', summary: `listed ${store.displayUrl}` } };
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    return {
      check: { id: 'store', status: 'critical', summary: `cannot list ${store.displayUrl}: ${error.message}` },
    };
  }
}

const CONTAINER_BY_EXTENSION: Record<string, NamedFormat['container']> = {
  dump: 'custom',
  dmp: 'custom',
  backup: 'custom',
  pgdump: 'custom',
  tar: 'tar',
  sql: 'plain',
  psql: 'plain',
  pgsql: 'plain',
};
const COMPRESSION_BY_EXTENSION: Record<string, string> = {
  gz: 'gzip',
  tgz: 'gzip',
  zip: 'zip',
  zst: 'zstd',
  zstd: 'zstd',
  lz4: 'lz4',
  bz2: 'bzip2',
  xz: 'xz',
};
const ENCRYPTION_BY_EXTENSION: Record<string, string> = {
  gpg: 'gpg',
  pgp: 'gpg',
  asc: 'gpg',
  enc: 'openssl',
  age: 'age',
};

/** `app.sql.gz.gpg` → plain, gzip, gpg; a Lifeboat backup with a manifest is a custom archive. */
export function formatFromName(key: string, hasManifest = false): NamedFormat {
  const out: NamedFormat = {};
  const base = key.slice(key.lastIndexOf('/') + 1).toLowerCase();
  for (const ext of base.split('.').slice(1).reverse()) {
    if (!/^[a-z][a-z0-9]{0,9}$/.test(ext)) break;
    if (ENCRYPTION_BY_EXTENSION[ext] && !out.encryption && !out.compression && !out.container) {
      out.encryption = ENCRYPTION_BY_EXTENSION[ext];
    } else if (COMPRESSION_BY_EXTENSION[ext] && !out.compression && !out.container) {
      out.compression = COMPRESSION_BY_EXTENSION[ext];
      if (ext === 'tgz') out.container = 'tar';
    } else if (CONTAINER_BY_EXTENSION[ext] && !out.container) {
      out.container = CONTAINER_BY_EXTENSION[ext];
    } else {
      break;
    }
  }
  if (!out.container && hasManifest) out.container = 'custom';
  return out;
}

/**
 * The table behind `lifeboat list` and the verify job summary: every backup newest first, with the
 * intervals between them and the ones longer than `gapSeconds` marked as gaps.
 */
export function describeBackups(
  source: string,
  backups: DiscoveredBackup[],
  opts: { now: Date; gapSeconds: number; incomplete?: Set<string> },
): BackupListingReport {
  const listed: ListedBackup[] = [];
  const gaps: ListingGap[] = [];
  let largest: number | undefined;
  backups.forEach((b, i) => {
    const older = backups[i + 1];
    const interval = older ? (b.time.getTime() - older.time.getTime()) / 1000 : undefined;
    if (interval !== undefined) largest = Math.max(largest ?? 0, interval);
    listed.push({
      key: b.key,
      time: b.time.toISOString(),
      time_source: b.timeSource,
      age_seconds: Math.round((opts.now.getTime() - b.time.getTime()) / 1000),
      size: b.size,
      format: formatFromName(b.key, b.sidecars.manifest !== undefined),
      sidecars: { manifest: b.sidecars.manifest !== undefined, sha256: b.sidecars.sha256 !== undefined },
      ...(opts.incomplete?.has(b.key) ? { incomplete: true } : {}),
      ...(interval !== undefined ? { interval_seconds: Math.round(interval) } : {}),
    });
    if (older && interval !== undefined && interval > opts.gapSeconds) {
      gaps.push({
        from: older.key,
        to: b.key,
        seconds: Math.round(interval),
        days_without_backup: daysBetween(older.time, b.time),
      });
    }
  });
  return {
    schema: 'lifeboat-list/1',
    source,
    generated_at: opts.now.toISOString(),
    gap_threshold_seconds: opts.gapSeconds,
    backups: listed,
    gaps,
    totals: {
      count: listed.length,
      size: listed.reduce((sum, b) => sum + b.size, 0),
      ...(listed.length ? { newest: listed[0].time, oldest: listed[listed.length - 1].time } : {}),
      ...(largest !== undefined ? { largest_interval_seconds: Math.round(largest) } : {}),
    },
  };
}
