import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asServerUser, needsServerUser, runTool, spawnTool } from '../../src/postgres/run-tool.js';

describe('runTool', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat run tool '));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('passes arguments verbatim (no shell), even to a tool whose path has spaces', async () => {
    const sub = path.join(dir, 'bin dir');
    await mkdir(sub, { recursive: true });
    const tool = path.join(sub, 'print args');
    await writeFile(tool, '#!/bin/sh\nfor a in "$@"; do printf "[%s]\\n" "$a"; done\necho "err:$LIFEBOAT_TEST_VAR" >&2\nexit 3\n');
    await chmod(tool, 0o755);
    const result = await runTool(tool, ['a b', '$(whoami)', "it's", '; rm -rf /'], { env: { LIFEBOAT_TEST_VAR: 'x1' } });
    expect(result).toEqual({
      exitCode: 3,
      stdout: "[a b]\n[$(whoami)]\n[it's]\n[; rm -rf /]\n",
      stderr: 'err:x1\n',
    });
  });

  it('feeds input on stdin and keeps the inherited environment', async () => {
    const result = await runTool('sh', ['-c', 'cat; printf "%s" "$HOME"'], { input: 'hello\n' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(`hello\n${process.env.HOME}`);
  });

  it('runs as the postgres user exactly when we are root', async () => {
    const wrapped = asServerUser('/usr/bin/id', ['-un']);
    if (needsServerUser()) expect(wrapped).toEqual({ cmd: 'runuser', args: ['-u', 'postgres', '--', '/usr/bin/id', '-un'] });
    else expect(wrapped).toEqual({ cmd: '/usr/bin/id', args: ['-un'] });
    const result = await runTool('id', ['-un'], { asServerUser: true, cwd: '/' });
    expect(result.stdout.trim()).toBe(needsServerUser() ? 'postgres' : os.userInfo().username);
  });

  it('spawnTool streams stdin to stdout', async () => {
    const child = spawnTool('tr', ['a-z', 'A-Z']);
    let out = '';
    child.stdout!.on('data', (d) => (out += String(d)));
    child.stdin!.end('streamed bytes');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(out).toBe('STREAMED BYTES');
  });
});
