import type { IssueLink } from '../report/markdown.js';
import type { Report } from '../report/report.js';
import { statusRank } from '../report/report.js';
import { errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import {
  type GitHubClient,
  GitHubPermissionError,
  GitHubRateLimitError,
  GitHubUnavailableError,
  createGitHubClient,
  gitHubMessage,
  isHttpError,
  isPermissionDenied,
  isRateLimited,
  isTransient,
  validationErrors,
} from './github-client.js';
import { type RunInfo, issueBody, issueComment, issueTitle, sanitize } from './issue-body.js';
import type { IssueContext } from './issue-context.js';
import { type IssueOutcome, type IssueStep, LIFEBOAT_LABEL, type TrackedIssue, planIssue } from './issue-plan.js';
import { type IssueState, markerId, parseState } from './issue-state.js';
import { QUIET_FAMILIES } from '../report/families.js';
import { type IssueSubject, subjectsFor } from './subjects.js';

export { checkDrillAge } from './drill-age.js';
export { issueContextFromEnv, type IssueContext } from './issue-context.js';
export { parseListInput } from '../settings/publication.js';
export { GitHubPermissionError } from './github-client.js';
export { type IssueSubject, subjectsFor } from './subjects.js';

export interface IssueAction {
  subject: string;
  family: string;
  action: IssueOutcome;
  number?: number;
  url?: string;
  title?: string;
}

export interface IssueReportResult {
  /** Every issue this run touched or found open for a failing subject, in subject order. */
  issueNumbers: number[];
  /** The issue of the worst failing subject: the `issue-number` output. */
  issueNumber?: number;
  /** Open issues of the failing subjects, worst first: what the job summary links. */
  links: IssueLink[];
  actions: IssueAction[];
}

/** A failure filing some of the issues; `partial` holds what was done before and after it. */
export class IssueReportError extends Error {
  constructor(
    message: string,
    readonly partial: IssueReportResult,
    readonly causes: Error[],
  ) {
    super(message);
    this.name = 'IssueReportError';
  }
}

export { LIFEBOAT_LABEL };
const ISSUES_PERMISSION = 'issues: write';
/** A create that GitHub answered with a 5xx or not at all is looked up, then tried again, this often. */
const CREATE_ATTEMPTS = 3;

const LABEL_STYLE: Record<string, { color: string; description: string }> = {
  lifeboat: { color: '1d76db', description: 'Filed and kept current by Lifeboat backup checks' },
  'lifeboat:snoozed': { color: 'c5def5', description: 'Lifeboat: silenced until the facts change or get worse' },
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

/** Maps the API's refusals to errors that name their real cause; everything else passes through. */
async function call<T>(ctx: IssueContext, action: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw asCause(ctx, action, error);
  }
}

function asCause(ctx: IssueContext, action: string, error: unknown): Error {
  if (isRateLimited(error)) return new GitHubRateLimitError(action, error);
  if (isPermissionDenied(error)) {
    const detail =
      isHttpError(error) && error.status === 404
        ? `${gitHubMessage(error)} (the token cannot see ${ctx.owner}/${ctx.repo}, or its issues are disabled)`
        : gitHubMessage(error);
    return new GitHubPermissionError(ISSUES_PERMISSION, action, detail);
  }
  if (isTransient(error)) return new GitHubUnavailableError(action, error);
  if (isHttpError(error) && error.status === 401) {
    return new Error(`Could not ${action}: GitHub rejected the token (${gitHubMessage(error)}).`);
  }
  return new Error(`Could not ${action} in ${ctx.owner}/${ctx.repo}: ${gitHubMessage(error)}`);
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Turns plans into REST calls; all deciding is done by planIssue. */
class Executor {
  private labelsKnown?: Set<string>;
  /** Labels GitHub refused this run: never sent again. */
  private readonly refused = new Set<string>();
  private readonly urls = new Map<number, string>();

  constructor(
    private readonly ctx: IssueContext,
    private readonly client: GitHubClient,
    private readonly report: Report,
    private readonly logger: Logger,
    private readonly run: RunInfo,
  ) {}

  /** All Lifeboat issues, open and closed, through the list API: search lags behind writes. */
  async listIssues(state: 'all' | 'open' = 'all'): Promise<ListedIssue[]> {
    const { owner, repo } = this.ctx;
    const all = await call(this.ctx, 'list issues', () =>
      this.client.paginate(this.client.rest.issues.listForRepo, {
        owner,
        repo,
        state,
        labels: LIFEBOAT_LABEL,
        per_page: 100,
      }),
    );
    const issues = (all as ListedIssue[]).filter((i) => !i.pull_request);
    for (const i of issues) this.urls.set(i.number, i.html_url);
    return issues;
  }

  tracked(subject: IssueSubject, issues: ListedIssue[]): TrackedIssue[] {
    const ids = new Set([subject.id, ...subject.legacyIds]);
    return issues
      .filter((i) => ids.has(markerId(i.body) ?? ''))
      .map((i) => ({
        number: i.number,
        title: i.title,
        state: i.state === 'open' ? 'open' : 'closed',
        labels: labelNames(i),
        createdAt: i.created_at,
        closedAt: i.closed_at,
        memory: parseState(i.body, i.closed_at),
      }));
  }

  async handle(subject: IssueSubject, issues: ListedIssue[]): Promise<IssueAction> {
    const plan = planIssue(subject, this.tracked(subject, issues), this.run.now, {
      labels: this.ctx.labels,
      title: issueTitle,
    });
    let number = plan.number;
    let title: string | undefined;
    for (const step of plan.steps) {
      const done = await this.execute(subject, step, plan.status);
      if (done && (step.op === 'create' || done.number === plan.number)) ({ number, title } = done);
    }
    return {
      subject: subject.name,
      family: subject.family,
      action: plan.outcome,
      number,
      url: number === undefined ? undefined : this.urls.get(number),
      title,
    };
  }

  private body(subject: IssueSubject, state: IssueState, follows?: { number: number; closedAt?: string | null }) {
    return issueBody({ subject, report: this.report, run: this.run, state, follows });
  }

  private async execute(
    subject: IssueSubject,
    step: IssueStep,
    status: IssueState['status'],
  ): Promise<{ number: number; title: string } | undefined> {
    const { owner, repo } = this.ctx;
    const remember = (data: { number: number; html_url: string; title: string }) => {
      this.urls.set(data.number, data.html_url);
      return { number: data.number, title: data.title };
    };
    switch (step.op) {
      case 'create': {
        const labels = await this.usableLabels(step.labels);
        const created = await this.create(subject, step.title, this.body(subject, step.state, step.follows), labels);
        return remember(created);
      }
      case 'update': {
        const labels = step.labels ? await this.usableLabels(step.labels) : undefined;
        const { data } = await call(this.ctx, `update issue #${step.number}`, () =>
          this.client.rest.issues.update({
            owner,
            repo,
            issue_number: step.number,
            body: this.body(subject, step.state),
            ...(step.title ? { title: step.title } : {}),
            ...(labels ? { labels } : {}),
          }),
        );
        return remember(data);
      }
      case 'reopen': {
        const labels = await this.usableLabels(step.labels);
        const { data } = await call(this.ctx, `reopen issue #${step.number}`, () =>
          this.client.rest.issues.update({
            owner,
            repo,
            issue_number: step.number,
            state: 'open',
            title: step.title,
            body: this.body(subject, step.state),
            labels,
          }),
        );
        this.logger.info(`Reopened issue #${step.number}: ${data.html_url}`);
        return remember(data);
      }
      case 'comment': {
        const body = issueComment({
          kind: step.kind,
          subject,
          status,
          run: this.run,
          previous: step.previous,
          duplicateOf: step.duplicateOf,
          closedAt: step.closedAt,
        });
        await call(this.ctx, `comment on issue #${step.number}`, () =>
          this.client.rest.issues.createComment({ owner, repo, issue_number: step.number, body }),
        );
        if (step.kind !== 'recovered' && step.kind !== 'duplicate') {
          this.logger.info(`Commented on issue #${step.number}: ${this.urls.get(step.number) ?? ''}`);
        }
        return undefined;
      }
      case 'close': {
        const { data } = await call(this.ctx, `close issue #${step.number}`, () =>
          this.client.rest.issues.update({
            owner,
            repo,
            issue_number: step.number,
            state: 'closed',
            state_reason: step.reason,
            ...(step.state ? { body: this.body(subject, step.state) } : {}),
          }),
        );
        this.logger.info(
          step.reason === 'completed'
            ? `Recovered: closed issue #${step.number}: ${data.html_url}`
            : `Closed duplicate issue #${step.number}: ${data.html_url}`,
        );
        this.urls.set(data.number, data.html_url);
        return undefined;
      }
    }
  }

  /**
   * Creates the labels Lifeboat uses with their colours (GitHub would create them grey on first use)
   * and drops the ones GitHub refuses, quoting its reason: a bad `issue-labels` entry must not cost
   * the team its alert.
   */
  private async usableLabels(names: string[]): Promise<string[]> {
    const { owner, repo } = this.ctx;
    if (!this.labelsKnown) {
      const existing = await call(this.ctx, 'list labels', () =>
        this.client.paginate(this.client.rest.issues.listLabelsForRepo, { owner, repo, per_page: 100 }),
      );
      this.labelsKnown = new Set(existing.map((l) => l.name.toLowerCase()));
    }
    const usable: string[] = [];
    for (const name of names) {
      const key = name.toLowerCase();
      if (this.refused.has(key)) continue;
      if (!this.labelsKnown.has(key)) {
        const style = LABEL_STYLE[key] ?? { color: 'ededed', description: '' };
        try {
          await this.client.rest.issues.createLabel({ owner, repo, name, ...style });
        } catch (error) {
          if (isHttpError(error) && error.status === 422 && !alreadyExists(error)) {
            this.refuseLabel(name, error);
            continue;
          }
          if (!alreadyExists(error)) throw asCause(this.ctx, `create the label "${name}"`, error);
        }
        this.labelsKnown.add(key);
      }
      usable.push(name);
    }
    return usable;
  }

  private refuseLabel(name: string, error: unknown): void {
    this.refused.add(name.toLowerCase());
    const reasons = [...new Set(validationErrors(error).map((e) => e.reason))];
    const why = reasons.length ? reasons.join('; ') : gitHubMessage(error);
    this.logger.warning(sanitize(`GitHub refused the label "${name}": ${why}. Filing the issue without it.`));
  }

  /**
   * Files the issue once. A create answered with a 5xx or not at all may still have been performed,
   * so the marker is looked up again before each new attempt. Refused labels and assignees are
   * dropped one by one, each with GitHub's reason.
   */
  private async create(
    subject: IssueSubject,
    title: string,
    body: string,
    labels: string[],
  ): Promise<{ number: number; html_url: string; title: string }> {
    const { owner, repo } = this.ctx;
    let assignees = [...(this.ctx.assignees ?? [])];
    let attempts = 0;
    for (;;) {
      try {
        const { data } = await this.client.rest.issues.create({
          owner,
          repo,
          title,
          body,
          labels,
          ...(assignees.length ? { assignees } : {}),
        });
        this.logger.info(`Opened issue #${data.number}: ${data.html_url}`);
        return data;
      } catch (error) {
        if (isHttpError(error) && error.status === 422) {
          const problems = validationErrors(error);
          const badAssignees = problems.filter((p) => p.field === 'assignees');
          const badLabels = problems.filter((p) => p.resource === 'Label' || p.field === 'labels');
          if (badAssignees.length && assignees.length) {
            const named = badAssignees.map((p) => p.value).filter((v): v is string => !!v);
            const drop = named.length ? named : assignees;
            this.logger.warning(
              sanitize(
                `GitHub refused the assignee${drop.length === 1 ? '' : 's'} ${drop.join(', ')}: ${[...new Set(badAssignees.map((p) => p.reason))].join('; ')}. Filing the issue without ${drop.length === 1 ? 'that one' : 'them'}.`,
              ),
            );
            assignees = assignees.filter((a) => !drop.includes(a));
            continue;
          }
          if (badLabels.length) {
            const named = badLabels.map((p) => p.value).filter((v): v is string => !!v);
            const drop = named.length
              ? labels.filter((l) => named.includes(l))
              : labels.filter((l) => l !== LIFEBOAT_LABEL);
            if (drop.length) {
              for (const l of drop) this.refuseLabel(l, error);
              labels = labels.filter((l) => !drop.includes(l));
              continue;
            }
          }
        }
        if (!isTransient(error)) throw asCause(this.ctx, 'create an issue', error);
        attempts++;
        const open = await this.listIssues('open');
        const filed = open.filter((i) => markerId(i.body) === subject.id).sort((a, b) => a.number - b.number)[0];
        if (filed) {
          this.logger.info(
            `GitHub answered the create with ${isHttpError(error) ? `HTTP ${error.status}` : 'no answer'} but had filed issue #${filed.number}: ${filed.html_url}`,
          );
          return filed;
        }
        if (attempts >= CREATE_ATTEMPTS) throw asCause(this.ctx, 'create an issue', error);
        await realSleep(Math.min(1000 * 2 ** (attempts - 1), 4000));
      }
    }
  }
}

function alreadyExists(error: unknown): boolean {
  if (!isHttpError(error) || error.status !== 422) return false;
  const errors = (error.response?.data as { errors?: Array<{ code?: string }> } | undefined)?.errors;
  return Array.isArray(errors) && errors.some((e) => e.code === 'already_exists');
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
  const executor = new Executor(ctx, client, report, logger, run);
  const subjects = subjectsFor(report, ctx.name).filter((s) => ctx.historyIssues || !QUIET_FAMILIES.has(s.family));
  const result: IssueReportResult = { issueNumbers: [], links: [], actions: [] };
  if (subjects.length === 0) return result;

  const issues = await executor.listIssues();
  const causes: Error[] = [];
  for (const subject of subjects) {
    try {
      result.actions.push(await executor.handle(subject, issues));
    } catch (error) {
      if (error instanceof GitHubPermissionError) throw error;
      causes.push(error instanceof Error ? error : new Error(String(error)));
      result.actions.push({ subject: subject.name, family: subject.family, action: 'none' });
    }
  }
  result.issueNumbers = [...new Set(result.actions.flatMap((a) => (a.number === undefined ? [] : [a.number])))];
  const failing = subjects
    .map((s, i) => ({ s, a: result.actions[i] }))
    .filter(({ s, a }) => s.evaluated && s.status !== 'ok' && a.number !== undefined)
    .sort((x, y) => statusRank(y.s.status) - statusRank(x.s.status));
  result.issueNumber = failing[0]?.a.number ?? result.issueNumbers[0];
  result.links = failing
    .filter(({ a }) => a.url && a.action !== 'none')
    .map(({ a }) => ({ number: a.number!, url: a.url!, ...(a.title ? { title: a.title } : {}) }));
  if (causes.length) {
    const message = `Could not file every issue: ${causes.map((c) => sanitize(errorMessage(c))).join('; ')}`;
    throw new IssueReportError(message, result, causes);
  }
  return result;
}

/**
 * The warning for a filing failure names its real cause: the permission only when GitHub refused
 * one, the reset time for a rate limit, "did not answer" for an outage.
 */
export function filingWarning(error: unknown): string {
  return `Issue not filed: ${sanitize(errorMessage(error)).replace(/\.$/, '')}. The verdict is unaffected.`;
}

/**
 * reportIssues for the action entries: filing trouble becomes a warning and never changes the verdict.
 * Returns the `issue-number` output and the issue links of the job summary.
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
    logger.warning(filingWarning(error));
    return error instanceof IssueReportError ? error.partial : undefined;
  }
}
