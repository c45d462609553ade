import type { DiscoveredBackup } from '../discovery/discover.js';
import type { BackupSelector } from '../settings/selection.js';
import { plural } from '../report/format.js';

export type Selection = { backup: DiscoveredBackup; reason: string } | { backup?: undefined; reason: string };

/**
 * Picks the backup to restore from `backups` (newest first, as discoverBackups returns them).
 * Without a match, `reason` says what was looked for and what exists instead.
 */
export function selectBackup(backups: DiscoveredBackup[], selector: BackupSelector): Selection {
  if (backups.length === 0) return { reason: 'no backups found' };
  const newest = backups[0];
  const oldest = backups[backups.length - 1];
  switch (selector.kind) {
    case 'latest':
      return {
        backup: newest,
        reason: backups.length === 1 ? 'the only backup' : `newest of ${plural(backups.length, 'backup')}`,
      };
    case 'key': {
      const backup = backups.find((b) => b.key === selector.key);
      if (backup) return { backup, reason: 'chosen by key' };
      const near = backups.filter((b) => b.key.endsWith(selector.key) || selector.key.endsWith(b.key)).slice(0, 3);
      return {
        reason:
          `no backup with key "${selector.key}"` +
          (near.length
            ? `; did you mean ${near.map((b) => `"${b.key}"`).join(', ')}?`
            : `; the newest is "${newest.key}"`),
      };
    }
    case 'before': {
      // Strictly before: a backup taken at the incident's very second may already hold the damage.
      const backup = backups.find((b) => b.time.getTime() < selector.time.getTime());
      if (backup) {
        return { backup, reason: `newest backup taken before ${selector.time.toISOString()}` };
      }
      return {
        reason:
          `no backup was taken before ${selector.time.toISOString()}: ` +
          `the oldest of ${plural(backups.length, 'backup')} is "${oldest.key}", taken ${oldest.time.toISOString()}`,
      };
    }
  }
}
