import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, loadSampleDatabase } from '../../src/demo/sample-database.js';
import { withClient } from '../../src/postgres/client.js';
import { sharedCluster } from '../support/postgres.js';
import { startS3rver, type RunningS3rver } from '../support/s3rver.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const PRELOAD = path.join(import.meta.dirname, 'fixtures', 'report-max-rss.mjs');
let dir: string;
let smallUrl: string;
let largeUrl: string;
let s3: RunningS3rver;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-backup-memory-'));
  const clusterUrl = (await sharedCluster()).url();
  smallUrl = await createDatabase(clusterUrl, 'small');
  largeUrl = await createDatabase(clusterUrl, 'large');
  // Sized so that even the small dump is well past the store's buffers (S3 parts are 5 MiB, two in
  // flight) and the garbage collector's steady state: what is measured is then growth, not warm-up.
  await loadSampleDatabase(smallUrl, { ledgerRows: 100_000 });
  await loadSampleDatabase(largeUrl, { ledgerRows: 1_000_000 });
  await padWithWideRows(smallUrl, 40_000);
  await padWithWideRows(largeUrl, 400_000);
  s3 = await startS3rver();
  await s3.bucket('mem');
}, 300_000);

afterAll(async () => {
  await s3?.stop();
  await rm(dir, { recursive: true, force: true });
  await (await sharedCluster()).stop();
});

interface Run {
  exitCode: number | null;
  maxRssKiB: number;
  size: number;
  stderr: string;
}

/** One `lifeboat backup` in its own process, so its peak RSS is the backup's and nothing else's. */
async function backupInChild(url: string, dest: string, env: NodeJS.ProcessEnv, tag: string): Promise<Run> {
  const rssFile = path.join(dir, `${tag}.rss`);
  // Uncompressed, so that the bytes streamed grow with the database: buffering would show.
  const args = [
    '--import',
    'tsx',
    '--import',
    PRELOAD,
    'src/cli/index.ts',
    'backup',
    '--database-url',
    url,
    '--dest',
    dest,
    '--compress',
    '0',
    '--json',
  ];
  const child = spawn(process.execPath, args, {
    cwd: REPO,
    env: { ...process.env, ...env, LIFEBOAT_RSS_FILE: rssFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const report = JSON.parse(stdout);
  return { exitCode, maxRssKiB: Number(await readFile(rssFile, 'utf8')), size: report.backup?.size ?? 0, stderr };
}

/** About 1 KiB per row, generated server-side: a big database in seconds. */
async function padWithWideRows(url: string, rows: number): Promise<void> {
  await withClient(url, async (c) => {
    await c.query('CREATE TABLE public.attachments (id bigint PRIMARY KEY, body text NOT NULL)');
    await c.query(
      `INSERT INTO public.attachments SELECT g, repeat(md5(g::text), 32) FROM generate_series(1, $1::int) g`,
      [rows],
    );
  });
}

async function databaseBytes(url: string): Promise<number> {
  return withClient(url, async (c) =>
    Number((await c.query('SELECT pg_database_size(current_database()) AS n')).rows[0].n),
  );
}

describe('peak memory', () => {
  it.each([
    ['folder', (): string => path.join(dir, 'store'), (): NodeJS.ProcessEnv => ({})],
    ['s3', (): string => 's3://mem/backups', (): NodeJS.ProcessEnv => s3.env],
  ] as const)('of a backup to a %s store stays flat for a database ten times larger', async (kind, dest, env) => {
    const small = await backupInChild(smallUrl, dest(), env(), `${kind}-small`);
    const large = await backupInChild(largeUrl, dest(), env(), `${kind}-large`);
    expect(small.exitCode, small.stderr).toBe(0);
    expect(large.exitCode, large.stderr).toBe(0);
    const ratio = (await databaseBytes(largeUrl)) / (await databaseBytes(smallUrl));
    console.log(
      `${kind}: small dump ${(small.size / 2 ** 20).toFixed(1)} MiB, peak RSS ${(small.maxRssKiB / 1024).toFixed(1)} MiB; ` +
        `large dump ${(large.size / 2 ** 20).toFixed(1)} MiB, peak RSS ${(large.maxRssKiB / 1024).toFixed(1)} MiB; database size ratio ${ratio.toFixed(1)}`,
    );
    expect(ratio).toBeGreaterThan(8);
    expect(large.size / small.size).toBeGreaterThan(9.5);
    // The large dump must outweigh the slack, or holding it in memory would pass unnoticed.
    expect(large.size - small.size).toBeGreaterThan(0.2 * small.maxRssKiB * 1024);
    expect(large.maxRssKiB).toBeLessThanOrEqual(small.maxRssKiB * 1.2);
  });
});
