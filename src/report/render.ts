import type { Check, CheckStatus, Report } from './report.js';
import { statusRank } from './report.js';
import { familyOf } from './families.js';
import { redactSecrets } from '../util/secrets.js';
import { formatBytes, formatTime, truncate } from './format.js';

const SYMBOL: Record<CheckStatus, string> = { ok: '✓', warning: '!', critical: '✗', skipped: '-' };

const TITLE: Record<Report['kind'], string> = {
  verify: 'Backup verification',
  drill: 'Restore drill',
  backup: 'Backup',
};

/** Human output is laid out for this many columns unless the terminal says otherwise. */
export const DEFAULT_COLUMNS = 100;
// Wider ids (assertion names) are cut at a word boundary; the full name is in the summary.
const MAX_ID_WIDTH = 24;
const STATUS_WIDTH = 'critical'.length;

export interface TextOptions {
  /** ANSI colours (a TTY without NO_COLOR). */
  color?: boolean;
  /** Terminal width; summaries wrap to it. */
  columns?: number;
  /** Lines between the checks and the verdict (the drill's RTO/RPO breakdown): the verdict stays last. */
  epilogue?: string;
}

const ANSI: Record<CheckStatus | 'dim' | 'bold', [string, string]> = {
  ok: ['\x1b[32m', '\x1b[39m'],
  warning: ['\x1b[33m', '\x1b[39m'],
  critical: ['\x1b[31m', '\x1b[39m'],
  skipped: ['\x1b[2m', '\x1b[22m'],
  dim: ['\x1b[2m', '\x1b[22m'],
  bold: ['\x1b[1m', '\x1b[22m'],
};

export function paint(color: boolean | undefined, style: keyof typeof ANSI, text: string): string {
  return color ? `${ANSI[style][0]}${text}${ANSI[style][1]}` : text;
}

/**
 * Human output of the CLI: the backup, one aligned row per check (summaries wrapped to the terminal),
 * then the verdict: one line per failing family of checks, never the whole list again.
 */
export function renderText(report: Report, opts: TextOptions = {}): string {
  const columns = opts.columns ?? DEFAULT_COLUMNS;
  const lines = [paint(opts.color, 'bold', `${TITLE[report.kind]} of ${report.source}`)];
  if (report.backup) {
    const b = report.backup;
    lines.push(
      `  backup ${b.key}`,
      `         taken ${formatTime(b.time)}, ${formatBytes(b.size)}${b.format ? `, ${b.format}` : ''}`,
    );
  }
  const idWidth = Math.min(Math.max(...report.checks.map((c) => shownId(c).length), 5), MAX_ID_WIDTH);
  const indent = 2 + 2 + idWidth + 2 + STATUS_WIDTH + 1;
  for (const c of report.checks) {
    const summary = wrap(c.summary, Math.max(30, columns - indent));
    const head =
      `  ${paint(opts.color, c.status, SYMBOL[c.status])} ${truncate(shownId(c), idWidth).padEnd(idWidth)}  ` +
      `${paint(opts.color, c.status, c.status.padEnd(STATUS_WIDTH))} `;
    lines.push(`${head}${summary[0] ?? ''}`);
    for (const more of summary.slice(1)) lines.push(`${' '.repeat(indent)}${more}`);
  }
  if (opts.epilogue) lines.push(opts.epilogue);
  lines.push(...verdictLines(report, columns).map((l, i) => (i === 0 ? paint(opts.color, report.status, l) : l)));
  return redactSecrets(lines.join('\n'));
}

/** An assertion by its name as written; every other check by its id. */
function shownId(c: Check): string {
  return c.label ?? c.id;
}

/** The failing checks grouped by the family an issue would file them under, worst family first. */
function failingFamilies(report: Report): Check[][] {
  const byFamily = new Map<string, Check[]>();
  for (const c of report.checks) {
    if (c.status !== 'warning' && c.status !== 'critical') continue;
    const family = familyOf(report.kind, c.id);
    byFamily.set(family, [...(byFamily.get(family) ?? []), c]);
  }
  const worstFirst = (a: Check, b: Check) => statusRank(b.status) - statusRank(a.status);
  return [...byFamily.values()].map((checks) => checks.sort(worstFirst)).sort((a, b) => worstFirst(a[0], b[0]));
}

/**
 * `CRITICAL: restore: pg_restore failed … (+2 more)`: one line per failing family, each the worst
 * check's summary cut to the width, so a failed drill ends in a line or two, not a wall of text.
 */
export function verdictLines(report: Report, columns = DEFAULT_COLUMNS): string[] {
  const families = failingFamilies(report);
  if (families.length === 0) return [`${report.status.toUpperCase()}: all checks passed`];
  return families.map((checks) => {
    const [worst] = checks;
    const more = checks.length > 1 ? ` (+${checks.length - 1} more)` : '';
    // An assertion's summary starts with its name: saying it twice would only push the reason off the line.
    // An assertion's summary starts with its (long) name: shorten the name, keep the reason after it.
    const label = worst.label;
    const text =
      label !== undefined && worst.summary.startsWith(label)
        ? `${truncate(label, 40)}${worst.summary.slice(label.length)}`
        : `${truncate(shownId(worst), MAX_ID_WIDTH)}: ${worst.summary}`;
    const head = `${worst.status.toUpperCase()}: `;
    return `${head}${truncate(text, Math.max(20, columns - head.length - more.length))}${more}`;
  });
}

/** "newest backup is 26h old (critical after 25h)": the worst check of each failing family, or all is well. */
export function verdictLine(report: Report): string {
  const families = failingFamilies(report);
  if (families.length === 0) return 'all checks passed';
  return families
    .map((checks) => `${checks[0].id}: ${checks[0].summary}${checks.length > 1 ? ` (+${checks.length - 1} more)` : ''}`)
    .join('; ');
}

/** Breaks `text` into lines of at most `width` columns at spaces; a longer word (a key, a URL) stands alone. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}
