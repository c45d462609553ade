import { randomBytes } from 'node:crypto';
import { backupOptions, parseBackupSettings, type BackupSettings } from '../../src/backup/backup-settings.js';
import { runBackup, type BackupResult } from '../../src/backup/run-backup.js';
import { findClientTool } from '../../src/postgres/binaries.js';
import { connectionForTools, withClient, withDatabase } from '../../src/postgres/client.js';
import { runTool } from '../../src/postgres/run-tool.js';
import type { WritableStore } from '../../src/stores/store.js';
import { memoryLogger } from '../../src/util/logger.js';
import type { RawOptions } from '../../src/settings/options.js';

export function settingsFor(raw: RawOptions): BackupSettings {
  return parseBackupSettings({ 'fail-on': 'warning', ...raw });
}

export async function backupInto(
  store: WritableStore,
  raw: RawOptions,
  opts: { now?: () => Date } = {},
): Promise<BackupResult & { log: string[] }> {
  const logger = memoryLogger();
  const result = await runBackup(settingsFor({ dest: store.displayUrl, ...raw }), {
    store,
    logger,
    now: opts.now,
    findPgDump: (minMajor) => findClientTool('pg_dump', { minMajor }),
  });
  return { ...result, log: logger.lines };
}

/** A database with its own login role whose password is distinctive, for leak scans. */
export async function databaseWithOwnRole(
  clusterUrl: string,
  name: string,
): Promise<{ url: string; password: string }> {
  // Characters that need percent-encoding in a URL: the encoded form must be scrubbed too.
  const password = `Pw-${randomBytes(9).toString('hex')}/+:@`;
  const role = `${name}_owner`;
  await withClient(clusterUrl, async (c) => {
    await c.query(`CREATE ROLE ${c.escapeIdentifier(role)} LOGIN SUPERUSER PASSWORD ${c.escapeLiteral(password)}`);
    await c.query(`CREATE DATABASE ${c.escapeIdentifier(name)} OWNER ${c.escapeIdentifier(role)}`);
  });
  const url = new URL(withDatabase(clusterUrl, name));
  url.username = role;
  url.password = encodeURIComponent(password);
  return { url: url.toString(), password };
}

/** pg_restore of a custom archive into a fresh database on the same cluster; returns its URL. */
export async function restoreInto(clusterUrl: string, name: string, archiveFile: string): Promise<string> {
  await withClient(clusterUrl, (c) => c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`));
  const url = withDatabase(clusterUrl, name);
  const pgRestore = await findClientTool('pg_restore');
  const { dbname, env } = connectionForTools(url);
  const result = await runTool(
    pgRestore.path,
    ['--exit-on-error', '--no-password', `--dbname=${dbname}`, archiveFile],
    { env },
  );
  if (result.exitCode !== 0) throw new Error(`pg_restore failed: ${result.stderr}`);
  return url;
}

/** count(*) of each `schema.table` (names as the manifest spells them, unquoted). */
/**
 * Counted here independently of src/postgres/row-counts.ts, by the rule the manifest states: a table's
 * own rows (FROM ONLY), and for a parent (partitioned or inheritance) also the total of its tree.
 */
export async function countTables(
  url: string,
  names: string[],
): Promise<Record<string, { rows: number; tree?: number }>> {
  return withClient(url, async (c) => {
    const out: Record<string, { rows: number; tree?: number }> = {};
    for (const name of names) {
      const { rows: found } = await c.query<{ schema: string; table: string; parent: boolean }>(
        `SELECT n.nspname AS schema, c.relname AS table,
                EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhparent = c.oid) AS parent
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname || '.' || c.relname = $1`,
        [name],
      );
      if (found.length !== 1) throw new Error(`table ${name} not found in the restored database`);
      const table = `${c.escapeIdentifier(found[0].schema)}.${c.escapeIdentifier(found[0].table)}`;
      const count = async (sql: string) => Number((await c.query<{ n: string }>(sql)).rows[0].n);
      const rows = await count(`SELECT count(*) AS n FROM ONLY ${table}`);
      out[name] = found[0].parent ? { rows, tree: await count(`SELECT count(*) AS n FROM ${table}`) } : { rows };
    }
    return out;
  });
}

export { backupOptions };
