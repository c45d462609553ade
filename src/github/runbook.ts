import type { Check } from '../report/report.js';

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
  'drill-age': [
    'No recent successful restore drill: run the `restore-drill` workflow now (workflow_dispatch) and fix what it finds.',
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
};

const FAMILY_STEPS: Record<string, string[]> = {
  recency: ['Once a new backup is in the store, re-run this workflow: the issue closes itself when the checks pass.'],
  integrity: [
    'Until a backup verifies, your restore point is the newest older backup that passes: run `restore-drill` with `backup: <that key>` to prove it.',
    'Take a fresh backup (dispatch `create-backup`) and re-run this workflow: the issue closes itself when the checks pass.',
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

export function nextSteps(family: string, failing: Check[]): string[] {
  const steps: string[] = [];
  for (const check of failing) {
    for (const step of CHECK_STEPS[check.id] ?? []) {
      if (!steps.includes(step)) steps.push(step);
    }
  }
  // Drill and backup reports use check ids of their own; their family steps cover them.
  steps.push(...(FAMILY_STEPS[family] ?? FAMILY_STEPS.recency));
  return steps;
}
