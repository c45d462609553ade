import * as core from '@actions/core';
import { renderMarkdown } from '../../report/render.js';
import { shouldFail } from '../../report/report.js';
import { verify } from '../../verify/verify.js';
import { parseVerifySettings, verifyOptions } from '../../verify/verify-settings.js';
import {
  actionLogger,
  annotate,
  drillAgeCheck,
  gitHubContext,
  manageIssues,
  readInputs,
  runAction,
  runUrl,
  writeReportFile,
} from '../action-io.js';

/** The action's logic; index.ts runs it (and `npx @github/local-action` imports it). */
export async function run(): Promise<void> {
  await runAction(async () => {
    const raw = readInputs(verifyOptions);
    const settings = parseVerifySettings(raw);
    const github = gitHubContext(raw);
    const { report, newest } = await verify(settings, {
      env: process.env,
      logger: actionLogger,
      drillAge: drillAgeCheck(github, settings.drillWorkflow, settings.drillMaxAgeSeconds),
    });

    const reportPath = await writeReportFile(report, settings.reportPath ?? 'lifeboat-report.json');
    core.setOutput('status', report.status);
    core.setOutput('report-path', reportPath);
    if (newest) {
      core.setOutput('backup-key', newest.key);
      core.setOutput('backup-time', newest.time.toISOString());
      core.setOutput(
        'backup-age-hours',
        ((Date.parse(report.finished_at) - newest.time.getTime()) / 3_600_000).toFixed(2),
      );
      core.setOutput('backup-size', String(newest.size));
    }
    annotate(report);
    await core.summary.addRaw(renderMarkdown(report, { runUrl: runUrl(process.env) }), true).write();
    await manageIssues(report, raw, github);

    if (shouldFail(report.status, settings.failOn)) {
      core.setFailed(`Backup verification ${report.status}: see the job summary`);
    }
  });
}
