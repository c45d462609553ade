import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { databaseFromName, discoverBackups, isBackupCandidate } from '../../src/discovery/discover.js';
import { FolderStore } from '../../src/stores/folder-store.js';
import { StoreError, type ReadableStore, type StoreObject } from '../../src/stores/store.js';

/** A store in memory: what discovery sees of any store is list() and readText(). */
function memoryStore(objects: Array<{ key: string; body?: string; lastModified?: string; size?: number }>) {
  const reads: string[] = [];
  const store: ReadableStore & { reads: string[] } = {
    displayUrl: 'memory://',
    kind: 'folder',
    reads,
    async *list(): AsyncIterable<StoreObject> {
      for (const o of objects) {
        yield {
          key: o.key,
          size: o.size ?? Buffer.byteLength(o.body ?? ''),
          lastModified: new Date(o.lastModified ?? '2025-01-01T00:00:00Z'),
        };
      }
    },
    async read(key) {
      return Readable.from([Buffer.from(await store.readText(key))]);
    },
    async readText(key) {
      reads.push(key);
      const found = objects.find((o) => o.key === key);
      if (!found) throw new StoreError(`${key} does not exist`, 'not-found');
      return found.body ?? '';
    },
  };
  return store;
}

function manifest(key: string, createdAt: string) {
  return JSON.stringify({
    format: 'lifeboat-manifest/1',
    key,
    created_at: createdAt,
    sha256: 'a'.repeat(64),
    size: 10,
    server_version: '17.2',
    pg_dump_version: '17.2',
    database: 'app',
    tables: { 'public.items': { rows: 3 } },
  });
}

describe('isBackupCandidate', () => {
  it.each([
    ['app_2025-01-18T05:00:00.dump', true],
    ['a/b/backup-2025-01-18T05-00-00-000Z.tar.gz', true],
    ['app_2025-01-18T05:00:00Z.sql.gz', true],
    ['PG_app.18-January-2025-05-00.dmp.gz', true],
    ['dump-20250118-050000-0f8fad5b-d9cb-469f-a165-70867728950e.zip', true],
    ['0f8fad5b-d9cb-469f-a165-70867728950e', true],
    ['x.backup', true],
    ['x.pgdump', true],
    ['x.dump.gpg', true],
    ['x.dump.enc', true],
    ['x.dump.age', true],
    ['x.dump.zst', true],
    ['x.sql.lz4', true],
    ['x.sql.bz2', true],
    ['x.sql.xz', true],
    ['db_2025-01-18T05:00:00.123Z', true],
    ['README.md', false],
    ['notes.txt', false],
    ['config.json', false],
    ['backup.log', false],
    ['x.dump.sha256', false],
    ['x.dump.manifest.json', false],
    ['x.dump.meta.json', false],
    ['.x.dump.partial', false],
    ['folder/', false],
  ])('%s → %s', (key, expected) => {
    expect(isBackupCandidate(key)).toBe(expected);
  });
});

describe('discoverBackups', () => {
  it('orders by the time in the name, not upload order, and pairs sidecars', async () => {
    const store = memoryStore([
      // Uploaded newest-first on purpose: last-modified says the opposite of the names.
      { key: 'app_2025-01-18T05:00:00.dump', body: 'PGDMP3', lastModified: '2025-01-10T00:00:00Z' },
      { key: 'app_2025-01-18T05:00:00.dump.sha256', body: `${'b'.repeat(64)}  app_2025-01-18T05:00:00.dump` },
      { key: 'app_2025-01-16T05:00:00.dump', body: 'PGDMP1', lastModified: '2025-01-12T00:00:00Z' },
      { key: 'app_2025-01-17T05:00:00.dump', body: 'PGDMP2', lastModified: '2025-01-11T00:00:00Z' },
      { key: 'app_2025-01-17T05:00:00.dump.meta.json', body: '{}' },
      { key: 'orphan.dump.sha256', body: 'c'.repeat(64) },
      { key: 'README.md', body: '# backups', lastModified: '2030-01-01T00:00:00Z' },
      { key: 'upload.log', body: 'ok', lastModified: '2030-01-01T00:00:00Z' },
      { key: 'settings.json', body: '{}', lastModified: '2030-01-01T00:00:00Z' },
    ]);
    const found = await discoverBackups(store);
    expect(found.map((b) => b.key)).toEqual([
      'app_2025-01-18T05:00:00.dump',
      'app_2025-01-17T05:00:00.dump',
      'app_2025-01-16T05:00:00.dump',
    ]);
    expect(found[0]).toMatchObject({
      time: new Date('2025-01-18T05:00:00Z'),
      timeSource: 'name',
      size: 6,
      lastModified: new Date('2025-01-10T00:00:00Z'),
      sidecars: { sha256: 'app_2025-01-18T05:00:00.dump.sha256' },
    });
    expect(found[1].sidecars).toEqual({ meta: 'app_2025-01-17T05:00:00.dump.meta.json' });
    expect(found[2].sidecars).toEqual({});
  });

  it('falls back to last-modified for names without a time (Databasus uuids)', async () => {
    const store = memoryStore([
      { key: 'b7d0a1a2-1111-4222-8333-944445555666', lastModified: '2025-01-18T05:00:00Z', size: 100 },
      { key: 'c7d0a1a2-1111-4222-8333-944445555666', lastModified: '2025-01-19T05:00:00Z', size: 100 },
      { key: 'a7d0a1a2-1111-4222-8333-944445555666', lastModified: '2025-01-17T05:00:00Z', size: 100 },
    ]);
    const found = await discoverBackups(store);
    expect(found.map((b) => [b.key[0], b.timeSource])).toEqual([
      ['c', 'last-modified'],
      ['b', 'last-modified'],
      ['a', 'last-modified'],
    ]);
    expect(found[0].time).toEqual(new Date('2025-01-19T05:00:00Z'));
  });

  it('a manifest beats the name; only the newest `readManifests` are read', async () => {
    const objects = [];
    for (let day = 10; day <= 20; day++) {
      const key = `app_2025-01-${day}T05:00:00.dump`;
      objects.push({ key, body: 'PGDMP' });
      // The manifest says 02:00: the name's 05:00 is when the upload finished, not the snapshot.
      objects.push({ key: `${key}.manifest.json`, body: manifest(key, `2025-01-${day}T02:00:00Z`) });
    }
    const store = memoryStore(objects);
    const found = await discoverBackups(store, { readManifests: 3 });
    expect(found).toHaveLength(11);
    expect(found.slice(0, 3).map((b) => [b.time.toISOString(), b.timeSource])).toEqual([
      ['2025-01-20T02:00:00.000Z', 'manifest'],
      ['2025-01-19T02:00:00.000Z', 'manifest'],
      ['2025-01-18T02:00:00.000Z', 'manifest'],
    ]);
    expect(found[0].manifest?.tables['public.items'].rows).toBe(3);
    expect(found[3]).toMatchObject({ timeSource: 'name', time: new Date('2025-01-17T05:00:00Z') });
    expect(found[3].sidecars.manifest).toBe('app_2025-01-17T05:00:00.dump.manifest.json');
    expect(found[3].manifest).toBeUndefined();
    expect(store.reads).toHaveLength(3);
  });

  it('a malformed manifest is reported on its backup, not fatal, and the name time is kept', async () => {
    const store = memoryStore([
      { key: 'app_2025-01-18T05:00:00.dump', body: 'PGDMP' },
      { key: 'app_2025-01-18T05:00:00.dump.manifest.json', body: '{"format":"lifeboat-manifest/1","key":"x"}' },
      { key: 'app_2025-01-17T05:00:00.dump', body: 'PGDMP' },
    ]);
    const found = await discoverBackups(store);
    expect(found[0].timeSource).toBe('name');
    expect(found[0].manifest).toBeUndefined();
    expect(found[0].manifestError).toMatch(
      /^manifest app_2025-01-18T05:00:00.dump.manifest.json is malformed: .*created_at/,
    );
  });

  it('filters by database name prefix', async () => {
    const store = memoryStore([
      { key: 'app_2025-01-18T05:00:00.dump' },
      { key: 'app-2025-01-17.sql.gz' },
      { key: 'billing_2025-01-19T05:00:00.dump' },
      { key: 'application_2025-01-20T05:00:00.dump' },
      { key: '2025/January/PG_app.18-January-2025-05-00.dmp.gz' },
      { key: '2025/January/PG_billing.18-January-2025-05-00.dmp.gz' },
    ]);
    const found = await discoverBackups(store, { database: 'app' });
    expect(found.map((b) => b.key).sort()).toEqual([
      '2025/January/PG_app.18-January-2025-05-00.dmp.gz',
      'app-2025-01-17.sql.gz',
      'app_2025-01-18T05:00:00.dump',
    ]);
  });

  it('applies the timezone to names without a zone', async () => {
    const store = memoryStore([{ key: 'PG_app.18-January-2025-05-00.dmp.gz' }]);
    const [found] = await discoverBackups(store, { timezone: 'Europe/Berlin' });
    expect(found.time.toISOString()).toBe('2025-01-18T04:00:00.000Z');
  });

  it('an empty store is an empty list; an unlistable one throws its StoreError', async () => {
    expect(await discoverBackups(memoryStore([]))).toEqual([]);
    await expect(discoverBackups(new FolderStore('/nonexistent/lifeboat'))).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('works over a real folder with nested layouts', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-discover-'));
    try {
      const put = async (key: string, body: string, mtime?: string) => {
        await mkdir(path.dirname(path.join(root, key)), { recursive: true });
        await writeFile(path.join(root, key), body);
        if (mtime) await utimes(path.join(root, key), new Date(mtime), new Date(mtime));
      };
      await put('2025/01/18/dump-20250118-050000-0f8fad5b-d9cb-469f-a165-70867728950e.zip', 'PK');
      await put('2025/01/17/dump-20250117-050000-1f8fad5b-d9cb-469f-a165-70867728950e.zip', 'PK');
      await put('2025/01/19/.dump-20250119-050000-x.zip.partial', 'PK');
      await put('notes.txt', 'hi');
      const found = await discoverBackups(new FolderStore(root));
      expect(found.map((b) => b.key)).toEqual([
        '2025/01/18/dump-20250118-050000-0f8fad5b-d9cb-469f-a165-70867728950e.zip',
        '2025/01/17/dump-20250117-050000-1f8fad5b-d9cb-469f-a165-70867728950e.zip',
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('databaseFromName', () => {
  it.each([
    ['app_2025-01-18T05:00:00.dump', 'app'],
    ['my-app-2025-01-18.sql.gz', 'my-app'],
    ['2025/January/PG_billing.18-January-2025-05-00.dmp.gz', 'billing'],
    ['backup-2025-01-18T05-00-00-000Z.tar.gz', undefined],
    ['dump-20250118-050000-0f8fad5b-d9cb-469f-a165-70867728950e.zip', undefined],
    ['0f8fad5b-d9cb-469f-a165-70867728950e', undefined],
  ])('%s → %s', (key, expected) => {
    expect(databaseFromName(key)).toBe(expected);
  });
});
