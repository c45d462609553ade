import { GetObjectCommand } from '@aws-sdk/client-s3';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backup } from '../../src/backup/backup.js';
import { createDatabase, loadSampleDatabase } from '../../src/demo/sample-database.js';
import { silentLogger } from '../../src/util/logger.js';
import { verify } from '../../src/verify/verify.js';
import { parseVerifySettings } from '../../src/verify/verify-settings.js';
import { sharedCluster } from '../support/postgres.js';
import { startS3rver, type RunningS3rver } from '../support/s3rver.js';
import { settingsFor } from './helpers.js';

let dir: string;
let dbUrl: string;
let s3: RunningS3rver;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-backup-stores-'));
  const cluster = await sharedCluster();
  dbUrl = await createDatabase(cluster.url(), 'storedb');
  await loadSampleDatabase(dbUrl, { ledgerRows: 20_000 });
  s3 = await startS3rver();
  await s3.bucket('backups');
});

afterAll(async () => {
  await s3?.stop();
  await rm(dir, { recursive: true, force: true });
  await (await sharedCluster()).stop();
});

async function verifyChecks(source: string, env: NodeJS.ProcessEnv) {
  const settings = parseVerifySettings({ source, 's3-force-path-style': source.startsWith('s3:') ? 'true' : 'false' });
  const { report, newest } = await verify(settings, { env, logger: silentLogger });
  return { report, newest, check: (id: string) => report.checks.find((c) => c.id === id) };
}

function flipByte(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] ^= 0x01;
  return copy;
}

describe.each([
  ['folder', (): string => path.join(dir, 'folder-store'), (): NodeJS.ProcessEnv => ({})],
  ['s3', (): string => 's3://backups/nightly/db', (): NodeJS.ProcessEnv => s3.env],
] as const)('backup to a %s store', (kind, dest, env) => {
  it('verifies ok with the checksum from the manifest, and one flipped byte turns it critical', async () => {
    const { report, key, manifest } = await backup(
      settingsFor({ 'database-url': dbUrl, dest: dest(), 's3-force-path-style': 'true' }),
      {
        env: env(),
        logger: silentLogger,
      },
    );
    expect(report.status, JSON.stringify(report.checks)).toBe('ok');
    expect(report.kind).toBe('backup');
    expect(report.checks.map((c) => c.id)).toEqual(['connect', 'dump', 'manifest', 'retention']);
    expect(key).toMatch(/^storedb_\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.dump$/);
    expect(report.backup).toMatchObject({ key, size: manifest?.size, sha256: manifest?.sha256 });

    const good = await verifyChecks(dest(), env());
    expect(good.report.status, JSON.stringify(good.report.checks)).toBe('ok');
    expect(good.newest?.key).toBe(key);
    expect(good.check('checksum')).toMatchObject({ status: 'ok' });
    expect(good.check('checksum')?.summary).toMatch(/manifest/);
    expect(good.check('content')).toMatchObject({ status: 'ok' });

    // Corrupt one byte in the middle of the object, where the data blocks are.
    if (kind === 'folder') {
      const file = path.join(dest(), key as string);
      const bytes = await readFile(file);
      await writeFile(file, flipByte(bytes, Math.floor(bytes.length / 2)));
    } else {
      const object = await s3.client.send(new GetObjectCommand({ Bucket: 'backups', Key: `nightly/db/${key}` }));
      const bytes = Buffer.from(
        await (object.Body as { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray(),
      );
      expect(bytes.length).toBe(manifest?.size);
      await s3.put('backups', `nightly/db/${key}`, flipByte(bytes, Math.floor(bytes.length / 2)));
    }
    const bad = await verifyChecks(dest(), env());
    expect(bad.check('checksum')).toMatchObject({ status: 'critical' });
    expect(bad.report.status).toBe('critical');
  });
});
