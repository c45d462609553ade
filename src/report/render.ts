import type { CheckStatus, Report } from './report.js';
import { redactSecrets } from '../util/secrets.js';
import { formatBytes } from '../settings/size.js';

const SYMBOL: Record<CheckStatus, string> = { ok: '✓', warning: '!', critical: '✗', skipped: '-' };

const TITLE: Record<Report['kind'], string> = {
  verify: 'Backup verification',
  drill: 'Restore drill',
  backup: 'Backup',
};

/** Human output of the CLI: one line per check with a symbol, then the verdict. */
export function renderText(report: Report): string {
  const lines = [`${TITLE[report.kind]} of ${report.source}`];
  if (report.backup) {
    lines.push(`  backup ${report.backup.key} (${report.backup.time}, ${formatBytes(report.backup.size)})`);
  }
  // Long ids (assertion names) overflow instead of pushing every summary off the screen.
  const width = Math.min(Math.max(...report.checks.map((c) => c.id.length), 5), 12);
  for (const c of report.checks) {
    lines.push(`  ${SYMBOL[c.status]} ${c.id.padEnd(width)}  ${c.status.padEnd(8)} ${c.summary}`);
  }
  lines.push(`${report.status.toUpperCase()}: ${verdictLine(report)}`);
  return redactSecrets(lines.join('\n'));
}

/** "newest backup is 26h old (critical after 25h)": the worst check's summary, or all is well. */
export function verdictLine(report: Report): string {
  const failing = report.checks.filter((c) => c.status === report.status && report.status !== 'ok');
  if (failing.length === 0) return 'all checks passed';
  return failing.map((c) => `${c.id}: ${c.summary}`).join('; ');
}
