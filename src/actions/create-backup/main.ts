import * as core from '@actions/core';
import { backup } from '../../backup/backup.js';
import { backupOptions, parseBackupSettings } from '../../backup/backup-settings.js';
import { renderMarkdown } from '../../report/render.js';
import { shouldFail } from '../../report/report.js';
import { actionLogger, annotate, manageIssues, readInputs, runAction, runUrl, writeReportFile } from '../action-io.js';

/** The action's logic; index.ts runs it (and `npx @github/local-action` imports it). */
export async function run(): Promise<void> {
  await runAction(async () => {
    // readInputs masks database-url whole (secret: true) and its password and parameters (URL parts).
    const raw = readInputs(backupOptions);
    const settings = parseBackupSettings(raw);
    const { report, key, retention } = await backup(settings, { env: process.env, logger: actionLogger });

    const reportPath = await writeReportFile(report, settings.reportPath ?? 'lifeboat-report.json');
    core.setOutput('status', report.status);
    core.setOutput('report-path', reportPath);
    if (key && report.backup) {
      core.setOutput('backup-key', key);
      core.setOutput('backup-size', String(report.backup.size));
      core.setOutput('backup-sha256', report.backup.sha256 ?? '');
    }
    core.setOutput('deleted', (retention?.removed ?? []).join('\n'));
    annotate(report);
    await core.summary.addRaw(renderMarkdown(report, { runUrl: runUrl(process.env) }), true).write();
    // A failed backup files (and a later good one closes) an issue, like verify and drill.
    await manageIssues(report, raw);

    if (shouldFail(report.status, settings.failOn)) {
      core.setFailed(`Backup ${report.status}: see the job summary`);
    }
  });
}
