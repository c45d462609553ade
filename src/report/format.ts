/**
 * Human formatting shared by every renderer (terminal, job summary, issue): one spelling of a size, a
 * duration, a count and a hash wherever Lifeboat shows one.
 */

const BYTE_UNITS = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/** `512` → `512 B`, `1536` → `1.5 KiB`, `3 GiB` → `3.0 GiB`; binary units, as `--max-size` parses them. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return String(bytes);
  const sign = bytes < 0 ? '-' : '';
  let v = Math.abs(bytes);
  if (v < 1024) return `${sign}${Math.round(v)} B`;
  let i = -1;
  do {
    v /= 1024;
    i++;
  } while (v >= 1023.95 && i < BYTE_UNITS.length - 1);
  return `${sign}${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ${BYTE_UNITS[i]}`;
}

/**
 * `93600` → `26h`, `5400` → `1h30m`, `90` → `1m30s`, `302400` → `3d12h`: at most two units, no spaces, so
 * the text is also a valid duration input (the inverse of parseDurationSeconds for messages and thresholds).
 */
export function formatDuration(seconds: number): string {
  const [sign, parts] = durationParts(seconds, 3);
  return parts.length ? sign + parts.join('') : '0s';
}

/**
 * An age or a gap for tables and lists: `31h12m` under two days, `2d 4h` from two days on. Days read better
 * than hours once the number of hours stops being a glance ("52h" vs "2d 4h").
 */
export function formatAge(seconds: number): string {
  const [sign, parts] = durationParts(seconds, 2);
  return parts.length ? sign + parts.join(parts[0].endsWith('d') ? ' ' : '') : '0s';
}

/** The two most significant units of a span; whole days only from `daysFrom` days on. */
function durationParts(seconds: number, daysFrom: number): [string, string[]] {
  if (!Number.isFinite(seconds)) return ['', [String(seconds)]];
  const sign = seconds < 0 ? '-' : '';
  let s = Math.round(Math.abs(seconds));
  const parts: string[] = [];
  const days = Math.floor(s / 86400);
  if (days >= daysFrom) {
    parts.push(`${days}d`);
    s -= days * 86400;
  }
  const hours = Math.floor(s / 3600);
  if (hours) parts.push(`${hours}h`);
  s -= hours * 3600;
  const minutes = Math.floor(s / 60);
  if (minutes) parts.push(`${minutes}m`);
  s -= minutes * 60;
  // Seconds are noise next to hours ("40h1s"); they matter only for short spans.
  if (s && hours === 0 && parts.length < 2 && !(days >= daysFrom)) parts.push(`${s}s`);
  return [sign, parts.slice(0, 2)];
}

/** `408040` → `408,040`: thousands separators in every count Lifeboat prints, whatever the locale. */
export function formatCount(n: number): string {
  return Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: 2 }) : String(n);
}

/**
 * `plural(1, 'table')` → `1 table`, `plural(20000, 'backup')` → `20,000 backups`,
 * `plural(2, 'entry', 'entries')` → `2 entries`.
 */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : pluralForm}`;
}

/** The noun alone, for phrases where the count is printed elsewhere or spelled out. */
export function nounFor(n: number, singular: string, pluralForm = `${singular}s`): string {
  return n === 1 ? singular : pluralForm;
}

/** The first 12 hex digits of a digest: enough to tell backups apart, short enough for a table cell. */
export function shortHash(hex: string): string {
  return hex.trim().toLowerCase().slice(0, 12);
}

/** `2026-11-29T10:05:00.000Z` → `2026-11-29 10:05 UTC`: minute precision, always UTC. */
export function formatTime(at: Date | string): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(d.getTime())) return String(at);
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** `0.4213` → `42%`, `0.0042` → `0.4%`. */
export function formatPercent(fraction: number): string {
  const p = fraction * 100;
  return `${p !== 0 && Math.abs(p) < 10 ? p.toFixed(1) : p.toFixed(0)}%`;
}

/**
 * Shortens `text` to at most `width` characters, cutting at the last word boundary and ending with `…`
 * (a cut mid-word reads as a different name). A single word longer than `width` is cut where it must be.
 */
export function truncate(text: string, width: number): string {
  if (text.length <= width) return text;
  if (width <= 1) return '…'.slice(0, width);
  const room = text.slice(0, width - 1);
  const boundary = Math.max(room.lastIndexOf(' '), room.lastIndexOf('-'), room.lastIndexOf('_'), room.lastIndexOf('.'));
  const cut = boundary > width / 3 ? room.slice(0, boundary) : room;
  return `${cut.replace(/[\s\-_.,:;]+$/, '')}…`;
}
