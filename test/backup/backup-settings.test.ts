import { describe, expect, it } from 'vitest';
import { parseBackupSettings } from '../../src/backup/backup-settings.js';
import { InputError } from '../../src/util/errors.js';

const URL_OK = 'postgres://u:secret-pw@db.internal:5432/app';

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
