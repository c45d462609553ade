// restore --table selects (schema, name) pairs, never pg_restore's --schema × --table product; SQL
// names with spaces, dots, upper case and unicode work; unknown names exit 3 with near matches.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withClient, withDatabase } from '../../src/postgres/client.js';
import { lifeboat, tableCounts } from '../cli/restore-helpers.js';
import { addBackup, stampedKey } from '../drill/helpers.js';
import { serverChecksums } from '../support/checksums.js';
import { dumpDatabase, sharedCluster } from '../support/postgres.js';

let dir: string;
let serverUrl: string;
let store: string;
let sourceTables: Record<string, number>;

const SOURCE_SQL = `
CREATE SCHEMA s1; CREATE SCHEMA s2; CREATE SCHEMA "tenant.acme";
CREATE TYPE s1.shelf_zone AS ENUM ('cold', 'dry');
CREATE TABLE s1.a (id serial PRIMARY KEY, zone s1.shelf_zone NOT NULL DEFAULT 'dry');
CREATE INDEX a_zone ON s1.a (zone);
COMMENT ON TABLE s1.a IS 'the a table';
CREATE TABLE s1.b (id int PRIMARY KEY);
CREATE TABLE s2.a (id int PRIMARY KEY);
CREATE TABLE s2.b (id int PRIMARY KEY, a_id int REFERENCES s1.a (id));
ALTER TABLE s2.b ENABLE ROW LEVEL SECURITY;
CREATE POLICY b_all ON s2.b USING (true);
INSERT INTO s1.a (zone) SELECT 'cold' FROM generate_series(1, 10);
INSERT INTO s1.b SELECT generate_series(1, 20);
INSERT INTO s2.a SELECT generate_series(1, 30);
INSERT INTO s2.b SELECT g, g FROM generate_series(1, 10) g;
CREATE TABLE public."Table With Spaces" (v text); INSERT INTO public."Table With Spaces" VALUES ('x'), ('y');
CREATE TABLE "tenant.acme".orders (v int); INSERT INTO "tenant.acme".orders VALUES (1), (2), (3);
CREATE TABLE public."UPPER" (v int); INSERT INTO public."UPPER" VALUES (1);
CREATE TABLE public."ünï" (v int); INSERT INTO public."ünï" VALUES (1), (2), (3), (4);
`;

async function freshDatabase(name: string): Promise<string> {
  await withClient(serverUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name}`);
  });
  return withDatabase(serverUrl, name);
}

beforeAll(async () => {
  const cluster = await sharedCluster();
  serverUrl = cluster.url();
  dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-tables-'));
  const source = await freshDatabase('tables_src');
  await withClient(source, (c) => c.query(SOURCE_SQL));
  sourceTables = await tableCounts(source);
  const dump = path.join(dir, 'src.dump');
  await dumpDatabase(source, 'custom', dump);
  store = path.join(dir, 'store');
  await addBackup(store, stampedKey('src', new Date(Date.now() - 60_000), '.dump'), dump);
}, 120_000);

afterAll(async () => {
  await (await sharedCluster()).stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('lifeboat restore --table', () => {
  it('s1.a and s2.b with --allow-overwrite leave s1.b and s2.a byte-identical', async () => {
    const target = await freshDatabase('tables_over');
    expect((await lifeboat('restore', '--source', store, '--target', target)).code).toBe(0);
    // Newer rows everywhere: the restored tables lose theirs, the others must keep them.
    await withClient(target, (c) =>
      c.query(`INSERT INTO s1.a (zone) VALUES ('dry'); INSERT INTO s1.b VALUES (100);
               INSERT INTO s2.a VALUES (100); INSERT INTO s2.b VALUES (100, NULL);`),
    );
    const before = await serverChecksums(serverUrl);
    const tables = ['s1.a', 's2.b'].flatMap((t) => ['--table', t]);
    const r = await lifeboat('restore', '--source', store, '--target', target, ...tables, '--allow-overwrite');
    expect(r.stderr).not.toMatch(/ERROR:|failed/);
    expect(r.code).toBe(0);
    const after = await serverChecksums(serverUrl);
    expect(after['tables_over/s1.b']).toBe(before['tables_over/s1.b']);
    expect(after['tables_over/s2.a']).toBe(before['tables_over/s2.a']);
    const counts = await tableCounts(target);
    expect(counts['s1.a']).toBe(10);
    expect(counts['s2.b']).toBe(10);
    expect(counts['s1.b']).toBe(21);
    expect(counts['s2.a']).toBe(31);
  });

  it('quoted names with spaces, dots, upper case and unicode select exactly those tables', async () => {
    const target = await freshDatabase('tables_names');
    const names = ['public."Table With Spaces"', '"tenant.acme".orders', 'public."UPPER"', '"ünï"'];
    const r = await lifeboat('restore', '--source', store, '--target', target, ...names.flatMap((n) => ['--table', n]));
    expect(r.stderr).not.toMatch(/ERROR:|failed/);
    expect(r.code).toBe(0);
    expect(await tableCounts(target)).toEqual({
      'public.Table With Spaces': 2,
      'public.UPPER': 1,
      'public.ünï': 4,
      'tenant.acme.orders': 3,
    });
  });

  it('a table whose definition needs a schema and a type the target lacks gets them', async () => {
    const target = await freshDatabase('tables_deps');
    const r = await lifeboat('restore', '--source', store, '--target', target, '--table', 's1.a');
    expect(r.stderr).not.toMatch(/ERROR:|failed/);
    expect(r.code).toBe(0);
    expect(await tableCounts(target)).toEqual({ 's1.a': sourceTables['s1.a'] });
  });

  it('an unknown name exits 3 with one line naming it and its near matches, and touches nothing', async () => {
    const target = await freshDatabase('tables_unknown');
    const before = await serverChecksums(serverUrl);
    const r = await lifeboat('restore', '--source', store, '--target', target, '--table', 'public.upper');
    expect(r.code).toBe(3);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('lifeboat restore:'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('holds no table public.upper (did you mean public."UPPER"?)');
    expect(await serverChecksums(serverUrl)).toEqual(before);
  });
});

describe('lifeboat extract --table with SQL names', () => {
  it('reads public."Table With Spaces"', async () => {
    const r = await lifeboat('extract', '--source', store, '--table', 'public."Table With Spaces"');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/COPY public\."Table With Spaces" \(v\) FROM stdin;\nx\ny\n\\\.\n/);
  });
});
