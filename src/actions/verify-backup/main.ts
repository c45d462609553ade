import { findIncompleteBackups } from '../../backup/incomplete.js';
import type { DiscoveredBackup } from '../../discovery/discover.js';
import { describeBackups } from '../../discovery/list-backups.js';
import { renderListingMarkdown } from '../../report/render-listing.js';
import type { Report } from '../../report/report.js';
import { sizeChart } from '../../report/size-chart.js';
import { renderSummary } from '../../report/summary.js';
import { verify } from '../../verify/verify.js';
import { verifySettings, type VerifySettings } from '../../verify/verify-settings.js';
import {
  actionLogger,
  drillAgeCheck,
  gitHubContext,
  publishReport,
  readSettings,
  runAction,
  runUrl,
} from '../action-io.js';

/** The action's logic; index.ts runs it (and `npx @github/local-action` imports it). */
export async function run(): Promise<void> {
  await runAction(async () => {
    // With `name`, the fleet entry's source, thresholds and secrets (read by name from env) apply.
    const settings = await readSettings(verifySettings, { fleetFile: 'config' });
    const github = gitHubContext(settings);
    const { report, newest, backups } = await verify(settings, {
      env: process.env,
      logger: actionLogger,
      drillAge: drillAgeCheck(github, settings.drillWorkflow, settings.drillMaxAgeSeconds),
    });

    const ageHours = newest && (Date.parse(report.finished_at) - newest.time.getTime()) / 3_600_000;
    await publishReport(report, {
      settings,
      github,
      outputs: newest
        ? {
            'backup-key': newest.key,
            'backup-time': newest.time.toISOString(),
            'backup-age-hours': (ageHours ?? 0).toFixed(2),
            'backup-size': String(newest.size),
          }
        : {},
      markdown: (issues) =>
        renderSummary(report, { runUrl: runUrl(process.env), issues, extra: history(report, backups, settings) }),
      what: 'Backup verification',
    });
  });
}

/** History at a glance under the checks: size per day over the window, then every backup, folded. */
function history(report: Report, backups: DiscoveredBackup[] | undefined, settings: VerifySettings): string[] {
  if (!backups?.length) return [];
  const now = new Date(report.finished_at);
  const listing = describeBackups(report.source, backups, {
    now,
    gapSeconds: settings.criticalAfterSeconds,
    incomplete: findIncompleteBackups(backups),
  });
  return [sizeChart(listing.backups, { now, windowSeconds: settings.windowSeconds }), renderListingMarkdown(listing)];
}
