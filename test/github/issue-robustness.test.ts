import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  GitHubPermissionError,
  IssueReportError,
  issueContextFromEnv,
  parseListInput,
  reportIssues,
  reportIssuesOrWarn,
} from '../../src/github/issue-reporter.js';
import { createGitHubClient } from '../../src/github/github-client.js';
import type { Check } from '../../src/report/report.js';
import { memoryLogger } from '../../src/util/logger.js';
import { addSecret, clearSecretsForTests } from '../../src/util/secrets.js';
import { type GitHubApi, startGitHubApi } from '../support/github-api.js';
import { context, lifeboatIssues, recency, verifyReport } from './fixtures.js';

let api: GitHubApi;

beforeEach(async () => {
  api = await startGitHubApi();
});

afterEach(async () => {
  clearSecretsForTests();
  await api.close();
});

const posts = (path: RegExp) => api.state.requests.filter((r) => r.method === 'POST' && path.test(r.path));

describe('permissions', () => {
  it('a 403 on create names the missing `issues: write` permission', async () => {
    api.failNext('POST', /\/issues$/, 403);
    const error = await reportIssues(verifyReport([recency('critical', 30)]), context(api), memoryLogger()).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GitHubPermissionError);
    expect((error as Error).message).toContain('`issues: write`');
    expect((error as Error).message).toContain('Resource not accessible by integration');
    // A permission error is not retried: retrying cannot grant the permission.
    expect(posts(/\/issues$/)).toHaveLength(1);
    expect(lifeboatIssues(api)).toHaveLength(0);
  });

  it('reportIssuesOrWarn turns the 403 into a warning and returns no issue', async () => {
    api.failNext('POST', /\/issues$/, 403);
    const logger = memoryLogger();
    const result = await reportIssuesOrWarn(verifyReport([recency('critical', 30)]), context(api), logger);
    expect(result).toBeUndefined();
    const warnings = logger.lines.filter((l) => l.startsWith('warning:'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('issues: write');
    expect(warnings[0]).toContain('verdict is unaffected');
  });

  it('reportIssuesOrWarn warns when the API is down for longer than the retry budget', async () => {
    api.failNext('GET', /\/issues$/, 503, {}, 100);
    const logger = memoryLogger();
    const started = Date.now();
    const result = await reportIssuesOrWarn(
      verifyReport([recency('critical', 30)]),
      context(api, { maxRetryMs: 1500 }),
      logger,
    );
    expect(result).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(5000);
    // An outage is not a permission problem: the warning says GitHub did not answer, and nothing about permissions.
    const warning = logger.lines.find((l) => l.startsWith('warning:'));
    expect(warning).toBe(
      'warning: Issue not filed: GitHub did not answer while Lifeboat tried to list issues (HTTP 503: Server Error). The next run catches up. The verdict is unaffected.',
    );
  });
});

describe('warnings name the real cause', () => {
  it('a rate limit outlasting the retry budget: the reset time, and no word about permissions', async () => {
    const reset = Math.floor(Date.parse('2030-01-01T10:42:00Z') / 1000);
    api.failNext('GET', /\/issues$/, 403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) });
    const logger = memoryLogger();
    const result = await reportIssuesOrWarn(verifyReport([recency('critical', 30)]), context(api), logger);
    expect(result).toBeUndefined();
    const warning = logger.lines.find((l) => l.startsWith('warning:'));
    expect(warning).toContain("GitHub's rate limit stopped Lifeboat from being able to list issues");
    expect(warning).toContain('it resets at 2030-01-01 10:42 UTC');
    expect(warning).not.toMatch(/permission|issues: write/);
  });

  it('a 404 without rate-limit trouble is a permission (or disabled issues), and says so', async () => {
    api.failNext('POST', /\/issues$/, 404, {}, 1, { message: 'Not Found', status: '404' });
    const logger = memoryLogger();
    await reportIssuesOrWarn(verifyReport([recency('critical', 30)]), context(api), logger);
    const warning = logger.lines.find((l) => l.startsWith('warning:'));
    expect(warning).toContain('`issues: write`');
    expect(warning).toContain('the token cannot see acme/app, or its issues are disabled');
  });

  it('a 422 on a label GitHub refuses quotes its errors[].message and still files the issue', async () => {
    const logger = memoryLogger();
    const long = 'x'.repeat(51);
    await reportIssues(verifyReport([recency('critical', 30)]), context(api, { labels: [long, 'ops'] }), logger);
    expect(lifeboatIssues(api)).toHaveLength(1);
    expect(api.state.issues[0].labels.sort()).toEqual(['lifeboat', 'ops', 'severity:critical']);
    expect(logger.lines.filter((l) => l.startsWith('warning:'))).toEqual([
      `warning: GitHub refused the label "${long}": name is too long (maximum is 50 characters). Filing the issue without it.`,
    ]);
  });

  it('a body over 65,536 characters is cut to the failing checks instead of being refused', async () => {
    const many = Array.from({ length: 900 }, (_, i) => ({
      id: `size`,
      status: 'ok' as const,
      summary: `ok check number ${i} with a long explanation `.repeat(3),
    }));
    await reportIssues(verifyReport([recency('critical', 30), ...many]), context(api), memoryLogger());
    const [issue] = lifeboatIssues(api);
    expect(issue.body!.length).toBeLessThanOrEqual(65_536);
    expect(issue.body).toContain('newest backup is 30h old');
  });
});

describe('rate limits and server errors', () => {
  it('a 429 with retry-after: 1 is retried after a second and files exactly one issue', async () => {
    api.failNext('POST', /\/issues$/, 429, { 'retry-after': '1' });
    const started = Date.now();
    const result = await reportIssues(verifyReport([recency('critical', 30)]), context(api), memoryLogger());
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(result.actions[0]).toMatchObject({ action: 'created', number: 1 });
    expect(posts(/\/issues$/)).toHaveLength(2);
    expect(lifeboatIssues(api)).toHaveLength(1);
  });

  it('a secondary rate limit (403 + retry-after) on a comment is retried, not taken for a permission error', async () => {
    const logger = memoryLogger();
    await reportIssues(verifyReport([recency('warning', 24)]), context(api), logger);
    api.failNext('POST', /\/comments$/, 403, { 'retry-after': '1' });
    const result = await reportIssues(verifyReport([recency('critical', 30)]), context(api), logger);
    expect(result.actions[0]).toMatchObject({ action: 'commented', number: 1 });
    expect(posts(/\/comments$/)).toHaveLength(2);
    expect(api.commentsOn(1)).toHaveLength(1);
  });

  it('a spent quota (x-ratelimit-remaining: 0) waits for x-ratelimit-reset', async () => {
    const reset = Math.ceil(Date.now() / 1000) + 1;
    api.failNext('GET', /\/issues$/, 403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) });
    const result = await reportIssues(verifyReport([recency('critical', 30)]), context(api), memoryLogger());
    expect(Date.now()).toBeGreaterThanOrEqual(reset * 1000);
    expect(result.actions[0].action).toBe('created');
  });

  it('a 502 on the listing is retried', async () => {
    api.failNext('GET', /\/issues$/, 502);
    const result = await reportIssues(verifyReport([recency('critical', 30)]), context(api), memoryLogger());
    expect(result.actions[0].action).toBe('created');
    expect(lifeboatIssues(api)).toHaveLength(1);
  });

  it('spaces writes by the configured interval, and only writes', async () => {
    // A fake clock that only sleeps move: the waits the client asks for are the spacing itself,
    // whatever the machine's load does to request times.
    let now = 1_000_000;
    const waits: number[] = [];
    const client = createGitHubClient({
      token: 't',
      apiUrl: api.url,
      writeSpacingMs: 300,
      clock: () => now,
      sleep: async (ms) => {
        waits.push(ms);
        now += ms;
      },
    });
    const { owner, repo } = api.state;
    await client.rest.issues.createLabel({ owner, repo, name: 'lifeboat', color: 'b60205' });
    await client.rest.issues.listLabelsForRepo({ owner, repo });
    now += 100;
    await client.rest.issues.createLabel({ owner, repo, name: 'lifeboat:critical', color: 'b60205' });
    await client.rest.issues.create({ owner, repo, title: 'a' });
    now += 500;
    await client.rest.issues.create({ owner, repo, title: 'b' });
    expect(waits).toEqual([200, 300]);
    expect(api.writes()).toHaveLength(4);
  });

  it('tolerates a label created concurrently (422 already_exists)', async () => {
    // Another run created the label between our listing and our create.
    api.failNext('POST', /\/labels$/, 422, {}, 1, {
      message: 'Validation Failed',
      errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
      documentation_url: 'https://docs.github.com/rest/issues/labels#create-a-label',
      status: '422',
    });
    const result = await reportIssues(verifyReport([recency('critical', 30)]), context(api), memoryLogger());
    expect(result.actions[0].action).toBe('created');
  });
});

describe('partial failures', () => {
  it('one subject failing to file does not stop the other; the error carries what was done', async () => {
    // A non-retryable refusal for the first subject only.
    api.failNext('POST', /\/issues$/, 422, {}, 1, {
      message: 'Validation Failed',
      errors: [{ code: 'custom' }],
      status: '422',
    });
    const checksum: Check = { id: 'checksum', status: 'critical', summary: 'sha256 does not match the manifest' };
    const report = verifyReport([recency('warning', 24), checksum]);
    const error = await reportIssues(report, context(api), memoryLogger()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IssueReportError);
    expect((error as IssueReportError).partial).toMatchObject({
      issueNumber: 1,
      actions: [
        { family: 'freshness', action: 'none' },
        { family: 'integrity', action: 'created', number: 1 },
      ],
    });
    expect(lifeboatIssues(api).map((i) => i.title)).toEqual([expect.stringContaining('Backup integrity critical')]);

    // The next run files the missing one and leaves the other alone.
    const logger = memoryLogger();
    const next = await reportIssuesOrWarn(report, context(api), logger);
    expect(next?.actions.map((a) => a.action)).toEqual(['created', 'updated']);
    expect(next?.issueNumber).toBe(1);
  });

  it('drops only the assignees GitHub refuses', async () => {
    await api.close();
    api = await startGitHubApi({ assignable: ['alice'] });
    const logger = memoryLogger();
    await reportIssues(
      verifyReport([recency('critical', 30)]),
      context(api, { assignees: ['alice', 'mallory', 'eve'] }),
      logger,
    );
    expect(lifeboatIssues(api)).toHaveLength(1);
    expect(api.state.issues[0].assignees).toEqual(['alice']);
    const warnings = logger.lines.filter((l) => l.startsWith('warning:'));
    expect(warnings).toEqual([
      'warning: GitHub refused the assignees mallory, eve: assignees invalid. Filing the issue without them.',
    ]);
  });
});

describe('secrets', () => {
  it('never sends a password, S3 key or connection string to the API', async () => {
    const password = 'hunter2-Pa55word!';
    const accessKey = 'AKIAIOSFODNN7EXAMPLE';
    const secretKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const unregistered = 'n0t-registered-pw';
    addSecret(password);
    addSecret(accessKey);
    addSecret(secretKey);
    const leaky: Check = {
      id: 'store',
      status: 'critical',
      display: { value: `postgres://app:${password}@db.internal:5432/prod` },
      summary: `could not list s3://prod-backups with key ${accessKey} / ${secretKey}; db postgres://app:${encodeURIComponent(password)}@db.internal/prod and postgres://ro:${unregistered}@replica/prod`,
    };
    const logger = memoryLogger();
    await reportIssues(verifyReport([leaky, recency('warning', 24)]), context(api), logger);
    await reportIssues(verifyReport([leaky, recency('critical', 30)]), context(api), logger);
    await reportIssues(verifyReport([{ ...leaky, status: 'ok' }, recency('ok', 1)]), context(api), logger);

    expect(api.commentsOn(1)).toHaveLength(2);
    const sent = api.state.requests.map((r) => `${r.path}\n${r.rawBody}`).join('\n');
    expect(sent).toContain('could not list s3://prod-backups with key ***');
    for (const secret of [password, encodeURIComponent(password), accessKey, secretKey, unregistered]) {
      expect(sent).not.toContain(secret);
      expect(sent).not.toContain(JSON.stringify(secret).slice(1, -1));
    }
    expect(logger.lines.join('\n')).not.toContain(password);
  });
});

describe('issueContextFromEnv', () => {
  it('builds the context from the Actions environment', () => {
    const ctx = issueContextFromEnv(
      {
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_SERVER_URL: 'https://github.example.com',
        GITHUB_API_URL: 'https://github.example.com/api/v3',
        GITHUB_RUN_ID: '987',
        GITHUB_WORKFLOW: 'verify',
      },
      { token: 'ghs_abc123', labels: parseListInput('ops, db\nbackups'), assignees: parseListInput('@alice') },
    );
    expect(ctx).toEqual({
      token: 'ghs_abc123',
      owner: 'acme',
      repo: 'app',
      apiUrl: 'https://github.example.com/api/v3',
      serverUrl: 'https://github.example.com',
      runId: '987',
      workflow: 'verify',
      labels: ['ops', 'db', 'backups'],
      assignees: ['alice'],
      name: undefined,
      writeSpacingMs: undefined,
    });
  });

  it('defaults to github.com and is undefined outside Actions or without a token', () => {
    expect(issueContextFromEnv({ GITHUB_REPOSITORY: 'acme/app' }, { token: 't0ken' })).toMatchObject({
      apiUrl: 'https://api.github.com',
      serverUrl: 'https://github.com',
      runId: undefined,
    });
    expect(issueContextFromEnv({}, { token: 't0ken' })).toBeUndefined();
    expect(issueContextFromEnv({ GITHUB_REPOSITORY: 'acme/app' }, { token: '' })).toBeUndefined();
  });
});
