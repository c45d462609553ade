import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { applyFleetEntry } from '../fleet/fleet-options.js';
import { issueContextFromEnv, type IssueContext } from '../github/issue-context.js';
import type { IssueLink } from '../report/markdown.js';
import { reportJson, shouldFail, type Check, type Report } from '../report/report.js';
import { requireReportPath } from '../settings/local-paths.js';
import { registerSecrets, type OptionSpecs, type RawOptions } from '../settings/options.js';
import type { PublicationSettings } from '../settings/publication.js';
import type { CommandSettings } from '../settings/settings-group.js';
import { InputError, errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { onSecret, redactSecrets } from '../util/secrets.js';

/** Reads every input of an action's option table; empty inputs stay empty so defaults apply. */
function readInputs(specs: OptionSpecs): RawOptions {
  const raw: RawOptions = {};
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.only !== 'cli') raw[name] = core.getInput(name);
  }
  // Masked before anything is logged: a secret input, or a URL input carrying a password.
  registerSecrets(specs, raw);
  return raw;
}

/**
 * The one way from an action's inputs to its typed settings, all checked before any connection:
 * with `name`, the fleet entry (in the file the input `fleetFile` names) applies over the inputs.
 */
export async function readSettings<T>(command: CommandSettings<T>, opts: { fleetFile?: string } = {}): Promise<T> {
  const inputs = readInputs(command.options);
  const raw = opts.fleetFile
    ? await applyFleetEntry(inputs, { file: inputs[opts.fleetFile], cwd: workspace(), env: process.env })
    : inputs;
  const settings = command.parse(raw);
  if ('report-path' in command.options) {
    const { reportPath } = settings as Partial<PublicationSettings>;
    requireReportPath(reportPath ?? DEFAULT_REPORT_PATH, workspace());
  }
  return settings;
}

export const actionLogger: Logger = {
  info: (m) => core.info(redactSecrets(m)),
  warning: (m) => core.warning(redactSecrets(m)),
  error: (m) => core.error(redactSecrets(m)),
  progress: (m) => core.info(redactSecrets(m)),
};

const DEFAULT_REPORT_PATH = 'lifeboat-report.json';

const workspace = () => process.env.GITHUB_WORKSPACE ?? process.cwd();

/**
 * The report file is one of several ways the verdict is published: when it cannot be written
 * (disk full, a path made unusable since the inputs were checked) the step says so in one line and
 * the outputs, summary and issues still carry the verdict.
 */
async function writeReportFile(report: Report, reportPath: string): Promise<string | undefined> {
  const file = path.resolve(workspace(), reportPath);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${redactSecrets(reportJson(report))}\n`);
    return file;
  } catch (error) {
    core.warning(
      redactSecrets(`report-path "${reportPath}": the JSON report could not be written (${errorMessage(error)})`),
    );
    return undefined;
  }
}

/** Annotations make the failing checks visible on the run page without opening the log. */
function annotate(report: Report): void {
  for (const c of report.checks) {
    if (c.status === 'critical')
      core.error(redactSecrets(`${c.id}: ${c.summary}`), { title: `Lifeboat ${report.kind}: ${c.id}` });
    else if (c.status === 'warning')
      core.warning(redactSecrets(`${c.id}: ${c.summary}`), { title: `Lifeboat ${report.kind}: ${c.id}` });
  }
}

export function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env;
  if (!GITHUB_REPOSITORY || !GITHUB_RUN_ID) return undefined;
  return `${GITHUB_SERVER_URL ?? 'https://github.com'}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`;
}

/**
 * Wraps an action's main: secrets are masked before any output, bad input fails the step with its
 * one line, and nothing ever prints a stack trace.
 */
export async function runAction(main: () => Promise<void>): Promise<void> {
  onSecret((s) => core.setSecret(s));
  try {
    await main();
  } catch (error) {
    if (error instanceof InputError) core.setFailed(redactSecrets(error.message));
    else core.setFailed(redactSecrets(`Lifeboat failed: ${errorMessage(error)}`));
  }
}

/** What issues are filed with: the publication settings, the history switch of verify, a fleet entry's name. */
export type IssueSettings = PublicationSettings & { issueHistory?: boolean; name?: string };

/** The GitHub context for issues and the workflow-runs API; undefined outside Actions or without a token. */
export function gitHubContext(settings: IssueSettings): IssueContext | undefined {
  return issueContextFromEnv(process.env, {
    token: settings.githubToken,
    labels: settings.issueLabels,
    assignees: settings.issueAssignees,
    historyIssues: settings.issueHistory ?? false,
    // A fleet entry's name titles its issues ("billing"), so each database reads as its own.
    name: settings.name,
  });
}

/**
 * Files, updates or closes the issues of this run (PRODUCT.md §5). A reporter failure is a warning
 * naming the missing permission; it never changes the verdict or `fail-on`.
 */
async function manageIssues(
  report: Report,
  settings: IssueSettings,
  ctx = gitHubContext(settings),
): Promise<IssueLink[]> {
  if (!settings.issue) return [];
  // Octokit is loaded here, once the verdict exists, not at start-up.
  const { reportIssuesOrWarn } = await import('../github/issue-reporter.js');
  const result = await reportIssuesOrWarn(report, ctx, actionLogger);
  if (result?.issueNumber !== undefined) core.setOutput('issue-number', String(result.issueNumber));
  return result?.links ?? [];
}

/** drill-age needs the workflow runs API, so it exists only inside Actions with a token. */
export function drillAgeCheck(
  ctx: IssueContext | undefined,
  workflow: string | undefined,
  maxAgeSeconds: number | undefined,
): (() => Promise<Check>) | undefined {
  if (!ctx || !workflow || !maxAgeSeconds) return undefined;
  return async () => {
    const { checkDrillAge } = await import('../github/drill-age.js');
    return checkDrillAge(ctx, { workflow, maxAgeSeconds });
  };
}

export interface Publication {
  settings: IssueSettings;
  /** Issue context; undefined: from the settings and the environment. */
  github?: IssueContext;
  /** The action's own outputs, beside status and report-path. */
  outputs: Record<string, string>;
  /** The job summary, given the issues this run filed or keeps open (so that it can link them). */
  markdown: (issues: IssueLink[]) => string;
  /** Subject of the failure line: "Backup verification", "Restore drill", "Backup". */
  what: string;
}

/** What every action does with its verdict: report file, outputs, annotations, job summary, issues, fail-on. */
export async function publishReport(report: Report, p: Publication): Promise<void> {
  const reportPath = await writeReportFile(report, p.settings.reportPath ?? DEFAULT_REPORT_PATH);
  core.setOutput('status', report.status);
  core.setOutput('report-path', reportPath ?? '');
  for (const [name, value] of Object.entries(p.outputs)) core.setOutput(name, value);
  annotate(report);
  // Issues first: the summary links the issue this run filed.
  const issues = await manageIssues(report, p.settings, p.github);
  await core.summary.addRaw(p.markdown(issues), true).write();
  // A refusal fails the step whatever fail-on says, with the one line that says why (as the CLI's exit 3).
  if (report.refused) core.setFailed(`${p.what} refused: ${report.refused}; nothing was restored`);
  else if (shouldFail(report.status, p.settings.failOn))
    core.setFailed(`${p.what} ${report.status}: see the job summary`);
}
