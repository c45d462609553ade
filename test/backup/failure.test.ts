import { spawn } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, loadSampleDatabase } from '../../src/demo/sample-database.js';
import { withClient } from '../../src/postgres/client.js';
import { runBackup } from '../../src/backup/run-backup.js';
import { findClientTool } from '../../src/postgres/binaries.js';
import { FolderStore } from '../../src/stores/folder-store.js';
import { silentLogger } from '../../src/util/logger.js';
import { verify } from '../../src/verify/verify.js';
import { parseVerifySettings } from '../../src/verify/verify-settings.js';
import { sharedCluster } from '../support/postgres.js';
import { backupInto, databaseWithOwnRole, settingsFor } from './helpers.js';

const REPO = path.resolve(import.meta.dirname, '../..');
let dir: string;
let clusterUrl: string;
let bigUrl: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-backup-fail-'));
  clusterUrl = (await sharedCluster()).url();
  bigUrl = await createDatabase(clusterUrl, 'bigdb');
  // Big enough that pg_dump is still streaming when it is killed.
  await loadSampleDatabase(bigUrl, { ledgerRows: 1_000_000 });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await (await sharedCluster()).stop();
});

/** Child processes of this process whose command line names `name` (pg_dump spawned by the core). */
async function childPids(name: string): Promise<number[]> {
  const pids: number[] = [];
  for (const task of await readdir(`/proc/${process.pid}/task`)) {
    const children = await readFile(`/proc/${process.pid}/task/${task}/children`, 'utf8').catch(() => '');
    for (const pid of children.split(/\s+/).filter(Boolean).map(Number)) {
      const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
      if (cmdline.split('\0')[0].endsWith(name)) pids.push(pid);
    }
  }
  return pids;
}

async function until<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function verifyFolder(folder: string) {
  const { report, newest } = await verify(parseVerifySettings({ source: folder, integrity: 'checksum' }), {
    env: {},
    logger: silentLogger,
  });
  return { report, newest, check: (id: string) => report.checks.find((c) => c.id === id) };
}

describe('a backup that fails halfway', () => {
  it('pg_dump killed mid-stream: nothing kept, no manifest, a clear critical, verify keeps the previous backup', async () => {
    const folder = path.join(dir, 'killed');
    const store = new FolderStore(folder);
    const first = await backupInto(store, { 'database-url': bigUrl, compress: '0' });
    expect(first.report.status).toBe('ok');
    const before = (await readdir(folder)).sort();

    const running = backupInto(store, { 'database-url': bigUrl, compress: '0' });
    // Halfway: the partial object already holds megabytes when pg_dump dies.
    const partialSize = await until(async () => {
      const partial = (await readdir(folder)).find((n) => n.endsWith('.partial'));
      if (!partial) return undefined;
      const size = (await stat(path.join(folder, partial)).catch(() => undefined))?.size ?? 0;
      return size > 4 * 1024 * 1024 ? size : undefined;
    }, 'the dump to be under way');
    const [pid] = await until(async () => {
      const pids = await childPids('pg_dump');
      return pids.length ? pids : undefined;
    }, 'pg_dump');
    process.kill(pid, 'SIGKILL');
    const failed = await running;

    expect(partialSize).toBeGreaterThan(4 * 1024 * 1024);
    expect(failed.report.status).toBe('critical');
    expect(failed.key).toBeUndefined();
    const dump = failed.report.checks.find((c) => c.id === 'dump');
    expect(dump?.status).toBe('critical');
    expect(dump?.summary).toMatch(/pg_dump was killed by SIGKILL/);
    expect(failed.report.checks.find((c) => c.id === 'manifest')?.status).toBe('skipped');
    // Nothing new in the folder: no object, no sidecar, no manifest, no temp file.
    expect((await readdir(folder, { withFileTypes: false })).sort()).toEqual(before);
    expect((await readdir(folder)).filter((n) => n.startsWith('.'))).toEqual([]);

    const after = await verifyFolder(folder);
    expect(after.newest?.key).toBe(first.key);
    expect(after.check('checksum')?.status).toBe('ok');
  });

  it('an object left without its manifest (a run that died after the upload) is reported incomplete, not the newest good backup', async () => {
    const folder = path.join(dir, 'orphan');
    const store = new FolderStore(folder);
    const good = await backupInto(store, { 'database-url': bigUrl, compress: '0' });
    const goodKey = good.key as string;
    // The same bytes under a later Lifeboat name, as if the process died before writing the manifest.
    const orphanKey = goodKey.replace(/_\d{4}-.*Z\.dump$/, '_2099-01-01T02-00-00-000Z.dump');
    await copyFile(path.join(folder, goodKey), path.join(folder, orphanKey));

    const result = await verifyFolder(folder);
    expect(result.newest?.key).toBe(goodKey);
    expect(result.check('exists')?.summary).toContain(goodKey);
    expect(result.check('manifest')).toMatchObject({ status: 'warning', value: 1 });
    expect(result.check('manifest')?.summary).toContain(`${orphanKey} has no Lifeboat manifest`);
    expect(result.check('checksum')?.status).toBe('ok');
    expect(result.report.status).toBe('warning');

    // Another run dies the same way: still the older complete backup is the newest good one.
    const second = goodKey.replace(/_\d{4}-.*Z\.dump$/, '_2099-01-02T02-00-00-000Z.dump');
    await copyFile(path.join(folder, goodKey), path.join(folder, second));
    const twice = await verifyFolder(folder);
    expect(twice.newest?.key).toBe(goodKey);
    expect(twice.check('manifest')).toMatchObject({ status: 'warning', value: 2 });
  });

  it('the CLI exits non-zero with a clear message when the database disappears mid-dump, and leaks no password', async () => {
    const { url, password } = await databaseWithOwnRole(clusterUrl, 'vanishing');
    await loadSampleDatabase(url, { ledgerRows: 1_000_000 });
    const folder = path.join(dir, 'vanishing');
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/index.ts',
        'backup',
        '--database-url',
        url,
        '--dest',
        folder,
        '--compress',
        '0',
        '--json',
      ],
      { cwd: REPO, env: { ...process.env, LIFEBOAT_DEBUG: '' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const exitCode = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));

    await until(
      () =>
        withClient(clusterUrl, async (c) => {
          const { rows } = await c.query(
            `SELECT 1 FROM pg_stat_activity WHERE datname = 'vanishing' AND application_name = 'pg_dump' AND query ILIKE 'COPY%'`,
          );
          return rows.length ? true : undefined;
        }),
      'pg_dump to start copying',
    );
    await withClient(clusterUrl, (c) => c.query('DROP DATABASE vanishing WITH (FORCE)'));

    expect(await exitCode).toBe(2);
    const report = JSON.parse(stdout);
    expect(report.status).toBe('critical');
    const dump = report.checks.find((c: { id: string }) => c.id === 'dump');
    expect(dump.status).toBe('critical');
    // Whichever connection noticed first: pg_dump's or the snapshot's.
    expect(dump.summary).toMatch(
      /^backup of vanishing failed, nothing kept: (pg_dump exited with code 1|row counts).*(terminat|connection)/i,
    );
    const files = await readdir(folder).catch(() => [] as string[]);
    expect(files.filter((f) => f.endsWith('.manifest.json'))).toEqual([]);
    expect(files).toEqual([]);
    for (const text of [stdout, stderr]) {
      expect(text).not.toContain(password);
      expect(text).not.toContain(encodeURIComponent(password));
    }
  });
});

describe('pg_dump versus the server', () => {
  it('fails before dumping, naming both versions, when only an older pg_dump exists', async () => {
    // A stand-in pg_dump that reports an old version: the only one this search can find.
    const fakeBin = path.join(dir, 'old-bin');
    await mkdir(fakeBin, { recursive: true });
    await writeFile(path.join(fakeBin, 'pg_dump'), '#!/bin/sh\necho "pg_dump (PostgreSQL) 12.22"\n');
    await chmod(path.join(fakeBin, 'pg_dump'), 0o755);
    const folder = path.join(dir, 'old-pg-dump');
    const result = await runBackup(settingsFor({ 'database-url': bigUrl, dest: folder }), {
      store: new FolderStore(folder),
      logger: silentLogger,
      findPgDump: (minMajor) =>
        findClientTool('pg_dump', { minMajor, searchPath: fakeBin, libRoot: path.join(dir, 'no-lib') }),
    });
    const dump = result.report.checks.find((c) => c.id === 'dump');
    expect(dump?.status).toBe('critical');
    expect(dump?.summary).toMatch(
      /server runs PostgreSQL \d+\.\d+, which needs pg_dump \d+ or newer: pg_dump 12\.22 .* is too old/,
    );
    expect(result.report.status).toBe('critical');
    expect(await readdir(folder).catch(() => [])).toEqual([]);
  });

  it('refuses a compression method the found pg_dump cannot do, saying which version it is', async () => {
    const folder = path.join(dir, 'zstd');
    const result = await backupInto(new FolderStore(folder), { 'database-url': bigUrl, compress: 'zstd' });
    const pgDump = await findClientTool('pg_dump');
    const dump = result.report.checks.find((c) => c.id === 'dump');
    if (pgDump.major >= 16) {
      expect(dump?.status).toBe('ok');
    } else {
      expect(dump?.status).toBe('critical');
      expect(dump?.summary).toContain(`needs pg_dump 16 or newer`);
      expect(dump?.summary).toContain(pgDump.version);
    }
  });
});
