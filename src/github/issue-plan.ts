import { statusRank, type Status } from '../report/report.js';
import { type IssueState, factOf, factStatus, factsStatus, isFailing, sameFacts, worseFacts } from './issue-state.js';
import type { IssueSubject } from './subjects.js';

/** An issue carrying the subject's marker, as the list API returned it, with the state its body remembers. */
export interface TrackedIssue {
  number: number;
  title: string;
  state: 'open' | 'closed';
  labels: string[];
  createdAt: string;
  closedAt?: string | null;
  memory?: IssueState;
}

export type CommentKind = 'worse' | 'better' | 'changed' | 'recovered' | 'reopened' | 'duplicate';

/**
 * One write. Bodies and comment texts are rendered by the executor from the step, the subject and the
 * run; the plan fixes everything that is decided (which issue, which state, which words).
 */
export type IssueStep =
  | {
      op: 'create';
      title: string;
      labels: string[];
      state: IssueState;
      follows?: { number: number; closedAt?: string | null };
    }
  | { op: 'update'; number: number; state: IssueState; title?: string; labels?: string[] }
  | {
      op: 'comment';
      number: number;
      kind: CommentKind;
      previous?: IssueState;
      duplicateOf?: number;
      closedAt?: string | null;
    }
  | { op: 'reopen'; number: number; title: string; labels: string[]; state: IssueState }
  | { op: 'close'; number: number; reason: 'completed' | 'not_planned'; state?: IssueState };

export type IssueOutcome = 'created' | 'commented' | 'updated' | 'closed' | 'reopened' | 'none';

export interface IssuePlan {
  steps: IssueStep[];
  outcome: IssueOutcome;
  /** The subject's issue after the plan ran (undefined for a create until it has a number). */
  number?: number;
  /** Why, in a few words: for the log and for tests. */
  why: string;
  /** The status the issue reports: this run's failures and the still-unchecked ones carried over. */
  status: Status;
}

export interface PlanOptions {
  /** Extra labels from `issue-labels`. */
  labels?: string[];
  title: (subject: IssueSubject, status: Status) => string;
}

export const LIFEBOAT_LABEL = 'lifeboat';
export const SNOOZE_LABEL = 'lifeboat:snoozed';
const SEVERITY_PREFIX = 'severity:';
/** A subject failing again within a week continues its old issue; later it is a new story. */
export const REOPEN_WINDOW_MS = 7 * 86_400_000;
// "At most once a day", with slack so that a daily cron drifting by minutes is not skipped a day.
export const CHANGE_COMMENT_INTERVAL_MS = 23 * 3_600_000;

function hasLabel(issue: TrackedIssue, name: string): boolean {
  return issue.labels.some((l) => l.toLowerCase() === name.toLowerCase());
}

export function wantedLabels(status: Status, current: string[], extra: string[] = []): string[] {
  const keep = current.filter((l) => !l.toLowerCase().startsWith(SEVERITY_PREFIX));
  const wanted = [...keep, LIFEBOAT_LABEL, `${SEVERITY_PREFIX}${status}`, ...extra];
  const seen = new Set<string>();
  return wanted.filter((l) => {
    const k = l.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function sameLabels(a: string[], b: string[]): boolean {
  const x = new Set(a.map((s) => s.toLowerCase()));
  const y = new Set(b.map((s) => s.toLowerCase()));
  return x.size === y.size && [...x].every((s) => y.has(s));
}

/**
 * The facts of this run, plus the failures a previous run saw in checks this run did not make: a
 * workflow without `min-retention` says nothing about retention, so it must not "fix" it.
 */
export function currentFacts(subject: IssueSubject, previous: IssueState | undefined): Record<string, string> {
  const facts: Record<string, string> = {};
  const ran = new Set(subject.checks.filter((c) => c.status !== 'skipped').map((c) => c.id));
  for (const [id, fact] of Object.entries(previous?.facts ?? {})) {
    if (!ran.has(id) && factStatus(fact) !== 'ok') facts[id] = fact;
  }
  for (const check of subject.checks) if (isFailing(check)) facts[check.id] = factOf(check);
  return facts;
}

/**
 * Decides what one subject's issue needs after this run (PRODUCT.md §5): pure, so that every rule is
 * a table test; the executor only turns the steps into API calls.
 */
export function planIssue(subject: IssueSubject, issues: TrackedIssue[], now: Date, options: PlanOptions): IssuePlan {
  const nowIso = now.toISOString();
  const open = issues.filter((i) => i.state === 'open').sort((a, b) => a.number - b.number);
  const closed = issues
    .filter((i) => i.state === 'closed')
    .sort((a, b) => Date.parse(b.closedAt ?? '') - Date.parse(a.closedAt ?? '') || b.number - a.number);
  // Duplicates can exist after a race or an answer lost on the way back: the oldest is the issue of record.
  const record = open[0];
  const lastClosed = closed[0];
  const previous = record?.memory ?? lastClosed?.memory;
  const nothing = (why: string, number?: number): IssuePlan => ({
    steps: [],
    outcome: 'none',
    number,
    why,
    status: previous?.status ?? 'ok',
  });

  if (!subject.evaluated) return nothing('no check of this family ran', record?.number);

  const facts = currentFacts(subject, record ? record.memory : lastClosed?.memory);
  const status = factsStatus(facts);
  const ranFailing = subject.checks.some(isFailing);

  if (status === 'ok') return planRecovery(open, lastClosed, nowIso);
  // Only failures carried over from checks this run did not make: nothing new is known.
  if (!ranFailing)
    return { ...nothing('the failing checks did not run in this configuration', record?.number), status };

  const fresh = (firstSeen?: string): IssueState => ({
    v: 2,
    status,
    facts,
    notified_at: nowIso,
    first_seen: firstSeen ?? nowIso,
    last_seen: nowIso,
  });
  const title = options.title(subject, status);
  const extra = options.labels ?? [];

  if (record) {
    const steps: IssueStep[] = [];
    for (const dupe of open.slice(1)) {
      steps.push({ op: 'comment', number: dupe.number, kind: 'duplicate', duplicateOf: record.number });
      if (dupe.memory)
        steps.push({
          op: 'close',
          number: dupe.number,
          reason: 'not_planned',
          state: { ...dupe.memory, resolved_at: nowIso },
        });
      else steps.push({ op: 'close', number: dupe.number, reason: 'not_planned' });
    }
    const before = record.memory;
    const worse = !before || statusRank(status) > statusRank(before.status) || worseFacts(facts, before.facts);
    const statusChanged = !before || before.status !== status;
    const changed = !before || !sameFacts(facts, before.facts);
    const due = !before || now.getTime() - Date.parse(before.notified_at) >= CHANGE_COMMENT_INTERVAL_MS;
    // A snoozed issue hears only of things getting worse; an unsnoozed one also of changes, once a day at most.
    const notify = hasLabel(record, SNOOZE_LABEL) ? worse : worse || statusChanged || (changed && due);
    const state = notify
      ? fresh(before?.first_seen ?? record.createdAt)
      : { ...before!, status, facts: before!.facts, last_seen: nowIso };
    if (notify) {
      const kind: CommentKind = worse ? 'worse' : statusChanged ? 'better' : 'changed';
      steps.push({ op: 'comment', number: record.number, kind, previous: before });
    }
    const labels = wantedLabels(status, record.labels, extra);
    steps.push({
      op: 'update',
      number: record.number,
      state,
      // The title follows the facts silently too: "31h old" must not stay in the title at 55h.
      ...(title !== record.title ? { title } : {}),
      ...(sameLabels(labels, record.labels) ? {} : { labels }),
    });
    return {
      steps,
      outcome: notify ? 'commented' : 'updated',
      number: record.number,
      why: notify ? `notified: ${worse ? 'worse' : statusChanged ? 'better' : 'facts changed'}` : 'unchanged',
      status,
    };
  }

  if (lastClosed) {
    const memory = lastClosed.memory;
    const acknowledged = memory !== undefined && memory.resolved_at === undefined;
    // A person closed it while it was failing: respected until the facts get worse or change.
    if (acknowledged && sameFacts(facts, memory.facts)) {
      return { ...nothing('closed by a person; facts unchanged', lastClosed.number), status };
    }
    const closedAt = Date.parse(lastClosed.closedAt ?? '');
    if (now.getTime() - closedAt <= REOPEN_WINDOW_MS) {
      return reopen(
        lastClosed,
        acknowledged ? 'the facts changed since a person closed it' : 'failing again within a week',
      );
    }
  }

  return {
    steps: [
      {
        op: 'create',
        title,
        labels: wantedLabels(status, [], extra),
        state: fresh(),
        ...(lastClosed ? { follows: { number: lastClosed.number, closedAt: lastClosed.closedAt } } : {}),
      },
    ],
    outcome: 'created',
    why: lastClosed ? 'failing again long after a recovery' : 'first failure',
    status,
  };

  function reopen(issue: TrackedIssue, why: string): IssuePlan {
    return {
      steps: [
        {
          op: 'reopen',
          number: issue.number,
          title,
          labels: wantedLabels(status, issue.labels, extra),
          state: fresh(),
        },
        { op: 'comment', number: issue.number, kind: 'reopened', previous: issue.memory, closedAt: issue.closedAt },
      ],
      outcome: 'reopened',
      number: issue.number,
      why,
      status,
    };
  }
}

/**
 * Every open issue of the subject is closed (duplicates included); one a person closed while it was
 * failing still hears that it recovered, so that the next failure is news again.
 */
function planRecovery(open: TrackedIssue[], lastClosed: TrackedIssue | undefined, nowIso: string): IssuePlan {
  const resolved = (issue: TrackedIssue): IssueState => ({
    v: 2,
    status: 'ok',
    facts: {},
    notified_at: nowIso,
    first_seen: issue.memory?.first_seen ?? issue.createdAt,
    last_seen: nowIso,
    resolved_at: nowIso,
  });
  if (open.length) {
    const steps: IssueStep[] = open.flatMap((issue): IssueStep[] => [
      // Comment first: if closing fails, the next run still sees an open issue and tries again.
      { op: 'comment', number: issue.number, kind: 'recovered' },
      { op: 'close', number: issue.number, reason: 'completed', state: resolved(issue) },
    ]);
    return { steps, outcome: 'closed', number: open[0].number, why: 'recovered', status: 'ok' };
  }
  if (lastClosed?.memory && lastClosed.memory.resolved_at === undefined) {
    return {
      steps: [
        { op: 'comment', number: lastClosed.number, kind: 'recovered', closedAt: lastClosed.closedAt },
        { op: 'update', number: lastClosed.number, state: resolved(lastClosed) },
      ],
      outcome: 'commented',
      number: lastClosed.number,
      why: 'recovered after a person closed it',
      status: 'ok',
    };
  }
  return { steps: [], outcome: 'none', why: 'ok', status: 'ok' };
}
