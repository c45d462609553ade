import { drillOptions, parseDrillSettings, type BackupSelector } from '../drill/drill-settings.js';
import type { OptionSpecs, RawOptions } from '../settings/options.js';
import { errorMessage, InputError } from '../util/errors.js';
import { parseTableIdentifier } from '../postgres/identifiers.js';

/**
 * `lifeboat restore` and `lifeboat extract` select and read backups exactly as the drill does, so
 * their shared options are the drill's own specs and are validated by the drill's parser: the same
 * flag means the same thing, with the same error message, in all three commands.
 */
const shared = {
  source: drillOptions.source,
  backup: drillOptions.backup,
  'postgres-bin-dir': drillOptions['postgres-bin-dir'],
  database: drillOptions.database,
  timezone: drillOptions.timezone,
  's3-force-path-style': drillOptions['s3-force-path-style'],
  'decryption-passphrase': drillOptions['decryption-passphrase'],
  'age-identity': drillOptions['age-identity'],
} satisfies OptionSpecs;

export const restoreOptions = {
  ...shared,
  target: {
    description:
      'The postgresql:// URL of the database to restore into. It must hold no tables unless --allow-overwrite.',
    required: true,
    // Not a whole secret: its password is masked (registerSecrets), its host and database stay readable.
    env: ['LIFEBOAT_TARGET_URL'],
  },
  table: {
    description:
      'Restore only this table, a SQL name like public.orders or public."Order Items" (its definition, data and dependents); repeat for more. Default: everything.',
  },
  'allow-overwrite': {
    description:
      'Restore even though the target database already holds tables (its restored objects are dropped first).',
    default: 'false',
    boolean: true,
  },
  'production-database-url': drillOptions['production-database-url'],
  jobs: drillOptions.jobs,
} satisfies OptionSpecs;

export const extractOptions = {
  ...shared,
  table: {
    description:
      'The table whose data to write to stdout as SQL (COPY … FROM stdin), a SQL name like public.orders or public."Order Items"; load it with psql.',
    required: true,
  },
} satisfies OptionSpecs;

export interface TableName {
  schema: string;
  table: string;
}

export interface SelectionSettings {
  source: string;
  backup: BackupSelector;
  postgresBinDir?: string;
  database?: string;
  timezone: string;
  s3ForcePathStyle: boolean;
  /** Keys of encrypted backups, as the drill takes them (secrets). */
  decryptionPassphrase?: string;
  ageIdentity?: string;
}

export interface RestoreSettings extends SelectionSettings {
  target: string;
  tables: TableName[];
  allowOverwrite: boolean;
  productionDatabaseUrl?: string;
  jobs: number;
}

export interface ExtractSettings extends SelectionSettings {
  table: TableName;
}

/**
 * `schema.table`, or a bare `table` in public, as SQL reads names: unquoted parts fold to lower case,
 * `public."Order Items"` and `"tenant.acme".orders` keep theirs.
 */
export function parseTableName(text: string): TableName {
  try {
    return parseTableIdentifier(text);
  } catch (error) {
    throw new InputError(
      `Invalid table "${text}": ${errorMessage(error)}; expected schema.table as SQL names, like public.inventory_ledger or public."Order Items"`,
    );
  }
}

export function qualifiedName(t: TableName): string {
  return `${t.schema}.${t.table}`;
}

function parseSelection(raw: RawOptions, extra: RawOptions) {
  // /dev/null: the drill parser resolves a checks file, which restore and extract never read.
  return parseDrillSettings({ ...pick(raw, Object.keys(shared)), ...extra, checks: '/dev/null' });
}

function pick(raw: RawOptions, keys: string[]): RawOptions {
  return Object.fromEntries(keys.filter((k) => raw[k] !== undefined).map((k) => [k, raw[k]]));
}

/** `tables` are the repeated --table values (the flag parser keeps only the last of a repeated flag). */
export function parseRestoreSettings(raw: RawOptions, tables: string[]): RestoreSettings {
  const target = raw.target?.trim();
  if (!target) throw new InputError(`Missing target: ${restoreOptions.target.description}`);
  if (target.toLowerCase() === 'ephemeral') {
    throw new InputError(
      'Invalid target "ephemeral": restore writes into a database you keep; for a throwaway restore run lifeboat drill',
    );
  }
  const s = parseSelection(raw, {
    target,
    'allow-overwrite': raw['allow-overwrite'],
    'production-database-url': raw['production-database-url'],
    jobs: raw.jobs,
  });
  return {
    source: s.source,
    backup: s.backup,
    postgresBinDir: s.postgresBinDir,
    database: s.database,
    timezone: s.timezone,
    s3ForcePathStyle: s.s3ForcePathStyle,
    decryptionPassphrase: s.decryptionPassphrase,
    ageIdentity: s.ageIdentity,
    target: s.target,
    tables: tables.map(parseTableName),
    allowOverwrite: s.allowOverwrite,
    productionDatabaseUrl: s.productionDatabaseUrl,
    jobs: s.jobs,
  };
}

export function parseExtractSettings(raw: RawOptions): ExtractSettings {
  if (!raw.table?.trim()) throw new InputError(`Missing table: ${extractOptions.table.description}`);
  const table = parseTableName(raw.table);
  const s = parseSelection(raw, {});
  return {
    source: s.source,
    backup: s.backup,
    postgresBinDir: s.postgresBinDir,
    database: s.database,
    timezone: s.timezone,
    s3ForcePathStyle: s.s3ForcePathStyle,
    decryptionPassphrase: s.decryptionPassphrase,
    ageIdentity: s.ageIdentity,
    table,
  };
}
