import type { ChildProcess } from 'node:child_process';
import {
  lifeboatManifestSchema,
  MANIFEST_FORMAT,
  manifestKeyOf,
  readManifest,
  sha256KeyOf,
  type LifeboatManifest,
} from '../discovery/manifest.js';
import type { ClientToolInfo } from '../postgres/binaries.js';
import { connectionForTools } from '../postgres/client.js';
import { totalRows } from '../postgres/row-counts.js';
import type { Check, Report } from '../report/report.js';
import { startReport } from '../report/report-builder.js';
import { formatBytes, plural, shortHash } from '../report/format.js';
import { StoreError, type WritableStore } from '../stores/store.js';
import { errorMessage } from '../util/errors.js';
import { onInterrupt } from '../util/cleanup.js';
import type { Logger } from '../util/logger.js';
import { addSecret, addUrlSecrets } from '../util/secrets.js';
import { backupKeyFor } from './backup-key.js';
import type { BackupSettings } from './backup-settings.js';
import { DumpError, dumpToStore, type DumpOutcome } from './dump-stream.js';
import { applyRetention } from './retention.js';
import { DumpSnapshot } from './snapshot.js';

export interface BackupDeps {
  store: WritableStore;
  logger: Logger;
  /** The clock: names the backup and ages it for keep-days (tests make backups "days ago"). */
  now?: () => Date;
  /** A pg_dump at least `minMajor` (the server's major version), or a throw saying what was found. */
  findPgDump: (minMajor: number) => Promise<ClientToolInfo>;
}

export interface BackupResult {
  report: Report;
  /** Set once the backup is complete (object, sidecar and manifest written). */
  key?: string;
  manifest?: LifeboatManifest;
  retention?: { removed: string[]; kept: string[] };
}

const FORMAT = 'pg_dump custom archive';

/**
 * PRODUCT.md §7: pg_dump -Fc streamed to the store with its sha256 computed on the way, row counts
 * from the same snapshot, `<key>.sha256` then `<key>.manifest.json` written last, then retention.
 * A failure at any step removes what was written (best effort) and never writes the manifest.
 */
export async function runBackup(settings: BackupSettings, deps: BackupDeps): Promise<BackupResult> {
  // Before anything can be logged: the password, sensitive parameters and the URL as a whole.
  addSecret(settings.databaseUrl);
  addUrlSecrets(settings.databaseUrl);
  const clock = deps.now ?? (() => new Date());
  const { store, logger } = deps;
  const report = startReport('backup', store.displayUrl, clock);
  const finish = (extra: Partial<BackupResult> = {}, backup?: Report['backup']): BackupResult => ({
    ...extra,
    report: report.finish(backup ? { backup } : {}),
  });
  const skip = report.skip;

  const named = databaseNameOf(settings.databaseUrl);
  let snapshot: DumpSnapshot;
  try {
    snapshot = await DumpSnapshot.open(settings.databaseUrl);
  } catch (error) {
    report.add({
      id: 'connect',
      status: 'critical',
      summary: `cannot open a snapshot of database ${named}: ${errorMessage(error)}`,
    });
    skip(['dump', 'manifest', 'retention'], 'not run: no connection to the database');
    return finish();
  }

  try {
    const { server } = snapshot;
    report.add({
      id: 'connect',
      status: 'ok',
      summary: `snapshot ${snapshot.id} of database ${server.database} on PostgreSQL ${server.version}`,
      display: { value: server.version },
    });

    let pgDump: ClientToolInfo;
    try {
      pgDump = await deps.findPgDump(server.major);
    } catch (error) {
      report.add({
        id: 'dump',
        status: 'critical',
        summary: `the server runs PostgreSQL ${server.version}, which needs pg_dump ${server.major} or newer: ${errorMessage(error)}`,
        display: { threshold: `pg_dump >= ${server.major}` },
      });
      skip(['manifest', 'retention'], 'not run: no usable pg_dump');
      return finish();
    }
    if (settings.compress?.method && pgDump.major < 16) {
      report.add({
        id: 'dump',
        status: 'critical',
        summary: `compress ${settings.compress.value} names a method, which needs pg_dump 16 or newer; ${pgDump.path} is ${pgDump.version} (use a level 0-9 or newer binaries)`,
      });
      skip(['manifest', 'retention'], 'not run: compress setting unsupported');
      return finish();
    }

    const time = clock();
    const key = backupKeyFor(settings.namePrefix, server.database, time);
    const { dbname, env } = connectionForTools(settings.databaseUrl);
    const args = [
      '--format=custom',
      `--snapshot=${snapshot.id}`,
      // A CI job has nobody to type a password: fail at once instead of hanging on a prompt.
      '--no-password',
      ...(settings.compress ? [`--compress=${settings.compress.value}`] : []),
      `--dbname=${dbname}`,
    ];
    logger.info(
      `Backing up ${server.database} (PostgreSQL ${server.version}) with pg_dump ${pgDump.version} to ${key} in ${store.displayUrl}`,
    );

    const began = Date.now();
    let child: ChildProcess | undefined;
    const dumping = dumpToStore({
      pgDumpPath: pgDump.path,
      args,
      env,
      store,
      key,
      logger,
      onSpawn: (c) => {
        child = c;
        // Stopped first on an interruption, so nothing more is written while the upload is aborted.
        const forget = onInterrupt(() => c.kill('SIGTERM'));
        c.once('exit', forget);
      },
    });
    const counting = snapshot.roles().then(async (roles) => ({
      roles,
      tables: await snapshot.countRows(await snapshot.tables()),
    }));
    // Either failing makes the other pointless: stop it instead of waiting for a full table scan or dump.
    let firstFailure: 'dump' | 'count' | undefined;
    dumping.catch(() => {
      firstFailure ??= 'dump';
      snapshot.abort();
    });
    counting.catch(() => {
      firstFailure ??= 'count';
      child?.kill('SIGTERM');
    });
    const [dumpResult, countResult] = await Promise.allSettled([dumping, counting]);
    const seconds = ((Date.now() - began) / 1000).toFixed(1);

    if (dumpResult.status === 'rejected' || countResult.status === 'rejected') {
      // The side that failed first tells the story; the other one was stopped because of it.
      const why =
        dumpResult.status === 'rejected' && (firstFailure === 'dump' || countResult.status !== 'rejected')
          ? errorMessage(dumpResult.reason)
          : `row counts in the dump's snapshot failed: ${errorMessage((countResult as PromiseRejectedResult).reason)}`;
      report.add({
        id: 'dump',
        status: 'critical',
        summary: `backup of ${server.database} failed, nothing kept: ${why}`,
      });
      // The first failure is the story; each failed cleanup (an upload not aborted) is a line of its own.
      const leftovers = dumpResult.status === 'rejected' ? cleanupOf(dumpResult.reason) : [];
      for (const summary of leftovers) report.add({ id: 'cleanup', status: 'critical', summary });
      skip(['manifest'], 'not written: the backup failed');
      skip(['retention'], 'not applied: the backup failed');
      report.add(...(await discard(store, key, logger)));
      return finish();
    }
    const dumped: DumpOutcome = dumpResult.value;
    const { tables, roles } = countResult.value;
    const rowsTotal = totalRows(Object.values(tables));
    report.add({
      id: 'dump',
      status: 'ok',
      summary: `pg_dump ${pgDump.version} wrote ${formatBytes(dumped.size)} in ${seconds}s; ${plural(Object.keys(tables).length, 'table')}, ${plural(rowsTotal, 'row')} counted in the same snapshot`,
      value: dumped.size,
    });

    const manifest: LifeboatManifest = {
      format: MANIFEST_FORMAT,
      key,
      created_at: time.toISOString(),
      sha256: dumped.sha256,
      size: dumped.size,
      server_version: server.version,
      pg_dump_version: pgDump.version,
      database: server.database,
      counting: 'own-rows',
      tables,
      roles,
    };
    try {
      // Our own schema, checked before publishing: a manifest verify would reject is worse than none.
      lifeboatManifestSchema.parse(manifest);
      await store.writeText(sha256KeyOf(key), `${dumped.sha256}  ${basename(key)}\n`);
      // Last: its presence is what says the backup completed.
      await store.writeText(manifestKeyOf(key), `${JSON.stringify(manifest, null, 2)}\n`).catch(async (error) => {
        // An answer lost on the way back leaves the write uncertain: what the store holds decides.
        const stored = await readManifest(store, key).catch(() => undefined);
        if (stored?.sha256 !== manifest.sha256) throw error;
      });
    } catch (error) {
      const cleanup = await discard(store, key, logger);
      report.add({
        id: 'manifest',
        status: 'critical',
        summary: `cannot write the manifest, backup ${cleanup.length ? 'NOT fully discarded' : 'discarded'}: ${errorMessage(error)}`,
      });
      // The first failure is the story; each failed cleanup is a line of its own after it.
      report.add(...cleanup);
      skip(['retention'], 'not applied: the backup failed');
      return finish();
    }
    report.add({
      id: 'manifest',
      status: 'ok',
      summary: `${manifestKeyOf(key)} written with sha256 ${shortHash(dumped.sha256)}… and row counts of ${plural(Object.keys(tables).length, 'table')}`,
    });
    await snapshot.close();

    const backupSummary = { key, time: manifest.created_at, size: dumped.size, format: FORMAT, sha256: dumped.sha256 };
    if (settings.keepCount === undefined && settings.keepSeconds === undefined) {
      skip(['retention'], 'no keep-days or keep-count set: nothing deleted');
      return finish({ key, manifest }, backupSummary);
    }
    const retention = await applyRetention({
      store,
      namePrefix: settings.namePrefix,
      database: server.database,
      justWritten: key,
      keepCount: settings.keepCount,
      keepSeconds: settings.keepSeconds,
      dryRun: settings.dryRun,
      now: clock(),
      logger,
    });
    report.add(retention.check);
    return finish({ key, manifest, retention: { removed: retention.removed, kept: retention.kept } }, backupSummary);
  } finally {
    await snapshot.close();
  }
}

/** Best effort: the object and its sidecar, so nothing half-made looks like a backup. */
/**
 * Removes what a failed backup published. The manifest goes first: without it nothing can pass for
 * a complete backup, whatever of the rest stays. Each delete that fails is a check of its own.
 */
async function discard(store: WritableStore, key: string, logger: Logger): Promise<Check[]> {
  const failed: Check[] = [];
  for (const k of [manifestKeyOf(key), key, sha256KeyOf(key)]) {
    await store.delete(k).catch((error) => {
      const summary = `could not delete ${k} after the failed backup: ${errorMessage(error)}`;
      logger.warning(summary);
      failed.push({ id: 'cleanup', status: 'critical', summary });
    });
  }
  return failed;
}

function cleanupOf(error: unknown): string[] {
  return error instanceof DumpError || error instanceof StoreError ? error.cleanup : [];
}

function databaseNameOf(url: string): string {
  try {
    const parsed = new URL(url);
    return decodeURIComponent(parsed.pathname.replace(/^\//, '')) || decodeURIComponent(parsed.username) || '(default)';
  } catch {
    return '(unparsable URL)';
  }
}

function basename(key: string): string {
  return key.slice(key.lastIndexOf('/') + 1);
}
