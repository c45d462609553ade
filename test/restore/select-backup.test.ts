import { describe, expect, it } from 'vitest';
import type { DiscoveredBackup } from '../../src/discovery/discover.js';
import { selectBackup } from '../../src/restore/select-backup.js';

const at = (key: string, iso: string): DiscoveredBackup => ({
  key,
  size: 10,
  lastModified: new Date(iso),
  time: new Date(iso),
  timeSource: 'name',
  sidecars: {},
});

describe('selectBackup', () => {
  const backups = [at('c', '2025-01-20T02:00:00Z'), at('b', '2025-01-19T02:00:00Z'), at('a', '2025-01-18T02:00:00Z')];
  it('latest, by key, before a time (strictly)', () => {
    expect(selectBackup(backups, { kind: 'latest' }).backup?.key).toBe('c');
    expect(selectBackup(backups, { kind: 'key', key: 'b' }).backup?.key).toBe('b');
    expect(selectBackup(backups, { kind: 'before', time: new Date('2025-01-19T02:00:00Z') }).backup?.key).toBe('a');
    expect(selectBackup(backups, { kind: 'before', time: new Date('2025-01-19T02:00:01Z') }).backup?.key).toBe('b');
  });
  it('says what is there when nothing matches', () => {
    expect(selectBackup(backups, { kind: 'key', key: 'zzz' }).reason).toBe(
      'no backup with key "zzz"; the newest is "c"',
    );
    expect(selectBackup(backups, { kind: 'before', time: new Date('2025-01-01T00:00:00Z') }).reason).toBe(
      'no backup was taken before 2025-01-01T00:00:00.000Z: the oldest of 3 backups is "a", taken 2025-01-18T02:00:00.000Z',
    );
    expect(selectBackup([], { kind: 'latest' }).reason).toBe('no backups found');
  });
});
