import { withClient } from '../postgres/client.js';
import { isProductionDatabase, serverIdentity, type Lookup } from './production-guard.js';
import { startEphemeralCluster, type EphemeralCluster } from '../postgres/ephemeral-cluster.js';
import { errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { addUrlSecrets, redactSecrets, redactUrl } from '../util/secrets.js';

/** Where the drill restores to: a database that exists, is empty (or allowed not to be) and is not production. */
export interface DrillTarget {
  kind: 'ephemeral' | 'url';
  /** Connection URL of the restore database, password included: never print it unredacted. */
  url: string;
  /** PGHOST … PGDATABASE and DATABASE_URL of the restore database, for tools and the smoke command. */
  env: Record<string, string>;
  database: string;
  serverVersion: string;
  serverMajor: number;
  /** Printable: no password. */
  description: string;
  /** Whether the database held tables before the restore (only when allow-overwrite let it through). */
  hadTables: boolean;
  /** Ephemeral only: where the binaries of the cluster live (pg_restore/psql of the same version). */
  binDir?: string;
  /** Ephemeral only: the cluster's temp dir (data dir, socket, log), gone after dispose(). */
  tempDir?: string;
  dataDir?: string;
  /** Stops and deletes an ephemeral cluster; a URL target is left as it is. Idempotent. */
  dispose(): Promise<void>;
}

/** The target may not be used; the message says why and what to do. */
export class TargetRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TargetRefusedError';
  }
}

export interface Endpoint {
  host: string;
  port: number;
  database: string;
  user: string;
}

/**
 * Host, port and database a libpq URL points at, with libpq's defaults: port 5432, database = user,
 * host from `?host=` (unix sockets) when the authority has none.
 */
export function endpointOf(url: string): Endpoint {
  const parsed = new URL(url);
  const user = decodeURIComponent(parsed.username) || parsed.searchParams.get('user') || 'postgres';
  const pathDb = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  const host = (parsed.hostname || parsed.searchParams.get('host') || 'localhost')
    .replace(/^\[|\]$/g, '')
    .toLowerCase();
  return {
    host,
    port: Number(parsed.port || parsed.searchParams.get('port') || 5432),
    database: pathDb || parsed.searchParams.get('dbname') || user,
    user,
  };
}

export function envForUrl(url: string): Record<string, string> {
  const parsed = new URL(url);
  const e = endpointOf(url);
  const env: Record<string, string> = {
    PGHOST: e.host,
    PGPORT: String(e.port),
    PGUSER: e.user,
    PGDATABASE: e.database,
    DATABASE_URL: url,
  };
  if (parsed.password) env.PGPASSWORD = decodeURIComponent(parsed.password);
  const sslmode = parsed.searchParams.get('sslmode');
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
}

/**
 * A URL target after the safety rules of PRODUCT.md §4: never the production database (even with
 * allow-overwrite), and never a database that already holds tables unless allow-overwrite.
 */
export async function openUrlTarget(
  url: string,
  opts: { allowOverwrite: boolean; productionDatabaseUrl?: string; lookup?: Lookup; env?: NodeJS.ProcessEnv },
): Promise<DrillTarget> {
  addUrlSecrets(url);
  if (opts.productionDatabaseUrl) {
    addUrlSecrets(opts.productionDatabaseUrl);
    // Reading who the target is writes nothing; a target that cannot be reached is compared by address.
    const targetIdentity = await serverIdentity(url).catch(() => undefined);
    const verdict = await isProductionDatabase(url, opts.productionDatabaseUrl, {
      env: opts.env,
      lookup: opts.lookup,
      targetIdentity,
    });
    if (verdict.same) {
      throw new TargetRefusedError(
        `refusing target ${redactUrl(url)}: it is the production database (${verdict.how} as production-database-url); ` +
          'Lifeboat never restores into it: choose a scratch database',
      );
    }
  }
  const e = endpointOf(url);
  const facts = await withClient(url, async (c) => {
    const version = await c.query<{ v: string; n: string }>(
      "SELECT current_setting('server_version') AS v, current_setting('server_version_num') AS n",
    );
    const tables = await c.query<{ name: string }>(
      `SELECT n.nspname || '.' || c.relname AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
         AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
       ORDER BY 1 LIMIT 4`,
    );
    return { version: version.rows[0].v, num: Number(version.rows[0].n), tables: tables.rows.map((r) => r.name) };
  }).catch((error) => {
    throw new TargetRefusedError(`cannot connect to target ${redactUrl(url)}: ${redactSecrets(errorMessage(error))}`);
  });
  if (facts.tables.length > 0 && !opts.allowOverwrite) {
    const shown = facts.tables.slice(0, 3).join(', ') + (facts.tables.length > 3 ? ', …' : '');
    throw new TargetRefusedError(
      `refusing target ${redactUrl(url)}: database ${e.database} already holds tables (${shown}); ` +
        'point target at an empty scratch database, or set allow-overwrite: true to restore over it',
    );
  }
  return {
    kind: 'url',
    url,
    env: envForUrl(url),
    database: e.database,
    serverVersion: facts.version,
    serverMajor: Math.floor(facts.num / 10000),
    description: `${redactUrl(url)} (PostgreSQL ${facts.version})`,
    hadTables: facts.tables.length > 0,
    dispose: async () => {},
  };
}

/** Names the restore database after the backup's database when that is a name we may create. */
export function restoreDatabaseName(fromManifest: string | undefined): string {
  if (fromManifest && /^[A-Za-z_][A-Za-z0-9_$-]{0,62}$/.test(fromManifest) && !/^template[01]$/.test(fromManifest)) {
    return fromManifest;
  }
  return 'lifeboat_drill';
}

/** Boots a throwaway cluster and creates the (empty) restore database in it. */
export async function startEphemeralTarget(opts: {
  binDir?: string;
  database: string;
  logger: Logger;
  parentDir?: string;
  /** Called as soon as the cluster exists, before anything else can fail: the caller owns its teardown. */
  onCluster?: (cluster: EphemeralCluster) => void;
}): Promise<DrillTarget> {
  const cluster = await startEphemeralCluster({
    binDir: opts.binDir,
    tuneForRestore: true,
    logger: opts.logger,
    parentDir: opts.parentDir,
  });
  opts.onCluster?.(cluster);
  try {
    if (opts.database !== 'postgres') {
      await withClient(cluster.url(), (c) => c.query(`CREATE DATABASE ${c.escapeIdentifier(opts.database)}`));
    }
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return {
    kind: 'ephemeral',
    url: cluster.url(opts.database),
    env: cluster.env(opts.database),
    database: opts.database,
    serverVersion: cluster.binaries.version,
    serverMajor: cluster.binaries.major,
    description: `ephemeral PostgreSQL ${cluster.binaries.version} on ${cluster.host}:${cluster.port} (${cluster.tempDir})`,
    hadTables: false,
    binDir: cluster.binaries.binDir,
    tempDir: cluster.tempDir,
    dataDir: cluster.dataDir,
    dispose: () => cluster.stop(),
  };
}
