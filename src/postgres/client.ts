import pg from 'pg';

export const CONNECT_TIMEOUT_MS = 10_000;

/** Connects, runs `fn`, and always closes the connection, whatever `fn` does. */
export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // A server that goes away (cluster stopped, network drop) emits 'error' on an idle client; unhandled,
  // that event would crash the whole process instead of failing the query that is waiting.
  client.on('error', () => {});
  try {
    await client.connect();
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * How to hand a connection URL to pg_dump/pg_restore/psql without putting the password on their
 * command line (visible in `ps` to every user of the machine): the URL without its password for
 * `--dbname`, and the password in PGPASSWORD.
 */
export function connectionForTools(url: string): { dbname: string; env: Record<string, string> } {
  const parsed = new URL(url);
  const env: Record<string, string> = {};
  if (parsed.password) env.PGPASSWORD = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env };
}

/** The URL with another database name (same server, user and password). */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}
