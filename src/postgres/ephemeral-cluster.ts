import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { appendFile, chown, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { silentLogger, type Logger } from '../util/logger.js';
import { addSecret, redactSecrets, redactUrl } from '../util/secrets.js';
import { findPostgresBinaries, type PostgresBinaries } from './binaries.js';
import { withClient } from './client.js';
import { asServerUser, needsServerUser, runTool, SERVER_USER } from './run-tool.js';
import { atExit, exitCleanlyOnSignal } from '../util/cleanup.js';
import { errorMessage } from '../util/errors.js';

export interface EphemeralCluster {
  /** Always 127.0.0.1: the cluster listens on loopback only. */
  host: string;
  port: number;
  /** 'postgres' (superuser) */
  user: string;
  password: string;
  /** 'postgres' */
  database: string;
  dataDir: string;
  /** Holds dataDir, the unix socket and the server log; removed by stop(). */
  tempDir: string;
  logFile: string;
  binaries: PostgresBinaries;
  url(database?: string): string;
  /** PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE and DATABASE_URL, for tools and smoke commands. */
  env(database?: string): Record<string, string>;
  /** Idempotent: stops the server (fast, then immediate, then SIGKILL) and deletes tempDir. */
  stop(): Promise<void>;
}

export interface StartClusterOptions {
  binaries?: PostgresBinaries;
  binDir?: string;
  /** Trade durability for restore speed (the cluster is thrown away anyway). Default true. */
  tuneForRestore?: boolean;
  logger?: Logger;
  /** Where the temp dir goes (default os.tmpdir()); when root it must be traversable by `postgres`. */
  parentDir?: string;
  /** pg_ctl start -w timeout. Default 60. */
  startTimeoutSeconds?: number;
  /** More postgresql.conf settings (e.g. shared_buffers for the bench); they win over the defaults. */
  settings?: Record<string, string>;
}

/** Written into every cluster's temp dir: lets a later process (an Action's post step) find and stop it. */
export const CLUSTER_MARKER = 'lifeboat-cluster.json';
const TEMP_PREFIX = 'lifeboat-pg-';
const PORT_ATTEMPTS = 5;

// maintenance_work_mem stays at its default: 512MB made pg_restore --jobs 2 of the 70 MB bench dump
// 1.4x slower (index builds sorting in memory: 25.8 s / 24.9 s vs 17.3 s / 18.8 s with 64MB).
export const RESTORE_TUNING: Readonly<Record<string, string>> = {
  fsync: 'off',
  synchronous_commit: 'off',
  full_page_writes: 'off',
  wal_level: 'minimal',
  max_wal_senders: '0',
  checkpoint_timeout: '1h',
  max_wal_size: '10GB',
  autovacuum: 'off',
};

/**
 * What initdb would have for each setting of RESTORE_TUNING, grouped as they must change together
 * (wal_level=minimal requires max_wal_senders=0): the bench times "all tuning but this group".
 */
export const RESTORE_TUNING_DEFAULTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  fsync: { fsync: 'on' },
  synchronous_commit: { synchronous_commit: 'on' },
  full_page_writes: { full_page_writes: 'on' },
  wal_level: { wal_level: 'replica', max_wal_senders: '10' },
  checkpoints: { checkpoint_timeout: '5min', max_wal_size: '1GB' },
  autovacuum: { autovacuum: 'on' },
};

interface Tracked {
  tempDir: string;
  dataDir: string;
  pgCtl: string;
  /** Set once the cluster object exists, so stopAllClusters() goes through its idempotent stop(). */
  stop?: () => Promise<void>;
}

const live = new Set<Tracked>();
let handlersInstalled = false;

function readPostmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A daemonized postmaster that exited is reparented to PID 1, and some container inits reap late
  // (or never): a zombie answers signal 0 but holds no port, no memory and no files.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    // Without /proc (macOS) signal 0 is all we know; with it, a missing entry means it just exited.
    return !existsSync('/proc/self/stat');
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The synchronous teardown used from signal and exit handlers, where nothing asynchronous runs:
 * immediate shutdown, SIGKILL if the postmaster is still there, then the directory.
 */
function stopSync(t: Tracked): void {
  const pid = readPostmasterPid(t.dataDir);
  if (pid !== undefined && isProcessAlive(pid)) {
    const { cmd, args } = asServerUser(t.pgCtl, ['stop', '-D', t.dataDir, '-m', 'immediate', '-w', '-t', '10', '-s']);
    spawnSync(cmd, args, { stdio: 'ignore', timeout: 15_000, cwd: os.tmpdir() });
    if (isProcessAlive(pid)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Gone in the meantime.
      }
    }
  }
  rmSync(t.tempDir, { recursive: true, force: true });
  live.delete(t);
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  // A signal exits through the cleanup registry, whose exit undos stop every cluster still running.
  exitCleanlyOnSignal();
  atExit(() => {
    for (const t of [...live]) {
      try {
        stopSync(t);
      } catch {
        // Keep going: the other clusters still deserve their cleanup.
      }
    }
  });
}

/** Stops every cluster this process started and has not stopped yet. */
export async function stopAllClusters(): Promise<void> {
  await Promise.all([...live].map((t) => (t.stop ? t.stop() : Promise.resolve(stopSync(t)))));
}

/** How many clusters this process has running (tests and post steps check it is 0). */
/**
 * Hands a cluster over to a later process (an action's post step, via stopClusterAt): this process's
 * exit and signal hooks no longer stop it.
 */
export function detachCluster(tempDir: string): void {
  for (const t of live) {
    if (t.tempDir !== tempDir) continue;
    live.delete(t);
    // Kept on purpose: no owner, so no later drill reaps it as an orphan.
    writeFileSync(path.join(tempDir, CLUSTER_MARKER), JSON.stringify({ dataDir: t.dataDir, pgCtl: t.pgCtl }));
  }
}

export function liveClusterCount(): number {
  return live.size;
}

/**
 * Stops a cluster started by another process (an Action's main step) from its temp dir, read from
 * saved state. Refuses directories without the marker, so a bad state value cannot delete anything else.
 */
export async function stopClusterAt(tempDir: string): Promise<void> {
  const markerFile = path.join(tempDir, CLUSTER_MARKER);
  let marker: { dataDir: string; pgCtl: string };
  try {
    marker = JSON.parse(await readFile(markerFile, 'utf8')) as { dataDir: string; pgCtl: string };
  } catch {
    if (!existsSync(tempDir)) return;
    throw new Error(`${tempDir} is not a Lifeboat cluster directory (no ${CLUSTER_MARKER}); not deleting it`);
  }
  const t: Tracked = { tempDir, dataDir: marker.dataDir, pgCtl: marker.pgCtl };
  await stopGracefully(t);
}

async function stopGracefully(t: Tracked): Promise<void> {
  const pid = readPostmasterPid(t.dataDir);
  if (pid !== undefined && isProcessAlive(pid)) {
    for (const mode of ['fast', 'immediate']) {
      await runTool(t.pgCtl, ['stop', '-D', t.dataDir, '-m', mode, '-w', '-t', '30', '-s'], {
        asServerUser: true,
        cwd: os.tmpdir(),
      }).catch(() => undefined);
      if (!isProcessAlive(pid)) break;
    }
    if (isProcessAlive(pid)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Gone in the meantime.
      }
      for (let i = 0; i < 50 && isProcessAlive(pid); i++) await sleep(100);
    }
  }
  await rm(t.tempDir, { recursive: true, force: true });
  live.delete(t);
}

function serverUserIds(): { uid: number; gid: number } {
  try {
    const uid = Number(execFileSync('id', ['-u', SERVER_USER], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', SERVER_USER], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new Error(
      `Running as root, PostgreSQL must run as the \`${SERVER_USER}\` user, which does not exist: create it (\`useradd --system ${SERVER_USER}\`) or run as a non-root user`,
    );
  }
}

/** A port nobody listens on right now. Another process may still take it before postgres does: callers retry. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('Could not find a free TCP port'))));
    });
  });
}

async function logTail(logFile: string, lines = 20): Promise<string> {
  try {
    const text = await readFile(logFile, 'utf8');
    return redactSecrets(text.trimEnd().split('\n').slice(-lines).join('\n'));
  } catch {
    return '(no server log)';
  }
}

function confValue(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * Boots a throwaway PostgreSQL cluster: temp data dir, random superuser password, loopback on a
 * free port. It is stopped and deleted by stop(), stopAllClusters(), or when this process exits or
 * receives SIGINT/SIGTERM.
 */
export async function startEphemeralCluster(opts: StartClusterOptions = {}): Promise<EphemeralCluster> {
  const logger = opts.logger ?? silentLogger;
  const binaries = opts.binaries ?? (await findPostgresBinaries({ binDir: opts.binDir }));
  installHandlers();

  const tempDir = await mkdtemp(path.join(opts.parentDir ?? os.tmpdir(), TEMP_PREFIX));
  const dataDir = path.join(tempDir, 'data');
  const logFile = path.join(tempDir, 'server.log');
  const tracked: Tracked = { tempDir, dataDir, pgCtl: binaries.tool('pg_ctl') };
  live.add(tracked);

  try {
    // ownerPid: a later drill stops this cluster if this process dies without doing it (SIGKILL, OOM).
    await writeFile(
      path.join(tempDir, CLUSTER_MARKER),
      JSON.stringify({ dataDir, pgCtl: tracked.pgCtl, ownerPid: process.pid }),
    );
    const ids = needsServerUser() ? serverUserIds() : undefined;
    if (ids) {
      await chown(tempDir, ids.uid, ids.gid);
      const probe = await runTool('test', ['-w', tempDir, '-a', '-x', tempDir], { asServerUser: true, cwd: '/' });
      if (probe.exitCode !== 0) {
        throw new Error(
          `The \`${SERVER_USER}\` user cannot use ${tempDir}: every directory above it must be traversable by that user (or pass another parent directory / set TMPDIR)`,
        );
      }
    }

    const password = randomBytes(24).toString('base64url');
    addSecret(password);
    const pwfile = path.join(tempDir, 'pwfile');
    await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
    if (ids) await chown(pwfile, ids.uid, ids.gid);

    const init = await runTool(
      binaries.tool('initdb'),
      [
        '-D',
        dataDir,
        '-U',
        'postgres',
        `--pwfile=${pwfile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
        // The cluster is thrown away: flushing its files to disk only costs time.
        '--no-sync',
      ],
      { asServerUser: true, cwd: tempDir },
    );
    await rm(pwfile, { force: true });
    if (init.exitCode !== 0) {
      throw new Error(
        `initdb (PostgreSQL ${binaries.version}) failed with exit code ${init.exitCode}: ${redactSecrets((init.stderr || init.stdout).trim())}`,
      );
    }

    // Our settings live in their own file so a port retry can rewrite them without touching initdb's.
    await appendFile(path.join(dataDir, 'postgresql.conf'), `\ninclude 'lifeboat.conf'\n`);
    const tuning = opts.tuneForRestore === false ? {} : RESTORE_TUNING;

    let port = 0;
    for (let attempt = 1; ; attempt++) {
      port = await findFreePort();
      const settings: Record<string, string> = {
        listen_addresses: '127.0.0.1',
        port: String(port),
        unix_socket_directories: tempDir,
        ...tuning,
        ...opts.settings,
      };
      const conf = Object.entries(settings)
        .map(([k, v]) => `${k} = ${confValue(v)}`)
        .join('\n');
      const confFile = path.join(dataDir, 'lifeboat.conf');
      await writeFile(confFile, `${conf}\n`);
      if (ids) await chown(confFile, ids.uid, ids.gid);
      // pg_ctl appends to the log as the server user: a root-owned leftover would stop it.
      await rm(logFile, { force: true });

      const start = await runTool(
        binaries.tool('pg_ctl'),
        ['start', '-w', '-t', String(opts.startTimeoutSeconds ?? 60), '-D', dataDir, '-l', logFile, '-s'],
        { asServerUser: true, cwd: tempDir },
      );
      if (start.exitCode === 0) break;

      const tail = await logTail(logFile);
      if (
        attempt < PORT_ATTEMPTS &&
        /could not bind|address already in use|could not create any TCP\/IP sockets/i.test(tail)
      ) {
        logger.info(`Port ${port} was taken before PostgreSQL could bind it; trying another`);
        continue;
      }
      throw new Error(
        `PostgreSQL ${binaries.version} did not start (pg_ctl exit code ${start.exitCode}${
          start.stderr.trim() ? `: ${redactSecrets(start.stderr.trim())}` : ''
        }). Server log:\n${tail}`,
      );
    }

    const host = '127.0.0.1';
    const user = 'postgres';
    const url = (database = 'postgres') =>
      `postgresql://${user}:${encodeURIComponent(password)}@${host}:${port}/${encodeURIComponent(database)}`;
    let stopping: Promise<void> | undefined;
    const cluster: EphemeralCluster = {
      host,
      port,
      user,
      password,
      database: 'postgres',
      dataDir,
      tempDir,
      logFile,
      binaries,
      url,
      env: (database = 'postgres') => ({
        PGHOST: host,
        PGPORT: String(port),
        PGUSER: user,
        PGPASSWORD: password,
        PGDATABASE: database,
        DATABASE_URL: url(database),
      }),
      stop: () => (stopping ??= stopGracefully(tracked)),
    };
    tracked.stop = cluster.stop;
    logger.info(`PostgreSQL ${binaries.version} ephemeral cluster listening on ${host}:${port}`);
    return cluster;
  } catch (error) {
    await stopGracefully(tracked).catch(() => stopSync(tracked));
    throw error;
  }
}

/**
 * Waits until `url` accepts a query. Authentication failures end the wait at once: retrying
 * a wrong password only delays the same answer.
 */
export async function waitForPostgres(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await withClient(url, (c) => c.query('SELECT 1'));
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      const message = redactSecrets(errorMessage(error));
      if (code === '28P01' || code === '28000') {
        throw new Error(`PostgreSQL at ${redactUrl(url)} refused the login: ${message}`);
      }
      if (Date.now() >= deadline) {
        throw new Error(
          `PostgreSQL at ${redactUrl(url)} is not ready after ${Math.round(timeoutMs / 1000)}s: ${message}`,
        );
      }
      await sleep(250);
    }
  }
}
