import { createHash } from 'node:crypto';
import { FAMILY_ORDER, familyOf, type IssueFamily } from '../report/families.js';
import { type Check, type Report, type Status, worstStatus } from '../report/report.js';
import { redactSecrets, redactUrl } from '../util/secrets.js';

/** One thing that can fail on its own and so gets its own issue: store + database + family. */
export interface IssueSubject {
  /** Stable across runs: a hash of the redacted store URL, the database (when set) and the family. */
  id: string;
  /** Ids earlier Lifeboat versions gave the same subject, so that their open issues are found again. */
  legacyIds: string[];
  /** What people call the store: a configured name ("prod backups") or the redacted store URL. */
  name: string;
  /** The database the run was about, when `database` was set. */
  database?: string;
  family: IssueFamily;
  /** The redacted store URL the subject is about. */
  source: string;
  /** The family's checks of this run, skipped ones included (they are shown, not judged). */
  checks: Check[];
  /** Worst of `checks`. */
  status: Status;
  /**
   * False when every check of the family was skipped (the store could not even be listed, integrity
   * turned off): nothing is known, so an open issue must neither be closed nor commented on.
   */
  evaluated: boolean;
}

export function subjectId(source: string, family: string, database?: string): string {
  const key = database ? `${source}\n${database}\n${family}` : `${source}\n${family}`;
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/** Before subjects had a database and five families, verify's store checks lived in `recency`. */
function legacyIdsOf(source: string, family: IssueFamily, database: string | undefined): string[] {
  if (database) return [];
  if (family === 'freshness') return [subjectId(source, 'recency')];
  return [];
}

/** Subjects of a report, one per family that has checks, in a stable order. */
export function subjectsFor(report: Report, name?: string): IssueSubject[] {
  const source = redactUrl(report.source);
  const database = report.database ? redactSecrets(report.database) : undefined;
  const byFamily = new Map<IssueFamily, Check[]>();
  for (const check of report.checks) {
    const family = familyOf(report.kind, check.id);
    byFamily.set(family, [...(byFamily.get(family) ?? []), check]);
  }
  // A family with no check in this run (integrity: none, drill-age without a token) yields no subject:
  // its open issue, if any, is left alone rather than closed as "recovered".
  return FAMILY_ORDER.filter((f) => byFamily.has(f)).map((family) => {
    const checks = byFamily.get(family)!;
    const label = name ? redactSecrets(name) : source;
    return {
      id: subjectId(source, family, database),
      legacyIds: legacyIdsOf(source, family, database),
      name: database ? `${label} (${database})` : label,
      ...(database ? { database } : {}),
      family,
      source,
      checks,
      status: worstStatus(checks.map((c) => c.status)),
      evaluated: checks.some((c) => c.status !== 'skipped'),
    };
  });
}
