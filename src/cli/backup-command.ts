import { backup } from '../backup/backup.js';
import { backupOptions, parseBackupSettings } from '../backup/backup-settings.js';
import { reportCommand } from './report-command.js';

/** The option table `--help` shows, beside the command that runs with it. */
export { backupOptions };

export const backupCommand = reportCommand({
  name: 'backup',
  options: backupOptions,
  parse: parseBackupSettings,
  run: backup,
});
