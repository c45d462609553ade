import { measure, type Check } from '../report/report.js';
import { formatDuration } from '../report/format.js';
import { createGitHubClient, gitHubMessage, isHttpError, isPermissionDenied } from './github-client.js';
import type { IssueContext } from './issue-context.js';
import { sanitize } from './issue-body.js';

export const DEFAULT_DRILL_WORKFLOW = 'restore-drill.yml';
export const DEFAULT_DRILL_MAX_AGE_SECONDS = 92 * 86_400;

/**
 * The `drill-age` check of verify-backup: how long ago a restore drill last succeeded, read from the
 * workflow runs API. A failing API is not the backup's fault, so it yields `skipped`, never a crash.
 */
export async function checkDrillAge(
  ctx: IssueContext,
  opts: { workflow: string; maxAgeSeconds: number; now?: Date },
): Promise<Check> {
  const now = opts.now ?? ctx.now ?? new Date();
  const limit = formatDuration(opts.maxAgeSeconds);
  const base = {
    id: 'drill-age',
    threshold: opts.maxAgeSeconds,
    unit: 'seconds' as const,
    display: { threshold: limit },
  };
  const never = (why: string): Check => ({
    ...base,
    status: 'warning',
    display: { value: 'never', threshold: limit },
    summary: `restore drill never run (${why})`,
  });

  const client = createGitHubClient({
    token: ctx.token,
    apiUrl: ctx.apiUrl,
    writeSpacingMs: ctx.writeSpacingMs,
    // A read-only side check: it must not hold the verdict up for long.
    maxRetryMs: Math.min(ctx.maxRetryMs ?? 20_000, 20_000),
  });
  let runs: Array<{ created_at: string; run_started_at?: string | null; conclusion: string | null }>;
  try {
    const response = await client.rest.actions.listWorkflowRuns({
      owner: ctx.owner,
      repo: ctx.repo,
      workflow_id: opts.workflow,
      status: 'success',
      per_page: 1,
    });
    runs = response.data.workflow_runs;
  } catch (error) {
    if (isHttpError(error) && error.status === 404) {
      return never(`no workflow ${opts.workflow} in ${ctx.owner}/${ctx.repo}`);
    }
    const reason = isPermissionDenied(error)
      ? `the token lacks the \`actions: read\` permission (${gitHubMessage(error)})`
      : gitHubMessage(error);
    return { ...base, status: 'skipped', summary: sanitize(`could not read ${opts.workflow} runs: ${reason}`) };
  }

  // The API filter is trusted but checked: a run listed without a success conclusion is no proof.
  const last = runs.find((r) => r.conclusion === 'success');
  if (!last) return never(`no successful run of ${opts.workflow}`);
  const ageSeconds = Math.max(0, (now.getTime() - Date.parse(last.run_started_at || last.created_at)) / 1000);
  const age = formatDuration(ageSeconds);
  if (ageSeconds > opts.maxAgeSeconds) {
    return {
      ...base,
      status: 'warning',
      ...measure('seconds', ageSeconds, { threshold: opts.maxAgeSeconds }),
      summary: `last successful drill ${age} ago (limit ${limit})`,
    };
  }
  return {
    ...base,
    status: 'ok',
    ...measure('seconds', ageSeconds, { threshold: opts.maxAgeSeconds }),
    summary: `last successful drill ${age} ago (limit ${limit})`,
  };
}
