import { execFile } from 'node:child_process';
import { constants as fsConstants } from 'node:fs';
import { access, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../util/errors.js';

export type PgTool =
  'initdb' | 'pg_ctl' | 'postgres' | 'pg_dump' | 'pg_dumpall' | 'pg_restore' | 'psql' | 'pg_amcheck' | 'pg_config';

export interface PostgresBinaries {
  binDir: string;
  /** 15, 16, 17…; before PostgreSQL 10 the major version had two parts, so 9.6 is `9.6`. */
  major: number;
  /** e.g. "15.18" */
  version: string;
  /** Absolute path of a tool in binDir (whether or not it exists: check with `need`). */
  tool(name: PgTool): string;
}

export interface FindBinariesOptions {
  /** The `postgres-bin-dir` input / `--postgres-bin-dir` flag: used alone when given. */
  binDir?: string;
  need?: PgTool[];
  /** Search PATH instead of process.env.PATH (tests point it at empty dirs). */
  searchPath?: string;
  /** Instead of /usr/lib/postgresql (tests). */
  libRoot?: string;
}

export const DEFAULT_LIB_ROOT = '/usr/lib/postgresql';
const DEFAULT_NEED: PgTool[] = ['initdb', 'pg_ctl', 'postgres'];
const INSTALL_HINT =
  'install them (e.g. `sudo apt-get install postgresql-16`) or set `postgres-bin-dir` to the directory holding initdb, pg_ctl and postgres';

export interface PgVersion {
  major: number;
  version: string;
}

/**
 * Reads the version out of `--version` output of any PostgreSQL tool, or `pg_config --version`:
 * "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)", "PostgreSQL 9.6.24", "postgres (PostgreSQL) 17beta1".
 */
export function parsePgVersion(text: string): PgVersion {
  const parsed = tryParsePgVersion(text);
  if (!parsed) throw new Error(`Cannot read a PostgreSQL version from "${text.trim().slice(0, 200)}"`);
  return parsed;
}

export function tryParsePgVersion(text: string): PgVersion | undefined {
  // The version follows "PostgreSQL" (with or without the parentheses the tools print).
  const m = /PostgreSQL\)?\s+(\d+)(?:\.(\d+))?(?:\.(\d+))?((?:devel|alpha\d*|beta\d*|rc\d*))?/i.exec(text);
  if (!m) return undefined;
  const first = Number(m[1]);
  const second = m[2] === undefined ? undefined : Number(m[2]);
  const suffix = m[4] ?? '';
  if (first < 10) {
    // 9.6.24: the major is "9.6"; comparisons still work since 9.6 < 10.
    const minor = second ?? 0;
    const version = [m[1], m[2], m[3]].filter((p) => p !== undefined).join('.') + suffix;
    return { major: Number(`${first}.${minor}`), version };
  }
  const version = second === undefined ? `${first}${suffix}` : `${first}.${second}${suffix}`;
  return { major: first, version };
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function execText(file: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: 15_000, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${file} ${args.join(' ')} failed: ${String(stderr || error.message).trim()}`));
      else resolve(String(stdout));
    });
  });
}

/** The first executable `name` on a PATH-style list, or undefined. */
async function which(name: string, searchPath: string): Promise<string | undefined> {
  for (const dir of searchPath.split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/** `/usr/lib/postgresql/<N>/bin` directories, newest first (numeric, so 10 sorts above 9.6). */
async function versionedBinDirs(libRoot: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(libRoot);
  } catch {
    return [];
  }
  return entries
    .filter((e) => /^\d+(\.\d+)?$/.test(e))
    .sort((a, b) => Number(b) - Number(a))
    .map((e) => path.join(libRoot, e, 'bin'));
}

async function missingTools(binDir: string, need: PgTool[]): Promise<PgTool[]> {
  const missing: PgTool[] = [];
  for (const t of need) if (!(await isExecutable(path.join(binDir, t)))) missing.push(t);
  return missing;
}

const binariesCache = new Map<string, Promise<PostgresBinaries>>();

function describeBinDir(binDir: string): Promise<PostgresBinaries> {
  let cached = binariesCache.get(binDir);
  if (!cached) {
    cached = (async () => {
      // Any tool will do for the version; prefer the server itself, which is what a cluster runs.
      const probes: PgTool[] = ['postgres', 'initdb', 'pg_ctl', 'pg_config', 'pg_dump', 'pg_restore', 'psql'];
      let lastError: unknown;
      for (const probe of probes) {
        const file = path.join(binDir, probe);
        if (!(await isExecutable(file))) continue;
        try {
          const { major, version } = parsePgVersion(await execText(file, ['--version']));
          return { binDir, major, version, tool: (name: PgTool) => path.join(binDir, name) };
        } catch (error) {
          lastError = error;
        }
      }
      throw new Error(
        `Cannot tell which PostgreSQL version is in ${binDir}` +
          (lastError instanceof Error ? `: ${lastError.message}` : ': no PostgreSQL tool answers --version'),
      );
    })();
    binariesCache.set(binDir, cached);
    // A failure should not stick: the user may install the binaries and retry in the same process.
    cached.catch(() => binariesCache.delete(binDir));
  }
  return cached;
}

/**
 * Finds the PostgreSQL server binaries: `binDir` (the input), the directory of `initdb` on PATH,
 * `pg_config --bindir`, then the newest `/usr/lib/postgresql/<N>/bin` that holds every `need`ed tool.
 */
export async function findPostgresBinaries(opts: FindBinariesOptions = {}): Promise<PostgresBinaries> {
  const need = opts.need ?? DEFAULT_NEED;
  if (opts.binDir) {
    const binDir = path.resolve(opts.binDir);
    const missing = await missingTools(binDir, need);
    if (missing.length > 0) {
      throw new InputError(
        `postgres-bin-dir ${binDir} lacks ${missing.join(', ')}: point it at the directory holding the PostgreSQL ${need.join(', ')} binaries (e.g. /usr/lib/postgresql/16/bin)`,
      );
    }
    return describeBinDir(binDir);
  }

  const searchPath = opts.searchPath ?? process.env.PATH ?? '';
  const libRoot = opts.libRoot ?? DEFAULT_LIB_ROOT;
  const candidates: string[] = [];

  const initdb = await which('initdb', searchPath);
  // Symlinks such as /usr/local/bin/initdb point into the real bin dir, where the other tools live.
  if (initdb) candidates.push(path.dirname(await realpath(initdb).catch(() => initdb)));

  const pgConfig = await which('pg_config', searchPath);
  if (pgConfig) {
    const dir = await execText(pgConfig, ['--bindir']).then(
      (s) => s.trim(),
      () => '',
    );
    if (dir) candidates.push(dir);
  }

  candidates.push(...(await versionedBinDirs(libRoot)));

  for (const dir of candidates) {
    if ((await missingTools(dir, need)).length === 0) return describeBinDir(dir);
  }
  throw new Error(
    `PostgreSQL binaries (${need.join(', ')}) not found: searched PATH for initdb, \`pg_config --bindir\` and ${libRoot}/*/bin; ${INSTALL_HINT}.`,
  );
}

/**
 * The server binaries of exactly one major (a version-matched drill): `binDir` when given, else the
 * same places as findPostgresBinaries, plus `<libRoot>/<major>/bin`. Undefined when none is
 * installed; `others` lists the versions that are, for the message that says so.
 */
export async function findBinariesOfMajor(
  major: number,
  opts: FindBinariesOptions = {},
): Promise<{ binaries?: PostgresBinaries; others: string[] }> {
  const need = opts.need ?? DEFAULT_NEED;
  const candidates: string[] = [];
  if (opts.binDir) candidates.push(path.resolve(opts.binDir));
  else {
    const searchPath = opts.searchPath ?? process.env.PATH ?? '';
    const initdb = await which('initdb', searchPath);
    if (initdb) candidates.push(path.dirname(await realpath(initdb).catch(() => initdb)));
    candidates.push(...(await versionedBinDirs(opts.libRoot ?? DEFAULT_LIB_ROOT)));
  }
  const others: string[] = [];
  for (const dir of new Set(candidates)) {
    if ((await missingTools(dir, need)).length > 0) continue;
    const found = await describeBinDir(dir).catch(() => undefined);
    if (!found) continue;
    if (found.major === major) return { binaries: found, others };
    others.push(found.version);
  }
  return { others: [...new Set(others)] };
}

export type ClientTool = 'pg_dump' | 'pg_restore' | 'psql' | 'pg_dumpall' | 'pg_amcheck';

export interface ClientToolInfo {
  path: string;
  major: number;
  version: string;
}

const toolVersionCache = new Map<string, Promise<PgVersion | undefined>>();

function toolVersion(file: string): Promise<PgVersion | undefined> {
  let cached = toolVersionCache.get(file);
  if (!cached) {
    cached = execText(file, ['--version']).then(tryParsePgVersion, () => undefined);
    toolVersionCache.set(file, cached);
  }
  return cached;
}

/**
 * Finds a client tool, newest first: `binDir`, the newest `/usr/lib/postgresql/<N>/bin`, then PATH.
 * `minMajor` is what the job needs (pg_dump at least the server's major, pg_restore at least the
 * dump's): the first candidate that is new enough wins.
 */
export async function findClientTool(
  name: ClientTool,
  opts: { binDir?: string; minMajor?: number; searchPath?: string; libRoot?: string } = {},
): Promise<ClientToolInfo> {
  if (opts.minMajor !== undefined && !Number.isFinite(opts.minMajor)) {
    throw new Error(`findClientTool(${name}): minMajor must be a number, got ${opts.minMajor}`);
  }
  const candidates: string[] = [];
  if (opts.binDir) candidates.push(path.join(path.resolve(opts.binDir), name));
  for (const dir of await versionedBinDirs(opts.libRoot ?? DEFAULT_LIB_ROOT)) candidates.push(path.join(dir, name));
  const onPath = await which(name, opts.searchPath ?? process.env.PATH ?? '');
  if (onPath) candidates.push(onPath);

  const found: ClientToolInfo[] = [];
  for (const file of candidates) {
    if (!(await isExecutable(file))) continue;
    const v = await toolVersion(file);
    if (!v) continue;
    const info = { path: file, major: v.major, version: v.version };
    if (opts.minMajor === undefined || v.major >= opts.minMajor) return info;
    found.push(info);
  }

  const pkg = name === 'pg_amcheck' ? 'postgresql-16' : 'postgresql-client-16';
  if (found.length === 0) {
    throw new Error(
      `${name} not found: searched ${opts.binDir ? `${opts.binDir}, ` : ''}${opts.libRoot ?? DEFAULT_LIB_ROOT}/*/bin and PATH; install it (e.g. \`sudo apt-get install ${pkg}\`) or set \`postgres-bin-dir\`.`,
    );
  }
  const best = found.reduce((a, b) => (b.major > a.major ? b : a));
  const wanted = opts.minMajor ?? 0;
  throw new Error(
    `${name} ${best.version} (${best.path}) is too old: PostgreSQL ${wanted} or newer is needed; install it (e.g. \`sudo apt-get install postgresql-client-${Math.max(wanted, 16)}\`) or set \`postgres-bin-dir\`.`,
  );
}
