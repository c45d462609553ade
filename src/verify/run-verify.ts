import { listBackups } from '../discovery/list-backups.js';
import { isLifeboatBackupKey } from '../backup/backup-key.js';
import { findIncompleteBackups } from '../backup/incomplete.js';
import type { DiscoveredBackup } from '../discovery/discover.js';
import { expectedChecksum } from '../discovery/manifest.js';
import { runIntegrityPass, type ExpectedChecksum, type IntegrityResult } from '../bytes/integrity-pass.js';
import type { PgRestoreTool } from '../bytes/pg-restore-sink.js';
import { selectBackup } from '../restore/select-backup.js';
import { plural } from '../report/format.js';
import { measure, type Check, type Report, type TableCount } from '../report/report.js';
import { startReport } from '../report/report-builder.js';
import { isReadable, notReadableReason } from '../stores/readable.js';
import { StoreError, type ListingStore, type ReadableStore } from '../stores/store.js';
import { errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { mixedDatabasesCheck } from './mixed-databases.js';
import { rowsCheck } from './rows-check.js';
import { storePolicyChecks } from './store-policy.js';
import { gapsCheck, recencyCheck, futureCheck, retentionCheck, sizeCheck } from './schedule-checks.js';
import type { VerifySettings } from './verify-settings.js';

export interface VerifyDeps {
  store: ListingStore;
  logger: Logger;
  /** The clock, so tests can put backups exactly 24h in the past. */
  now?: () => Date;
  pgRestore: () => Promise<PgRestoreTool | undefined>;
  /** The drill-age check; only Actions can answer it (workflow runs API). */
  drillAge?: () => Promise<Check>;
}

export interface VerifyResult {
  report: Report;
  newest?: DiscoveredBackup;
  /** Every backup the store listed, newest first (the job summary's table and chart). */
  backups?: DiscoveredBackup[];
}

/** PRODUCT.md §3: finds the newest backup, checks it is recent and intact, and returns the verdict. */
export async function runVerify(settings: VerifySettings, deps: VerifyDeps): Promise<VerifyResult> {
  const clock = deps.now ?? (() => new Date());
  const { store, logger } = deps;
  const report = startReport('verify', store.displayUrl, clock, { database: settings.database });
  const listing = await listBackups(store, { timezone: settings.timezone, database: settings.database }, logger);
  const finish = (newest?: DiscoveredBackup, fields: Partial<Report> = {}): VerifyResult => ({
    newest,
    backups: listing.backups,
    report: report.finish(fields),
  });

  report.add(listing.check);
  if (!listing.backups) return finish();
  let backups = listing.backups;

  const mixed = settings.database ? undefined : mixedDatabasesCheck(backups, store.displayUrl);
  if (mixed) {
    report.add(mixed);
    return finish();
  }

  // A Lifeboat backup whose manifest is missing did not complete: never "the newest good backup".
  const incompleteKeys = findIncompleteBackups(backups);
  const incomplete = backups.filter((b) => incompleteKeys.has(b.key));
  backups = backups.filter((b) => !incompleteKeys.has(b.key));
  const manifest = manifestCheck(backups, incomplete);

  if (backups.length === 0) {
    if (manifest) report.add(manifest);
    report.add({
      id: 'exists',
      status: 'critical',
      summary: `no ${incomplete.length ? 'complete ' : ''}backups found in ${store.displayUrl}${settings.database ? ` for database ${settings.database}` : ''}${
        incomplete.length ? ` (${incomplete.length} incomplete: no Lifeboat manifest)` : ''
      }`,
      value: 0,
    });
    return finish();
  }
  const now = clock();
  // `backup: KEY|before:TIME` picks exactly as the drill does, from the same listing, so verify judges
  // the backup a drill (or restore) for the same time would restore. `latest` is the newest complete one.
  const selection =
    settings.backup.kind === 'latest'
      ? { backup: backups[0], reason: `newest of ${plural(backups.length, 'complete backup')}` }
      : selectBackup(listing.backups, settings.backup);
  if (!selection.backup) {
    report.add({ id: 'exists', status: 'critical', summary: `${selection.reason} in ${store.displayUrl}`, value: 0 });
    return finish();
  }
  const newest = selection.backup;
  const what = settings.backup.kind === 'latest' ? 'newest backup' : 'the chosen backup';
  report.add({
    id: 'exists',
    status: 'ok',
    summary: `${plural(backups.length, 'backup')} found; judging ${newest.key} (${selection.reason})`,
    ...measure('count', backups.length),
  });
  report.add(recencyCheck(newest, now, settings, what), futureCheck(newest, now, what));
  const older = backups.filter((b) => b.time.getTime() < newest.time.getTime());
  report.add(sizeCheck(newest, older.slice(0, 7), settings, what));
  if (settings.backup.kind !== 'latest' && incompleteKeys.has(newest.key)) {
    report.add({
      id: 'manifest',
      status: 'critical',
      summary: `${newest.key} has no Lifeboat manifest: create-backup did not finish it`,
    });
  } else if (manifest) {
    report.add(manifest);
  }

  let sha256: string | undefined;
  let format: string | undefined;
  let counted: { tables?: TableCount[]; partitioned?: string[] } | undefined;
  if (settings.integrity === 'none') {
    report.skip(['checksum', 'archive', 'content'], 'integrity: none');
  } else if (!isReadable(store)) {
    report.skip(['checksum', 'archive', 'content'], notReadableReason(store));
  } else {
    const integrity = await verifyIntegrity(store, newest, settings, deps);
    if (integrity.store) report.replace(listing.check, integrity.store);
    report.add(...integrity.checks);
    sha256 = integrity.sha256;
    format = integrity.format;
    counted = integrity;
  }
  const rows = rowsCheck(newest.manifest, counted);
  report.add(rows.check);
  const tables = rows.tables;

  report.add(gapsCheck(backups, now, settings));
  if (settings.minRetentionSeconds !== undefined)
    report.add(retentionCheck(backups, now, settings.minRetentionSeconds));
  report.add(...(await storePolicyChecks(store, { now, minRetentionSeconds: settings.minRetentionSeconds })));
  if (deps.drillAge) report.add(await deps.drillAge());

  return finish(newest, {
    backup: {
      key: newest.key,
      time: newest.time.toISOString(),
      size: newest.size,
      format,
      sha256,
      reason: selection.reason,
    },
    ...(tables && tables.length ? { tables } : {}),
  });
}

async function verifyIntegrity(
  store: ReadableStore,
  backup: DiscoveredBackup,
  settings: VerifySettings,
  deps: VerifyDeps,
): Promise<{
  checks: Check[];
  /** Replaces the listing's store check when the backup could not be read. */
  store?: Check;
  sha256?: string;
  format?: string;
  tables?: TableCount[];
  partitioned?: string[];
}> {
  const { logger } = deps;
  let expected: ExpectedChecksum | undefined;
  const checks: Check[] = [];
  try {
    expected = await expectedChecksum(store, backup);
  } catch (error) {
    checks.push({ id: 'checksum', status: 'critical', summary: errorMessage(error) });
  }
  logger.info(`Reading ${backup.key} (${settings.integrity} integrity)`);
  let result: IntegrityResult;
  try {
    // A read that fails half-way (connection reset, object deleted) is a finding about the backup,
    // not a crash of the run: it lands in the archive check like an unreadable file.
    result = await runIntegrityPass(await store.read(backup.key), {
      level: settings.integrity as 'checksum' | 'archive' | 'full',
      expected,
      totalBytes: backup.size,
      pgRestore: deps.pgRestore,
      logger,
      decryption: { passphrase: settings.decryptionPassphrase, ageIdentity: settings.ageIdentity },
    });
  } catch (error) {
    if (error instanceof StoreError && error.code === 'read-failed') {
      // Retried and resumed, and still the store would not hand the bytes over: a store problem
      // (the freshness family), never a verdict on a backup nobody could read to the end.
      const why = 'not checked: the backup could not be read (see the store check)';
      return {
        store: { id: 'store', status: 'critical', summary: error.message },
        checks: [
          ...(checks.length ? checks : [{ id: 'checksum', status: 'skipped' as const, summary: why }]),
          { id: 'archive', status: 'skipped', summary: why },
          { id: 'content', status: 'skipped', summary: why },
        ],
      };
    }
    const why = `cannot read ${backup.key}: ${errorMessage(error)}`;
    return {
      checks: [
        ...(checks.length ? checks : [{ id: 'checksum', status: 'skipped' as const, summary: why }]),
        { id: 'archive', status: 'critical', summary: why },
        { id: 'content', status: 'skipped', summary: 'not checked: the backup could not be read' },
      ],
    };
  }
  // A sidecar that could not be read already produced the checksum verdict.
  const integrityChecks = checks.length ? result.checks.filter((c) => c.id !== 'checksum') : result.checks;
  return {
    checks: [...checks, ...integrityChecks],
    sha256: result.sha256,
    format: result.format.description,
    tables: result.tables,
    partitioned: result.partitioned,
  };
}

/**
 * Says which Lifeboat backups are incomplete (no manifest) and whether one of them is the latest
 * attempt; undefined when the store holds no Lifeboat backups at all, to keep other reports as they were.
 */
function manifestCheck(backups: DiscoveredBackup[], incomplete: DiscoveredBackup[]): Check | undefined {
  const newest = backups[0];
  // Whether the newest backups completed is unknown while their manifests cannot be read.
  const unreadable = backups.find((b) => b.manifestUnreadable !== undefined);
  if (unreadable) {
    return {
      id: 'manifest',
      status: 'critical',
      summary: `cannot read the Lifeboat manifest of ${unreadable.key}: ${unreadable.manifestUnreadable}`,
    };
  }
  const shown = (list: DiscoveredBackup[]) =>
    list
      .slice(0, 3)
      .map((b) => b.key)
      .join(', ') + (list.length > 3 ? ` and ${list.length - 3} more` : '');
  if (incomplete.length > 0) {
    const newer = newest ? incomplete.filter((b) => b.time.getTime() > newest.time.getTime()) : incomplete;
    if (newer.length > 0) {
      return {
        id: 'manifest',
        status: 'warning',
        summary: `${shown(newer)} has no Lifeboat manifest: the backup did not complete and is not counted${
          newest ? `; newest complete backup is ${newest.key}` : ''
        }`,
        value: newer.length,
      };
    }
    return {
      id: 'manifest',
      status: 'ok',
      summary: `newest backup has its Lifeboat manifest; ${incomplete.length} older incomplete backups (no manifest) ignored: ${shown(incomplete)}`,
      value: incomplete.length,
    };
  }
  if (newest?.manifest && isLifeboatBackupKey(newest.key)) {
    return {
      id: 'manifest',
      status: 'ok',
      summary: `newest backup has its Lifeboat manifest (${Object.keys(newest.manifest.tables).length} tables)`,
    };
  }
  return undefined;
}
