// SQL names as PostgreSQL reads them: `public."Table With Spaces"`, `"tenant.acme".orders`, and
// unquoted names folded to lower case. Used wherever a person types a table name (--table, checks
// files) and wherever Lifeboat writes one into SQL.
import { tokenize } from '../archive/plain-sql-lexer.js';

/** A name that could not be read; the message names the text and what is accepted. */
export class IdentifierError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IdentifierError';
  }
}

/**
 * PostgreSQL's reserved keywords (and the type/function-name ones): a name spelled like one of
 * these must be quoted to be read as a name.
 */
const KEYWORDS = new Set(
  (
    'all analyse analyze and any array as asc asymmetric authorization binary both case cast check collate ' +
    'collation column concurrently constraint create cross current_catalog current_date current_role ' +
    'current_schema current_time current_timestamp current_user default deferrable desc distinct do else end ' +
    'except false fetch for foreign freeze from full grant group having ilike in initially inner intersect into ' +
    'is isnull join lateral leading left like limit localtime localtimestamp natural not notnull null offset on ' +
    'only or order outer overlaps placing primary references returning right select session_user similar some ' +
    'symmetric system_user table tablesample then to trailing true union unique user using variadic verbose when ' +
    'where window with'
  ).split(' '),
);

/**
 * The parts of a (possibly qualified) SQL name: quoted parts kept exactly (`""` is a quote), unquoted
 * ones folded to lower case. Throws IdentifierError on an empty part or an unclosed quote.
 */
export function parseQualifiedName(text: string): string[] {
  const tokens = tokenize(text);
  if (tokens.length === 0) throw new IdentifierError('empty name');
  const parts: string[] = [];
  for (let i = 0; i < tokens.length; i += 2) {
    const t = tokens[i];
    if (t.kind === 'quoted') {
      if (t.unclosed) throw new IdentifierError(`unclosed quote in ${text}`);
      if (!t.text) throw new IdentifierError(`empty quoted name in ${text}`);
      parts.push(t.text);
    } else if (t.kind === 'word') {
      parts.push(t.lower);
    } else {
      throw new IdentifierError(
        `unexpected ${JSON.stringify(t.text)} in ${text}: names are SQL identifiers, quote others`,
      );
    }
    const dot = tokens[i + 1];
    if (!dot) return parts;
    if (dot.kind !== 'op' || dot.text !== '.' || i + 2 >= tokens.length) {
      throw new IdentifierError(`unexpected ${JSON.stringify(dot.text)} in ${text}: expected schema.name`);
    }
  }
  return parts;
}

/** A name as SQL: bare when PostgreSQL would read it back unchanged, else double-quoted. */
export function quoteIdentifier(name: string): string {
  if (/^[a-z_][a-z0-9_$]*$/.test(name) && !KEYWORDS.has(name)) return name;
  return `"${name.replace(/"/g, '""')}"`;
}

export function quoteQualifiedName(parts: readonly string[]): string {
  return parts.map(quoteIdentifier).join('.');
}

export interface QualifiedTable {
  schema: string;
  table: string;
}

/** `schema.table` or a bare `table` (in `defaultSchema`); more than two parts is an error. */
export function parseTableIdentifier(text: string, defaultSchema = 'public'): QualifiedTable {
  const parts = parseQualifiedName(text);
  if (parts.length === 1) return { schema: defaultSchema, table: parts[0] };
  if (parts.length === 2) return { schema: parts[0], table: parts[1] };
  throw new IdentifierError(`too many dots in ${text}: expected schema.table`);
}
