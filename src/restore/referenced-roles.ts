// Which role names a script's statements need to exist before they run: owners, grantees, policy
// roles, user mappings, default-privilege roles. Read from real statements (the lexer's, or the
// TOC's SQL) and their tokens, never from text that merely looks like a statement.
import { isWord, tokenize, type Token } from '../archive/plain-sql-lexer.js';

/** Names that are keywords in a role position, and roles every server already has. */
const NOT_ROLES = new Set(['public', 'current_user', 'session_user', 'current_role', 'user', 'none']);

function roleName(t: Token | undefined): string | undefined {
  if (!t) return undefined;
  if (t.kind === 'quoted') return t.text;
  if (t.kind === 'word') return t.lower;
  return undefined;
}

/** A comma list of role names from `at`: `a, "B c", GROUP d`. */
function nameList(tokens: Token[], at: number): string[] {
  const out: string[] = [];
  let i = at;
  for (;;) {
    if (isWord(tokens[i], 'group') && roleName(tokens[i + 1]) !== undefined && tokens[i + 1].kind !== 'op') i++;
    const name = roleName(tokens[i]);
    if (name === undefined) return out;
    out.push(name);
    if (tokens[i + 1]?.kind === 'op' && tokens[i + 1].text === ',') i += 2;
    else return out;
  }
}

/** Index of the first word `word` outside parentheses, from `from`; -1 when absent. */
function topLevel(tokens: Token[], word: string, from = 0): number {
  let depth = 0;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'op' && t.text === '(') depth++;
    else if (t.kind === 'op' && t.text === ')') depth--;
    else if (depth === 0 && isWord(t, word)) return i;
  }
  return -1;
}

/** GRANT/REVOKE from tokens[at]: grantees, GRANTED BY, and for role membership the granted roles. */
function grantRoles(tokens: Token[], at: number): string[] {
  const grant = isWord(tokens[at], 'grant');
  const keyword = grant ? 'to' : 'from';
  const k = topLevel(tokens, keyword, at + 1);
  if (k < 0) return [];
  const out = nameList(tokens, k + 1);
  const on = topLevel(tokens, 'on', at + 1);
  if (on < 0 || on > k) {
    // GRANT role TO role: the granted roles must exist too.
    let first = at + 1;
    if (
      !grant &&
      (isWord(tokens[first], 'admin') || isWord(tokens[first], 'inherit') || isWord(tokens[first], 'set'))
    ) {
      first += 3; // ADMIN OPTION FOR
    }
    out.push(...nameList(tokens, first));
  }
  const by = topLevel(tokens, 'granted', k);
  if (by >= 0 && isWord(tokens[by + 1], 'by')) out.push(...nameList(tokens, by + 2));
  return out;
}

/** The roles one statement names in a role position. */
export function rolesInStatement(sql: string): string[] {
  const tokens = tokenize(sql);
  const first = tokens[0];
  if (first?.kind !== 'word') return [];
  const out: string[] = [];
  switch (first.lower) {
    case 'alter': {
      if (isWord(tokens[1], 'default') && isWord(tokens[2], 'privileges')) {
        if (isWord(tokens[3], 'for')) out.push(...nameList(tokens, 5));
        const g = tokens.findIndex((t, i) => i > 2 && (isWord(t, 'grant') || isWord(t, 'revoke')));
        if (g > 0) out.push(...grantRoles(tokens, g));
        break;
      }
      if (isWord(tokens[1], 'policy')) {
        const to = topLevel(tokens, 'to', 2);
        if (to >= 0 && !isWord(tokens[to - 1], 'rename')) out.push(...nameList(tokens, to + 1));
        break;
      }
      if ((isWord(tokens[1], 'user') || isWord(tokens[1], 'server')) && isWord(tokens[2], 'mapping')) {
        const f = topLevel(tokens, 'for', 3);
        if (f >= 0) out.push(...nameList(tokens, f + 1));
        break;
      }
      const owner = tokens.findIndex((t, i) => isWord(t, 'owner') && isWord(tokens[i + 1], 'to'));
      if (owner > 0) out.push(...nameList(tokens, owner + 2));
      break;
    }
    case 'grant':
    case 'revoke':
      out.push(...grantRoles(tokens, 0));
      break;
    case 'create': {
      let i = 1;
      if (isWord(tokens[i], 'or') && isWord(tokens[i + 1], 'replace')) i += 2;
      if (isWord(tokens[i], 'user') && isWord(tokens[i + 1], 'mapping')) {
        const f = topLevel(tokens, 'for', i + 2);
        if (f >= 0) out.push(...nameList(tokens, f + 1));
      } else if (isWord(tokens[i], 'policy')) {
        const to = topLevel(tokens, 'to', i + 1);
        if (to >= 0) out.push(...nameList(tokens, to + 1));
      } else if (isWord(tokens[i], 'schema')) {
        const a = topLevel(tokens, 'authorization', i + 1);
        if (a >= 0) out.push(...nameList(tokens, a + 1));
      }
      break;
    }
    case 'set': {
      let i = 1;
      if (isWord(tokens[i], 'session') || isWord(tokens[i], 'local')) i++;
      if (isWord(tokens[i], 'session') && isWord(tokens[i + 1], 'authorization')) i += 2;
      else if (isWord(tokens[i], 'authorization')) i++;
      else if (isWord(tokens[i], 'role')) i++;
      else break;
      const t = tokens[i];
      if (t?.kind === 'string') out.push(t.text);
      else if (t && !isWord(t, 'default') && !isWord(t, 'none')) out.push(...nameList(tokens, i));
      break;
    }
  }
  return out.filter((r) => !NOT_ROLES.has(r) && !r.startsWith('pg_'));
}

/** Roles a statement creates: `CREATE ROLE|USER|GROUP name` (pg_dumpall); `CREATE USER MAPPING` is not one. */
export function roleCreatedBy(sql: string): string | undefined {
  const tokens = tokenize(sql);
  if (!isWord(tokens[0], 'create')) return undefined;
  const kind = tokens[1];
  if (!(isWord(kind, 'role') || isWord(kind, 'user') || isWord(kind, 'group'))) return undefined;
  if (isWord(tokens[2], 'mapping')) return undefined;
  return roleName(tokens[2]);
}

/** Collects, in first-seen order, the roles statements need and the roles the script creates itself. */
export class RoleCollector {
  private readonly needed = new Set<string>();
  private readonly created = new Set<string>();

  add(sql: string): void {
    const made = roleCreatedBy(sql);
    if (made) this.created.add(made);
    for (const r of rolesInStatement(sql)) this.needed.add(r);
  }

  /** Roles to create before the script runs: referenced, and not created by the script itself. */
  missing(): string[] {
    return [...this.needed].filter((r) => !this.created.has(r));
  }
}
