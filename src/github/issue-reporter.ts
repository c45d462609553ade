import type { Report } from '../report/report.js';
import { statusRank } from '../report/report.js';
import { errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import {
  type GitHubClient,
  GitHubPermissionError,
  createGitHubClient,
  gitHubMessage,
  isHttpError,
  isPermissionDenied,
} from './github-client.js';
import {
  type ChangeKind,
  type IssueState,
  type RunInfo,
  changeComment,
  factsFingerprint,
  failingStatuses,
  issueBody,
  issueTitle,
  markerId,
  parseState,
  recoveredComment,
  reopenComment,
  sanitize,
} from './issue-body.js';
import { type IssueSubject, subjectsFor } from './subjects.js';

export { checkDrillAge } from './drill-age.js';
export { issueContextFromEnv, parseListInput, type IssueContext } from './issue-context.js';
import type { IssueContext } from './issue-context.js';
export { GitHubPermissionError } from './github-client.js';
export { type IssueSubject, subjectsFor } from './subjects.js';

export interface IssueAction {
  subject: string;
  family: string;
  action: 'created' | 'commented' | 'updated' | 'closed' | 'reopened' | 'none';
  number?: number;
  url?: string;
}

export interface IssueReportResult {
  /** Every issue this run touched or found open for a failing subject, in subject order. */
  issueNumbers: number[];
  /** The issue of the worst failing subject: the `issue-number` output. */
  issueNumber?: number;
  actions: IssueAction[];
}

/** A failure filing some of the issues; `partial` holds what was done before and after it. */
export class IssueReportError extends Error {
  constructor(
    message: string,
    readonly partial: IssueReportResult,
  ) {
    super(message);
    this.name = 'IssueReportError';
  }
}

export const LIFEBOAT_LABEL = 'lifeboat';
const SEVERITY_PREFIX = 'severity:';
export const REOPEN_WINDOW_MS = 7 * 86_400_000;
// "At most once a day", with slack so that a daily cron drifting by minutes is not skipped a day.
const CHANGE_COMMENT_INTERVAL_MS = 23 * 3_600_000;
const ISSUES_PERMISSION = 'issues: write';

const LABEL_STYLE: Record<string, { color: string; description: string }> = {
  lifeboat: { color: '1d76db', description: 'Filed and kept current by Lifeboat backup checks' },
  'severity:critical': { color: 'b60205', description: 'Lifeboat: backups or restores are failing' },
  'severity:warning': { color: 'fbca04', description: 'Lifeboat: backups or restores need attention' },
};

export function runUrl(ctx: IssueContext): string | undefined {
  if (!ctx.runId) return undefined;
  return `${ctx.serverUrl.replace(/\/+$/, '')}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`;
}

interface ListedIssue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  html_url: string;
  created_at: string;
  closed_at: string | null;
  labels: Array<string | { name?: string }>;
  pull_request?: unknown;
}

function labelNames(issue: ListedIssue): string[] {
  return issue.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean);
}

/** Maps the API's refusals to errors a person can act on; everything else passes through. */
async function call<T>(ctx: IssueContext, action: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (isPermissionDenied(error)) throw new GitHubPermissionError(ISSUES_PERMISSION, action, gitHubMessage(error));
    if (isHttpError(error) && (error.status === 404 || error.status === 410)) {
      throw new Error(
        `Could not ${action} in ${ctx.owner}/${ctx.repo}: ${gitHubMessage(error)} (are issues enabled, and can the token see the repository?)`,
      );
    }
    if (isHttpError(error) && error.status === 401) {
      throw new Error(`Could not ${action}: GitHub rejected the token (${gitHubMessage(error)}).`);
    }
    throw new Error(`Could not ${action} in ${ctx.owner}/${ctx.repo}: ${gitHubMessage(error)}`);
  }
}

class Reporter {
  private labelsKnown?: Set<string>;

  constructor(
    private readonly ctx: IssueContext,
    private readonly client: GitHubClient,
    private readonly report: Report,
    private readonly logger: Logger,
    private readonly run: RunInfo,
  ) {}

  /** All Lifeboat issues, open and closed, through the list API: search lags behind writes. */
  async listIssues(): Promise<ListedIssue[]> {
    const { owner, repo } = this.ctx;
    const all = await call(this.ctx, 'list issues', () =>
      this.client.paginate(this.client.rest.issues.listForRepo, {
        owner,
        repo,
        state: 'all',
        labels: LIFEBOAT_LABEL,
        per_page: 100,
      }),
    );
    return (all as ListedIssue[]).filter((i) => !i.pull_request);
  }

  async handle(subject: IssueSubject, issues: ListedIssue[]): Promise<IssueAction> {
    const mine = issues.filter((i) => markerId(i.body) === subject.id);
    // Duplicates can exist after a race between two runs: the oldest one is the issue of record.
    const open = mine.filter((i) => i.state === 'open').sort((a, b) => a.number - b.number)[0];
    const lastClosed = mine
      .filter((i) => i.state === 'closed')
      .sort((a, b) => Date.parse(b.closed_at ?? '') - Date.parse(a.closed_at ?? '') || b.number - a.number)[0];
    const base = { subject: subject.name, family: subject.family };
    const failing = subject.evaluated && subject.status !== 'ok';

    if (!subject.evaluated) return { ...base, action: 'none', number: open?.number, url: open?.html_url };
    if (open && !failing) return this.close(subject, open);
    if (open) return this.update(subject, open);
    if (!failing) return { ...base, action: 'none' };
    const closedAt = lastClosed?.closed_at ? Date.parse(lastClosed.closed_at) : NaN;
    if (lastClosed && this.run.now.getTime() - closedAt <= REOPEN_WINDOW_MS) return this.reopen(subject, lastClosed);
    return this.create(subject, lastClosed);
  }

  private freshState(subject: IssueSubject, firstSeen?: string): IssueState {
    const now = this.run.now.toISOString();
    return {
      v: 1,
      status: subject.status,
      fingerprint: factsFingerprint(subject),
      checks: failingStatuses(subject),
      notified_at: now,
      first_seen: firstSeen ?? now,
      last_seen: now,
    };
  }

  private wantedLabels(subject: IssueSubject, current: string[] = []): string[] {
    const keep = current.filter((l) => !l.toLowerCase().startsWith(SEVERITY_PREFIX));
    const wanted = [...keep, LIFEBOAT_LABEL, `${SEVERITY_PREFIX}${subject.status}`, ...(this.ctx.labels ?? [])];
    const seen = new Set<string>();
    return wanted.filter((l) => {
      const k = l.toLowerCase();
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }

  /**
   * Creates the labels Lifeboat uses with their colours; GitHub would otherwise create them grey
   * on first use. A concurrent run creating the same label is fine (422 already_exists).
   */
  private async ensureLabels(names: string[]): Promise<void> {
    const { owner, repo } = this.ctx;
    if (!this.labelsKnown) {
      const existing = await call(this.ctx, 'list labels', () =>
        this.client.paginate(this.client.rest.issues.listLabelsForRepo, { owner, repo, per_page: 100 }),
      );
      this.labelsKnown = new Set(existing.map((l) => l.name.toLowerCase()));
    }
    for (const name of names) {
      if (this.labelsKnown.has(name.toLowerCase())) continue;
      const style = LABEL_STYLE[name.toLowerCase()] ?? { color: 'ededed', description: '' };
      try {
        await this.client.rest.issues.createLabel({ owner, repo, name, ...style });
      } catch (error) {
        if (!alreadyExists(error)) {
          await call(this.ctx, `create the label "${name}"`, () => Promise.reject(error));
        }
      }
      this.labelsKnown.add(name.toLowerCase());
    }
  }

  private async create(subject: IssueSubject, previous?: ListedIssue): Promise<IssueAction> {
    const { owner, repo } = this.ctx;
    const labels = this.wantedLabels(subject);
    await this.ensureLabels(labels);
    const title = issueTitle(subject);
    const body = issueBody({
      subject,
      report: this.report,
      run: this.run,
      state: this.freshState(subject),
      previous: previous ? { number: previous.number, closedAt: previous.closed_at } : undefined,
    });
    const assignees = this.ctx.assignees?.length ? this.ctx.assignees : undefined;
    const created = await call(this.ctx, 'create an issue', async () => {
      try {
        return await this.client.rest.issues.create({ owner, repo, title, body, labels, assignees });
      } catch (error) {
        // An assignee who is not a collaborator must not cost the team its alert.
        if (assignees && isHttpError(error) && error.status === 422) {
          this.logger.warning(
            `GitHub refused the assignees (${assignees.join(', ')}): ${gitHubMessage(error)}. Filing the issue unassigned.`,
          );
          return await this.client.rest.issues.create({ owner, repo, title, body, labels });
        }
        throw error;
      }
    });
    this.logger.info(`Opened issue #${created.data.number}: ${created.data.html_url}`);
    return this.result(subject, 'created', created.data);
  }

  private async update(subject: IssueSubject, issue: ListedIssue): Promise<IssueAction> {
    const { owner, repo } = this.ctx;
    const previous = parseState(issue.body);
    const fingerprint = factsFingerprint(subject);
    const statuses = failingStatuses(subject);
    const nowMs = this.run.now.getTime();

    const statusUp = !previous || statusRank(subject.status) > statusRank(previous.status);
    const checkUp = Object.entries(statuses).some(
      ([id, s]) => statusRank(s) > statusRank(previous?.checks[id] ?? 'ok'),
    );
    const statusChanged = !previous || previous.status !== subject.status;
    const factsChanged = !previous || previous.fingerprint !== fingerprint;
    const dueForChange = !previous || nowMs - Date.parse(previous.notified_at) >= CHANGE_COMMENT_INTERVAL_MS;
    const notify = statusUp || checkUp || statusChanged || (factsChanged && dueForChange);

    const state: IssueState = notify
      ? this.freshState(subject, previous?.first_seen ?? issue.created_at)
      : { ...previous!, status: subject.status, last_seen: this.run.now.toISOString() };
    const title = issueTitle(subject);
    const body = issueBody({ subject, report: this.report, run: this.run, state });
    const currentLabels = labelNames(issue);
    const labels = this.wantedLabels(subject, currentLabels);
    const labelsChanged = !sameSet(labels, currentLabels);

    if (notify) {
      const kind: ChangeKind = statusUp || checkUp ? 'worse' : statusChanged ? 'better' : 'changed';
      await call(this.ctx, `comment on issue #${issue.number}`, () =>
        this.client.rest.issues.createComment({
          owner,
          repo,
          issue_number: issue.number,
          body: changeComment(kind, subject, previous, this.run),
        }),
      );
    }
    if (labelsChanged) await this.ensureLabels(labels);
    // The title follows the facts silently too: "31h old" must not stay in the title at 55h.
    const patch = {
      body,
      ...(title !== issue.title ? { title } : {}),
      ...(labelsChanged ? { labels } : {}),
    };
    const updated = await call(this.ctx, `update issue #${issue.number}`, () =>
      this.client.rest.issues.update({ owner, repo, issue_number: issue.number, ...patch }),
    );
    if (notify) this.logger.info(`Commented on issue #${issue.number}: ${issue.html_url}`);
    return this.result(subject, notify ? 'commented' : 'updated', updated.data);
  }

  private async reopen(subject: IssueSubject, issue: ListedIssue): Promise<IssueAction> {
    const { owner, repo } = this.ctx;
    const labels = this.wantedLabels(subject, labelNames(issue));
    await this.ensureLabels(labels);
    const body = issueBody({ subject, report: this.report, run: this.run, state: this.freshState(subject) });
    const updated = await call(this.ctx, `reopen issue #${issue.number}`, () =>
      this.client.rest.issues.update({
        owner,
        repo,
        issue_number: issue.number,
        state: 'open',
        title: issueTitle(subject),
        body,
        labels,
      }),
    );
    await call(this.ctx, `comment on issue #${issue.number}`, () =>
      this.client.rest.issues.createComment({
        owner,
        repo,
        issue_number: issue.number,
        body: reopenComment(subject, issue.closed_at, this.run),
      }),
    );
    this.logger.info(`Reopened issue #${issue.number}: ${issue.html_url}`);
    return this.result(subject, 'reopened', updated.data);
  }

  private async close(subject: IssueSubject, issue: ListedIssue): Promise<IssueAction> {
    const { owner, repo } = this.ctx;
    // Comment first: if closing fails, the next run still sees an open issue and tries again.
    await call(this.ctx, `comment on issue #${issue.number}`, () =>
      this.client.rest.issues.createComment({
        owner,
        repo,
        issue_number: issue.number,
        body: recoveredComment(subject, this.run),
      }),
    );
    const updated = await call(this.ctx, `close issue #${issue.number}`, () =>
      this.client.rest.issues.update({
        owner,
        repo,
        issue_number: issue.number,
        state: 'closed',
        state_reason: 'completed',
      }),
    );
    this.logger.info(`Recovered: closed issue #${issue.number}: ${issue.html_url}`);
    return this.result(subject, 'closed', updated.data);
  }

  private result(
    subject: IssueSubject,
    action: IssueAction['action'],
    issue: { number: number; html_url: string },
  ): IssueAction {
    return { subject: subject.name, family: subject.family, action, number: issue.number, url: issue.html_url };
  }
}

function alreadyExists(error: unknown): boolean {
  if (!isHttpError(error) || error.status !== 422) return false;
  const errors = (error.response?.data as { errors?: Array<{ code?: string }> } | undefined)?.errors;
  return Array.isArray(errors) && errors.some((e) => e.code === 'already_exists');
}

function sameSet(a: string[], b: string[]): boolean {
  const x = new Set(a.map((s) => s.toLowerCase()));
  const y = new Set(b.map((s) => s.toLowerCase()));
  return x.size === y.size && [...x].every((s) => y.has(s));
}

/**
 * Files, updates, reopens or closes one issue per subject of the report (PRODUCT.md §5).
 * Throws GitHubPermissionError at once when the token may not write issues; other failures are
 * collected so one subject's trouble does not stop the others, then thrown as IssueReportError.
 */
export async function reportIssues(report: Report, ctx: IssueContext, logger: Logger): Promise<IssueReportResult> {
  const now = ctx.now ?? new Date();
  const client = createGitHubClient({
    token: ctx.token,
    apiUrl: ctx.apiUrl,
    writeSpacingMs: ctx.writeSpacingMs,
    maxRetryMs: ctx.maxRetryMs,
  });
  const run: RunInfo = {
    url: runUrl(ctx),
    runId: ctx.runId,
    workflow: ctx.workflow ? sanitize(ctx.workflow) : undefined,
    now,
  };
  const reporter = new Reporter(ctx, client, report, logger, run);
  const subjects = subjectsFor(report, ctx.name);
  const result: IssueReportResult = { issueNumbers: [], actions: [] };
  if (subjects.length === 0) return result;

  const issues = await reporter.listIssues();
  const failures: string[] = [];
  for (const subject of subjects) {
    try {
      result.actions.push(await reporter.handle(subject, issues));
    } catch (error) {
      if (error instanceof GitHubPermissionError) throw error;
      failures.push(`${subject.name} (${subject.family}): ${sanitize(errorMessage(error))}`);
      result.actions.push({ subject: subject.name, family: subject.family, action: 'none' });
    }
  }
  result.issueNumbers = [...new Set(result.actions.flatMap((a) => (a.number === undefined ? [] : [a.number])))];
  const worst = subjects
    .map((s, i) => ({ s, a: result.actions[i] }))
    .filter(({ s, a }) => s.evaluated && s.status !== 'ok' && a.number !== undefined)
    .sort((x, y) => statusRank(y.s.status) - statusRank(x.s.status))[0];
  result.issueNumber = worst?.a.number ?? result.issueNumbers[0];
  if (failures.length) throw new IssueReportError(`Could not file every issue: ${failures.join('; ')}`, result);
  return result;
}

/**
 * reportIssues for the action entries: filing trouble becomes a warning (naming `issues: write`
 * when that is the cause) and never changes the verdict. Returns the `issue-number` output.
 */
export async function reportIssuesOrWarn(
  report: Report,
  ctx: IssueContext | undefined,
  logger: Logger,
): Promise<IssueReportResult | undefined> {
  if (!ctx) {
    logger.info('Not running in GitHub Actions with a token: no issue filed.');
    return undefined;
  }
  try {
    return await reportIssues(report, ctx, logger);
  } catch (error) {
    const message = sanitize(errorMessage(error));
    const hint =
      error instanceof GitHubPermissionError
        ? ''
        : ` (the job needs \`permissions: issues: write\`; if it has it, GitHub may be unavailable)`;
    logger.warning(`Issue not filed: ${message}${hint}. The verdict is unaffected.`);
    return error instanceof IssueReportError ? error.partial : undefined;
  }
}
