import type { Check, CheckStatus, Report } from './report.js';
import { redactSecrets } from '../util/secrets.js';
import { formatBytes } from './format.js';

const SYMBOL: Record<CheckStatus, string> = { ok: '✓', warning: '!', critical: '✗', skipped: '-' };
const EMOJI: Record<CheckStatus, string> = { ok: '✅', warning: '⚠️', critical: '❌', skipped: '➖' };

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

/** Job summary (GitHub-flavoured Markdown): a verdict line and the check table with values and thresholds. */
export function renderMarkdown(report: Report, opts: { runUrl?: string } = {}): string {
  const out = [`## ${EMOJI[report.status]} ${TITLE[report.kind]}: ${report.status}`, '', verdictLine(report), ''];
  if (report.backup) {
    out.push(
      `Backup \`${report.backup.key}\` taken ${report.backup.time}, ${formatBytes(report.backup.size)}` +
        `${report.backup.format ? `, ${report.backup.format}` : ''} — from \`${report.source}\``,
      '',
    );
  } else {
    out.push(`Source: \`${report.source}\``, '');
  }
  out.push(checkTable(report.checks));
  if (opts.runUrl) out.push('', `[Workflow run](${opts.runUrl})`);
  return redactSecrets(out.join('\n'));
}

export function checkTable(checks: Check[]): string {
  const rows = ['| | check | status | value | threshold | details |', '|---|---|---|---|---|---|'];
  for (const c of checks) {
    rows.push(
      `| ${EMOJI[c.status]} | \`${c.id}\` | ${c.status} | ${cell(c.value)} | ${cell(c.threshold)} | ${cell(c.summary)} |`,
    );
  }
  return rows.join('\n');
}

function cell(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  return String(value).replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** "newest backup is 26h old (critical after 25h)": the worst check's summary, or all is well. */
export function verdictLine(report: Report): string {
  const failing = report.checks.filter((c) => c.status === report.status && report.status !== 'ok');
  if (failing.length === 0) return 'all checks passed';
  return failing.map((c) => `${c.id}: ${c.summary}`).join('; ');
}
