import { formatBytes, formatCount, formatDuration, formatPercent } from './format.js';

/** Severity of one check or of a whole run, in the monitoring convention. */
export type Status = 'ok' | 'warning' | 'critical';
/** A check that did not run (no sidecar, encrypted content…) is `skipped`; it never raises the verdict. */
export type CheckStatus = Status | 'skipped';

/** Unit of a check's `value` and thresholds: base units only, so monitoring can compare numbers. */
export type Unit = 'seconds' | 'bytes' | 'count' | 'ratio';

export interface Check {
  id: string;
  /** What people call the check when its id is a slug: an assertion's name as the checks file gives it. */
  label?: string;
  status: CheckStatus;
  /** One sentence a person can act on: what was measured and why it is (not) fine. */
  summary: string;
  /** What was measured, in `unit`. */
  value?: number;
  /** The limit whose crossing makes the check critical (or its only limit), in `unit`. */
  threshold?: number;
  /** The limit whose crossing makes it a warning, when the check has two. */
  warning_threshold?: number;
  unit?: Unit;
  /** How people read value and threshold ("31h12m", "warning after 23h, critical after 25h"), or what they are when not a number (a hash, a version). */
  display?: { value?: string; threshold?: string };
  /**
   * The value an assertion returned, only when its checks file says `show_value: true`: shown in
   * the job summary and this report, never in an issue (it may be table data).
   */
  shown_value?: string;
}

export interface BackupSummary {
  key: string;
  time: string;
  size: number;
  format?: string;
  sha256?: string;
  /** Why this backup was judged: the newest, chosen by key, the newest before a time. */
  reason?: string;
}

export interface TableCount {
  name: string;
  /** The table's own rows (FROM ONLY): what its data entry in a dump holds. */
  rows: number;
  expected_rows?: number;
  /** Partitioned and inheritance parents: the rows of the whole tree, never added into totals. */
  tree_rows?: number;
}

export type ReportKind = 'verify' | 'drill' | 'backup';

/** Version of the JSON report; schema/lifeboat-report-2.json describes it. */
export const REPORT_SCHEMA = 'lifeboat-report/2';

/** The `--json` object of PRODUCT.md §8; also the JSON report file of the actions. */
export interface Report {
  schema?: typeof REPORT_SCHEMA;
  status: Status;
  kind: ReportKind;
  /** Always redacted. */
  source: string;
  /** The database the run was about, when `database` was set: part of the issue subject. */
  database?: string;
  backup?: BackupSummary;
  checks: Check[];
  started_at: string;
  finished_at: string;
  rto_seconds?: number;
  rpo_seconds?: number;
  tables?: TableCount[];
  phases?: Record<string, number>;
  /**
   * Set when the run refused to write into its target (the production database, a target holding
   * tables without allow-overwrite, a script that would reach other databases): the one line that says
   * why. Nothing was written; the CLI exits 3 and the action fails with this line, whatever fail-on says.
   */
  refused?: string;
}

/** The report as machines get it (`--format json`, the action's report file): stamped with its schema. */
export function reportJson(report: Report): string {
  const { schema: _schema, ...rest } = report;
  return JSON.stringify({ schema: REPORT_SCHEMA, ...rest }, null, 2);
}

const rank: Record<CheckStatus, number> = { skipped: 0, ok: 0, warning: 1, critical: 2 };

export function statusRank(status: CheckStatus): number {
  return rank[status];
}

export function worstStatus(statuses: Iterable<CheckStatus>): Status {
  let worst: Status = 'ok';
  for (const s of statuses) {
    if (s !== 'skipped' && rank[s] > rank[worst]) worst = s;
  }
  return worst;
}

export type FailOn = 'critical' | 'warning' | 'never';

/** Whether a run with this verdict should fail the step / exit non-zero. */
export function shouldFail(status: Status, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return rank[status] >= rank[failOn];
}

/** Exit code of a refusal: a usage or configuration error, like bad input. */
export const REFUSED_EXIT_CODE = 3;

/**
 * Monitoring exit codes: 0 ok, 1 warning, 2 critical; 3 for a run that refused its target (and for
 * usage errors, which never reach a report).
 */
export function exitCodeFor(outcome: Pick<Report, 'status' | 'refused'>, failOn: FailOn): number {
  if (outcome.refused) return REFUSED_EXIT_CODE;
  return shouldFail(outcome.status, failOn) ? rank[outcome.status] : 0;
}

const DISPLAY: Record<Unit, (n: number) => string> = {
  seconds: formatDuration,
  bytes: formatBytes,
  count: formatCount,
  ratio: formatPercent,
};

/**
 * The numeric part of a check: `value` and thresholds in base units, with their display strings.
 * `thresholdText` replaces the formatted threshold when one number cannot say it ("≥ 1.0 KiB").
 */
export function measure(
  unit: Unit,
  value: number | undefined,
  limits: { threshold?: number; warning?: number; thresholdText?: string; valueText?: string } = {},
): Pick<Check, 'value' | 'threshold' | 'warning_threshold' | 'unit' | 'display'> {
  const show = DISPLAY[unit];
  const display: NonNullable<Check['display']> = {};
  if (value !== undefined || limits.valueText) display.value = limits.valueText ?? show(value as number);
  if (limits.thresholdText ?? limits.threshold !== undefined) {
    display.threshold = limits.thresholdText ?? show(limits.threshold as number);
  }
  return {
    ...(value !== undefined ? { value } : {}),
    ...(limits.threshold !== undefined ? { threshold: limits.threshold } : {}),
    ...(limits.warning !== undefined ? { warning_threshold: limits.warning } : {}),
    unit,
    display,
  };
}

/** A check's value as people read it, whether numeric or text-only. */
export function displayValue(c: Check): string | undefined {
  return (
    c.display?.value ?? (c.value === undefined ? undefined : c.unit ? DISPLAY[c.unit](c.value) : formatCount(c.value))
  );
}

export function displayThreshold(c: Check): string | undefined {
  return (
    c.display?.threshold ??
    (c.threshold === undefined ? undefined : c.unit ? DISPLAY[c.unit](c.threshold) : formatCount(c.threshold))
  );
}
