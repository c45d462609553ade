import { spawn } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Container, TocEntry } from '../archive/types.js';
import { listFile, selectTables } from './table-selection.js';
import { open } from 'node:fs/promises';
import readline from 'node:readline';
import type { Readable } from 'node:stream';
import { firstPgError, minimumMajorForArchive, unsupportedArchiveVersion } from '../bytes/pg-restore-sink.js';
import { findClientTool, tryParsePgVersion, type ClientToolInfo } from '../postgres/binaries.js';
import { connectionForTools, withClient, withDatabase } from '../postgres/client.js';
import { runTool } from '../postgres/run-tool.js';
import { describeRewrite, planPlainScript, rewrittenScript, type ScriptPlan } from './plain-script.js';
import { RoleCollector } from './referenced-roles.js';
import { createRoleSql, rolesToCreate, type RoleSpec } from '../postgres/role-specs.js';
import { lexPlainSql } from '../archive/plain-sql-lexer.js';
import { errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { redactSecrets } from '../util/secrets.js';
import { TargetRefusedError, type DrillTarget } from './target.js';
import { plural } from '../report/format.js';

/** 'directory': a tarred `pg_dump -Fd` folder (kartoza's `.dir.tar.gz`), unpacked for pg_restore. */

const FORMAT_FLAG = { custom: 'c', tar: 't', directory: 'd' } as const;

export interface RestoreInput {
  file: string;
  container: Container;
  target: DrillTarget;
  jobs: number;
  /** postgres-bin-dir, else the ephemeral cluster's own bin dir. */
  binDir?: string;
  logger: Logger;
  /** pg_dump version from the manifest, for the "dump newer than the binaries" message. */
  pgDumpVersion?: string;
  /**
   * Only these tables (definition and data, as `pg_restore --table`): `lifeboat restore --table`.
   * The drill always restores everything.
   */
  tables?: { schema: string; table: string }[];
  /** The archive's table of contents from the fetch's one pass: `tables` are chosen from it. */
  toc?: TocEntry[];
  /** Attributes and memberships of the roles (the manifest's record, else the checks file's `roles:`). */
  roles?: RoleSpec[];
}

export interface RestoreOutcome {
  /** One line for the `restore` check. */
  summary: string;
  roles: string[];
  tool: string;
  /**
   * Plain scripts: the databases the script names (pg_dump --create, pg_dumpall). In the drill's
   * cluster its tables are there; into a URL target they were all retargeted to the target.
   */
  databases?: string[];
}

/** A restore that did not complete; the message is pg_restore's/psql's own, plus what to do. */
export class RestoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreError';
  }
}

const STDERR_TAIL = 16 * 1024;
const PROGRESS_EVERY_MS = 5000;

/**
 * Restores the local archive into the target: the roles it references first (NOLOGIN), then
 * `pg_restore --jobs N --exit-on-error` or `psql -v ON_ERROR_STOP=1`. Any error is a RestoreError.
 */
export async function restoreArchive(input: RestoreInput): Promise<RestoreOutcome> {
  if (input.container !== 'directory') return restoreFile(input);
  if (input.tables?.length) {
    throw new RestoreError('--table needs a custom or tar archive; restore a directory archive whole');
  }
  const unpacked = await unpackDirectory(input.file);
  try {
    return await restoreFile({ ...input, file: unpacked.folder });
  } finally {
    await rm(unpacked.root, { recursive: true, force: true });
  }
}

/** Untars a directory archive next to the local copy; the folder is the one holding toc.dat. */
async function unpackDirectory(file: string): Promise<{ root: string; folder: string }> {
  const root = `${file}.unpacked`;
  await mkdir(root, { recursive: true });
  const run = await runTool('tar', ['-xf', file, '-C', root, '--no-same-owner', '--no-same-permissions'], {});
  if (run.exitCode !== 0) {
    await rm(root, { recursive: true, force: true });
    throw new RestoreError(`could not unpack the directory archive: ${run.stderr.trim().split('\n')[0]}`);
  }
  const toc = (await readdir(root, { recursive: true })).map(String).find((f) => path.basename(f) === 'toc.dat');
  if (!toc) {
    await rm(root, { recursive: true, force: true });
    throw new RestoreError('the directory archive holds no toc.dat');
  }
  return { root, folder: path.join(root, path.dirname(toc)) };
}

async function restoreFile(input: RestoreInput): Promise<RestoreOutcome> {
  const { container, target, logger } = input;
  const toolName = container === 'plain' ? 'psql' : 'pg_restore';
  let tool: ClientToolInfo;
  try {
    tool = await findClientTool(toolName, { binDir: input.binDir ?? target.binDir });
  } catch (error) {
    throw new RestoreError(errorMessage(error));
  }

  if (input.tables?.length && container === 'plain') {
    throw new RestoreError(
      'a plain SQL backup can only be restored whole: --table needs a custom or tar archive (lifeboat extract --table reads one table from any format)',
    );
  }
  let plan: ScriptPlan | undefined;
  if (container === 'plain') {
    logger.info('Reading the plain SQL script statement by statement');
    plan = await planPlainScript(input.file, scriptTargetOf(target));
    if (plan.refusals.length) {
      throw new TargetRefusedError(
        `refusing to run the plain SQL script into ${target.database}: ${plan.refusals[0]}` +
          `${plan.refusals.length > 1 ? ` (and ${plan.refusals.length - 1} more)` : ''}`,
      );
    }
  }
  logger.info('Finding the roles the archive references');
  const roles = plan
    ? plan.roles
    : await rolesFromArchive(tool, input.file, container as 'custom' | 'tar' | 'directory', input.pgDumpVersion);
  // A pg_dumpall script creates its roles itself: creating them first would fail its CREATE ROLE.
  const created = await createMissingRoles(target, roles, plan?.cluster ? [] : (input.roles ?? []), logger);
  if (created.length) logger.info(`Created ${plural(created.length, 'role')} as NOLOGIN: ${created.join(', ')}`);

  // A script that creates its databases runs from the maintenance database, as pg_dumpall's are meant to.
  const createsDatabases = !!plan && target.kind === 'ephemeral' && (plan.cluster || plan.created.length > 0);
  const { dbname, env } = connectionForTools(createsDatabases ? withDatabase(target.url, 'postgres') : target.url);
  let args: string[];
  let how: string;
  if (container === 'plain') {
    args = ['-X', '-q', '--no-password', '-v', 'ON_ERROR_STOP=1', '--dbname', dbname, '-f', '-'];
    how = `psql -v ON_ERROR_STOP=1 (${tool.version})`;
  } else {
    // pg_restore runs --jobs only from custom and directory archives; tar is restored serially.
    // Never --create: the archive's DATABASE entry names its own database, which is not the target.
    const jobs = container === 'tar' ? 1 : input.jobs;
    args = [
      '--verbose',
      `--jobs=${jobs}`,
      '--no-password',
      '--exit-on-error',
      `--format=${FORMAT_FLAG[container]}`,
      ...(target.hadTables ? ['--clean', '--if-exists'] : []),
      ...(input.tables?.length ? ['--use-list', await tableListFile(input, target)] : []),
      '--dbname',
      dbname,
      input.file,
    ];
    how = `pg_restore --jobs ${jobs} (${tool.version})`;
  }
  logger.info(`Restoring with ${how} into ${target.database}`);
  const script = plan ? rewrittenScript(input.file, scriptTargetOf(target)) : undefined;
  const run = await runStreaming(tool.path, args, env, logger, script);
  if (run.exitCode !== 0 || run.spawnError) {
    throw new RestoreError(await describeFailure(container, tool, run, input));
  }
  const rewrite = plan && target.kind === 'url' ? describeRewrite(plan, target.database) : undefined;
  return {
    summary:
      `${how} restored the ${container} archive into ${target.database}${roles.length ? ` (roles: ${roles.join(', ')})` : ''}` +
      `${rewrite ? `; ${rewrite}` : ''}`,
    roles,
    tool: tool.path,
    ...(plan?.databases.length ? { databases: plan.databases } : {}),
  };
}

/**
 * The pg_restore -L list for `--table`: the exact (schema, name) pairs, their dependents, and the
 * schemas and types they need that the target lacks. Anything else missing is named, not guessed.
 */
async function tableListFile(input: RestoreInput, target: DrillTarget): Promise<string> {
  // The fetch already read the TOC: reading the local copy again would inflate every block once more.
  if (!input.toc) throw new RestoreError('the backup has no table of contents to choose tables from');
  const toc = input.toc;
  const selection = selectTables(toc, input.tables!, path.basename(input.file));
  const missing = await missingPrerequisites(target, selection.prerequisites);
  const creatable = missing.filter((e) => e.desc === 'SCHEMA' || e.desc === 'TYPE' || e.desc === 'DOMAIN');
  const absent = missing.filter((e) => !creatable.includes(e));
  if (absent.length) {
    throw new RestoreError(
      `the selected tables need ${absent.map((e) => `${e.desc.toLowerCase()} ${e.namespace ? `${e.namespace}.` : ''}${e.tag}`).join(', ')}, ` +
        `which ${target.database} lacks: restore the whole backup into a scratch database, or use lifeboat extract --table for the data alone`,
    );
  }
  const ids = new Set([...selection.ids, ...creatable.map((e) => e.dumpId)]);
  const ordered = toc.filter((e) => ids.has(e.dumpId)).map((e) => e.dumpId);
  const file = path.join(path.dirname(input.file), 'restore-tables.list');
  await writeFile(file, listFile(toc, ordered));
  return file;
}

const IN_SCHEMA = (catalog: string, ns: string, name: string) =>
  `SELECT 1 FROM ${catalog} x JOIN pg_namespace n ON n.oid = x.${ns} WHERE n.nspname = $1 AND x.${name} = $2`;

/** How to ask the target whether it has a prerequisite, by TOC kind. */
const EXISTS: Record<string, string> = {
  SCHEMA: 'SELECT 1 FROM pg_namespace WHERE nspname = $2 AND $1::text IS NOT DISTINCT FROM $1::text',
  TYPE: IN_SCHEMA('pg_type', 'typnamespace', 'typname'),
  DOMAIN: IN_SCHEMA('pg_type', 'typnamespace', 'typname'),
  FUNCTION: IN_SCHEMA('pg_proc', 'pronamespace', 'proname'),
  COLLATION: IN_SCHEMA('pg_collation', 'collnamespace', 'collname'),
  SEQUENCE: IN_SCHEMA('pg_class', 'relnamespace', 'relname'),
  EXTENSION: 'SELECT 1 FROM pg_extension WHERE extname = $2 AND $1::text IS NOT DISTINCT FROM $1::text',
};

/** The prerequisites (schemas, types, functions …) that the target does not have. */
async function missingPrerequisites(target: DrillTarget, entries: TocEntry[]): Promise<TocEntry[]> {
  if (!entries.length) return [];
  return withClient(target.url, async (c) => {
    const out: TocEntry[] = [];
    for (const e of entries) {
      const sql = EXISTS[e.desc];
      if (!sql) continue;
      // A function's tag carries its arguments: f(integer).
      const { rowCount } = await c.query(sql, [e.namespace, e.tag.replace(/\(.*$/s, '')]);
      if (!rowCount) out.push(e);
    }
    return out;
  });
}

interface RunResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  spawnError?: string;
}

/** The plain script's target as the rewrite sees it. */
function scriptTargetOf(target: DrillTarget) {
  return target.kind === 'url'
    ? { kind: 'url' as const, database: target.database }
    : {
        kind: 'ephemeral' as const,
        database: target.database,
        superuser: decodeURIComponent(new URL(target.url).username),
      };
}

function runStreaming(
  cmd: string,
  args: string[],
  env: Record<string, string>,
  logger: Logger,
  input?: AsyncIterable<Buffer>,
): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      env: { ...process.env, ...env },
      stdio: [input ? 'pipe' : 'ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    if (input && child.stdin) {
      const stdin = child.stdin;
      // psql stops reading at the first error (ON_ERROR_STOP): the broken pipe that follows is expected.
      stdin.on('error', () => {});
      void (async () => {
        try {
          for await (const chunk of input) {
            if (stdin.destroyed) break;
            if (!stdin.write(chunk)) {
              await new Promise<void>((r) => {
                stdin.once('drain', r);
                stdin.once('close', r);
              });
            }
          }
        } catch (error) {
          stderr += `could not read the script: ${errorMessage(error)}\n`;
          child.kill();
        } finally {
          stdin.end();
        }
      })();
    }
    let spawnError: string | undefined;
    let last = Date.now();
    const started = Date.now();
    const lines = readline.createInterface({ input: child.stderr! });
    lines.on('line', (line) => {
      // --verbose narrates every step: good for progress, noise in the error tail.
      if (
        /^pg_restore: (processing|creating|launching|finished|executing|connecting|entering|implied|reducing|dropping|setting)/.test(
          line,
        )
      ) {
        if (Date.now() - last >= PROGRESS_EVERY_MS) {
          last = Date.now();
          logger.progress(`restore ${Math.round((last - started) / 1000)}s: ${line.replace(/^pg_restore: /, '')}`);
        }
        return;
      }
      stderr = `${stderr}${line}\n`.slice(-STDERR_TAIL);
    });
    child.on('error', (error) => {
      spawnError = error.message;
    });
    child.on('close', (exitCode, signal) => resolve({ exitCode, signal, stderr, spawnError }));
  });
}

async function describeFailure(
  container: Container,
  tool: ClientToolInfo,
  run: RunResult,
  input: RestoreInput,
): Promise<string> {
  if (run.spawnError) return `could not run ${tool.path}: ${run.spawnError}`;
  const newer = unsupportedArchiveVersion(run.stderr);
  if (newer) return newerDumpMessage(newer, tool, input.pgDumpVersion);
  if (run.signal) return `${container === 'plain' ? 'psql' : 'pg_restore'} was killed by ${run.signal}`;
  if (container !== 'plain') return redactSecrets(`pg_restore failed: ${firstPgError(run.stderr)}`);

  const lines = run.stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const error = lines.find((l) => /\b(ERROR|FATAL):|error:/.test(l)) ?? lines[0] ?? `exit code ${run.exitCode}`;
  // "psql:/tmp/…/backup.sql:42: ERROR:  …" → "line 42: ERROR: …": the temp path means nothing to anyone.
  let message = `psql failed: ${error.replace(/^psql:[^:]*:(\d+):\s*/, 'line $1: ').replace(/\s+/g, ' ')}`;
  const dumpVersion = await plainDumpVersion(input.file);
  if (dumpVersion && dumpVersion.major > input.target.serverMajor) {
    message +=
      `; the dump was made by pg_dump ${dumpVersion.version}, newer than the target's PostgreSQL ${input.target.serverVersion}: ` +
      `install PostgreSQL ${dumpVersion.major} (e.g. \`sudo apt-get install postgresql-${dumpVersion.major}\`) or set postgres-bin-dir`;
  }
  return redactSecrets(message);
}

export function newerDumpMessage(archiveVersion: string, tool: ClientToolInfo, pgDumpVersion?: string): string {
  const needs = minimumMajorForArchive(archiveVersion);
  const dumpedBy = pgDumpVersion
    ? `pg_dump ${pgDumpVersion}`
    : `a newer pg_dump${needs ? ` (PostgreSQL ${needs}+)` : ''}`;
  return (
    `the archive (format ${archiveVersion}) was made by ${dumpedBy}, which pg_restore ${tool.version} cannot read: ` +
    `install PostgreSQL ${needs ?? 'client tools as new as the dump'}` +
    `${needs ? ` (e.g. \`sudo apt-get install postgresql-${needs}\`)` : ''} and set postgres-bin-dir to its bin directory`
  );
}

/** "-- Dumped by pg_dump version 17.2" in a plain dump's header. */
async function plainDumpVersion(file: string): Promise<{ major: number; version: string } | undefined> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    const m = /Dumped by pg_dump version ([^\n]+)/.exec(buffer.subarray(0, bytesRead).toString('utf8'));
    return m ? tryParsePgVersion(`PostgreSQL ${m[1]}`) : undefined;
  } finally {
    await handle.close();
  }
}

async function rolesFromArchive(
  tool: ClientToolInfo,
  file: string,
  container: 'custom' | 'tar' | 'directory',
  pgDumpVersion?: string,
): Promise<string[]> {
  // The schema as SQL holds every OWNER TO, GRANT … TO and CREATE POLICY … TO; it is small (no data).
  const child = spawn(tool.path, ['--schema-only', `--format=${FORMAT_FLAG[container]}`, '-f', '-', file], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d: string) => {
    stderr = (stderr + d).slice(-STDERR_TAIL);
  });
  const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  child.on('error', (error) => {
    stderr += error.message;
  });
  const roles = await rolesFromStream(child.stdout);
  const code = await closed;
  if (code !== 0) {
    const newer = unsupportedArchiveVersion(stderr);
    if (newer) throw new RestoreError(newerDumpMessage(newer, tool, pgDumpVersion));
    throw new RestoreError(redactSecrets(`pg_restore could not read the archive's schema: ${firstPgError(stderr)}`));
  }
  return roles;
}

/** Every role name a schema script's statements reference, in first-seen order. COPY data is not read. */
export async function rolesFromStream(input: Readable): Promise<string[]> {
  const roles = new RoleCollector();
  for await (const item of lexPlainSql(input)) if (item.kind === 'statement') roles.add(item.sql);
  return roles.missing();
}

/**
 * Creates (NOLOGIN) the roles the target lacks, with the recorded attributes and memberships when
 * `specs` has them; roles are cluster-wide, so existing ones are left alone (not altered). Only a
 * role the archive needs is a restore error: a recorded role or attribute the target user may not
 * create (BYPASSRLS needs a superuser) is a warning, and an `as_role` assertion shows what it changes.
 */
async function createMissingRoles(
  target: DrillTarget,
  referenced: string[],
  specs: RoleSpec[],
  logger: Logger,
): Promise<string[]> {
  const roles = rolesToCreate(referenced, specs);
  if (roles.length === 0) return [];
  const specOf = new Map(specs.map((s) => [s.name, s]));
  const needed = new Set(referenced);
  return withClient(target.url, async (c) => {
    const existing = await c.query<{ rolname: string }>('SELECT rolname FROM pg_roles WHERE rolname = ANY($1)', [
      roles,
    ]);
    const have = new Set(existing.rows.map((r) => r.rolname));
    const created: string[] = [];
    const tryQuery = (sql: string) =>
      c.query(sql).then(
        () => undefined,
        (error: unknown) => error,
      );
    for (const role of roles) {
      if (have.has(role)) continue;
      let error = await tryQuery(createRoleSql(c, role, specOf.get(role)));
      if (error && (error as { code?: string }).code === '42710') continue;
      if (error && specOf.has(role) && needed.has(role)) {
        logger.warning(redactSecrets(`role ${role} created without its recorded attributes: ${errorMessage(error)}`));
        error = await tryQuery(createRoleSql(c, role));
      }
      if (!error) {
        created.push(role);
      } else if (needed.has(role)) {
        throw new RestoreError(
          redactSecrets(
            `cannot create role ${role}, which the archive references (owners, grants, policies): ${errorMessage(error)}; ` +
              'create it on the target first or give the target user CREATEROLE',
          ),
        );
      } else {
        logger.warning(redactSecrets(`recorded role ${role} not created: ${errorMessage(error)}`));
      }
    }
    // Only the roles made here get memberships: a role the target already had is not ours to change.
    const exists = new Set([...have, ...created]);
    for (const role of created) {
      for (const group of specOf.get(role)?.member_of ?? []) {
        const error =
          !group.startsWith('pg_') && !exists.has(group)
            ? new Error('the group role does not exist')
            : await tryQuery(`GRANT ${c.escapeIdentifier(group)} TO ${c.escapeIdentifier(role)}`);
        if (error) logger.warning(redactSecrets(`role ${role} not made a member of ${group}: ${errorMessage(error)}`));
      }
    }
    return created;
  });
}
