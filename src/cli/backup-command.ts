import { backup } from '../backup/backup.js';
import { backupOptions, parseBackupSettings } from '../backup/backup-settings.js';
import { reportCommand } from './report-command.js';

export const backupSummary =
  'Back up a database with pg_dump into a store, with a sha256 and a manifest; apply retention.';

export const backupCommand = reportCommand({
  name: 'backup',
  options: backupOptions,
  parse: parseBackupSettings,
  run: backup,
});
