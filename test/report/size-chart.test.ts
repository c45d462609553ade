import { describe, expect, it } from 'vitest';
import { sizeChart } from '../../src/report/size-chart.js';

const DAY = 86_400_000;

describe('sizeChart', () => {
  it('one bar per day of the window, the newest backup of each day, missing days as visible zeros', () => {
    const now = new Date('2026-11-29T10:00:00Z');
    const backups = [];
    for (let d = 0; d < 14; d++) {
      if (d === 3 || d === 4) continue;
      const at = new Date(Date.parse('2026-11-29T02:00:00Z') - d * DAY);
      backups.push({ time: at.toISOString(), size: (100 + d) * 1024 ** 2 });
    }
    // An earlier, smaller backup the same day as the newest: the day shows its newest.
    backups.push({ time: '2026-11-29T01:00:00Z', size: 5 * 1024 ** 2 });
    const chart = sizeChart(backups, { now, windowSeconds: 14 * 86_400 });
    const lines = chart.split('\n');
    expect(lines[0]).toBe('```mermaid');
    expect(lines[1]).toBe('xychart-beta');
    expect(lines[2]).toBe('    title "Backup size per day (MiB), last 14 days: 2 without a backup (0)"');
    const labels = JSON.parse(lines[3].replace('    x-axis ', ''));
    expect(labels).toHaveLength(14);
    expect(labels[0]).toBe('11-16');
    expect(labels[13]).toBe('11-29');
    const bars = JSON.parse(lines[5].replace('    bar ', ''));
    expect(bars).toHaveLength(14);
    expect(bars[13]).toBe(100);
    expect(bars[12]).toBe(101);
    expect(bars[10]).toBe(0);
    expect(bars[9]).toBe(0);
    expect(bars.filter((b: number) => b === 0)).toHaveLength(2);
    expect(lines[4]).toBe('    y-axis "MiB" 0 --> 125');
    expect(lines.at(-1)).toBe('```');
  });

  it('backups outside the window are left out', () => {
    const now = new Date('2026-11-29T10:00:00Z');
    const chart = sizeChart([{ time: '2026-10-01T00:00:00Z', size: 1 }], { now, windowSeconds: 7 * 86_400 });
    expect(chart).toContain('bar [0, 0, 0, 0, 0, 0, 0]');
    expect(chart).toContain('7 without a backup');
  });
});
