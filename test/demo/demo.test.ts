import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { DEMO_CHECKS_FILE } from '../../src/demo/demo.js';
import { lifeboatIn } from '../support/cli-process.js';

const REPO = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (d) => (text += d));
  return { stream, text: () => text };
}

describe('lifeboat demo', () => {
  it("from any directory: backs up, verifies and drills with the demo's own checks, all ok", async () => {
    // A directory with nothing of Lifeboat's in it, and a .github/lifeboat.yml the demo must not read.
    const elsewhere = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-demo-cwd-'));
    try {
      await mkdir(path.join(elsewhere, '.github'));
      await writeFile(path.join(elsewhere, '.github', 'lifeboat.yml'), 'tables:\n  - public.not_in_the_demo\n');
      const { code, stdout, stderr } = await lifeboatIn(elsewhere, ['demo', '--json']);
      const reports = JSON.parse(stdout);
      expect(reports.map((r: { kind: string; status: string }) => `${r.kind}:${r.status}`)).toEqual([
        'backup:ok',
        'verify:ok',
        'drill:ok',
      ]);
      expect(code, stderr).toBe(0);
      const drill = reports[2];
      // The drill restored every table of the manifest with its exact row count.
      expect(drill.tables.length).toBe(5);
      for (const t of drill.tables) expect(t.rows).toBe(t.expected_rows);
      // The demo's checks file ran: its four assertions (tenant isolation, balances) and amcheck.
      const ids = drill.checks.map((c: { id: string }) => c.id);
      expect(ids.filter((id: string) => id.startsWith('tenant-isolation:'))).toHaveLength(2);
      expect(ids.filter((id: string) => id.startsWith('balances:'))).toHaveLength(1);
      expect(ids).toContain('amcheck');
      expect(ids.join(' ')).not.toContain('not_in_the_demo');
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });

  it('ships its checks file with the code: examples/lifeboat.yml, and next to the bundle', async () => {
    expect(DEMO_CHECKS_FILE).toBe(path.join(REPO, 'examples', 'lifeboat.yml'));
    expect(existsSync(DEMO_CHECKS_FILE)).toBe(true);
    // ncc copies it next to dist/cli/index.js and points the bundle at that copy (`npm run build`).
    const bundled = path.join(REPO, 'dist', 'cli', 'lifeboat.yml');
    expect(existsSync(bundled), `${bundled} is missing: dist/ predates examples/lifeboat.yml`).toBe(true);
    expect(await readFile(bundled, 'utf8')).toBe(await readFile(DEMO_CHECKS_FILE, 'utf8'));
  });

  it('says how to get PostgreSQL when the binaries are missing', async () => {
    const stderr = capture();
    const code = await main(['demo', '--postgres-bin-dir', '/nonexistent/bin'], {
      env: process.env,
      stdout: capture().stream,
      stderr: stderr.stream,
    });
    expect(code).toBe(3);
    expect(stderr.text()).toMatch(/needs the PostgreSQL server binaries .*apt-get install postgresql/);
  });
});
