import { describe, expect, it } from 'vitest';
import { timeFromName } from '../../src/discovery/backup-time.js';
import { InputError } from '../../src/util/errors.js';

const iso = (key: string, timezone?: string) => timeFromName(key, { timezone })?.toISOString();

describe('timeFromName', () => {
  it.each([
    // eeshugerman/postgres-backup-s3
    ['app_2025-01-18T05:00:00.dump', '2025-01-18T05:00:00.000Z'],
    ['app_2025-01-18T05:00:00.dump.gpg', '2025-01-18T05:00:00.000Z'],
    // schickling
    ['app_2025-01-18T05:00:00Z.sql.gz', '2025-01-18T05:00:00.000Z'],
    ['all_2025-01-18T05:00:00Z.sql.gz', '2025-01-18T05:00:00.000Z'],
    ['x/2025-01-18T05:00:00.123Z.dump', '2025-01-18T05:00:00.123Z'],
    // Railway's postgres-s3-backups template
    ['backup-2025-01-18T05-00-00-000Z.tar.gz', '2025-01-18T05:00:00.000Z'],
    ['sub/folder/backup-2025-01-18T05-00-00-456Z.tar.gz', '2025-01-18T05:00:00.456Z'],
    ['db_2025-01-18_05-00-00.sql', '2025-01-18T05:00:00.000Z'],
    ['db_2025-01-18 05:30.sql', '2025-01-18T05:30:00.000Z'],
    // explicit offsets
    ['db_2025-01-18T07:00:00+02:00.dump', '2025-01-18T05:00:00.000Z'],
    ['db_2025-01-18T00:00:00-05:00.dump', '2025-01-18T05:00:00.000Z'],
    // pgbackweb
    ['2025/01/18/dump-20250118-050000-0f8fad5b-d9cb-469f-a165-70867728950e.zip', '2025-01-18T05:00:00.000Z'],
    ['2025/01/18/dump-20250118-050000-12345678-1234-1234-1234-123456789012.zip', '2025-01-18T05:00:00.000Z'],
    ['db-20250118T050000Z.dump', '2025-01-18T05:00:00.000Z'],
    ['db_20250118_050000.dump', '2025-01-18T05:00:00.000Z'],
    ['db_20250118050000.dump', '2025-01-18T05:00:00.000Z'],
    // kartoza
    ['2025/January/PG_app.18-January-2025-05-00.dmp.gz', '2025-01-18T05:00:00.000Z'],
    ['PG_app.03-Sep-2025-23-59.dmp', '2025-09-03T23:59:00.000Z'],
    ['PG_app.3-september-2025.dmp', '2025-09-03T00:00:00.000Z'],
    // date only: midnight
    ['app-2025-01-18.sql', '2025-01-18T00:00:00.000Z'],
    ['app_20250118.sql.gz', '2025-01-18T00:00:00.000Z'],
    // leap day exists in 2024
    ['app_2024-02-29T12:00:00Z.dump', '2024-02-29T12:00:00.000Z'],
  ])('%s → %s', (key, expected) => {
    expect(iso(key)).toBe(expected);
  });

  it('uses the last timestamp in the basename, never one in a folder name', () => {
    expect(iso('2024-12-31/app_2025-01-18T05:00:00Z.dump')).toBe('2025-01-18T05:00:00.000Z');
    expect(iso('app_2025-01-17T05:00:00Z_copy_2025-01-18T06:00:00Z.dump')).toBe('2025-01-18T06:00:00.000Z');
    expect(iso('2025-01-18/backup.dump')).toBeUndefined();
  });

  it.each([
    ['no stamp', 'backup.dump'],
    ['uuid (Databasus)', '0f8fad5b-d9cb-469f-a165-70867728950e'],
    ['month 13', 'app_2025-13-01T05:00:00Z.dump'],
    ['February 30', 'app_2025-02-30.dump'],
    ['Feb 29 in a common year', 'app_20250229-050000.dump'],
    ['hour 25', 'app_2025-01-18T25:00:00Z.dump'],
    ['minute 61', 'db-20250118-056100.dump'],
    ['31 April (kartoza)', 'PG_app.31-April-2025-05-00.dmp'],
    ['a long number', 'db_1737176400123.dump'],
  ])('rejects %s', (_why, key) => {
    expect(timeFromName(key)).toBeUndefined();
  });

  it('reads a zone-less name in the given IANA zone, with DST', () => {
    // Berlin is UTC+1 in January, UTC+2 in July.
    expect(iso('app_2025-01-18T05:00:00.dump', 'Europe/Berlin')).toBe('2025-01-18T04:00:00.000Z');
    expect(iso('app_2025-07-18T05:00:00.dump', 'Europe/Berlin')).toBe('2025-07-18T03:00:00.000Z');
    expect(iso('PG_app.18-January-2025-05-00.dmp.gz', 'America/New_York')).toBe('2025-01-18T10:00:00.000Z');
    expect(iso('dump-20250118-050000-x.zip', 'Asia/Kolkata')).toBe('2025-01-17T23:30:00.000Z');
    expect(iso('app-2025-01-18.sql', 'Asia/Tokyo')).toBe('2025-01-17T15:00:00.000Z');
    // Either side of the fall-back hour (Berlin, 2025-10-26 03:00 CEST → 02:00 CET).
    expect(iso('app_2025-10-26T01:30:00.dump', 'Europe/Berlin')).toBe('2025-10-25T23:30:00.000Z');
    expect(iso('app_2025-10-26T04:30:00.dump', 'Europe/Berlin')).toBe('2025-10-26T03:30:00.000Z');
    expect(iso('app_2025-01-18T05:00:00.dump', 'UTC')).toBe('2025-01-18T05:00:00.000Z');
  });

  it('an explicit zone in the name wins over the timezone option', () => {
    expect(iso('app_2025-01-18T05:00:00Z.dump', 'Europe/Berlin')).toBe('2025-01-18T05:00:00.000Z');
    expect(iso('backup-2025-01-18T05-00-00-000Z.tar.gz', 'America/New_York')).toBe('2025-01-18T05:00:00.000Z');
  });

  it('an unknown zone is an input error', () => {
    expect(() => timeFromName('app_2025-01-18.dump', { timezone: 'Mars/Olympus' })).toThrow(InputError);
    expect(() => timeFromName('app_2025-01-18.dump', { timezone: 'Mars/Olympus' })).toThrow(
      /Invalid timezone "Mars\/Olympus"/,
    );
  });
});
