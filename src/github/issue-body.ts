import {
  displayThreshold,
  displayValue,
  type Check,
  type CheckStatus,
  type Report,
  type Status,
  statusRank,
} from '../report/report.js';
import { formatDuration } from '../report/format.js';
import { redactSecrets } from '../util/secrets.js';
import { nextSteps } from './runbook.js';
import type { IssueSubject } from './subjects.js';

/**
 * What an issue remembers about the last facts it told people, kept in a hidden comment in its body
 * so that the next run (a fresh runner with no memory) can tell "same" from "worse".
 */
export interface IssueState {
  v: 1;
  status: Status;
  /** The facts people were last told about (see factsFingerprint). */
  fingerprint: string;
  /** Failing check id → status, as last told; to tell a new or worse failure from a change. */
  checks: Record<string, CheckStatus>;
  /** When people were last notified (issue created, comment posted). */
  notified_at: string;
  first_seen: string;
  last_seen: string;
}

const MARKER = /<!--\s*lifeboat:id=([A-Za-z0-9_-]+)\s*-->/;
const STATE = /<!--\s*lifeboat:state=(\{.*?\})\s*-->/s;

export function markerFor(id: string): string {
  return `<!-- lifeboat:id=${id} -->`;
}

export function markerId(body: string | null | undefined): string | undefined {
  return body ? MARKER.exec(body)?.[1] : undefined;
}

export function parseState(body: string | null | undefined): IssueState | undefined {
  const json = body ? STATE.exec(body)?.[1] : undefined;
  if (!json) return undefined;
  try {
    const state = JSON.parse(json) as IssueState;
    return state && state.v === 1 && typeof state.fingerprint === 'string' ? state : undefined;
  } catch {
    // Someone edited the block by hand: behave as if the issue had no memory.
    return undefined;
  }
}

function stateBlock(state: IssueState): string {
  // `>` escaped so that no value can close the HTML comment early; JSON.parse reads it back.
  return `<!-- lifeboat:state=${JSON.stringify(state).replace(/>/g, '\\u003e')} -->`;
}

const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s:@/]+):([^\s@/]+)@/gi;

/**
 * Last line of defence before text leaves for GitHub: registered secrets, and the password of any
 * connection string that slipped into a message without being registered.
 */
export function sanitize(text: string): string {
  return redactSecrets(text).replace(URL_CREDENTIALS, (_m, scheme: string, user: string) => `${scheme}${user}:***@`);
}

/**
 * Measures that change on every run while the failure stays the same (a backup 31h old is 55h old
 * the next day). Their value is not a new fact; their status is.
 */
const CONTINUOUS_MEASURES = new Set(['recency', 'drill-age', 'rto', 'rpo']);

export function failingChecks(subject: IssueSubject): Check[] {
  return subject.checks.filter((c) => c.status === 'warning' || c.status === 'critical');
}

export function factsFingerprint(subject: IssueSubject): string {
  return failingChecks(subject)
    .map((c) => {
      const value = CONTINUOUS_MEASURES.has(c.id) || displayValue(c) === undefined ? '' : `=${displayValue(c)}`;
      return `${c.id}:${c.status}${value}`;
    })
    .sort()
    .join(';');
}

export function failingStatuses(subject: IssueSubject): Record<string, CheckStatus> {
  return Object.fromEntries(failingChecks(subject).map((c) => [c.id, c.status]));
}

const FAMILY_TITLES: Record<string, string> = {
  recency: 'Backup',
  integrity: 'Backup integrity',
  drill: 'Restore drill',
  backup: 'Backup creation',
};

const ICONS: Record<CheckStatus, string> = { ok: '✅', warning: '⚠️', critical: '❌', skipped: '⏭️' };

function familyTitle(family: string): string {
  return FAMILY_TITLES[family] ?? `Lifeboat ${family}`;
}

/** Worst failing check first; among equals the report's order (the more fundamental check first). */
function worstFirst(checks: Check[]): Check[] {
  return checks
    .map((c, i) => ({ c, i }))
    .sort((a, b) => statusRank(b.c.status) - statusRank(a.c.status) || a.i - b.i)
    .map(({ c }) => c);
}

const MAX_TITLE = 200;

/** "Backup critical — s3://prod-backups: newest backup is 31h old (limit 25h)": what, where, how bad. */
export function issueTitle(subject: IssueSubject): string {
  const failing = worstFirst(failingChecks(subject));
  const lead = `${familyTitle(subject.family)} ${subject.status} — ${subject.name}`;
  if (failing.length === 0) return sanitize(lead);
  const summary = oneLine(failing[0].summary).replace(/\.$/, '');
  const more = failing.length > 1 ? ` (+${failing.length - 1} more)` : '';
  let title = `${lead}: ${summary}${more}`;
  if (title.length > MAX_TITLE) title = `${title.slice(0, MAX_TITLE - 1)}…`;
  return sanitize(title);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function cell(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  // A stray `<!--` in a cell would hide the rest of the body from readers.
  return oneLine(String(value)).replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

export function checkTable(checks: Check[]): string {
  const rows = checks.map(
    (c) =>
      `| \`${cell(c.id)}\` | ${ICONS[c.status]} ${c.status} | ${cell(displayValue(c))} | ${cell(displayThreshold(c))} | ${cell(c.summary)} |`,
  );
  return ['| Check | Status | Value | Threshold | Summary |', '|---|---|---|---|---|', ...rows].join('\n');
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

function backupLine(report: Report): string | undefined {
  const b = report.backup;
  if (!b) return undefined;
  const size = Number.isFinite(b.size) ? `, ${formatBytes(b.size)}` : '';
  return `Backup: \`${cell(b.key)}\` taken ${stamp(b.time)}${size}`;
}

function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${u === 0 ? v : v.toFixed(1)} ${units[u]}`;
}

export interface BodyInput {
  subject: IssueSubject;
  report: Report;
  run: RunInfo;
  state: IssueState;
  /** The closed issue this one follows, when the subject failed again long after a recovery. */
  previous?: { number: number; closedAt?: string | null };
}

export function issueBody({ subject, report, run, state, previous }: BodyInput): string {
  const failing = worstFirst(failingChecks(subject));
  const lines: string[] = [
    markerFor(subject.id),
    `### ${ICONS[subject.status]} ${familyTitle(subject.family)} ${subject.status} — ${subject.name}`,
    '',
    `Lifeboat's **${subject.family}** checks for \`${subject.source}\` are failing.`,
    '',
    checkTable(subject.checks),
    '',
  ];
  const backup = report.kind === 'verify' ? backupLine(report) : undefined;
  if (backup) lines.push(backup, '');
  if (report.kind === 'drill' && report.rto_seconds !== undefined) {
    lines.push(`Restore took ${formatDuration(report.rto_seconds)} (RTO).`, '');
  }
  lines.push(`**Run:** ${run.url ?? 'outside GitHub Actions (no run link)'}`, '');
  if (previous) {
    const when = previous.closedAt ? ` on ${stamp(previous.closedAt)}` : '';
    lines.push(`Previously: #${previous.number} (closed${when}).`, '');
  }
  lines.push('### What to do next', '');
  nextSteps(subject.family, failing).forEach((step, i) => lines.push(`${i + 1}. ${step}`));
  lines.push(
    '',
    '---',
    `First seen ${stamp(state.first_seen)} · last seen ${stamp(state.last_seen)} in ${runLink(run)}.`,
    '',
    '<sub>Filed by Lifeboat. Each run keeps this issue current and closes it when the checks pass; keep the hidden markers in this body.</sub>',
    stateBlock(state),
  );
  return sanitize(lines.join('\n'));
}

export type ChangeKind = 'worse' | 'better' | 'changed';

export function changeComment(
  kind: ChangeKind,
  subject: IssueSubject,
  previous: IssueState | undefined,
  run: RunInfo,
): string {
  const failing = worstFirst(failingChecks(subject));
  const was = previous ? ` (was ${previous.status})` : '';
  const heading =
    kind === 'worse'
      ? `### ${ICONS[subject.status]} Worse: now ${subject.status}${was}`
      : kind === 'better'
        ? `### ${ICONS[subject.status]} Improved but still failing: now ${subject.status}${was}`
        : `### ${ICONS[subject.status]} Still ${subject.status}, the facts changed`;
  const lines = [heading, ''];
  if (previous) {
    const newly = failing.filter((c) => !(c.id in previous.checks)).map((c) => `\`${c.id}\``);
    const fixed = Object.keys(previous.checks)
      .filter((id) => !failing.some((c) => c.id === id))
      .map((id) => `\`${id}\``);
    if (newly.length) lines.push(`Newly failing: ${newly.join(', ')}.`);
    if (fixed.length) lines.push(`Now passing: ${fixed.join(', ')}.`);
    if (newly.length || fixed.length) lines.push('');
  }
  lines.push(checkTable(failing), '', `Seen in ${runLink(run)}.`);
  return sanitize(lines.join('\n'));
}

export function reopenComment(subject: IssueSubject, closedAt: string | null | undefined, run: RunInfo): string {
  const ago = closedAt
    ? ` ${formatDuration((run.now.getTime() - Date.parse(closedAt)) / 1000)} after it was closed`
    : '';
  return sanitize(
    [
      `### ${ICONS[subject.status]} Failing again: ${subject.status}`,
      '',
      `Reopening: the ${subject.family} checks fail again${ago}.`,
      '',
      checkTable(worstFirst(failingChecks(subject))),
      '',
      `Seen in ${runLink(run)}.`,
    ].join('\n'),
  );
}

export function recoveredComment(subject: IssueSubject, run: RunInfo): string {
  return sanitize(
    [
      '### ✅ Recovered',
      '',
      `All ${subject.family} checks for \`${subject.source}\` pass in ${runLink(run)}. Closing this issue.`,
      '',
      checkTable(subject.checks),
    ].join('\n'),
  );
}
