import { InputError } from '../util/errors.js';

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
const DURATION = /^(?:\d+(?:\.\d+)?[smhdw])+$/;

export const DURATION_HINT = 'a duration like 90m, 23h, 14d or 1h30m';

/** Parses `90m`, `23h`, `14d`, `1h30m` into seconds; returns undefined when the text is not one. */
export function parseDurationSeconds(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (!DURATION.test(t)) return undefined;
  let total = 0;
  for (const [, amount, unit] of t.matchAll(/(\d+(?:\.\d+)?)([smhdw])/g)) {
    total += Number(amount) * UNIT_SECONDS[unit];
  }
  return total;
}

export function requireDuration(input: string, text: string): number {
  const seconds = parseDurationSeconds(text);
  if (seconds === undefined) {
    throw new InputError(`Invalid ${input} "${text}": expected ${DURATION_HINT}.`);
  }
  return seconds;
}

/** `93600` → `26h`, `5400` → `1h30m`, `90` → `1m30s`: the inverse of parseDurationSeconds for messages. */
export function formatDuration(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  let s = Math.round(Math.abs(seconds));
  if (s === 0) return '0s';
  const parts: string[] = [];
  const days = Math.floor(s / 86400);
  // Up to 3 days, hours read better than days ("49h old" matches the 23h/25h thresholds).
  if (days >= 3) {
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
  if (s && hours === 0 && days === 0 && parts.length < 2) parts.push(`${s}s`);
  return sign + parts.slice(0, 2).join('');
}
