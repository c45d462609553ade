import { z } from 'zod';
import {
  checksSchema,
  expectedKeys,
  parseChecksFile,
  parseYaml,
  readConfigText,
  schemaError,
  toChecksFile,
  type ChecksFile,
} from './checks-file.js';
import { INTEGRITY_LEVELS } from '../bytes/integrity-pass.js';
import { zBoolean, zDuration, zEnum, zPercent, zSize, zTimeZone, type RawOptions } from '../settings/options.js';
import { InputError } from '../util/errors.js';
import { DEFAULT_CONFIG_FILE } from './fleet-options.js';
import { addSecret } from '../util/secrets.js';

/** One database of the fleet: the options its verify and drill run with, and its own drill checks. */
export interface FleetEntry {
  name: string;
  /** Option values by input name (`source`, `warn-after` …), as strings, as an input would give them. */
  options: RawOptions;
  /** Secret inputs by the name of the secret (an environment variable at run time), never by value. */
  secrets: Partial<Record<SecretInput, string>>;
  checks?: ChecksFile;
}

/** `.github/lifeboat.yml`: the drill checks of one database, or `databases:` — a fleet. */
export interface LifeboatFile {
  path: string;
  checks?: ChecksFile;
  databases?: FleetEntry[];
}

type SecretInput = 'decryption-passphrase' | 'age-identity';
const SECRET_INPUTS: SecretInput[] = ['decryption-passphrase', 'age-identity'];

// GitHub keeps secret names in capitals (letters, digits, underscores, not starting with a digit or
// GITHUB_); a passphrase or an AGE-SECRET-KEY pasted here is almost never shaped like that.
const SECRET_NAME = /^(?!GITHUB_)[A-Z_][A-Z0-9_]{0,99}$/;
const SECRET_NAME_HINT =
  'expected the name of a secret in capitals, like BACKUP_PASSPHRASE, not its value (the value given is not shown)';

const text = (v: unknown) => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v);
const scalar = <T extends z.ZodType>(schema: T) => z.preprocess(text, schema);
const nonEmpty = z.string().trim().min(1, 'must not be empty');
const required = z.string({
  error: (issue) => (issue.input === undefined ? 'missing: every entry needs a name and a source' : undefined),
});

/** Every option an entry may set, validated as its input is; kept as text for the settings parsers. */
const ENTRY_OPTIONS = {
  database: scalar(nonEmpty),
  'warn-after': scalar(zDuration()),
  'critical-after': scalar(zDuration()),
  'min-size': scalar(zSize()),
  'max-shrink': scalar(zPercent()),
  integrity: scalar(zEnum(INTEGRITY_LEVELS as unknown as ['none', 'checksum', 'archive', 'full'])),
  window: scalar(zDuration()),
  'min-retention': scalar(zDuration()),
  timezone: scalar(zTimeZone()),
  's3-force-path-style': scalar(zBoolean()),
  'postgres-bin-dir': scalar(nonEmpty),
  'rto-target': scalar(zDuration()),
  'rpo-target': scalar(zDuration()),
} as const;

const secretName = scalar(z.string().regex(SECRET_NAME, SECRET_NAME_HINT));
const secretValueRefused = (input: SecretInput) =>
  z.unknown().superRefine((_, ctx) => {
    ctx.addIssue({
      code: 'custom',
      message: `a secret's value does not belong in this file: name the secret with ${input}-secret: NAME and pass it to the step as an environment variable (the value given is not shown)`,
    });
  });

const entrySchema = z.strictObject({
  name: scalar(
    required.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/, 'expected letters, digits, ".", "_" or "-", like billing-eu'),
  ),
  source: scalar(required.trim().min(1, 'must not be empty')),
  ...(Object.fromEntries(Object.entries(ENTRY_OPTIONS).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof ENTRY_OPTIONS]: z.ZodOptional<(typeof ENTRY_OPTIONS)[K]>;
  }),
  'decryption-passphrase-secret': secretName.optional(),
  'age-identity-secret': secretName.optional(),
  'decryption-passphrase': secretValueRefused('decryption-passphrase').optional(),
  'age-identity': secretValueRefused('age-identity').optional(),
  checks: checksSchema.optional(),
});

const fleetSchema = z.strictObject({ databases: z.array(entrySchema).min(1, 'must list at least one database') });

const ENTRY_KEYS = [
  'name',
  'source',
  ...Object.keys(ENTRY_OPTIONS),
  'decryption-passphrase-secret',
  'age-identity-secret',
  'checks',
];

function allowedKeys(issuePath: (string | number)[]): string {
  if (issuePath.length <= 1)
    return 'databases (or, for one database, tables, freshness, assertions, smoke, amcheck or roles)';
  if (issuePath.length === 3) return ENTRY_KEYS.join(', ');
  // databases[i].checks.…: the checks file's own keys.
  return expectedKeys(issuePath.slice(3));
}

/** Parses either form; the single-database form is exactly today's checks file. */
export function parseLifeboatFile(text: string, file: string): LifeboatFile {
  const { doc, lineCounter, data, label } = parseYaml(text, file);
  if (!data || typeof data !== 'object' || Array.isArray(data) || !('databases' in data)) {
    // The single-database form keeps its own parser and messages.
    return { path: file, checks: parseChecksFile(text, file) };
  }
  const parsed = fleetSchema.safeParse(data);
  if (!parsed.success) throw schemaError(doc, lineCounter, label, parsed.error.issues[0], allowedKeys);
  const seen = new Set<string>();
  const databases = parsed.data.databases.map((e, i): FleetEntry => {
    if (seen.has(e.name)) {
      throw schemaError(
        doc,
        lineCounter,
        label,
        {
          code: 'custom',
          path: ['databases', i, 'name'],
          message: `"${e.name}" names an earlier entry too`,
          input: e.name,
        },
        allowedKeys,
      );
    }
    seen.add(e.name);
    const options: RawOptions = {};
    for (const key of ['source', ...Object.keys(ENTRY_OPTIONS)]) {
      const raw = (data as { databases: Array<Record<string, unknown>> }).databases[i][key];
      if (raw !== undefined && raw !== null) options[key] = String(raw);
    }
    return {
      name: e.name,
      options,
      secrets: {
        ...(e['decryption-passphrase-secret'] ? { 'decryption-passphrase': e['decryption-passphrase-secret'] } : {}),
        ...(e['age-identity-secret'] ? { 'age-identity': e['age-identity-secret'] } : {}),
      },
      ...(e.checks ? { checks: toChecksFile(e.checks, `${file} (${e.name})`) } : {}),
    };
  });
  return { path: file, databases };
}

/** Reads the file; a missing default file is undefined, a file named explicitly must exist. */
export async function loadLifeboatFile(
  file: string,
  opts: { explicit: boolean; cwd?: string; inputName?: string },
): Promise<LifeboatFile | undefined> {
  const text = await readConfigText(file, { ...opts, inputName: opts.inputName ?? 'config' });
  return text === undefined ? undefined : parseLifeboatFile(text, file);
}

/** The entry called `name`, or one line listing the names there are. */
export function selectEntry(file: LifeboatFile, name: string): FleetEntry {
  if (!file.databases) {
    throw new InputError(`Invalid name "${name}": ${file.path} lists no databases: (it holds one database's checks)`);
  }
  const entry = file.databases.find((e) => e.name === name);
  if (!entry) {
    throw new InputError(
      `Invalid name "${name}": expected one of ${file.databases.map((e) => e.name).join(', ')} (the databases of ${file.path})`,
    );
  }
  return entry;
}

/**
 * The raw options of one entry's run: the entry's values over the inputs/flags, and each secret it
 * names read from the environment variable of that name (unless the input itself carries a value).
 */
export function entryOptions(entry: FleetEntry, raw: RawOptions, env: NodeJS.ProcessEnv): RawOptions {
  const merged: RawOptions = { ...raw, ...entry.options };
  for (const input of SECRET_INPUTS) {
    const secret = entry.secrets[input];
    if (!secret || raw[input]) continue;
    const value = env[secret];
    if (!value) {
      throw new InputError(
        `database ${entry.name}: ${input}-secret names ${secret}, but no environment variable ${secret} is set; ` +
          `give the step env: ${secret}: \${{ secrets.${secret} }}`,
      );
    }
    addSecret(value);
    merged[input] = value;
  }
  return merged;
}

/** What `strategy.matrix` takes: one job per database, each selecting its entry with `name`. */
export function matrixOf(file: LifeboatFile): { include: Array<{ name: string }> } {
  if (!file.databases) throw new InputError(`${file.path} lists no databases: nothing to fan out`);
  return { include: file.databases.map((e) => ({ name: e.name })) };
}

/**
 * With `name` set, the raw options of that entry's run (entryOptions); without, `raw` as it is.
 * A file named by `name` must exist, so a typo in its path is not "no databases".
 */
export async function withFleetEntry(
  raw: RawOptions,
  opts: { file: string | undefined; cwd?: string; env: NodeJS.ProcessEnv },
): Promise<{ raw: RawOptions; entry?: FleetEntry }> {
  const name = raw.name?.trim();
  if (!name) return { raw };
  const file = await loadLifeboatFile(opts.file || DEFAULT_CONFIG_FILE, { explicit: true, cwd: opts.cwd });
  const entry = selectEntry(file as LifeboatFile, name);
  return { raw: entryOptions(entry, raw, opts.env), entry };
}
