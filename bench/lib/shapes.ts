import { createDatabase } from '../../src/demo/sample-database.js';
import { withClient } from '../../src/postgres/client.js';
import type { EphemeralCluster } from '../../src/postgres/ephemeral-cluster.js';
import type { Database } from './fixtures.js';

/**
 * A database of `tables` identical tables of `rowsPerTable` rows each: an id, a small integer, a
 * 32-character hex string (what keeps the dump from compressing to nothing: about 27 bytes per row
 * in a default-compression custom dump), an amount and a timestamp. One shape for the few-tables,
 * many-small-tables and ≥ 1 GB cases, so they differ only in how the rows are spread.
 */
export async function loadShapeDatabase(
  cluster: EphemeralCluster,
  name: string,
  shape: { tables: number; rowsPerTable: number },
): Promise<Database> {
  const started = Date.now();
  const url = await createDatabase(cluster.url(), name);
  const tables: Record<string, number> = {};
  await withClient(url, async (c) => {
    await c.query('CREATE SCHEMA shape');
    for (let t = 1; t <= shape.tables; t++) {
      const table = `shape.t${String(t).padStart(4, '0')}`;
      await c.query(
        `CREATE TABLE ${table} (id bigint PRIMARY KEY, account int NOT NULL, note text, amount numeric(12,2), at timestamptz NOT NULL)`,
      );
      await c.query(
        `INSERT INTO ${table}
         SELECT g, (g * 7919) % 997, md5((g + $2::bigint)::text), ((g * 104729) % 1000000) / 100.0,
                timestamptz '2026-01-01 00:00:00+00' + g * interval '1 second'
         FROM generate_series(1, $1::bigint) AS g`,
        [shape.rowsPerTable, t * shape.rowsPerTable],
      );
      tables[table] = shape.rowsPerTable;
    }
    await c.query('ANALYZE');
  });
  const ledgerRows = shape.tables * shape.rowsPerTable;
  return { name, url, ledgerRows, tables, loadS: (Date.now() - started) / 1000 };
}
