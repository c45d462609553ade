import { createHash } from 'node:crypto';
import { type Check, type Report, type Status, worstStatus } from '../report/report.js';
import { redactSecrets, redactUrl } from '../util/secrets.js';

export type IssueFamily = 'recency' | 'integrity' | 'drill' | 'backup';

/** One thing that can fail on its own and so gets its own issue: a store + a family of checks. */
export interface IssueSubject {
  /** Stable across runs: a hash of the redacted store URL and the family. */
  id: string;
  /** What people call the store: a configured name ("prod backups") or the redacted store URL. */
  name: string;
  family: IssueFamily | string;
  /** The redacted store URL the subject is about. */
  source: string;
  checks: Check[];
  /** Worst of `checks`. */
  status: Status;
  /**
   * False when every check of the family was skipped (the store could not even be listed, integrity
   * turned off): nothing is known, so an open issue must neither be closed nor commented on.
   */
  evaluated: boolean;
}

/**
 * Verify checks split in two because they fail for different reasons and are fixed by different
 * people: "no new backup" is a scheduling/credentials problem, "the backup is broken" is a dump problem.
 */
const VERIFY_FAMILIES: Record<string, IssueFamily> = {
  store: 'recency',
  exists: 'recency',
  recency: 'recency',
  future: 'recency',
  gaps: 'recency',
  retention: 'recency',
  size: 'recency',
  'drill-age': 'recency',
  checksum: 'integrity',
  archive: 'integrity',
  content: 'integrity',
  rows: 'integrity',
};

export function familyOf(kind: Report['kind'], checkId: string): IssueFamily {
  if (kind === 'drill') return 'drill';
  if (kind === 'backup') return 'backup';
  // A check added later without a family still gets reported rather than silently dropped.
  return VERIFY_FAMILIES[checkId] ?? 'recency';
}

const FAMILY_ORDER: IssueFamily[] = ['recency', 'integrity', 'drill', 'backup'];

export function subjectId(source: string, family: string): string {
  return createHash('sha256').update(`${source}\n${family}`).digest('hex').slice(0, 16);
}

/** Subjects of a report, one per family that has checks, in a stable order. */
export function subjectsFor(report: Report, name?: string): IssueSubject[] {
  const source = displaySource(report.source);
  const byFamily = new Map<IssueFamily, Check[]>();
  for (const check of report.checks) {
    const family = familyOf(report.kind, check.id);
    byFamily.set(family, [...(byFamily.get(family) ?? []), check]);
  }
  // A family with no check in this run (integrity: none) yields no subject: its open issue, if any,
  // is left alone rather than closed as "recovered".
  return FAMILY_ORDER.filter((f) => byFamily.has(f)).map((family) => {
    const checks = byFamily.get(family)!;
    return {
      id: subjectId(source, family),
      name: name ? redactSecrets(name) : source,
      family,
      source,
      checks,
      status: worstStatus(checks.map((c) => c.status)),
      evaluated: checks.some((c) => c.status !== 'skipped'),
    };
  });
}

/** The report's source should already be redacted; this makes sure, since it becomes the id. */
function displaySource(source: string): string {
  return redactUrl(source);
}
