// "Never the production database" decided by which server and database a URL reaches, not by how
// it is spelled. Two URLs are the same database when the servers they reach report the same
// system_identifier (pg_control_system()) and the same current_database(); when a server cannot be
// asked, when every address each URL resolves to (libpq's defaults and environment included) is
// compared: 0.0.0.0, ::, loopback, this machine's own addresses and unix sockets all mean "this
// machine", v4-mapped v6 addresses are their v4 address.
import dns from 'node:dns/promises';
import os from 'node:os';
import { realpath } from 'node:fs/promises';
import pg from 'pg';
import { parse } from 'pg-connection-string';
import { CONNECT_TIMEOUT_MS } from '../postgres/client.js';

export type Lookup = (host: string) => Promise<string[]>;

/** Where libpq would connect for a URL: every host/port pair it would try, the database and user. */
export interface ResolvedConnection {
  endpoints: { host: string; port: number }[];
  database: string;
  user: string;
  /** The URL named no host and PGHOST is unset: libpq uses its socket, node-postgres localhost. */
  defaultHost: boolean;
}

/** libpq's compiled-in socket directories (Debian's, upstream's): where an unspecified host points. */
const DEFAULT_SOCKET_DIRS = ['/var/run/postgresql', '/tmp'];

export function resolveConnection(url: string, env: NodeJS.ProcessEnv = process.env): ResolvedConnection {
  const p = parse(url) as Record<string, string | null | undefined>;
  const user = p.user || env.PGUSER || osUser();
  const database = p.database || env.PGDATABASE || user;
  const hostText = p.host || p.hostaddr || env.PGHOST || env.PGHOSTADDR || '';
  const defaultHost = hostText === '';
  const hosts = defaultHost ? [...DEFAULT_SOCKET_DIRS, 'localhost'] : hostText.split(',');
  const portText = p.port || env.PGPORT || '5432';
  const ports = portText.split(',').map((x) => Number(x) || 5432);
  const endpoints = hosts.map((host, i) => ({
    host: host
      .trim()
      .replace(/^\[|\]$/g, '')
      .toLowerCase(),
    port: ports[Math.min(i, ports.length - 1)],
  }));
  return { endpoints, database, user, defaultHost };
}

/** libpq's last resort for the user name; a container without a passwd entry has none. */
function osUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? '';
  }
}

const systemLookup: Lookup = async (host) => (await dns.lookup(host, { all: true })).map((a) => a.address);

/** The addresses that name this machine: a server reached through any of them is local. */
function localAddresses(): Set<string> {
  const out = new Set(['0.0.0.0', '::', '::1', 'localhost']);
  for (const list of Object.values(os.networkInterfaces())) {
    for (const a of list ?? []) out.add(normalizeAddress(a.address));
  }
  return out;
}

function normalizeAddress(address: string): string {
  const a = address.toLowerCase().replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) return mapped[1];
  // ::ffff:7f00:1 (how URL parsers print [::ffff:127.0.0.1]).
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(a);
  if (hex) {
    const hi = parseInt(hex[1], 16);
    const lo = parseInt(hex[2], 16);
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  return a;
}

function isLocal(address: string, local: Set<string>): boolean {
  return local.has(address) || /^127\./.test(address) || address === '0:0:0:0:0:0:0:1';
}

/**
 * Keys of every place a connection can land: `local:PORT` for this machine (sockets included: a
 * socket and a loopback TCP port of the same number are one server), `ip:ADDR:PORT` otherwise, and
 * `name:HOST:PORT` for a host that does not resolve (compared by spelling, the best left).
 */
export async function addressKeys(resolved: ResolvedConnection, lookup: Lookup = systemLookup): Promise<Set<string>> {
  const local = localAddresses();
  const keys = new Set<string>();
  for (const { host, port } of resolved.endpoints) {
    if (host.startsWith('/')) {
      keys.add(`local:${port}`);
      keys.add(`socket:${await realpath(host).catch(() => host)}:${port}`);
      continue;
    }
    const direct = normalizeAddress(host);
    let addresses: string[];
    try {
      addresses = /^[\d.]+$|:/.test(direct) ? [direct] : (await lookup(host)).map(normalizeAddress);
    } catch {
      keys.add(`name:${host}:${port}`);
      continue;
    }
    for (const a of addresses) keys.add(isLocal(a, local) ? `local:${port}` : `ip:${a}:${port}`);
  }
  return keys;
}

/** What a server says it is: its cluster's system_identifier (when readable) and the database name. */
export interface ServerIdentity {
  systemIdentifier?: string;
  database: string;
}

/**
 * Asks the server behind `url`. `readOnly` makes the session read-only before anything else runs
 * (production is only ever read). pg_control_system() needs no privilege on PostgreSQL 10+, but a
 * proxy or an old server may refuse it: then only the database name comes back.
 */
export async function serverIdentity(url: string, opts: { readOnly?: boolean } = {}): Promise<ServerIdentity> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    ...(opts.readOnly ? { options: '-c default_transaction_read_only=on' } : {}),
  });
  client.on('error', () => {});
  try {
    await client.connect();
    const db = await client.query<{ d: string }>('SELECT current_database() AS d');
    let systemIdentifier: string | undefined;
    try {
      const r = await client.query<{ id: string }>('SELECT system_identifier::text AS id FROM pg_control_system()');
      systemIdentifier = r.rows[0]?.id;
    } catch {
      systemIdentifier = undefined;
    }
    return { database: db.rows[0].d, systemIdentifier };
  } finally {
    await client.end().catch(() => {});
  }
}

export interface GuardVerdict {
  same: boolean;
  /** How it was decided, for the refusal message: "same server (system identifier …) and database". */
  how: string;
}

/**
 * Whether `target` is production's database. `targetIdentity` is what the target's own connection
 * reported (when it connected); production is asked over a read-only connection. Identities decide
 * when both are known; otherwise (or when libpq and node-postgres could land in different places)
 * the addresses do, and any common one with the same database name is a match.
 */
export async function isProductionDatabase(
  target: string,
  production: string,
  opts: { env?: NodeJS.ProcessEnv; lookup?: Lookup; targetIdentity?: ServerIdentity } = {},
): Promise<GuardVerdict> {
  const env = opts.env ?? process.env;
  const t = resolveConnection(target, env);
  const p = resolveConnection(production, env);
  const prodIdentity = await serverIdentity(production, { readOnly: true }).catch(() => undefined);
  const tId = opts.targetIdentity;
  if (tId?.systemIdentifier && prodIdentity?.systemIdentifier) {
    if (tId.systemIdentifier === prodIdentity.systemIdentifier && tId.database === prodIdentity.database) {
      return {
        same: true,
        how: `same server (system identifier ${tId.systemIdentifier}) and database ${tId.database}`,
      };
    }
    if (!t.defaultHost && !p.defaultHost) return { same: false, how: 'different server or database' };
  }
  const tDb = tId?.database ?? t.database;
  const pDb = prodIdentity?.database ?? p.database;
  if (tDb !== pDb) return { same: false, how: 'different database name' };
  const [tk, pk] = await Promise.all([addressKeys(t, opts.lookup), addressKeys(p, opts.lookup)]);
  const common = [...tk].find((k) => pk.has(k));
  if (common) {
    const where = common.replace(/^local:/, 'this machine, port ').replace(/^(ip|name|socket):/, '');
    return { same: true, how: `same address (${where}) and database ${tDb}` };
  }
  return { same: false, how: 'no common address' };
}
