import { open } from 'node:fs/promises';
import { peekHeader } from '../archive/index.js';
import { findBinariesOfMajor, tryParsePgVersion, type PgVersion, type PostgresBinaries } from '../postgres/binaries.js';
import { canInstallPostgres, installPostgres, systemRunner, type CommandRunner } from '../postgres/install-postgres.js';
import type { Check } from '../report/report.js';
import { errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';

/**
 * `postgres-version`: which PostgreSQL the drill restores into. `auto`: the major the backup was
 * dumped from (a drill is proof only in the major production runs); a number: that major;
 * `runner`: the newest binaries found, whatever the backup came from.
 */
export type PostgresVersionSetting = { kind: 'auto' } | { kind: 'runner' } | { kind: 'major'; major: number };

export const POSTGRES_VERSION_HINT = 'expected auto, runner or a PostgreSQL major like 17';

export function parsePostgresVersion(text: string): PostgresVersionSetting | undefined {
  const t = text.trim().toLowerCase();
  if (t === '' || t === 'auto') return { kind: 'auto' };
  if (t === 'runner') return { kind: 'runner' };
  if (/^\d{2}$/.test(t) && Number(t) >= 10) return { kind: 'major', major: Number(t) };
  return undefined;
}

/** What the backup says about where it came from: the server it was dumped from, and pg_dump's version. */
export interface BackupVersions {
  server?: PgVersion;
  pgDump?: PgVersion;
  /** Where that was read: "the archive header", "the dump's header", "the manifest". */
  from: string;
}

const version = (text: string | undefined) => (text ? tryParsePgVersion(`PostgreSQL ${text}`) : undefined);

/** From a Lifeboat manifest: known before anything is fetched. */
export function versionsFromManifest(manifest?: {
  server_version: string;
  pg_dump_version: string;
}): BackupVersions | undefined {
  const server = version(manifest?.server_version);
  return server ? { server, pgDump: version(manifest?.pg_dump_version), from: 'the manifest' } : undefined;
}

const HEAD_BYTES = 64 * 1024;

/**
 * From the local copy (already unwrapped): the custom or tar archive's header (remoteVersion and
 * pg_dump's version), or a plain dump's "-- Dumped from database version" comment.
 */
export async function versionsFromArchive(
  file: string,
  container: 'custom' | 'tar' | 'plain',
): Promise<BackupVersions | undefined> {
  const handle = await open(file, 'r');
  let head: Buffer;
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  if (container === 'plain') {
    const text = head.toString('utf8');
    const server = version(/^-- Dumped from database version (.+)$/m.exec(text)?.[1]);
    const pgDump = version(/^-- Dumped by pg_dump(?:all)? version (.+)$/m.exec(text)?.[1]);
    return server ? { server, pgDump, from: "the dump's header" } : undefined;
  }
  const header = await peekHeader(head);
  const server = version(header?.serverVersion);
  return server ? { server, pgDump: version(header?.dumpVersion), from: 'the archive header' } : undefined;
}

/** The server major to restore into, or undefined for the runner's newest binaries. */
export function wantedMajor(setting: PostgresVersionSetting, versions?: BackupVersions): number | undefined {
  if (setting.kind === 'major') return setting.major;
  if (setting.kind === 'auto') return versions?.server?.major;
  return undefined;
}

/** The major a version-matched drill needs is not here and could not be installed: what to do, in one line. */
export class PostgresVersionUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PostgresVersionUnavailable';
  }
}

export interface BinariesForMajorOptions {
  /** postgres-bin-dir: then only that directory counts. */
  binDir?: string;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  /** Where the wanted major came from, for the message ("the backup came from PostgreSQL 17.10"). */
  versions?: BackupVersions;
  runner?: CommandRunner;
  /** Test seams for the search. */
  searchPath?: string;
  libRoot?: string;
}

/**
 * The server binaries of `major`: found on this machine, else installed from the PostgreSQL apt
 * repository on a GitHub-hosted Ubuntu runner, else a PostgresVersionUnavailable naming both
 * versions and how to provide the wanted one.
 */
export async function binariesForMajor(major: number, opts: BinariesForMajorOptions): Promise<PostgresBinaries> {
  const search = { binDir: opts.binDir, searchPath: opts.searchPath, libRoot: opts.libRoot };
  const first = await findBinariesOfMajor(major, search);
  if (first.binaries) return first.binaries;

  const why = opts.versions?.server
    ? `the backup came from PostgreSQL ${opts.versions.server.version}`
    : `postgres-version asks for PostgreSQL ${major}`;
  const here = opts.binDir
    ? `postgres-bin-dir ${opts.binDir} holds ${first.others[0] ? `PostgreSQL ${first.others[0]}` : 'no PostgreSQL server'}`
    : first.others.length
      ? `this machine has PostgreSQL ${first.others.join(', ')}`
      : 'this machine has no PostgreSQL server';
  const remedy =
    `install PostgreSQL ${major} (\`sudo apt-get install postgresql-${major}\` from apt.postgresql.org) or set ` +
    `postgres-bin-dir to its bin directory; postgres-version: runner restores into what is here instead`;

  if (opts.binDir || !canInstallPostgres(opts.env)) {
    throw new PostgresVersionUnavailable(`${why}, but ${here}, not ${major}: ${remedy}`);
  }
  try {
    await installPostgres(major, { runner: opts.runner ?? systemRunner(opts.env), logger: opts.logger });
  } catch (error) {
    throw new PostgresVersionUnavailable(
      `${why}, but ${here} and installing PostgreSQL ${major} failed (${errorMessage(error)}): ${remedy}`,
    );
  }
  const after = await findBinariesOfMajor(major, search);
  if (after.binaries) return after.binaries;
  throw new PostgresVersionUnavailable(
    `${why}, but ${here}, and PostgreSQL ${major} is still missing after installing postgresql-${major}: ${remedy}`,
  );
}

/** "restored into PostgreSQL 17.2; the backup came from PostgreSQL 17.6": the drill's proof is version-matched, or says it is not. */
export function postgresVersionCheck(
  restoredInto: PgVersion,
  versions: BackupVersions | undefined,
  setting: PostgresVersionSetting,
): Check {
  const into = `restored into PostgreSQL ${restoredInto.version}`;
  if (!versions?.server) {
    return {
      id: 'postgres-version',
      status: 'skipped',
      summary: `${into}; the backup does not say which PostgreSQL it came from (no manifest, no version in its header)`,
      display: { value: restoredInto.version },
    };
  }
  const came = `the backup came from PostgreSQL ${versions.server.version}${
    versions.pgDump ? ` (pg_dump ${versions.pgDump.version})` : ''
  }, per ${versions.from}`;
  if (versions.server.major === restoredInto.major) {
    return {
      id: 'postgres-version',
      status: 'ok',
      summary: `${into}; ${came}`,
      display: { value: restoredInto.version, threshold: versions.server.version },
    };
  }
  const because =
    setting.kind === 'runner'
      ? 'postgres-version: runner'
      : setting.kind === 'major'
        ? `postgres-version: ${setting.major}`
        : 'the target runs another major';
  return {
    id: 'postgres-version',
    status: 'warning',
    summary: `${into}; ${came}: not the major production runs (${because}), so this drill proves less than a version-matched one`,
    display: { value: restoredInto.version, threshold: versions.server.version },
  };
}
