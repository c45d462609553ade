import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/demo/sample-database.js';
import { withClient, withDatabase } from '../../src/postgres/client.js';
import { sharedCluster } from '../support/postgres.js';
import { demoBackup, lifeboat, tableCounts, type DemoBackup } from './restore-helpers.js';

let demo: DemoBackup;
let clusterUrl: string;

beforeAll(async () => {
  demo = await demoBackup('restore_src', { ledgerRows: 1200 });
  clusterUrl = (await sharedCluster()).url();
}, 120_000);

afterAll(async () => {
  await (await sharedCluster()).stop();
  if (demo) await rm(demo.dir, { recursive: true, force: true });
});

/** A database someone uses: one table of their own, with rows. */
async function busyDatabase(name: string): Promise<string> {
  const url = await createDatabase(clusterUrl, name);
  await withClient(url, (c) =>
    c.query(
      `CREATE TABLE public.notes (id int PRIMARY KEY, body text); INSERT INTO public.notes VALUES (1, 'a'), (2, 'b'), (3, 'c')`,
    ),
  );
  return url;
}

describe('lifeboat restore: safety rules', () => {
  it('refuses a database that holds tables without --allow-overwrite, and changes nothing', async () => {
    const target = await busyDatabase('restore_busy');
    const before = await tableCounts(target);
    const r = await lifeboat('restore', '--source', demo.store, '--backup', 'latest', '--target', target);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /^lifeboat restore: refusing target .*: database restore_busy already holds tables \(public\.notes\)/m,
    );
    expect(r.stderr).toContain('pass --allow-overwrite to restore over it; nothing was restored');
    expect(r.stdout).toBe('');
    expect(await tableCounts(target)).toEqual(before);
    expect(before).toEqual({ 'public.notes': 3 });
  });

  it('refuses the production database even with --allow-overwrite, and changes nothing', async () => {
    const before = await tableCounts(demo.sourceUrl);
    // Same server and database, spelled differently: still production.
    const production = demo.sourceUrl.replace('127.0.0.1', 'localhost');
    expect(production).not.toBe(demo.sourceUrl);
    const r = await lifeboat(
      'restore',
      '--source',
      demo.store,
      '--target',
      demo.sourceUrl,
      '--allow-overwrite',
      '--production-database-url',
      production,
    );
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/refusing target .*it is the production database/);
    expect(await tableCounts(demo.sourceUrl)).toEqual(before);
  });

  it('never prints the target password', async () => {
    const url = new URL(withDatabase(clusterUrl, 'restore_no_such_db'));
    url.password = 'S3cret-Restore-Pw';
    const r = await lifeboat('restore', '--source', demo.store, '--target', url.toString());
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/cannot connect to target/);
    expect(r.stderr + r.stdout).not.toContain('S3cret-Restore-Pw');
  });

  it('refuses a railway:// source, whose snapshots cannot be downloaded, and changes nothing', async () => {
    const target = await createDatabase(clusterUrl, 'restore_railway');
    const r = await lifeboat('restore', '--source', 'railway://volume/vi-42', '--target', target);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /^lifeboat restore: a restore cannot use railway:\/\/volume\/vi-42: .*no download.*create-backup/m,
    );
    expect(r.stdout).toBe('');
    expect(await tableCounts(target)).toEqual({});
  });

  it('wants a URL target, not ephemeral', async () => {
    const r = await lifeboat('restore', '--source', demo.store, '--target', 'ephemeral');
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/for a throwaway restore run lifeboat drill/);
  });
});

describe('lifeboat restore: the real restore', () => {
  it('restores every table of the backup with the manifest row counts into an empty database', async () => {
    const target = await createDatabase(clusterUrl, 'restore_full');
    const r = await lifeboat('restore', '--source', demo.store, '--target', target);
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✓ restore\s+pg_restore --jobs \d+/);
    expect(r.stdout).toMatch(/RESTORED$/m);
    const expected = Object.fromEntries(Object.entries(demo.manifest.tables).map(([name, t]) => [name, t.rows]));
    expect(await tableCounts(target)).toEqual(expected);
    expect(expected['public.inventory_ledger']).toBe(1200);
  });

  it('restores only the named tables with --table', async () => {
    const target = await createDatabase(clusterUrl, 'restore_one');
    const r = await lifeboat(
      'restore',
      '--source',
      demo.store,
      '--target',
      target,
      '--table',
      'public.items',
      '--table=tenants',
    );
    expect(r.code).toBe(0);
    expect(await tableCounts(target)).toEqual({
      'public.items': demo.tables['public.items'],
      'public.tenants': demo.tables['public.tenants'],
    });
  });

  it('refuses an unknown --table before touching the target', async () => {
    const target = await createDatabase(clusterUrl, 'restore_unknown_table');
    const r = await lifeboat('restore', '--source', demo.store, '--target', target, '--table', 'public.nope');
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/holds no table public\.nope/);
    expect(await tableCounts(target)).toEqual({});
  });

  it("with --allow-overwrite restores over the backup's tables and leaves the others alone", async () => {
    const target = await busyDatabase('restore_over');
    // Someone deleted most of the ledger: the backup's copy must come back whole.
    const first = await lifeboat('restore', '--source', demo.store, '--target', target, '--allow-overwrite');
    expect(first.code).toBe(0);
    await withClient(target, (c) => c.query('DELETE FROM public.inventory_ledger WHERE id > 10'));
    const again = await lifeboat('restore', '--source', demo.store, '--target', target, '--allow-overwrite');
    expect(again.stderr).toMatch(/holds tables, restoring over them/);
    expect(again.code).toBe(0);
    const counts = await tableCounts(target);
    expect(counts['public.notes']).toBe(3);
    expect(counts['public.inventory_ledger']).toBe(1200);
  });
});
