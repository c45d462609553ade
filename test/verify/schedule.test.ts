import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FolderStore } from '../../src/stores/folder-store.js';
import { runVerify } from '../../src/verify/run-verify.js';
import { parseVerifySettings } from '../../src/verify/verify-settings.js';
import { silentLogger } from '../../src/util/logger.js';
import type { Report } from '../../src/report/report.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const HOUR = 3600_000;
const dirs: string[] = [];

afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

/** A folder of fake backups named by their time; integrity is off, so only names and sizes matter. */
async function folderWith(backups: Array<{ hoursAgo: number; size?: number; name?: string }>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-schedule-'));
  dirs.push(dir);
  for (const b of backups) {
    const time = new Date(NOW.getTime() - b.hoursAgo * HOUR).toISOString().replace(/[:.]/g, '-');
    const file = path.join(dir, b.name ?? `app_${time}.dump`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, Buffer.alloc(b.size ?? 4096, 1));
  }
  return dir;
}

async function verifyFolder(dir: string, extra: Record<string, string> = {}): Promise<Report> {
  const settings = parseVerifySettings({ source: dir, integrity: 'none', ...extra });
  const { report } = await runVerify(settings, {
    store: new FolderStore(dir),
    logger: silentLogger,
    now: () => NOW,
    pgRestore: async () => undefined,
  });
  return report;
}

const status = (report: Report, id: string) => report.checks.find((c) => c.id === id)?.status;
const summary = (report: Report, id: string) => report.checks.find((c) => c.id === id)?.summary ?? '';

describe('recency', () => {
  it('a backup 2h old is ok', async () => {
    const report = await verifyFolder(await folderWith([{ hoursAgo: 2 }]));
    expect(status(report, 'recency')).toBe('ok');
    expect(report.status).toBe('ok');
  });

  it('24h old is a warning', async () => {
    const report = await verifyFolder(await folderWith([{ hoursAgo: 24 }]));
    expect(status(report, 'recency')).toBe('warning');
    expect(summary(report, 'recency')).toBe('newest backup is 24h old (warning after 23h)');
    expect(report.status).toBe('warning');
  });

  it('26h old is critical', async () => {
    const report = await verifyFolder(await folderWith([{ hoursAgo: 26 }, { hoursAgo: 50 }]));
    expect(status(report, 'recency')).toBe('critical');
    expect(summary(report, 'recency')).toBe('newest backup is 26h old (critical after 25h)');
    expect(report.status).toBe('critical');
  });

  it('no backups at all is critical', async () => {
    const dir = await folderWith([{ hoursAgo: 1, name: 'README.md' }]);
    const report = await verifyFolder(dir);
    expect(status(report, 'exists')).toBe('critical');
    expect(summary(report, 'exists')).toMatch(/no backups found/);
    expect(report.status).toBe('critical');
  });

  it('a timestamp 2h in the future is a warning', async () => {
    const report = await verifyFolder(await folderWith([{ hoursAgo: -2 }, { hoursAgo: 22 }]));
    expect(status(report, 'future')).toBe('warning');
    expect(summary(report, 'future')).toMatch(/2h in the future/);
    expect(report.status).toBe('warning');
  });

  it('the newest is picked by the time in its name, not by file order', async () => {
    // Same database (different prefixes would be two databases); the older name sorts last.
    const dir = await folderWith([
      { hoursAgo: 30, name: 'app_20261124-060000.dump' },
      { hoursAgo: 3, name: 'app_2026-11-25T09-00-00Z.dump' },
    ]);
    const report = await verifyFolder(dir);
    expect(report.backup?.key).toBe('app_2026-11-25T09-00-00Z.dump');
  });
});

describe('size', () => {
  it('a zero-byte newest backup is critical', async () => {
    const report = await verifyFolder(await folderWith([{ hoursAgo: 1, size: 0 }, { hoursAgo: 25 }]));
    expect(status(report, 'size')).toBe('critical');
    expect(summary(report, 'size')).toMatch(/empty \(0 bytes\)/);
  });

  it('below min-size is critical', async () => {
    const report = await verifyFolder(await folderWith([{ hoursAgo: 1, size: 100 }]));
    expect(status(report, 'size')).toBe('critical');
  });

  it('shrinking below half of the previous median warns', async () => {
    const report = await verifyFolder(
      await folderWith([
        { hoursAgo: 1, size: 3000 },
        ...[1, 2, 3, 4].map((d) => ({ hoursAgo: 1 + d * 24, size: 10_000 })),
      ]),
    );
    expect(status(report, 'size')).toBe('warning');
    expect(summary(report, 'size')).toMatch(/70% smaller than the median of the previous 4/);
  });
});

describe('gaps and retention', () => {
  it('names the days without a backup', async () => {
    // Daily at 02:00 except 2026-11-21 and 2026-11-22.
    const days = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 23, 24, 25];
    const backups = days.map((d) => ({
      hoursAgo: (NOW.getTime() - Date.UTC(2026, 10, d, 2)) / HOUR,
    }));
    const report = await verifyFolder(await folderWith(backups));
    expect(status(report, 'gaps')).toBe('warning');
    expect(summary(report, 'gaps')).toMatch(/1 gap over 25h/);
    expect(summary(report, 'gaps')).toMatch(/no backup on 2026-11-21, 2026-11-22/);
  });

  it('daily backups have no gaps', async () => {
    const report = await verifyFolder(await folderWith([2, 26, 50, 74].map((h) => ({ hoursAgo: h }))));
    expect(status(report, 'gaps')).toBe('ok');
  });

  it('retention shorter than min-retention warns, and is off by default', async () => {
    const dir = await folderWith([2, 26, 50].map((h) => ({ hoursAgo: h })));
    expect(status(await verifyFolder(dir), 'retention')).toBeUndefined();
    const report = await verifyFolder(dir, { 'min-retention': '14d' });
    expect(status(report, 'retention')).toBe('warning');
    expect(summary(report, 'retention')).toMatch(/oldest backup is 50h old/);
  });
});

describe('store', () => {
  it('a folder that does not exist is a critical store check naming it', async () => {
    const missing = path.join(os.tmpdir(), 'lifeboat-no-such-folder-4711');
    const report = await verifyFolder(missing);
    expect(status(report, 'store')).toBe('critical');
    expect(summary(report, 'store')).toContain(missing);
  });
});
