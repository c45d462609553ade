import { z } from 'zod';
import { settingsGroup } from './settings-group.js';
import { zBoolean, zTimeZone } from './options.js';

const s3AddressingOption = {
  's3-force-path-style': {
    description: 'Use path-style S3 addressing (MinIO, some S3-compatible stores).',
    default: 'false',
    boolean: true,
  },
};

/** How an S3 store is addressed: every command that opens a store, the backup's destination too. */
export const s3Addressing = settingsGroup(s3AddressingOption, { 's3-force-path-style': zBoolean() }, (v) => ({
  s3ForcePathStyle: v['s3-force-path-style'],
}));

/** What most commands accept as `source`; verify and list also take a railway:// URL. */
export const SOURCE_DESCRIPTION = 'Where the backups live: a folder path, file:///path or s3://bucket/prefix.';

export interface DiscoverySettings {
  source: string;
  database?: string;
  timezone: string;
  s3ForcePathStyle: boolean;
}

/**
 * Where a command's backups are and how they are told apart in a store: the same for verify, drill,
 * list, restore and extract. Only the description of `source` differs (what the command accepts).
 */
export function discovery(sourceDescription = SOURCE_DESCRIPTION) {
  return settingsGroup(
    {
      source: { description: sourceDescription, required: true },
      database: { description: 'Only backups of this database, when a prefix holds several.', default: '' },
      timezone: {
        description: 'Time zone of timestamps in backup names that carry none (IANA name).',
        default: 'UTC',
      },
      ...s3AddressingOption,
    },
    {
      source: z.string().trim().min(1),
      database: z.string().optional(),
      timezone: zTimeZone(),
      's3-force-path-style': zBoolean(),
    },
    (v): DiscoverySettings => ({
      source: v.source,
      database: v.database || undefined,
      timezone: v.timezone,
      s3ForcePathStyle: v['s3-force-path-style'],
    }),
  );
}
