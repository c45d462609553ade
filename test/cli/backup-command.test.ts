import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { loadSampleDatabase } from '../../src/demo/sample-database.js';
import { timeFromName } from '../../src/discovery/backup-time.js';
import { sharedCluster } from '../support/postgres.js';
import { databaseWithOwnRole } from '../backup/helpers.js';
import { schemaErrors, validateReport } from '../support/report-schema.js';

let dir: string;
let url: string;
let password: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-cli-backup-'));
  const cluster = await sharedCluster();
  ({ url, password } = await databaseWithOwnRole(cluster.url(), 'clidb'));
  await loadSampleDatabase(url, { ledgerRows: 1000 });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await (await sharedCluster()).stop();
});

async function run(
  argv: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await main(argv, { env, stdout, stderr });
  return { code, stdout: out, stderr: err };
}

function expectNoPassword(...texts: string[]): void {
  for (const text of texts) {
    expect(text).not.toContain(password);
    expect(text).not.toContain(encodeURIComponent(password));
  }
}

describe('lifeboat backup', () => {
  it('backs up with --json: exit 0, a backup report, a manifest, and the password nowhere', async () => {
    const dest = path.join(dir, 'store');
    const { code, stdout, stderr } = await run([
      'backup',
      '--database-url',
      url,
      '--dest',
      dest,
      '--name-prefix',
      'nightly/',
      '--json',
    ]);
    expect(code, stderr).toBe(0);
    const report = JSON.parse(stdout);
    expect(validateReport(report), schemaErrors()).toBe(true);
    expect(report).toMatchObject({ status: 'ok', kind: 'backup', source: dest });
    expect(report.checks.map((c: { id: string; status: string }) => `${c.id}:${c.status}`)).toEqual([
      'connect:ok',
      'dump:ok',
      'manifest:ok',
      'retention:skipped',
    ]);
    expect(report.backup.key).toMatch(/^nightly\/clidb_.*Z\.dump$/);
    expect(timeFromName(report.backup.key)?.toISOString()).toBe(report.backup.time);

    const files = await readdir(path.join(dest, 'nightly'));
    const base = path.basename(report.backup.key);
    expect(files.sort()).toEqual([base, `${base}.manifest.json`, `${base}.sha256`]);
    const manifest = await readFile(path.join(dest, 'nightly', `${base}.manifest.json`), 'utf8');
    const sidecar = await readFile(path.join(dest, 'nightly', `${base}.sha256`), 'utf8');
    expect(sidecar).toBe(`${report.backup.sha256}  ${base}\n`);
    expect(JSON.parse(manifest)).toMatchObject({
      key: report.backup.key,
      sha256: report.backup.sha256,
      database: 'clidb',
    });
    expectNoPassword(stdout, stderr, manifest, sidecar);
  });

  it('prints one line per check and the verdict without --json', async () => {
    const { code, stdout, stderr } = await run(['backup', '--database-url', url, '--dest', path.join(dir, 'human')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Backup of /);
    expect(stdout).toMatch(/✓ dump\s+ok\s+pg_dump \d+/);
    expect(stdout).toMatch(/OK: /);
    expect(stderr).toMatch(/Backing up clidb/);
    expectNoPassword(stdout, stderr);
  });

  it("exits 2 with the reason when the database cannot be reached, without echoing the URL's secret", async () => {
    const bad = new URL(url);
    bad.pathname = '/missing_db';
    const { code, stdout, stderr } = await run([
      'backup',
      '--database-url',
      bad.toString(),
      '--dest',
      path.join(dir, 'x'),
      '--json',
    ]);
    expect(code).toBe(2);
    const report = JSON.parse(stdout);
    expect(report.checks[0]).toMatchObject({ id: 'connect', status: 'critical' });
    expect(report.checks[0].summary).toMatch(/missing_db/);
    expectNoPassword(stdout, stderr);
    expect(await readdir(path.join(dir, 'x')).catch(() => [])).toEqual([]);
  });

  it.each([
    [['backup', '--dest', '/tmp/x'], /Missing --database-url/],
    [['backup', '--database-url', 'URL', '--dest', '/tmp/x', '--keep-count', '0'], /Invalid --keep-count "0"/],
    [['backup', '--database-url', 'URL', '--dest', 's3://B/x'], /Invalid --dest/],
    [['backup', '--database-url', 'URL', '--dest', '/tmp/x', '--bogus'], /Unknown option --bogus/],
  ])('exits 3 with one line for bad usage: %j', async (argv, message) => {
    const { code, stderr } = await run(argv.map((a) => (a === 'URL' ? url : a)));
    expect(code).toBe(3);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expectNoPassword(stderr);
  });

  it('takes the URL from LIFEBOAT_DATABASE_URL: no password in any argv of pg_dump, nor in any output', async () => {
    // A pg_dump that records its argv before running the real one.
    const bin = path.join(dir, 'bin');
    const argvLog = path.join(dir, 'pg_dump-argv.log');
    await mkdir(bin, { recursive: true });
    await writeFile(
      path.join(bin, 'pg_dump'),
      `#!/bin/sh\nprintf '%s\\n' "$*" >> '${argvLog}'\nexec /usr/lib/postgresql/15/bin/pg_dump "$@"\n`,
      { mode: 0o755 },
    );
    const dest = path.join(dir, 'from-env');
    const { code, stdout, stderr } = await run(['backup', '--dest', dest, '--postgres-bin-dir', bin, '--json'], {
      LIFEBOAT_DATABASE_URL: url,
      DATABASE_URL: 'postgres://nobody@nowhere.invalid/none',
      PATH: process.env.PATH,
    });
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ status: 'ok', kind: 'backup' });
    const argvs = await readFile(argvLog, 'utf8');
    expect(argvs).toMatch(/--dbname=/);
    expectNoPassword(argvs, stdout, stderr);
    expect((await readdir(dest)).some((f) => f.endsWith('.manifest.json'))).toBe(true);
  });

  it('documents its flags in --help', async () => {
    const { code, stdout } = await run(['backup', '--help']);
    expect(code).toBe(0);
    for (const flag of [
      '--database-url',
      '--dest',
      '--name-prefix',
      '--compress',
      '--keep-days',
      '--keep-count',
      '--[no-]dry-run',
      '--[no-]json',
    ]) {
      expect(stdout).toContain(flag);
    }
  });
});
