import { describe, expect, it } from 'vitest';
import { backupOptions } from '../../src/backup/backup-settings.js';
import { listOptions } from '../../src/cli/list-command.js';
import { drillOptions } from '../../src/drill/drill-settings.js';
import {
  extractOptions,
  parseExtractSettings,
  parseRestoreSettings,
  restoreOptions,
} from '../../src/recovery/recovery-settings.js';
import { decryption } from '../../src/settings/decryption.js';
import { publication } from '../../src/settings/publication.js';
import { composeSettings } from '../../src/settings/settings-group.js';
import { s3Addressing, discovery } from '../../src/settings/discovery.js';
import { thresholds } from '../../src/settings/thresholds.js';
import type { OptionSpecs } from '../../src/settings/options.js';
import { parseVerifySettings, verifyOptions } from '../../src/verify/verify-settings.js';

const readers: Record<string, OptionSpecs> = {
  verify: verifyOptions,
  drill: drillOptions,
  restore: restoreOptions,
  extract: extractOptions,
};

describe('settings groups', () => {
  it.each(Object.entries(readers))('%s takes the decryption inputs from the one decryption group', (_name, options) => {
    for (const [name, spec] of Object.entries(decryption.options)) expect(options[name]).toBe(spec);
  });

  it.each(Object.entries<OptionSpecs>({ ...readers, list: listOptions }))(
    '%s finds backups with the same database, timezone and s3-force-path-style',
    (_name, options) => {
      for (const name of ['database', 'timezone', 's3-force-path-style']) {
        expect(options[name]).toEqual((drillOptions as OptionSpecs)[name]);
      }
      expect(options.source.required).toBe(true);
    },
  );

  it.each(Object.entries<OptionSpecs>({ verify: verifyOptions, drill: drillOptions, backup: backupOptions }))(
    '%s publishes its report with the one publication group',
    (_name, options) => {
      for (const [name, spec] of Object.entries(publication.options)) expect(options[name]).toBe(spec);
    },
  );

  it('restore and extract decrypt: their keys reach the settings (no drill parser borrowed, no sentinel)', () => {
    const keys = { 'decryption-passphrase': 'sesame', 'age-identity': '' };
    const restore = parseRestoreSettings({ source: '/b', target: 'postgres://u:p@db/scratch', ...keys }, [
      'public.items',
    ]);
    expect(restore).toMatchObject({ decryptionPassphrase: 'sesame', tables: [{ schema: 'public', table: 'items' }] });
    expect(restore).not.toHaveProperty('checksFile');
    const extract = parseExtractSettings({ source: '/b', table: 'Orders', ...keys });
    expect(extract).toMatchObject({ decryptionPassphrase: 'sesame', table: { schema: 'public', table: 'orders' } });
    expect(extract).not.toHaveProperty('checksFile');
  });

  it('restore refuses an ephemeral target in one line', () => {
    expect(() => parseRestoreSettings({ source: '/b', target: 'ephemeral' }, [])).toThrow(
      /^Invalid target "ephemeral": restore writes into a database you keep/,
    );
  });

  it('a rule across a group’s options is checked by the group (warn-after ≤ critical-after)', () => {
    expect(Object.keys(thresholds.options)).toContain('warn-after');
    expect(() => parseVerifySettings({ source: '/b', 'warn-after': '48h', 'critical-after': '24h' })).toThrow(
      'Invalid warn-after "48h": must not be greater than critical-after (24h).',
    );
  });

  it('an option in two groups is a mistake caught when the command is composed', () => {
    expect(() => composeSettings(discovery(), s3Addressing)).toThrow(
      'Option s3-force-path-style is in two settings groups',
    );
  });
});
