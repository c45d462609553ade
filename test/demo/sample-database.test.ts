import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDatabase,
  loadSampleDatabase,
  SAMPLE_ASSERTIONS,
  TRICKY_ITEM_NAMES,
} from '../../src/demo/sample-database.js';
import { findClientTool } from '../../src/postgres/binaries.js';
import { connectionForTools, withClient } from '../../src/postgres/client.js';
import { runTool } from '../../src/postgres/run-tool.js';
import { InputError } from '../../src/util/errors.js';
import { dumpDatabase, sharedCluster } from '../support/postgres.js';

/** Runs an assertion the way a drill would: optional role and setup inside a rolled-back transaction. */
async function runAssertion(c: pg.Client, a: { sql: string; as_role?: string; setup?: string }): Promise<unknown[][]> {
  await c.query('BEGIN');
  try {
    if (a.as_role) await c.query(`SET LOCAL ROLE ${c.escapeIdentifier(a.as_role)}`);
    if (a.setup) await c.query(a.setup);
    const result = await c.query({ text: a.sql, rowMode: 'array' });
    return result.rows as unknown[][];
  } finally {
    await c.query('ROLLBACK');
  }
}

describe('sample inventory database', () => {
  let url: string;
  let tables: Record<string, number>;

  beforeAll(async () => {
    const cluster = await sharedCluster();
    url = await createDatabase(cluster.url(), 'inventory');
    ({ tables } = await loadSampleDatabase(url, {
      tenants: 3,
      usersPerTenant: 4,
      itemsPerTenant: 10,
      ledgerRows: 500,
    }));
  });
  afterAll(async () => {
    await (await sharedCluster()).stop();
  });

  it('reports the row count of every table, matching the options', async () => {
    expect(tables).toEqual({
      'public.tenants': 3,
      'public.users': 12,
      'public.items': 30,
      'public.inventory_ledger': 500,
      'public.inventory_balances': 30,
    });
    const counted = await withClient(url, async (c) =>
      Number((await c.query('SELECT count(*) AS n FROM public.inventory_ledger')).rows[0].n),
    );
    expect(counted).toBe(500);
  });

  it('owns the tables by inventory_owner and forces row-level security on the tenant tables', async () => {
    const rows = await withClient(
      url,
      async (c) =>
        (
          await c.query(
            `SELECT c.relname, pg_get_userbyid(c.relowner) AS owner, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced
           FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' ORDER BY c.relname`,
          )
        ).rows,
    );
    expect(rows).toEqual([
      { relname: 'inventory_balances', owner: 'inventory_owner', rls: true, forced: true },
      { relname: 'inventory_ledger', owner: 'inventory_owner', rls: true, forced: true },
      { relname: 'items', owner: 'inventory_owner', rls: true, forced: true },
      { relname: 'tenants', owner: 'inventory_owner', rls: false, forced: false },
      { relname: 'users', owner: 'inventory_owner', rls: false, forced: false },
    ]);
  });

  it('shows tenant_reader only the rows of the tenant in app.tenant_id, and nothing without one', async () => {
    await withClient(url, async (c) => {
      const asTenant = async (tenant: string | undefined, sql: string) => {
        await c.query('BEGIN');
        try {
          await c.query('SET LOCAL ROLE tenant_reader');
          if (tenant !== undefined) await c.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenant]);
          return (await c.query(sql)).rows;
        } finally {
          await c.query('ROLLBACK');
        }
      };
      expect(await asTenant('1', 'SELECT DISTINCT tenant_id FROM public.items')).toEqual([{ tenant_id: 1 }]);
      expect(await asTenant('2', 'SELECT count(*)::int AS n FROM public.items')).toEqual([{ n: 10 }]);
      expect(await asTenant('2', 'SELECT DISTINCT tenant_id FROM public.inventory_ledger')).toEqual([{ tenant_id: 2 }]);
      expect(
        await asTenant('3', 'SELECT count(*)::int AS n FROM public.inventory_balances WHERE tenant_id <> 3'),
      ).toEqual([{ n: 0 }]);
      expect(await asTenant(undefined, 'SELECT count(*)::int AS n FROM public.items')).toEqual([{ n: 0 }]);
      expect(await asTenant('', 'SELECT count(*)::int AS n FROM public.items')).toEqual([{ n: 0 }]);
      // The superuser that loaded it still sees everything.
      expect((await c.query('SELECT count(DISTINCT tenant_id)::int AS n FROM public.items')).rows).toEqual([{ n: 3 }]);
    });
  });

  it('passes both canonical assertions', async () => {
    await withClient(url, async (c) => {
      expect(await runAssertion(c, SAMPLE_ASSERTIONS.tenantIsolation)).toEqual([[true]]);
      expect(await runAssertion(c, SAMPLE_ASSERTIONS.balancesMatchLedger)).toEqual([]);
    });
  });

  it('the assertions catch a leaking policy and a wrong balance', async () => {
    await withClient(url, async (c) => {
      await c.query('BEGIN');
      try {
        await c.query(`CREATE POLICY leak ON public.items FOR SELECT TO tenant_reader USING (tenant_id = 2)`);
        await c.query(
          `UPDATE public.inventory_balances SET balance = balance + 1 WHERE tenant_id = 2 AND item_id = 11`,
        );
        await c.query('SAVEPOINT checks');
        // runAssertion's own BEGIN/ROLLBACK would end this transaction: inline its steps instead.
        await c.query('SET LOCAL ROLE tenant_reader');
        await c.query(SAMPLE_ASSERTIONS.tenantIsolation.setup);
        const isolation = await c.query({ text: SAMPLE_ASSERTIONS.tenantIsolation.sql, rowMode: 'array' });
        await c.query('RESET ROLE');
        const balances = await c.query({ text: SAMPLE_ASSERTIONS.balancesMatchLedger.sql, rowMode: 'array' });
        expect(isolation.rows).toEqual([[false]]);
        expect(balances.rows).toHaveLength(1);
        expect(balances.rows[0].slice(0, 2)).toEqual([2, '11']);
      } finally {
        await c.query('ROLLBACK');
      }
    });
  });

  it('keeps the tricky text intact and the newest ledger row at load time', async () => {
    const { names, nulls, backslashN, newestAgeSeconds } = await withClient(url, async (c) => {
      const r = await c.query(
        `SELECT array_agg(DISTINCT regexp_replace(name, ' #[0-9]+$', '')) AS names,
                count(*) FILTER (WHERE description IS NULL)::int AS nulls,
                count(*) FILTER (WHERE description = E'\\\\N')::int AS "backslashN",
                (SELECT extract(epoch FROM now() - max(created_at))::float FROM public.inventory_ledger) AS "newestAgeSeconds"
         FROM public.items`,
      );
      return r.rows[0] as { names: string[]; nulls: number; backslashN: number; newestAgeSeconds: number };
    });
    expect([...names].sort()).toEqual([...TRICKY_ITEM_NAMES].sort());
    expect(nulls).toBeGreaterThan(0);
    expect(backslashN).toBeGreaterThan(0);
    expect(newestAgeSeconds).toBeLessThan(120);
  });

  it('survives a pg_dump / pg_restore round trip byte for byte, RLS included', async () => {
    const cluster = await sharedCluster();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-sample-dump-'));
    try {
      const dumpFile = path.join(dir, 'inventory.dump');
      await dumpDatabase(url, 'custom', dumpFile);
      const copyUrl = await createDatabase(cluster.url(), 'inventory_copy');
      const pgRestore = await findClientTool('pg_restore', { minMajor: cluster.binaries.major });
      const { dbname, env } = connectionForTools(copyUrl);
      const restored = await runTool(pgRestore.path, ['--exit-on-error', '--dbname', dbname, dumpFile], { env });
      expect(restored.stderr).toBe('');
      expect(restored.exitCode).toBe(0);

      const fingerprint = (u: string) =>
        withClient(u, async (c) => {
          const out: Record<string, string> = {};
          for (const t of ['tenants', 'users', 'items', 'inventory_ledger', 'inventory_balances']) {
            const r = await c.query(`SELECT md5(string_agg(x::text, '|' ORDER BY x::text)) AS h FROM public.${t} AS x`);
            out[t] = r.rows[0].h as string;
          }
          return out;
        });
      expect(await fingerprint(copyUrl)).toEqual(await fingerprint(url));
      await withClient(copyUrl, async (c) => {
        expect(await runAssertion(c, SAMPLE_ASSERTIONS.tenantIsolation)).toEqual([[true]]);
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('loads a second database on the same cluster (roles already exist) with default sizes', async () => {
    const cluster = await sharedCluster();
    const second = await createDatabase(cluster.url(), 'inventory "two"');
    const result = await loadSampleDatabase(second);
    expect(result.tables).toEqual({
      'public.tenants': 3,
      'public.users': 30,
      'public.items': 150,
      'public.inventory_ledger': 5000,
      'public.inventory_balances': 150,
    });
  });

  it('refuses nonsense sizes with an InputError naming the option', async () => {
    await expect(loadSampleDatabase(url, { tenants: 0 })).rejects.toThrow(InputError);
    await expect(loadSampleDatabase(url, { ledgerRows: 1.5 })).rejects.toThrow(/ledgerRows = 1.5/);
  });

  it('fails loudly, changing nothing, when the tables already exist', async () => {
    await expect(loadSampleDatabase(url)).rejects.toThrow(/already exists/);
    const n = await withClient(url, async (c) =>
      Number((await c.query('SELECT count(*) AS n FROM public.items')).rows[0].n),
    );
    expect(n).toBe(30);
  });
});
