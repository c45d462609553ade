// pg_dump --inserts / --column-inserts / --rows-per-insert data is counted exactly in custom and tar
// archives: one row per VALUES group, whatever the values hold (newlines, quotes, parentheses,
// semicolons, the word VALUES, backslashes in E'' literals).
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArchive } from '../../src/archive/index.js';
import { createDatabase } from '../../src/demo/sample-database.js';
import { withClient } from '../../src/postgres/client.js';
import { dumpDatabase, sharedCluster } from '../support/postgres.js';

const SCHEMA = `
  CREATE SCHEMA "tenant.acme";
  CREATE TABLE "tenant.acme"."odd ""values"" (x" ("values (" text, n int, b bytea);
  INSERT INTO "tenant.acme"."odd ""values"" (x" SELECT
    CASE g % 5 WHEN 0 THEN E'line\\nbreak); VALUES (1' WHEN 1 THEN 'it''s (quoted)' WHEN 2 THEN E'back\\\\slash'')'
                WHEN 3 THEN '-- not a comment (' ELSE NULL END,
    g, CASE WHEN g % 3 = 0 THEN '\\x28293b27'::bytea END
  FROM generate_series(1, 250) g;
  CREATE TABLE public.values_log (id int);
  INSERT INTO public.values_log SELECT generate_series(1, 7);
  CREATE TABLE public.empty (id int);
  CREATE TABLE public.script_lookalikes (id int, body text);
  INSERT INTO public.script_lookalikes SELECT g, CASE g % 4
      WHEN 0 THEN E'a\n\\.\nb'
      WHEN 1 THEN E'x\nCOPY public.values_log (id) FROM stdin;\n1\n\\.\n'
      WHEN 2 THEN E'y\n);\nINSERT INTO public.empty VALUES (1);\n-- Data for Name: ghost; Type: TABLE DATA; Schema: public; Owner: -\n'
      ELSE NULL END
    FROM generate_series(1, 41) g;
`;
const EXPECTED = [
  { name: 'public.empty', rows: 0 },
  { name: 'public.script_lookalikes', rows: 41 },
  { name: 'public.values_log', rows: 7 },
  { name: 'tenant.acme.odd "values" (x', rows: 250 },
];

let url: string;
let dir: string;

beforeAll(async () => {
  const cluster = await sharedCluster();
  url = await createDatabase(cluster.url(), 'inserts_counting');
  await withClient(url, (c) => c.query(SCHEMA));
  dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-inserts-'));
}, 60_000);

afterAll(async () => {
  await (await sharedCluster()).stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('INSERT-statement data', () => {
  it.each([
    ['custom', ['--inserts']],
    ['custom', ['--column-inserts', '--compress=0']],
    ['custom', ['--rows-per-insert=3']],
    ['tar', ['--inserts']],
    ['tar', ['--column-inserts', '--rows-per-insert=100']],
  ] as const)('%s %s: every table has its exact row count, no problem', async (format, args) => {
    const file = path.join(dir, `${format}-${args.join('')}.dump`);
    await dumpDatabase(url, format, file, [...args]);
    const report = await readArchive(createReadStream(file));
    expect(report.problems).toEqual([]);
    expect([...report.tables].sort((a, b) => a.name.localeCompare(b.name))).toEqual(EXPECTED);
  });

  it.each([
    ['--inserts'],
    ['--column-inserts'],
    ['--rows-per-insert=4'],
    ['--column-inserts', '--rows-per-insert=1000'],
  ])('plain %s: every table has its count(*), whatever its strings look like', async (...args: string[]) => {
    const file = path.join(dir, `plain-${args.join('')}.sql`);
    await dumpDatabase(url, 'plain', file, args);
    const report = await readArchive(createReadStream(file));
    expect(report.problems).toEqual([]);
    const tables = [...report.tables].sort((a, b) => a.name.localeCompare(b.name));
    expect(tables).toEqual(EXPECTED);
    for (const t of tables) {
      const [schema, name] = t.name.startsWith('tenant.acme.')
        ? ['tenant.acme', t.name.slice('tenant.acme.'.length)]
        : t.name.split('.');
      const counted = await withClient(url, (c) =>
        c.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(schema)}.${quote(name)}`),
      );
      expect(t.rows).toBe(Number(counted.rows[0].n));
    }
  });

  it('plain --inserts cut inside a statement: truncated, the table named', async () => {
    const file = path.join(dir, 'plain-cut.sql');
    await dumpDatabase(url, 'plain', file, ['--inserts']);
    const text = await readFile(file, 'latin1');
    const cut = text.indexOf('INSERT INTO public.script_lookalikes VALUES (3,');
    await writeFile(file, text.slice(0, cut + 'INSERT INTO public.script_lookalikes VALUES (3, '.length), 'latin1');
    const report = await readArchive(createReadStream(file));
    expect(report.problems.map((p) => p.kind)).toContain('truncated');
    expect(report.problems.some((p) => p.entry === 'public.script_lookalikes')).toBe(true);
    expect(report.tables.find((t) => t.name === 'public.script_lookalikes')?.rows).toBe(3);
  });
});

function quote(ident: string): string {
  return `"${ident.replace(/"/g, '""')}"`;
}
