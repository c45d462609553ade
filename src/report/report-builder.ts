import { redactSecrets } from '../util/secrets.js';
import { worstStatus, type Check, type Report, type ReportKind } from './report.js';

/** What a run adds to its report besides checks: the backup judged, its tables, RTO, RPO, a refusal. */
export type ReportFields = Partial<Pick<Report, 'backup' | 'tables' | 'rto_seconds' | 'rpo_seconds' | 'refused'>>;

/**
 * A report while its run is under way: checks are added in the order they were made, fields as they
 * become known; `finish` stamps the verdict and the end time and redacts what could hold a secret.
 */
export interface ReportBuilder {
  readonly startedAt: Date;
  /** The checks so far, in the order they were added. */
  readonly checks: readonly Check[];
  /** The phases timed so far. */
  readonly phases: Readonly<Record<string, number>>;
  add(...checks: Check[]): void;
  /** One `skipped` check per id, all for the same reason. */
  skip(ids: readonly string[], why: string): void;
  /** Puts `by` where `old` was (a later finding that says more about the same thing). */
  replace(old: Check, by: Check): void;
  /** The first critical check so far: what blocked the run. */
  blocker(): Check | undefined;
  set(fields: ReportFields): void;
  /** Seconds a phase of the run took (the drill's fetch, target, restore, verify). */
  phase(name: string, seconds: number): void;
  finish(fields?: ReportFields): Report;
}

/** Starts the report of a `kind` run over `source` (already redacted, as stores display it). */
export function startReport(
  kind: ReportKind,
  source: string,
  clock: () => Date,
  options: { database?: string } = {},
): ReportBuilder {
  const startedAt = clock();
  const checks: Check[] = [];
  let fields: ReportFields = {};
  const phases: Record<string, number> = {};
  return {
    startedAt,
    checks,
    phases,
    add: (...added) => void checks.push(...added),
    skip: (ids, why) => void checks.push(...ids.map((id) => check(id, 'skipped', why))),
    replace: (old, by) => void checks.splice(checks.indexOf(old), 1, by),
    blocker: () => checks.find((c) => c.status === 'critical'),
    set: (more) => void (fields = { ...fields, ...more }),
    phase: (name, seconds) => void (phases[name] = seconds),
    finish: (more = {}) => {
      const all = { ...fields, ...more };
      return {
        status: worstStatus(checks.map((c) => c.status)),
        kind,
        source,
        ...(options.database ? { database: options.database } : {}),
        checks: checks.map(redactCheck),
        started_at: startedAt.toISOString(),
        finished_at: clock().toISOString(),
        ...all,
        ...(all.refused ? { refused: redactSecrets(all.refused) } : {}),
        ...(Object.keys(phases).length ? { phases: { ...phases } } : {}),
      };
    },
  };
}

export function check(id: string, status: Check['status'], summary: string, extra: Partial<Check> = {}): Check {
  return { id, status, summary, ...extra };
}

/** The content check when the data blocks could not be read, and why. */
export function notChecked(reason: string): Check {
  return check('content', 'skipped', `not checked: ${reason}`);
}

/** Summaries and displayed values can quote errors, URLs and commands: never a secret in a report. */
function redactCheck(c: Check): Check {
  return {
    ...c,
    summary: redactSecrets(c.summary),
    ...(c.display?.value ? { display: { ...c.display, value: redactSecrets(c.display.value) } } : {}),
  };
}
