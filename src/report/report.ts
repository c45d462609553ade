/** Severity of one check or of a whole run, in the monitoring convention. */
export type Status = 'ok' | 'warning' | 'critical';
/** A check that did not run (no sidecar, encrypted content…) is `skipped`; it never raises the verdict. */
export type CheckStatus = Status | 'skipped';

export interface Check {
  id: string;
  status: CheckStatus;
  /** One sentence a person can act on: what was measured and why it is (not) fine. */
  summary: string;
  value?: string | number;
  threshold?: string | number;
}

export type ArchiveFormat = 'custom' | 'tar' | 'plain' | 'unknown';

export interface BackupSummary {
  key: string;
  time: string;
  size: number;
  format?: string;
  sha256?: string;
}

export interface TableCount {
  name: string;
  rows: number;
  expected_rows?: number;
}

export type ReportKind = 'verify' | 'drill' | 'backup';

/** The `--json` object of PRODUCT.md §8; also the JSON report file of the actions. */
export interface Report {
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

/** Monitoring exit codes: 0 ok, 1 warning, 2 critical (3 is reserved for usage errors). */
export function exitCodeFor(status: Status, failOn: FailOn): number {
  return shouldFail(status, failOn) ? rank[status] : 0;
}
