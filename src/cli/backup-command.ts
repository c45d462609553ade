import { backup } from '../backup/backup.js';
import { backupOptions, parseBackupSettings } from '../backup/backup-settings.js';
import { renderText } from '../report/render.js';
import { exitCodeFor } from '../report/report.js';
import { addSecret, addUrlSecrets } from '../util/secrets.js';
import { cliLogger } from './cli-logger.js';
import type { CliContext } from './context.js';
import { parseFlags } from './flags.js';

export const backupSummary =
  'Back up a database with pg_dump into a store, with a sha256 and a manifest; apply retention.';

export async function backupCommand(argv: string[], ctx: CliContext): Promise<number> {
  const raw = parseFlags('backup', backupOptions, argv);
  // Before validation: an error message about any other flag must not be able to echo it.
  const url = raw['database-url'];
  if (url) {
    addSecret(url);
    addUrlSecrets(url);
  }
  raw['fail-on'] ??= 'warning';
  const json = raw.json === 'true';
  const settings = parseBackupSettings(raw);
  const { report } = await backup(settings, { env: ctx.env, logger: cliLogger(ctx.stderr, { quiet: json }) });
  ctx.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : `${renderText(report)}\n`);
  return exitCodeFor(report.status, settings.failOn);
}
