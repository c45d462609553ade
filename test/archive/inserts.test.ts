// pg_dump --inserts / --column-inserts / --rows-per-insert data is counted exactly in custom and tar
// archives: one row per VALUES group, whatever the values hold (newlines, quotes, parentheses,
// semicolons, the word VALUES, backslashes in E'' literals).
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
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
`;
const EXPECTED = [
  { name: 'public.empty', rows: 0 },
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
});
