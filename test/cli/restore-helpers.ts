import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { backup } from '../../src/backup/backup.js';
import { parseBackupSettings } from '../../src/backup/backup-settings.js';
import { main } from '../../src/cli/main.js';
import { createDatabase, loadSampleDatabase } from '../../src/demo/sample-database.js';
import type { LifeboatManifest } from '../../src/discovery/manifest.js';
import { findClientTool } from '../../src/postgres/binaries.js';
import { connectionForTools, withClient } from '../../src/postgres/client.js';
import { runTool } from '../../src/postgres/run-tool.js';
import { silentLogger } from '../../src/util/logger.js';
import { sharedCluster } from '../support/postgres.js';

/** A demo backup, made the way create-backup makes one: the sample database dumped into a folder store. */
export interface DemoBackup {
  sourceUrl: string;
  store: string;
  key: string;
  manifest: LifeboatManifest;
  tables: Record<string, number>;
  dir: string;
}

export async function demoBackup(name: string, opts: { ledgerRows?: number } = {}): Promise<DemoBackup> {
  const cluster = await sharedCluster();
  const sourceUrl = await createDatabase(cluster.url(), name);
  const { tables } = await loadSampleDatabase(sourceUrl, { ledgerRows: opts.ledgerRows ?? 1500 });
  const dir = await mkdtemp(path.join(os.tmpdir(), `lifeboat-${name}-`));
  const store = path.join(dir, 'store');
  const result = await backup(parseBackupSettings({ 'database-url': sourceUrl, dest: store }), {
    env: process.env,
    logger: silentLogger,
  });
  if (!result.key || !result.manifest) throw new Error(`backup failed: ${JSON.stringify(result.report.checks)}`);
  return { sourceUrl, store, key: result.key, manifest: result.manifest, tables, dir };
}

function sink() {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

async function runLifeboat(env: NodeJS.ProcessEnv, argv: string[]) {
  const out = sink();
  const err = sink();
  const code = await main(argv, { env, stdout: out.stream, stderr: err.stream });
  return { code, stdout: out.text(), stderr: err.text() };
}

export function lifeboat(...argv: string[]) {
  return runLifeboat(process.env, argv);
}

/** The same, with extra environment variables (keys and URLs the CLI reads from the environment). */
lifeboat.withEnv =
  (env: NodeJS.ProcessEnv) =>
  (...argv: string[]) =>
    runLifeboat({ ...process.env, ...env }, argv);

/** psql -v ON_ERROR_STOP=1 -f file against url: how an engineer loads `lifeboat extract` output. */
export async function psqlFile(url: string, file: string): Promise<void> {
  const psql = await findClientTool('psql');
  const { dbname, env } = connectionForTools(url);
  const r = await runTool(psql.path, ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '--dbname', dbname, '-f', file], { env });
  if (r.exitCode !== 0) throw new Error(`psql failed (exit ${r.exitCode}): ${r.stderr}`);
}

/** Every user table and its row count: what "changed nothing" is measured against. */
export async function tableCounts(url: string): Promise<Record<string, number>> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ name: string; schema: string; table: string }>(
      `SELECT n.nspname || '.' || c.relname AS name, n.nspname AS schema, c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
       ORDER BY 1`,
    );
    const out: Record<string, number> = {};
    for (const { name, schema, table } of rows) {
      const r = await c.query<{ n: string }>(
        `SELECT count(*) AS n FROM ${c.escapeIdentifier(schema)}.${c.escapeIdentifier(table)}`,
      );
      out[name] = Number(r.rows[0].n);
    }
    return out;
  });
}
