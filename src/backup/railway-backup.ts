import type { Report } from '../report/report.js';
import { startReport } from '../report/report-builder.js';
import { formatBytes, formatDuration } from '../report/format.js';
import type { RailwayBackup, RailwayStore } from '../stores/railway-store.js';
import { errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import type { BackupSettings } from './backup-settings.js';
import type { BackupResult } from './run-backup.js';

export interface RailwayBackupDeps {
  store: Pick<RailwayStore, 'displayUrl' | 'listBackups' | 'startBackup' | 'lockBackup'>;
  logger: Logger;
  now?: () => Date;
  /** How long Railway may take to list the new backup; default 15 minutes. */
  timeoutMs?: number;
  /** Between two listings; default 5 s. */
  pollMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const MB = 1024 * 1024;

/**
 * The runbook's "manual backup before a risky migration" on Railway: asks Railway to back up the
 * service's volume (volumeInstanceBackupCreate), waits until the backup is listed
 * (volumeInstanceBackupList) — Railway takes the snapshot in a background workflow — and reports its
 * id, size and time; with `lock`, removes its expiry (volumeInstanceBackupLock).
 */
export async function runRailwayBackup(settings: BackupSettings, deps: RailwayBackupDeps): Promise<BackupResult> {
  const clock = deps.now ?? (() => new Date());
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const timeoutMs = deps.timeoutMs ?? 15 * 60_000;
  const pollMs = deps.pollMs ?? 5_000;
  const { store, logger } = deps;
  const report = startReport('backup', store.displayUrl, clock);
  const { startedAt } = report;
  const finish = (created?: RailwayBackup): BackupResult => ({
    ...(created ? { key: created.id } : {}),
    report: report.finish(created ? { backup: summary(created) } : {}),
  });

  const name = `lifeboat ${startedAt.toISOString().replace(/\.\d+Z$/, 'Z')}`;
  let before: Set<string>;
  let workflowId: string | null;
  try {
    before = new Set((await store.listBackups({ fresh: true })).map((b) => b.id));
    logger.info(`Asking Railway to back up the volume of ${store.displayUrl} as "${name}"`);
    ({ workflowId } = await store.startBackup(name));
  } catch (error) {
    report.add({
      id: 'backup',
      status: 'critical',
      summary: `Railway did not start a backup: ${errorMessage(error)}`,
    });
    return finish();
  }
  const started = `backup "${name}"${workflowId ? ` (workflow ${workflowId})` : ''}`;

  let created: RailwayBackup | undefined;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const list = await store.listBackups({ fresh: true });
      const fresh = list.filter((b) => !before.has(b.id));
      created = fresh.find((b) => b.name === name) ?? (fresh.length === 1 ? fresh[0] : undefined);
    } catch (error) {
      // One failed listing while the snapshot runs is no verdict; the deadline is.
      logger.warning(`listing Railway backups failed, retrying: ${errorMessage(error)}`);
    }
    if (created) break;
    const waited = formatDuration(Math.round((timeoutMs - (deadline - Date.now())) / 1000));
    if (Date.now() + pollMs > deadline) {
      report.add({
        id: 'backup',
        status: 'critical',
        summary: `Railway started ${started} but did not list it within ${formatDuration(timeoutMs / 1000)}; look at the volume's Backups tab before relying on it`,
      });
      return finish();
    }
    logger.progress(`waiting for Railway to list ${started}: ${waited} so far`);
    await sleep(pollMs);
  }

  const size = Math.round((created.referencedMB ?? created.usedMB ?? 0) * MB);
  report.add({
    id: 'backup',
    status: 'ok',
    summary: `Railway backup ${created.id} ("${created.name ?? name}") taken ${created.createdAt}, ${formatBytes(size)}${
      created.expiresAt ? `, expires ${created.expiresAt}` : ''
    }`,
    display: { value: created.id },
  });
  if (settings.lock) {
    try {
      const locked = await store.lockBackup(created.id);
      report.add(
        locked
          ? {
              id: 'lock',
              status: 'ok',
              summary: `backup ${created.id} locked: Railway keeps it until it is deleted by hand`,
            }
          : {
              id: 'lock',
              status: 'critical',
              summary: `Railway refused to lock backup ${created.id}: it still expires`,
            },
      );
      if (locked) created = { ...created, expiresAt: null };
    } catch (error) {
      report.add({
        id: 'lock',
        status: 'critical',
        summary: `cannot lock backup ${created.id}: ${errorMessage(error)}`,
      });
    }
  }
  return finish(created);
}

function summary(b: RailwayBackup): NonNullable<Report['backup']> {
  return {
    key: b.id,
    time: new Date(b.createdAt).toISOString(),
    size: Math.round((b.referencedMB ?? b.usedMB ?? 0) * MB),
    format: 'Railway volume backup',
  };
}
