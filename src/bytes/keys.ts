import type { Encryption } from '../archive/detect-format.js';

/** How every decrypter words a key that does not open the file. */
export const WRONG_PASSPHRASE = 'wrong passphrase';

/** Keys from the `decryption-passphrase` / `age-identity` inputs; both are secrets. */
export interface DecryptionKeys {
  /** gpg --symmetric, openssl enc, and age files encrypted with a passphrase. */
  passphrase?: string;
  /** age identities (`AGE-SECRET-KEY-1…` lines, as in an identity file), or a path to such a file. */
  ageIdentity?: string;
}

const KEY_INPUT: Record<Encryption, string> = {
  gpg: 'decryption-passphrase',
  openssl: 'decryption-passphrase',
  age: 'age-identity (or decryption-passphrase for passphrase-encrypted age files)',
  databasus: '',
};

/** What to do so that Lifeboat can read this encrypted backup, as the end of a report sentence. */
export function encryptionRemedy(encryption: Encryption): string {
  // Its key derives from the Databasus master key and the backup's id, which Lifeboat never has.
  if (encryption === 'databasus') {
    return "Databasus' own encryption opens only inside Databasus (turn it off there to let Lifeboat read the backups)";
  }
  return `set ${keyInputFor(encryption)} to verify it`;
}

/** Which input would open this kind of encryption, for "set … to verify the content" messages. */
export function keyInputFor(encryption: Encryption): string {
  return KEY_INPUT[encryption];
}

export function hasKeyFor(encryption: Encryption, keys: DecryptionKeys | undefined): boolean {
  if (encryption === 'databasus') return false;
  if (encryption === 'age') return Boolean(keys?.ageIdentity || keys?.passphrase);
  return Boolean(keys?.passphrase);
}
