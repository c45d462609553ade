import { backup } from '../../backup/backup.js';
import { backupSettings } from '../../backup/backup-settings.js';
import { renderSummary } from '../../report/summary.js';
import { actionLogger, publishReport, readSettings, runAction, runUrl } from '../action-io.js';

/** The action's logic; index.ts runs it (and `npx @github/local-action` imports it). */
export async function run(): Promise<void> {
  await runAction(async () => {
    // readSettings masks database-url whole (secret: true) and its password and parameters (URL parts).
    const settings = await readSettings(backupSettings);
    const { report, key, retention } = await backup(settings, { env: process.env, logger: actionLogger });

    // A failed backup files (and a later good one closes) an issue, like verify and drill.
    await publishReport(report, {
      settings,
      outputs: {
        ...(key && report.backup
          ? {
              'backup-key': key,
              'backup-size': String(report.backup.size),
              'backup-sha256': report.backup.sha256 ?? '',
            }
          : {}),
        deleted: (retention?.removed ?? []).join('\n'),
      },
      markdown: (issues) => renderSummary(report, { runUrl: runUrl(process.env), issues }),
      what: 'Backup',
    });
  });
}
