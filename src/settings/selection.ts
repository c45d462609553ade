import { z } from 'zod';
import { refuse } from './options.js';
import { settingsGroup } from './settings-group.js';

export type BackupSelector = { kind: 'latest' } | { kind: 'key'; key: string } | { kind: 'before'; time: Date };

export const zBackup = () =>
  z.string().transform((text, ctx): BackupSelector => {
    const t = text.trim();
    if (t === '' || t.toLowerCase() === 'latest') return { kind: 'latest' };
    if (t.toLowerCase().startsWith('before:')) {
      const when = t.slice('before:'.length).trim();
      // Date.parse accepts "March 7"; an incident time must be unambiguous, so ISO 8601 only.
      const ms = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i.test(when)
        ? Date.parse(/[T ]/.test(when) && !/(Z|[+-]\d{2}:?\d{2})$/i.test(when) ? `${when}Z` : when)
        : NaN;
      if (Number.isNaN(ms)) {
        return refuse(ctx, 'expected before:<ISO 8601 time>, like before:2025-01-18T14:30:00Z');
      }
      return { kind: 'before', time: new Date(ms) };
    }
    return { kind: 'key', key: t };
  });

/** Which backup to restore: the drill, restore and extract pick it alike. */
export const RESTORE_SELECTION =
  'Which backup to restore: latest, an exact key, or before:<ISO time> (the newest backup taken before that moment).';

/** Which one backup a command works on; verify judges the one the drill would restore. */
export function selection(description = RESTORE_SELECTION) {
  return settingsGroup({ backup: { description, default: 'latest' } }, { backup: zBackup() }, (v) => ({
    backup: v.backup,
  }));
}
