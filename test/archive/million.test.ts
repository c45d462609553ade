import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDatabase } from '../../src/demo/sample-database.js';
import { withClient } from '../../src/postgres/client.js';
import { dumpDatabase, sharedCluster } from '../support/postgres.js';
import { countRows, readFile, tempDir } from './helpers.js';

// The "1 and 10 million rows": one wide-ish table with escaped text every thousandth row,
// and one narrow table ten times longer, both in a default-compression custom dump and -Z 0.
const MILLION = 1_000_000;
const TEN_MILLION = 10_000_000;
let dir: string;
let url: string;
let source: Record<string, number>;
const files: Record<string, string> = {};

beforeAll(async () => {
  const cluster = await sharedCluster();
  dir = await tempDir('million');
  url = await createDatabase(cluster.url(), 'million');
  await withClient(url, async (c) => {
    await c.query(`CREATE TABLE public.events (id bigint, kind text, at timestamptz, note text)`);
    await c.query(
      `INSERT INTO public.events SELECT g, (ARRAY['a','b','c'])[1 + g % 3], '2024-01-01'::timestamptz + g * interval '1 second',
              CASE WHEN g % 1000 = 0 THEN E'multi\\nline\\ttabbed\\\\' END
       FROM generate_series(1, ${MILLION}) g`,
    );
    await c.query(`CREATE TABLE public.ticks (id integer, v smallint)`);
    await c.query(`INSERT INTO public.ticks SELECT g, g % 100 FROM generate_series(1, ${TEN_MILLION}) g`);
  });
  source = await countRows(url);
  files.compressed = path.join(dir, 'million.dump');
  files.uncompressed = path.join(dir, 'million-z0.dump');
  await Promise.all([
    dumpDatabase(url, 'custom', files.compressed),
    dumpDatabase(url, 'custom', files.uncompressed, ['--compress=0']),
  ]);
}, 300_000);

afterAll(async () => {
  await (await sharedCluster()).stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

it('the source holds 1 and 10 million rows', () => {
  expect(source).toEqual({ 'public.events': MILLION, 'public.ticks': TEN_MILLION });
});

it.each(['compressed', 'uncompressed'])('counts every row of both tables, %s', async (kind) => {
  const r = await readFile(files[kind]);
  expect(r.problems).toEqual([]);
  expect(r.skipped).toEqual([]);
  expect(Object.fromEntries(r.tables.map((t) => [t.name, t.rows]))).toEqual(source);
});
