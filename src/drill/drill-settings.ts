import { z } from 'zod';
import { drillFleet } from '../fleet/fleet-options.js';
import { decryption } from '../settings/decryption.js';
import { discovery } from '../settings/discovery.js';
import { refuse, zBoolean, zDuration } from '../settings/options.js';
import { restoreBinDir } from '../settings/postgres-bin-dir.js';
import { publication } from '../settings/publication.js';
import { restoreTarget } from '../settings/restore-target.js';
import { selection } from '../settings/selection.js';
import { composeSettings, settingsGroup } from '../settings/settings-group.js';
import { parsePostgresVersion, POSTGRES_VERSION_HINT, type PostgresVersionSetting } from './postgres-version.js';

export const DEFAULT_CHECKS_FILE = '.github/lifeboat.yml';

const zPostgresVersion = () =>
  z.string().transform((text, ctx): PostgresVersionSetting => {
    const parsed = parsePostgresVersion(text);
    if (parsed) return parsed;
    return refuse(ctx, POSTGRES_VERSION_HINT);
  });

/** What only the drill has: its checks, the server it boots, its RTO/RPO targets and its extra proofs. */
const drillChecks = settingsGroup(
  {
    checks: {
      description:
        'The checks file (tables, freshness, assertions, smoke, amcheck). A missing default file means no extra checks.',
      default: DEFAULT_CHECKS_FILE,
    },
    'postgres-version': {
      description:
        'Which PostgreSQL to restore into: auto (the major the backup was dumped from, found on the runner or installed from the PostgreSQL apt repository on GitHub-hosted Ubuntu runners), a major like 17, or runner (the newest binaries found).',
      default: 'auto',
    },
    'rto-target': {
      description: 'Critical when fetch + restore + verification take longer than this (recovery time objective).',
      default: '1h',
    },
    'rpo-target': {
      description:
        'Critical when the restored backup (or its newest data) is older than this (recovery point objective).',
      default: '24h',
    },
    'smoke-command': {
      description:
        'A shell command run with DATABASE_URL and PG* of the restored database; a non-zero exit fails the drill.',
      default: '',
    },
    amcheck: {
      description: 'Check every btree index of the restored database with amcheck (bt_index_check).',
      default: 'false',
      boolean: true,
    },
    keep: {
      description:
        'Leave the restored ephemeral database running for later steps (output database-url); the post step removes it.',
      default: 'false',
      only: 'action',
    },
  },
  {
    checks: z.string().optional(),
    'postgres-version': zPostgresVersion(),
    'rto-target': zDuration(),
    'rpo-target': zDuration(),
    'smoke-command': z.string().optional(),
    amcheck: zBoolean(),
    keep: zBoolean(),
  },
  (v, raw) => ({
    /** Path of the checks file; relative paths are resolved against the working directory. */
    checksFile: v.checks || DEFAULT_CHECKS_FILE,
    /** Given explicitly (flag/input): then a missing file is an error, not "no extra checks". */
    checksFileExplicit:
      raw.checks !== undefined && raw.checks.trim() !== '' && raw.checks.trim() !== DEFAULT_CHECKS_FILE,
    postgresVersion: v['postgres-version'],
    rtoTargetSeconds: v['rto-target'],
    rpoTargetSeconds: v['rpo-target'],
    smokeCommand: v['smoke-command']?.trim() || undefined,
    amcheck: v.amcheck,
    keep: v.keep,
  }),
);

export const drillSettings = composeSettings(
  discovery(),
  selection(),
  restoreTarget('drill'),
  drillChecks,
  restoreBinDir,
  decryption,
  drillFleet,
  publication,
);

export const { options: drillOptions, parse: parseDrillSettings } = drillSettings;
export type DrillSettings = ReturnType<typeof parseDrillSettings>;
