import { sidecarOwner } from '../archive/detect-format.js';
import { discoverBackups } from '../discovery/discover.js';
import { measure, type Check } from '../report/report.js';
import { formatDuration, plural } from '../report/format.js';
import type { WritableStore } from '../stores/store.js';
import { errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { safeDatabaseName, seriesPrefix } from './backup-key.js';

const STAMP_ONLY = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.dump$/;

export interface RetentionCandidate {
  key: string;
  /** From the manifest: when the backup's snapshot was taken. */
  createdAt: Date;
  /** Every object that goes with the backup (`.sha256`, `.manifest.json`, …), the manifest last. */
  sidecars: string[];
}

export interface RetentionRules {
  keepSeconds?: number;
  keepCount?: number;
}

export interface RetentionPlan {
  keep: RetentionCandidate[];
  remove: RetentionCandidate[];
}

/**
 * Each rule is a limit of its own: a backup goes when it is beyond `keepCount` or older than
 * `keepSeconds`. Whatever the rules say, the newest backup and `protect` (the one just made) stay.
 * `keep` is newest first, `remove` oldest first.
 */
export function planRetention(
  candidates: RetentionCandidate[],
  rules: RetentionRules,
  now: Date,
  protect: string[] = [],
): RetentionPlan {
  const sorted = [...candidates].sort(
    (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0),
  );
  const plan: RetentionPlan = { keep: [], remove: [] };
  sorted.forEach((candidate, index) => {
    const tooMany = rules.keepCount !== undefined && index >= rules.keepCount;
    const tooOld =
      rules.keepSeconds !== undefined && now.getTime() - candidate.createdAt.getTime() > rules.keepSeconds * 1000;
    const protectedOne = index === 0 || protect.includes(candidate.key);
    if ((tooMany || tooOld) && !protectedOne) plan.remove.push(candidate);
    else plan.keep.push(candidate);
  });
  // Oldest first: a run cut short has removed the backups least likely to be needed.
  plan.remove.reverse();
  return plan;
}

/**
 * The backups retention may ever touch: this database's series under this name prefix, in the
 * shape create-backup writes, each with a valid Lifeboat manifest that names it. Anything else in
 * the store (other tools' backups, hand-made copies, incomplete runs without a manifest) is not ours
 * to delete.
 */
export async function retentionCandidates(
  store: WritableStore,
  namePrefix: string,
  database: string,
): Promise<RetentionCandidate[]> {
  const series = seriesPrefix(namePrefix, database);
  // discover's database filter looks at the basename, which a prefix like `nightly-` changes.
  const prefixIsFolder = namePrefix === '' || namePrefix.endsWith('/');
  const found = await discoverBackups(store, {
    database: prefixIsFolder ? safeDatabaseName(database) : undefined,
    // Every manifest of the series must be read: an unread one cannot prove the backup is ours.
    readManifests: Number.MAX_SAFE_INTEGER,
  });
  const candidates: RetentionCandidate[] = [];
  for (const backup of found) {
    // Exactly `<prefix><db>_<stamp>.dump`: `app_` must not claim `app_staging_<stamp>.dump`.
    if (!backup.key.startsWith(series) || !STAMP_ONLY.test(backup.key.slice(series.length))) continue;
    if (!backup.manifest || !backup.sidecars.manifest) continue;
    if (basename(backup.manifest.key) !== basename(backup.key) || backup.manifest.database !== database) continue;
    const sidecars = [backup.sidecars.sha256, backup.sidecars.meta, backup.sidecars.manifest].filter(
      (k): k is string => k !== undefined,
    );
    candidates.push({ key: backup.key, createdAt: new Date(backup.manifest.created_at), sidecars });
  }
  return candidates;
}

/**
 * Sidecars of this series whose backup is gone: what an earlier run's failed sidecar deletes left.
 * A backup is published body first, so a sidecar without its body is never a backup in the making.
 */
export async function leftoverSidecars(store: WritableStore, namePrefix: string, database: string): Promise<string[]> {
  const series = seriesPrefix(namePrefix, database);
  const keys = new Set<string>();
  for await (const object of store.list()) keys.add(object.key);
  return [...keys]
    .filter((key) => {
      const owner = sidecarOwner(key);
      return (
        owner !== undefined &&
        owner.startsWith(series) &&
        STAMP_ONLY.test(owner.slice(series.length)) &&
        !keys.has(owner)
      );
    })
    .sort();
}

export interface ApplyRetentionOptions extends RetentionRules {
  store: WritableStore;
  namePrefix: string;
  database: string;
  /** The backup just made: never deleted, even if the clock is odd. */
  justWritten: string;
  dryRun: boolean;
  now: Date;
  logger: Logger;
}

export interface RetentionOutcome {
  check: Check;
  /** Backup keys deleted (or, in a dry run, that would be). */
  removed: string[];
  kept: string[];
}

export async function applyRetention(opts: ApplyRetentionOptions): Promise<RetentionOutcome> {
  const rules = describeRules(opts);
  let candidates: RetentionCandidate[];
  let leftovers: string[];
  try {
    candidates = await retentionCandidates(opts.store, opts.namePrefix, opts.database);
    leftovers = await leftoverSidecars(opts.store, opts.namePrefix, opts.database);
  } catch (error) {
    return {
      check: {
        id: 'retention',
        status: 'warning',
        summary: `retention not applied: cannot list ${opts.store.displayUrl}: ${errorMessage(error)}`,
      },
      removed: [],
      kept: [],
    };
  }
  const plan = planRetention(candidates, opts, opts.now, [opts.justWritten]);
  const kept = plan.keep.map((c) => c.key);
  if (opts.dryRun) {
    for (const c of plan.remove) opts.logger.info(`dry run: would delete ${c.key} and ${c.sidecars.join(', ')}`);
    for (const key of leftovers) opts.logger.info(`dry run: would delete ${key}, left by an earlier run`);
    const also = leftovers.length ? `; and ${plural(leftovers.length, 'sidecar')} left by an earlier run` : '';
    return {
      check: {
        id: 'retention',
        status: 'ok',
        summary:
          plan.remove.length === 0
            ? `dry run, ${rules}: nothing to delete, ${plural(kept.length, 'backup')} kept${also}`
            : `dry run, ${rules}: would delete ${plural(plan.remove.length, 'backup')}: ${plan.remove.map((c) => c.key).join(', ')}${also}`,
        ...measure('count', plan.remove.length, { thresholdText: rules }),
      },
      removed: plan.remove.map((c) => c.key),
      kept,
    };
  }

  // Sidecars whose delete fails stay for the next run, which finds them without their body.
  const left: string[] = [];
  const deleteSidecar = async (key: string): Promise<boolean> => {
    try {
      await opts.store.delete(key);
      return true;
    } catch (error) {
      left.push(`${key} (${errorMessage(error)})`);
      return false;
    }
  };
  let retried = 0;
  for (const key of leftovers) if (await deleteSidecar(key)) retried++;

  const removed: string[] = [];
  const failures: string[] = [];
  for (const c of plan.remove) {
    try {
      // The backup first, its manifest last: a run cut short never leaves a Lifeboat-named backup
      // without its manifest (which verify would report as an incomplete backup).
      await opts.store.delete(c.key);
    } catch (error) {
      failures.push(`${c.key}: ${errorMessage(error)}`);
      continue;
    }
    // Its body gone, the backup is gone: a sidecar that stays is the next run's to remove.
    removed.push(c.key);
    let sidecarsDeleted = 0;
    for (const sidecar of c.sidecars) if (await deleteSidecar(sidecar)) sidecarsDeleted++;
    opts.logger.info(
      `retention: deleted ${c.key} (${c.createdAt.toISOString()}) and ${plural(sidecarsDeleted, 'sidecar')}`,
    );
  }

  const parts: string[] = [];
  if (failures.length > 0 || left.length > 0) {
    parts.push(`deleted ${removed.length} of ${plural(plan.remove.length, 'backup')}`);
  } else if (plan.remove.length > 0) {
    parts.push(`deleted ${plural(removed.length, 'backup')}: ${removed.join(', ')}`);
  } else {
    parts.push(`nothing to delete, ${plural(kept.length, 'backup')} kept`);
  }
  if (retried > 0) parts.push(`removed ${plural(retried, 'sidecar')} left by an earlier run`);
  if (left.length > 0) parts.push(`${plural(left.length, 'sidecar')} left, retried next run: ${left.join('; ')}`);
  if (failures.length > 0) parts.push(`failed: ${failures.join('; ')}`);
  return {
    check: {
      id: 'retention',
      status: failures.length > 0 || left.length > 0 ? 'warning' : 'ok',
      summary: `${rules}: ${parts.join('; ')}`,
      ...measure('count', removed.length, { thresholdText: rules }),
    },
    removed,
    kept,
  };
}

function describeRules(rules: RetentionRules): string {
  const parts: string[] = [];
  if (rules.keepCount !== undefined) parts.push(`keep-count ${rules.keepCount}`);
  if (rules.keepSeconds !== undefined) parts.push(`keep-days ${formatDuration(rules.keepSeconds)}`);
  return parts.join(', ');
}

function basename(key: string): string {
  return key.slice(key.lastIndexOf('/') + 1);
}
