import { InputError } from '../util/errors.js';

export const BOOLEAN_HINT = 'true, false, yes, no, on, off, 1 or 0';

const TRUE = new Set(['true', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'no', 'off', '0']);

/** `true`/`false` for a word of the boolean grammar, undefined for anything else. */
export function booleanOrUndefined(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (TRUE.has(t)) return true;
  if (FALSE.has(t)) return false;
  return undefined;
}

/**
 * The one boolean grammar of every input and flag: `true/false/yes/no/on/off/1/0`, any case.
 * Anything else is an InputError naming the input, so `issue: maybe` never silently means "yes".
 */
export function parseBoolean(text: string, input = 'value'): boolean {
  const value = booleanOrUndefined(text);
  if (value !== undefined) return value;
  const shown = text.length > 80 ? `${text.slice(0, 80)}…` : text;
  throw new InputError(`Invalid ${input} "${shown}": expected ${BOOLEAN_HINT}`);
}
