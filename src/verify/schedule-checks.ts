import type { DiscoveredBackup } from '../discovery/discover.js';
import { measure, type Check } from '../report/report.js';
import { formatBytes, formatDuration, plural } from '../report/format.js';
import type { VerifySettings } from './verify-settings.js';
import { daysBetween } from '../util/calendar.js';

/** A few minutes of clock skew between the backup host and the runner is normal, not a finding. */
const FUTURE_TOLERANCE_SECONDS = 300;

export function ageSeconds(backup: DiscoveredBackup, now: Date): number {
  return (now.getTime() - backup.time.getTime()) / 1000;
}

export function recencyCheck(
  newest: DiscoveredBackup,
  now: Date,
  settings: Pick<VerifySettings, 'warnAfterSeconds' | 'criticalAfterSeconds'>,
  what = 'newest backup',
): Check {
  const age = Math.max(0, ageSeconds(newest, now));
  const m = measure('seconds', age, {
    threshold: settings.criticalAfterSeconds,
    warning: settings.warnAfterSeconds,
    thresholdText: `warning after ${formatDuration(settings.warnAfterSeconds)}, critical after ${formatDuration(settings.criticalAfterSeconds)}`,
  });
  const value = formatDuration(age);
  const crossed: [Check['status'], number][] = [
    ['critical', settings.criticalAfterSeconds],
    ['warning', settings.warnAfterSeconds],
  ];
  for (const [status, limit] of crossed) {
    if (age > limit) {
      const summary = `${what} is ${value} old (${status} after ${formatDuration(limit)})`;
      return { id: 'recency', status, summary, ...m };
    }
  }
  return { id: 'recency', status: 'ok', summary: `${what} is ${value} old`, ...m };
}

export function futureCheck(newest: DiscoveredBackup, now: Date, what = 'newest backup'): Check {
  const ahead = -ageSeconds(newest, now);
  if (ahead > FUTURE_TOLERANCE_SECONDS) {
    return {
      id: 'future',
      status: 'warning',
      summary: `${what}'s time ${newest.time.toISOString()} (from its ${newest.timeSource}) is ${formatDuration(ahead)} in the future: clock skew or a wrong name`,
      ...measure('seconds', ahead, { threshold: FUTURE_TOLERANCE_SECONDS }),
    };
  }
  return { id: 'future', status: 'ok', summary: `${what}'s time is not in the future` };
}

export function sizeCheck(
  newest: DiscoveredBackup,
  previous: DiscoveredBackup[],
  settings: Pick<VerifySettings, 'minSizeBytes' | 'maxShrink'>,
  what = 'newest backup',
): Check {
  const value = formatBytes(newest.size);
  const m = measure('bytes', newest.size, {
    threshold: settings.minSizeBytes,
    thresholdText: `≥ ${formatBytes(settings.minSizeBytes)}`,
  });
  if (newest.size === 0) {
    return {
      id: 'size',
      status: 'critical',
      summary: `${what} ${newest.key} is empty (0 bytes)`,
      ...m,
    };
  }
  if (newest.size < settings.minSizeBytes) {
    return {
      id: 'size',
      status: 'critical',
      summary: `${what} is ${value}, below the minimum of ${formatBytes(settings.minSizeBytes)}`,
      ...m,
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
        summary: `${what} is ${value}, ${shrink}% smaller than the median of the previous ${previous.length} (${formatBytes(median)})`,
        ...measure('bytes', newest.size, {
          threshold: Math.round(floor),
          thresholdText: `≥ ${formatBytes(floor)} (${Math.round(settings.maxShrink * 100)}% below the median)`,
        }),
      };
    }
  }
  return {
    id: 'size',
    status: 'ok',
    summary: `${what} is ${value}`,
    ...m,
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
  const thresholdText = `gaps ≤ ${formatDuration(settings.criticalAfterSeconds)} within ${formatDuration(settings.windowSeconds)}`;
  let largest = 0;
  const gaps: string[] = [];
  const missed: string[] = [];
  for (let i = 1; i < inWindow.length; i++) {
    const from = inWindow[i - 1].time;
    const to = inWindow[i].time;
    const gap = (to.getTime() - from.getTime()) / 1000;
    largest = Math.max(largest, gap);
    if (gap > settings.criticalAfterSeconds) {
      gaps.push(`${from.toISOString().slice(0, 16)}Z → ${to.toISOString().slice(0, 16)}Z (${formatDuration(gap)})`);
      missed.push(...daysBetween(from, to));
    }
  }
  if (gaps.length === 0) {
    return {
      id: 'gaps',
      status: 'ok',
      summary: `${plural(inWindow.length, 'backup')} in the last ${formatDuration(settings.windowSeconds)}, no gap over ${formatDuration(settings.criticalAfterSeconds)}`,
      // The largest interval, so monitoring can watch it approach the limit.
      ...measure('seconds', largest, { threshold: settings.criticalAfterSeconds, thresholdText }),
    };
  }
  const days = missed.length ? `; no backup on ${missed.join(', ')}` : '';
  return {
    id: 'gaps',
    status: 'warning',
    summary: `${plural(gaps.length, 'gap')} over ${formatDuration(settings.criticalAfterSeconds)} in the last ${formatDuration(settings.windowSeconds)}: ${gaps.join('; ')}${days}`,
    ...measure('seconds', largest, { threshold: settings.criticalAfterSeconds, thresholdText }),
  };
}

export function retentionCheck(backups: DiscoveredBackup[], now: Date, minRetentionSeconds: number): Check {
  const oldest = backups.reduce((a, b) => (b.time < a.time ? b : a));
  const age = ageSeconds(oldest, now);
  const value = formatDuration(age);
  const m = measure('seconds', age, {
    threshold: minRetentionSeconds,
    thresholdText: `≥ ${formatDuration(minRetentionSeconds)}`,
  });
  if (age < minRetentionSeconds) {
    return {
      id: 'retention',
      status: 'warning',
      summary: `oldest backup is ${value} old: history is shorter than the ${formatDuration(minRetentionSeconds)} required`,
      ...m,
    };
  }
  return { id: 'retention', status: 'ok', summary: `oldest backup is ${value} old`, ...m };
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
