import type { ListedBackup } from './listing.js';

const UNITS: [string, number][] = [
  ['GiB', 1024 ** 3],
  ['MiB', 1024 ** 2],
  ['KiB', 1024],
  ['B', 1],
];
const DAY_MS = 86_400_000;

/**
 * A mermaid `xychart-beta` (GitHub renders it in job summaries) of the size of each day's newest
 * backup over the window, one bar per UTC day: a day without a backup is a bar of 0, so a missing
 * night is a visible hole rather than a line quietly joining its neighbours.
 */
export function sizeChart(
  backups: Pick<ListedBackup, 'time' | 'size'>[],
  opts: { now: Date; windowSeconds: number },
): string {
  const days = Math.max(1, Math.min(92, Math.ceil(opts.windowSeconds / 86_400)));
  const today = Date.UTC(opts.now.getUTCFullYear(), opts.now.getUTCMonth(), opts.now.getUTCDate());
  const first = today - (days - 1) * DAY_MS;
  const sizes: (number | undefined)[] = Array.from({ length: days }, () => undefined);
  const newestAt: number[] = [];
  for (const b of backups) {
    const t = Date.parse(b.time);
    const i = Math.floor((t - first) / DAY_MS);
    if (i < 0 || i >= days) continue;
    if (sizes[i] === undefined || t > newestAt[i]) {
      sizes[i] = b.size;
      newestAt[i] = t;
    }
  }
  const max = Math.max(0, ...sizes.map((s) => s ?? 0));
  const [unit, scale] = UNITS.find(([, bytes]) => max >= bytes) ?? ['B', 1];
  const labels = sizes.map((_, i) => `"${new Date(first + i * DAY_MS).toISOString().slice(5, 10)}"`);
  const values = sizes.map((s) => (s === undefined ? 0 : Math.round((s / scale) * 100) / 100));
  const missing = sizes.filter((s) => s === undefined).length;
  const title = `Backup size per day (${unit}), last ${days} days${missing ? `: ${missing} without a backup (0)` : ''}`;
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${title}"`,
    `    x-axis [${labels.join(', ')}]`,
    `    y-axis "${unit}" 0 --> ${Math.max(1, Math.ceil((max / scale) * 1.1))}`,
    `    bar [${values.join(', ')}]`,
    '```',
  ].join('\n');
}
