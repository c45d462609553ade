import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { isProcessAlive } from '../../src/postgres/ephemeral-cluster.js';
import { sharedCluster } from '../support/postgres.js';
import { addBackup, newStoreDir, processesMentioning, REPO, sampleSource, stampedKey, type Source } from './helpers.js';

let source: Source;

beforeAll(async () => {
  // Enough rows that pg_restore is still at work when the signal lands.
  source = await sampleSource('drill_sigterm', { ledgerRows: 50_000 });
});

afterAll(async () => {
  await (await sharedCluster()).stop();
  if (source) await rm(source.dir, { recursive: true, force: true });
});

it('SIGTERM to a running drill leaves no postgres process, no data directory and no local copy', async () => {
  const store = await newStoreDir(source.dir, 'store');
  await addBackup(store, stampedKey('inventory', new Date(Date.now() - 3_600_000), '.dump'), source.dumps.custom);
  // node --import tsx rather than `npx tsx`: npx would stand between us and the drill and get the signal.
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/cli/index.ts',
      'drill',
      '--source',
      store,
      '--checks',
      '/dev/null',
      '--smoke-command',
      'sleep 60',
    ],
    { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  const exited = new Promise<{ code: number | null }>((resolve) => child.on('exit', (code) => resolve({ code })));
  const seen = await new Promise<{ tempDir: string; workDir: string }>((resolve, reject) => {
    child.stderr.on('data', (d) => {
      stderr += String(d);
      const tempDir = /Target: ephemeral .*\((\/[^)]+)\)/.exec(stderr)?.[1];
      const workDir = /Working directory (\S+)/.exec(stderr)?.[1];
      if (tempDir && workDir && /Restoring with/.test(stderr)) resolve({ tempDir, workDir });
    });
    void exited.then(({ code }) => reject(new Error(`drill exited early (${code}): ${stderr}`)));
  });
  const dataDir = `${seen.tempDir}/data`;
  expect(processesMentioning(dataDir).length).toBeGreaterThan(0);
  expect(existsSync(seen.workDir)).toBe(true);

  child.kill('SIGTERM');
  const { code } = await exited;
  expect(code).toBe(143);
  expect(existsSync(seen.tempDir)).toBe(false);
  expect(existsSync(seen.workDir)).toBe(false);
  expect(processesMentioning(dataDir)).toEqual([]);
  expect(processesMentioning('sleep 60')).toEqual([]);
  expect(isProcessAlive(child.pid!)).toBe(false);
});
