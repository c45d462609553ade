import { formatDuration } from '../report/format.js';
import { measure, type Check } from '../report/report.js';
import {
  type GitHubClient,
  createGitHubClient,
  gitHubMessage,
  isHttpError,
  isPermissionDenied,
} from './github-client.js';
import type { IssueContext } from './issue-context.js';
import { sanitize } from './issue-body.js';

interface Run {
  created_at: string;
  run_started_at?: string | null;
  conclusion: string | null;
}

const day = (at: Date) => at.toISOString().slice(0, 10);

class Unreadable extends Error {}

/**
 * The `drill-age` check of verify-backup: how long ago a restore drill last succeeded, read from the
 * workflow runs API. A drill that never ran is a notice at first (nobody can act on it on day one), and
 * a warning once `drill-max-age` has passed since the first verify that found none — the oldest run of
 * this verify workflow GitHub still keeps. A failing API is not the backup's fault: `skipped`.
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
  const never = { display: { value: 'never', threshold: limit } };
  const skipped = (why: string): Check => ({ ...base, status: 'skipped', summary: sanitize(why) });

  const client = createGitHubClient({
    token: ctx.token,
    apiUrl: ctx.apiUrl,
    writeSpacingMs: ctx.writeSpacingMs,
    // A read-only side check: it must not hold the verdict up for long.
    maxRetryMs: Math.min(ctx.maxRetryMs ?? 20_000, 20_000),
  });
  let last: Run | undefined;
  let why: string;
  try {
    const runs = await listRuns(client, ctx, opts.workflow, { status: 'success', per_page: 1 });
    // The API filter is trusted but checked: a run listed without a success conclusion is no proof.
    last = runs?.workflow_runs.find((r) => r.conclusion === 'success');
    why = runs ? `no successful run of ${opts.workflow}` : `no workflow ${opts.workflow} in ${ctx.owner}/${ctx.repo}`;
  } catch (error) {
    return skipped(`could not read ${opts.workflow} runs: ${reason(error)}`);
  }

  if (last) {
    const ageSeconds = Math.max(0, (now.getTime() - Date.parse(last.run_started_at || last.created_at)) / 1000);
    const age = formatDuration(ageSeconds);
    const summary = `last successful drill ${age} ago (limit ${limit})`;
    return {
      ...base,
      status: ageSeconds > opts.maxAgeSeconds ? 'warning' : 'ok',
      ...measure('seconds', ageSeconds, { threshold: opts.maxAgeSeconds }),
      summary,
    };
  }

  let since: Date | undefined;
  try {
    since = ctx.workflowFile ? await firstRun(client, ctx, ctx.workflowFile, now) : undefined;
  } catch (error) {
    return skipped(`restore drill never run (${why}); could not read ${ctx.workflowFile} runs: ${reason(error)}`);
  }
  if (!since) {
    return skipped(`restore drill never run (${why}); since when verification runs is unknown outside a workflow run`);
  }
  const due = new Date(since.getTime() + opts.maxAgeSeconds * 1000);
  if (now.getTime() >= due.getTime()) {
    return {
      ...base,
      status: 'warning',
      ...never,
      summary: `no restore drill has succeeded since verification started on ${day(since)}, over ${limit} ago (${why})`,
    };
  }
  // Day one: a fact to know, not yet a failure to fix.
  return {
    ...base,
    status: 'ok',
    ...never,
    summary: `notice: restore drill never run (${why}); a warning from ${day(due)}, ${limit} after the first verify on ${day(since)}`,
  };
}

function reason(error: unknown): string {
  return isPermissionDenied(error)
    ? `the token lacks the \`actions: read\` permission (${gitHubMessage(error)})`
    : gitHubMessage(error);
}

/** One page of a workflow's runs; undefined when the workflow does not exist. */
async function listRuns(
  client: GitHubClient,
  ctx: IssueContext,
  workflow: string,
  params: { status?: 'success'; per_page: number; page?: number },
): Promise<{ total_count: number; workflow_runs: Run[] } | undefined> {
  try {
    const response = await client.rest.actions.listWorkflowRuns({
      owner: ctx.owner,
      repo: ctx.repo,
      workflow_id: workflow,
      ...params,
    });
    return response.data;
  } catch (error) {
    if (isHttpError(error) && error.status === 404) return undefined;
    throw error;
  }
}

/**
 * When the oldest run of this workflow GitHub still keeps started: the runs API lists newest first, so
 * with one run per page the last page holds it. Public repositories keep 90 days of runs (the API
 * pages through at most 1,000), which bounds how far back "since" can reach.
 */
async function firstRun(
  client: GitHubClient,
  ctx: IssueContext,
  workflow: string,
  now: Date,
): Promise<Date | undefined> {
  const first = await listRuns(client, ctx, workflow, { per_page: 1 });
  if (!first) throw new Unreadable(`no workflow ${workflow}`);
  // The run in progress is listed too; none at all means this is the first.
  if (first.total_count === 0) return now;
  const oldest =
    first.total_count === 1 ? first : await listRuns(client, ctx, workflow, { per_page: 1, page: first.total_count });
  const run = oldest?.workflow_runs[0];
  return run ? new Date(run.run_started_at || run.created_at) : undefined;
}
