// The must-hold list for plain scripts: one server holds `prod` and `scratch`; restores and
// URL-target drills of pg_dump -Fp --create/--clean scripts, a pg_dumpall --clean script and a dump
// whose strings and comments hold `\connect prod` lines write into scratch and nowhere else.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findClientTool } from '../../src/postgres/binaries.js';
import { connectionForTools, withClient, withDatabase } from '../../src/postgres/client.js';
import { runTool } from '../../src/postgres/run-tool.js';
import { lifeboat, tableCounts } from '../cli/restore-helpers.js';
import { addBackup, check, runDrillFor, stampedKey } from '../drill/helpers.js';
import { serverChecksums } from '../support/checksums.js';
import { dumpDatabase, sharedCluster } from '../support/postgres.js';

let dir: string;
let serverUrl: string;
let prod: string;
let scratch: string;
let prodTables: Record<string, number>;
const dumps: Record<string, string> = {};

const PROD_SQL = `
CREATE SCHEMA s1; CREATE SCHEMA s2;
CREATE TABLE public.orders (id int PRIMARY KEY, note text);
INSERT INTO public.orders SELECT g, 'order ' || g FROM generate_series(1, 300) g;
CREATE TABLE s1.a (id int PRIMARY KEY); INSERT INTO s1.a SELECT generate_series(1, 11);
CREATE TABLE s2.b (id int PRIMARY KEY); INSERT INTO s2.b SELECT generate_series(1, 7);
CREATE TABLE public."Table With Spaces" ("Ünïcode col" text); INSERT INTO public."Table With Spaces" VALUES ('a'), ('b');
COMMENT ON TABLE public.orders IS 'x
\\connect prod
DROP DATABASE prod;
COPY public.orders FROM stdin;
GRANT ALL ON public.orders TO nobody;';
INSERT INTO public.orders VALUES (1000, E'line\\n\\\\connect prod\\nDROP DATABASE prod;');
CREATE FUNCTION public.f() RETURNS text LANGUAGE sql AS $fn$ SELECT 'DROP DATABASE prod; \\connect prod' $fn$;
`;

async function freshScratch(): Promise<void> {
  await withClient(serverUrl, async (c) => {
    await c.query('DROP DATABASE IF EXISTS scratch WITH (FORCE)');
    await c.query('CREATE DATABASE scratch');
  });
}

/** Runs `step` on a fresh, empty scratch and checks that every database but `except` is unchanged. */
async function untouched<T>(except: string[], step: () => Promise<T>): Promise<T> {
  await freshScratch();
  const before = await serverChecksums(serverUrl, except);
  const result = await step();
  expect(await serverChecksums(serverUrl, except)).toEqual(before);
  return result;
}

async function storeWith(name: string, file: string): Promise<string> {
  const store = path.join(dir, `store-${name}`);
  await addBackup(store, stampedKey('prod', new Date(Date.now() - 60_000), '.sql'), file);
  return store;
}

/** `lifeboat restore|drill` of the pg_dumpall script into scratch: refused with one line, exit 3, nothing touched. */
async function expectClusterScriptRefused(command: 'restore' | 'drill', storeName: string, ...extra: string[]) {
  const store = await storeWith(storeName, dumps.dumpall);
  const r = await untouched([], () =>
    lifeboat(command, '--source', store, '--target', scratch, '--production-database-url', prod, ...extra),
  );
  expect(r.code).toBe(3);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n').filter((l) => l.startsWith(`lifeboat ${command}:`));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(
    /holds \d+ databases \(.*other.*postgres.*prod.*\).*a cluster backup restores into an ephemeral drill only.*; nothing was restored$/,
  );
}

beforeAll(async () => {
  const cluster = await sharedCluster();
  serverUrl = cluster.url();
  dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-plain-safety-'));
  await withClient(serverUrl, async (c) => {
    await c.query('CREATE DATABASE prod');
    await c.query('CREATE DATABASE other');
  });
  prod = withDatabase(serverUrl, 'prod');
  scratch = withDatabase(serverUrl, 'scratch');
  await withClient(prod, (c) => c.query(PROD_SQL));
  await withClient(withDatabase(serverUrl, 'other'), (c) =>
    c.query('CREATE TABLE t AS SELECT generate_series(1, 5) AS n'),
  );
  prodTables = await tableCounts(prod);
  for (const [name, args] of Object.entries({
    'create-clean': ['--create', '--clean'],
    clean: ['--clean'],
    create: ['--create'],
    plain: [],
  })) {
    dumps[name] = path.join(dir, `${name}.sql`);
    await dumpDatabase(prod, 'plain', dumps[name], args);
  }
  // Comments psql skips, holding lines a line-based reader would take for commands.
  const plain = await readFile(dumps.plain, 'utf8');
  dumps.tricky = path.join(dir, 'tricky.sql');
  await writeFile(
    dumps.tricky,
    plain.replace(
      'SET statement_timeout = 0;',
      '/* old notes:\n\\connect prod\nDROP DATABASE prod;\nCOPY public.orders FROM stdin;\n/* nested */\n*/\n-- \\connect prod\nSET statement_timeout = 0;',
    ),
  );
  const pgDumpall = await findClientTool('pg_dumpall');
  const { dbname, env } = connectionForTools(serverUrl);
  dumps.dumpall = path.join(dir, 'dumpall.sql');
  const r = await runTool(pgDumpall.path, ['--clean', '-f', dumps.dumpall, '--dbname', dbname], { env });
  if (r.exitCode !== 0) throw new Error(r.stderr);
}, 120_000);

afterAll(async () => {
  await (await sharedCluster()).stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('lifeboat restore of plain scripts into scratch, production-database-url prod', () => {
  it.each([
    ['create-clean', 'removed: DROP DATABASE prod, CREATE DATABASE prod, ALTER DATABASE prod OWNER TO'],
    ['clean', undefined],
    ['create', 'removed: CREATE DATABASE prod'],
    ['tricky', undefined],
  ])('%s: every table lands in scratch with exact counts; nothing else changes', async (name, removed) => {
    const store = await storeWith(name, dumps[name]);
    const r = await untouched(['scratch'], () =>
      lifeboat('restore', '--source', store, '--target', scratch, '--production-database-url', prod),
    );
    expect(r.stderr).not.toMatch(/ERROR:|failed/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('RESTORED');
    expect(r.stdout).toContain(`4 tables, 321 rows, as in the dump's COPY blocks`);
    if (removed) {
      expect(r.stdout).toContain(removed);
      expect(r.stdout).toContain('\\connect prod');
      expect(r.stdout).toContain('restored into scratch');
    }
    expect(await tableCounts(scratch)).toEqual(prodTables);
  });

  it('a pg_dumpall --clean script is refused: exit 3, one line naming the databases, nothing touched', async () => {
    await expectClusterScriptRefused('restore', 'dumpall');
  });
});

describe('lifeboat drill --target URL of plain scripts', () => {
  it.each(['create-clean', 'clean', 'create', 'tricky'])('%s: restored into scratch only', async (name) => {
    const store = await storeWith(`drill-${name}`, dumps[name]);
    const { report } = await untouched(['scratch'], () =>
      runDrillFor({ source: store, target: scratch, 'production-database-url': prod }),
    );
    expect(check(report, 'restore').status).toBe('ok');
    expect(await tableCounts(scratch)).toEqual(prodTables);
  });

  it('pg_dumpall --clean: refused, nothing touched; the report records the refusal', async () => {
    const store = await storeWith('drill-dumpall', dumps.dumpall);
    const { report } = await untouched([], () =>
      runDrillFor({ source: store, target: scratch, 'production-database-url': prod }),
    );
    const restore = check(report, 'restore');
    expect(restore.status).toBe('critical');
    expect(restore.summary).toMatch(
      /^refusing to run the plain SQL script into scratch: the script holds \d+ databases .*a cluster backup restores into an ephemeral drill only/,
    );
    expect(report.refused).toBe(restore.summary);
  });

  it('pg_dumpall --clean through the CLI: exit 3, one line naming the databases, nothing touched', async () => {
    await expectClusterScriptRefused('drill', 'drill-cli-dumpall', '--checks', '/dev/null');
  });
});

describe('lifeboat drill into the ephemeral cluster restores whole scripts and counts every database', () => {
  it.each([
    ['create-clean', 'prod/'],
    ['create', 'prod/'],
    ['clean', ''],
    ['dumpall', 'prod/'],
  ])('%s', async (name, prefix) => {
    const store = await storeWith(`ephemeral-${name}`, dumps[name]);
    const { report } = await untouched([], () => runDrillFor({ source: store }));
    expect(report.checks.filter((c) => c.status === 'critical')).toEqual([]);
    expect(check(report, 'restore').status).toBe('ok');
    expect(check(report, 'tables').status).toBe('ok');
    const counts = Object.fromEntries((report.tables ?? []).map((t) => [t.name, t.rows]));
    for (const [table, rows] of Object.entries(prodTables)) expect(counts[`${prefix}${table}`]).toBe(rows);
    if (name === 'dumpall') expect(counts['other/public.t']).toBe(5);
  });
});

describe('lifeboat extract from a plain dump', () => {
  it('cuts the real COPY block, not a COPY line inside a COMMENT string', async () => {
    const store = await storeWith('extract-tricky', dumps.tricky);
    const r = await lifeboat('extract', '--source', store, '--table', 'public.orders');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`Wrote ${prodTables['public.orders']} rows of public.orders`);
    expect(r.stdout).toMatch(/^COPY public\.orders \(id, note\) FROM stdin;$/m);
  });
});
