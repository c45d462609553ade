import { describe, expect, it } from 'vitest';
import { backupKeyFor, isLifeboatBackupKey, safeDatabaseName, timestampForKey } from '../../src/backup/backup-key.js';
import { databaseFromName } from '../../src/discovery/discover.js';
import { timeFromName } from '../../src/discovery/backup-time.js';

describe('backup keys', () => {
  it('round-trips the time through timeFromName to the millisecond and sorts in time order', () => {
    const times = [
      '2025-01-18T02:00:00.000Z',
      '2025-01-18T02:00:00.007Z',
      '2025-12-31T23:59:59.999Z',
      '2026-03-01T00:00:00.120Z',
    ];
    const keys = times.map((t) => backupKeyFor('prod/', 'app', new Date(t)));
    expect(keys[0]).toBe('prod/app_2025-01-18T02-00-00-000Z.dump');
    for (const [i, key] of keys.entries()) {
      expect(timeFromName(key)?.toISOString()).toBe(times[i]);
      // A non-UTC reading zone must not shift it: the Z makes it absolute.
      expect(timeFromName(key, { timezone: 'Europe/Berlin' })?.toISOString()).toBe(times[i]);
      expect(isLifeboatBackupKey(key)).toBe(true);
      expect(databaseFromName(key)).toBe('app');
    }
    expect([...keys].reverse().sort()).toEqual(keys);
  });

  it('keeps database names usable as key parts', () => {
    expect(safeDatabaseName('my_app-2')).toBe('my_app-2');
    expect(safeDatabaseName('a/b c')).toBe('a-b-c');
    expect(safeDatabaseName('..')).toBe('database');
    expect(backupKeyFor('', 'a/b', new Date('2025-01-01T00:00:00Z'))).toBe('a-b_2025-01-01T00-00-00-000Z.dump');
    expect(timestampForKey(new Date('2025-01-01T00:00:00Z'))).toBe('2025-01-01T00-00-00-000Z');
  });

  it('recognises only the exact shape it writes', () => {
    expect(isLifeboatBackupKey('app_2025-01-18T02:00:00.dump')).toBe(false); // postgres-backup-s3
    expect(isLifeboatBackupKey('backup-2025-01-18T05-00-00-000Z.tar.gz')).toBe(false); // Railway template
    expect(isLifeboatBackupKey('app_2025-01-18T02-00-00-000Z.dump.sha256')).toBe(false);
  });
});
