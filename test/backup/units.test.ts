import { describe, expect, it } from 'vitest';
import { backupKeyFor, isLifeboatBackupKey, safeDatabaseName, timestampForKey } from '../../src/backup/backup-key.js';
import { parseBackupSettings } from '../../src/backup/backup-settings.js';
import { findIncompleteBackups } from '../../src/backup/incomplete.js';
import { planRetention, type RetentionCandidate } from '../../src/backup/retention.js';
import type { DiscoveredBackup } from '../../src/discovery/discover.js';
import { databaseFromName } from '../../src/discovery/discover.js';
import { timeFromName } from '../../src/discovery/backup-time.js';
import { InputError } from '../../src/util/errors.js';

const URL_OK = 'postgres://u:secret-pw@db.internal:5432/app';

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

describe('backup settings', () => {
  it('parses retention, compression and the prefix', () => {
    const s = parseBackupSettings({
      'database-url': URL_OK,
      dest: 's3://bucket/x',
      'name-prefix': 'nightly/',
      compress: 'zstd:9',
      'keep-days': '14',
      'keep-count': '7',
      'dry-run': 'true',
    });
    expect(s).toMatchObject({
      namePrefix: 'nightly/',
      compress: { value: 'zstd:9', method: 'zstd' },
      keepSeconds: 14 * 86400,
      keepCount: 7,
      dryRun: true,
      failOn: 'critical',
    });
    expect(
      parseBackupSettings({ 'database-url': URL_OK, dest: '/x', 'keep-days': '36h', compress: '6' }),
    ).toMatchObject({
      keepSeconds: 36 * 3600,
      compress: { value: '6' },
    });
  });

  it.each([
    [{ 'keep-count': '0' }, /keep-count "0": expected a whole number of backups, at least 1/],
    [{ 'keep-days': 'soon' }, /keep-days "soon"/],
    [{ compress: 'brotli' }, /compress "brotli"/],
    [{ 'name-prefix': '../up/' }, /name-prefix/],
    [{ 'database-url': 'mysql://u:secret-pw@h/db' }, /database-url: expected a postgres/],
    [{ dest: '' }, /Missing dest/],
  ])('rejects %o with one line naming the input', (override, message) => {
    const attempt = () => parseBackupSettings({ 'database-url': URL_OK, dest: '/x', ...override });
    expect(attempt).toThrow(InputError);
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect((error as Error).message).not.toContain('secret-pw');
    }
  });
});

describe('planRetention', () => {
  const day = 86_400_000;
  const now = new Date('2025-06-10T02:00:00Z');
  const candidates: RetentionCandidate[] = Array.from({ length: 6 }, (_, i) => ({
    key: `app_${i}.dump`,
    createdAt: new Date(now.getTime() - i * day),
    sidecars: [],
  }));

  it('keep-count keeps the newest N, keep-days keeps the young, both are limits', () => {
    const byCount = planRetention(candidates, { keepCount: 3 }, now);
    expect(byCount.remove.map((c) => c.key)).toEqual(['app_5.dump', 'app_4.dump', 'app_3.dump']);
    const byAge = planRetention(candidates, { keepSeconds: 2.5 * 86400 }, now);
    expect(byAge.remove.map((c) => c.key)).toEqual(['app_5.dump', 'app_4.dump', 'app_3.dump']);
    const both = planRetention(candidates, { keepCount: 5, keepSeconds: 1.5 * 86400 }, now);
    expect(both.remove.map((c) => c.key)).toEqual(['app_5.dump', 'app_4.dump', 'app_3.dump', 'app_2.dump']);
    expect(planRetention(candidates, {}, now).remove).toEqual([]);
  });

  it('never removes the newest backup nor the protected one', () => {
    const allOld = planRetention(candidates, { keepSeconds: 1 }, new Date(now.getTime() + 30 * day));
    expect(allOld.keep.map((c) => c.key)).toEqual(['app_0.dump']);
    const protectedOne = planRetention(candidates, { keepCount: 1 }, now, ['app_4.dump']);
    expect(protectedOne.keep.map((c) => c.key)).toEqual(['app_0.dump', 'app_4.dump']);
  });
});

describe('findIncompleteBackups', () => {
  const b = (key: string, sidecars: DiscoveredBackup['sidecars']): DiscoveredBackup => ({
    key,
    size: 10,
    lastModified: new Date(),
    time: timeFromName(key) ?? new Date(),
    timeSource: 'name',
    sidecars,
  });

  it('flags a Lifeboat backup without a manifest when its series has completed Lifeboat backups', () => {
    const good = b('app_2025-01-01T02-00-00-000Z.dump', { manifest: 'm', sha256: 's' });
    const orphan = b('app_2025-01-02T02-00-00-000Z.dump', {});
    const halfDone = b('app_2025-01-03T02-00-00-000Z.dump', { sha256: 's' });
    const broken = { ...b('app_2025-01-04T02-00-00-000Z.dump', { manifest: 'm' }), manifestError: 'malformed' };
    const foreign = b('app_2025-01-05T02:00:00.dump', {});
    expect([...findIncompleteBackups([good, orphan, halfDone, broken, foreign])].sort()).toEqual(
      [orphan.key, halfDone.key, broken.key].sort(),
    );
  });

  it('a Lifeboat-named backup with a .sha256 but no manifest is incomplete, even alone in its series', () => {
    const halfDone = b('inventory_2025-01-02T02-00-00-000Z.dump', { sha256: 's' });
    expect([...findIncompleteBackups([halfDone])]).toEqual([halfDone.key]);
  });

  it('leaves look-alikes alone: a bare toISOString-named dump, or another shape with its own .sha256', () => {
    const bare = b('inventory_2025-01-02T02-00-00-000Z.dump', {});
    const otherShape = b('inventory-2025-01-02T02-00-00-000Z.dump', { sha256: 's' });
    expect(findIncompleteBackups([bare, otherShape]).size).toBe(0);
    // Lifeboat backups of another database or prefix are no evidence about this series.
    const otherSeries = b('prod/inventory_2025-01-01T02-00-00-000Z.dump', { manifest: 'm' });
    const otherDb = b('billing_2025-01-01T02-00-00-000Z.dump', { manifest: 'm' });
    expect(findIncompleteBackups([bare, otherShape, otherSeries, otherDb]).size).toBe(0);
  });
});
