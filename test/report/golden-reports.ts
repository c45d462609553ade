import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { issueBody, issueTitle } from '../../src/github/issue-body.js';
import { planIssue } from '../../src/github/issue-plan.js';
import { subjectsFor } from '../../src/github/subjects.js';
import { QUIET_FAMILIES } from '../../src/report/families.js';
import { measure, type Report } from '../../src/report/report.js';
import { renderSummary } from '../../src/report/summary.js';
import { openStore } from '../../src/stores/open-store.js';
import { memoryLogger } from '../../src/util/logger.js';
import { runVerify } from '../../src/verify/run-verify.js';
import { pgRestoreResolver } from '../../src/bytes/pg-restore-sink.js';
import { parseVerifySettings } from '../../src/verify/verify-settings.js';

/**
 * The five states a team sees (ok, stale, corrupt, drill failed, backup failed). Verify reports come
 * from real runs over folder stores with a fixed clock — the corrupt one over a real pg_dump 17 archive
 * cut at 60% (shared fixtures) whose sidecar carries the intact file's sha256 — so that the goldens
 * show what Lifeboat really says.
 */

export const NOW = new Date('2026-11-28T09:00:00Z');
const SOURCE = 's3://acme-backups/prod';
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/pg-archives');
const plainDump =
  '--\n-- PostgreSQL database dump\n--\n' +
  'SELECT 1;\n'.repeat(300) +
  '--\n-- PostgreSQL database dump complete\n--\n';

const stamp = (hoursAgo: number) =>
  new Date(NOW.getTime() - hoursAgo * 3_600_000)
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');

async function verifyFolder(fill: (dir: string) => Promise<void>): Promise<Report> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-golden-'));
  try {
    await fill(dir);
    const { report } = await runVerify(parseVerifySettings({ source: dir }), {
      store: openStore(dir, { env: {} }),
      logger: memoryLogger(),
      now: () => NOW,
      pgRestore: pgRestoreResolver(undefined),
    });
    // The folder is a temporary one: the goldens show the store a team would have.
    return JSON.parse(JSON.stringify(report).replaceAll(dir, SOURCE)) as Report;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const daily = async (dir: string, newestHoursAgo: number): Promise<void> => {
  for (let d = 0; d < 7; d++)
    await writeFile(path.join(dir, `inventory_${stamp(newestHoursAgo + d * 24)}.sql`), plainDump);
};

export const ok = () => verifyFolder((dir) => daily(dir, 7));
export const stale = () => verifyFolder((dir) => daily(dir, 31));
export const corrupt = () =>
  verifyFolder(async (dir) => {
    const key = `inventory_${stamp(7)}.dump`;
    await copyFile(path.join(FIXTURES, 'v17-custom-lz4-truncated60.dump'), path.join(dir, key));
    // The intact archive's sha256 (expected.json: derived_from_sha256).
    await writeFile(
      path.join(dir, `${key}.sha256`),
      `db89af4050f6d99500ab4a4651634f72978c5f206aabc6b3f2072eb76492d7c6  ${key}\n`,
    );
  });

/** A drill whose restore failed half-way, as run-drill reports it (values in base units). */
export function drillFailed(): Report {
  return {
    status: 'critical',
    kind: 'drill',
    source: SOURCE,
    backup: {
      key: 'inventory_2026-11-28T02-00-00Z.dump',
      time: '2026-11-28T02:00:00.000Z',
      size: 80_383_856_640,
      format: 'pg_dump custom archive',
      sha256: 'af709c541490d15702feb7462b31ce8bb31858833976935b1a2a0c0d1c6005a5',
    },
    checks: [
      { id: 'store', status: 'ok', summary: `listed ${SOURCE}: 14 backups` },
      {
        id: 'backup',
        status: 'ok',
        summary: 'newest backup: inventory_2026-11-28T02-00-00Z.dump',
        display: { value: 'inventory_2026-11-28T02-00-00Z.dump' },
      },
      {
        id: 'disk',
        status: 'ok',
        summary: 'free disk space is enough for the copy and the restored database',
        ...measure('bytes', 180_383_856_640, { threshold: 160_767_713_280 }),
      },
      { id: 'fetch', status: 'ok', summary: 'fetched 74.9 GiB in 41m', ...measure('seconds', 2460) },
      {
        id: 'checksum',
        status: 'ok',
        summary: 'sha256 matches the manifest',
        display: { value: 'af709c541490d15702feb7462b31ce8bb31858833976935b1a2a0c0d1c6005a5' },
      },
      {
        id: 'archive',
        status: 'ok',
        summary: 'pg_dump custom archive 1.16: table of contents parses (57 entries)',
        ...measure('count', 57),
      },
      { id: 'target', status: 'ok', summary: 'ephemeral PostgreSQL 17 cluster started' },
      {
        id: 'restore',
        status: 'critical',
        summary:
          'pg_restore failed after 12m: ERROR: could not extend file "base/16384/16521": No space left on device',
        ...measure('seconds', 720),
      },
      { id: 'tables', status: 'skipped', summary: 'not checked: the restore did not complete' },
      {
        id: 'rto',
        status: 'critical',
        summary: 'no RTO: the restore did not complete',
        ...measure('seconds', undefined, { threshold: 3600 }),
      },
      {
        id: 'rpo',
        status: 'ok',
        summary: 'the backup is 7h old (target 24h)',
        ...measure('seconds', 25_200, { threshold: 86_400 }),
      },
    ],
    started_at: '2026-11-28T08:00:00.000Z',
    finished_at: '2026-11-28T08:53:00.000Z',
    rpo_seconds: 25_200,
    phases: { fetch: 2460, restore: 720 },
  };
}

/** A backup job whose pg_dump could not connect. */
export function backupFailed(): Report {
  return {
    status: 'critical',
    kind: 'backup',
    source: SOURCE,
    checks: [
      {
        id: 'connect',
        status: 'critical',
        summary:
          'could not connect to the database: connection to server at "db.internal" (10.0.3.7), port 5432 failed: timeout expired',
      },
      { id: 'dump', status: 'skipped', summary: 'not run: no connection' },
      { id: 'retention', status: 'skipped', summary: 'not run: no new backup' },
    ],
    started_at: '2026-11-28T02:00:00.000Z',
    finished_at: '2026-11-28T02:00:31.000Z',
  };
}

export const STATES = { ok, stale, corrupt, 'drill-failed': drillFailed, 'backup-failed': backupFailed } as const;

const RUN = {
  url: 'https://github.com/acme/app/actions/runs/123456789',
  runId: '123456789',
  workflow: 'verify backups',
  now: NOW,
};
const ISSUE = {
  number: 42,
  url: 'https://github.com/acme/app/issues/42',
  title: 'Backup integrity critical — s3://acme-backups/prod',
};

/** The issues a report files on its first failure: title and body, as GitHub would show them. */
export function issuesFor(report: Report): Array<{ title: string; body: string }> {
  return subjectsFor(report)
    .filter((s) => !QUIET_FAMILIES.has(s.family))
    .flatMap((subject) => {
      const step = planIssue(subject, [], NOW, { title: issueTitle }).steps[0];
      if (step?.op !== 'create') return [];
      return [{ title: step.title, body: issueBody({ subject, report, run: RUN, state: step.state }) }];
    });
}

/** One state rendered: the job summary (linking issue #42) and the issues it files. */
export async function rendered(state: keyof typeof STATES) {
  const report = await STATES[state]();
  const issues = issuesFor(report);
  const summary = renderSummary(report, { runUrl: RUN.url, issues: report.status === 'ok' ? [] : [ISSUE] });
  return { report, issues, summary };
}
