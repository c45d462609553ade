import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../src/util/cleanup.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'temp-dir-then-wait.ts');
let parent: string;

beforeAll(async () => {
  parent = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-cleanup-'));
});

afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

/** Runs the fixture: a temp dir made through the registry, then a signal or process.exit (no finally runs). */
async function child(mode: 'signal' | 'exit', signal: NodeJS.Signals = 'SIGTERM') {
  const proc = spawn(process.execPath, ['--import', 'tsx', FIXTURE, parent, mode], {
    cwd: REPO,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const dir = await new Promise<string>((resolve, reject) => {
    let out = '';
    proc.stdout.on('data', (d) => {
      out += String(d);
      if (out.includes('\n')) resolve(out.split('\n')[0]);
    });
    void exited.then((code) => reject(new Error(`child exited early (${code}): ${stderr}`)));
  });
  expect(existsSync(dir)).toBe(true);
  if (mode === 'signal') proc.kill(signal);
  else proc.stdin.end();
  return { code: await exited, dir, stderr: () => stderr };
}

describe('the cleanup registry', () => {
  it('remove() deletes the directory and its contents', async () => {
    const dir = await makeTempDir(parent, 'direct-');
    await writeFile(path.join(dir.path, 'copy'), 'x');
    await dir.remove();
    expect(existsSync(dir.path)).toBe(false);
  });

  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)(
    '%s during a command: interrupt undos run, the temp dir is removed, one line, exit %i',
    async (signal, code) => {
      const r = await child('signal', signal);
      expect(r.code).toBe(code);
      expect(existsSync(r.dir)).toBe(false);
      expect(existsSync(`${r.dir}.interrupted`)).toBe(true);
      expect(r.stderr()).toBe(`lifeboat: interrupted by ${signal}; cleaning up\n`);
    },
  );

  it('process.exit skips finally blocks, yet the temp dir is removed', async () => {
    const r = await child('exit');
    expect(r.code).toBe(7);
    expect(existsSync(r.dir)).toBe(false);
    expect(existsSync(`${r.dir}.interrupted`)).toBe(false);
  });
});
