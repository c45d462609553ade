import { renderChecklist } from './render-checklist.js';
import { formatBytes, formatCount, formatDuration, shortHash } from './format.js';
import { redactSecrets } from '../util/secrets.js';
import { type IssueLink, ICONS, checksMarkdown, headline, issueLinks, nextStepsMarkdown } from './markdown.js';
import type { Report } from './report.js';
import { nextStepsForReport } from './runbook.js';

const TITLE: Record<Report['kind'], string> = {
  verify: 'Backup verification',
  drill: 'Restore drill',
  backup: 'Backup',
};

/** "Backup `db_….dump` taken 2026-11-28 02:00 UTC, 46.1 MiB, custom, sha256 3f2a…": the backup judged. */
export function backupLine(report: Report): string | undefined {
  const b = report.backup;
  if (!b) return undefined;
  const parts = [`taken ${b.time.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC')}`];
  if (Number.isFinite(b.size)) parts.push(formatBytes(b.size));
  if (b.format) parts.push(b.format);
  if (b.sha256) parts.push(`sha256 \`${shortHash(b.sha256)}…\``);
  return `Backup \`${b.key}\` ${parts.join(', ')} — from \`${report.source}\`${report.database ? ` (database \`${report.database}\`)` : ''}`;
}

/**
 * The job summary of every action: headline, the backup, the issue this run filed, the checks (the
 * drill's runbook checklist first), the same "What to do next" the issue carries, then `extra` sections.
 */
export function renderSummary(
  report: Report,
  opts: { runUrl?: string; issues?: IssueLink[]; extra?: string[] } = {},
): string {
  const steps = nextStepsForReport(report);
  const out = [
    `## ${ICONS[report.status]} ${TITLE[report.kind]}: ${report.status}`,
    '',
    headline(report.checks, steps[0]),
    '',
  ];
  const backup = backupLine(report);
  out.push(backup ?? `Source: \`${report.source}\``, '');
  const links = issueLinks(opts.issues ?? []);
  if (links) out.push(links, '');
  if (report.kind === 'drill') {
    out.push(renderChecklist(report), '');
    const phases = report.phases ?? {};
    if (Object.keys(phases).length) {
      out.push(
        `**Phases:** ${Object.entries(phases)
          .map(([name, s]) => `${name} ${formatDuration(s)}`)
          .join(' · ')}${report.rto_seconds !== undefined ? ` — RTO ${formatDuration(report.rto_seconds)}` : ''}`,
        '',
      );
    }
    if (report.tables?.length) {
      out.push('<details><summary>Tables</summary>', '', '| table | rows | expected |', '|---|---:|---:|');
      for (const t of report.tables) {
        out.push(
          `| \`${t.name}\` | ${formatCount(t.rows)} | ${t.expected_rows === undefined ? '' : formatCount(t.expected_rows)} |`,
        );
      }
      out.push('', '</details>', '');
    }
  }
  out.push(checksMarkdown(report.checks, { shownValues: true }));
  const next = nextStepsMarkdown(steps);
  if (next) out.push('', next);
  // Sections of one action (the history chart, the backup listing) come after what to do.
  for (const section of opts.extra ?? []) out.push('', section);
  if (opts.runUrl) out.push('', `[Workflow run](${opts.runUrl})`);
  return redactSecrets(out.join('\n'));
}
