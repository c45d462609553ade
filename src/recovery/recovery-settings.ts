import { z } from 'zod';
import { parseTableIdentifier } from '../postgres/identifiers.js';
import { decryption } from '../settings/decryption.js';
import { discovery } from '../settings/discovery.js';
import type { RawOptions } from '../settings/options.js';
import { restoreBinDir } from '../settings/postgres-bin-dir.js';
import { restoreTarget } from '../settings/restore-target.js';
import { selection } from '../settings/selection.js';
import { composeSettings, settingsGroup, type SettingsOf } from '../settings/settings-group.js';
import { errorMessage, InputError } from '../util/errors.js';

export interface TableName {
  schema: string;
  table: string;
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

/**
 * `lifeboat restore` and `lifeboat extract` find, select and decrypt backups as the drill does: the
 * same groups, so the same flag means the same thing, with the same message, in all three commands.
 */
const fetching = [discovery(), selection(), restoreBinDir, decryption] as const;

const restoreSettings = composeSettings(
  ...fetching,
  restoreTarget('restore'),
  settingsGroup(
    {
      table: {
        description:
          'Restore only this table, a SQL name like public.orders or public."Order Items" (its definition, data and dependents); repeat for more. Default: everything.',
      },
    },
    {},
    () => ({}),
  ),
);

const extractSettings = composeSettings(
  ...fetching,
  settingsGroup(
    {
      table: {
        description:
          'The table whose data to write to stdout as SQL (COPY … FROM stdin), a SQL name like public.orders or public."Order Items"; load it with psql.',
        required: true,
      },
    },
    { table: z.string() },
    (_v, raw) => ({ table: parseTableName(raw.table ?? '') }),
  ),
);

export const restoreOptions = restoreSettings.options;
export const extractOptions = extractSettings.options;

/** What fetching one backup takes: where, which, with which tools and keys. */
export type SelectionSettings = SettingsOf<typeof fetching>;

export type RestoreSettings = ReturnType<typeof restoreSettings.parse> & { tables: TableName[] };
export type ExtractSettings = ReturnType<typeof extractSettings.parse>;

/** `tables` are the repeated --table values (the flag parser keeps only the last of a repeated flag). */
export function parseRestoreSettings(raw: RawOptions, tables: string[]): RestoreSettings {
  return { ...restoreSettings.parse(raw), tables: tables.map(parseTableName) };
}

export function parseExtractSettings(raw: RawOptions): ExtractSettings {
  return extractSettings.parse(raw);
}
