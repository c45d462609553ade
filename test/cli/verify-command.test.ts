import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { listBackups } from '../../src/discovery/list-backups.js';
import { parseDrillSettings } from '../../src/drill/drill-settings.js';
import { selectBackup } from '../../src/restore/select-backup.js';
import { openStore } from '../../src/stores/open-store.js';
import { silentLogger } from '../../src/util/logger.js';
import { writePlainBackups } from '../support/plain-backups.js';

let dir: string;

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (d) => (text += d));
  return { stream, text: () => text };
}

async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const stdout = capture();
  const stderr = capture();
  const code = await main(argv, {
    env: { PATH: process.env.PATH, ...env },
    stdout: stdout.stream,
    stderr: stderr.stream,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-cli-'));
  await writePlainBackups(dir, [2]);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('lifeboat verify', () => {
  it('exits 0 with one line per check and the verdict', async () => {
    const r = await run(['verify', '--source', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✓ recency/);
    expect(r.stdout).toMatch(/✓ content/);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('OK: all checks passed');
  });

  it('--json prints the report object of PRODUCT.md §8', async () => {
    const r = await run(['verify', '--source', dir, '--json']);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ status: 'ok', kind: 'verify', source: dir });
    expect(report.backup.key).toMatch(/^app_.*\.sql$/);
    expect(report.checks.map((c: { id: string }) => c.id)).toEqual([
      'store',
      'exists',
      'recency',
      'future',
      'size',
      'checksum',
      'archive',
      'content',
      'rows',
      'gaps',
    ]);
    expect(typeof report.started_at).toBe('string');
  });

  it('a warning exits 1, or 0 with --fail-on critical', async () => {
    expect((await run(['verify', '--source', dir, '--warn-after', '1h', '--critical-after', '3h'])).code).toBe(1);
    expect((await run(['verify', '--source', dir, '--warn-after', '1h', '--fail-on', 'critical'])).code).toBe(0);
  });

  it('critical exits 2', async () => {
    const r = await run(['verify', '--source', dir, '--warn-after', '30m', '--critical-after', '1h']);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^CRITICAL: recency: newest backup is 2h old \(critical after 1h\)$/m);
  });

  it.each([
    [['--warn-after', '25 hours'], 'Invalid --warn-after "25 hours": expected a duration like 90m, 23h, 14d or 1h30m'],
    [['--warn-after', '-1h'], 'Invalid --warn-after "-1h": expected a duration like 90m, 23h, 14d or 1h30m'],
    [['--warn-after', '30h'], 'Invalid --warn-after "30h": must not be greater than critical-after (25h).'],
  ])('bad input %j exits 3 with one line', async (flags, message) => {
    const r = await run(['verify', '--source', dir, ...flags]);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`lifeboat verify: ${message}\n`);
    expect(r.stdout).toBe('');
  });

  it('an unknown URL scheme exits 3 naming the input and what is accepted', async () => {
    const r = await run(['verify', '--source', 'ftp://backups.example.com/db']);
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/source "ftp:\/\/backups\.example\.com\/db".*s3:\/\/bucket\/prefix/);
  });

  it('an unknown flag exits 3', async () => {
    const r = await run(['verify', '--source', dir, '--warn-afterr', '1h']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/Unknown option --warn-afterr/);
  });

  it('an unknown command exits 3', async () => {
    expect((await run(['verfy'])).code).toBe(3);
  });
});

describe('lifeboat verify --backup', () => {
  let store: string;
  let keys: string[];

  beforeAll(async () => {
    store = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-cli-select-'));
    keys = await writePlainBackups(store, [2, 26, 50, 74]);
  });

  afterAll(async () => {
    await rm(store, { recursive: true, force: true });
  });

  /** The backup `lifeboat drill --backup <backup>` would restore: the drill's own settings, listing and selection. */
  async function drillPick(backup: string): Promise<string | undefined> {
    const settings = parseDrillSettings({ source: store, backup });
    const listing = await listBackups(openStore(settings.source), { timezone: settings.timezone }, silentLogger);
    return selectBackup(listing.backups ?? [], settings.backup).backup?.key;
  }

  it.each([1, 30, 49, 51, 100])(
    'before:T judges the backup the drill picks for the same T (T = %ih ago)',
    async (hours) => {
      const at = new Date(Date.now() - hours * 3600_000).toISOString();
      const r = await run(['verify', '--source', store, '--backup', `before:${at}`, '--json']);
      const report = JSON.parse(r.stdout);
      const picked = await drillPick(`before:${at}`);
      if (picked === undefined) {
        expect(report.status).toBe('critical');
        expect(report.checks.find((c: { id: string }) => c.id === 'exists').summary).toMatch(
          /no backup was taken before/,
        );
        return;
      }
      expect(report.backup.key).toBe(picked);
      expect(report.backup.reason).toBe(`newest backup taken before ${at}`);
    },
  );

  it('judges recency for the chosen backup against now, and says which and why', async () => {
    const at = new Date(Date.now() - 30 * 3600_000).toISOString();
    const r = await run(['verify', '--source', store, '--backup', `before:${at}`]);
    expect(r.code).toBe(2);
    // Summaries wrap to the terminal width: join their continuation lines to read them whole.
    expect(r.stdout.replace(/\n {6,}/g, ' ')).toContain(`judging ${keys[2]} (newest backup taken before ${at})`);
    expect(r.stdout).toMatch(/^CRITICAL: recency: the chosen backup is 50h old \(critical after 25h\)$/m);
  });

  it('--backup KEY judges that backup; an unknown key is critical with the reason', async () => {
    const chosen = JSON.parse((await run(['verify', '--source', store, '--backup', keys[1], '--json'])).stdout);
    expect(chosen.backup).toMatchObject({ key: keys[1], reason: 'chosen by key' });
    const missing = await run(['verify', '--source', store, '--backup', 'app_nope.sql', '--json']);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout).checks.at(-1).summary).toMatch(/^no backup with key "app_nope\.sql"/);
  });

  it('a malformed before: time is bad usage', async () => {
    const r = await run(['verify', '--source', store, '--backup', 'before:yesterday']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/backup "before:yesterday": expected before:<ISO 8601 time>/);
  });
});
