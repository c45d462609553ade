import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { writePlainBackups } from '../support/plain-backups.js';

let dir: string;

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (d) => (text += d));
  return { stream, text: () => text };
}

async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const stdout = capture();
  const stderr = capture();
  const code = await main(argv, {
    env: { PATH: process.env.PATH, ...env },
    stdout: stdout.stream,
    stderr: stderr.stream,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-cli-'));
  await writePlainBackups(dir, [2]);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('lifeboat verify', () => {
  it('exits 0 with one line per check and the verdict', async () => {
    const r = await run(['verify', '--source', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✓ recency/);
    expect(r.stdout).toMatch(/✓ content/);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('OK: all checks passed');
  });

  it('--json prints the report object of PRODUCT.md §8', async () => {
    const r = await run(['verify', '--source', dir, '--json']);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ status: 'ok', kind: 'verify', source: dir });
    expect(report.backup.key).toMatch(/^app_.*\.sql$/);
    expect(report.checks.map((c: { id: string }) => c.id)).toEqual([
      'store',
      'exists',
      'recency',
      'future',
      'size',
      'checksum',
      'archive',
      'content',
      'rows',
      'gaps',
    ]);
    expect(typeof report.started_at).toBe('string');
  });

  it('a warning exits 1, or 0 with --fail-on critical', async () => {
    expect((await run(['verify', '--source', dir, '--warn-after', '1h', '--critical-after', '3h'])).code).toBe(1);
    expect((await run(['verify', '--source', dir, '--warn-after', '1h', '--fail-on', 'critical'])).code).toBe(0);
  });

  it('critical exits 2', async () => {
    const r = await run(['verify', '--source', dir, '--warn-after', '30m', '--critical-after', '1h']);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^CRITICAL: recency: newest backup is 2h old \(critical after 1h\)$/m);
  });

  it.each([
    [['--warn-after', '25 hours'], 'Invalid warn-after "25 hours": expected a duration like 90m, 23h, 14d or 1h30m'],
    [['--warn-after', '-1h'], 'Invalid warn-after "-1h": expected a duration like 90m, 23h, 14d or 1h30m'],
    [['--warn-after', '30h'], 'Invalid warn-after "30h": must not be greater than critical-after (25h).'],
  ])('bad input %j exits 3 with one line', async (flags, message) => {
    const r = await run(['verify', '--source', dir, ...flags]);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`lifeboat verify: ${message}\n`);
    expect(r.stdout).toBe('');
  });

  it('an unknown URL scheme exits 3 naming the input and what is accepted', async () => {
    const r = await run(['verify', '--source', 'ftp://backups.example.com/db']);
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/source "ftp:\/\/backups\.example\.com\/db".*s3:\/\/bucket\/prefix/);
  });

  it('an unknown flag exits 3', async () => {
    const r = await run(['verify', '--source', dir, '--warn-afterr', '1h']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/Unknown option --warn-afterr/);
  });

  it('an unknown command exits 3', async () => {
    expect((await run(['verfy'])).code).toBe(3);
  });
});
