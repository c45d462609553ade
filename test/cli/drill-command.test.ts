import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { withClient, withDatabase } from '../../src/postgres/client.js';
import { lifeboatIn } from '../support/cli-process.js';
import { dumpDatabase, sharedCluster } from '../support/postgres.js';
import { schemaErrors, validateReport } from '../support/report-schema.js';
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
    [['--backup', 'latest'], /Missing --source/],
    [
      ['--source', '/nowhere', '--backup', 'before:yesterday'],
      /Invalid --backup "before:yesterday": expected before:<ISO 8601 time>/,
    ],
    [
      ['--source', '/nowhere', '--target', 'mysql://x'],
      /Invalid --target "mysql:\/\/x": expected ephemeral or a postgresql:\/\//,
    ],
    [['--source', '/nowhere', '--jobs', '0'], /Invalid --jobs "0"/],
    [
      ['--source', '/nowhere', '--checks', 'no/such/lifeboat.yml'],
      /Invalid --checks "no\/such\/lifeboat.yml": the file does not exist/,
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
      path.join(REPO, 'examples', 'lifeboat.yml'),
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
    expect(validateReport(report), schemaErrors()).toBe(true);
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

  it('a failed drill ends with one verdict line for its one failing family; lines fit 100 columns; RTO has every phase', async () => {
    const checks = path.join(source.dir, 'failing-checks.yml');
    const longName = 'every inventory ledger entry belongs to an item of the same tenant and never to another tenant';
    await writeFile(
      checks,
      [
        'assertions:',
        `  - name: ${longName}`,
        '    sql: SELECT count(*) FROM public.items',
        '    expect: { equals: 0 }',
        '  - name: balances add up to the ledger sums for every item and warehouse in the sample data',
        '    sql: SELECT false',
        '    expect: true',
      ].join('\n'),
    );
    const { code, stdout, stderr } = await lifeboat(
      '--source',
      store,
      '--target',
      target,
      '--allow-overwrite',
      '--checks',
      checks,
      '--smoke-command',
      'exit 1',
    );
    expect(code, stderr).toBe(2);
    const lines = stdout.trimEnd().split('\n');
    const verdicts = lines.filter((l) => /^(OK|WARNING|CRITICAL):/.test(l));
    expect(verdicts).toHaveLength(1);
    expect(lines.at(-1)).toBe(verdicts[0]);
    expect(verdicts[0]).toMatch(/^CRITICAL: every inventory ledger entry belongs…: returned .* \(\+2 more\)$/);
    // Only cells holding names (the backup key, the target URL) may run past 100 columns.
    const names = [stampedKeyIn(stdout), target.replace(PASSWORD, '***')];
    for (const line of lines) {
      if (names.some((n) => n && line.includes(n))) continue;
      expect(line.length, line).toBeLessThanOrEqual(100);
    }
    // The assertion's name is shown whole (wrapped), its id column cut at a word boundary.
    expect(unwrap(stdout)).toContain(longName);
    expect(stdout).toMatch(/^ {2}✗ every inventory ledger… +critical +every inventory ledger entry/m);
    expect(stdout).toMatch(
      /^RTO \d+\w* \(fetch \d+\w*( and target .* side by side \(\S+\))?, restore \S+, verify \S+\); RPO /m,
    );
  });

  const overTables = () => ['--source', store, '--target', target, '--checks', '/dev/null'];

  it('holding tables now, it is refused without --allow-overwrite (exit 3, one line, no password)', async () => {
    const { code, stdout, stderr } = await lifeboat(...overTables());
    expect(code).toBe(3);
    expect(stdout).toBe('');
    const lines = stderr.split('\n').filter((l) => l.startsWith('lifeboat drill:'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/refusing target .*already holds tables .*--allow-overwrite.*; nothing was restored$/);
    expect(stdout + stderr).not.toContain(PASSWORD);
  });

  it('--format json: the refusal still exits 3, and the report records it (schema-valid, no password)', async () => {
    const { code, stdout, stderr } = await lifeboat(...overTables(), '--format', 'json');
    expect(code).toBe(3);
    expect(stderr.split('\n').filter((l) => l.startsWith('lifeboat drill:'))).toHaveLength(1);
    const report = JSON.parse(stdout);
    expect(validateReport(report), schemaErrors()).toBe(true);
    expect(report.status).toBe('critical');
    expect(report.refused).toMatch(/already holds tables/);
    expect(report.checks.find((c: { id: string }) => c.id === 'target').status).toBe('critical');
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
    expect(code).toBe(3);
    expect(stdout).toBe('');
    const lines = stderr.split('\n').filter((l) => l.startsWith('lifeboat drill:'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('it is the production database');
    expect(stdout + stderr).not.toContain(PASSWORD);
  });
});

describe('which checks file a drill reads', () => {
  let unrelated: string;

  beforeAll(async () => {
    // A database that has nothing to do with the demo: one table of its own.
    const cluster = await sharedCluster();
    await withClient(cluster.url(), (c) => c.query('CREATE DATABASE cli_unrelated'));
    const url = withDatabase(cluster.url(), 'cli_unrelated');
    await withClient(url, (c) =>
      c.query(
        'CREATE TABLE invoices (id int PRIMARY KEY, total numeric); INSERT INTO invoices SELECT g, g FROM generate_series(1, 40) g',
      ),
    );
    const dump = path.join(source.dir, 'unrelated.dump');
    await dumpDatabase(url, 'custom', dump);
    unrelated = await newStoreDir(source.dir, 'unrelated');
    await addBackup(unrelated, stampedKey('billing', new Date(Date.now() - 3_600_000), '.dump'), dump);
  });

  it("in a clone of this repository, against an unrelated database: none of the demo's checks", async () => {
    // main() runs with this repository as its working directory, as `lifeboat drill` in a clone does.
    const { code, stdout, stderr } = await lifeboat('--source', unrelated, '--json');
    const report = JSON.parse(stdout);
    expect(report.status, stderr).toBe('ok');
    expect(code).toBe(0);
    expect(report.tables).toEqual([{ name: 'public.invoices', rows: 40, expected_rows: 40 }]);
    const ids: string[] = report.checks.map((c: { id: string }) => c.id);
    expect(ids.filter((id) => /tenant|balances|freshness|amcheck|assertion/.test(id))).toEqual([]);
    expect(stderr).not.toContain('lifeboat.yml');
  });

  it('a checks file it was not given is named, with its path, on the first line of the output', async () => {
    const repo = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-drill-cwd-'));
    try {
      await mkdir(path.join(repo, '.github'));
      await writeFile(
        path.join(repo, '.github', 'lifeboat.yml'),
        'tables:\n  - name: public.invoices\n    min_rows: 41\n',
      );
      const { code, stdout, stderr } = await lifeboatIn(repo, ['drill', '--source', unrelated]);
      expect(stderr.split('\n')[0]).toBe(
        `Using the checks file ${path.join(repo, '.github', 'lifeboat.yml')} (found by default; --checks / the checks input names another)`,
      );
      // And it was really used: its min_rows is one more than the table holds.
      expect(unwrap(stdout)).toContain('public.invoices has 40 rows, fewer than min_rows 41');
      expect(code).toBe(2);
    } finally {
      await rm(repo, { recursive: true, force: true });
    }
  });
});

/** Human output with each wrapped summary joined back into one line. */
function unwrap(text: string): string {
  return text.replace(/\n {6,}/g, ' ');
}

/** The backup key as the report prints it (`  backup <key>`). */
function stampedKeyIn(text: string): string | undefined {
  return /^ {2}backup (\S+)$/m.exec(text)?.[1];
}
