import * as core from '@actions/core';
import { detachCluster } from '../../postgres/ephemeral-cluster.js';
import { drill } from '../../drill/drill.js';
import { drillSettings } from '../../drill/drill-settings.js';
import { renderSummary } from '../../report/summary.js';
import { actionLogger, gitHubContext, publishReport, readSettings, runAction, runUrl } from '../action-io.js';
import { KEPT_CLUSTER_STATE } from './state.js';

/** The action's logic; index.ts runs it. */
export async function run(): Promise<void> {
  await runAction(async () => {
    // With `name`, the fleet entry's source, targets, secrets (read by name from env) and checks apply.
    const settings = await readSettings(drillSettings, { fleetFile: 'checks' });
    const github = gitHubContext(settings);
    const { report, kept, tablesRestored, rowsRestored } = await drill(settings, {
      env: process.env,
      logger: actionLogger,
      cwd: process.env.GITHUB_WORKSPACE,
    });

    if (kept) {
      // The URL carries the cluster's password: masked before it is ever written to an output.
      core.setSecret(kept.url);
      if (kept.tempDir) {
        core.saveState(KEPT_CLUSTER_STATE, kept.tempDir);
        // A kept cluster must outlive the main step; the post step tears it down.
        detachCluster(kept.tempDir);
      }
    }
    await publishReport(report, {
      settings,
      github,
      outputs: {
        'rto-seconds': report.rto_seconds === undefined ? '' : String(report.rto_seconds),
        'rpo-seconds': report.rpo_seconds === undefined ? '' : String(report.rpo_seconds),
        'tables-restored': String(tablesRestored ?? 0),
        'rows-restored': String(rowsRestored ?? 0),
        ...(kept ? { 'database-url': kept.url } : {}),
      },
      markdown: (issues) => renderSummary(report, { runUrl: runUrl(process.env), issues }),
      what: 'Restore drill',
    });
  });
}
