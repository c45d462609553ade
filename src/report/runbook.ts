import { familyOf, FAMILY_ORDER, QUIET_FAMILIES, type IssueFamily } from './families.js';
import { isFailing, worstFirst } from './markdown.js';
import type { Check, Report } from './report.js';

/**
 * "What to do next" for an issue: the recovery runbook's steps for the checks that failed, most
 * specific first, then the family's general steps. Written for the person paged at 3am, so each step
 * is an action, not an explanation.
 */
const CHECK_STEPS: Record<string, string[]> = {
  store: [
    'Fix access to the store first: the failing `store` check names the missing permission (e.g. `s3:ListBucket`) or the error; check that the credentials have not expired or been rotated.',
  ],
  exists: [
    'No backup was found at all: check that `source` points at the bucket/prefix or folder the backup job writes to.',
  ],
  recency: [
    'Open the backup job (the `create-backup` workflow, cron or template service) and read its last run: did it run, and did it fail?',
    'Take a backup by hand now (dispatch `create-backup`, or `lifeboat backup --database-url … --dest …`) so the RPO window closes while you investigate.',
  ],
  future: [
    "The newest backup claims a time in the future: check the backup host's clock and the timestamp format in the object names.",
  ],
  size: [
    'The newest backup is empty or much smaller than usual: open the backup job log for a dump that stopped early, and confirm no tables were dropped.',
  ],
  gaps: [
    'Backups were missed on the days named above: check the scheduler history for those days (paused workflows, failed runs, disabled cron).',
  ],
  retention: [
    'Backups are not kept long enough: raise the lifecycle rule / `keep-days` to at least the runbook minimum.',
  ],
  checksum: [
    'The backup does not match its recorded sha256: treat it as corrupt. Do not delete it yet (it is evidence); find the newest older backup that verifies.',
  ],
  archive: [
    'The file is not a readable PostgreSQL backup: check the dump format/compression settings of the backup job and whether the upload was cut short.',
  ],
  content: [
    'The archive lists its tables but its data does not decompress/parse: the dump was likely truncated. Re-run the backup and compare sizes.',
  ],
  manifest: [
    'A Lifeboat backup has no manifest: its upload did not complete. Read the `create-backup` run of that time for the error.',
  ],
};

const FAMILY_STEPS: Record<IssueFamily, string[]> = {
  freshness: ['Once a new backup is in the store, re-run this workflow: the issue closes itself when the checks pass.'],
  integrity: [
    'Until a backup verifies, your restore point is the newest older backup that passes: run `restore-drill` with `backup: <that key>` to prove it.',
    'Take a fresh backup (dispatch `create-backup`) and re-run this workflow: the issue closes itself when the checks pass.',
  ],
  history: [
    'These are past facts: they clear by themselves once the window no longer holds them. Close this issue or add `lifeboat:snoozed` to silence it until something changes.',
  ],
  'drill-overdue': [
    'Run the restore drill now: Actions → Restore drill → Run workflow (or `gh workflow run restore-drill.yml -f backup=latest`).',
    'Read its job summary: the runbook checklist says what a restore today would and would not give back; fix what it finds.',
    'Keep it scheduled (the shipped `restore-drill.yml` runs every quarter): this issue closes itself on the next verify after a successful drill.',
  ],
  drill: [
    'Read the drill log for the first failing step (fetch, restore, verify): restore errors are listed verbatim.',
    'Until a drill passes, assume restores do not work: check the backup with `verify-backup` and try the previous backup with `backup: before:<time>`.',
    'Fix and dispatch `restore-drill` again: the issue closes itself when the drill passes.',
  ],
  backup: [
    'Read the `create-backup` run log: `pg_dump` errors (connection refused, permission denied on a table, version mismatch) are shown there.',
    'Check that the database URL secret is still valid and that the store accepts writes.',
    'Dispatch `create-backup` again once fixed: the issue closes itself when a backup completes.',
  ],
};

export function nextSteps(family: IssueFamily, failing: Check[]): string[] {
  const steps: string[] = [];
  // Drill and backup reports use check ids of their own; their family steps cover them.
  const own = family === 'drill' || family === 'backup' || family === 'drill-overdue' ? [] : failing;
  for (const check of own) {
    for (const step of CHECK_STEPS[check.id] ?? []) {
      if (!steps.includes(step)) steps.push(step);
    }
  }
  for (const step of FAMILY_STEPS[family]) if (!steps.includes(step)) steps.push(step);
  return steps;
}

/**
 * The steps for a whole report (the job summary): those of every failing family, most urgent family
 * first; the same words the issues carry. Quiet families come last.
 */
export function nextStepsForReport(report: Report): string[] {
  // The most telling failure first, so that step 1 is the headline's "Next".
  const failing = worstFirst(report.checks.filter(isFailing));
  const families = FAMILY_ORDER.filter((f) => failing.some((c) => familyOf(report.kind, c.id) === f)).sort(
    (a, b) => Number(QUIET_FAMILIES.has(a)) - Number(QUIET_FAMILIES.has(b)),
  );
  const steps: string[] = [];
  for (const family of families) {
    for (const step of nextSteps(
      family,
      failing.filter((c) => familyOf(report.kind, c.id) === family),
    )) {
      if (!steps.includes(step)) steps.push(step);
    }
  }
  return steps;
}
