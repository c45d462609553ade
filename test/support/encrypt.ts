import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Encrypts test fixtures with the real tools teams use (gpg, openssl, age), so that what Lifeboat
 * decrypts is exactly what those tools write. Each call runs in its own throwaway GNUPGHOME.
 */
export function hasTool(tool: string): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v "$1"', 'sh', tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** `gpg --symmetric` as eeshugerman/postgres-backup-s3 runs it (`--batch --passphrase`). */
export function gpgSymmetric(data: Buffer, passphrase: string, extraArgs: string[] = []): Buffer {
  const home = mkdtempSync(path.join(os.tmpdir(), 'lifeboat-gnupg-'));
  const passFile = path.join(home, 'pass');
  writeFileSync(passFile, passphrase, { mode: 0o600 });
  try {
    return execFileSync(
      'gpg',
      [
        '--homedir',
        home,
        '--batch',
        '--yes',
        '--pinentry-mode',
        'loopback',
        '--passphrase-file',
        passFile,
        '--symmetric',
        ...extraArgs,
        '-o',
        '-',
      ],
      { input: data, maxBuffer: 512 * 1024 * 1024, stdio: ['pipe', 'pipe', 'ignore'] },
    );
  } finally {
    // The agent gpg started for this home would otherwise outlive the test.
    try {
      execFileSync('gpgconf', ['--homedir', home, '--kill', 'gpg-agent'], { stdio: 'ignore' });
    } catch {
      // No agent was started.
    }
    rmSync(home, { recursive: true, force: true });
  }
}

/** `openssl enc` as kartoza/docker-pg-backup runs it; `args` replaces the cipher/KDF options. */
export function opensslEncrypt(
  data: Buffer,
  passphrase: string,
  args: string[] = ['-aes-256-cbc', '-pbkdf2', '-iter', '10000', '-md', 'sha256'],
): Buffer {
  return execFileSync('openssl', ['enc', ...args, '-pass', 'env:LIFEBOAT_TEST_PASS'], {
    input: data,
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, LIFEBOAT_TEST_PASS: passphrase },
  });
}

/** A fresh age identity from age-keygen: `{ identity: 'AGE-SECRET-KEY-1…', recipient: 'age1…' }`. */
export function ageKeygen(): { identity: string; recipient: string; file: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lifeboat-age-'));
  const file = path.join(dir, 'key.txt');
  execFileSync('age-keygen', ['-o', file], { stdio: 'ignore' });
  const text = readFileSync(file, 'utf8');
  const identity = /^AGE-SECRET-KEY-\S+$/m.exec(text)?.[0] ?? '';
  const recipient = /public key: (age1\S+)/.exec(text)?.[1] ?? '';
  return { identity, recipient, file };
}

export function ageEncrypt(data: Buffer, recipient: string): Buffer {
  return execFileSync('age', ['-r', recipient], { input: data, maxBuffer: 512 * 1024 * 1024 });
}
