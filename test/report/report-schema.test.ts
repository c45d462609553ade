import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { writePlainBackups } from '../support/plain-backups.js';
import { validateReport } from '../support/report-schema.js';

let dir: string;

async function run(argv: string[]) {
  const stdout = new PassThrough();
  let text = '';
  stdout.on('data', (d) => (text += d));
  const code = await main(argv, { env: { PATH: process.env.PATH }, stdout, stderr: new PassThrough() });
  return { code, stdout: text };
}

const validate = validateReport;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-schema-'));
  // Three daily plain-SQL backups, the newest 30 hours old: recency is critical, the rest passes.
  await writePlainBackups(dir, [30, 54, 78]);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the JSON report', () => {
  it('validates against schema/lifeboat-report-2.json, with numbers in base units', async () => {
    const { code, stdout } = await run(['verify', '--source', dir, '--format', 'json']);
    expect(code).toBe(2);
    const report = JSON.parse(stdout);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.schema).toBe('lifeboat-report/2');
    const recency = report.checks.find((c: { id: string }) => c.id === 'recency');
    expect(recency).toMatchObject({
      status: 'critical',
      unit: 'seconds',
      threshold: 25 * 3600,
      warning_threshold: 23 * 3600,
    });
    expect(recency.value).toBeGreaterThanOrEqual(30 * 3600 - 60);
    expect(recency.value).toBeLessThanOrEqual(30 * 3600 + 60);
    expect(recency.display).toEqual({ value: '30h', threshold: 'warning after 23h, critical after 25h' });
    const size = report.checks.find((c: { id: string }) => c.id === 'size');
    expect(size).toMatchObject({ unit: 'bytes', threshold: 1024, value: report.backup.size });
    const gaps = report.checks.find((c: { id: string }) => c.id === 'gaps');
    expect(gaps).toMatchObject({ status: 'ok', unit: 'seconds', threshold: 25 * 3600 });
    expect(gaps.value).toBeCloseTo(24 * 3600, -2);
  });

  it('--json is the same as --format json', async () => {
    const a = JSON.parse((await run(['verify', '--source', dir, '--json'])).stdout);
    expect(validate(a), JSON.stringify(validate.errors)).toBe(true);
    expect(a.checks.map((c: { id: string }) => c.id)).toContain('recency');
  });

  it('the schema rejects display strings where numbers belong', () => {
    const bad = {
      schema: 'lifeboat-report/2',
      status: 'ok',
      kind: 'verify',
      source: '/srv',
      checks: [{ id: 'recency', status: 'ok', summary: 'fine', value: '31h12m' }],
      started_at: '2026-01-01T00:00:00Z',
      finished_at: '2026-01-01T00:00:01Z',
    };
    expect(validate(bad)).toBe(false);
  });

  it('--format nagios prints one line with the verdict and perfdata in base units', async () => {
    const { code, stdout } = await run(['verify', '--source', dir, '--format', 'nagios']);
    expect(code).toBe(2);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^LIFEBOAT VERIFY CRITICAL - recency: newest backup is 30h old \(critical after 25h\) \| /,
    );
    expect(lines[0]).toMatch(/ recency=10\d{4}s;82800;90000 /);
    expect(lines[0]).toMatch(/ size=\d+B;;1024: /);
  });

  it('an unknown --format is bad usage', async () => {
    const { code } = await run(['verify', '--source', dir, '--format', 'xml']);
    expect(code).toBe(3);
  });
});
