import { renderChecklist } from '../report/render-checklist.js';
import {
  HEADLINE_PART,
  ICONS,
  cell,
  checksMarkdown,
  headline,
  isFailing,
  mostTelling,
  nextStepsMarkdown,
  summaryOf,
  worstFirst,
} from '../report/markdown.js';
import type { Report, Status } from '../report/report.js';
import { nextSteps } from '../report/runbook.js';
import { backupLine } from '../report/summary.js';
import { formatDuration, truncate } from '../report/format.js';
import { redactSecrets } from '../util/secrets.js';
import type { CommentKind } from './issue-plan.js';
import { type IssueState, factStatus, markerFor, stateBlock } from './issue-state.js';
import type { IssueFamily } from '../report/families.js';
import type { IssueSubject } from './subjects.js';

export { markerId, parseState } from './issue-state.js';

const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s:@/]+):([^\s@/]+)@/gi;

/**
 * Last line of defence before text leaves for GitHub: registered secrets, and the password of any
 * connection string that slipped into a message without being registered.
 */
export function sanitize(text: string): string {
  return redactSecrets(text).replace(URL_CREDENTIALS, (_m, scheme: string, user: string) => `${scheme}${user}:***@`);
}

const FAMILY_TITLES: Record<IssueFamily, string> = {
  freshness: 'Backup',
  integrity: 'Backup integrity',
  history: 'Backup history',
  'drill-overdue': 'Restore drill overdue',
  drill: 'Restore drill',
  backup: 'Backup creation',
};

/** What the family's checks ask, for the body's first sentence. */
const FAMILY_QUESTIONS: Record<IssueFamily, string> = {
  freshness: 'whether there is a usable new backup',
  integrity: 'whether the newest backup is intact and restorable',
  history: 'how the backups behaved over the last days (gaps, retention)',
  'drill-overdue': 'whether a restore drill has proven these backups recently',
  drill: 'whether a restore of the backup works, step by step',
  backup: 'whether the backup job produced a backup',
};

function lead(family: IssueFamily, status: Status): string {
  // "overdue" already says how bad; "Restore drill overdue warning" would not read.
  return family === 'drill-overdue' ? FAMILY_TITLES[family] : `${FAMILY_TITLES[family]} ${status}`;
}

const MAX_TITLE = 200;

/** "Backup critical — s3://prod-backups: newest backup is 31h old (limit 25h)": what, where, how bad. */
export function issueTitle(subject: IssueSubject, status: Status = subject.status): string {
  const failing = subject.checks.filter(isFailing);
  const head = `${lead(subject.family, status)} — ${subject.name}`;
  const worst = mostTelling(subject.checks);
  if (!worst) return sanitize(head);
  const more = failing.length > 1 ? ` (+${failing.length - 1} more)` : '';
  let title = `${head}: ${truncate(summaryOf(worst), HEADLINE_PART)}${more}`;
  if (title.length > MAX_TITLE) title = `${title.slice(0, MAX_TITLE - 1)}…`;
  return sanitize(title);
}

export interface RunInfo {
  /** Link to the workflow run, when running in Actions. */
  url?: string;
  runId?: string;
  /** GITHUB_WORKFLOW: tells readers which of several Lifeboat workflows saw it. */
  workflow?: string;
  now: Date;
}

function runLink(run: RunInfo): string {
  if (!run.url) return 'a run outside GitHub Actions';
  return `[run ${run.runId}](${run.url})${run.workflow ? ` of ${run.workflow}` : ''}`;
}

function stamp(iso: string): string {
  return iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC');
}

export interface BodyInput {
  subject: IssueSubject;
  report: Report;
  run: RunInfo;
  state: IssueState;
  /** The closed issue this one follows, when the subject failed again long after a recovery. */
  follows?: { number: number; closedAt?: string | null };
}

/** GitHub refuses bodies over 65,536 characters; a drill with hundreds of assertions must still file. */
export const MAX_BODY = 65_536;

/** Failures remembered from earlier runs whose checks did not run this time. */
function carriedNote(subject: IssueSubject, state: IssueState): string | undefined {
  const ran = new Set(subject.checks.filter((c) => c.status !== 'skipped').map((c) => c.id));
  const carried = Object.entries(state.facts).filter(([id]) => !ran.has(id));
  if (carried.length === 0) return undefined;
  const list = carried.map(([id, fact]) => `\`${id}\` (${factStatus(fact)})`).join(', ');
  return `Not checked by this run, still failing as last seen: ${list}. Another workflow with other inputs checks them.`;
}

export function issueBody({ subject, report, run, state, follows }: BodyInput): string {
  const steps = nextSteps(subject.family, worstFirst(subject.checks.filter(isFailing)));
  const status = state.status;
  const head = [
    markerFor(subject.id),
    `### ${ICONS[status]} ${lead(subject.family, status)} — ${subject.name}`,
    '',
    headline(subject.checks, status === 'ok' ? undefined : steps[0]),
    '',
    `For \`${subject.source}\`${subject.database ? `, database \`${subject.database}\`` : ''}, these checks ask ${FAMILY_QUESTIONS[subject.family]}.`,
    '',
  ];
  const details: string[] = [];
  if (subject.family === 'drill') details.push(renderChecklist(report), '');
  details.push(checksMarkdown(subject.checks), '');
  const carried = carriedNote(subject, state);
  if (carried) details.push(carried, '');
  const backup = backupLine(report);
  if (backup && subject.family !== 'drill-overdue') details.push(backup, '');
  if (report.kind === 'drill' && report.rto_seconds !== undefined) {
    details.push(`Restore took ${formatDuration(report.rto_seconds)} (RTO).`, '');
  }
  const tail = [`**Run:** ${run.url ?? 'outside GitHub Actions (no run link)'}`, ''];
  if (follows) {
    const when = follows.closedAt ? ` on ${stamp(follows.closedAt)}` : '';
    tail.push(`Previously: #${follows.number} (closed${when}).`, '');
  }
  if (status !== 'ok') tail.push(nextStepsMarkdown(steps), '');
  tail.push(
    '---',
    `First seen ${stamp(state.first_seen)} · last seen ${stamp(state.last_seen)} in ${runLink(run)}.`,
    '',
    '<sub>Filed by Lifeboat; each run keeps this issue current and closes it when the checks pass. ' +
      'Close this issue or add the `lifeboat:snoozed` label to silence it until something changes: a closed ' +
      'issue is reopened only when the facts change or get worse, a snoozed one hears only of things getting ' +
      'worse, and both still hear when the checks recover. Keep the hidden markers in this body.</sub>',
    stateBlock(state),
  );
  let body = sanitize([...head, ...details, ...tail].join('\n'));
  if (body.length > MAX_BODY) {
    // The failing rows and the next steps matter; the folded passing rows and the checklist can go.
    const failing = worstFirst(subject.checks.filter(isFailing));
    const short = [
      checksMarkdown(failing.slice(0, 50)),
      '',
      `(${subject.checks.length - Math.min(failing.length, 50)} more checks are in the job summary and the JSON report.)`,
      '',
    ];
    body = sanitize([...head, ...short, ...tail].join('\n'));
  }
  return body;
}

function failingTable(subject: IssueSubject): string {
  return checksMarkdown(worstFirst(subject.checks.filter(isFailing)));
}

export interface CommentInput {
  kind: CommentKind;
  subject: IssueSubject;
  status: Status;
  run: RunInfo;
  previous?: IssueState;
  duplicateOf?: number;
  closedAt?: string | null;
}

export function issueComment({ kind, subject, status, run, previous, duplicateOf, closedAt }: CommentInput): string {
  const was = previous ? ` (was ${previous.status})` : '';
  const lines: string[] = [];
  switch (kind) {
    case 'worse':
    case 'better':
    case 'changed': {
      lines.push(
        kind === 'worse'
          ? `### ${ICONS[status]} Worse: now ${status}${was}`
          : kind === 'better'
            ? `### ${ICONS[status]} Improved but still failing: now ${status}${was}`
            : `### ${ICONS[status]} Still ${status}, the facts changed`,
        '',
      );
      if (previous) {
        const failing = subject.checks.filter(isFailing);
        const ran = new Set(subject.checks.filter((c) => c.status !== 'skipped').map((c) => c.id));
        const newly = failing.filter((c) => !(c.id in previous.facts)).map((c) => `\`${cell(c.id)}\``);
        const fixed = Object.keys(previous.facts)
          .filter((id) => ran.has(id) && !failing.some((c) => c.id === id))
          .map((id) => `\`${cell(id)}\``);
        if (newly.length) lines.push(`Newly failing: ${newly.join(', ')}.`);
        if (fixed.length) lines.push(`Now passing: ${fixed.join(', ')}.`);
        if (newly.length || fixed.length) lines.push('');
      }
      lines.push(failingTable(subject), '', `Seen in ${runLink(run)}.`);
      break;
    }
    case 'reopened': {
      const ago = closedAt
        ? ` ${formatDuration((run.now.getTime() - Date.parse(closedAt)) / 1000)} after it was closed`
        : '';
      const why =
        previous && previous.resolved_at === undefined ? ' and the facts changed since a person closed it' : '';
      lines.push(
        `### ${ICONS[status]} Failing again: ${status}`,
        '',
        `Reopening: the ${subject.family} checks fail again${ago}${why}.`,
        '',
        failingTable(subject),
        '',
        `Seen in ${runLink(run)}.`,
      );
      break;
    }
    case 'recovered':
      lines.push(
        '### ✅ Recovered',
        '',
        `All ${subject.family} checks for \`${subject.source}\`${subject.database ? ` (database \`${subject.database}\`)` : ''} pass in ${runLink(run)}.${closedAt ? '' : ' Closing this issue.'}`,
        '',
        checksMarkdown(subject.checks),
      );
      break;
    case 'duplicate':
      lines.push(
        `Duplicate of #${duplicateOf}: Lifeboat keeps this subject's story there (two issues came from one failure, e.g. an answer lost on the way back from GitHub). Closing this one.`,
      );
      break;
  }
  return sanitize(lines.join('\n'));
}
