import { describe, expect, it } from 'vitest';
import { issueTitle } from '../../src/github/issue-body.js';
import { type IssuePlan, type TrackedIssue, planIssue } from '../../src/github/issue-plan.js';
import type { IssueState } from '../../src/github/issue-state.js';
import { type IssueSubject, subjectsFor } from '../../src/github/subjects.js';
import type { Check } from '../../src/report/report.js';
import { ok, recency, skipped, verifyReport } from './fixtures.js';

const T0 = new Date('2025-03-01T09:00:00Z');
const hours = (h: number) => new Date(T0.getTime() + h * 3_600_000);
const iso = (h: number) => hours(h).toISOString();

const size = (status: Check['status'], value: number): Check => ({
  id: 'size',
  status,
  value,
  summary: `newest backup is ${value} B`,
});
const retention = (status: Check['status']): Check => ({ id: 'retention', status, summary: 'oldest backup is 3d old' });

function subject(checks: Check[], family = 'freshness'): IssueSubject {
  return subjectsFor(verifyReport(checks)).find((s) => s.family === family)!;
}

function memory(facts: Record<string, string>, extra: Partial<IssueState> = {}): IssueState {
  const status = Object.values(facts).some((f) => f.startsWith('critical')) ? 'critical' : 'warning';
  return { v: 2, status, facts, notified_at: iso(0), first_seen: iso(0), last_seen: iso(0), ...extra };
}

function issue(
  number: number,
  facts: Record<string, string>,
  extra: Partial<TrackedIssue> = {},
  state: Partial<IssueState> = {},
): TrackedIssue {
  return {
    number,
    title: 'old title',
    state: 'open',
    labels: ['lifeboat', `severity:${memory(facts).status}`],
    createdAt: iso(0),
    memory: memory(facts, state),
    ...extra,
  };
}

const plan = (s: IssueSubject, issues: TrackedIssue[], at: number, labels?: string[]): IssuePlan =>
  planIssue(s, issues, hours(at), { title: issueTitle, labels });
const ops = (p: IssuePlan) =>
  p.steps.map(
    (s) =>
      `${s.op}#${'number' in s ? s.number : 'new'}${s.op === 'comment' ? `:${s.kind}` : ''}${s.op === 'close' ? `:${s.reason}` : ''}`,
  );

describe('planIssue', () => {
  it('first failure: one create, titled and labelled by how bad it is', () => {
    const p = plan(subject([ok('store'), recency('critical', 31)]), [], 0, ['ops']);
    expect(p.outcome).toBe('created');
    expect(p.steps).toEqual([
      {
        op: 'create',
        title: 'Backup critical — s3://prod-backups/db: newest backup is 31h old (limit 25h)',
        labels: ['lifeboat', 'severity:critical', 'ops'],
        state: {
          v: 2,
          status: 'critical',
          facts: { recency: 'critical' },
          notified_at: iso(0),
          first_seen: iso(0),
          last_seen: iso(0),
        },
      },
    ]);
  });

  it('nothing at all when the family did not run, or is ok with no issue', () => {
    expect(plan(subject([skipped('store'), skipped('recency')]), [issue(1, { recency: 'critical' })], 1).steps).toEqual(
      [],
    );
    expect(plan(subject([ok('store'), recency('ok', 2)]), [], 1).steps).toEqual([]);
  });

  const table: Array<[string, Check[], TrackedIssue[], number, string[], IssuePlan['outcome']]> = [
    [
      'same facts an hour later: body only',
      [recency('critical', 32)],
      [issue(1, { recency: 'critical' })],
      1,
      ['update#1'],
      'updated',
    ],
    [
      'an age moving on is not a new fact, even a day later',
      [recency('critical', 56)],
      [issue(1, { recency: 'critical' })],
      25,
      ['update#1'],
      'updated',
    ],
    [
      'worse status: comment at once',
      [recency('critical', 31)],
      [issue(1, { recency: 'warning' })],
      1,
      ['comment#1:worse', 'update#1'],
      'commented',
    ],
    [
      'a newly failing check is worse',
      [recency('warning', 24), size('warning', 300)],
      [issue(1, { recency: 'warning' })],
      1,
      ['comment#1:worse', 'update#1'],
      'commented',
    ],
    [
      'better but still failing: comment',
      [recency('warning', 24)],
      [issue(1, { recency: 'critical' })],
      1,
      ['comment#1:better', 'update#1'],
      'commented',
    ],
    [
      'a changed fact of the same status: silent within a day',
      [size('warning', 200)],
      [issue(1, { size: 'warning=300' })],
      2,
      ['update#1'],
      'updated',
    ],
    [
      '… and one comment after a day',
      [size('warning', 200)],
      [issue(1, { size: 'warning=300' })],
      24,
      ['comment#1:changed', 'update#1'],
      'commented',
    ],
    [
      'recovered: comment, then close',
      [recency('ok', 2)],
      [issue(1, { recency: 'critical' })],
      30,
      ['comment#1:recovered', 'close#1:completed'],
      'closed',
    ],
    [
      'recovered: every open issue with the marker is closed',
      [recency('ok', 2)],
      [issue(1, { recency: 'critical' }), issue(2, { recency: 'critical' })],
      30,
      ['comment#1:recovered', 'close#1:completed', 'comment#2:recovered', 'close#2:completed'],
      'closed',
    ],
    [
      'duplicates while failing: the oldest stays, the others are closed as duplicates',
      [recency('critical', 31)],
      [issue(3, { recency: 'critical' }), issue(2, { recency: 'critical' })],
      1,
      ['comment#3:duplicate', 'close#3:not_planned', 'update#2'],
      'updated',
    ],
    [
      'closed by Lifeboat, failing again within a week: reopen',
      [recency('critical', 31)],
      [issue(1, { recency: 'critical' }, { state: 'closed', closedAt: iso(0) }, { resolved_at: iso(0) })],
      48,
      ['reopen#1', 'comment#1:reopened'],
      'reopened',
    ],
    [
      'closed by Lifeboat more than a week ago: a new issue',
      [recency('critical', 31)],
      [issue(1, { recency: 'critical' }, { state: 'closed', closedAt: iso(0) }, { resolved_at: iso(0) })],
      8 * 24 + 1,
      ['create#new'],
      'created',
    ],
    [
      'closed by a person with the facts unchanged: respected',
      [recency('critical', 40)],
      [issue(1, { recency: 'critical' }, { state: 'closed', closedAt: iso(1) })],
      24,
      [],
      'none',
    ],
    [
      'closed by a person, then worse: reopened',
      [recency('critical', 40), size('warning', 10)],
      [issue(1, { recency: 'critical' }, { state: 'closed', closedAt: iso(1) })],
      24,
      ['reopen#1', 'comment#1:reopened'],
      'reopened',
    ],
    [
      'closed by a person, then recovered: the recovery comment still lands, the issue stays closed',
      [recency('ok', 1)],
      [issue(1, { recency: 'critical' }, { state: 'closed', closedAt: iso(1) })],
      24,
      ['comment#1:recovered', 'update#1'],
      'commented',
    ],
    [
      'snoozed: a changed fact of the same status a day later stays silent',
      [size('warning', 200)],
      [issue(1, { size: 'warning=300' }, { labels: ['lifeboat', 'severity:warning', 'lifeboat:snoozed'] })],
      25,
      ['update#1'],
      'updated',
    ],
    [
      'snoozed: worse still comments',
      [size('critical', 0)],
      [issue(1, { size: 'warning=300' }, { labels: ['lifeboat', 'severity:warning', 'lifeboat:snoozed'] })],
      2,
      ['comment#1:worse', 'update#1'],
      'commented',
    ],
    [
      'snoozed: recovery comments and closes',
      [size('ok', 9000)],
      [issue(1, { size: 'warning=300' }, { labels: ['lifeboat', 'severity:warning', 'lifeboat:snoozed'] })],
      2,
      ['comment#1:recovered', 'close#1:completed'],
      'closed',
    ],
  ];

  it.each(table)('%s', (_name, checks, issues, at, expected, outcome) => {
    const p = plan(subject(checks), issues, at);
    expect(ops(p)).toEqual(expected);
    expect(p.outcome).toBe(outcome);
  });

  it('retitles and relabels when the severity changes, keeping labels people added', () => {
    const p = plan(
      subject([recency('critical', 31)]),
      [issue(1, { recency: 'warning' }, { labels: ['lifeboat', 'severity:warning', 'triaged'] })],
      1,
    );
    expect(p.steps.at(-1)).toMatchObject({
      op: 'update',
      title: 'Backup critical — s3://prod-backups/db: newest backup is 31h old (limit 25h)',
      labels: ['lifeboat', 'triaged', 'severity:critical'],
    });
  });

  it('a person-closed issue is remembered as such; a Lifeboat close records the recovery', () => {
    const closing = plan(subject([recency('ok', 2)]), [issue(1, { recency: 'critical' })], 30);
    expect(closing.steps[1]).toMatchObject({ op: 'close', state: { status: 'ok', facts: {}, resolved_at: iso(30) } });
  });
});

describe('a check that did not run never changes a subject', () => {
  const history = (checks: Check[]) => subject(checks, 'history');

  it('a run without min-retention neither closes nor "improves" a retention issue', () => {
    const open = issue(1, { retention: 'warning' });
    // The other workflow: gaps ok, no retention check at all.
    const other = plan(history([{ id: 'gaps', status: 'ok', summary: 'no gaps' }]), [open], 2);
    expect(other.steps).toEqual([]);
    expect(other.outcome).toBe('none');
    // The same workflow again: unchanged, body only.
    expect(ops(plan(history([ok('gaps'), retention('warning')]), [open], 3))).toEqual(['update#1']);
  });

  it('a new failure keeps the unchecked one in the facts, so the status stays the worst known', () => {
    const open = issue(1, { retention: 'warning' });
    const p = plan(history([{ id: 'gaps', status: 'warning', value: 1, summary: '1 gap' }]), [open], 2);
    expect(ops(p)).toEqual(['comment#1:worse', 'update#1']);
    expect(p.steps.at(-1)).toMatchObject({ state: { facts: { retention: 'warning', gaps: 'warning=1' } } });
  });

  it('alternating configurations that both pass file nothing', () => {
    const a = plan(history([ok('gaps')]), [], 0);
    const b = plan(history([ok('gaps'), retention('ok')]), [], 1);
    expect([a.steps, b.steps]).toEqual([[], []]);
  });
});
