import { z } from 'zod';
import { INTEGRITY_LEVELS } from '../bytes/integrity-pass.js';
import { zBackup, type BackupSelector } from '../drill/drill-settings.js';
import type { FailOn } from '../report/report.js';
import { formatDuration } from '../report/format.js';
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
  zOptionalDuration,
  zPercent,
  zSize,
  type OptionSpecs,
  type RawOptions,
} from '../settings/options.js';
import { InputError } from '../util/errors.js';
import { fleetCliOptions, fleetOptions } from '../fleet/fleet-options.js';

export const verifyOptions = {
  source: {
    description:
      'Where the backups live: a folder path, file:///path, s3://bucket/prefix, or a railway:// URL for Railway volume backups (metadata only).',
    required: true,
  },
  backup: {
    description:
      'Which backup to judge: latest, an exact key, or before:<ISO time> (the newest taken before then, as the drill picks it).',
    default: 'latest',
  },
  'warn-after': { description: 'Warn when the newest backup is older than this.', default: '23h' },
  'critical-after': {
    description: 'Critical when the newest backup is older than this; also the largest allowed gap between backups.',
    default: '25h',
  },
  'min-size': { description: 'Critical when the newest backup is smaller than this.', default: '1KiB' },
  'max-shrink': {
    description: 'Warn when the newest backup is this much smaller than the median of the previous 7.',
    default: '50%',
  },
  integrity: {
    description:
      'How deep to check the newest backup: none, checksum, archive (TOC parses) or full (every data block).',
    default: 'full',
  },
  window: { description: 'How far back to look for gaps between backups.', default: '14d' },
  'min-retention': {
    description: 'Warn unless the oldest backup is at least this old (e.g. 14d). Off when empty.',
    default: '',
  },
  ...discoveryOptions,
  'postgres-bin-dir': {
    description: 'Directory with the PostgreSQL client tools (pg_restore); found automatically when empty.',
    default: '',
  },
  ...decryptionOptions,
  'drill-workflow': {
    description: 'Workflow file of the restore drill, for the drill-age check.',
    default: 'restore-drill.yml',
    only: 'action',
  },
  'drill-max-age': {
    description:
      'Warn when the last successful restore drill is older than this; a drill never run is a notice until this long after the first verify. off: no drill-age check.',
    default: '92d',
    only: 'action',
  },
  'issue-history': {
    description: 'Also file an issue for the history checks (gaps, retention); by default they are only reported.',
    default: 'false',
    only: 'action',
  },
  ...fleetOptions,
  ...fleetCliOptions,
  ...commonOptions,
} satisfies OptionSpecs;

const schema = z
  .object({
    source: z.string().trim().min(1),
    backup: zBackup(),
    'warn-after': zDuration(),
    'critical-after': zDuration(),
    'min-size': zSize(),
    'max-shrink': zPercent(),
    integrity: zEnum(INTEGRITY_LEVELS as unknown as ['none', 'checksum', 'archive', 'full']),
    window: zDuration(),
    'min-retention': zOptionalDuration(),
    database: z.string().optional(),
    timezone: zTimeZone(),
    's3-force-path-style': zBoolean(),
    'postgres-bin-dir': zBinDir(['pg_restore']),
    'decryption-passphrase': z.string().optional(),
    'age-identity': zAgeIdentity(),
    'drill-workflow': z.string().optional(),
    'drill-max-age': z
      .string()
      .optional()
      .transform((text) => (text?.trim().toLowerCase() === 'off' ? undefined : text))
      .pipe(zDuration().optional()),
    'fail-on': zEnum(['critical', 'warning', 'never'] as const),
    'report-path': z.string().optional(),
  })
  .loose();

export interface VerifySettings {
  source: string;
  backup: BackupSelector;
  warnAfterSeconds: number;
  criticalAfterSeconds: number;
  minSizeBytes: number;
  /** Fraction 0–1. */
  maxShrink: number;
  integrity: 'none' | 'checksum' | 'archive' | 'full';
  windowSeconds: number;
  minRetentionSeconds?: number;
  database?: string;
  timezone: string;
  s3ForcePathStyle: boolean;
  postgresBinDir?: string;
  /** Secrets: registered for redaction by the entries before parsing. */
  decryptionPassphrase?: string;
  ageIdentity?: string;
  failOn: FailOn;
  reportPath?: string;
  drillWorkflow?: string;
  drillMaxAgeSeconds?: number;
}

export function parseVerifySettings(raw: RawOptions): VerifySettings {
  const v = parseOptions(verifyOptions, schema, raw);
  if (v['warn-after'] > v['critical-after']) {
    throw new InputError(
      `Invalid warn-after "${formatDuration(v['warn-after'])}": must not be greater than critical-after (${formatDuration(v['critical-after'])}).`,
    );
  }
  return {
    source: v.source,
    backup: v.backup,
    warnAfterSeconds: v['warn-after'],
    criticalAfterSeconds: v['critical-after'],
    minSizeBytes: v['min-size'],
    maxShrink: v['max-shrink'],
    integrity: v.integrity,
    windowSeconds: v.window,
    minRetentionSeconds: v['min-retention'],
    database: v.database || undefined,
    timezone: v.timezone,
    s3ForcePathStyle: v['s3-force-path-style'],
    postgresBinDir: v['postgres-bin-dir'] || undefined,
    decryptionPassphrase: v['decryption-passphrase'] || undefined,
    ageIdentity: v['age-identity'] || undefined,
    failOn: v['fail-on'],
    reportPath: v['report-path'] || undefined,
    drillWorkflow: v['drill-workflow'] || undefined,
    drillMaxAgeSeconds: v['drill-max-age'],
  };
}
