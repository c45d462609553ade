import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/demo/sample-database.js';
import { withClient } from '../../src/postgres/client.js';
import { dumpDatabase, sharedCluster } from '../support/postgres.js';
import { demoBackup, lifeboat, psqlFile, type DemoBackup } from './restore-helpers.js';

const LEDGER = 'public.inventory_ledger';
// What the rows add up to, not only how many there are: a dropped or garbled row changes one of these.
const FINGERPRINT = `SELECT count(*)::int AS n, sum(delta)::bigint::text AS total, max(created_at)::text AS newest,
  md5(string_agg(id::text || ':' || tenant_id || ':' || item_id || ':' || delta || ':' || reason, ',' ORDER BY id)) AS digest
  FROM public.inventory_ledger`;

let demo: DemoBackup;
let columns: string;

beforeAll(async () => {
  demo = await demoBackup('extract_src', { ledgerRows: 2500 });
  // "An empty database with the table's schema": its columns, without the foreign keys to tables
  // the extract does not carry.
  columns = await withClient(demo.sourceUrl, async (c) => {
    const { rows } = await c.query<{ cols: string }>(
      `SELECT string_agg(quote_ident(attname) || ' ' || format_type(atttypid, atttypmod), ', ' ORDER BY attnum) AS cols
       FROM pg_attribute WHERE attrelid = '${LEDGER}'::regclass AND attnum > 0 AND NOT attisdropped`,
    );
    return rows[0].cols;
  });
}, 120_000);

afterAll(async () => {
  await (await sharedCluster()).stop();
  if (demo) await rm(demo.dir, { recursive: true, force: true });
});

async function emptyDatabaseWithLedger(name: string): Promise<string> {
  const url = await createDatabase((await sharedCluster()).url(), name);
  await withClient(url, (c) => c.query(`CREATE TABLE ${LEDGER} (${columns})`));
  return url;
}

async function fingerprint(url: string) {
  return withClient(url, async (c) => (await c.query(FINGERPRINT)).rows[0]);
}

describe('lifeboat extract --table', () => {
  it('writes SQL that loads the table with the same rows into an empty database', async () => {
    const r = await lifeboat('extract', '--source', demo.store, '--backup', 'latest', '--table', LEDGER);
    expect(r.stderr).toContain(`Wrote ${demo.tables[LEDGER].toLocaleString('en-US')} rows of ${LEDGER}`);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^COPY public\.inventory_ledger \(.*\) FROM stdin;$/m);
    // Only the one table: the load below would also fail on another table's COPY.
    expect(r.stdout.match(/^COPY /gm)).toHaveLength(1);

    const file = path.join(demo.dir, 'ledger.sql');
    await writeFile(file, r.stdout);
    const target = await emptyDatabaseWithLedger('extract_dst');
    await psqlFile(target, file);

    const restored = await fingerprint(target);
    expect(restored.n).toBe(demo.manifest.tables[LEDGER].rows);
    expect(restored.n).toBe(2500);
    expect(restored).toEqual(await fingerprint(demo.sourceUrl));
  });

  it('selects by key and by before:<time> like the drill', async () => {
    const byKey = await lifeboat('extract', '--source', demo.store, '--backup', demo.key, '--table', 'public.tenants');
    expect(byKey.code).toBe(0);
    expect(byKey.stderr).toContain(`Wrote ${demo.tables['public.tenants']} rows of public.tenants from ${demo.key}`);

    const before = await lifeboat(
      'extract',
      '--source',
      demo.store,
      '--backup',
      'before:2000-01-01T00:00:00Z',
      '--table',
      LEDGER,
    );
    expect(before.code).toBe(2);
    expect(before.stderr).toMatch(/no backup was taken before 2000-01-01T00:00:00\.000Z/);
    expect(before.stdout).toBe('');
  });

  it('refuses a table the backup does not hold, naming the ones it does, and writes nothing to stdout', async () => {
    const r = await lifeboat('extract', '--source', demo.store, '--table', 'public.inventory_ledgr');
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /holds no table public\.inventory_ledgr \(did you mean public\.inventory_ledger\?\); its tables are: .*public\.inventory_ledger/,
    );
    expect(r.stdout).toBe('');
  });

  it('refuses a backup whose checksum does not match its manifest', async () => {
    const store = path.join(demo.dir, 'tampered');
    const { cp } = await import('node:fs/promises');
    await cp(demo.store, store, { recursive: true });
    const file = path.join(store, demo.key);
    const bytes = await readFile(file);
    bytes[bytes.length - 100] ^= 0xff;
    await writeFile(file, bytes);
    const r = await lifeboat('extract', '--source', store, '--table', LEDGER);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/failed its checksum check/);
    expect(r.stdout).toBe('');
  });

  it('cuts the table out of a plain SQL dump too', async () => {
    const store = path.join(demo.dir, 'plain-store');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(store, { recursive: true });
    await dumpDatabase(demo.sourceUrl, 'plain', path.join(store, 'inventory_2025-01-18T02-00-00Z.sql'));
    const r = await lifeboat('extract', '--source', store, '--table', LEDGER);
    expect(r.stderr).toContain(`Wrote 2,500 rows of ${LEDGER}`);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^COPY /gm)).toHaveLength(1);

    const file = path.join(demo.dir, 'ledger-plain.sql');
    await writeFile(file, r.stdout);
    const target = await emptyDatabaseWithLedger('extract_plain_dst');
    await psqlFile(target, file);
    expect(await fingerprint(target)).toEqual(await fingerprint(demo.sourceUrl));
  });

  it('refuses a railway:// source, whose snapshots cannot be downloaded, and writes nothing to stdout', async () => {
    const r = await lifeboat('extract', '--source', 'railway://volume/vi-42', '--table', LEDGER);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^lifeboat extract: an extract cannot use railway:\/\/volume\/vi-42: .*no download/m);
    expect(r.stdout).toBe('');
  });

  it('says what is missing', async () => {
    const r = await lifeboat('extract', '--source', demo.store);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^lifeboat extract: Missing --table/);
  });
});
