import { describe, expect, it } from 'vitest';
import { parseVerifySettings } from '../../src/verify/verify-settings.js';
import { InputError } from '../../src/util/errors.js';

function error(raw: Record<string, string>): string {
  try {
    parseVerifySettings({ source: '/backups', ...raw });
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('parseVerifySettings', () => {
  it('applies the runbook defaults', () => {
    const s = parseVerifySettings({ source: '/backups' });
    expect(s.warnAfterSeconds).toBe(23 * 3600);
    expect(s.criticalAfterSeconds).toBe(25 * 3600);
    expect(s.minSizeBytes).toBe(1024);
    expect(s.maxShrink).toBe(0.5);
    expect(s.integrity).toBe('full');
    expect(s.windowSeconds).toBe(14 * 86400);
    expect(s.minRetentionSeconds).toBeUndefined();
    expect(s.failOn).toBe('critical');
  });

  it('accepts 90m, 23h, 14d and 1h30m', () => {
    expect(parseVerifySettings({ source: '/b', 'warn-after': '90m', 'critical-after': '1d' }).warnAfterSeconds).toBe(
      5400,
    );
    expect(parseVerifySettings({ source: '/b', 'warn-after': '1h30m' }).warnAfterSeconds).toBe(5400);
    expect(parseVerifySettings({ source: '/b', 'min-retention': '14d' }).minRetentionSeconds).toBe(14 * 86400);
  });

  it('treats empty inputs as unset (GitHub passes "" for unset inputs)', () => {
    expect(parseVerifySettings({ source: '/b', 'warn-after': '', integrity: '' }).integrity).toBe('full');
  });

  it.each([
    [{ 'warn-after': '25 hours' }, 'Invalid warn-after "25 hours": expected a duration like 90m, 23h, 14d or 1h30m'],
    [{ 'warn-after': '-1h' }, 'Invalid warn-after "-1h": expected a duration like 90m, 23h, 14d or 1h30m'],
    [{ 'warn-after': '26h' }, 'Invalid warn-after "26h": must not be greater than critical-after (25h).'],
    [{ integrity: 'deep' }, 'Invalid integrity "deep": expected one of none, checksum, archive, full'],
    [{ 'fail-on': 'sometimes' }, 'Invalid fail-on "sometimes": expected one of critical, warning, never'],
    [{ 'min-size': 'big' }, 'Invalid min-size "big": expected a size like 1024, 1KiB, 10MB or 2GiB'],
    [{ 'max-shrink': '150%' }, 'Invalid max-shrink "150%": expected a percentage from 0% to 100%, like 50%'],
    [
      { timezone: 'Mars/Olympus' },
      'Invalid timezone "Mars/Olympus": expected an IANA time zone like UTC or Europe/Berlin',
    ],
  ])('rejects %j with one line', (raw, message) => {
    expect(error(raw)).toBe(message);
  });

  it('requires a source', () => {
    expect(() => parseVerifySettings({})).toThrow(/^Missing source: /);
  });
});
