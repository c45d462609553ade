import { databaseFromName, type DiscoveredBackup } from '../discovery/discover.js';
import type { Check } from '../report/report.js';

/**
 * A prefix holding backups of several databases (`app_…`, `billing_…`) without `database` set:
 * verifying "the newest" would check one database and stay silent about the others going stale,
 * so verify stops and asks, listing what it found. The database comes from the name, else the
 * manifest or the archive's own header (Databasus' bare uuid keys). Undefined when one database or none.
 */
export function mixedDatabasesCheck(backups: DiscoveredBackup[], displayUrl: string): Check | undefined {
  const found = new Map<string, { count: number; newest: Date }>();
  for (const backup of backups) {
    const name = backup.database ?? databaseFromName(backup.key);
    if (name === undefined) continue;
    const entry = found.get(name);
    if (!entry) found.set(name, { count: 1, newest: backup.time });
    else {
      entry.count++;
      if (backup.time > entry.newest) entry.newest = backup.time;
    }
  }
  if (found.size < 2) return undefined;
  const list = [...found.entries()]
    .sort((a, b) => b[1].newest.getTime() - a[1].newest.getTime())
    .map(([name, e]) => `${name} (${e.count} backup${e.count === 1 ? '' : 's'}, newest ${e.newest.toISOString()})`);
  return {
    id: 'exists',
    status: 'critical',
    summary:
      `${displayUrl} holds backups of ${found.size} databases: ${list.join(', ')}. ` +
      `Set database to one of them (one entry per database in the fleet file, or one verify step each): Lifeboat does not pick one for you`,
    value: found.size,
  };
}
