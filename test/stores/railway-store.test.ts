import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/report.js';
import { openStore } from '../../src/stores/open-store.js';
import { parseRailwayUrl, RailwayStore } from '../../src/stores/railway-store.js';
import { isReadable, requireReadable } from '../../src/stores/readable.js';
import { InputError } from '../../src/util/errors.js';
import { memoryLogger } from '../../src/util/logger.js';
import { verify } from '../../src/verify/verify.js';
import { parseVerifySettings } from '../../src/verify/verify-settings.js';
import {
  DAILY,
  WEEKLY,
  hoursAgo,
  railwayBackup,
  startRailwayStandIn,
  type RailwayStandIn,
} from '../support/railway-api.js';
import { describeStoreContract } from './store-contract.js';

const PROJECT_TOKEN = 'proj-token-4d1e9c2b7a';
const ACCOUNT_TOKEN = 'acct-token-8f3a6e0d51';
const VOLUME = 'vi-7b2d1c9e';

let api: RailwayStandIn;
const now = Date.now();

beforeAll(async () => {
  api = await startRailwayStandIn();
  api.tokens.project.add(PROJECT_TOKEN);
  api.tokens.account.add(ACCOUNT_TOKEN);
});

afterAll(async () => api?.stop());

beforeEach(() => {
  api.backups.clear();
  api.schedules.clear();
  api.environments.clear();
  api.queued.length = 0;
  api.requests.length = 0;
});

const projectEnv = () => ({ RAILWAY_API_URL: api.url, RAILWAY_TOKEN: PROJECT_TOKEN });
const accountEnv = () => ({ RAILWAY_API_URL: api.url, RAILWAY_API_TOKEN: ACCOUNT_TOKEN });

async function run(source: string, env: NodeJS.ProcessEnv, extra: Record<string, string> = {}): Promise<Report> {
  const settings = parseVerifySettings({ source, ...extra });
  const { report } = await verify(settings, { env, logger: memoryLogger(), now: () => new Date(now) });
  return report;
}
const check = (r: Report, id: string) => r.checks.find((c) => c.id === id);

describe('railway:// URLs', () => {
  it('names a volume instance, or a service through its project and environment', () => {
    expect(parseRailwayUrl('railway://volume/vi-1')).toEqual({ kind: 'volume', volumeInstanceId: 'vi-1' });
    expect(parseRailwayUrl('railway://project/p1/environment/e1/service/s1')).toEqual({
      kind: 'service',
      projectId: 'p1',
      environmentId: 'e1',
      serviceId: 's1',
    });
    expect(parseRailwayUrl('railway://environment/e1/service/s1')).toMatchObject({ environmentId: 'e1' });
    for (const bad of ['railway://', 'railway://volume/', 'railway://project/p1', 'railway://service/s1/volume/v']) {
      expect(() => parseRailwayUrl(bad)).toThrow(InputError);
    }
  });
});

describe('verify on Railway volume backups', () => {
  it('backups 20h and 50h old: recency ok, integrity skipped with the reason, nothing critical', async () => {
    api.backups.set(VOLUME, [railwayBackup(hoursAgo(50, now)), railwayBackup(hoursAgo(20, now))]);
    api.schedules.set(VOLUME, [DAILY]);
    const report = await run(`railway://volume/${VOLUME}`, projectEnv());
    expect(check(report, 'store')?.status).toBe('ok');
    expect(check(report, 'exists')).toMatchObject({ status: 'ok', value: 2 });
    expect(check(report, 'recency')).toMatchObject({ status: 'ok', display: { value: '20h' } });
    expect(check(report, 'size')).toMatchObject({
      status: 'ok',
      value: 240 * 1024 ** 2,
      display: { value: '240 MiB' },
    });
    expect(check(report, 'schedule')).toMatchObject({ status: 'ok' });
    expect(check(report, 'schedule')?.summary).toMatch(/daily \(8 20 \* \* \*, kept 6d\); 2 scheduled and 0 manual/);
    for (const id of ['checksum', 'archive', 'content']) {
      expect(check(report, id)?.status).toBe('skipped');
      expect(check(report, id)?.summary).toMatch(/no download.*create-backup.*postgres-s3-backups/);
    }
    // 30h between the two is longer than critical-after (25h): a missed day, reported as such.
    expect(check(report, 'gaps')?.status).toBe('warning');
    expect(report.checks.filter((c) => c.status === 'critical')).toEqual([]);
    expect(report.backup?.key).toBe(api.backups.get(VOLUME)![1].id);
    expect(api.requests[0].headers['project-access-token']).toBe(PROJECT_TOKEN);
    expect(api.requests[0].headers.authorization).toBeUndefined();
  });

  it('a daily series, newest 20h old: ok', async () => {
    api.backups.set(
      VOLUME,
      [20, 44, 68, 92].map((h) => railwayBackup(hoursAgo(h, now))),
    );
    api.schedules.set(VOLUME, [DAILY]);
    const report = await run(`railway://volume/${VOLUME}`, accountEnv());
    expect(report.checks.filter((c) => !['ok', 'skipped'].includes(c.status))).toEqual([]);
    expect(report.status).toBe('ok');
    expect(api.requests[0].headers.authorization).toBe(`Bearer ${ACCOUNT_TOKEN}`);
  });

  it('only a 30h-old backup: critical recency', async () => {
    api.backups.set(VOLUME, [railwayBackup(hoursAgo(30, now))]);
    api.schedules.set(VOLUME, [DAILY]);
    const report = await run(`railway://volume/${VOLUME}`, projectEnv());
    expect(check(report, 'recency')).toMatchObject({ status: 'critical', display: { value: '30h' } });
    expect(report.status).toBe('critical');
  });

  it('no schedule: a warning saying only manual backups are taken', async () => {
    api.backups.set(VOLUME, [railwayBackup(hoursAgo(2, now), { scheduleId: null })]);
    const report = await run(`railway://volume/${VOLUME}`, projectEnv());
    expect(check(report, 'schedule')).toMatchObject({ status: 'warning', value: 0 });
    expect(check(report, 'schedule')?.summary).toMatch(/no backup schedule.*0 scheduled and 1 manual/);
    expect(report.status).toBe('warning');
  });

  it('schedules that keep backups shorter than min-retention: warning; a weekly one fixes it', async () => {
    api.backups.set(VOLUME, [railwayBackup(hoursAgo(3, now))]);
    api.schedules.set(VOLUME, [DAILY]);
    const short = await run(`railway://volume/${VOLUME}`, projectEnv(), { 'min-retention': '14d' });
    expect(check(short, 'schedule')).toMatchObject({
      status: 'warning',
      value: 6 * 86400,
      threshold: 14 * 86400,
      display: { value: '6d', threshold: '≥ 14d' },
    });
    api.schedules.set(VOLUME, [DAILY, WEEKLY]);
    const long = await run(`railway://volume/${VOLUME}`, projectEnv(), { 'min-retention': '14d' });
    expect(check(long, 'schedule')?.status).toBe('ok');
  });

  it('finds the volume from project/environment/service ids', async () => {
    api.environments.set('env-prod', [
      { id: 'vi-other', serviceId: 'svc-redis', mountPath: '/data' },
      { id: VOLUME, serviceId: 'svc-postgres', mountPath: '/var/lib/postgresql/data' },
    ]);
    api.backups.set(VOLUME, [railwayBackup(hoursAgo(5, now))]);
    api.schedules.set(VOLUME, [DAILY]);
    const report = await run('railway://project/prj-1/environment/env-prod/service/svc-postgres', accountEnv());
    expect(check(report, 'recency')?.status).toBe('ok');
    expect(api.requests.map((r) => r.variables)).toContainEqual({ volumeInstanceId: VOLUME });
    const none = await run('railway://project/prj-1/environment/env-prod/service/svc-web', accountEnv());
    expect(check(none, 'store')?.summary).toMatch(/service svc-web has no volume in environment env-prod/);
  });

  it('"Not Authorized" with a project token: store critical naming the token kind expected', async () => {
    api.backups.set(VOLUME, [railwayBackup(hoursAgo(5, now))]);
    const report = await run(`railway://volume/${VOLUME}`, {
      RAILWAY_API_URL: api.url,
      RAILWAY_TOKEN: 'proj-token-wrong',
    });
    const store = check(report, 'store');
    expect(store?.status).toBe('critical');
    expect(store?.summary).toMatch(/Not Authorized/);
    expect(store?.summary).toMatch(/project token in RAILWAY_TOKEN \(sent as Project-Access-Token\)/);
    expect(store?.summary).toMatch(/account\/workspace token in RAILWAY_API_TOKEN/);
    expect(report.status).toBe('critical');
    expect(JSON.stringify(report)).not.toContain('proj-token-wrong');
  });

  it('"Not Authorized" with an account token names the bearer token', async () => {
    const report = await run(`railway://volume/${VOLUME}`, {
      RAILWAY_API_URL: api.url,
      RAILWAY_API_TOKEN: 'acct-nope-1234',
    });
    expect(check(report, 'store')?.summary).toMatch(
      /account\/workspace token in RAILWAY_API_TOKEN \(sent as Authorization: Bearer\)/,
    );
  });

  it('no token at all: store critical saying which variables to set', async () => {
    const report = await run(`railway://volume/${VOLUME}`, { RAILWAY_API_URL: api.url });
    expect(check(report, 'store')).toMatchObject({ status: 'critical' });
    expect(check(report, 'store')?.summary).toMatch(/no Railway token: set RAILWAY_API_TOKEN .* or RAILWAY_TOKEN/);
    expect(api.requests).toHaveLength(0);
  });

  it('HTTP 429 is retried after retry-after, then succeeds', async () => {
    api.backups.set(
      VOLUME,
      [20, 44].map((h) => railwayBackup(hoursAgo(h, now))),
    );
    api.schedules.set(VOLUME, [DAILY]);
    api.queued.push({
      status: 429,
      headers: { 'retry-after': '1' },
      body: { errors: [{ message: 'Rate limit exceeded' }] },
    });
    const started = Date.now();
    const report = await run(`railway://volume/${VOLUME}`, projectEnv());
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(report.status).toBe('ok');
    expect(api.requests.filter((r) => r.query.includes('volumeInstanceBackupList'))).toHaveLength(2);
  });

  it('429 forever: bounded, a store critical instead of a hang', async () => {
    const store = new RailwayStore({
      target: { kind: 'volume', volumeInstanceId: VOLUME },
      env: projectEnv(),
      maxRetries: 2,
    });
    for (let i = 0; i < 5; i++) api.queued.push({ status: 429, headers: { 'retry-after': '0' }, body: {} });
    await expect(store.listBackups()).rejects.toThrow(/rate limit: still HTTP 429 after 2 retries/);
    expect(api.requests).toHaveLength(3);
  });
});

describe('a drill on railway://', () => {
  it('fails fast with why and what to do', () => {
    const store = openStore(`railway://volume/${VOLUME}`, { env: projectEnv() });
    expect(isReadable(store)).toBe(false);
    expect(() => requireReadable(store)).toThrow(InputError);
    expect(() => requireReadable(store)).toThrow(
      /a restore drill cannot use railway:\/\/volume\/vi-7b2d1c9e: .*snapshots.*no download.*create-backup.*postgres-s3-backups/,
    );
    expect(() => requireReadable(openStore('/tmp'))).not.toThrow();
  });

  it('the store has no read() at all; a restore is refused with the same explanation', () => {
    const store = openStore(`railway://volume/${VOLUME}`, { env: projectEnv() });
    expect('read' in store).toBe(false);
    expect(() => requireReadable(store, 'a restore')).toThrow(/^a restore cannot use railway:.*no download/);
  });
});

describe('volume instances, paged as Railway’s CLI pages them', () => {
  it('600 volume instances over two pages: the service’s volume on page 2 is found', async () => {
    const nodes = Array.from({ length: 600 }, (_, i) => ({
      id: `vi-${String(i).padStart(4, '0')}`,
      serviceId: `svc-${i}`,
      mountPath: '/data',
    }));
    nodes[555] = { id: VOLUME, serviceId: 'svc-postgres', mountPath: '/var/lib/postgresql/data' };
    api.environments.set('env-big', nodes);
    api.backups.set(VOLUME, [railwayBackup(hoursAgo(5, now))]);
    api.schedules.set(VOLUME, [DAILY]);
    const report = await run('railway://project/prj-1/environment/env-big/service/svc-postgres', accountEnv());
    expect(check(report, 'recency')?.status).toBe('ok');
    const pages = api.requests.filter((r) => r.query.includes('volumeInstances'));
    expect(pages.map((r) => r.variables)).toEqual([
      { id: 'env-big', first: 500, after: null },
      { id: 'env-big', first: 500, after: '500' },
    ]);
    expect(api.requests.map((r) => r.variables)).toContainEqual({ volumeInstanceId: VOLUME });
  });

  it('a volume on neither page: not found, counting all 600', async () => {
    api.environments.set(
      'env-big',
      Array.from({ length: 600 }, (_, i) => ({ id: `vi-${i}`, serviceId: `svc-${i}`, mountPath: '/data' })),
    );
    const report = await run('railway://environment/env-big/service/svc-postgres', accountEnv());
    expect(check(report, 'store')?.summary).toMatch(/no volume in environment env-big \(600 volumes there/);
  });
});

let volumes = 0;
const MiB = 1024 * 1024;

// The listing half of the contract: Railway hands out no bytes, so it is a ListingStore only.
describeStoreContract('RailwayStore on the stand-in', {
  capability: 'listing',
  async holding(objects, neighbours = []) {
    const volume = `vi-contract-${++volumes}`;
    for (const [id, list] of [[volume, objects], [`${volume}-old`, neighbours]] as const) {
      api.backups.set(
        id,
        list.map((o) =>
          railwayBackup(o.lastModified.toISOString(), { id: o.key, referencedMB: Math.ceil(o.body.length / MiB) }),
        ),
      );
    }
    return openStore(`railway://volume/${volume}`, { env: projectEnv() });
  },
  missing: () => openStore('railway://volume/vi-nowhere', { env: projectEnv() }),
  sizeUnit: MiB,
});
