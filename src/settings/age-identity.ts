import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../util/errors.js';

/** An age X25519 identity as age-keygen writes it: the prefix, then 58 bech32 characters. */
const IDENTITY = /^AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}$/;
const ACCEPTED = 'expected AGE-SECRET-KEY-1… lines as age-keygen writes them, or the path of such a file';

/**
 * Checks the age-identity input before anything connects: every AGE-SECRET-KEY line well formed,
 * or a readable regular file holding such lines. Never echoes the value: it is a secret.
 */
export function requireAgeIdentity(value: string, input = 'age-identity'): void {
  let text = value;
  if (!/AGE-SECRET-KEY-/i.test(value)) {
    const file = path.resolve(value.trim());
    // Only a regular file is read: a FIFO or /proc entry could block the run forever.
    let regular = false;
    try {
      regular = statSync(file).isFile();
    } catch {
      // Reported below.
    }
    if (!regular)
      throw new InputError(`Invalid ${input}: holds no AGE-SECRET-KEY-1… line and names no file; ${ACCEPTED}`);
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new InputError(`Invalid ${input}: the file it names cannot be read; ${ACCEPTED}`);
    }
  }
  const keys = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => /^AGE-SECRET-KEY-/i.test(l));
  if (keys.length === 0 || keys.some((k) => !IDENTITY.test(k.toUpperCase()))) {
    throw new InputError(`Invalid ${input}: an AGE-SECRET-KEY line is malformed; ${ACCEPTED}`);
  }
}
