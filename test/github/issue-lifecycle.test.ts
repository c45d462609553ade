import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportIssues } from '../../src/github/issue-reporter.js';
import { memoryLogger } from '../../src/util/logger.js';
import { type GitHubApi, startGitHubApi } from '../support/github-api.js';
import { context, lifeboatIssues, ok, recency, skipped, verifyReport } from './fixtures.js';

let api: GitHubApi;

beforeEach(async () => {
  api = await startGitHubApi();
});

afterEach(async () => {
  await api.close();
});

const DAY = 86_400_000;

describe('issue lifecycle', () => {
  it('fail → fail (same) → fail (worse) → ok → fail: one issue, commented, closed, reopened', async () => {
    const logger = memoryLogger();
    const t0 = new Date('2025-01-19T09:00:00Z');
    const at = (hours: number) => new Date(t0.getTime() + hours * 3_600_000);

    // 1. First failure: a new issue that says what and how bad.
    const first = await reportIssues(
      verifyReport([ok('store'), ok('exists'), recency('warning', 24), ok('checksum')]),
      context(api, { runId: '101', now: at(0) }),
      logger,
    );
    expect(first.actions).toEqual([
      expect.objectContaining({ family: 'freshness', action: 'created', number: 1 }),
      expect.objectContaining({ family: 'integrity', action: 'none' }),
    ]);
    expect(first.issueNumber).toBe(1);
    let issues = lifeboatIssues(api);
    expect(issues).toHaveLength(1);
    const issue = issues[0];
    expect(issue.title).toBe('Backup warning — s3://prod-backups/db: newest backup is 24h old (limit 25h)');
    expect(issue.body).toContain('| ⚠️ | `recency` | newest backup is 24h old (limit 25h) | 24h | 23h/25h |');
    expect(issue.body).toContain('close this issue or add the `lifeboat:snoozed` label'.replace('close', 'Close'));
    expect(issue.body).toContain('https://github.com/acme/app/actions/runs/101');
    expect(issue.body).toContain('### What to do next');
    expect(issue.body).toMatch(/Take a backup by hand now/);
    expect(issue.body).toMatch(/<!-- lifeboat:id=[0-9a-f]{16} -->/);
    expect(issue.body).toMatch(/<!-- lifeboat:state=\{.*"status":"warning".*\} -->/);
    // Checks of the other family stay out of this issue.
    expect(issue.body).not.toContain('`checksum`');
    expect(issue.labels.sort()).toEqual(['lifeboat', 'severity:warning']);
    expect(api.commentsOn(1)).toHaveLength(0);
    // Labels are created with Lifeboat's colours, not GitHub's grey default.
    expect(api.state.labels.find((l) => l.name === 'severity:warning')?.color).toBe('fbca04');
    expect(api.state.labels.find((l) => l.name === 'lifeboat')?.color).toBe('1d76db');

    // 2. Same facts an hour later: no comment, the body's "last seen" moves on.
    const second = await reportIssues(
      verifyReport([ok('store'), ok('exists'), recency('warning', 24), ok('checksum')]),
      context(api, { runId: '102', now: at(1) }),
      logger,
    );
    expect(second.actions[0]).toMatchObject({ action: 'updated', number: 1 });
    expect(api.commentsOn(1)).toHaveLength(0);
    expect(issue.body).toContain(
      'last seen 2025-01-19 10:00 UTC in [run 102](https://github.com/acme/app/actions/runs/102)',
    );
    expect(issue.body).toContain('First seen 2025-01-19 09:00 UTC');
    expect(issue.state).toBe('open');

    // 3. Worse: one comment, retitled, severity label swapped.
    const third = await reportIssues(
      verifyReport([ok('store'), ok('exists'), recency('critical', 31), ok('checksum')]),
      context(api, { runId: '103', now: at(7) }),
      logger,
    );
    expect(third.actions[0]).toMatchObject({ action: 'commented', number: 1 });
    let comments = api.commentsOn(1);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('Worse: now critical (was warning)');
    expect(comments[0].body).toContain('newest backup is 31h old');
    expect(comments[0].body).toContain('https://github.com/acme/app/actions/runs/103');
    expect(issue.title).toBe('Backup critical — s3://prod-backups/db: newest backup is 31h old (limit 25h)');
    expect(issue.labels.sort()).toEqual(['lifeboat', 'severity:critical']);
    expect(api.state.labels.find((l) => l.name === 'severity:critical')?.color).toBe('b60205');

    // 4. Recovered: a comment with the run link, closed as completed.
    const fourth = await reportIssues(
      verifyReport([ok('store'), ok('exists'), recency('ok', 2), ok('checksum')]),
      context(api, { runId: '104', now: at(26) }),
      logger,
    );
    expect(fourth.actions[0]).toMatchObject({ action: 'closed', number: 1 });
    comments = api.commentsOn(1);
    expect(comments).toHaveLength(2);
    expect(comments[1].body).toContain('Recovered');
    expect(comments[1].body).toContain('https://github.com/acme/app/actions/runs/104');
    expect(issue.state).toBe('closed');
    expect(issue.state_reason).toBe('completed');

    // 5. Failing again within 7 days: the same issue is reopened, not a new one.
    const fifth = await reportIssues(
      verifyReport([ok('store'), ok('exists'), recency('critical', 30), ok('checksum')]),
      context(api, { runId: '105', now: new Date(Date.now() + 2 * DAY) }),
      logger,
    );
    expect(fifth.actions[0]).toMatchObject({ action: 'reopened', number: 1 });
    issues = lifeboatIssues(api);
    expect(issues).toHaveLength(1);
    expect(issue.state).toBe('open');
    comments = api.commentsOn(1);
    expect(comments).toHaveLength(3);
    expect(comments[2].body).toContain('Failing again: critical');
    expect(comments[2].body).toContain('https://github.com/acme/app/actions/runs/105');
    expect(issue.labels.sort()).toEqual(['lifeboat', 'severity:critical']);
    expect(issue.body).toContain('[run 105]');

    // Issues were only ever written through the issue endpoints, never found through search.
    expect(api.state.requests.some((r) => r.path.startsWith('/search'))).toBe(false);
    expect(logger.lines.filter((l) => l.startsWith('warning'))).toEqual([]);
  });

  it('opens a new issue linking the old one when it fails again more than 7 days after a close', async () => {
    const logger = memoryLogger();
    await reportIssues(verifyReport([recency('critical', 30)]), context(api), logger);
    await reportIssues(verifyReport([recency('ok', 1)]), context(api), logger);
    expect(api.state.issues[0].state).toBe('closed');

    const later = await reportIssues(
      verifyReport([recency('warning', 24)]),
      context(api, { runId: '300', now: new Date(Date.now() + 8 * DAY) }),
      logger,
    );
    expect(later.actions[0]).toMatchObject({ action: 'created', number: 2 });
    const [old, fresh] = lifeboatIssues(api);
    expect(old.state).toBe('closed');
    expect(fresh.state).toBe('open');
    expect(fresh.body).toContain('Previously: #1');
    expect(fresh.labels.sort()).toEqual(['lifeboat', 'severity:warning']);
  });

  it('comments on a changed fact of the same severity at most once a day', async () => {
    const logger = memoryLogger();
    const t0 = new Date('2025-02-01T06:00:00Z');
    const size = (kib: number) => ({
      id: 'size',
      status: 'warning' as const,
      display: { value: `${kib} KiB`, threshold: '50% of median' },
      summary: `newest backup is ${kib} KiB, below half the median`,
    });
    await reportIssues(verifyReport([size(400)]), context(api, { now: t0 }), logger);
    // Different value, same status, two hours later: the body changes, nobody is pinged.
    const soon = await reportIssues(
      verifyReport([size(300)]),
      context(api, { now: new Date(t0.getTime() + 2 * 3_600_000) }),
      logger,
    );
    expect(soon.actions[0].action).toBe('updated');
    expect(api.commentsOn(1)).toHaveLength(0);
    expect(api.state.issues[0].body).toContain('300 KiB');
    // A day later the still-different facts are worth one comment.
    const nextDay = await reportIssues(
      verifyReport([size(300)]),
      context(api, { now: new Date(t0.getTime() + 24 * 3_600_000) }),
      logger,
    );
    expect(nextDay.actions[0].action).toBe('commented');
    expect(api.commentsOn(1).map((c) => c.body)).toEqual([expect.stringContaining('the facts changed')]);
  });

  it('a newly failing check of the same family is worse: comment at once', async () => {
    const logger = memoryLogger();
    await reportIssues(verifyReport([recency('warning', 24), ok('size')]), context(api), logger);
    const size = {
      id: 'size',
      status: 'warning' as const,
      value: 300,
      unit: 'bytes' as const,
      summary: 'newest backup is 300 B, below 1 KiB',
    };
    const next = await reportIssues(verifyReport([recency('warning', 24), size]), context(api), logger);
    expect(next.actions[0].action).toBe('commented');
    const [comment] = api.commentsOn(1);
    expect(comment.body).toContain('Newly failing: `size`');
    expect(api.state.issues[0].title).toContain('(+1 more)');
  });

  it('two subjects failing at once get two issues; an unrelated lifeboat issue is never touched', async () => {
    const unrelated = api.addIssue({
      title: 'Discuss backup retention policy',
      body: 'We should keep 30 days. Filed by a human.',
      labels: ['lifeboat'],
    });
    const logger = memoryLogger();
    const checksum = {
      id: 'checksum',
      status: 'critical' as const,
      display: { value: 'mismatch' },
      summary: 'sha256 does not match the manifest',
    };
    const result = await reportIssues(verifyReport([recency('critical', 40), checksum]), context(api), logger);
    expect(result.actions.map((a) => [a.family, a.action])).toEqual([
      ['freshness', 'created'],
      ['integrity', 'created'],
    ]);
    const issues = lifeboatIssues(api);
    expect(issues).toHaveLength(2);
    expect(issues.map((i) => i.title)).toEqual([
      'Backup critical — s3://prod-backups/db: newest backup is 40h old (limit 25h)',
      'Backup integrity critical — s3://prod-backups/db: sha256 does not match the manifest',
    ]);
    const ids = issues.map((i) => /lifeboat:id=(\w+)/.exec(i.body ?? '')?.[1]);
    expect(new Set(ids).size).toBe(2);

    // A second run recovering both closes both and still leaves the human's issue alone.
    await reportIssues(verifyReport([recency('ok', 3), ok('checksum')]), context(api), logger);
    expect(lifeboatIssues(api).map((i) => i.state)).toEqual(['closed', 'closed']);
    expect(unrelated).toMatchObject({
      state: 'open',
      title: 'Discuss backup retention policy',
      body: 'We should keep 30 days. Filed by a human.',
      labels: ['lifeboat'],
    });
    expect(api.commentsOn(unrelated.number)).toHaveLength(0);
    expect(api.writes().some((r) => r.path.includes(`/issues/${unrelated.number}`))).toBe(false);
  });

  it('finds its issue on page 2 of 150 open lifeboat issues', async () => {
    const logger = memoryLogger();
    await reportIssues(verifyReport([recency('warning', 24)]), context(api), logger);
    // Newer issues push #1 to the second page of the newest-first listing.
    api.seedIssues(150);
    const result = await reportIssues(verifyReport([recency('critical', 30)]), context(api), logger);
    expect(result.actions[0]).toMatchObject({ action: 'commented', number: 1 });
    expect(lifeboatIssues(api)).toHaveLength(1);
    expect(api.commentsOn(1)).toHaveLength(1);
    const lists = api.state.requests.filter((r) => r.method === 'GET' && /\/issues\?/.test(r.path)).slice(-2);
    expect(lists[0].path).toMatch(/state=all/);
    expect(lists[0].path).toMatch(/labels=lifeboat/);
    expect(lists[0].path).toMatch(/per_page=100/);
    expect(lists[1].path).toMatch(/page=2/);
  });

  it('never mistakes a pull request carrying the marker for its issue', async () => {
    const logger = memoryLogger();
    await reportIssues(verifyReport([recency('warning', 24)]), context(api), logger);
    const marker = api.state.issues[0].body!;
    api.state.issues[0].state = 'closed';
    api.state.issues[0].closed_at = new Date(Date.now() - 30 * DAY).toISOString();
    const pr = api.addIssue({
      title: 'Copy of the issue text',
      body: marker,
      labels: ['lifeboat'],
      pull_request: true,
    });
    const result = await reportIssues(verifyReport([recency('critical', 30)]), context(api), logger);
    expect(result.actions[0]).toMatchObject({ action: 'created' });
    expect(result.actions[0].number).not.toBe(pr.number);
    expect(api.writes().some((r) => r.path.includes(`/issues/${pr.number}`))).toBe(false);
  });

  it('leaves an open issue alone when its checks could not run this time', async () => {
    const logger = memoryLogger();
    const checksum = { id: 'checksum', status: 'critical' as const, summary: 'sha256 does not match the manifest' };
    await reportIssues(verifyReport([recency('ok', 2), checksum]), context(api), logger);
    const integrity = lifeboatIssues(api)[0];
    const store = { id: 'store', status: 'critical' as const, summary: 'cannot list the bucket: s3:ListBucket denied' };
    const result = await reportIssues(
      verifyReport([store, skipped('recency'), skipped('checksum'), skipped('content')]),
      context(api),
      logger,
    );
    expect(result.actions.find((a) => a.family === 'integrity')).toMatchObject({
      action: 'none',
      number: integrity.number,
    });
    expect(integrity.state).toBe('open');
    expect(api.commentsOn(integrity.number)).toHaveLength(0);
    const recencyIssue = lifeboatIssues(api).find((i) => i.number !== integrity.number);
    expect(recencyIssue?.title).toBe(
      'Backup critical — s3://prod-backups/db: cannot list the bucket: s3:ListBucket denied',
    );
    expect(recencyIssue?.body).toContain('s3:ListBucket');
  });

  it('adds user labels and assignees on create, and keeps labels people added when severity changes', async () => {
    const logger = memoryLogger();
    await reportIssues(
      verifyReport([recency('warning', 24)]),
      context(api, { labels: ['ops', 'backups'], assignees: ['alice', 'bob'], name: 'prod backups' }),
      logger,
    );
    const issue = api.state.issues[0];
    expect(issue.title).toBe('Backup warning — prod backups: newest backup is 24h old (limit 25h)');
    expect(issue.labels.sort()).toEqual(['backups', 'lifeboat', 'ops', 'severity:warning']);
    expect(issue.assignees).toEqual(['alice', 'bob']);
    issue.labels.push('triaged');
    await reportIssues(
      verifyReport([recency('critical', 30)]),
      context(api, { labels: ['ops', 'backups'], assignees: ['alice', 'bob'], name: 'prod backups' }),
      logger,
    );
    expect(issue.labels.sort()).toEqual(['backups', 'lifeboat', 'ops', 'severity:critical', 'triaged']);
  });

  it('files drill and backup reports under their own families', async () => {
    const logger = memoryLogger();
    const drill = {
      ...verifyReport([
        { id: 'restore', status: 'critical' as const, summary: 'pg_restore failed: relation "items" already exists' },
        {
          id: 'rto',
          status: 'ok' as const,
          value: 720,
          threshold: 3600,
          unit: 'seconds' as const,
          summary: 'restore took 12m',
        },
      ]),
      kind: 'drill' as const,
    };
    const result = await reportIssues(drill, context(api), logger);
    expect(result.actions).toEqual([expect.objectContaining({ family: 'drill', action: 'created' })]);
    expect(api.state.issues[0].title).toBe(
      'Restore drill critical — s3://prod-backups/db: pg_restore failed: relation "items" already exists',
    );
    expect(api.state.issues[0].body).toContain('dispatch `restore-drill` again');
  });
});
