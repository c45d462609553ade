import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FolderStore } from '../../src/stores/folder-store.js';
import { RailwayStore } from '../../src/stores/railway-store.js';
import { storePolicyChecks } from '../../src/verify/store-policy.js';
import { DAILY, hoursAgo, railwayBackup, startRailwayStandIn, type RailwayStandIn } from '../support/railway-api.js';

const TOKEN = 'proj-token-policy-5e2a';
const VOLUME = 'vi-policy';
const now = Date.now();
let api: RailwayStandIn;

beforeAll(async () => {
  api = await startRailwayStandIn();
  api.tokens.project.add(TOKEN);
});

afterAll(async () => api?.stop());

const railway = () =>
  new RailwayStore({
    target: { kind: 'volume', volumeInstanceId: VOLUME },
    env: { RAILWAY_API_URL: api.url, RAILWAY_TOKEN: TOKEN },
  });

describe('storePolicyChecks', () => {
  it('a folder store has no policy of its own: no checks, nothing read', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-policy-'));
    try {
      expect(await storePolicyChecks(new FolderStore(dir), { now: new Date(now) })).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('Railway: counts scheduled and manual backups from the listing verify made, without listing again', async () => {
    api.backups.set(VOLUME, [
      railwayBackup(hoursAgo(44, now)),
      railwayBackup(hoursAgo(20, now)),
      railwayBackup(hoursAgo(3, now), { scheduleId: null }),
      railwayBackup(hoursAgo(1, now), { scheduleId: null }),
    ]);
    api.schedules.set(VOLUME, [DAILY]);
    const store = railway();
    await store.listBackups();
    api.requests.length = 0;
    const [check] = await storePolicyChecks(store, { now: new Date(now) });
    expect(check).toMatchObject({ id: 'schedule', status: 'ok', value: 1 });
    expect(check.summary).toBe(
      'schedules: daily (8 20 * * *, kept 6d); 2 scheduled and 2 manual backups; newest scheduled 20h ago',
    );
    expect(api.requests.map((r) => r.query.includes('volumeInstanceBackupScheduleList'))).toEqual([true]);
  });

  it('Railway: schedules that cannot be read are a warning saying why, never ok and never critical', async () => {
    api.backups.set(VOLUME, [railwayBackup(hoursAgo(5, now))]);
    const store = railway();
    await store.listBackups();
    api.queued.push({ status: 200, body: { data: null, errors: [{ message: 'Internal server error' }] } });
    const [check] = await storePolicyChecks(store, { now: new Date(now) });
    expect(check).toEqual({
      id: 'schedule',
      status: 'warning',
      summary: "cannot read the volume's backup schedules: Railway API: Internal server error",
    });
  });
});
