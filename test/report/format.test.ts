import { describe, expect, it } from 'vitest';
import {
  formatAge,
  formatBytes,
  formatCount,
  formatDuration,
  formatPercent,
  formatTime,
  plural,
  shortHash,
  truncate,
} from '../../src/report/format.js';
import { parseDurationSeconds } from '../../src/settings/duration.js';
import { parseSizeBytes } from '../../src/settings/size.js';

describe('formatBytes', () => {
  it('uses binary units with one decimal below 100', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1024)).toBe('1.0 KiB');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(150 * 1024 ** 2)).toBe('150 MiB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.0 GiB');
    expect(formatBytes(2.5 * 1024 ** 4)).toBe('2.5 TiB');
  });

  it('never prints 1024 of a unit', () => {
    expect(formatBytes(1024 ** 2 - 1)).toBe('1.0 MiB');
  });

  it('reads back as the size it describes', () => {
    expect(parseSizeBytes(formatBytes(1536).replace(' ', ''))).toBe(1536);
  });
});

describe('formatDuration', () => {
  it('prints at most two units, days from three days on', () => {
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(45)).toBe('45s');
    expect(formatDuration(90)).toBe('1m30s');
    expect(formatDuration(5400)).toBe('1h30m');
    expect(formatDuration(31 * 3600 + 12 * 60 + 7)).toBe('31h12m');
    expect(formatDuration(49 * 3600)).toBe('49h');
    expect(formatDuration(3.5 * 86400)).toBe('3d12h');
    expect(formatDuration(-600)).toBe('-10m');
  });

  it('is a valid duration input', () => {
    for (const s of [90, 5400, 93600, 302400]) expect(parseDurationSeconds(formatDuration(s))).toBe(s);
  });
});

describe('formatAge', () => {
  it('switches to days from two days on, with a space', () => {
    expect(formatAge(31 * 3600 + 12 * 60)).toBe('31h12m');
    expect(formatAge(2 * 86400 + 4 * 3600 + 59)).toBe('2d 4h');
    expect(formatAge(12 * 86400)).toBe('12d');
    expect(formatAge(300)).toBe('5m');
  });
});

describe('counts', () => {
  it('groups thousands', () => {
    expect(formatCount(408040)).toBe('408,040');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('pluralises', () => {
    expect(plural(1, 'table')).toBe('1 table');
    expect(plural(0, 'table')).toBe('0 tables');
    expect(plural(2, 'table')).toBe('2 tables');
    expect(plural(20000, 'backup')).toBe('20,000 backups');
    expect(plural(2, 'entry', 'entries')).toBe('2 entries');
  });
});

describe('short forms', () => {
  it('keeps 12 hex digits of a hash', () => {
    expect(shortHash('ABCDEF0123456789abcdef')).toBe('abcdef012345');
  });

  it('prints times to the minute in UTC', () => {
    expect(formatTime('2026-11-29T10:05:42.123Z')).toBe('2026-11-29 10:05 UTC');
  });

  it('prints percentages', () => {
    expect(formatPercent(0.4213)).toBe('42%');
    expect(formatPercent(0.0042)).toBe('0.4%');
  });

  it('truncates at a word boundary', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('every order has an existing customer', 20)).toBe('every order has an…');
    expect(truncate('every order has an existing customer', 20).length).toBeLessThanOrEqual(20);
    expect(truncate('abcdefghijklmnopqrstuvwxyz', 10)).toBe('abcdefghi…');
  });
});
