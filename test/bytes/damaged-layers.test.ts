import { execFileSync, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/demo/sample-database.js';
import { gpgSymmetric, opensslEncrypt } from '../support/encrypt.js';
import { zipOneEntry } from '../support/layouts.js';
import { sharedCluster } from '../support/postgres.js';
import { node24, runBundledAction } from '../support/run-action.js';

/**
 * Backups whose damage only shows at the end of a layer (a gzip CRC, a zip entry CRC, a decrypted
 * stream cut short) once left the drill's fetch waiting on a promise nothing would settle: the
 * process exited 13 with no report. Each must give a critical report with exit 2, everywhere.
 */
const repoRoot = path.resolve(import.meta.dirname, '../..');
const PASS = 'Damaged-Layers-Pass-4d1e';
const TIME = new Date(Date.now() - 3_600_000);
const STAMP = TIME.toISOString().slice(0, 19).replace(/:/g, '-');

let dir: string;
let targetUrl: string;
const stores: Record<string, string> = {};

function flipped(data: Buffer, at: number): Buffer {
  const copy = Buffer.from(data);
  copy[at < 0 ? copy.length + at : at] ^= 0xff;
  return copy;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-damaged-'));
  const gz = await readFile(path.join(repoRoot, 'test/fixtures/v17-plain.sql.gz'));
  const sql = gunzipSync(gz);
  const zip = zipOneEntry('dump.sql', sql, TIME);
  // The data descriptor's and the central directory's CRC both say the data is something else.
  const crcAt = zip.indexOf(Buffer.from([0x50, 0x4b, 0x07, 0x08])) + 4;
  const centralCrcAt = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 16;
  const gpg = gpgSymmetric(sql, PASS);
  const openssl = opensslEncrypt(sql, PASS);
  const lz4 = execFileSync('lz4', ['-q', '-c'], { input: sql });
  const zst = execFileSync('zstd', ['-q', '-c'], { input: sql });
  const files: Record<string, [string, Buffer]> = {
    'gzip CRC': [`app_${STAMP}Z.sql.gz`, flipped(gz, -8)],
    'zip entry CRC': [`app_${STAMP}Z.zip`, flipped(flipped(zip, crcAt), centralCrcAt)],
    'gpg cut short': [`app_${STAMP}Z.sql.gpg`, gpg.subarray(0, Math.floor(gpg.length * 0.6))],
    'openssl cut short': [`app_${STAMP}Z.sql.enc`, openssl.subarray(0, Math.floor(openssl.length * 0.6) + 5)],
    'lz4 cut short': [`app_${STAMP}Z.sql.lz4`, lz4.subarray(0, Math.floor(lz4.length * 0.6))],
    // The frame's content checksum says the data is something else.
    'zstd checksum': [`app_${STAMP}Z.sql.zst`, flipped(zst, -2)],
  };
  for (const [name, [key, body]] of Object.entries(files)) {
    stores[name] = path.join(dir, name.replace(/ /g, '-'));
    await mkdir(stores[name]);
    await writeFile(path.join(stores[name], key), body);
  }
  targetUrl = await createDatabase((await sharedCluster()).url(), 'damaged_layers_target');
});

afterAll(async () => {
  await (await sharedCluster()).stop();
  await rm(dir, { recursive: true, force: true });
});

/** The CLI as a real process: an unsettled promise shows as exit 13, which an in-process call cannot see. */
function cli(...argv: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src/cli/index.ts'), ...argv], {
      env: { ...process.env, LIFEBOAT_DECRYPTION_PASSPHRASE: PASS },
      // tsx resolves from the repository.
      cwd: repoRoot,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const CASES = ['gzip CRC', 'zip entry CRC', 'gpg cut short', 'openssl cut short', 'lz4 cut short', 'zstd checksum'];
const WHY: Record<string, RegExp> = {
  'gzip CRC': /gzip .*(damaged|incorrect data check)/,
  'zip entry CRC': /CRC-32/,
  'gpg cut short': /gpg/,
  'openssl cut short': /openssl|truncated/,
  'lz4 cut short': /lz4 stream is damaged: unexpected end of file/,
  'zstd checksum': /zstd stream is damaged: .*checksum/i,
};

describe.each(CASES)('%s', (name) => {
  it('verify: critical, exit 2', async () => {
    const r = await cli('verify', '--source', stores[name], '--json');
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as {
      status: string;
      checks: { id: string; status: string; summary: string }[];
    };
    expect(report.status).toBe('critical');
    const bad = report.checks.filter((c) => c.status === 'critical').map((c) => c.summary);
    expect(bad.join('\n')).toMatch(WHY[name]);
  });

  it('drill: critical, exit 2, the restore not attempted', async () => {
    const r = await cli('drill', '--source', stores[name], '--json');
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as {
      status: string;
      checks: { id: string; status: string; summary: string }[];
    };
    expect(report.status).toBe('critical');
    expect(report.checks.find((c) => c.id === 'restore')?.summary).toMatch(/not attempted/);
    expect(
      report.checks
        .filter((c) => c.status === 'critical')
        .map((c) => c.summary)
        .join('\n'),
    ).toMatch(WHY[name]);
  });

  it('restore: refused with exit 2, naming the damage', async () => {
    const r = await cli('restore', '--source', stores[name], '--target', targetUrl);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(WHY[name]);
  });
});

describe.runIf(node24())('the bundled restore-drill action', () => {
  it.each(CASES)('%s: critical, summary and outputs written, the step failed', async (name) => {
    const run = await runBundledAction(
      'restore-drill',
      { source: stores[name], 'decryption-passphrase': PASS, issue: 'false' },
      { node: node24() },
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('critical');
    expect(run.summary).toMatch(WHY[name]);
    expect(run.stdout).toMatch(/::error::Restore drill critical/);
  });
});
