import { formatCount, plural, shortHash, truncate } from './format.js';
import { type Check, type CheckStatus, displayThreshold, displayValue, statusRank } from './report.js';

/**
 * The Markdown both the job summary and the issues are made of: one headline, failing checks first,
 * passing ones folded away, values a person reads at a glance. One renderer, so that a summary and its
 * issue never disagree on what a value means.
 */

export const ICONS: Record<CheckStatus, string> = { ok: '✅', warning: '⚠️', critical: '❌', skipped: '➖' };

// A digest, whole or already cut by its check (`389d6be7eaad38cd…`): 16 hex digits or more.
const HEX_HASH = /\b[0-9a-f]{16,128}\b…?/gi;

/**
 * A check's value or threshold as a person reads it: its display string (sizes, durations, counts
 * with separators), digests cut to 12 hex — the JSON report keeps the full value.
 */
export function cellValue(check: Check, field: 'value' | 'threshold'): string {
  const shown = field === 'value' ? displayValue(check) : displayThreshold(check);
  return shown === undefined ? '' : shortenHashes(shown);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Table cell text: one line, pipes escaped, and no `<` so that a stray `<!--` cannot hide the rest. */
export function cell(text: string | undefined): string {
  if (!text) return '';
  return oneLine(text).replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

/** Digests in prose are shortened too: a 64-hex string in a sentence pushes the rest off-screen. */
export function shortenHashes(text: string): string {
  return text.replace(HEX_HASH, (h) => `${shortHash(h)}…`);
}

export function isFailing(check: Check): boolean {
  return check.status === 'warning' || check.status === 'critical';
}

/**
 * Checks that explain a failure in words ("archive truncated") before those that only show its effect
 * (a checksum mismatch of two hex strings, a small size, a row count).
 */
const TELLING = [
  'store',
  'exists',
  'connect',
  'backup',
  'dump',
  'archive',
  'content',
  'manifest',
  'restore',
  'target',
  'fetch',
  'recency',
  'future',
  'drill-age',
  'tables',
  'smoke',
  'checksum',
  'size',
  'rows',
];

function tellingRank(id: string): number {
  const i = TELLING.indexOf(id);
  return i === -1 ? TELLING.length : i;
}

/** Worst first; among equals the more telling check, then the report's order. */
export function worstFirst(checks: Check[]): Check[] {
  return checks
    .map((c, i) => ({ c, i }))
    .sort(
      (a, b) =>
        statusRank(b.c.status) - statusRank(a.c.status) || tellingRank(a.c.id) - tellingRank(b.c.id) || a.i - b.i,
    )
    .map(({ c }) => c);
}

/** The failure that best says what is wrong, or undefined when nothing fails. */
export function mostTelling(checks: Check[]): Check | undefined {
  return worstFirst(checks.filter(isFailing))[0];
}

export function summaryOf(check: Check): string {
  return shortenHashes(oneLine(check.summary)).replace(/\.$/, '');
}

/** The headline stays one line on a laptop: each part is cut at a word, the full text is in the table below. */
export const HEADLINE_PART = 120;

/**
 * One line a person reads first: the most telling failure, the counts and the next step.
 * "❌ **archive**: the archive ends before its data does · 2 of 9 checks failing (2 critical) · Next: …"
 */
export function headline(checks: Check[], nextStep?: string): string {
  const worst = mostTelling(checks);
  const judged = checks.filter((c) => c.status !== 'skipped');
  if (!worst) {
    const skipped = checks.length - judged.length;
    return `${ICONS.ok} All ${plural(judged.length, 'check')} passed${skipped ? ` (${formatCount(skipped)} not run)` : ''}.`;
  }
  const failing = checks.filter(isFailing);
  const critical = failing.filter((c) => c.status === 'critical').length;
  const warning = failing.length - critical;
  const counts = [critical ? `${formatCount(critical)} critical` : '', warning ? `${formatCount(warning)} warning` : '']
    .filter(Boolean)
    .join(', ');
  const next = nextStep ? ` · **Next:** ${truncate(oneLine(nextStep), HEADLINE_PART)}` : '';
  return `${ICONS[worst.status]} **${worst.id}**: ${truncate(summaryOf(worst), HEADLINE_PART)} · ${failing.length} of ${plural(judged.length, 'check')} failing (${counts})${next}`;
}

/**
 * `shownValues`: an assertion's returned value (`show_value: true` in the checks file) is table data: the
 * job summary may show it, an issue never does.
 */
function table(checks: Check[], shownValues: boolean): string {
  const found = (c: Check) =>
    shownValues && c.shown_value !== undefined ? `${summaryOf(c)} (returned: ${c.shown_value})` : summaryOf(c);
  const rows = checks.map(
    (c) =>
      `| ${ICONS[c.status]} | \`${cell(c.label ?? c.id)}\` | ${cell(found(c))} | ${cell(cellValue(c, 'value'))} | ${cell(cellValue(c, 'threshold'))} |`,
  );
  // The explanation sits before the figures: on a narrow screen it is what must stay visible.
  return ['| | check | what was found | value | limit |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** Failing checks in a table, worst first; the passing and skipped ones folded in a `<details>` below. */
export function checksMarkdown(checks: Check[], opts: { shownValues?: boolean } = {}): string {
  const shown = opts.shownValues ?? false;
  const failing = worstFirst(checks.filter(isFailing));
  const rest = checks.filter((c) => !isFailing(c));
  const out: string[] = [];
  if (failing.length) out.push(table(failing, shown));
  if (rest.length) {
    const ok = rest.filter((c) => c.status === 'ok').length;
    const skipped = rest.length - ok;
    const label = [ok ? `${plural(ok, 'check')} passed` : '', skipped ? `${formatCount(skipped)} not run` : '']
      .filter(Boolean)
      .join(', ');
    if (failing.length) out.push('');
    out.push(`<details><summary>${label}</summary>`, '', table(rest, shown), '', '</details>');
  }
  return out.join('\n');
}

/** "What to do next" with numbered steps; the same section in the job summary and in the issue. */
export function nextStepsMarkdown(steps: string[]): string {
  if (steps.length === 0) return '';
  return ['### What to do next', '', ...steps.map((s, i) => `${i + 1}. ${s}`)].join('\n');
}

export interface IssueLink {
  number: number;
  url: string;
  title?: string;
}

/** "Issue: #12 Backup critical — …" lines for the job summary. */
export function issueLinks(issues: IssueLink[]): string {
  if (issues.length === 0) return '';
  return issues.map((i) => `**Issue:** [#${i.number}${i.title ? ` ${cell(i.title)}` : ''}](${i.url})`).join('  \n');
}
