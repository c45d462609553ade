import { addSecret } from '../util/secrets.js';

// Kept apart from the reporter: an action builds its context at start-up without loading Octokit,
// which is only imported once there is something to file.

export interface IssueContext {
  token: string;
  owner: string;
  repo: string;
  /** REST API base (GITHUB_API_URL): api.github.com, a GHES `/api/v3`, or a test stand-in. */
  apiUrl: string;
  /** Web base (GITHUB_SERVER_URL) for the run link. */
  serverUrl: string;
  runId?: string;
  workflow?: string;
  /** This workflow's file (from GITHUB_WORKFLOW_REF): its run history tells since when verification runs. */
  workflowFile?: string;
  /** File `history` issues (gaps, retention) too; by default they are only reported. */
  historyIssues?: boolean;
  /** Extra labels put on every issue, besides `lifeboat` and the severity label. */
  labels?: string[];
  /** Logins assigned when an issue is created (not on later runs: people reassign by hand). */
  assignees?: string[];
  /** What people call the store in titles ("prod backups"); default: the redacted store URL. */
  name?: string;
  now?: Date;
  /** Spacing between writes; default 1 s as GitHub advises. Tests set 0. */
  writeSpacingMs?: number;
  /** Total time spent waiting on retries before giving up; default 60 s. */
  maxRetryMs?: number;
}

/**
 * The context from the variables GitHub Actions sets; undefined outside Actions (no repository) or
 * without a token, where there is nowhere to file an issue.
 */
export function issueContextFromEnv(
  env: NodeJS.ProcessEnv,
  inputs: { token: string; labels?: string[]; assignees?: string[]; name?: string; historyIssues?: boolean },
): IssueContext | undefined {
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || rest.length > 0 || !inputs.token) return undefined;
  addSecret(inputs.token);
  const spacing = Number(env.LIFEBOAT_ISSUE_WRITE_SPACING_MS);
  return {
    token: inputs.token,
    owner,
    repo,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    runId: env.GITHUB_RUN_ID || undefined,
    workflow: env.GITHUB_WORKFLOW || undefined,
    workflowFile: workflowFileOf(env.GITHUB_WORKFLOW_REF),
    historyIssues: inputs.historyIssues,
    labels: inputs.labels,
    assignees: inputs.assignees,
    name: inputs.name,
    // A test harness running the bundled action against a stand-in needs no spacing.
    writeSpacingMs: env.LIFEBOAT_ISSUE_WRITE_SPACING_MS !== undefined && Number.isFinite(spacing) ? spacing : undefined,
  };
}

/** `acme/app/.github/workflows/verify-backup.yml@refs/heads/main` → `verify-backup.yml`. */
function workflowFileOf(ref: string | undefined): string | undefined {
  const m = ref ? /\/([^/@]+\.ya?ml)@/.exec(ref) : null;
  return m?.[1];
}
