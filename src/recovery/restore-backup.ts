import type pg from 'pg';
import { restoreArchive, RestoreError } from '../restore/restore-runner.js';
import { openUrlTarget, TargetRefusedError, type DrillTarget } from '../restore/target.js';
import { withClient } from '../postgres/client.js';
import type { Check } from '../report/report.js';
import { formatCount, formatDuration, plural } from '../report/format.js';
import { errorMessage, InputError } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { RecoveryError, requireTables, withFetchedBackup } from './fetch-selected.js';
import { qualifiedName, type RestoreSettings, type TableName } from './recovery-settings.js';

export interface RestoreEnvironment {
  env: NodeJS.ProcessEnv;
  logger: Logger;
  /** Host resolution for the production-database-url comparison (tests). */
  lookup?: (host: string) => Promise<string[]>;
}

export interface RestoredTable {
  name: string;
  rows: number;
  /** From the backup's manifest (exact, same snapshot as the dump), when it has one. */
  expected_rows?: number;
}

export interface RestoreResult {
  backup: { key: string; time: string; reason: string };
  target: string;
  checks: Check[];
  tables: RestoredTable[];
  /** Critical when a restored table's rows differ from the manifest's. */
  status: 'ok' | 'critical';
}

/**
 * The on-call restore (`lifeboat restore`): the drill's selection, fetch, checks and restore, into a
 * database the caller keeps. The target's safety rules come first, before anything is downloaded:
 * the production database is always refused (TargetRefusedError), a database holding tables needs
 * allowOverwrite. Nothing is written to the target unless the backup passed its checks.
 */
export async function restoreBackup(
  settings: RestoreSettings,
  environment: RestoreEnvironment,
): Promise<RestoreResult> {
  const { logger } = environment;
  const target: DrillTarget = await openUrlTarget(settings.target, {
    allowOverwrite: settings.allowOverwrite,
    productionDatabaseUrl: settings.productionDatabaseUrl,
    lookup: environment.lookup,
    env: environment.env,
  });
  logger.info(
    `Target ${target.description}${target.hadTables ? ': holds tables, restoring over them (--allow-overwrite)' : ''}`,
  );

  return withFetchedBackup(settings, environment, 'a restore', async (f) => {
    requireTables(f, settings.tables);
    const started = Date.now();
    let summary: string;
    let databases: string[] | undefined;
    try {
      const restored = await restoreArchive({
        file: f.fetched.file,
        container: f.container,
        target,
        jobs: settings.jobs,
        binDir: settings.postgresBinDir,
        logger,
        pgDumpVersion: f.backup.manifest?.pg_dump_version,
        tables: settings.tables,
        toc: f.fetched.integrity.toc,
      });
      summary = `${restored.summary} in ${formatDuration((Date.now() - started) / 1000)}`;
      databases = restored.databases;
    } catch (error) {
      // A script that would write outside the target is a refusal (exit 3), like a refused target.
      if (error instanceof TargetRefusedError || error instanceof InputError) throw error;
      throw new RecoveryError(error instanceof RestoreError ? error.message : `restore failed: ${errorMessage(error)}`);
    }

    const names = settings.tables.length ? settings.tables : undefined;
    // Without a manifest the reader's exact COPY counts are the expectation: a restore that left the
    // target empty (or put the tables elsewhere) is never "RESTORED".
    const expected = f.backup.manifest?.tables ?? scannedExpectations(f.fetched.integrity.tables, databases);
    const source = f.backup.manifest ? 'the manifest' : "the dump's COPY blocks";
    const tables = await countTables(target.url, names, expected);
    if (!names) {
      const counted = new Set(tables.map((t) => t.name));
      for (const [name, { rows }] of Object.entries(expected ?? {})) {
        if (!counted.has(name)) tables.push({ name, rows: 0, expected_rows: rows });
      }
    }
    const wrong = tables.filter((t) => t.expected_rows !== undefined && t.rows !== t.expected_rows);
    const checks: Check[] = [
      { id: 'backup', status: 'ok', summary: `${f.backup.key}, taken ${f.backup.time.toISOString()} (${f.reason})` },
      ...f.checks,
      { id: 'restore', status: 'ok', summary },
      {
        id: 'rows',
        status: wrong.length ? 'critical' : 'ok',
        summary: wrong.length
          ? `${wrong.map((t) => `${t.name} has ${formatCount(t.rows)} rows, ${source} says ${formatCount(t.expected_rows ?? 0)}`).join('; ')}`
          : `${plural(tables.length, 'table')}, ${plural(
              tables.reduce((n, t) => n + t.rows, 0),
              'row',
            )}` + (f.backup.manifest ? ', as in the backup manifest' : expected ? `, as in ${source}` : ''),
      },
    ];
    return {
      backup: { key: f.backup.key, time: f.backup.time.toISOString(), reason: f.reason },
      target: target.description,
      checks,
      tables,
      status: wrong.length ? 'critical' : 'ok',
    };
  });
}

/** The reader's per-table counts, with a plain script's `db/` prefix dropped (everything landed in the target). */
function scannedExpectations(
  scanned: { name: string; rows: number }[] | undefined,
  databases: string[] | undefined,
): Record<string, { rows: number }> | undefined {
  if (!scanned?.length) return undefined;
  const out: Record<string, { rows: number }> = {};
  for (const { name, rows } of scanned) {
    const slash = name.indexOf('/');
    const unprefixed = slash > 0 && databases?.includes(name.slice(0, slash)) ? name.slice(slash + 1) : name;
    const local = unprefixed.replace(/ \(#\d+\)$/, '');
    out[local] = { rows: (out[local]?.rows ?? 0) + rows };
  }
  return out;
}

async function countTables(
  url: string,
  only: TableName[] | undefined,
  manifest: Record<string, { rows: number }> | undefined,
): Promise<RestoredTable[]> {
  return withClient(url, async (c) => {
    const tables = only ?? (await userTables(c));
    const out: RestoredTable[] = [];
    for (const t of tables) {
      const name = qualifiedName(t);
      const { rows } = await c.query<{ n: string }>(
        `SELECT count(*) AS n FROM ${c.escapeIdentifier(t.schema)}.${c.escapeIdentifier(t.table)}`,
      );
      const expected = manifest?.[name]?.rows;
      out.push({ name, rows: Number(rows[0].n), ...(expected !== undefined ? { expected_rows: expected } : {}) });
    }
    return out;
  });
}

async function userTables(c: pg.Client): Promise<TableName[]> {
  const { rows } = await c.query<{ schema: string; table: string }>(
    `SELECT n.nspname AS schema, c.relname AS table
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
       AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
     ORDER BY 1, 2`,
  );
  return rows;
}
