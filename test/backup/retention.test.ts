import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planRetention, type RetentionCandidate } from '../../src/backup/retention.js';
import { createDatabase, loadSampleDatabase } from '../../src/demo/sample-database.js';
import { withDatabase } from '../../src/postgres/client.js';
import { FolderStore } from '../../src/stores/folder-store.js';
import { StoreError } from '../../src/stores/store.js';
import { sharedCluster } from '../support/postgres.js';
import { backupInto } from './helpers.js';

const DAY = 86_400_000;
const DAY0 = new Date('2025-06-10T02:00:00.000Z');
const at = (daysAgo: number) => () => new Date(DAY0.getTime() - daysAgo * DAY);

let dir: string;
let dbUrl: string;
let otherUrl: string;
let clusterUrl: string;
const seeded = 'seeded';
const oldKeys: string[] = [];

// Objects retention must never touch: another tool's backup, a Lifeboat-shaped object without a
// manifest (a run that died), a file that is no backup, and another database's Lifeboat backup.
const FOREIGN = ['retdb_2020-01-01T00:00:00.dump', 'retdb_2020-01-02T00-00-00-000Z.dump', 'README.txt'];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-backup-retention-'));
  clusterUrl = (await sharedCluster()).url();
  dbUrl = await createDatabase(clusterUrl, 'retdb');
  await loadSampleDatabase(dbUrl, { ledgerRows: 200 });
  otherUrl = await createDatabase(clusterUrl, 'retdb_other');
  await loadSampleDatabase(otherUrl, { ledgerRows: 10 });

  const folder = path.join(dir, seeded);
  await mkdir(folder, { recursive: true });
  for (const name of FOREIGN) await writeFile(path.join(folder, name), 'PGDMP not ours');
  const store = new FolderStore(folder);
  const other = await backupInto(store, { 'database-url': otherUrl }, { now: at(30) });
  expect(other.report.status).toBe('ok');
  // Five daily backups, days 5..1 ago; the sixth comes in each test.
  for (const daysAgo of [5, 4, 3, 2, 1]) {
    const r = await backupInto(store, { 'database-url': dbUrl }, { now: at(daysAgo) });
    expect(r.report.status).toBe('ok');
    oldKeys.push(r.key as string);
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await (await sharedCluster()).stop();
});

async function copyOfSeeded(name: string): Promise<{ folder: string; store: FolderStore; before: string[] }> {
  const folder = path.join(dir, name);
  await cp(path.join(dir, seeded), folder, { recursive: true });
  return { folder, store: new FolderStore(folder), before: (await readdir(folder)).sort() };
}

const withSidecars = (key: string) => [key, `${key}.manifest.json`, `${key}.sha256`];

/** A folder store whose deletes of the keys `refuses` picks fail, as a store without the permission would. */
class RefusingDeletes extends FolderStore {
  constructor(
    folder: string,
    private readonly refuses: (key: string) => boolean,
  ) {
    super(folder);
  }

  override async delete(key: string): Promise<void> {
    if (this.refuses(key)) throw new StoreError(`access denied deleting ${key}`, 'access-denied');
    return super.delete(key);
  }
}

describe('retention', () => {
  it('keep-count 3 over 6 backups deletes exactly the oldest 3 with their sidecars, and nothing else', async () => {
    const { folder, store, before } = await copyOfSeeded('count');
    const sixth = await backupInto(store, { 'database-url': dbUrl, 'keep-count': '3' }, { now: at(0) });
    expect(sixth.report.status, JSON.stringify(sixth.report.checks)).toBe('ok');
    const removed = oldKeys.slice(0, 3);
    expect(sixth.retention?.removed).toEqual(removed);
    expect(sixth.retention?.kept).toEqual([sixth.key, oldKeys[4], oldKeys[3]]);

    const expected = [
      ...before.filter((f) => !removed.flatMap(withSidecars).includes(f)),
      ...withSidecars(sixth.key as string),
    ];
    expect((await readdir(folder)).sort()).toEqual(expected.sort());
    for (const name of FOREIGN) expect(await readdir(folder)).toContain(name);
    expect((await readdir(folder)).filter((f) => f.startsWith('retdb_other_'))).toHaveLength(3);
    const check = sixth.report.checks.find((c) => c.id === 'retention');
    expect(check).toMatchObject({ status: 'ok', value: 3, display: { threshold: 'keep-count 3' } });
  });

  it('dry-run lists what would go and deletes nothing', async () => {
    const { folder, store, before } = await copyOfSeeded('dry');
    const sixth = await backupInto(
      store,
      { 'database-url': dbUrl, 'keep-count': '3', 'dry-run': 'true' },
      { now: at(0) },
    );
    expect(sixth.retention?.removed).toEqual(oldKeys.slice(0, 3));
    expect((await readdir(folder)).sort()).toEqual([...before, ...withSidecars(sixth.key as string)].sort());
    const check = sixth.report.checks.find((c) => c.id === 'retention');
    expect(check?.summary).toMatch(/^dry run, keep-count 3: would delete 3 backups: /);
    for (const key of oldKeys.slice(0, 3)) expect(check?.summary).toContain(key);
    expect(sixth.log.filter((l) => l.includes('dry run: would delete'))).toHaveLength(3);
  });

  it("keep-days deletes by the manifest's time; a huge limit deletes nothing; the newest always stays", async () => {
    const { folder, store } = await copyOfSeeded('days');
    const sixth = await backupInto(store, { 'database-url': dbUrl, 'keep-days': '2.5' }, { now: at(0) });
    expect(sixth.retention?.removed).toEqual(oldKeys.slice(0, 3));
    expect(await readdir(folder)).not.toContain(`${oldKeys[2]}.sha256`);

    // Every backup 100 days old and keep-days 1: only the newest survives.
    const later = await backupInto(
      store,
      { 'database-url': dbUrl, 'keep-days': '1', 'dry-run': 'true' },
      { now: at(-100) },
    );
    expect(later.retention?.kept).toEqual([later.key]);
    const none = await backupInto(store, { 'database-url': dbUrl, 'keep-days': '365' }, { now: at(-101) });
    expect(none.retention?.removed).toEqual([]);
  });

  it('is not applied when the backup fails', async () => {
    const { folder, store, before } = await copyOfSeeded('failed');
    const failed = await backupInto(
      store,
      { 'database-url': withDatabase(clusterUrl, 'no_such_db'), 'keep-count': '1' },
      { now: at(0) },
    );
    expect(failed.report.status).toBe('critical');
    expect(failed.report.checks.find((c) => c.id === 'connect')?.summary).toMatch(
      /database "no_such_db" does not exist/,
    );
    expect(failed.report.checks.find((c) => c.id === 'retention')?.status).toBe('skipped');
    expect((await readdir(folder)).sort()).toEqual(before);
  });

  it('a backup whose body is gone counts as deleted though a sidecar delete failed; the next run removes the sidecar', async () => {
    const { folder } = await copyOfSeeded('leftover');
    const stuck = `${oldKeys[0]}.sha256`;
    const refusing = new RefusingDeletes(folder, (key) => key === stuck);
    const sixth = await backupInto(refusing, { 'database-url': dbUrl, 'keep-count': '4' }, { now: at(0) });
    expect(sixth.retention?.removed).toEqual(oldKeys.slice(0, 2));
    const check = sixth.report.checks.find((c) => c.id === 'retention');
    expect(check).toMatchObject({
      status: 'warning',
      value: 2,
      summary: `keep-count 4: deleted 2 of 2 backups; 1 sidecar left, retried next run: ${stuck} (access denied deleting ${stuck})`,
    });
    const afterFirst = await readdir(folder);
    expect(afterFirst).toContain(stuck);
    for (const name of [...withSidecars(oldKeys[0]), ...withSidecars(oldKeys[1])].filter((n) => n !== stuck)) {
      expect(afterFirst).not.toContain(name);
    }

    // Another series' orphan sidecar is not this run's to remove.
    const otherOrphan = 'retdb_other_2020-01-03T00-00-00-000Z.dump.sha256';
    await writeFile(path.join(folder, otherOrphan), 'abc  retdb_other_2020-01-03T00-00-00-000Z.dump\n');
    const seventh = await backupInto(
      new FolderStore(folder),
      { 'database-url': dbUrl, 'keep-count': '4' },
      {
        now: at(-0.5),
      },
    );
    expect(seventh.retention?.removed).toEqual([oldKeys[2]]);
    expect(seventh.report.checks.find((c) => c.id === 'retention')).toMatchObject({
      status: 'ok',
      summary: `keep-count 4: deleted 1 backup: ${oldKeys[2]}; removed 1 sidecar left by an earlier run`,
    });
    const afterSecond = await readdir(folder);
    expect(afterSecond).not.toContain(stuck);
    expect(afterSecond).toContain(otherOrphan);
    for (const name of FOREIGN) expect(afterSecond).toContain(name);
  });
});

describe('planRetention', () => {
  const day = 86_400_000;
  const now = new Date('2025-06-10T02:00:00Z');
  const candidates: RetentionCandidate[] = Array.from({ length: 6 }, (_, i) => ({
    key: `app_${i}.dump`,
    createdAt: new Date(now.getTime() - i * day),
    sidecars: [],
  }));

  it('keep-count keeps the newest N, keep-days keeps the young, both are limits', () => {
    const byCount = planRetention(candidates, { keepCount: 3 }, now);
    expect(byCount.remove.map((c) => c.key)).toEqual(['app_5.dump', 'app_4.dump', 'app_3.dump']);
    const byAge = planRetention(candidates, { keepSeconds: 2.5 * 86400 }, now);
    expect(byAge.remove.map((c) => c.key)).toEqual(['app_5.dump', 'app_4.dump', 'app_3.dump']);
    const both = planRetention(candidates, { keepCount: 5, keepSeconds: 1.5 * 86400 }, now);
    expect(both.remove.map((c) => c.key)).toEqual(['app_5.dump', 'app_4.dump', 'app_3.dump', 'app_2.dump']);
    expect(planRetention(candidates, {}, now).remove).toEqual([]);
  });

  it('never removes the newest backup nor the protected one', () => {
    const allOld = planRetention(candidates, { keepSeconds: 1 }, new Date(now.getTime() + 30 * day));
    expect(allOld.keep.map((c) => c.key)).toEqual(['app_0.dump']);
    const protectedOne = planRetention(candidates, { keepCount: 1 }, now, ['app_4.dump']);
    expect(protectedOne.keep.map((c) => c.key)).toEqual(['app_0.dump', 'app_4.dump']);
  });
});
