import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { listStore } from '../../src/cli/list-command.js';
import { FolderStore } from '../../src/stores/folder-store.js';
import type { ReadableStore } from '../../src/stores/store.js';

const DAY = 86_400_000;
let dir: string;
/** Newest first, as the listing must show them. */
const expected: { key: string; size: number }[] = [];

async function run(argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await main(argv, { env: { PATH: process.env.PATH }, stdout, stderr });
  return { code, stdout: out, stderr: err };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-list-'));
  // One backup a day at 02:00 for 22 days, none on days 5 and 6 ago: 20 backups and a 2-day gap.
  const today = new Date();
  const base =
    Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 2) - (today.getUTCHours() < 3 ? DAY : 0);
  for (let day = 0; day < 22; day++) {
    if (day === 5 || day === 6) continue;
    const at = new Date(base - day * DAY);
    const size = 10_000 + day * 1000;
    // The oldest has no time in its name: its time comes from the file's modification time.
    // `app-`, not Lifeboat's `app_`: with a .sha256 and no manifest that would be an incomplete Lifeboat backup.
    const key = day === 21 ? 'nightly.sql.gz' : `app-${at.toISOString().replace(/[:.]/g, '-')}.dump`;
    await writeFile(path.join(dir, key), Buffer.alloc(size, 1));
    if (day === 21) await utimes(path.join(dir, key), at, at);
    if (day % 2 === 1) await writeFile(path.join(dir, `${key}.sha256`), `${'a'.repeat(64)}  ${key}\n`);
    expected.push({ key, size });
  }
  await writeFile(path.join(dir, 'README.md'), 'not a backup');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('lifeboat list', () => {
  it('shows 20 rows newest first, the 2-day gap inline, and the totals', async () => {
    const { code, stdout, stderr } = await run(['list', '--source', dir]);
    expect(code, stderr).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    const rows = lines.filter((l) => expected.some((b) => l.endsWith(b.key)));
    expect(rows.map((l) => l.split(/\s+/).at(-1))).toEqual(expected.map((b) => b.key));
    // The gap sits between the backup of 4 days ago and the one of 7 days ago, naming both empty days.
    const gapAt = lines.findIndex((l) => /┄┄ gap of 3d: no backup on \d{4}-\d{2}-\d{2}, \d{4}-\d{2}-\d{2} ┄┄/.test(l));
    expect(gapAt).toBeGreaterThan(0);
    expect(lines[gapAt - 1].endsWith(expected[4].key)).toBe(true);
    expect(lines[gapAt + 1].endsWith(expected[5].key)).toBe(true);
    expect(lines.filter((l) => l.includes('gap of'))).toHaveLength(1);
    const total = expected.reduce((sum, b) => sum + b.size, 0);
    expect(stdout).toContain(`20 backups, ${(total / 1024).toFixed(0)} KiB in total; largest gap 3d (1 gap over 25h)`);
    expect(lines.at(-1)).toMatch(
      /^newest \d{4}-\d\d-\d\d 02:00 UTC \(.+ ago\), oldest \d{4}-\d\d-\d\d 02:00 UTC \(21d .*ago\)$/,
    );
    // Time sources, formats and sidecars, from names and the listing alone.
    const oldest = rows.at(-1) as string;
    expect(oldest).toMatch(/last-modified .* plain\+gzip +sha256 +nightly\.sql\.gz$/);
    expect(rows[0]).toMatch(/ name +\S+ +\S+ KiB +custom +- +app-/);
    // Only the key (a name cell) may run past 100 columns.
    for (const line of lines) {
      const key = expected.find((b) => line.endsWith(b.key))?.key ?? '';
      expect(line.length - key.length, line).toBeLessThanOrEqual(100);
    }
  });

  it('--json parses and says the same', async () => {
    const { code, stdout } = await run(['list', '--source', dir, '--json']);
    expect(code).toBe(0);
    const listing = JSON.parse(stdout);
    expect(listing.schema).toBe('lifeboat-list/1');
    expect(listing.backups.map((b: { key: string }) => b.key)).toEqual(expected.map((b) => b.key));
    expect(listing.backups.map((b: { size: number }) => b.size)).toEqual(expected.map((b) => b.size));
    expect(listing.backups[1]).toMatchObject({
      time_source: 'name',
      format: { container: 'custom' },
      sidecars: { manifest: false, sha256: true },
      interval_seconds: 86_400,
    });
    expect(listing.backups.at(-1)).toMatchObject({
      time_source: 'last-modified',
      format: { container: 'plain', compression: 'gzip' },
    });
    expect(listing.gaps).toHaveLength(1);
    expect(listing.gaps[0]).toMatchObject({ from: expected[5].key, to: expected[4].key, seconds: 3 * 86_400 });
    expect(listing.gaps[0].days_without_backup).toHaveLength(2);
    expect(listing.totals).toMatchObject({
      count: 20,
      size: expected.reduce((sum, b) => sum + b.size, 0),
      largest_interval_seconds: 3 * 86_400,
      newest: listing.backups[0].time,
      oldest: listing.backups[19].time,
    });
    expect(listing.backups[0].age_seconds).toBeLessThan(DAY / 1000 + 3 * 3600);
  });

  it('reads no backup body', async () => {
    const folder = new FolderStore(dir);
    const reads: string[] = [];
    const spy: ReadableStore = {
      displayUrl: folder.displayUrl,
      kind: folder.kind,
      list: () => folder.list(),
      read: (key, range) => {
        reads.push(key);
        return folder.read(key, range);
      },
      readText: (key) => folder.readText(key),
    };
    const listing = await listStore(spy, { timezone: 'UTC', gapSeconds: 90_000, now: new Date() });
    expect('totals' in listing && listing.totals.count).toBe(20);
    expect(reads).toEqual([]);
  });

  it('a store that cannot be listed exits 2 with one line; bad flags exit 3', async () => {
    const missing = await run(['list', '--source', path.join(dir, 'nope')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect((await run(['list', '--source', dir, '--gap', 'soon'])).code).toBe(3);
    expect((await run(['list', '--source', dir, '--format', 'nagios'])).code).toBe(3);
  });
});
