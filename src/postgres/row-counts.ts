// How Lifeboat counts a table's rows, defined once for the backup manifest, verify and the drill:
// a table's rows are its own rows (`SELECT count(*) FROM ONLY`), exactly what its TABLE DATA entry
// in a dump holds. A partitioned or inheritance parent also reports, separately, the total of its
// tree (its own rows and every descendant's); totals add own rows only, so no row counts twice.
import type pg from 'pg';
import { parseTableIdentifier } from './identifiers.js';

export interface TableName {
  schema: string;
  table: string;
}

export interface RowCount {
  /** Rows of the table itself (FROM ONLY). */
  rows: number;
  /** Parents only: own rows plus those of every partition or child, at any depth. */
  tree?: number;
}

/** The key used in manifests and reports: `schema.table`, unquoted. */
export const tableKey = (t: TableName): string => `${t.schema}.${t.table}`;

/**
 * The (schema, table) pair a name means, or undefined when there is no such table: the unquoted key
 * `schema.table` (or a bare name in public) looked up whole in the catalog, so a dot inside a schema
 * or table name is never a split; failing that, SQL syntax (`"tenant.acme".orders`) from a checks file.
 */
export async function resolveTable(c: pg.Client, name: string): Promise<TableName | undefined> {
  const { rows } = await c.query<TableName>(
    `SELECT n.nspname AS schema, c.relname AS table
     FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p') AND (n.nspname || '.' || c.relname = $1 OR (n.nspname = 'public' AND c.relname = $1))
     ORDER BY n.nspname || '.' || c.relname = $1 DESC
     LIMIT 1`,
    [name],
  );
  if (rows[0] || !name.includes('"')) return rows[0];
  try {
    return parseTableIdentifier(name);
  } catch {
    return undefined;
  }
}

/** Own rows of one table, or undefined when no such table (ordinary or partitioned) exists. */
export async function countOwnRows(c: pg.Client, t: TableName): Promise<number | undefined> {
  const { rows: found } = await c.query(
    `SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r', 'p')`,
    [t.schema, t.table],
  );
  if (found.length === 0) return undefined;
  const { rows } = await c.query<{ n: string }>(
    `SELECT count(*) AS n FROM ONLY ${c.escapeIdentifier(t.schema)}.${c.escapeIdentifier(t.table)}`,
  );
  return Number(rows[0].n);
}

/** Direct children of every parent table (partitions and inheritance children), by key. */
export async function inheritanceChildren(c: pg.Client): Promise<Map<string, string[]>> {
  const { rows } = await c.query<{
    parent_schema: string;
    parent_table: string;
    child_schema: string;
    child_table: string;
  }>(
    `SELECT pn.nspname AS parent_schema, p.relname AS parent_table, cn.nspname AS child_schema, ch.relname AS child_table
     FROM pg_catalog.pg_inherits i
     JOIN pg_catalog.pg_class p ON p.oid = i.inhparent JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
     JOIN pg_catalog.pg_class ch ON ch.oid = i.inhrelid JOIN pg_catalog.pg_namespace cn ON cn.oid = ch.relnamespace
     WHERE p.relkind IN ('r', 'p') AND ch.relkind IN ('r', 'p')`,
  );
  const children = new Map<string, string[]>();
  for (const r of rows) {
    const parent = tableKey({ schema: r.parent_schema, table: r.parent_table });
    const list = children.get(parent) ?? [];
    list.push(tableKey({ schema: r.child_schema, table: r.child_table }));
    children.set(parent, list);
  }
  return children;
}

/**
 * Own rows and, for parents, tree totals. `children` maps a parent's key to its direct children's;
 * a descendant missing from `own` adds nothing (it was not counted, e.g. an extension's table).
 */
export function withTreeTotals(own: Map<string, number>, children: Map<string, string[]>): Map<string, RowCount> {
  const tree = (key: string, seen: Set<string>): number => {
    if (seen.has(key)) return 0;
    seen.add(key);
    return (own.get(key) ?? 0) + (children.get(key) ?? []).reduce((sum, k) => sum + tree(k, seen), 0);
  };
  const out = new Map<string, RowCount>();
  for (const [key, rows] of own) {
    out.set(key, children.get(key)?.length ? { rows, tree: tree(key, new Set()) } : { rows });
  }
  return out;
}

/** Own rows and tree totals of `tables`, in the client's snapshot. */
export async function countTables(
  c: pg.Client,
  tables: TableName[],
  onTable?: (key: string) => void,
): Promise<Record<string, RowCount>> {
  const own = new Map<string, number>();
  for (const t of tables) {
    const key = tableKey(t);
    onTable?.(key);
    own.set(key, (await countOwnRows(c, t)) ?? 0);
  }
  return Object.fromEntries(withTreeTotals(own, await inheritanceChildren(c)));
}

/** The total of a set of counts: own rows only, so a partition's rows are never added twice. */
export function totalRows(counts: Iterable<{ rows: number }>): number {
  let sum = 0;
  for (const c of counts) sum += c.rows;
  return sum;
}
