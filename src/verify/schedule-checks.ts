import type { DiscoveredBackup } from '../discovery/discover.js';
import type { Check } from '../report/report.js';
import { formatBytes, formatDuration } from '../report/format.js';
import type { VerifySettings } from './verify-settings.js';

/** A few minutes of clock skew between the backup host and the runner is normal, not a finding. */
const FUTURE_TOLERANCE_SECONDS = 300;
const DAY = 86400;

export function ageSeconds(backup: DiscoveredBackup, now: Date): number {
  return (now.getTime() - backup.time.getTime()) / 1000;
}

export function recencyCheck(
  newest: DiscoveredBackup,
  now: Date,
  settings: Pick<VerifySettings, 'warnAfterSeconds' | 'criticalAfterSeconds'>,
): Check {
  const age = Math.max(0, ageSeconds(newest, now));
  const threshold = `warning after ${formatDuration(settings.warnAfterSeconds)}, critical after ${formatDuration(settings.criticalAfterSeconds)}`;
  const value = formatDuration(age);
  const crossed: [Check['status'], number][] = [
    ['critical', settings.criticalAfterSeconds],
    ['warning', settings.warnAfterSeconds],
  ];
  for (const [status, limit] of crossed) {
    if (age > limit) {
      const summary = `newest backup is ${value} old (${status} after ${formatDuration(limit)})`;
      return { id: 'recency', status, summary, value, threshold };
    }
  }
  return { id: 'recency', status: 'ok', summary: `newest backup is ${value} old`, value, threshold };
}

export function futureCheck(newest: DiscoveredBackup, now: Date): Check {
  const ahead = -ageSeconds(newest, now);
  if (ahead > FUTURE_TOLERANCE_SECONDS) {
    return {
      id: 'future',
      status: 'warning',
      summary: `newest backup's time ${newest.time.toISOString()} (from its ${newest.timeSource}) is ${formatDuration(ahead)} in the future: clock skew or a wrong name`,
      value: formatDuration(ahead),
      threshold: formatDuration(FUTURE_TOLERANCE_SECONDS),
    };
  }
  return { id: 'future', status: 'ok', summary: 'newest backup time is not in the future' };
}

export function sizeCheck(
  newest: DiscoveredBackup,
  previous: DiscoveredBackup[],
  settings: Pick<VerifySettings, 'minSizeBytes' | 'maxShrink'>,
): Check {
  const value = formatBytes(newest.size);
  if (newest.size === 0) {
    return {
      id: 'size',
      status: 'critical',
      summary: `newest backup ${newest.key} is empty (0 bytes)`,
      value,
      threshold: formatBytes(settings.minSizeBytes),
    };
  }
  if (newest.size < settings.minSizeBytes) {
    return {
      id: 'size',
      status: 'critical',
      summary: `newest backup is ${value}, below the minimum of ${formatBytes(settings.minSizeBytes)}`,
      value,
      threshold: formatBytes(settings.minSizeBytes),
    };
  }
  if (previous.length > 0) {
    const median = medianOf(previous.map((b) => b.size));
    const floor = median * (1 - settings.maxShrink);
    if (newest.size < floor) {
      const shrink = Math.round((1 - newest.size / median) * 100);
      return {
        id: 'size',
        status: 'warning',
        summary: `newest backup is ${value}, ${shrink}% smaller than the median of the previous ${previous.length} (${formatBytes(median)})`,
        value,
        threshold: `${Math.round(settings.maxShrink * 100)}% shrink`,
      };
    }
  }
  return {
    id: 'size',
    status: 'ok',
    summary: `newest backup is ${value}`,
    value,
    threshold: `≥ ${formatBytes(settings.minSizeBytes)}`,
  };
}

/**
 * Walks the backups of the window oldest-first and reports every interval longer than
 * critical-after, naming the calendar days (UTC) on which no backup was taken.
 */
export function gapsCheck(
  backups: DiscoveredBackup[],
  now: Date,
  settings: Pick<VerifySettings, 'windowSeconds' | 'criticalAfterSeconds'>,
): Check {
  const since = now.getTime() - settings.windowSeconds * 1000;
  const inWindow = backups
    .filter((b) => b.time.getTime() >= since && b.time.getTime() <= now.getTime())
    .sort((a, b) => a.time.getTime() - b.time.getTime());
  const threshold = `gaps ≤ ${formatDuration(settings.criticalAfterSeconds)} within ${formatDuration(settings.windowSeconds)}`;
  const gaps: string[] = [];
  const missed: string[] = [];
  for (let i = 1; i < inWindow.length; i++) {
    const from = inWindow[i - 1].time;
    const to = inWindow[i].time;
    const gap = (to.getTime() - from.getTime()) / 1000;
    if (gap > settings.criticalAfterSeconds) {
      gaps.push(`${from.toISOString().slice(0, 16)}Z → ${to.toISOString().slice(0, 16)}Z (${formatDuration(gap)})`);
      missed.push(...daysBetween(from, to));
    }
  }
  if (gaps.length === 0) {
    return {
      id: 'gaps',
      status: 'ok',
      summary: `${inWindow.length} backup${inWindow.length === 1 ? '' : 's'} in the last ${formatDuration(settings.windowSeconds)}, no gap over ${formatDuration(settings.criticalAfterSeconds)}`,
      value: 0,
      threshold,
    };
  }
  const days = missed.length ? `; no backup on ${missed.join(', ')}` : '';
  return {
    id: 'gaps',
    status: 'warning',
    summary: `${gaps.length} gap${gaps.length > 1 ? 's' : ''} over ${formatDuration(settings.criticalAfterSeconds)} in the last ${formatDuration(settings.windowSeconds)}: ${gaps.join('; ')}${days}`,
    value: gaps.length,
    threshold,
  };
}

export function retentionCheck(backups: DiscoveredBackup[], now: Date, minRetentionSeconds: number): Check {
  const oldest = backups.reduce((a, b) => (b.time < a.time ? b : a));
  const age = ageSeconds(oldest, now);
  const value = formatDuration(age);
  const threshold = `≥ ${formatDuration(minRetentionSeconds)}`;
  if (age < minRetentionSeconds) {
    return {
      id: 'retention',
      status: 'warning',
      summary: `oldest backup is ${value} old: history is shorter than the ${formatDuration(minRetentionSeconds)} required`,
      value,
      threshold,
    };
  }
  return { id: 'retention', status: 'ok', summary: `oldest backup is ${value} old`, value, threshold };
}

function daysBetween(from: Date, to: Date): string[] {
  const days: string[] = [];
  const start = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()) + DAY * 1000;
  const end = Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate());
  for (let t = start; t < end; t += DAY * 1000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
