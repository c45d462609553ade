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
