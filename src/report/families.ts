import type { Report } from './report.js';

/**
 * Why a subject fails, grouped by who fixes it and how: "is there a usable new backup" (freshness), "the
 * newest backup is broken" (integrity), a weekly-style look back (history), "nobody rehearsed a restore"
 * (drill-overdue), a failed drill, a failed backup job.
 */
export type IssueFamily = 'freshness' | 'integrity' | 'history' | 'drill-overdue' | 'drill' | 'backup';

/**
 * Verify checks by family. `history` holds past facts (a gap last week stays a gap for 14 days after
 * the backups are back), so it must not keep a freshness issue open, and is not filed unless asked for.
 */
const VERIFY_FAMILIES: Record<string, IssueFamily> = {
  store: 'freshness',
  exists: 'freshness',
  recency: 'freshness',
  future: 'freshness',
  size: 'freshness',
  checksum: 'integrity',
  archive: 'integrity',
  content: 'integrity',
  rows: 'integrity',
  manifest: 'integrity',
  gaps: 'history',
  retention: 'history',
  'drill-age': 'drill-overdue',
};

export function familyOf(kind: Report['kind'], checkId: string): IssueFamily {
  if (kind === 'drill') return 'drill';
  if (kind === 'backup') return 'backup';
  // Store checks of a platform (Railway's `schedule`, `retention`) and any check added later without a
  // family still get reported rather than silently dropped.
  return VERIFY_FAMILIES[checkId] ?? 'freshness';
}

export const FAMILY_ORDER: IssueFamily[] = ['freshness', 'integrity', 'history', 'drill-overdue', 'drill', 'backup'];

/** Families that are reported but get no issue unless the workflow asks for them. */
export const QUIET_FAMILIES: ReadonlySet<IssueFamily> = new Set(['history']);
