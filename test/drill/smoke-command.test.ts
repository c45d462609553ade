import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSmoke } from '../../src/drill/smoke-command.js';
import type { DrillTarget } from '../../src/restore/target.js';
import { silentLogger } from '../../src/util/logger.js';

let dir: string;
const target = { env: { PGHOST: '127.0.0.1' } } as unknown as DrillTarget;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-smoke-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Gone, or a zombie nobody reaped yet (it runs nothing): the test looks only at this one pid. */
function running(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return false;
  try {
    return readFileSync(stat, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
}

async function until(condition: () => boolean): Promise<boolean> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((r) => setTimeout(r, 100));
  return condition();
}

describe('a smoke command that leaves something running in the background', () => {
  it("'sleep 600 & exit 0' finishes ok, and the sleep in its process group is stopped", async () => {
    const pidFile = path.join(dir, 'sleep.pid');
    const check = await runSmoke(`sleep 600 & echo $! > ${pidFile}; echo started; exit 0`, {
      target,
      logger: silentLogger,
    });
    expect(check.status).toBe('ok');
    expect(check.summary).toMatch(/^the smoke command exited 0 after/);
    const sleep = Number(await readFile(pidFile, 'utf8'));
    expect(sleep).toBeGreaterThan(0);
    expect(await until(() => !running(sleep))).toBe(true);
  });

  it('a background process that ignores SIGTERM is killed, and its open pipes are not waited for', async () => {
    const pidFile = path.join(dir, 'stubborn.pid');
    const check = await runSmoke(`sh -c 'trap "" TERM; sleep 600' & echo $! > ${pidFile}; exit 3`, {
      target,
      logger: silentLogger,
    });
    expect(check.status).toBe('critical');
    expect(check.summary).toMatch(/exited 3/);
    const stubborn = Number(await readFile(pidFile, 'utf8'));
    expect(await until(() => !running(stubborn))).toBe(true);
  });

  it('the last line of output is kept', async () => {
    const check = await runSmoke('echo probing; echo "connection refused" >&2; exit 1', {
      target,
      logger: silentLogger,
    });
    expect(check.summary).toMatch(/exited 1 after [\d.]+s: connection refused$/);
  });

  it('the deadline kills the whole group', async () => {
    const pidFile = path.join(dir, 'deadline.pid');
    const check = await runSmoke(`sleep 600 & echo $! > ${pidFile}; wait`, {
      target,
      logger: silentLogger,
      timeoutMs: 500,
    });
    expect(check.status).toBe('critical');
    expect(check.summary).toMatch(/was killed by SIGKILL/);
    expect(await until(() => !running(Number(readFileSync(pidFile, 'utf8'))))).toBe(true);
  });
});
