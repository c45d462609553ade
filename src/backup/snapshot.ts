import pg from 'pg';
import { CONNECT_TIMEOUT_MS } from '../postgres/client.js';
import { countTables, type RowCount } from '../postgres/row-counts.js';
import { readRoleSpecs, type RoleSpec } from '../postgres/role-specs.js';

export interface SnapshotTable {
  schema: string;
  name: string;
}

export interface ServerInfo {
  /** `server_version` without the distribution suffix: "15.18", "16.4", "9.6.24". */
  version: string;
  /** 15, 16…; 9.6 before PostgreSQL 10. */
  major: number;
  database: string;
}

/**
 * A REPEATABLE READ transaction whose snapshot is exported for `pg_dump --snapshot`: the rows
 * counted here are exactly the rows pg_dump writes, whatever is committed meanwhile. The
 * transaction must stay open at least until pg_dump has imported the snapshot; it is held until
 * the dump ends, which also keeps the snapshot's rows from being vacuumed away under it.
 */
export class DumpSnapshot {
  private closed = false;

  private constructor(
    private readonly client: pg.Client,
    readonly id: string,
    readonly server: ServerInfo,
  ) {}

  static async open(url: string): Promise<DumpSnapshot> {
    const client = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      application_name: 'lifeboat-backup',
    });
    // A server that goes away emits 'error' on the idle client; the pending query reports it instead.
    client.on('error', () => {});
    try {
      await client.connect();
      const info = await client.query<{ num: string; version: string; db: string }>(
        "SELECT current_setting('server_version_num') AS num, current_setting('server_version') AS version, current_database() AS db",
      );
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      // The transaction idles while pg_dump works; a server-wide idle timeout would cut it off.
      await client.query('SET LOCAL idle_in_transaction_session_timeout = 0; SET LOCAL statement_timeout = 0');
      // As pg_dump does: a row-level-security policy that would hide rows is an error, not a smaller count.
      await client.query('SET LOCAL row_security = off');
      const { rows } = await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id');
      const num = Number(info.rows[0].num);
      const major =
        num >= 100_000 ? Math.floor(num / 10_000) : Math.floor(num / 10_000) + (Math.floor(num / 100) % 100) / 10;
      return new DumpSnapshot(client, rows[0].id, {
        version: info.rows[0].version.split(' ')[0],
        major,
        database: info.rows[0].db,
      });
    } catch (error) {
      await client.end().catch(() => {});
      throw error;
    }
  }

  /**
   * The tables pg_dump writes data for: ordinary and partitioned tables in every schema that is
   * not a system schema, minus tables that belong to an extension (pg_dump leaves those to
   * CREATE EXTENSION). Views, foreign tables and sequences hold no rows of their own in a dump.
   */
  async tables(): Promise<SnapshotTable[]> {
    const { rows } = await this.client.query<SnapshotTable>(`
      SELECT n.nspname AS schema, c.relname AS name
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p')
        AND c.relpersistence <> 't'
        AND n.nspname <> 'information_schema'
        AND n.nspname !~ '^pg_'
        AND NOT EXISTS (
          SELECT 1 FROM pg_catalog.pg_depend d
          WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
        )
      ORDER BY 1, 2`);
    return rows;
  }

  /** Own rows (and parents' tree totals) of each table, in the exported snapshot; keys are `schema.table`. */
  countRows(tables: SnapshotTable[], onTable?: (name: string) => void): Promise<Record<string, RowCount>> {
    return countTables(
      this.client,
      tables.map((t) => ({ schema: t.schema, table: t.name })),
      onTable,
    );
  }

  /** The roles (attributes, memberships; never passwords) as the dump's snapshot sees the catalog. */
  roles(): Promise<RoleSpec[]> {
    return readRoleSpecs(this.client);
  }

  /** Ends the transaction and the connection; safe to call twice and after the server went away. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.client.query('ROLLBACK').catch(() => {});
    await this.client.end().catch(() => {});
  }

  /** Stops a count in progress (the dump failed, nothing will use the counts). */
  abort(): void {
    if (this.closed) return;
    this.closed = true;
    // end() would wait for the running query; destroying the socket fails it at once.
    const connection = (this.client as unknown as { connection?: { stream?: { destroy(): void } } }).connection;
    connection?.stream?.destroy();
    this.client.end().catch(() => {});
  }
}
