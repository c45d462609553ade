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

  it('"never run" is a notice while verification has run for less than drill-max-age', async () => {
    api.seedWorkflowRuns('restore-drill.yml', [{ created_at: daysAgo(3), conclusion: 'failure' }]);
    api.seedWorkflowRuns('verify-backup.yml', [{ created_at: daysAgo(0) }]);
    const check = await checkDrillAge(context(api, { workflowFile: 'verify-backup.yml' }), opts);
    expect(check).toMatchObject({ status: 'ok', display: { value: 'never' } });
    expect(check.value).toBeUndefined();
    expect(check.summary).toBe(
      'notice: restore drill never run (no successful run of restore-drill.yml); a warning from 2025-09-01, 92d after the first verify on 2025-06-01',
    );
  });

  it('"never run" warns once drill-max-age has passed since the oldest verify run', async () => {
    // Runs of the verify workflow, newest first in the API: the oldest is on the last page.
    api.seedWorkflowRuns(
      'verify-backup.yml',
      Array.from(
        { length: 95 },
        (_, d) => ({ created_at: daysAgo(d), conclusion: d % 7 ? 'success' : 'failure' }) as const,
      ),
    );
    const check = await checkDrillAge(context(api, { workflowFile: 'verify-backup.yml' }), {
      ...opts,
      workflow: 'drill.yml',
    });
    expect(check).toMatchObject({ status: 'warning', display: { value: 'never' } });
    expect(check.summary).toBe(
      'no restore drill has succeeded since verification started on 2025-02-27, over 92d ago (no workflow drill.yml in acme/app)',
    );
  });

  it('"never run" without a known verify workflow is not judged', async () => {
    const check = await checkDrillAge(context(api), { ...opts, workflow: 'drill.yml' });
    expect(check.status).toBe('skipped');
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
