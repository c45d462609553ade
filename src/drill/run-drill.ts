import { listBackups } from '../discovery/list-backups.js';
import { rmSync } from 'node:fs';
import { mkdtemp, rm, statfs } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { DiscoveredBackup } from '../discovery/discover.js';
import { readSha256Sidecar } from '../discovery/manifest.js';
import type { ExpectedChecksum } from '../bytes/integrity-pass.js';
import type { PgRestoreTool } from '../bytes/pg-restore-sink.js';
import { measure, worstStatus, type Check, type Report } from '../report/report.js';
import { formatBytes, formatDuration } from '../report/format.js';
import { StoreError, type ReadableStore } from '../stores/store.js';
import { keyInputFor } from '../bytes/keys.js';
import { errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { redactSecrets } from '../util/secrets.js';
import type { ChecksFile } from './checks-file.js';
import type { DrillSettings } from './drill-settings.js';
import { fetchBackup, type FetchResult } from '../restore/fetch.js';
import { restoreArchive, RestoreError } from '../restore/restore-runner.js';
import type { Container } from '../archive/types.js';
import { selectBackup } from '../restore/select-backup.js';
import {
  openUrlTarget,
  restoreDatabaseName,
  startEphemeralTarget,
  TargetRefusedError,
  type DrillTarget,
} from '../restore/target.js';
import { verifyRestore } from './verify-restore.js';
import type { CommandRunner } from '../postgres/install-postgres.js';
import {
  binariesForMajor,
  PostgresVersionUnavailable,
  postgresVersionCheck,
  versionsFromArchive,
  versionsFromManifest,
  wantedMajor,
  type BackupVersions,
} from './postgres-version.js';
import { exitOnSignal } from '../util/interrupt.js';
import { markOwned, reapOrphans } from '../postgres/reap-orphans.js';

export interface DrillDeps {
  store: ReadableStore;
  logger: Logger;
  /** The clock, so tests can place backups exactly 25h in the past. */
  now?: () => Date;
  pgRestore: () => Promise<PgRestoreTool | undefined>;
  /** The parsed checks file, when there is one. */
  checks?: ChecksFile;
  /** Where the local copy of the backup goes (default os.tmpdir()). */
  workParentDir?: string;
  /** Where ephemeral clusters go (default os.tmpdir()). */
  clusterParentDir?: string;
  /** Free bytes on the file system of `dir`; tests simulate a full disk. */
  freeBytes?: (dir: string) => Promise<number>;
  /** Host resolution for the production-database-url comparison (tests). */
  lookup?: (host: string) => Promise<string[]>;
  /** The environment: whether this is a GitHub-hosted runner that may install PostgreSQL, PATH for sudo. */
  env?: NodeJS.ProcessEnv;
  /** Runs the install commands (tests record them instead). */
  runner?: CommandRunner;
}

export interface DrillResult {
  report: Report;
  backup?: DiscoveredBackup;
  /** The target left running because of `keep` (ephemeral: its tempDir is what the post step removes). */
  kept?: DrillTarget;
  /** Where the restore went: printable, no password; for the post step, logs and tests. */
  target?: { kind: DrillTarget['kind']; description: string; tempDir?: string; dataDir?: string };
  /** The directory that held the local copy of the backup; deleted before runDrill returns. */
  workDir?: string;
  /** Tables present after the restore and their rows (the action's tables-restored / rows-restored). */
  tablesRestored?: number;
  rowsRestored?: number;
}

/**
 * Room for the local copy (a gzip wrapper inflates about 5×) and, on this machine's disk for an
 * ephemeral target, the restored tables and indexes (about 4× a compressed dump). An estimate that
 * errs large: failing before the fetch is cheap, running out of disk mid-restore is not.
 */
const GZIP_EXPANSION = 5;
const DATABASE_EXPANSION = 4;

/** PRODUCT.md §4: select, fetch + verify, restore, prove the data, measure RTO and RPO. */
export async function runDrill(settings: DrillSettings, deps: DrillDeps): Promise<DrillResult> {
  const clock = deps.now ?? (() => new Date());
  const startedAt = clock();
  const { store, logger } = deps;
  const checks: Check[] = [];
  const phases: Record<string, number> = {};
  const result: DrillResult = { report: undefined as unknown as Report };
  let extra: Partial<Report> = {};
  const finish = (): DrillResult => {
    result.report = {
      status: worstStatus(checks.map((c) => c.status)),
      kind: 'drill',
      source: store.displayUrl,
      ...(settings.database ? { database: settings.database } : {}),
      checks: checks.map(redactCheck),
      started_at: startedAt.toISOString(),
      finished_at: clock().toISOString(),
      ...extra,
      ...(extra.refused ? { refused: redactSecrets(extra.refused) } : {}),
      ...(Object.keys(phases).length ? { phases } : {}),
    };
    return result;
  };

  const listing = await listBackups(store, { timezone: settings.timezone, database: settings.database }, logger);
  checks.push(listing.check);
  if (!listing.backups) return finish();
  const backups = listing.backups;

  const selection = selectBackup(backups, settings.backup);
  if (!selection.backup) {
    checks.push({ id: 'backup', status: 'critical', summary: `${selection.reason} in ${store.displayUrl}` });
    return finish();
  }
  const backup = selection.backup;
  result.backup = backup;
  checks.push({
    id: 'backup',
    status: 'ok',
    summary: `${backup.key}, taken ${backup.time.toISOString()} (${selection.reason})`,
    display: { value: backup.key },
  });
  extra = { backup: { key: backup.key, time: backup.time.toISOString(), size: backup.size } };
  /**
   * The backup's age as the data a restore would lose. Only a drill that restored proved anything
   * about it: otherwise it is neutral (skipped), never a green tick next to a failed restore.
   */
  const rpoCheck = (restored = false): Check => {
    const rpo = Math.max(0, Math.round((clock().getTime() - backup.time.getTime()) / 1000));
    extra.rpo_seconds = rpo;
    const over = rpo > settings.rpoTargetSeconds;
    return {
      id: 'rpo',
      status: over ? 'critical' : restored ? 'ok' : 'skipped',
      summary: `the backup is ${formatDuration(rpo)} old: restoring it now loses ${formatDuration(rpo)} of data${
        over ? `, more than the RPO target ${formatDuration(settings.rpoTargetSeconds)}` : ''
      }${restored ? '' : ' (nothing was restored)'}`,
      ...measure('seconds', rpo, { threshold: settings.rpoTargetSeconds }),
    };
  };

  let target: DrillTarget | undefined;
  let pendingTarget: Promise<DrillTarget> | undefined;
  let workDir: string | undefined;
  const removeWorkDir = () => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  };
  // process.exit (the cluster module's signal handler) skips finally blocks but runs 'exit' listeners.
  const onSignal = exitOnSignal;
  process.on('exit', removeWorkDir);
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  let keepTarget = false;

  try {
    // Clusters live in TMPDIR, local copies in the work parent (the same, unless a test says otherwise).
    for (const parent of new Set([os.tmpdir(), deps.workParentDir ?? os.tmpdir()])) await reapOrphans(logger, parent);
    if (settings.target !== 'ephemeral') {
      try {
        target = await openUrlTarget(settings.target, {
          allowOverwrite: settings.allowOverwrite,
          productionDatabaseUrl: settings.productionDatabaseUrl,
          lookup: deps.lookup,
          env: deps.env,
        });
      } catch (error) {
        checks.push({ id: 'target', status: 'critical', summary: errorMessage(error) });
        if (error instanceof TargetRefusedError) extra.refused = error.message;
        checks.push(rpoCheck());
        return finish();
      }
      result.target = { kind: 'url', description: target.description };
      checks.push({
        id: 'target',
        status: 'ok',
        summary: `${target.description}${target.hadTables ? ': holds tables, restoring over them (allow-overwrite)' : ''}`,
      });
    }

    const workParent = deps.workParentDir ?? os.tmpdir();
    const disk = await diskCheck(backup, settings.target === 'ephemeral', workParent, deps.freeBytes);
    checks.push(disk);
    if (disk.status === 'critical') {
      checks.push(rpoCheck());
      return finish();
    }

    // RTO starts here: the fetch, and (in parallel, it needs no data) the throwaway cluster's boot.
    const fetchStart = Date.now();
    workDir = await mkdtemp(path.join(workParent, 'lifeboat-drill-'));
    await markOwned(workDir);
    result.workDir = workDir;
    logger.info(`Working directory ${workDir}`);
    // The PostgreSQL the backup came from: from its manifest now, else from the archive once fetched.
    let versions: BackupVersions | undefined = versionsFromManifest(backup.manifest);
    const bootTarget = () => {
      const bootStart = Date.now();
      const major = wantedMajor(settings.postgresVersion, versions);
      pendingTarget = (async () => {
        const binDir =
          major === undefined
            ? settings.postgresBinDir
            : (
                await binariesForMajor(major, {
                  binDir: settings.postgresBinDir,
                  env: deps.env ?? process.env,
                  logger,
                  versions,
                  runner: deps.runner,
                })
              ).binDir;
        return startEphemeralTarget({
          binDir,
          database: restoreDatabaseName(backup.manifest?.database),
          logger,
          parentDir: deps.clusterParentDir,
        });
      })().then((t) => {
        phases.target = seconds(Date.now() - bootStart);
        result.target = { kind: 'ephemeral', description: t.description, tempDir: t.tempDir, dataDir: t.dataDir };
        logger.info(`Target: ${t.description}`);
        target = t;
        return t;
      });
      // Awaited below; until then a failure must not surface as an unhandled rejection.
      pendingTarget.catch(() => undefined);
    };
    // Booted alongside the fetch when the major is already known (or not wanted); otherwise it
    // waits for the archive's header to say which major to boot.
    const bootNow = settings.postgresVersion.kind !== 'auto' || versions !== undefined;
    if (!target && bootNow) bootTarget();

    logger.info(`Fetching ${backup.key} (${formatBytes(backup.size)})`);
    let fetched: FetchResult | undefined;
    let expected: ExpectedChecksum | undefined;
    let sidecarUnreadable = false;
    try {
      expected = await expectedChecksum(store, backup);
    } catch (error) {
      sidecarUnreadable = true;
      checks.push({ id: 'checksum', status: 'critical', summary: errorMessage(error) });
    }
    try {
      fetched = await fetchBackup(store, backup, {
        file: path.join(workDir, 'backup'),
        expected,
        pgRestore: deps.pgRestore,
        logger,
        decryption: { passphrase: settings.decryptionPassphrase, ageIdentity: settings.ageIdentity },
      });
    } catch (error) {
      // A read that failed after its retries already names the key, the cause and the offset.
      const why =
        error instanceof StoreError ? errorMessage(error) : `cannot read ${backup.key}: ${errorMessage(error)}`;
      checks.push({ id: 'fetch', status: 'critical', summary: why });
    }
    phases.fetch = seconds(Date.now() - fetchStart);

    if (fetched) {
      const integrity = fetched.integrity;
      extra.backup = { ...extra.backup!, format: integrity.format.description, sha256: integrity.sha256 };
      // The restore reads every data block; a separate content pass would only repeat it.
      checks.push(...integrity.checks.filter((c) => c.id !== 'content' && !(c.id === 'checksum' && sidecarUnreadable)));
    }

    const container = fetched ? restorable(fetched) : { why: 'the backup could not be fetched' };
    if (!('why' in container) && container.container !== 'directory') {
      versions ??= await versionsFromArchive(fetched!.file, container.container).catch(() => undefined);
    }
    if (!target && !pendingTarget && !('why' in container) && !checks.some((c) => c.status === 'critical')) {
      bootTarget();
    }
    if (pendingTarget) {
      try {
        await pendingTarget;
      } catch (error) {
        checks.push({
          id: 'target',
          status: 'critical',
          summary:
            error instanceof PostgresVersionUnavailable
              ? error.message
              : `could not start the ephemeral cluster: ${errorMessage(error)}`,
        });
      }
    }
    if (target && !checks.some((c) => c.id === 'target')) {
      checks.push({ id: 'target', status: 'ok', summary: target.description });
    }

    const blocked = checks.find((c) => c.status === 'critical');
    if (!target || blocked || 'why' in container) {
      const why = blocked ? `${blocked.id}: ${blocked.summary}` : 'why' in container ? container.why : 'no target';
      checks.push({ id: 'restore', status: 'critical', summary: `not attempted: ${why}` });
      checks.push(rpoCheck());
      return finish();
    }

    const restoreStart = Date.now();
    let scriptDatabases: string[] | undefined;
    try {
      const restored = await restoreArchive({
        file: fetched!.file,
        container: container.container,
        target,
        jobs: settings.jobs,
        binDir: settings.postgresBinDir,
        logger,
        pgDumpVersion: backup.manifest?.pg_dump_version,
        // The backup's own record of its roles; without one, what the checks file declares.
        roles: backup.manifest?.roles ?? deps.checks?.roles,
      });
      scriptDatabases = restored.databases;
      checks.push({
        id: 'restore',
        status: 'ok',
        summary: `${restored.summary} in ${formatDuration((Date.now() - restoreStart) / 1000)}`,
        ...measure('seconds', seconds(Date.now() - restoreStart)),
      });
      checks.push(
        postgresVersionCheck(
          { major: target.serverMajor, version: target.serverVersion },
          versions,
          settings.postgresVersion,
        ),
      );
    } catch (error) {
      phases.restore = seconds(Date.now() - restoreStart);
      const message =
        error instanceof RestoreError || error instanceof TargetRefusedError
          ? error.message
          : `restore failed: ${errorMessage(error)}`;
      checks.push({ id: 'restore', status: 'critical', summary: message });
      // A script that would write outside the target was refused before psql ran: nothing was written.
      if (error instanceof TargetRefusedError) extra.refused = error.message;
      checks.push(rpoCheck());
      keepTarget = settings.keep;
      return finish();
    }
    phases.restore = seconds(Date.now() - restoreStart);

    const verifyStart = Date.now();
    logger.info('Verifying the restored data');
    const verified = await verifyRestore({
      target,
      manifestTables: backup.manifest?.tables,
      manifestCounting: backup.manifest?.counting,
      scannedTables: fetched!.integrity.tables,
      checks: deps.checks,
      backupTime: backup.time,
      rpoTargetSeconds: settings.rpoTargetSeconds,
      amcheck: settings.amcheck || deps.checks?.amcheck === true,
      smokeCommand: settings.smokeCommand,
      databases: scriptDatabases,
      logger,
    });
    checks.push(...verified.checks);
    const end = Date.now();
    phases.verify = seconds(end - verifyStart);
    extra.tables = verified.tables;
    result.tablesRestored = verified.tablesRestored;
    result.rowsRestored = verified.rowsRestored;

    const rto = seconds(end - fetchStart);
    extra.rto_seconds = rto;
    const overRto = rto > settings.rtoTargetSeconds;
    checks.push({
      id: 'rto',
      status: overRto ? 'critical' : 'ok',
      summary:
        `${rtoParts(phases, rto)}: ` +
        `recovered in ${formatDuration(rto)}${overRto ? `, more than the RTO target ${formatDuration(settings.rtoTargetSeconds)}` : ` (target ${formatDuration(settings.rtoTargetSeconds)})`}`,
      value: rto,
      threshold: settings.rtoTargetSeconds,
    });
    checks.push(rpoCheck(true));
    keepTarget = settings.keep;
    return finish();
  } finally {
    // A boot still in flight (the fetch failed first) must be awaited, or its cluster would outlive us.
    if (pendingTarget) await pendingTarget.catch(() => undefined);
    if (target && keepTarget && target.kind === 'ephemeral') {
      result.kept = target;
      logger.info(`Keeping ${target.description} for later steps`);
    } else if (target) {
      await target
        .dispose()
        .catch((error) => logger.warning(`could not remove the drill's target: ${errorMessage(error)}`));
    }
    if (workDir) await rm(workDir, { recursive: true, force: true }).catch(() => removeWorkDir());
    process.off('exit', removeWorkDir);
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
}

function seconds(ms: number): number {
  return Math.round(ms / 100) / 10;
}

/**
 * `fetch 3s and target 6s side by side (6s), restore 1s, verify 1s`: every phase, with the two that
 * run together counted once, so the parts add up to the RTO.
 */
export function rtoParts(phases: Record<string, number>, rto: number): string {
  const { fetch, target, restore = 0, verify = 0 } = phases;
  const before = Math.max(0, rto - restore - verify);
  const first =
    target === undefined
      ? `fetch ${formatDuration(fetch ?? before)}`
      : `fetch ${formatDuration(fetch ?? 0)} and target ${formatDuration(target)} side by side (${formatDuration(before)})`;
  return `${first}, restore ${formatDuration(restore)}, verify ${formatDuration(verify)}`;
}

export function restorable(fetched: FetchResult): { container: Container } | { why: string } {
  const format = fetched.integrity.format;
  if (fetched.decompressError) return { why: `the gzip wrapper is damaged: ${fetched.decompressError}` };
  if (fetched.decodeError) return { why: fetched.decodeError };
  // Zip entries and encryption were peeled into the local copy: what remains is the container.
  if (fetched.decoded) {
    return format.container === 'unknown'
      ? { why: `not a PostgreSQL backup: ${format.description}` }
      : { container: format.directory ? 'directory' : format.container };
  }
  if (format.encryption) {
    return { why: `${format.description}: encrypted, and no key was given: set ${keyInputFor(format.encryption)}` };
  }
  if (format.compression !== 'none' && format.compression !== 'gzip') {
    return { why: `${format.description}: ${format.compression} is not supported by the drill yet` };
  }
  if (format.container === 'unknown') return { why: `not a PostgreSQL backup: ${format.description}` };
  return { container: format.directory ? 'directory' : format.container };
}

/** `du -s` of a freshly initdb'd PostgreSQL 15 data directory: 42 MB. */
const EMPTY_CLUSTER_BYTES = 42 * 1024 * 1024;
/** WAL segments kept around during a restore (wal_level minimal still writes index builds' WAL). */
const WAL_HEADROOM_BYTES = 64 * 1024 * 1024;
const WAL_SHARE = 0.1;

async function diskCheck(
  backup: DiscoveredBackup,
  ephemeral: boolean,
  dir: string,
  freeBytes: (dir: string) => Promise<number> = systemFreeBytes,
): Promise<Check> {
  const gzipped = /\.(gz|tgz)$/i.test(backup.key);
  const copy = backup.size * (gzipped ? GZIP_EXPANSION : 1);
  // A gzip-wrapped dump is usually tar or plain (uncompressed inside); a bare one usually custom (compressed).
  const database = gzipped ? copy * 1.5 : backup.size * DATABASE_EXPANSION;
  // An ephemeral target is a whole cluster: its empty data directory (initdb, ~40 MB on PostgreSQL
  // 15–17) and WAL written while the data is loaded, before checkpoints recycle it.
  const cluster = ephemeral ? EMPTY_CLUSTER_BYTES + WAL_HEADROOM_BYTES + database * WAL_SHARE : 0;
  const needed = copy + (ephemeral ? database + cluster : 0);
  let free: number;
  try {
    free = await freeBytes(dir);
  } catch (error) {
    return { id: 'disk', status: 'skipped', summary: `cannot tell the free space in ${dir}: ${errorMessage(error)}` };
  }
  const what = ephemeral ? 'the local copy and the restored database' : 'the local copy';
  if (free < needed) {
    return {
      id: 'disk',
      status: 'critical',
      summary:
        `will not fit: ${what} need about ${formatBytes(needed)} (from the ${formatBytes(backup.size)} backup), ` +
        `only ${formatBytes(free)} free in ${dir}; use a larger or self-hosted runner, or set TMPDIR to a bigger disk`,
      ...measure('bytes', free, { threshold: needed }),
    };
  }
  return {
    id: 'disk',
    status: 'ok',
    summary: `${formatBytes(free)} free in ${dir}; ${what} need about ${formatBytes(needed)}`,
    ...measure('bytes', free, { threshold: needed }),
  };
}

async function systemFreeBytes(dir: string): Promise<number> {
  const s = await statfs(dir);
  return s.bavail * s.bsize;
}

export async function expectedChecksum(
  store: ReadableStore,
  backup: DiscoveredBackup,
): Promise<ExpectedChecksum | undefined> {
  if (backup.manifest?.sha256) return { sha256: backup.manifest.sha256, from: 'manifest' };
  if (backup.sidecars.sha256) {
    const sha = await readSha256Sidecar(store, backup.sidecars.sha256);
    if (sha) return { sha256: sha, from: '.sha256 sidecar' };
  }
  return undefined;
}

function redactCheck(check: Check): Check {
  return {
    ...check,
    summary: redactSecrets(check.summary),
    ...(check.display?.value ? { display: { ...check.display, value: redactSecrets(check.display.value) } } : {}),
  };
}
