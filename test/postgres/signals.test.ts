import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isProcessAlive } from '../../src/postgres/ephemeral-cluster.js';

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'cluster-then-wait.ts');

async function clusterChildGetsSignal(signal: NodeJS.Signals) {
  // node --import tsx rather than `npx tsx`: npx sits between us and the script and would receive
  // the signal instead of the process under test.
  const child = spawn(process.execPath, ['--import', 'tsx', fixture], {
    cwd: path.resolve(path.dirname(fixture), '..', '..', '..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, sig) => resolve({ code, signal: sig })),
  );
  const info = await new Promise<{ tempDir: string; dataDir: string; port: number }>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += String(d);
      const line = out.split('\n')[0];
      if (out.includes('\n')) resolve(JSON.parse(line));
    });
    void exited.then(({ code }) => reject(new Error(`fixture exited early (${code}): ${stderr}`)));
  });
  const pid = Number(readFileSync(path.join(info.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  expect(isProcessAlive(pid)).toBe(true);

  child.kill(signal);
  const result = await exited;
  return { result, pid, info, stderr };
}

describe('a process that owns a cluster and is signalled', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('%s: exits %i leaving no postgres process and no data directory', async (signal, exitCode) => {
    const { result, pid, info, stderr } = await clusterChildGetsSignal(signal);
    expect(stderr).toBe('');
    expect(result.code).toBe(exitCode);
    expect(isProcessAlive(pid)).toBe(false);
    expect(existsSync(info.tempDir)).toBe(false);
  });
});
