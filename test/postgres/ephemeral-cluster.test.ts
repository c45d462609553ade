import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withClient } from '../../src/postgres/client.js';
import {
  isProcessAlive,
  liveClusterCount,
  startEphemeralCluster,
  stopAllClusters,
  stopClusterAt,
  waitForPostgres,
  type EphemeralCluster,
} from '../../src/postgres/ephemeral-cluster.js';
import { asServerUser } from '../../src/postgres/run-tool.js';
import { redactSecrets } from '../../src/util/secrets.js';

function postmasterPid(dataDir: string): number {
  return Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
}

/** pg_ctl status: 0 = running, 3 = not running, 4 = no data directory. */
function pgCtlStatus(cluster: EphemeralCluster): number | null {
  const { cmd, args } = asServerUser(cluster.binaries.tool('pg_ctl'), ['status', '-D', cluster.dataDir]);
  return spawnSync(cmd, args, { stdio: 'ignore', cwd: '/' }).status;
}

describe('ephemeral cluster', () => {
  let cluster: EphemeralCluster;

  beforeAll(async () => {
    cluster = await startEphemeralCluster();
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('accepts the superuser with its password on 127.0.0.1', async () => {
    const row = await withClient(cluster.url(), async (c) => (await c.query('SELECT current_user AS u, inet_server_addr()::text AS addr, current_setting(\'server_encoding\') AS enc')).rows[0]);
    expect(row).toEqual({ u: 'postgres', addr: '127.0.0.1/32', enc: 'UTF8' });
    expect(cluster.url()).toBe(`postgresql://postgres:${encodeURIComponent(cluster.password)}@127.0.0.1:${cluster.port}/postgres`);
  });

  it('refuses connections without the password or with a wrong one', async () => {
    const noPassword = `postgresql://postgres@127.0.0.1:${cluster.port}/postgres`;
    // pg reads PGPASSWORD from the environment: make sure this attempt really has none.
    const saved = process.env.PGPASSWORD;
    delete process.env.PGPASSWORD;
    try {
      await expect(withClient(noPassword, (c) => c.query('SELECT 1'))).rejects.toThrow(/password/i);
    } finally {
      if (saved !== undefined) process.env.PGPASSWORD = saved;
    }
    const wrong = `postgresql://postgres:not-the-password@127.0.0.1:${cluster.port}/postgres`;
    await expect(withClient(wrong, (c) => c.query('SELECT 1'))).rejects.toThrow(/password authentication failed/);
    await expect(waitForPostgres(wrong, 5_000)).rejects.toThrow(/refused the login/);
  });

  it('is tuned for restores and listens on loopback only', async () => {
    const settings = await withClient(cluster.url(), async (c) => {
      const { rows } = await c.query<{ name: string; setting: string }>(
        `SELECT name, setting FROM pg_settings WHERE name = ANY($1)`,
        [['fsync', 'synchronous_commit', 'full_page_writes', 'wal_level', 'autovacuum', 'listen_addresses', 'port']],
      );
      return Object.fromEntries(rows.map((r) => [r.name, r.setting]));
    });
    expect(settings).toEqual({
      fsync: 'off',
      synchronous_commit: 'off',
      full_page_writes: 'off',
      wal_level: 'minimal',
      autovacuum: 'off',
      listen_addresses: '127.0.0.1',
      port: String(cluster.port),
    });
  });

  it('gives PG* variables that libpq tools accept', async () => {
    const env = cluster.env('postgres');
    expect(env).toMatchObject({ PGHOST: '127.0.0.1', PGPORT: String(cluster.port), PGUSER: 'postgres', PGDATABASE: 'postgres' });
    const psql = spawnSync('psql', ['-XAtc', 'SELECT 40 + 2'], { env: { ...process.env, ...env }, encoding: 'utf8' });
    expect(psql.stderr).toBe('');
    expect(psql.stdout.trim()).toBe('42');
  });

  it('registers the password as a secret', () => {
    expect(redactSecrets(`url ${cluster.url()}`)).not.toContain(cluster.password);
  });
});

describe('stopping', () => {
  it('stop() ends the server and removes its directory, and can be called again', async () => {
    const cluster = await startEphemeralCluster({ tuneForRestore: false });
    const pid = postmasterPid(cluster.dataDir);
    expect(isProcessAlive(pid)).toBe(true);
    expect(pgCtlStatus(cluster)).toBe(0);
    const fsync = await withClient(cluster.url(), async (c) => (await c.query('SHOW fsync')).rows[0].fsync);
    expect(fsync).toBe('on');

    await Promise.all([cluster.stop(), cluster.stop()]);
    await cluster.stop();
    expect(isProcessAlive(pid)).toBe(false);
    expect(existsSync(cluster.tempDir)).toBe(false);
    expect(pgCtlStatus(cluster)).not.toBe(0);
    await expect(withClient(cluster.url(), (c) => c.query('SELECT 1'))).rejects.toThrow();
  });

  it('runs two clusters side by side on different ports; stopAllClusters stops both', async () => {
    const [a, b] = await Promise.all([startEphemeralCluster(), startEphemeralCluster()]);
    expect(a.port).not.toBe(b.port);
    expect(a.password).not.toBe(b.password);
    const pids = [postmasterPid(a.dataDir), postmasterPid(b.dataDir)];
    await withClient(b.url(), (c) => c.query('SELECT 1'));
    await stopAllClusters();
    expect(pids.map(isProcessAlive)).toEqual([false, false]);
    expect([existsSync(a.tempDir), existsSync(b.tempDir)]).toEqual([false, false]);
    expect(liveClusterCount()).toBe(0);
  });

  it('stopClusterAt stops a cluster from its directory alone (an Action post step) and refuses other dirs', async () => {
    const cluster = await startEphemeralCluster();
    const pid = postmasterPid(cluster.dataDir);
    await stopClusterAt(cluster.tempDir);
    expect(isProcessAlive(pid)).toBe(false);
    expect(existsSync(cluster.tempDir)).toBe(false);
    await expect(stopClusterAt(path.dirname(fileURLToPath(import.meta.url)))).rejects.toThrow(/not a Lifeboat cluster directory/);
    await cluster.stop();
  });

  it('fails with the server log when PostgreSQL cannot start, and leaves nothing behind', async () => {
    const parent = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-parent-'));
    // mkdtemp makes it 0700: the postgres user (when we are root) must be able to enter it.
    await chmod(parent, 0o755);
    try {
      const error = await startEphemeralCluster({ parentDir: parent, settings: { max_connections: 'plenty' } }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(/did not start/);
      expect((error as Error).message).toMatch(/invalid value for parameter "max_connections": "plenty"/);
      expect(await readdir(parent)).toEqual([]);
      expect(liveClusterCount()).toBe(0);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });
});
