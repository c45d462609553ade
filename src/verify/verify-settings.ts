import { z } from 'zod';
import { INTEGRITY_LEVELS } from '../bytes/integrity-pass.js';
import { verifyFleet } from '../fleet/fleet-options.js';
import { decryption } from '../settings/decryption.js';
import { discovery } from '../settings/discovery.js';
import { zBoolean, zDuration, zEnum } from '../settings/options.js';
import { postgresBinDir } from '../settings/postgres-bin-dir.js';
import { publication } from '../settings/publication.js';
import { selection } from '../settings/selection.js';
import { composeSettings, settingsGroup } from '../settings/settings-group.js';
import { thresholds } from '../settings/thresholds.js';

type IntegrityLevel = (typeof INTEGRITY_LEVELS)[number];

/** What only verify has: how deep it reads, and the drill-age check and history issues of the action. */
const verifyChecks = settingsGroup(
  {
    integrity: {
      description:
        'How deep to check the newest backup: none, checksum, archive (TOC parses) or full (every data block).',
      default: 'full',
    },
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
  },
  {
    integrity: zEnum(INTEGRITY_LEVELS as unknown as [IntegrityLevel, ...IntegrityLevel[]]),
    'drill-workflow': z.string().optional(),
    'drill-max-age': z
      .string()
      .optional()
      .transform((text) => (text?.trim().toLowerCase() === 'off' ? undefined : text))
      .pipe(zDuration().optional()),
    'issue-history': zBoolean(),
  },
  (v) => ({
    integrity: v.integrity,
    drillWorkflow: v['drill-workflow'] || undefined,
    drillMaxAgeSeconds: v['drill-max-age'],
    issueHistory: v['issue-history'],
  }),
);

export const verifySettings = composeSettings(
  discovery(
    'Where the backups live: a folder path, file:///path, s3://bucket/prefix, or a railway:// URL for Railway volume backups (metadata only).',
  ),
  selection(
    'Which backup to judge: latest, an exact key, or before:<ISO time> (the newest taken before then, as the drill picks it).',
  ),
  thresholds,
  verifyChecks,
  postgresBinDir('Directory with the PostgreSQL client tools (pg_restore); found automatically when empty.', [
    'pg_restore',
  ]),
  decryption,
  verifyFleet,
  publication,
);

export const { options: verifyOptions, parse: parseVerifySettings } = verifySettings;
export type VerifySettings = ReturnType<typeof parseVerifySettings>;
