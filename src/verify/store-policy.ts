import { formatDuration } from '../report/format.js';
import { measure, type Check } from '../report/report.js';
import { RailwayStore, type RailwayBackup, type RailwaySchedule } from '../stores/railway-store.js';
import type { ListingStore } from '../stores/store.js';
import { errorMessage } from '../util/errors.js';

/**
 * Checks only one kind of store can answer, appended to verify's report: Railway's backup schedules.
 * Other stores have no policy of their own to check.
 */
export async function storePolicyChecks(
  store: ListingStore,
  context: { now: Date; minRetentionSeconds?: number },
): Promise<Check[]> {
  return store instanceof RailwayStore ? [await scheduleCheck(store, context)] : [];
}

/**
 * The `schedule` check: a schedule exists (else a manual backup is all there is), and when
 * `min-retention` is set, the longest-kept schedule keeps backups at least that long.
 */
async function scheduleCheck(
  store: Pick<RailwayStore, 'listBackups' | 'listSchedules'>,
  opts: { now: Date; minRetentionSeconds?: number },
): Promise<Check> {
  let schedules: RailwaySchedule[];
  let backups: RailwayBackup[];
  try {
    schedules = await store.listSchedules();
    // The listing verify already made, kept by the store: no second request.
    backups = await store.listBackups();
  } catch (error) {
    return {
      id: 'schedule',
      status: 'warning',
      summary: `cannot read the volume's backup schedules: ${errorMessage(error)}`,
    };
  }
  const scheduled = backups.filter((b) => b.scheduleId !== null && b.scheduleId !== undefined);
  const manual = backups.length - scheduled.length;
  const newestScheduled = scheduled.reduce<RailwayBackup | undefined>(
    (a, b) => (!a || Date.parse(b.createdAt) > Date.parse(a.createdAt) ? b : a),
    undefined,
  );
  const counts = `${scheduled.length} scheduled and ${manual} manual backup${manual === 1 ? '' : 's'}${
    newestScheduled
      ? `; newest scheduled ${formatDuration(Math.max(0, (opts.now.getTime() - Date.parse(newestScheduled.createdAt)) / 1000))} ago`
      : ''
  }`;
  if (schedules.length === 0) {
    return {
      id: 'schedule',
      status: 'warning',
      summary: `no backup schedule on this volume: only manual backups are taken (${counts}); enable daily backups in the volume's Backups tab`,
      value: 0,
    };
  }
  const described = schedules
    .map(
      (s) =>
        `${s.kind.toLowerCase()} (${s.cron}${s.retentionSeconds ? `, kept ${formatDuration(s.retentionSeconds)}` : ''})`,
    )
    .join(', ');
  const longest = Math.max(...schedules.map((s) => s.retentionSeconds ?? 0));
  if (opts.minRetentionSeconds !== undefined && longest < opts.minRetentionSeconds) {
    return {
      id: 'schedule',
      status: 'warning',
      summary: `schedules ${described} keep backups at most ${formatDuration(longest)}, below min-retention ${formatDuration(opts.minRetentionSeconds)}; add a weekly or monthly schedule`,
      ...measure('seconds', longest, {
        threshold: opts.minRetentionSeconds,
        thresholdText: `≥ ${formatDuration(opts.minRetentionSeconds)}`,
      }),
    };
  }
  return {
    id: 'schedule',
    status: 'ok',
    summary: `schedules: ${described}; ${counts}`,
    value: schedules.length,
  };
}
