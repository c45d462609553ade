import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { node24, runBundledAction } from '../support/run-action.js';

/**
 * Bad values are refused with one line naming the input, before anything connects: a TCP server
 * stands in for both the S3 endpoint and the database, and counts every connection made to it.
 */
let server: net.Server;
let port: number;
let connections = 0;
let dir: string;
const NINES = '9'.repeat(400);

beforeAll(async () => {
  server = net.createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as net.AddressInfo).port;
  dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-bad-inputs-'));
  await writeFile(path.join(dir, 'not-a-key.txt'), 'hello\n');
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

function sink() {
  let text = '';
  return {
    stream: new Writable({
      write(chunk, _enc, done) {
        text += String(chunk);
        done();
      },
    }),
    text: () => text,
  };
}

async function lifeboat(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const out = sink();
  const err = sink();
  const code = await main(argv, {
    env: {
      PATH: process.env.PATH,
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'bad-inputs-secret',
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${port}`,
      ...env,
    },
    stdout: out.stream,
    stderr: err.stream,
  });
  return { code, stdout: out.text(), stderr: err.text() };
}

const s3 = () => 's3://lifeboat-bad/db/';
const db = () => `postgresql://app:pw@127.0.0.1:${port}/app`;

describe('each bad input exits 3 with one line naming it, before any connection', () => {
  const cases: Array<[string, () => string[], RegExp, NodeJS.ProcessEnv?]> = [
    [
      'a bin dir that does not exist',
      () => ['verify', '--source', s3(), '--postgres-bin-dir', '/nonexistent'],
      /^lifeboat verify: Invalid --postgres-bin-dir "\/nonexistent": not a directory/,
    ],
    [
      'a bin dir without the tools',
      () => ['drill', '--source', s3(), '--postgres-bin-dir', dir],
      /Invalid --postgres-bin-dir ".*": it holds no pg_restore, psql/,
    ],
    [
      'a backup bin dir without pg_dump',
      () => ['backup', '--database-url', db(), '--dest', dir, '--postgres-bin-dir', dir],
      /Invalid --postgres-bin-dir ".*": it holds no pg_dump/,
    ],
    [
      '400 nines as a duration',
      () => ['verify', '--source', s3(), '--critical-after', `${NINES}d`],
      /^lifeboat verify: Invalid --critical-after "9{80}…": expected a duration/,
    ],
    [
      '400 nines as a size',
      () => ['verify', '--source', s3(), '--min-size', NINES],
      /Invalid --min-size "9{80}…": expected a size/,
    ],
    [
      '400 nines as keep-count',
      () => ['backup', '--database-url', db(), '--dest', dir, '--keep-count', NINES],
      /Invalid --keep-count "9{80}…"/,
    ],
    [
      '400 nines as keep-days',
      () => ['backup', '--database-url', db(), '--dest', dir, '--keep-days', NINES],
      /Invalid --keep-days "9{80}…"/,
    ],
    [
      'a malformed age identity',
      () => ['verify', '--source', s3()],
      /^lifeboat verify: Invalid --age-identity: an AGE-SECRET-KEY line is malformed/,
      { LIFEBOAT_AGE_IDENTITY: 'AGE-SECRET-KEY-1NOTAKEY' },
    ],
    [
      'an age identity file with no key',
      () => ['drill', '--source', s3()],
      /Invalid --age-identity: an AGE-SECRET-KEY line is malformed/,
      { LIFEBOAT_AGE_IDENTITY: '' },
    ],
    [
      'an age identity naming nothing',
      () => ['verify', '--source', s3()],
      /Invalid --age-identity: holds no AGE-SECRET-KEY-1… line and names no file/,
      { LIFEBOAT_AGE_IDENTITY: '/no/such/key.txt' },
    ],
    [
      'a dest that is a file',
      () => ['backup', '--database-url', db(), '--dest', '/etc/passwd'],
      /^lifeboat backup: Invalid --dest "\/etc\/passwd": \/etc\/passwd is a file, not a directory/,
    ],
    [
      'a dest under a file',
      () => ['backup', '--database-url', db(), '--dest', 'file:///etc/passwd/backups'],
      /Invalid --dest "file:\/\/\/etc\/passwd\/backups": \/etc\/passwd is a file, not a directory/,
    ],
    [
      'a dest under /proc',
      () => ['backup', '--database-url', db(), '--dest', '/proc/self/backups'],
      /Invalid --dest "\/proc\/self\/backups": \/proc is not a place for files/,
    ],
    [
      'a name prefix with a newline',
      () => ['backup', '--database-url', db(), '--dest', dir, '--name-prefix', 'nightly\nrm'],
      /^lifeboat backup: Invalid --name-prefix "nightly\\nrm": control characters/,
    ],
    [
      'a name prefix with ..',
      () => ['backup', '--database-url', db(), '--dest', dir, '--name-prefix', '../escape'],
      /Invalid --name-prefix "..\/escape"/,
    ],
  ];

  it.each(cases)('%s', async (_name, argv, message, env) => {
    const before = connections;
    const ageFile = path.join(dir, 'not-a-key.txt');
    const r = await lifeboat(argv(), env?.LIFEBOAT_AGE_IDENTITY === '' ? { LIFEBOAT_AGE_IDENTITY: ageFile } : env);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(connections - before).toBe(0);
  });

  it('the age identity is never echoed', async () => {
    const r = await lifeboat(['verify', '--source', s3()], { LIFEBOAT_AGE_IDENTITY: 'AGE-SECRET-KEY-1SECRETVALUE' });
    expect(r.code).toBe(3);
    expect(r.stderr).not.toContain('SECRETVALUE');
  });
});

describe.runIf(node24())('the bundled verify-backup action', () => {
  it.each([
    ['issue: maybe', { issue: 'maybe' }, /Invalid issue "maybe": expected true, false, yes, no, on, off, 1 or 0/],
    [
      'report-path under a file',
      { 'report-path': '/etc/passwd/report.json' },
      /Invalid report-path "\/etc\/passwd\/report.json": \/etc\/passwd is a file/,
    ],
    [
      'report-path under /proc',
      { 'report-path': '/proc/self/report.json' },
      /Invalid report-path "\/proc\/self\/report.json": \/proc is not a place for files/,
    ],
  ])('%s fails the step with one line before connecting', async (_name, inputs, message) => {
    const before = connections;
    const run = await runBundledAction(
      'verify-backup',
      { source: s3(), ...inputs },
      {
        node: node24(),
        env: {
          AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
          AWS_SECRET_ACCESS_KEY: 'bad-inputs-secret',
          AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${port}`,
        },
      },
    );
    expect(run.exitCode).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(connections - before).toBe(0);
  });
});
