import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/report.js';
import { silentLogger } from '../../src/util/logger.js';
import { verify } from '../../src/verify/verify.js';
import { parseVerifySettings } from '../../src/verify/verify-settings.js';
import { gpgSymmetric } from '../support/encrypt.js';
import { startS3rver, type RunningS3rver } from '../support/s3rver.js';

/**
 * eeshugerman/postgres-backup-s3 pipes pg_dump into `gpg --symmetric`: the input has no known
 * length, so gpg writes partial-length packets, with the s2k settings below. openpgp.js given a
 * wrong passphrase parses the garbage it decrypts and, now and then, waits forever. Every wrong
 * passphrase must end in a critical "wrong passphrase" report.
 */
const repoRoot = path.resolve(import.meta.dirname, '../..');
const PASS = 'Right-Gpg-Pass-62ac';
const WRONG = Array.from({ length: 24 }, (_, i) => `wrong-${i}-${(i * 7919).toString(36)}`);
const KEY = `backup-${new Date(Date.now() - 3_600_000).toISOString().slice(0, 19).replace(/:/g, '-')}Z.sql.gpg`;

let dir: string;
let folder: string;
let s3: RunningS3rver;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-gpg-partial-'));
  const sql = gunzipSync(await readFile(path.join(repoRoot, 'test/fixtures/v17-plain.sql.gz')));
  // A few MB, so the decrypted garbage spans many partial packets.
  const body = gpgSymmetric(Buffer.concat(Array.from({ length: 8 }, () => sql)), PASS, [
    '--s2k-digest-algo',
    'SHA1',
    '--s2k-count',
    '65011712',
  ]);
  // New-format encrypted data packet (tag 18) with a partial length (224–254) after the key packet.
  const keyPacketLength = body[1] + 2;
  expect(body[keyPacketLength]).toBe(0xd2);
  expect(body[keyPacketLength + 1]).toBeGreaterThanOrEqual(224);
  expect(body[keyPacketLength + 1]).toBeLessThan(255);
  folder = path.join(dir, 'store');
  await mkdir(folder);
  await writeFile(path.join(folder, KEY), body);
  s3 = await startS3rver();
  await s3.bucket('gpg-backups');
  await s3.put('gpg-backups', `db/${KEY}`, body);
});

afterAll(async () => {
  await s3?.stop();
  await rm(dir, { recursive: true, force: true });
});

async function verifyWith(source: string, passphrase: string): Promise<Report> {
  const settings = parseVerifySettings({ source, integrity: 'archive', 'decryption-passphrase': passphrase });
  const { report } = await verify(settings, { env: s3.env, logger: silentLogger });
  return report;
}

const archive = (r: Report) => r.checks.find((c) => c.id === 'archive');

describe.each([
  ['a folder', () => folder],
  ['s3rver', () => 's3://gpg-backups/db/'],
])('a partial-length gpg backup from %s', (_where, source) => {
  it('the right passphrase opens it', async () => {
    const report = await verifyWith(source(), PASS);
    expect(archive(report)?.status).toBe('ok');
    expect(report.checks.find((c) => c.id === 'content')?.summary).toMatch(/decrypted/);
  });

  it(`${WRONG.length} wrong passphrases: each a critical "wrong passphrase", none hangs`, async () => {
    const verdicts = [];
    const formats = new Set<string | undefined>();
    for (const wrong of WRONG) {
      const report = await verifyWith(source(), wrong);
      verdicts.push(`${report.status} ${archive(report)?.summary}`);
      formats.add(report.backup?.format);
    }
    // What could not be decrypted is not "an empty file".
    expect([...formats]).toEqual(['gpg-encrypted data (OpenPGP)']);
    expect(verdicts).toEqual(
      WRONG.map(
        () =>
          "critical decryption failed (gpg): wrong passphrase: decryption-passphrase does not open this file (gpg's quick check fails)",
      ),
    );
  }, 120_000);
});

describe('the CLI', () => {
  it.each(WRONG.slice(0, 3))('exits 2 with a report for %s, never 13 or silence', async (wrong) => {
    const r = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'src/cli/index.ts', 'verify', '--source', folder, '--integrity', 'archive', '--json'],
        { cwd: repoRoot, env: { ...process.env, LIFEBOAT_DECRYPTION_PASSPHRASE: wrong } },
      );
      let stdout = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.on('close', (code) => resolve({ code, stdout }));
    });
    expect(r.code).toBe(2);
    expect(archive(JSON.parse(r.stdout) as Report)?.summary).toMatch(/wrong passphrase/);
  });
});
