import type { Check, Report } from '../../src/report/report.js';
import { worstStatus } from '../../src/report/report.js';
import type { IssueContext } from '../../src/github/issue-reporter.js';
import type { GitHubApi } from '../support/github-api.js';

export const SOURCE = 's3://prod-backups/db';

export function recency(status: Check['status'], hours: number): Check {
  return {
    id: 'recency',
    status,
    value: hours * 3600,
    threshold: 25 * 3600,
    unit: 'seconds',
    display: { value: `${hours}h`, threshold: '23h/25h' },
    summary: `newest backup is ${hours}h old (limit 25h)`,
  };
}

export const ok = (id: string, summary = `${id} is fine`): Check => ({ id, status: 'ok', summary });
export const skipped = (id: string): Check => ({ id, status: 'skipped', summary: `${id} not checked` });

export function verifyReport(checks: Check[], source = SOURCE): Report {
  return {
    status: worstStatus(checks.map((c) => c.status)),
    kind: 'verify',
    source,
    backup: { key: 'db_2025-01-18T02:00:00.dump', time: '2025-01-18T02:00:00Z', size: 5_242_880, format: 'custom' },
    checks,
    started_at: '2025-01-19T09:00:00Z',
    finished_at: '2025-01-19T09:00:05Z',
  };
}

export function context(api: GitHubApi, extra: Partial<IssueContext> = {}): IssueContext {
  return {
    token: 'ghs_standintoken',
    owner: api.state.owner,
    repo: api.state.repo,
    apiUrl: api.url,
    serverUrl: 'https://github.com',
    runId: '101',
    workflow: 'verify backups',
    writeSpacingMs: 0,
    ...extra,
  };
}

export function lifeboatIssues(api: GitHubApi) {
  return api.state.issues.filter((i) => i.body?.includes('<!-- lifeboat:id='));
}
