import { InputError } from '../util/errors.js';
import { formatDuration } from '../report/format.js';
import { settingsGroup } from './settings-group.js';
import { zDuration, zOptionalDuration, zPercent, zSize } from './options.js';

export interface ThresholdSettings {
  warnAfterSeconds: number;
  criticalAfterSeconds: number;
  minSizeBytes: number;
  /** Fraction 0–1. */
  maxShrink: number;
  windowSeconds: number;
  minRetentionSeconds?: number;
}

/** When a store's backups are too old, too small or too few: verify's runbook, per fleet entry too. */
export const thresholds = settingsGroup(
  {
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
    window: { description: 'How far back to look for gaps between backups.', default: '14d' },
    'min-retention': {
      description: 'Warn unless the oldest backup is at least this old (e.g. 14d). Off when empty.',
      default: '',
    },
  },
  {
    'warn-after': zDuration(),
    'critical-after': zDuration(),
    'min-size': zSize(),
    'max-shrink': zPercent(),
    window: zDuration(),
    'min-retention': zOptionalDuration(),
  },
  (v): ThresholdSettings => {
    if (v['warn-after'] > v['critical-after']) {
      throw new InputError(
        `Invalid warn-after "${formatDuration(v['warn-after'])}": must not be greater than critical-after (${formatDuration(v['critical-after'])}).`,
      );
    }
    return {
      warnAfterSeconds: v['warn-after'],
      criticalAfterSeconds: v['critical-after'],
      minSizeBytes: v['min-size'],
      maxShrink: v['max-shrink'],
      windowSeconds: v.window,
      minRetentionSeconds: v['min-retention'],
    };
  },
);
