import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FolderStore } from '../../src/stores/folder-store.js';
import { openStore, openWritableStore } from '../../src/stores/open-store.js';
import { S3Store } from '../../src/stores/s3-store.js';
import { InputError } from '../../src/util/errors.js';

const env = { AWS_ACCESS_KEY_ID: 'AKIA', AWS_SECRET_ACCESS_KEY: 'open-store-secret-xyz', AWS_REGION: 'eu-west-1' };

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('openStore', () => {
  it('opens folders from absolute, relative and file:// paths', () => {
    const absolute = openStore('/srv/backups');
    expect(absolute).toBeInstanceOf(FolderStore);
    expect(absolute.displayUrl).toBe('/srv/backups');
    expect(openStore('./backups').displayUrl).toBe(path.resolve('backups'));
    expect(openStore('../backups').displayUrl).toBe(path.resolve('..', 'backups'));
    expect(openStore('file:///srv/backups%20old').displayUrl).toBe('/srv/backups old');
    expect(openWritableStore('/srv/backups')).toBeInstanceOf(FolderStore);
  });

  it('opens s3://bucket/prefix with the env it is given', () => {
    const store = openStore('s3://prod-backups/db/daily', { env });
    expect(store).toBeInstanceOf(S3Store);
    expect(store.kind).toBe('s3');
    expect(store.displayUrl).toBe('s3://prod-backups/db/daily/');
    expect((store as S3Store).bucket).toBe('prod-backups');
    expect((store as S3Store).prefix).toBe('db/daily/');
    expect(openStore('s3://prod-backups', { env }).displayUrl).toBe('s3://prod-backups/');
    expect(openWritableStore('s3://prod-backups/x', { env })).toBeInstanceOf(S3Store);
  });

  it('refuses unknown schemes with one line naming the input and what is accepted', () => {
    expect(inputError(() => openStore('ftp://x')).message).toBe(
      'Invalid source "ftp://x": expected a folder path, file:///path or s3://bucket/prefix',
    );
    expect(inputError(() => openStore('ftp://x', { inputName: 'target' })).message).toMatch(
      /^Invalid target "ftp:\/\/x"/,
    );
    expect(inputError(() => openStore('')).message).toMatch(/^Invalid source ""/);
    expect(inputError(() => openStore('s3:/bucket')).message).toMatch(/^Invalid source "s3:\/bucket"/);
    expect(inputError(() => openStore('s3://A_Bucket/x', { env })).message).toMatch(/bucket name of 3-63/);
    expect(inputError(() => openStore('s3://ab', { env })).message).toMatch(/bucket name of 3-63/);
    expect(inputError(() => openStore('railway://project/env/service')).message).toMatch(
      /^Invalid source "railway:\/\/project\/env\/service": expected railway:\/\/volume\/<volumeInstanceId> or/,
    );
    expect(() => openWritableStore('railway://volume/abc')).toThrow(/read-only/);
  });

  it('never echoes a password from a URL', () => {
    const error = inputError(() => openStore('ftp://user:hunter22@host/x'));
    expect(error.message).not.toContain('hunter22');
  });
});
