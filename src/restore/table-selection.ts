// `restore --table`: exactly the (schema, name) pairs asked for, as a pg_restore -L list built from
// the archive's TOC: each table, its data, and the objects that depend only on it (constraints,
// indexes, triggers, policies, defaults, owned sequences, comments, ACLs). pg_restore's own
// --schema/--table flags select their cross product (s1.a and s2.b also bring s1.b and s2.a).
import { quoteQualifiedName, type QualifiedTable } from '../postgres/identifiers.js';
import type { TocEntry } from '../archive/types.js';
import { InputError } from '../util/errors.js';

const TABLE_KINDS = new Set(['TABLE', 'MATERIALIZED VIEW', 'FOREIGN TABLE', 'VIEW']);

/** Entries a table's definition may need that are not the table's own: created by a full restore. */
export const PREREQUISITE_KINDS = new Set([
  'SCHEMA',
  'TYPE',
  'DOMAIN',
  'FUNCTION',
  'EXTENSION',
  'COLLATION',
  'SEQUENCE',
]);

/** The objects that come along with their table when everything they depend on is selected. */
const DEPENDENT_KINDS = new Set([
  'TABLE DATA',
  'CONSTRAINT',
  'CHECK CONSTRAINT',
  'FK CONSTRAINT',
  'INDEX',
  'INDEX ATTACH',
  'TRIGGER',
  'POLICY',
  'ROW SECURITY',
  'DEFAULT',
  'SEQUENCE',
  'SEQUENCE SET',
  'SEQUENCE OWNED BY',
  'COMMENT',
  'ACL',
  'RULE',
  'STATISTICS',
  'SECURITY LABEL',
]);

export interface TableSelection {
  /** dumpIds to restore, in TOC order. */
  ids: number[];
  /** Entries outside the selection that selected entries depend on (schemas, types, functions …). */
  prerequisites: TocEntry[];
}

function edits(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}

/** Tables whose name is the asked one in any case or schema, or a couple of letters away. */
export function nearMatches(wanted: QualifiedTable, tables: QualifiedTable[]): string[] {
  const w = `${wanted.schema}.${wanted.table}`.toLowerCase();
  return tables
    .filter((t) => {
      const n = `${t.schema}.${t.table}`.toLowerCase();
      return n === w || t.table.toLowerCase() === wanted.table.toLowerCase() || edits(n, w) <= 2;
    })
    .slice(0, 5)
    .map((t) => quoteQualifiedName([t.schema, t.table]));
}

/** One line naming the tables the backup lacks and what it holds that is close. */
export function unknownTablesMessage(key: string, missing: QualifiedTable[], have: QualifiedTable[]): string {
  const parts = missing.map((m) => {
    const near = nearMatches(m, have);
    return `${quoteQualifiedName([m.schema, m.table])}${near.length ? ` (did you mean ${near.join(', ')}?)` : ''}`;
  });
  const shown = have.slice(0, 12).map((t) => quoteQualifiedName([t.schema, t.table]));
  return (
    `${key} holds no table ${parts.join(', ')}; its tables are: ${shown.join(', ') || 'none'}` +
    `${have.length > 12 ? ', …' : ''}. Names are SQL identifiers: quote mixed case, spaces and dots, like public."Order Items"`
  );
}

export function selectTables(toc: TocEntry[], tables: QualifiedTable[], key: string): TableSelection {
  const byId = new Map(toc.map((e) => [e.dumpId, e]));
  const all = toc.filter((e) => TABLE_KINDS.has(e.desc) && e.namespace !== null);
  const selected = new Set<number>();
  const missing: QualifiedTable[] = [];
  for (const t of tables) {
    const found = all.find((e) => e.namespace === t.schema && e.tag === t.table);
    if (found) selected.add(found.dumpId);
    else missing.push(t);
  }
  if (missing.length) {
    throw new InputError(
      unknownTablesMessage(
        key,
        missing,
        all.map((e) => ({ schema: e.namespace!, table: e.tag })),
      ),
    );
  }
  // Grow to a fixpoint: an entry joins when it depends on something selected and everything else it
  // depends on is selected or a prerequisite (schemas, types, functions the target must have).
  for (let grew = true; grew;) {
    grew = false;
    for (const e of toc) {
      if (selected.has(e.dumpId) || !DEPENDENT_KINDS.has(e.desc) || e.dependencies.length === 0) continue;
      const deps = e.dependencies.map((d) => byId.get(d));
      const touches = e.dependencies.some((d) => selected.has(d));
      const only = deps.every((d) => !d || selected.has(d.dumpId) || PREREQUISITE_KINDS.has(d.desc));
      // A sequence counts only when it belongs to a selected table (OWNED BY or identity).
      if (touches && only) {
        selected.add(e.dumpId);
        grew = true;
      }
    }
    // Owned sequences: the OWNED BY entry depends on the sequence and the table; bring the sequence.
    for (const e of toc) {
      if (e.desc !== 'SEQUENCE OWNED BY' || !e.dependencies.some((d) => selected.has(d))) continue;
      for (const d of e.dependencies) {
        if (byId.get(d)?.desc === 'SEQUENCE' && !selected.has(d)) {
          selected.add(d);
          grew = true;
        }
      }
    }
  }
  const prerequisites = new Map<number, TocEntry>();
  for (const id of selected) {
    for (const d of byId.get(id)?.dependencies ?? []) {
      const dep = byId.get(d);
      if (dep && !selected.has(d) && PREREQUISITE_KINDS.has(dep.desc)) prerequisites.set(d, dep);
    }
  }
  return {
    ids: toc.filter((e) => selected.has(e.dumpId)).map((e) => e.dumpId),
    prerequisites: [...prerequisites.values()],
  };
}

/** pg_restore -L reads the leading dumpId of each line; the rest is for people. */
export function listFile(toc: TocEntry[], ids: number[]): string {
  const byId = new Map(toc.map((e) => [e.dumpId, e]));
  return ids
    .map((id) => {
      const e = byId.get(id)!;
      return `${id}; 0 0 ${e.desc} ${[e.namespace ?? '-', e.tag].join(' ').replace(/[\r\n]+/g, ' ')}`;
    })
    .join('\n')
    .concat('\n');
}
