import { z } from 'zod';
import { InputError, errorMessage } from '../util/errors.js';
import { requireAgeIdentity } from './age-identity.js';
import { requireBinDir } from './local-paths.js';
import { addSecret, addUrlSecrets } from '../util/secrets.js';
import { BOOLEAN_HINT, booleanOrUndefined } from './boolean.js';
import { DURATION_HINT, parseDurationSeconds } from './duration.js';
import { SIZE_HINT, parseSizeBytes } from './size.js';

/**
 * One table of options per command serves both front ends: the action reads each as an input
 * (`core.getInput(name)`), the CLI as a `--name` flag, and action.yml is checked against it in tests.
 */
export interface OptionSpec {
  description: string;
  /** Shown in action.yml and --help; applied when the input is empty or the flag absent. */
  default?: string;
  required?: boolean;
  /** A flag without a value (`--json`); as an action input it is the strings "true"/"false". */
  boolean?: boolean;
  /** Only the CLI has it (`--json`), or only the action (`github-token`). */
  only?: 'cli' | 'action';
  /** The value is a secret: registered for redaction before anything else happens. */
  secret?: boolean;
  /** Environment variables the CLI reads, first set wins, when the flag is absent (secrets stay out of argv). */
  env?: string[];
  /** The CLI's default when it differs from the action's (`fail-on`: the monitoring convention). */
  cliDefault?: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

/** Raw values as the front end found them; `undefined` means "not given" (the default applies). */
export type RawOptions = Record<string, string | undefined>;

/**
 * Registers every secret among raw options before anything can echo them: values of `secret`
 * options whole, and the password of any URL-valued option (database-url, target).
 */
export function registerSecrets(specs: OptionSpecs, raw: RawOptions): void {
  for (const [name, value] of Object.entries(raw)) {
    if (!value) continue;
    if (specs[name]?.secret) addSecret(value);
    if (value.includes('://')) addUrlSecrets(value);
  }
}

/** Applies defaults; empty strings count as "not given" (GitHub passes unset inputs as ""). */
export function withDefaults(specs: OptionSpecs, raw: RawOptions): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const given = raw[name];
    const value = given === undefined || given === '' ? spec.default : given;
    out[name] = value === '' ? undefined : value;
  }
  return out;
}

/**
 * Parses raw options with a zod schema whose keys are the option names; the first problem becomes
 * one InputError line naming the option, the value and what is accepted.
 */
export function parseOptions<T extends z.ZodType>(specs: OptionSpecs, schema: T, raw: RawOptions): z.output<T> {
  const values = withDefaults(specs, raw);
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.required && (values[name] === undefined || values[name] === '')) {
      throw new InputError(`Missing ${name}: ${spec.description}`);
    }
  }
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = String(issue.path[0] ?? 'input');
  const value = values[name];
  // A secret is never quoted back, even redacted.
  const shown =
    value === undefined || specs[name]?.secret ? '' : ` "${value.length > 80 ? `${value.slice(0, 80)}…` : value}"`;
  throw new InputError(`Invalid ${name}${shown}: ${issue.message}`);
}

/** Fails a zod transform with the one message saying what is accepted. */
export function refuse(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
}

/** An input that is off when empty; `parse` gets the trimmed text of one that is given. */
export const zOptional = <T>(parse: (text: string, ctx: z.RefinementCtx) => T) =>
  z
    .string()
    .optional()
    .transform((text, ctx) => {
      const t = text?.trim() ?? '';
      return t === '' ? undefined : parse(t, ctx);
    });

export const zDuration = (opts: { allowZero?: boolean } = {}) =>
  z.string().transform((text, ctx) => {
    const seconds = parseDurationSeconds(text);
    if (seconds === undefined || (!opts.allowZero && seconds <= 0)) {
      return refuse(ctx, `expected ${DURATION_HINT}`);
    }
    return seconds;
  });

export const zOptionalDuration = () => z.string().optional().pipe(zDuration().optional());

export const zSize = () =>
  z.string().transform((text, ctx) => {
    const bytes = parseSizeBytes(text);
    if (bytes === undefined) {
      return refuse(ctx, `expected ${SIZE_HINT}`);
    }
    return bytes;
  });

export const zPercent = () =>
  z.string().transform((text, ctx) => {
    const m = /^(\d+(?:\.\d+)?)\s*%?$/.exec(text.trim());
    const v = m ? Number(m[1]) : NaN;
    if (!m || v < 0 || v > 100) {
      return refuse(ctx, 'expected a percentage from 0% to 100%, like 50%');
    }
    return v / 100;
  });

export const zBoolean = () =>
  z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (text === undefined || text.trim() === '') return false;
      const value = booleanOrUndefined(text);
      if (value !== undefined) return value;
      return refuse(ctx, `expected ${BOOLEAN_HINT}`);
    });

/** A secret key input, checked but never echoed. */
export const zAgeIdentity = () =>
  z
    .string()
    .optional()
    .superRefine((text, ctx) => {
      if (!text?.trim()) return;
      try {
        requireAgeIdentity(text);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: errorMessage(error).replace(/^Invalid age-identity: /, '') });
      }
    });

/**
 * A local directory of PostgreSQL tools: must exist and hold `tools` (or every one of `orTools`:
 * the drill takes a directory of server binaries alone, its client tools then come from elsewhere),
 * or another one is used silently.
 */
export const zBinDir = (tools: readonly string[], orTools?: readonly string[]) =>
  z
    .string()
    .optional()
    .superRefine((text, ctx) => {
      if (!text?.trim()) return;
      try {
        requireBinDir(text.trim(), tools);
      } catch (error) {
        if (orTools) {
          try {
            requireBinDir(text.trim(), orTools);
            return;
          } catch {
            // The first set's message says what is missing.
          }
        }
        ctx.addIssue({
          code: 'custom',
          message: errorMessage(error).replace(/^Invalid postgres-bin-dir "[^"]*": /, ''),
        });
      }
    });

export const zEnum = <T extends string>(values: readonly [T, ...T[]]) =>
  z.string().transform((text, ctx) => {
    const t = text.trim().toLowerCase() as T;
    if (!values.includes(t)) {
      return refuse(ctx, `expected one of ${values.join(', ')}`);
    }
    return t;
  });

export const zTimeZone = () =>
  z.string().refine(
    (zone) => {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    },
    { message: 'expected an IANA time zone like UTC or Europe/Berlin' },
  );
