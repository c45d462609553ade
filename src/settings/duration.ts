const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
const DURATION = /^(?:\d+(?:\.\d+)?[smhdw])+$/;

/** A century: longer than any schedule or retention; beyond it a number is a typo. */
const MAX_SECONDS = 100 * 366 * 86_400;

export const DURATION_HINT = 'a duration like 90m, 23h, 14d or 1h30m';

/** Parses `90m`, `23h`, `14d`, `1h30m` into seconds; returns undefined when the text is not one. */
export function parseDurationSeconds(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (!DURATION.test(t)) return undefined;
  let total = 0;
  for (const [, amount, unit] of t.matchAll(/(\d+(?:\.\d+)?)([smhdw])/g)) {
    total += Number(amount) * UNIT_SECONDS[unit];
  }
  // 400 nines are a number, but not a duration anyone means ("no gap over Infinityd").
  return Number.isFinite(total) && total <= MAX_SECONDS ? total : undefined;
}
