import os from 'node:os';
import path from 'node:path';
import type { Container } from '../archive/types.js';
import type { DiscoveredBackup } from '../discovery/discover.js';
import { listBackups } from '../discovery/list-backups.js';
import { expectedChecksum } from '../discovery/manifest.js';
import type { ExpectedChecksum } from '../bytes/integrity-pass.js';
import type { PgRestoreTool } from '../bytes/pg-restore-sink.js';
import type { CommandRunner } from '../postgres/install-postgres.js';
import { markOwned, reapOrphans } from '../postgres/reap-orphans.js';
import { formatBytes, formatDuration } from '../report/format.js';
import { measure, type Check, type Report } from '../report/report.js';
import { startReport, type ReportBuilder } from '../report/report-builder.js';
import { fetchBackup, type FetchResult } from '../restore/fetch.js';
import { restorable } from '../restore/restorable.js';
import { restoreArchive, RestoreError } from '../restore/restore-runner.js';
import { selectBackup } from '../restore/select-backup.js';
import {
  openUrlTarget,
  restoreDatabaseName,
  startEphemeralTarget,
  TargetRefusedError,
  type DrillTarget,
} from '../restore/target.js';
import { StoreError, type ReadableStore } from '../stores/store.js';
import { interruptible, makeTempDir, type TempDir } from '../util/cleanup.js';
import { errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import type { ChecksFile } from '../fleet/checks-file.js';
import { diskCheck } from './disk-check.js';
import type { DrillSettings } from './drill-settings.js';
import {
  binariesForMajor,
  PostgresVersionUnavailable,
  postgresVersionCheck,
  versionsFromArchive,
  versionsFromManifest,
  wantedMajor,
  type BackupVersions,
} from './postgres-version.js';
import { verifyRestore } from './verify-restore.js';

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

/** What every phase of one drill reads, and the report and result they fill in. */
interface Drill {
  settings: DrillSettings;
  deps: DrillDeps;
  logger: Logger;
  clock: () => Date;
  report: ReportBuilder;
  result: DrillResult;
}

/**
 * PRODUCT.md §4, as its phases: select → fetch (the target boots beside it) → target → restore →
 * prove the data → measure RTO and RPO → report. A phase that fails adds its critical check and
 * the drill goes straight to the report, after removing what it made (local copy, target).
 */
export async function runDrill(settings: DrillSettings, deps: DrillDeps): Promise<DrillResult> {
  const clock = deps.now ?? (() => new Date());
  const report = startReport('drill', deps.store.displayUrl, clock, { database: settings.database });
  const drill: Drill = {
    settings,
    deps,
    logger: deps.logger,
    clock,
    report,
    result: { report: undefined as unknown as Report },
  };
  const backup = await select(drill);
  if (backup) await interruptible(() => recover(drill, backup));
  drill.result.report = report.finish();
  return drill.result;
}

/** Everything after the selection; its finally releases the target and removes the local copy. */
async function recover(drill: Drill, backup: DiscoveredBackup): Promise<void> {
  const { report, settings } = drill;
  const slot = new TargetSlot(drill, backup);
  let workDir: TempDir | undefined;
  let keep = false;
  try {
    if (!(await prepare(drill, backup, slot))) return report.add(rpoCheck(drill, backup));
    // RTO starts here: the fetch, and (in parallel, it needs no data) the throwaway cluster's boot.
    const fetchStart = Date.now();
    workDir = await makeWorkDir(drill);
    const fetched = await fetchLocalCopy(drill, backup, slot, { workDir: workDir.path, started: fetchStart });
    const target = await readyTarget(drill, slot, fetched);

    const blocked = report.blocker();
    if (!target || blocked || 'why' in fetched.container) {
      const why = blocked
        ? `${blocked.id}: ${blocked.summary}`
        : 'why' in fetched.container
          ? fetched.container.why
          : 'no target';
      return report.add(
        { id: 'restore', status: 'critical', summary: `not attempted: ${why}` },
        rpoCheck(drill, backup),
      );
    }
    const restored = await restore(drill, backup, {
      file: fetched.file!.file,
      container: fetched.container.container,
      target,
      versions: fetched.versions,
    });
    if (!restored) {
      keep = settings.keep;
      return report.add(rpoCheck(drill, backup));
    }
    await prove(drill, backup, fetched.file!, target, restored.databases);
    measureRtoRpo(drill, backup, fetchStart);
    keep = settings.keep;
  } finally {
    await slot.release(keep);
    await workDir?.remove();
  }
}

/** Select: the backup to drill, from the store's listing, as `backup` asks (the newest by default). */
async function select(drill: Drill): Promise<DiscoveredBackup | undefined> {
  const { settings, report, deps } = drill;
  const listing = await listBackups(
    deps.store,
    { timezone: settings.timezone, database: settings.database },
    drill.logger,
  );
  report.add(listing.check);
  if (!listing.backups) return undefined;
  const selection = selectBackup(listing.backups, settings.backup);
  if (!selection.backup) {
    report.add({ id: 'backup', status: 'critical', summary: `${selection.reason} in ${deps.store.displayUrl}` });
    return undefined;
  }
  const backup = selection.backup;
  drill.result.backup = backup;
  report.add({
    id: 'backup',
    status: 'ok',
    summary: `${backup.key}, taken ${backup.time.toISOString()} (${selection.reason})`,
    display: { value: backup.key },
  });
  report.set({ backup: backupSummary(backup) });
  return backup;
}

/**
 * Before anything is fetched: what an earlier drill killed left behind, a URL target (refused
 * before a byte is downloaded), and room on disk. False when the drill cannot go on.
 */
async function prepare(drill: Drill, backup: DiscoveredBackup, slot: TargetSlot): Promise<boolean> {
  const { settings, deps, report } = drill;
  // Clusters live in TMPDIR, local copies in the work parent (the same, unless a test says otherwise).
  for (const parent of new Set([os.tmpdir(), deps.workParentDir ?? os.tmpdir()])) {
    await reapOrphans(drill.logger, parent);
  }
  if (settings.target !== 'ephemeral' && !(await slot.openUrl(settings.target))) return false;
  const disk = await diskCheck(
    backup,
    settings.target === 'ephemeral',
    deps.workParentDir ?? os.tmpdir(),
    deps.freeBytes,
  );
  report.add(disk);
  return disk.status !== 'critical';
}

async function makeWorkDir(drill: Drill): Promise<TempDir> {
  const workDir = await makeTempDir(drill.deps.workParentDir ?? os.tmpdir(), 'lifeboat-drill-');
  await markOwned(workDir.path);
  drill.result.workDir = workDir.path;
  drill.logger.info(`Working directory ${workDir.path}`);
  return workDir;
}

interface Fetched {
  /** The local copy and what the integrity pass found on the way; undefined when the read failed. */
  file?: FetchResult;
  container: { container: Container } | { why: string };
  /** The PostgreSQL the backup came from: from its manifest, else from the archive's header. */
  versions?: BackupVersions;
}

/**
 * Fetch: the backup read once into a local copy in `workDir`, its checksum and archive proven on
 * the way. The ephemeral target boots meanwhile when the major to boot is already known.
 */
async function fetchLocalCopy(
  drill: Drill,
  backup: DiscoveredBackup,
  slot: TargetSlot,
  at: { workDir: string; started: number },
): Promise<Fetched> {
  const { settings, deps, report, logger } = drill;
  let versions = versionsFromManifest(backup.manifest);
  // Otherwise the boot waits for the archive's header to say which major to boot.
  if (settings.postgresVersion.kind !== 'auto' || versions !== undefined) slot.boot(versions);

  logger.info(`Fetching ${backup.key} (${formatBytes(backup.size)})`);
  let expected: ExpectedChecksum | undefined;
  let sidecarUnreadable = false;
  try {
    expected = await expectedChecksum(deps.store, backup);
  } catch (error) {
    sidecarUnreadable = true;
    report.add({ id: 'checksum', status: 'critical', summary: errorMessage(error) });
  }
  let file: FetchResult | undefined;
  try {
    file = await fetchBackup(deps.store, backup, {
      file: path.join(at.workDir, 'backup'),
      expected,
      pgRestore: deps.pgRestore,
      logger,
      decryption: { passphrase: settings.decryptionPassphrase, ageIdentity: settings.ageIdentity },
    });
  } catch (error) {
    // A read that failed after its retries already names the key, the cause and the offset.
    const why = error instanceof StoreError ? errorMessage(error) : `cannot read ${backup.key}: ${errorMessage(error)}`;
    report.add({ id: 'fetch', status: 'critical', summary: why });
  }
  report.phase('fetch', seconds(Date.now() - at.started));
  if (!file) return { container: { why: 'the backup could not be fetched' }, versions };

  const integrity = file.integrity;
  report.set({ backup: backupSummary(backup, { format: integrity.format.description, sha256: integrity.sha256 }) });
  // The restore reads every data block; a separate content pass would only repeat it.
  report.add(...integrity.checks.filter((c) => c.id !== 'content' && !(c.id === 'checksum' && sidecarUnreadable)));
  const container = restorable(file);
  if (!('why' in container) && container.container !== 'directory') {
    versions ??= await versionsFromArchive(file.file, container.container).catch(() => undefined);
  }
  return { file, container, versions };
}

/** Target: the cluster booted now if the fetch had to say which major first; then awaited. */
async function readyTarget(drill: Drill, slot: TargetSlot, fetched: Fetched): Promise<DrillTarget | undefined> {
  if (!slot.started && !('why' in fetched.container) && !drill.report.blocker()) slot.boot(fetched.versions);
  return slot.ready();
}

/** Restore: pg_restore or psql into the target. Undefined (and a critical check) when it failed. */
async function restore(
  drill: Drill,
  backup: DiscoveredBackup,
  input: { file: string; container: Container; target: DrillTarget; versions?: BackupVersions },
): Promise<{ databases?: string[] } | undefined> {
  const { settings, report } = drill;
  const restoreStart = Date.now();
  try {
    const restored = await restoreArchive({
      file: input.file,
      container: input.container,
      target: input.target,
      jobs: settings.jobs,
      binDir: settings.postgresBinDir,
      logger: drill.logger,
      pgDumpVersion: backup.manifest?.pg_dump_version,
      // The backup's own record of its roles; without one, what the checks file declares.
      roles: backup.manifest?.roles ?? drill.deps.checks?.roles,
    });
    report.add(
      {
        id: 'restore',
        status: 'ok',
        summary: `${restored.summary} in ${formatDuration((Date.now() - restoreStart) / 1000)}`,
        ...measure('seconds', seconds(Date.now() - restoreStart)),
      },
      postgresVersionCheck(
        { major: input.target.serverMajor, version: input.target.serverVersion },
        input.versions,
        settings.postgresVersion,
      ),
    );
    return { databases: restored.databases };
  } catch (error) {
    const message =
      error instanceof RestoreError || error instanceof TargetRefusedError
        ? error.message
        : `restore failed: ${errorMessage(error)}`;
    report.add({ id: 'restore', status: 'critical', summary: message });
    // A script that would write outside the target was refused before psql ran: nothing was written.
    if (error instanceof TargetRefusedError) report.set({ refused: error.message });
    return undefined;
  } finally {
    report.phase('restore', seconds(Date.now() - restoreStart));
  }
}

/** Prove: the restored data against the manifest, the archive's counts and the checks file. */
async function prove(
  drill: Drill,
  backup: DiscoveredBackup,
  fetched: FetchResult,
  target: DrillTarget,
  databases: string[] | undefined,
): Promise<void> {
  const { settings, deps, report } = drill;
  const verifyStart = Date.now();
  drill.logger.info('Verifying the restored data');
  const verified = await verifyRestore({
    target,
    manifestTables: backup.manifest?.tables,
    manifestCounting: backup.manifest?.counting,
    scannedTables: fetched.integrity.tables,
    checks: deps.checks,
    backupTime: backup.time,
    rpoTargetSeconds: settings.rpoTargetSeconds,
    amcheck: settings.amcheck || deps.checks?.amcheck === true,
    smokeCommand: settings.smokeCommand,
    databases,
    logger: drill.logger,
  });
  report.add(...verified.checks);
  report.phase('verify', seconds(Date.now() - verifyStart));
  report.set({ tables: verified.tables });
  drill.result.tablesRestored = verified.tablesRestored;
  drill.result.rowsRestored = verified.rowsRestored;
}

/** Measure: RTO from the start of the fetch to the end of the proof, and RPO, the backup's age. */
function measureRtoRpo(drill: Drill, backup: DiscoveredBackup, fetchStart: number): void {
  const { settings, report } = drill;
  const rto = seconds(Date.now() - fetchStart);
  report.set({ rto_seconds: rto });
  const over = rto > settings.rtoTargetSeconds;
  const target = formatDuration(settings.rtoTargetSeconds);
  report.add(
    {
      id: 'rto',
      status: over ? 'critical' : 'ok',
      summary:
        `${rtoParts(report.phases, rto)}: ` +
        `recovered in ${formatDuration(rto)}${over ? `, more than the RTO target ${target}` : ` (target ${target})`}`,
      value: rto,
      threshold: settings.rtoTargetSeconds,
    },
    rpoCheck(drill, backup, true),
  );
}

/**
 * The backup's age as the data a restore would lose. Only a drill that restored proved anything
 * about it: otherwise it is neutral (skipped), never a green tick next to a failed restore.
 */
function rpoCheck(drill: Drill, backup: DiscoveredBackup, restored = false): Check {
  const { settings } = drill;
  const rpo = Math.max(0, Math.round((drill.clock().getTime() - backup.time.getTime()) / 1000));
  drill.report.set({ rpo_seconds: rpo });
  const over = rpo > settings.rpoTargetSeconds;
  return {
    id: 'rpo',
    status: over ? 'critical' : restored ? 'ok' : 'skipped',
    summary: `the backup is ${formatDuration(rpo)} old: restoring it now loses ${formatDuration(rpo)} of data${
      over ? `, more than the RPO target ${formatDuration(settings.rpoTargetSeconds)}` : ''
    }${restored ? '' : ' (nothing was restored)'}`,
    ...measure('seconds', rpo, { threshold: settings.rpoTargetSeconds }),
  };
}

/**
 * The drill's target: a database URL opened before the fetch, or a throwaway cluster booted beside
 * it (or after it, once the archive says which major to boot). `release` disposes of it, or keeps
 * it for later steps, whatever happened in between.
 */
class TargetSlot {
  private target?: DrillTarget;
  private booting?: Promise<DrillTarget>;

  constructor(
    private readonly drill: Drill,
    private readonly backup: DiscoveredBackup,
  ) {}

  get started(): boolean {
    return this.target !== undefined || this.booting !== undefined;
  }

  /** Opens the URL target with its safety rules; false (and a critical check) when refused or unreachable. */
  async openUrl(url: string): Promise<boolean> {
    const { settings, deps, report } = this.drill;
    try {
      this.target = await openUrlTarget(url, {
        allowOverwrite: settings.allowOverwrite,
        productionDatabaseUrl: settings.productionDatabaseUrl,
        lookup: deps.lookup,
        env: deps.env,
      });
    } catch (error) {
      report.add({ id: 'target', status: 'critical', summary: errorMessage(error) });
      if (error instanceof TargetRefusedError) report.set({ refused: error.message });
      return false;
    }
    const target = this.target;
    this.drill.result.target = { kind: 'url', description: target.description };
    report.add({
      id: 'target',
      status: 'ok',
      summary: `${target.description}${target.hadTables ? ': holds tables, restoring over them (allow-overwrite)' : ''}`,
    });
    return true;
  }

  /** Starts the ephemeral cluster of the major `versions` and the settings call for; awaited by `ready`. */
  boot(versions: BackupVersions | undefined): void {
    if (this.started) return;
    const { settings, deps, logger, result, report } = this.drill;
    const bootStart = Date.now();
    const major = wantedMajor(settings.postgresVersion, versions);
    this.booting = (async () => {
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
        database: restoreDatabaseName(this.backup.manifest?.database),
        logger,
        parentDir: deps.clusterParentDir,
      });
    })().then((t) => {
      report.phase('target', seconds(Date.now() - bootStart));
      result.target = { kind: 'ephemeral', description: t.description, tempDir: t.tempDir, dataDir: t.dataDir };
      logger.info(`Target: ${t.description}`);
      this.target = t;
      return t;
    });
    // Awaited in ready() or release(); until then a failure must not surface as an unhandled rejection.
    this.booting.catch(() => undefined);
  }

  /** The target once booted or opened; a failed boot is the target check's critical finding. */
  async ready(): Promise<DrillTarget | undefined> {
    const { report } = this.drill;
    if (this.booting) {
      try {
        await this.booting;
      } catch (error) {
        report.add({
          id: 'target',
          status: 'critical',
          summary:
            error instanceof PostgresVersionUnavailable
              ? error.message
              : `could not start the ephemeral cluster: ${errorMessage(error)}`,
        });
      }
    }
    if (this.target && !report.checks.some((c) => c.id === 'target')) {
      report.add({ id: 'target', status: 'ok', summary: this.target.description });
    }
    return this.target;
  }

  async release(keep: boolean): Promise<void> {
    const { logger, result } = this.drill;
    // A boot still in flight (the fetch failed first) must be awaited, or its cluster would outlive us.
    if (this.booting) await this.booting.catch(() => undefined);
    const target = this.target;
    if (target && keep && target.kind === 'ephemeral') {
      result.kept = target;
      logger.info(`Keeping ${target.description} for later steps`);
    } else if (target) {
      await target
        .dispose()
        .catch((error) => logger.warning(`could not remove the drill's target: ${errorMessage(error)}`));
    }
  }
}

function backupSummary(backup: DiscoveredBackup, found: { format?: string; sha256?: string } = {}) {
  return { key: backup.key, time: backup.time.toISOString(), size: backup.size, ...found };
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
