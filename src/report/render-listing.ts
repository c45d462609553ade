import type { BackupListingReport, ListedBackup, ListingGap, NamedFormat } from './listing.js';
import { redactSecrets } from '../util/secrets.js';
import { formatAge, formatBytes, formatTime, plural } from './format.js';
import { paint } from './render.js';

const TIME_SOURCE: Record<ListedBackup['time_source'], string> = {
  manifest: 'manifest',
  name: 'name',
  'last-modified': 'last-modified',
};

export function describeFormat(f: NamedFormat): string {
  return [f.container ?? '?', f.compression, f.encryption].filter(Boolean).join('+');
}

function files(b: ListedBackup): string {
  const have = [b.sidecars.manifest ? 'manifest' : '', b.sidecars.sha256 ? 'sha256' : ''].filter(Boolean).join(' ');
  return `${have || '-'}${b.incomplete ? ' INCOMPLETE' : ''}`;
}

function gapLine(gap: ListingGap): string {
  const days = gap.days_without_backup;
  const none = days.length
    ? `: no backup on ${days.length > 4 ? `${days[0]} … ${days.at(-1)} (${days.length} days)` : days.join(', ')}`
    : '';
  return `gap of ${formatAge(gap.seconds)}${none}`;
}

/** The totals under the listing: count and size with the largest gap, then the newest and the oldest. */
export function listingTotals(listing: BackupListingReport): string[] {
  const t = listing.totals;
  if (t.count === 0) return [`no backups in ${listing.source}`];
  const now = Date.parse(listing.generated_at);
  const when = (iso: string) => `${formatTime(iso)} (${formatAge((now - Date.parse(iso)) / 1000)} ago)`;
  const gaps = listing.gaps.length
    ? ` (${plural(listing.gaps.length, 'gap')} over ${formatAge(listing.gap_threshold_seconds)})`
    : '';
  const largest =
    t.largest_interval_seconds === undefined ? '' : `; largest gap ${formatAge(t.largest_interval_seconds)}${gaps}`;
  return [
    `${plural(t.count, 'backup')}, ${formatBytes(t.size)} in total${largest}`,
    `newest ${when(t.newest as string)}, oldest ${when(t.oldest as string)}`,
  ];
}

/**
 * `lifeboat list`: one aligned row per backup, newest first, key last (the only cell that may run
 * past the terminal's width), gaps as lines of their own where they fall, totals at the end.
 */
export function renderListingText(listing: BackupListingReport, opts: { color?: boolean } = {}): string {
  const header = ['TAKEN (UTC)', 'FROM', 'AGE', 'SIZE', 'FORMAT', 'FILES', 'KEY'];
  const rows = listing.backups.map((b) => [
    formatTime(b.time).replace(' UTC', ''),
    TIME_SOURCE[b.time_source],
    formatAge(b.age_seconds),
    formatBytes(b.size),
    describeFormat(b.format),
    files(b),
    b.key,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    `  ${cells
      .map((c, i) => (i === cells.length - 1 ? c : i === 3 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')}`;
  const gapsAfter = new Map(listing.gaps.map((g) => [g.to, g]));
  const out = [`Backups in ${listing.source}, newest first`];
  if (rows.length) out.push(paint(opts.color, 'dim', line(header)));
  listing.backups.forEach((b, i) => {
    const row = line(rows[i]);
    out.push(b.incomplete ? paint(opts.color, 'warning', row) : row);
    const gap = gapsAfter.get(b.key);
    if (gap) out.push(paint(opts.color, 'warning', `  ┄┄ ${gapLine(gap)} ┄┄`));
  });
  out.push(...listingTotals(listing));
  return redactSecrets(out.join('\n'));
}

/** The same table for the verify job summary, folded away under its totals. */
export function renderListingMarkdown(listing: BackupListingReport, opts: { limit?: number } = {}): string {
  const limit = opts.limit ?? 200;
  const gapsAfter = new Map(listing.gaps.map((g) => [g.to, g]));
  const cell = (s: string) => s.replaceAll('|', '\\|');
  const out = [
    `<details><summary>Backups: ${cell(listingTotals(listing).join('; '))}</summary>`,
    '',
    '| taken (UTC) | from | age | size | format | sidecars | key |',
    '|---|---|---:|---:|---|---|---|',
  ];
  for (const b of listing.backups.slice(0, limit)) {
    out.push(
      `| ${formatTime(b.time).replace(' UTC', '')} | ${TIME_SOURCE[b.time_source]} | ${formatAge(b.age_seconds)} | ` +
        `${formatBytes(b.size)} | ${describeFormat(b.format)} | ${files(b)} | \`${cell(b.key)}\` |`,
    );
    const gap = gapsAfter.get(b.key);
    if (gap) out.push(`| ⚠️ | | | | | | **${cell(gapLine(gap))}** |`);
  }
  if (listing.backups.length > limit) {
    out.push('', `… and ${plural(listing.backups.length - limit, 'older backup')}: \`lifeboat list\` shows them all.`);
  }
  out.push('', '</details>');
  return redactSecrets(out.join('\n'));
}
