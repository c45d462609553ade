import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { backupKeyFor } from '../../src/backup/backup-key.js';
import { createDatabase, loadSampleDatabase } from '../../src/demo/sample-database.js';
import { MANIFEST_FORMAT, manifestKeyOf, sha256KeyOf } from '../../src/discovery/manifest.js';
import { findClientTool, type ClientToolInfo } from '../../src/postgres/binaries.js';
import { connectionForTools, withClient } from '../../src/postgres/client.js';
import { startEphemeralCluster, type EphemeralCluster } from '../../src/postgres/ephemeral-cluster.js';
import { cliPath } from './config.js';
import type { Scale } from './config.js';
import { measure, type Sample } from './measure.js';

export interface Database {
  name: string;
  url: string;
  ledgerRows: number;
  /** Exact row counts (nothing writes to the bench databases after the load). */
  tables: Record<string, number>;
  loadS: number;
}

export interface Fixture {
  /** The folder store holding only this backup and its sidecars. */
  dir: string;
  key: string;
  file: string;
  size: number;
  sha256: string;
  madeBy: 'lifeboat backup' | 'pg_dump + manifest written by the bench';
  /** The `lifeboat backup` run that made it (create-backup's 4× memory point). */
  sample?: Sample;
  why?: string;
}

/** Which commands the committed bundle has: the drill and backup cases need them. */
export function cliCommands(): Set<string> {
  try {
    const help = execFileSync(process.execPath, [cliPath(), '--help'], { encoding: 'utf8' });
    return new Set([...help.matchAll(/^ {2}(\w+)\s/gm)].map((m) => m[1]));
  } catch {
    return new Set();
  }
}

export async function startSourceCluster(): Promise<EphemeralCluster> {
  // The source of every dump: room for the load's index builds and the dumps' scans. It keeps
  // Lifeboat's restore tuning (fsync off…): only how fast the data appears changes, not what it is.
  return startEphemeralCluster({
    settings: {
      shared_buffers: '1GB',
      max_parallel_maintenance_workers: '2',
      // The bench and pg_dump connect a few times at once: never the reason a run fails.
      max_connections: '50',
    },
  });
}

export async function loadDatabase(cluster: EphemeralCluster, name: string, scale: Scale, ledgerRows: number): Promise<Database> {
  const started = Date.now();
  const url = await createDatabase(cluster.url(), name);
  const { tables } = await loadSampleDatabase(url, {
    tenants: scale.tenants,
    usersPerTenant: scale.usersPerTenant,
    itemsPerTenant: scale.itemsPerTenant,
    ledgerRows,
  });
  return { name, url, ledgerRows, tables, loadS: (Date.now() - started) / 1000 };
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * The backup the verify and drill cases read, made the way a user makes one: `lifeboat backup`
 * into a folder. Should the bundle not have a working `backup`, pg_dump plus a manifest written
 * here stand in, so the verify cases still run (and the report says which made it).
 */
export async function makeFixture(
  db: Database,
  dir: string,
  opts: { compress?: string; useCli: boolean; pgDump: ClientToolInfo },
): Promise<Fixture> {
  await mkdir(dir, { recursive: true });
  let why: string | undefined;
  if (opts.useCli) {
    const sample = await measure(process.execPath, [
      cliPath(),
      'backup',
      '--database-url',
      db.url,
      '--dest',
      dir,
      '--json',
      ...(opts.compress ? ['--compress', opts.compress] : []),
    ]);
    try {
      const report = JSON.parse(sample.stdout) as { status: string; backup?: { key: string; size: number; sha256: string } };
      if (sample.exitCode === 0 && report.backup) {
        const file = path.join(dir, report.backup.key);
        return {
          dir,
          key: report.backup.key,
          file,
          size: (await stat(file)).size,
          sha256: report.backup.sha256,
          madeBy: 'lifeboat backup',
          sample,
        };
      }
      why = `lifeboat backup ended ${report.status} (exit ${sample.exitCode})`;
    } catch {
      why = `lifeboat backup failed (exit ${sample.exitCode}): ${(sample.stderr || sample.stdout).trim().slice(-300)}`;
    }
    for (const f of await readdir(dir)) await rm(path.join(dir, f), { force: true });
  } else {
    why = 'dist/cli/index.js has no backup command';
  }

  const key = backupKeyFor('', db.name, new Date());
  const file = path.join(dir, key);
  const { dbname, env } = connectionForTools(db.url);
  execFileSync(opts.pgDump.path, ['--format=custom', ...(opts.compress ? [`--compress=${opts.compress}`] : []), `--dbname=${dbname}`, `--file=${file}`], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const size = (await stat(file)).size;
  const sha256 = await sha256File(file);
  const serverVersion = await withClient(db.url, async (c) => (await c.query<{ v: string }>('SHOW server_version')).rows[0].v);
  await writeSidecars(dir, key, { sha256, size, serverVersion, pgDumpVersion: opts.pgDump.version, database: db.name, tables: db.tables });
  return { dir, key, file, size, sha256, madeBy: 'pg_dump + manifest written by the bench', why };
}

export async function findTools(): Promise<{ pgDump: ClientToolInfo; pgRestore: ClientToolInfo }> {
  const [pgDump, pgRestore] = await Promise.all([findClientTool('pg_dump'), findClientTool('pg_restore')]);
  return { pgDump, pgRestore };
}

/** The .sha256 and manifest sidecars `lifeboat backup` writes, for a dump the bench made another way. */
export async function writeSidecars(
  dir: string,
  key: string,
  m: { sha256: string; size: number; serverVersion: string; pgDumpVersion: string; database: string; tables: Record<string, number> },
): Promise<void> {
  await writeFile(path.join(dir, sha256KeyOf(key)), `${m.sha256}  ${key}\n`);
  await writeFile(
    path.join(dir, manifestKeyOf(key)),
    `${JSON.stringify(
      {
        format: MANIFEST_FORMAT,
        key,
        created_at: new Date().toISOString(),
        sha256: m.sha256,
        size: m.size,
        server_version: m.serverVersion,
        pg_dump_version: m.pgDumpVersion,
        database: m.database,
        tables: Object.fromEntries(Object.entries(m.tables).map(([t, rows]) => [t, { rows }])),
      },
      null,
      2,
    )}\n`,
  );
}
