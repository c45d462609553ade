// pg_dump -Fd tarred as kartoza writes it with DUMP_ARGS=-Fd (`tar -I 'gzip -9' -cf X.dir.tar.gz X.dir`,
// scripts/lib/db.sh): verify reads it entry by entry, and the drill unpacks it and restores it with
// pg_restore --jobs, every count exact.
import { execFileSync } from 'node:child_process';
import { copyFile, cp, mkdir, mkdtemp, readdir, rm, stat, truncate } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, loadSampleDatabase } from '../../src/demo/sample-database.js';
import { memoryLogger } from '../../src/util/logger.js';
import { verify } from '../../src/verify/verify.js';
import { parseVerifySettings } from '../../src/verify/verify-settings.js';
import { readFile } from 'node:fs/promises';
import { drill } from '../../src/drill/drill.js';
import { parseDrillSettings } from '../../src/drill/drill-settings.js';
import { dumpDatabase, sharedCluster } from '../support/postgres.js';
import { startS3rver, type RunningS3rver } from '../support/s3rver.js';
import { check, REPO, runDrillFor } from './helpers.js';

let work: string;
let store: string;
let tables: Record<string, number>;
/** The same dump left as pg_dump wrote it: a folder holding toc.dat and NNNN.dat.gz files. */
let folderStore: string;
let folderName: string;

beforeAll(async () => {
  const cluster = await sharedCluster();
  const url = await createDatabase(cluster.url(), 'directory_format');
  ({ tables } = await loadSampleDatabase(url, { ledgerRows: 3000 }));
  work = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-dir-format-'));
  const stamp = new Date(Date.now() - 3600_000).toISOString().slice(0, 16).replace(/[:T]/g, '-');
  const name = `PG_app.${stamp}.dir`;
  await dumpDatabase(url, 'custom', path.join(work, name), ['--format=directory', '--jobs=2']);
  store = path.join(work, 'store');
  await mkdir(store);
  execFileSync('tar', ['-C', work, '-I', 'gzip -9', '-cf', path.join(store, `${name}.tar.gz`), name]);
  folderStore = path.join(work, 'folder-store');
  folderName = name;
  await mkdir(path.join(folderStore, 'daily'), { recursive: true });
  await cp(path.join(work, name), path.join(folderStore, 'daily', name), { recursive: true });
}, 120_000);

afterAll(async () => {
  await (await sharedCluster()).stop();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('a tarred pg_dump -Fd directory (.dir.tar.gz)', () => {
  it('verifies ok, every table counted from its own data file', async () => {
    const { report } = await verify(parseVerifySettings({ source: store }), { env: {}, logger: memoryLogger() });
    const content = report.checks.find((c) => c.id === 'content');
    expect(content?.status, content?.summary).toBe('ok');
    expect(report.checks.find((c) => c.id === 'archive')?.summary).toMatch(
      /^gzip-compressed tarred pg_dump directory archive/,
    );
    expect(Object.fromEntries((report.tables ?? []).map((t) => [t.name, t.rows]))).toEqual(tables);
    expect(report.status).toBe('ok');
  });

  it('drills ok: unpacked, restored with pg_restore --jobs, every count exact', async () => {
    const { report } = await runDrillFor({ source: store, jobs: '2' });
    expect(check(report, 'restore').status, check(report, 'restore').summary).toBe('ok');
    expect(check(report, 'restore').summary).toMatch(/pg_restore --jobs 2 .*restored the directory archive/);
    expect(Object.fromEntries((report.tables ?? []).map((t) => [t.name, t.rows]))).toEqual(tables);
    expect(report.status).not.toBe('critical');
  }, 180_000);
});

/** A dump folder read as one tarred directory archive, every table counted from its own data file. */
function expectFolderVerified(report: Awaited<ReturnType<typeof verify>>['report']): void {
  expect(report.checks.find((c) => c.id === 'archive')?.summary).toMatch(/^tarred pg_dump directory archive/);
  const content = report.checks.find((c) => c.id === 'content');
  expect(content?.status, content?.summary).toBe('ok');
  expect(Object.fromEntries((report.tables ?? []).map((t) => [t.name, t.rows]))).toEqual(tables);
  expect(report.status).toBe('ok');
}

describe('a pg_dump -Fd folder in a folder store', () => {
  it('verifies ok as one backup, every table counted from its own data file', async () => {
    const { report } = await verify(parseVerifySettings({ source: folderStore }), { env: {}, logger: memoryLogger() });
    expectFolderVerified(report);
  });

  it('drills ok: restored with pg_restore --format=d, every count exact', async () => {
    const { report } = await runDrillFor({ source: folderStore, jobs: '2' });
    expect(check(report, 'restore').status, check(report, 'restore').summary).toBe('ok');
    expect(Object.fromEntries((report.tables ?? []).map((t) => [t.name, t.rows]))).toEqual(tables);
    expect(report.status).not.toBe('critical');
  }, 180_000);

  it('a truncated data file inside is critical and names its table; the store is left untouched', async () => {
    const damaged = path.join(work, 'damaged-store');
    const dir = path.join(damaged, folderName);
    await cp(path.join(work, folderName), dir, { recursive: true });
    // The largest data file, and the table pg_restore's listing says it holds.
    const files = await Promise.all(
      (await readdir(dir))
        .filter((f) => /^\d+\.dat\.gz$/.test(f))
        .map(async (f) => ({ f, size: (await stat(path.join(dir, f))).size })),
    );
    const victim = files.sort((a, b) => b.size - a.size)[0];
    const listing = execFileSync('/usr/lib/postgresql/15/bin/pg_restore', ['-l', dir], { encoding: 'utf8' });
    const line = listing
      .split('\n')
      .find((l) => l.startsWith(`${victim.f.split('.')[0]}; `) && l.includes('TABLE DATA'));
    const [, schema, table] = / TABLE DATA (\S+) (\S+) /.exec(line ?? '') ?? [];
    expect(table).toBeTruthy();
    await truncate(path.join(dir, victim.f), Math.floor(victim.size / 2));
    await copyFile(path.join(dir, victim.f), path.join(work, 'victim.copy'));
    const before = execFileSync('sha256sum', [path.join(dir, victim.f), path.join(dir, 'toc.dat')], {
      encoding: 'utf8',
    });
    const { report } = await verify(parseVerifySettings({ source: damaged }), { env: {}, logger: memoryLogger() });
    expect(report.status).toBe('critical');
    const content = report.checks.find((c) => c.id === 'content');
    expect(content?.status).toBe('critical');
    expect(content?.summary).toContain(`data for ${schema}.${table}: compressed block is corrupt`);
    expect(execFileSync('sha256sum', [path.join(dir, victim.f), path.join(dir, 'toc.dat')], { encoding: 'utf8' })).toBe(
      before,
    );
  });
});

describe('a pg_dump -Fd folder uploaded to S3 (aws s3 sync dump/ s3://…/daily/NAME/)', () => {
  let s3: RunningS3rver;
  const source = () => `s3://fd-backups/daily`;

  beforeAll(async () => {
    s3 = await startS3rver();
    await s3.bucket('fd-backups');
    const dir = path.join(work, folderName);
    for (const f of await readdir(dir)) {
      await s3.put('fd-backups', `daily/${folderName}/${f}`, await readFile(path.join(dir, f)));
    }
    // An older neighbour that is not a dump folder: its objects stay objects of their own.
    await s3.put('fd-backups', 'daily/notes/3001.dat.gz', 'not part of any dump', new Date(Date.now() - 2 * 3600_000));
  }, 60_000);

  afterAll(async () => {
    await s3?.stop();
  });

  it('verifies ok as one backup, every table counted from its own data file', async () => {
    const { report } = await verify(parseVerifySettings({ source: source() }), { env: s3.env, logger: memoryLogger() });
    expect(report.backup?.key).toBe(folderName);
    expectFolderVerified(report);
  });

  it('drills ok from S3, every count exact', async () => {
    const settings = parseDrillSettings({ checks: '/dev/null', source: source(), jobs: '2' });
    const { report } = await drill(settings, { env: s3.env, logger: memoryLogger(), cwd: REPO });
    expect(check(report, 'restore').status, check(report, 'restore').summary).toBe('ok');
    expect(Object.fromEntries((report.tables ?? []).map((t) => [t.name, t.rows]))).toEqual(tables);
    expect(report.status).not.toBe('critical');
  }, 180_000);
});
