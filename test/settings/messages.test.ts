import { describe, expect, it } from 'vitest';
import { restoreOptions } from '../../src/recovery/recovery-settings.js';
import { cliWording } from '../../src/settings/messages.js';
import { verifyOptions } from '../../src/verify/verify-settings.js';

describe('one message, two renderings', () => {
  it.each([
    ['Invalid warn-after "25 hours": expected a duration', 'Invalid --warn-after "25 hours": expected a duration'],
    ['Missing source: Where the backups live', 'Missing --source: Where the backups live'],
    ['encrypted: set decryption-passphrase', 'encrypted: pass --decryption-passphrase'],
    [
      'no key: set age-identity (or decryption-passphrase for passphrase-encrypted age files)',
      'no key: pass --age-identity (or decryption-passphrase for passphrase-encrypted age files)',
    ],
    ['install it or set `postgres-bin-dir`.', 'install it or pass --postgres-bin-dir.'],
    ['Set database to one of them (one verify step each)', 'Pass --database with one of them (one verify step each)'],
  ])('verify: %s', (action, cli) => {
    expect(cliWording(action, verifyOptions)).toBe(cli);
  });

  it.each([
    [
      'point target at an empty scratch database, or set allow-overwrite: true to restore over it',
      'point --target at an empty scratch database, or pass --allow-overwrite to restore over it',
    ],
    [
      '(same host, port and database as production-database-url)',
      '(same host, port and database as --production-database-url)',
    ],
  ])('restore: %s', (action, cli) => {
    expect(cliWording(action, restoreOptions)).toBe(cli);
  });

  it('leaves option names alone outside the phrases, and action-only inputs everywhere', () => {
    const text = 'the source holds backups of database app; set drill-workflow to another file';
    expect(cliWording(text, verifyOptions)).toBe(text);
  });
});
