import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, loadSampleDatabase } from '../../src/demo/sample-database.js';
import { FolderStore } from '../../src/stores/folder-store.js';
import { sharedCluster } from '../support/postgres.js';
import { backupInto } from './helpers.js';

/**
 * The manifest is what says a backup completed: written last, read back when its write's answer
 * is lost, deleted first when a backup is discarded, and a delete that fails is reported on its own.
 */
let dir: string;
let url: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-publish-'));
  url = await createDatabase((await sharedCluster()).url(), 'publish_order');
  await loadSampleDatabase(url, { ledgerRows: 200 });
});

afterAll(async () => {
  await (await sharedCluster()).stop();
  await rm(dir, { recursive: true, force: true });
});

/** A folder store whose manifest write fails after (`lost`) or instead of writing, and whose deletes may fail. */
class FaultyStore extends FolderStore {
  deleted: string[] = [];
  constructor(
    root: string,
    private readonly fault: { manifest: 'lost' | 'refused'; deletes?: 'refused' },
  ) {
    super(root);
  }
  override async writeText(key: string, text: string): Promise<void> {
    if (!key.endsWith('.manifest.json')) return super.writeText(key, text);
    if (this.fault.manifest === 'lost') await super.writeText(key, text);
    throw new Error('socket hang up');
  }
  override async delete(key: string): Promise<void> {
    this.deleted.push(
      key.split('.').slice(-1)[0] === 'json' ? 'manifest' : key.endsWith('.sha256') ? 'sha256' : 'dump',
    );
    if (this.fault.deletes === 'refused') throw new Error('access denied: the credentials lack s3:DeleteObject');
    return super.delete(key);
  }
}

describe('publishing a backup', () => {
  it('a manifest write whose answer was lost is read back: the backup is kept, ok', async () => {
    const folder = path.join(dir, 'lost');
    const store = new FaultyStore(folder, { manifest: 'lost' });
    const result = await backupInto(store, { 'database-url': url });
    expect(result.report.checks.find((c) => c.id === 'manifest')?.status).toBe('ok');
    expect(result.report.status).toBe('ok');
    expect(store.deleted).toEqual([]);
    expect((await readdir(folder)).sort()).toEqual(
      [result.key, `${result.key}.manifest.json`, `${result.key}.sha256`].sort(),
    );
  });

  it('a refused manifest write discards the backup, manifest first', async () => {
    const folder = path.join(dir, 'refused');
    const store = new FaultyStore(folder, { manifest: 'refused' });
    const result = await backupInto(store, { 'database-url': url });
    expect(result.report.checks.find((c) => c.id === 'manifest')?.summary).toMatch(
      /^cannot write the manifest, backup discarded: socket hang up/,
    );
    expect(store.deleted).toEqual(['manifest', 'dump', 'sha256']);
    expect(await readdir(folder)).toEqual([]);
  });

  it('deletes that fail: the first failure is the story, each leftover is its own line, never "discarded"', async () => {
    const folder = path.join(dir, 'stuck');
    const store = new FaultyStore(folder, { manifest: 'refused', deletes: 'refused' });
    const result = await backupInto(store, { 'database-url': url });
    const critical = result.report.checks.filter((c) => c.status === 'critical');
    expect(critical[0]).toMatchObject({ id: 'manifest' });
    expect(critical[0].summary).toMatch(/^cannot write the manifest, backup NOT fully discarded: socket hang up/);
    expect(critical.slice(1).map((c) => c.id)).toEqual(['cleanup', 'cleanup', 'cleanup']);
    expect(critical[2].summary).toMatch(/^could not delete .*\.dump after the failed backup: access denied/);
  });
});
