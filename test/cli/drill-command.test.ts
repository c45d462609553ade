import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { withClient, withDatabase } from '../../src/postgres/client.js';
import { sharedCluster } from '../support/postgres.js';
import { addBackup, newStoreDir, REPO, sampleSource, stampedKey, type Source } from '../drill/helpers.js';

function sink() {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

async function lifeboat(...argv: string[]) {
  const out = sink();
  const err = sink();
  const code = await main(['drill', ...argv], { env: process.env, stdout: out.stream, stderr: err.stream });
  return { code, stdout: out.text(), stderr: err.text() };
}

let source: Source;
let store: string;
const PASSWORD = 'Drill-Target-Pw-7f3a9c';

beforeAll(async () => {
  source = await sampleSource('cli_src', { ledgerRows: 300 });
  store = await newStoreDir(source.dir, 'store');
  const time = new Date(Date.now() - 3_600_000);
  await addBackup(store, stampedKey('inventory', time, '.dump'), source.dumps.custom, {
    manifest: { tables: source.tables, createdAt: time },
  });
});

afterAll(async () => {
  await (await sharedCluster()).stop();
  if (source) await rm(source.dir, { recursive: true, force: true });
});

describe('lifeboat drill: usage errors exit 3 with one line', () => {
  it.each([
    [['--backup', 'latest'], /Missing source/],
    [
      ['--source', '/nowhere', '--backup', 'before:yesterday'],
      /Invalid backup "before:yesterday": expected before:<ISO 8601 time>/,
    ],
    [
      ['--source', '/nowhere', '--target', 'mysql://x'],
      /Invalid target "mysql:\/\/x": expected ephemeral or a postgresql:\/\//,
    ],
    [['--source', '/nowhere', '--jobs', '0'], /Invalid jobs "0"/],
    [
      ['--source', '/nowhere', '--checks', 'no/such/lifeboat.yml'],
      /Invalid checks "no\/such\/lifeboat.yml": the file does not exist/,
    ],
  ])('%j', async (argv, message) => {
    const { code, stdout, stderr } = await lifeboat(...argv);
    expect(code).toBe(3);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a checks file with a bad expect names the file and line', async () => {
    const file = path.join(source.dir, 'lifeboat.yml');
    await writeFile(file, 'tables:\n  - public.tenants\nassertions:\n  - sql: SELECT 1\n    expect: yes please\n');
    const { code, stderr } = await lifeboat('--source', store, '--checks', file);
    expect(code).toBe(3);
    expect(stderr).toContain('lifeboat.yml line 5: assertions[0].expect: expected no_rows, true or { equals: V }');
  });
});

describe('lifeboat drill into a URL target', () => {
  let target: string;

  beforeAll(async () => {
    const cluster = await sharedCluster();
    await withClient(cluster.url(), async (c) => {
      await c.query(`CREATE ROLE drill_user LOGIN SUPERUSER PASSWORD '${PASSWORD}'`);
      await c.query('CREATE DATABASE cli_scratch OWNER drill_user');
    });
    const url = new URL(withDatabase(cluster.url(), 'cli_scratch'));
    url.username = 'drill_user';
    url.password = PASSWORD;
    target = url.toString();
  });

  it('restores, passes (exit 0), and never prints the password, not even what the smoke command echoes', async () => {
    const { code, stdout, stderr } = await lifeboat(
      '--source',
      store,
      '--target',
      target,
      '--checks',
      path.join(REPO, '.github', 'lifeboat.yml'),
      '--smoke-command',
      'echo "connected with $PGPASSWORD via $DATABASE_URL"',
    );
    expect(code, stdout + stderr).toBe(0);
    expect(stdout).toContain('OK: all checks passed');
    expect(stdout).toMatch(/RTO \d+s/);
    expect(stderr).toContain('smoke: connected with *** via postgresql://drill_user:***@');
    expect(stdout + stderr).not.toContain(PASSWORD);
  });

  it('--json: a failing smoke command exits 2; the report carries tables, RTO and RPO and no password', async () => {
    const { code, stdout, stderr } = await lifeboat(
      '--source',
      store,
      '--target',
      target,
      '--allow-overwrite',
      '--json',
      '--checks',
      '/dev/null',
      '--smoke-command',
      'echo "$DATABASE_URL failed" >&2; exit 1',
    );
    expect(code, stderr).toBe(2);
    const report = JSON.parse(stdout);
    expect(report.kind).toBe('drill');
    expect(report.status).toBe('critical');
    expect(report.rto_seconds).toBeGreaterThan(0);
    expect(report.rpo_seconds).toBeGreaterThanOrEqual(3600);
    expect(Object.fromEntries(report.tables.map((t: { name: string; rows: number }) => [t.name, t.rows]))).toEqual(
      source.tables,
    );
    const smoke = report.checks.find((c: { id: string }) => c.id === 'smoke');
    expect(smoke.summary).toMatch(/exited 1 .*postgresql:\/\/drill_user:\*\*\*@.* failed/);
    expect(stdout + stderr).not.toContain(PASSWORD);
  });

  it('holding tables now, it is refused without --allow-overwrite (exit 2, no password)', async () => {
    const { code, stdout, stderr } = await lifeboat('--source', store, '--target', target, '--checks', '/dev/null');
    expect(code).toBe(2);
    // Summaries wrap to the terminal width: read them with their continuation lines joined.
    expect(unwrap(stdout)).toMatch(/target .*already holds tables/);
    expect(stdout + stderr).not.toContain(PASSWORD);
  });

  it('--production-database-url naming the same database via localhost is refused even with --allow-overwrite', async () => {
    const production = new URL(target);
    production.hostname = 'localhost';
    const { code, stdout, stderr } = await lifeboat(
      '--source',
      store,
      '--target',
      target,
      '--allow-overwrite',
      '--checks',
      '/dev/null',
      '--production-database-url',
      production.toString(),
    );
    expect(code).toBe(2);
    expect(unwrap(stdout)).toContain('it is the production database');
    expect(stdout + stderr).not.toContain(PASSWORD);
  });
});

/** Human output with each wrapped summary joined back into one line. */
function unwrap(text: string): string {
  return text.replace(/\n {6,}/g, ' ');
}
