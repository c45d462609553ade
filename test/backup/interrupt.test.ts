import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, loadSampleDatabase } from '../../src/demo/sample-database.js';
import { partFailsAndAbortDenied, startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';
import { runBackup } from '../../src/backup/run-backup.js';
import { S3Store } from '../../src/stores/s3-store.js';
import { memoryLogger } from '../../src/util/logger.js';
import { sharedCluster } from '../support/postgres.js';
import { settingsFor } from './helpers.js';
import { startS3rver, type RunningS3rver } from '../support/s3rver.js';

/**
 * SIGTERM in the middle of `lifeboat backup`: nothing half-written stays behind (no `.KEY.partial`
 * in a folder, the multipart upload aborted in S3), one "interrupted" line, exit 143. The pg_dump
 * is a stand-in that writes 20 MB and then waits, so the signal always lands mid-upload.
 */
const repoRoot = path.resolve(import.meta.dirname, '../..');
let dir: string;
let binDir: string;
let databaseUrl: string;
let s3: RunningS3rver;
let proxy: FaultProxy;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-interrupt-'));
  binDir = path.join(dir, 'bin');
  await mkdir(binDir);
  const pgDump = path.join(binDir, 'pg_dump');
  await writeFile(
    pgDump,
    '#!/bin/sh\nif [ "$1" = "--version" ]; then echo "pg_dump (PostgreSQL) 15.18"; exit 0; fi\nhead -c 20000000 /dev/zero\nexec sleep 600\n',
  );
  await chmod(pgDump, 0o755);
  databaseUrl = await createDatabase((await sharedCluster()).url(), 'interrupted_backup');
  await loadSampleDatabase(databaseUrl, { ledgerRows: 100 });
  s3 = await startS3rver();
  await s3.bucket('interrupted');
  proxy = await startFaultProxy(s3.endpoint);
});

afterAll(async () => {
  await (await sharedCluster()).stop();
  await proxy?.close();
  await s3?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** Runs the CLI, sends SIGTERM once `ready()` holds, and returns how it ended. */
function interruptedBackup(dest: string, ready: () => Promise<boolean>, env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/index.ts',
        'backup',
        '--database-url',
        databaseUrl,
        '--dest',
        dest,
        '--postgres-bin-dir',
        binDir,
      ],
      { cwd: repoRoot, env: { ...process.env, ...env } },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const poll = setInterval(() => {
      void ready().then((yes) => {
        if (yes) {
          clearInterval(poll);
          child.kill('SIGTERM');
        }
      });
    }, 100);
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ code, stderr });
    });
  });
}

async function filesIn(folder: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => [])) {
    if (entry.isFile()) out.push(entry.name);
  }
  return out;
}

describe('SIGTERM during lifeboat backup', () => {
  it('into a folder: the partial file is removed, "interrupted", exit 143', async () => {
    const dest = path.join(dir, 'store');
    const r = await interruptedBackup(dest, async () => (await filesIn(dest)).some((f) => f.endsWith('.partial')));
    expect(r.code).toBe(143);
    expect(r.stderr).toMatch(/interrupted by SIGTERM/);
    expect(await filesIn(dest)).toEqual([]);
  });

  it('into S3 (multipart): the upload is aborted, "interrupted", exit 143', async () => {
    const uploadParts = () => proxy.seen.filter((r) => r.method === 'PUT' && /partNumber=/.test(r.query));
    const r = await interruptedBackup('s3://interrupted/db/', async () => uploadParts().length > 0, {
      ...s3.env,
      AWS_ENDPOINT_URL_S3: proxy.url,
    });
    expect(r.code).toBe(143);
    expect(r.stderr).toMatch(/interrupted by SIGTERM/);
    const started = proxy.seen.filter((q) => q.method === 'POST' && /^uploads\b/.test(q.query));
    expect(started).toHaveLength(1);
    const aborts = proxy.seen.filter((q) => q.method === 'DELETE' && /uploadId=/.test(q.query));
    expect(aborts).toHaveLength(1);
    expect(aborts[0].path).toBe(started[0].path);
    // Nothing was published: no object, no sidecar, no manifest.
    const { ListObjectsV2Command } = await import('@aws-sdk/client-s3');
    const objects = await s3.client.send(new ListObjectsV2Command({ Bucket: 'interrupted' }));
    expect(objects.Contents ?? []).toEqual([]);
  });
});

describe('a failed multipart upload whose abort is denied', () => {
  it('reports the part\'s 500 as the cause and the denied abort as a line of its own', async () => {
    proxy.fault = partFailsAndAbortDenied(2);
    try {
      const store = new S3Store({
        bucket: 'interrupted',
        prefix: 'denied',
        env: { ...s3.env, AWS_ENDPOINT_URL_S3: proxy.url },
        forcePathStyle: true,
        maxAttempts: 1,
      });
      const { report } = await runBackup(settingsFor({ 'database-url': databaseUrl, dest: store.displayUrl }), {
        store,
        logger: memoryLogger(),
        findPgDump: async () => ({ path: path.join(binDir, 'pg_dump'), version: '15.18', major: 15 }),
      });
      expect(report.status).toBe('critical');
      const dump = report.checks.find((c) => c.id === 'dump')!;
      expect(dump.status).toBe('critical');
      expect(dump.summary).toMatch(/HTTP 500/);
      expect(dump.summary).not.toMatch(/s3:PutObject|access denied/);
      const cleanup = report.checks.filter((c) => c.id === 'cleanup');
      expect(cleanup.map((c) => c.status)).toEqual(['critical']);
      expect(cleanup[0].summary).toMatch(
        /^could not abort the multipart upload of denied\/\S+\.dump \(its parts stay, and are billed, until aborted\): access denied: the credentials lack s3:AbortMultipartUpload/,
      );
    } finally {
      proxy.fault = () => undefined;
    }
  });
});
