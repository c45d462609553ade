import { renderSummary } from '../../report/summary.js';
import { verify } from '../../verify/verify.js';
import { parseVerifySettings, verifyOptions } from '../../verify/verify-settings.js';
import { actionLogger, drillAgeCheck, gitHubContext, publishReport, readInputs, runAction, runUrl } from '../action-io.js';

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

    const ageHours = newest && (Date.parse(report.finished_at) - newest.time.getTime()) / 3_600_000;
    await publishReport(report, {
      raw,
      github,
      reportPath: settings.reportPath,
      outputs: newest
        ? {
            'backup-key': newest.key,
            'backup-time': newest.time.toISOString(),
            'backup-age-hours': (ageHours ?? 0).toFixed(2),
            'backup-size': String(newest.size),
          }
        : {},
      markdown: (issues) => renderSummary(report, { runUrl: runUrl(process.env), issues }),
      failOn: settings.failOn,
      what: 'Backup verification',
    });
  });
}
