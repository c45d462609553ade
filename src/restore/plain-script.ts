// What a plain SQL script would do to a server, and the same script rewritten so that it does only
// that to its target. Every item the lexer yields gets one decision (keep, rewrite, remove or
// refuse), made by one function, so the plan that is checked before anything runs and the stream
// psql executes can never disagree.
//
// Into a URL target (a database someone keeps) everything lands in that database: `\connect`s go,
// DROP/CREATE DATABASE and ALTER DATABASE … RENAME/OWNER go, and database-level settings, comments
// and grants are applied to the target instead. Statements that act on the whole server (roles,
// tablespaces) and scripts holding several databases are refused. Into the drill's own ephemeral
// cluster the script runs whole; only what would leave that cluster is refused.
import { createReadStream } from 'node:fs';
import { quoteIdentifier } from '../postgres/identifiers.js';
import {
  connectTarget,
  decodeRaw,
  isWord,
  lexPlainSql,
  tokenize,
  type MetaCommand,
  type PlainSqlItem,
  type Statement,
  type Token,
} from '../archive/plain-sql-lexer.js';
import { RoleCollector } from './referenced-roles.js';

export type ScriptTarget =
  | { kind: 'url'; database: string }
  /** `superuser`: the cluster's bootstrap role, which the script's CREATE/DROP ROLE must leave alone. */
  | { kind: 'ephemeral'; database: string; superuser: string };

export interface ScriptPlan {
  /** pg_dumpall's "cluster dump" header, or statements that create roles or tablespaces. */
  cluster: boolean;
  /** Databases the script connects to, creates or drops, in first-seen order (template0/1 left out). */
  databases: string[];
  /** Databases the script creates (CREATE DATABASE): where an ephemeral restore puts its tables. */
  created: string[];
  /** What the rewrite removes, as the script says it: "DROP DATABASE shop", "\connect shop". */
  removed: string[];
  /** What the rewrite applies to the target instead: "ALTER DATABASE shop SET …". */
  applied: string[];
  /** Why the script cannot run into this target: "line 12: \! runs a shell command". */
  refusals: string[];
  /** Roles the statements need and the script does not create itself. */
  roles: string[];
}

interface Decision {
  /** What goes to psql in place of the item (latin1), same number of lines so psql's line numbers hold. */
  output: string;
  removed?: string;
  applied?: string;
  refusal?: string;
  databases?: string[];
  created?: string;
  cluster?: boolean;
}

const META_ALLOWED = new Set(['connect', 'c', 'restrict', 'unrestrict']);
const TEMPLATES = new Set(['template0', 'template1']);

function newlinesOf(raw: string): string {
  return raw.replace(/[^\n]/g, '');
}

function keep(item: PlainSqlItem): Decision {
  return { output: item.raw };
}

function remove(item: PlainSqlItem, what: string): Decision {
  return { output: newlinesOf(item.raw), removed: what };
}

/** The statement with tokens [from, to) replaced, padded to the original's line count. */
function replaced(s: Statement, sql: string): string {
  const pad = newlinesOf(s.raw).length - newlinesOf(sql).length;
  return `${'\n'.repeat(Math.max(0, pad))}${Buffer.from(sql, 'utf8').toString('latin1')}`;
}

function nameOf(t: Token | undefined): string | undefined {
  if (t?.kind === 'quoted') return t.text;
  if (t?.kind === 'word') return t.lower;
  return undefined;
}

/** Short form for reports: "DROP DATABASE shop", "CREATE DATABASE shop". */
function headOf(sql: string, words: number): string {
  return sql.replace(/\s+/g, ' ').split(' ').slice(0, words).join(' ').replace(/;$/, '');
}

function decideMeta(m: MetaCommand, target: ScriptTarget): Decision {
  if (!META_ALLOWED.has(m.command)) {
    return { output: m.raw, refusal: `line ${m.line}: psql meta-command \\${m.command} is not one pg_dump writes` };
  }
  if (m.command !== 'connect' && m.command !== 'c') return keep(m);
  const { database, otherServer } = connectTarget(m.args);
  if (otherServer) {
    return { output: m.raw, refusal: `line ${m.line}: \\${m.command} ${m.args} would connect to another server` };
  }
  const databases = database ? [database] : [];
  if (target.kind === 'ephemeral') return { ...keep(m), databases };
  return { ...remove(m, `\\connect ${database ?? m.args}`), databases };
}

/** ALTER DATABASE forms that belong to the database being restored, not to its name or owner. */
const APPLIES_TO_TARGET = new Set(['set', 'reset']);

function decideStatement(s: Statement, target: ScriptTarget): Decision {
  if (s.innerMetas.length) {
    const m = s.innerMetas[0];
    return { output: s.raw, refusal: `line ${m.line}: psql meta-command \\${m.command} inside a statement` };
  }
  if (s.copyTrailing !== undefined) {
    return { output: s.raw, refusal: `line ${s.line}: text after COPY … FROM stdin; on the same line` };
  }
  const tokens = tokenize(s.sql);
  const [t0, t1, t2, t3] = tokens;
  const verb = t0?.kind === 'word' ? t0.lower : '';
  const global =
    ((verb === 'create' || verb === 'alter' || verb === 'drop') &&
      (isWord(t1, 'role') ||
        isWord(t1, 'tablespace') ||
        (isWord(t1, 'group') && !isWord(t2, 'mapping')) ||
        (isWord(t1, 'user') && !isWord(t2, 'mapping')))) ||
    (verb === 'alter' && isWord(t1, 'system')) ||
    (verb === 'update' && /pg_catalog\s*\.\s*pg_database|^update\s+pg_database/i.test(s.sql));

  if (verb === 'drop' && isWord(t1, 'database')) {
    const ifExists = isWord(t2, 'if') && isWord(t3, 'exists');
    const name = nameOf(tokens[ifExists ? 4 : 2]);
    const databases = name ? [name] : [];
    if (target.kind === 'url') return { ...remove(s, headOf(s.sql, ifExists ? 5 : 3)), databases };
    if (ifExists) return { ...keep(s), databases };
    // A fresh drill cluster lacks what pg_dump --clean drops: dropping only if there is keeps ON_ERROR_STOP useful.
    return { output: replaced(s, `DROP DATABASE IF EXISTS ${s.sql.replace(/^DROP\s+DATABASE\s+/i, '')}`), databases };
  }
  if (verb === 'create' && isWord(t1, 'database')) {
    const name = nameOf(t2);
    const databases = name ? [name] : [];
    if (target.kind === 'url') return { ...remove(s, headOf(s.sql, 3)), databases, created: name };
    // The drill created its (empty) database before it knew the script would create it.
    const output =
      name === target.database ? replaced(s, `DROP DATABASE IF EXISTS ${quoteIdentifier(name)}; ${s.sql}`) : s.raw;
    return { output, databases, created: name };
  }
  if (verb === 'alter' && isWord(t1, 'database')) {
    const name = nameOf(t2);
    const databases = name ? [name] : [];
    if (target.kind === 'ephemeral') return { ...keep(s), databases };
    const action = t3?.kind === 'word' ? t3.lower : '';
    if (APPLIES_TO_TARGET.has(action)) return { ...retargetName(s, tokens, 2, target.database), databases };
    return { ...remove(s, headOf(s.sql, 5)), databases };
  }
  // COMMENT ON DATABASE x, SECURITY LABEL … ON DATABASE x, GRANT/REVOKE … ON DATABASE x.
  const onDb = tokens.findIndex((t, i) => isWord(t, 'database') && isWord(tokens[i - 1], 'on'));
  if (onDb > 0 && ['comment', 'security', 'grant', 'revoke'].includes(verb)) {
    const name = nameOf(tokens[onDb + 1]);
    const databases = name ? [name] : [];
    if (target.kind === 'ephemeral') return { ...keep(s), databases };
    if (tokens[onDb + 2]?.kind === 'op' && tokens[onDb + 2].text === ',') {
      return { ...remove(s, headOf(s.sql, 6)), databases };
    }
    return { ...retargetName(s, tokens, onDb + 1, target.database), databases };
  }
  const ifExists = withIfExists(s.sql, tokens);
  if (ifExists !== undefined) return { output: replaced(s, ifExists) };
  if (global) {
    if (target.kind === 'url') {
      return {
        output: s.raw,
        cluster: true,
        refusal: `line ${s.line}: ${headOf(s.sql, 3)} changes the whole server, not one database`,
      };
    }
    const role = isWord(t1, 'role') || isWord(t1, 'user') || isWord(t1, 'group');
    // The drill connects as the cluster's superuser: the script must not change its password or rights.
    if (role && verb === 'alter' && nameOf(t2) === target.superuser) {
      return { ...remove(s, headOf(s.sql, 3)), cluster: true };
    }
    if (role && (verb === 'create' || verb === 'drop')) {
      const ifExists = verb === 'drop' && isWord(t2, 'if') && isWord(t3, 'exists');
      const name = nameOf(tokens[ifExists ? 4 : 2]);
      // The cluster's own superuser exists already and cannot be dropped while connected.
      if (name === target.superuser && tokens.length <= (ifExists ? 6 : 4)) {
        return { ...remove(s, headOf(s.sql, 3)), cluster: true };
      }
      if (verb === 'drop' && !ifExists) {
        return {
          output: replaced(s, s.sql.replace(/^DROP\s+(ROLE|USER|GROUP)\s+/i, 'DROP $1 IF EXISTS ')),
          cluster: true,
        };
      }
    }
    return { ...keep(s), cluster: true };
  }
  return keep(s);
}

/** Object kinds in `DROP <kind> name`: where pg_dump --if-exists puts its IF EXISTS. */
const DROP_KINDS = new Set(
  (
    'table schema function index sequence view materialized type domain extension trigger policy rule aggregate ' +
    'procedure routine collation conversion foreign server data wrapper event publication subscription statistics ' +
    'text search configuration dictionary parser template operator class family cast transform language procedural ' +
    'access method user mapping'
  ).split(' '),
);

/**
 * pg_dump --clean scripts without --if-exists drop what a fresh target does not have, and psql stops
 * at the first error: the statement as pg_dump --if-exists writes it, or undefined when it needs none.
 */
function withIfExists(sql: string, tokens: Token[]): string | undefined {
  const insert = (at: number[]): string => {
    let out = sql;
    for (const pos of [...at].sort((a, b) => b - a)) out = `${out.slice(0, pos)}IF EXISTS ${out.slice(pos)}`;
    return out;
  };
  if (isWord(tokens[0], 'drop')) {
    let i = 1;
    while (tokens[i]?.kind === 'word' && DROP_KINDS.has((tokens[i] as { lower: string }).lower)) i++;
    if (i === 1 || !tokens[i] || isWord(tokens[i], 'if') || isWord(tokens[i - 1], 'database')) return undefined;
    return insert([tokens[i].start]);
  }
  if (
    isWord(tokens[0], 'alter') &&
    (isWord(tokens[1], 'table') || (isWord(tokens[1], 'foreign') && isWord(tokens[2], 'table')))
  ) {
    const drop = tokens.findIndex((t) => isWord(t, 'drop'));
    if (drop < 0) return undefined;
    const at: number[] = [];
    const afterTable = isWord(tokens[1], 'table') ? 2 : 3;
    if (!isWord(tokens[afterTable], 'if')) at.push(tokens[afterTable].start);
    if (isWord(tokens[drop + 1], 'constraint') && !isWord(tokens[drop + 2], 'if')) at.push(tokens[drop + 2].start);
    return at.length ? insert(at) : undefined;
  }
  const lo = /^SELECT pg_catalog\.lo_unlink\('(\d+)'\);$/.exec(sql);
  if (lo) return `SELECT pg_catalog.lo_unlink(oid) FROM pg_catalog.pg_largeobject_metadata WHERE oid = '${lo[1]}';`;
  return undefined;
}

/** The statement with the database name at tokens[at] replaced by the target's. */
function retargetName(s: Statement, tokens: Token[], at: number, database: string): Decision {
  const name = tokens[at];
  const sql = `${s.sql.slice(0, name.start)}${quoteIdentifier(database)}${s.sql.slice(name.end)}`;
  return { output: replaced(s, sql), applied: headOf(s.sql, 5) };
}

/** One decision per item: what is written to psql, and what the plan records. */
export function decide(item: PlainSqlItem, target: ScriptTarget): Decision {
  if (item.kind === 'meta') return decideMeta(item, target);
  if (item.kind === 'statement') return decideStatement(item, target);
  return keep(item);
}

/** Reads the whole script once: what it touches, what the rewrite changes, what it needs. */
export async function planPlainScript(file: string, target: ScriptTarget): Promise<ScriptPlan> {
  const plan: ScriptPlan = {
    cluster: false,
    databases: [],
    created: [],
    removed: [],
    applied: [],
    refusals: [],
    roles: [],
  };
  const roles = new RoleCollector();
  const databases = new Set<string>();
  let header = true;
  for await (const item of lexPlainSql(createReadStream(file))) {
    if (header && (item.kind === 'statement' || item.kind === 'gap')) {
      if (/^--\s*PostgreSQL database cluster dump\s*$/m.test(decodeRaw(item.raw))) plan.cluster = true;
      header = item.kind === 'gap';
    }
    const d = decide(item, target);
    if (d.cluster) plan.cluster = true;
    if (d.removed) plan.removed.push(d.removed);
    if (d.applied) plan.applied.push(d.applied);
    if (d.refusal && plan.refusals.length < 5) plan.refusals.push(d.refusal);
    if (d.created && !plan.created.includes(d.created)) plan.created.push(d.created);
    for (const db of d.databases ?? []) if (!TEMPLATES.has(db)) databases.add(db);
    if (item.kind === 'statement') roles.add(item.sql);
  }
  plan.databases = [...databases];
  plan.roles = roles.missing();
  if (target.kind === 'url' && (plan.cluster || plan.databases.length > 1)) {
    const n = plan.databases.length;
    plan.refusals.unshift(
      `the script holds ${n} database${n === 1 ? '' : 's'}${n ? ` (${[...plan.databases].sort().join(', ')})` : ''}` +
        `${plan.cluster ? ' and server-wide objects (roles, tablespaces)' : ''}: ` +
        'a cluster backup restores into an ephemeral drill only',
    );
  }
  return plan;
}

/** The script as psql should run it into `target`: every item through `decide`, COPY data untouched. */
export async function* rewrittenScript(file: string, target: ScriptTarget): AsyncGenerator<Buffer> {
  let pending = '';
  for await (const item of lexPlainSql(createReadStream(file))) {
    pending += decide(item, target).output;
    if (pending.length >= 64 * 1024) {
      yield Buffer.from(pending, 'latin1');
      pending = '';
    }
  }
  if (pending) yield Buffer.from(pending, 'latin1');
}

/** "removed: DROP DATABASE shop, CREATE DATABASE shop, \connect shop — restored into scratch". */
export function describeRewrite(plan: ScriptPlan, database: string): string | undefined {
  const counts = new Map<string, number>();
  for (const r of plan.removed) counts.set(r, (counts.get(r) ?? 0) + 1);
  const removed = [...counts].map(([r, n]) => (n > 1 ? `${r} (×${n})` : r));
  const parts: string[] = [];
  if (removed.length) parts.push(`removed: ${removed.join(', ')}`);
  if (plan.applied.length) parts.push(`applied to ${database}: ${plan.applied.join(', ')}`);
  if (!parts.length) return undefined;
  return `${parts.join('; ')} — restored into ${database}`;
}
