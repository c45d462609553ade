import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkDrillAge } from '../../src/github/issue-reporter.js';
import { type GitHubApi, startGitHubApi } from '../support/github-api.js';
import { context } from './fixtures.js';

let api: GitHubApi;

beforeEach(async () => {
  api = await startGitHubApi();
});

afterEach(async () => {
  await api.close();
});

const DAY = 86_400_000;
const now = new Date('2025-06-01T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * DAY).toISOString();
const opts = { workflow: 'restore-drill.yml', maxAgeSeconds: 92 * 86_400, now };

describe('checkDrillAge', () => {
  it('is ok when the newest successful drill is younger than the limit', async () => {
    api.seedWorkflowRuns('restore-drill.yml', [
      { created_at: daysAgo(100) },
      { created_at: daysAgo(10) },
      // A newer failed run must not count as a drill.
      { created_at: daysAgo(1), conclusion: 'failure' },
    ]);
    const check = await checkDrillAge(context(api), opts);
    expect(check).toEqual({
      id: 'drill-age',
      status: 'ok',
      value: 10 * 86400,
      threshold: 92 * 86400,
      unit: 'seconds',
      display: { value: '10d', threshold: '92d' },
      summary: 'last successful drill 10d ago (limit 92d)',
    });
    const request = api.state.requests.at(-1)!;
    expect(request.path).toMatch(/^\/repos\/acme\/app\/actions\/workflows\/restore-drill\.yml\/runs\?/);
    expect(request.path).toContain('status=success');
  });

  it('warns past the limit', async () => {
    api.seedWorkflowRuns('restore-drill.yml', [
      { created_at: daysAgo(120) },
      { created_at: daysAgo(3), conclusion: 'failure' },
    ]);
    const check = await checkDrillAge(context(api), opts);
    expect(check).toMatchObject({
      status: 'warning',
      value: 120 * 86400,
      display: { value: '120d', threshold: '92d' },
      summary: 'last successful drill 120d ago (limit 92d)',
    });
  });

  it('warns "never run" when the workflow has no successful run', async () => {
    api.seedWorkflowRuns('restore-drill.yml', [{ created_at: daysAgo(3), conclusion: 'failure' }]);
    const check = await checkDrillAge(context(api), opts);
    expect(check).toMatchObject({ status: 'warning', display: { value: 'never' } });
    expect(check.summary).toContain('never run');
  });

  it('warns "never run" when the workflow does not exist (404)', async () => {
    const check = await checkDrillAge(context(api), { ...opts, workflow: 'drill.yml' });
    expect(check).toMatchObject({ status: 'warning', display: { value: 'never' } });
    expect(check.summary).toMatch(/never run.*drill\.yml/);
  });

  it('is skipped, not a crash, when the API fails', async () => {
    api.failNext('GET', /\/runs$/, 403, {}, 1, {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/actions/workflow-runs#list-workflow-runs-for-a-workflow',
      status: '403',
    });
    const denied = await checkDrillAge(context(api), opts);
    expect(denied.status).toBe('skipped');
    expect(denied.summary).toContain('actions: read');

    api.failNext('GET', /\/runs$/, 500, {}, 50);
    const down = await checkDrillAge(context(api, { maxRetryMs: 1500 }), opts);
    expect(down.status).toBe('skipped');
    expect(down.summary).toContain('Server Error');
  });
});
