import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDatabase } from '../../src/demo/sample-database.js';
import { withClient } from '../../src/postgres/client.js';
import { dumpDatabase, sharedCluster } from '../support/postgres.js';
import { readFile, tempDir } from './helpers.js';

const ROWS = 1_000_000;
let dir: string;
let file: string;

beforeAll(async () => {
  const cluster = await sharedCluster();
  dir = await tempDir('million');
  const url = await createDatabase(cluster.url(), 'million');
  await withClient(url, async (c) => {
    await c.query(`CREATE TABLE public.events (id bigint, kind text, at timestamptz, note text)`);
    await c.query(
      `INSERT INTO public.events SELECT g, (ARRAY['a','b','c'])[1 + g % 3], '2024-01-01'::timestamptz + g * interval '1 second',
              CASE WHEN g % 1000 = 0 THEN E'multi\\nline\\ttabbed\\\\' END
       FROM generate_series(1, ${ROWS}) g`,
    );
  });
  file = path.join(dir, 'million.dump');
  await dumpDatabase(url, 'custom', file);
});

afterAll(async () => {
  await (await sharedCluster()).stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

it('counts a million rows in one table', async () => {
  const t0 = Date.now();
  const r = await readFile(file);
  const ms = Date.now() - t0;
  console.log(`million: ${r.bytes} bytes read in ${ms} ms`);
  expect(r.problems).toEqual([]);
  expect(r.tables).toEqual([{ name: 'public.events', rows: ROWS }]);
  expect(ms).toBeLessThan(30_000);
});
