import { z } from 'zod';
import { settingsGroup } from './settings-group.js';
import { zAgeIdentity } from './options.js';

export interface DecryptionSettings {
  /** Secrets: registered for redaction before the options are parsed. */
  decryptionPassphrase?: string;
  ageIdentity?: string;
}

/** Keys of encrypted backups: every command that reads a backup decrypts in the stream, never to disk. */
export const decryption = settingsGroup(
  {
    'decryption-passphrase': {
      description:
        'Passphrase of encrypted backups (gpg --symmetric, openssl enc, age -p), from a secret; decrypted in the stream, never written to disk.',
      default: '',
      secret: true,
      env: ['LIFEBOAT_DECRYPTION_PASSPHRASE'],
    },
    'age-identity': {
      description: 'age identity (AGE-SECRET-KEY-1… lines) of age-encrypted backups, from a secret.',
      default: '',
      secret: true,
      env: ['LIFEBOAT_AGE_IDENTITY'],
    },
  },
  { 'decryption-passphrase': z.string().optional(), 'age-identity': zAgeIdentity() },
  (v): DecryptionSettings => ({
    decryptionPassphrase: v['decryption-passphrase'] || undefined,
    ageIdentity: v['age-identity'] || undefined,
  }),
);
