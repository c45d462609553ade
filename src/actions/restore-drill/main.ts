import * as core from '@actions/core';
import { detachCluster } from '../../postgres/ephemeral-cluster.js';
import { drill } from '../../drill/drill.js';
import { drillOptions, parseDrillSettings } from '../../drill/drill-settings.js';
import { renderDrillMarkdown } from '../../drill/render-checklist.js';
import { shouldFail } from '../../report/report.js';
import {
  actionLogger,
  annotate,
  gitHubContext,
  manageIssues,
  readInputs,
  runAction,
  runUrl,
  writeReportFile,
} from '../action-io.js';
import { KEPT_CLUSTER_STATE } from './state.js';

/** The action's logic; index.ts runs it. */
export async function run(): Promise<void> {
  await runAction(async () => {
    const raw = readInputs(drillOptions);
    const settings = parseDrillSettings(raw);
    const github = gitHubContext(raw);
    const { report, kept, tablesRestored, rowsRestored } = await drill(settings, {
      env: process.env,
      logger: actionLogger,
      cwd: process.env.GITHUB_WORKSPACE,
    });

    const reportPath = await writeReportFile(report, settings.reportPath ?? 'lifeboat-report.json');
    core.setOutput('status', report.status);
    core.setOutput('rto-seconds', report.rto_seconds === undefined ? '' : String(report.rto_seconds));
    core.setOutput('rpo-seconds', report.rpo_seconds === undefined ? '' : String(report.rpo_seconds));
    core.setOutput('tables-restored', String(tablesRestored ?? 0));
    core.setOutput('rows-restored', String(rowsRestored ?? 0));
    core.setOutput('report-path', reportPath);
    if (kept) {
      // The URL carries the cluster's password: masked before it is ever written to an output.
      core.setSecret(kept.url);
      core.setOutput('database-url', kept.url);
      if (kept.tempDir) {
        core.saveState(KEPT_CLUSTER_STATE, kept.tempDir);
        // A kept cluster must outlive the main step; the post step tears it down.
        detachCluster(kept.tempDir);
      }
    }
    annotate(report);
    await core.summary.addRaw(renderDrillMarkdown(report, { runUrl: runUrl(process.env) }), true).write();
    await manageIssues(report, raw, github);

    if (shouldFail(report.status, settings.failOn)) {
      core.setFailed(`Restore drill ${report.status}: see the job summary`);
    }
  });
}
