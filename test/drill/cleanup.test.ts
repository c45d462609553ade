import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedCluster } from '../support/postgres.js';
import { groupMembers, postmasterOf, seen, stillRunning } from '../support/processes.js';
import { addBackup, newStoreDir, REPO, runDrillFor, sampleSource, stampedKey, type Source } from './helpers.js';

let source: Source;
const started: ChildProcess[] = [];

beforeAll(async () => {
  // Enough rows that pg_restore is still at work when the signal lands.
  source = await sampleSource('drill_sigterm', { ledgerRows: 50_000 });
});

afterAll(async () => {
  // A failed assertion must not leave its drill (and the drill's children) running.
  for (const child of started) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  await (await sharedCluster()).stop();
  if (source) await rm(source.dir, { recursive: true, force: true });
});

/**
 * Starts `lifeboat drill` in its own process group (detached: its pid is the group id, and pg_restore,
 * psql and the smoke command join it), waits until `ready` holds for its stderr, and sends SIGTERM.
 */
async function signalledDrill(
  name: string,
  smokeCommand: string,
  ready: (stderr: string) => boolean,
  signal: NodeJS.Signals = 'SIGTERM',
) {
  const store = await newStoreDir(source.dir, name);
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
      smokeCommand,
    ],
    { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  started.push(child);
  let stderr = '';
  const exited = new Promise<{ code: number | null }>((resolve) => child.on('exit', (code) => resolve({ code })));
  const seenDirs = await new Promise<{ tempDir: string; workDir: string }>((resolve, reject) => {
    const poll = () => {
      const tempDir = /Target: ephemeral .*\((\/[^)]+)\)/.exec(stderr)?.[1];
      const workDir = /Working directory (\S+)/.exec(stderr)?.[1];
      if (tempDir && workDir && ready(stderr)) {
        clearInterval(timer);
        resolve({ tempDir, workDir });
      }
    };
    // Polled as well as on output: a smoke command announces itself through a file, not stderr.
    const timer = setInterval(poll, 50);
    child.stderr.on('data', (d) => {
      stderr += String(d);
      poll();
    });
    void exited.then(({ code }) => {
      clearInterval(timer);
      reject(new Error(`drill exited early (${code}): ${stderr}`));
    });
  });
  const postmaster = postmasterOf(path.join(seenDirs.tempDir, 'data'));
  const drill = seen(child.pid!);
  expect(postmaster).toBeDefined();
  expect(drill).toBeDefined();
  expect(existsSync(seenDirs.workDir)).toBe(true);

  child.kill(signal);
  const { code } = await exited;
  return { code, store, ...seenDirs, postmaster: postmaster!, drill: drill!, pgid: child.pid! };
}

describe('SIGTERM to a running drill', () => {
  it('during the restore: exit 143, no postgres process, no data directory, no local copy', async () => {
    const r = await signalledDrill('during-restore', 'true', (stderr) => /Restoring with/.test(stderr));
    expect(r.code).toBe(143);
    expect(existsSync(r.tempDir)).toBe(false);
    expect(existsSync(r.workDir)).toBe(false);
    expect(stillRunning(r.postmaster)).toBe(false);
    expect(stillRunning(r.drill)).toBe(false);
    // pg_restore (and anything else the drill started in its group) is gone too.
    expect(groupMembers(r.pgid)).toEqual([]);
  });

  it('during the smoke command: the command the drill started is stopped with it', async () => {
    const pidFile = path.join(source.dir, 'smoke.pid');
    // The command names its own pid (exec keeps it), so the test follows exactly that process.
    const r = await signalledDrill(
      'during-smoke',
      `echo $$ > ${pidFile}; exec sleep 60`,
      () => existsSync(pidFile) && readFileSync(pidFile, 'utf8').endsWith('\n'),
    );
    const smoke = Number(readFileSync(pidFile, 'utf8'));
    expect(r.code).toBe(143);
    expect(existsSync(r.tempDir)).toBe(false);
    expect(existsSync(r.workDir)).toBe(false);
    expect(stillRunning(r.postmaster)).toBe(false);
    expect(seen(smoke)).toBeUndefined();
    expect(groupMembers(r.pgid)).toEqual([]);
  });
});

describe('SIGKILL to a running drill (no cleanup can run), then another drill', () => {
  it('the next drill stops the first one’s PostgreSQL and removes its temp dirs before it starts', async () => {
    const r = await signalledDrill('killed', 'true', (stderr) => /Restoring with/.test(stderr), 'SIGKILL');
    expect(r.code).toBe(null);
    // What SIGKILL leaves behind: nothing ran to stop the cluster.
    expect(stillRunning(r.postmaster)).toBe(true);
    expect(existsSync(r.tempDir)).toBe(true);
    expect(existsSync(r.workDir)).toBe(true);

    const { report } = await runDrillFor({ source: r.store, checks: '/dev/null' });
    expect(report.status).toBe('ok');
    expect(stillRunning(r.postmaster)).toBe(false);
    expect(existsSync(r.tempDir)).toBe(false);
    expect(existsSync(r.workDir)).toBe(false);
  });
});
