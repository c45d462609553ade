import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIntegrityPass } from '../../src/bytes/integrity-pass.js';
import { silentLogger } from '../../src/util/logger.js';
import { pgRestoreResolver } from '../../src/bytes/pg-restore-sink.js';
import { createDatabase, loadSampleDatabase } from '../../src/demo/sample-database.js';
import type { EphemeralCluster } from '../../src/postgres/ephemeral-cluster.js';
import { dumpDatabase, sharedCluster } from '../support/postgres.js';
import { createHash } from 'node:crypto';

let cluster: EphemeralCluster;
let dir: string;
const files: Record<string, string> = {};
const pgRestore = pgRestoreResolver(undefined);

async function pass(file: string, level: 'checksum' | 'archive' | 'full' = 'full', expected?: string) {
  return runIntegrityPass(createReadStream(file), {
    level,
    pgRestore,
    logger: silentLogger,
    expected: expected ? { sha256: expected, from: 'manifest' } : undefined,
  });
}

function byId(checks: { id: string; status: string; summary: string }[], id: string) {
  const c = checks.find((x) => x.id === id);
  if (!c) throw new Error(`no ${id} check`);
  return c;
}

beforeAll(async () => {
  cluster = await sharedCluster();
  const url = await createDatabase(cluster.url(), 'integrity_sample');
  await loadSampleDatabase(url, { ledgerRows: 20_000 });
  dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-integrity-'));
  files.custom = path.join(dir, 'sample.dump');
  files.tar = path.join(dir, 'sample.tar');
  files.plain = path.join(dir, 'sample.sql');
  await dumpDatabase(url, 'custom', files.custom);
  await dumpDatabase(url, 'tar', files.tar);
  await dumpDatabase(url, 'plain', files.plain);
  files.plainGz = path.join(dir, 'sample.sql.gz');
  await writeFile(files.plainGz, gzipSync(await readFile(files.plain)));
  files.tarGz = path.join(dir, 'sample.tar.gz');
  await writeFile(files.tarGz, gzipSync(await readFile(files.tar)));
  files.customGz = path.join(dir, 'sample.dmp.gz');
  await writeFile(files.customGz, gzipSync(await readFile(files.custom)));
});

afterAll(async () => {
  await cluster?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('intact backups', () => {
  it.each(['custom', 'tar', 'plain', 'plainGz', 'tarGz', 'customGz'])('%s passes archive and content', async (name) => {
    const file = files[name];
    const sha = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
    const result = await pass(file, 'full', sha);
    expect(result.sha256).toBe(sha);
    expect(result.bytes).toBe((await stat(file)).size);
    expect(result.checks.map((c) => `${c.id}:${c.status}`)).toEqual(['checksum:ok', 'archive:ok', 'content:ok']);
  });

  it('counts COPY rows per table in a plain dump', async () => {
    const result = await pass(files.plainGz);
    const ledger = result.tables?.find((t) => t.name === 'public.inventory_ledger');
    expect(ledger?.rows).toBe(20_000);
  });

  it('level archive lists the TOC but leaves the data blocks unread', async () => {
    const result = await pass(files.custom, 'archive');
    expect(byId(result.checks, 'archive').status).toBe('ok');
    expect(byId(result.checks, 'content').status).toBe('skipped');
  });
});

describe('damaged backups are critical with a reason', () => {
  it.each([0.1, 0.5, 0.9])('custom dump truncated at %s', async (fraction) => {
    const bytes = await readFile(files.custom);
    const cut = path.join(dir, `cut-${fraction}.dump`);
    await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length * fraction)));
    const result = await pass(cut);
    const bad = result.checks.filter((c) => c.status === 'critical');
    expect(bad.length).toBeGreaterThan(0);
    expect(bad.map((c) => c.summary).join(' ')).toMatch(/truncated|does not parse|end of file/i);
  });

  it('one byte flipped inside a compressed data block', async () => {
    const bytes = Buffer.from(await readFile(files.custom));
    // The data blocks follow the TOC; 75% into the file lands inside the ledger's compressed stream.
    const at = Math.floor(bytes.length * 0.75);
    bytes[at] ^= 0xff;
    const flipped = path.join(dir, 'flipped.dump');
    await writeFile(flipped, bytes);
    const result = await pass(flipped);
    expect(byId(result.checks, 'content').status).toBe('critical');
  });

  it('a gzip stream cut short', async () => {
    const bytes = await readFile(files.plainGz);
    const cut = path.join(dir, 'cut.sql.gz');
    await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const content = byId((await pass(cut)).checks, 'content');
    expect(content.status).toBe('critical');
    expect(content.summary).toMatch(/gzip|truncated/);
  });

  it('a plain dump cut inside a COPY block names the table and the rows read', async () => {
    const text = await readFile(files.plain, 'utf8');
    const start = text.indexOf('COPY public.inventory_ledger');
    const cut = path.join(dir, 'cut.sql');
    await writeFile(cut, text.slice(0, start + 5000));
    const content = byId((await pass(cut)).checks, 'content');
    expect(content.status).toBe('critical');
    // Every newline after the COPY line ends one whole row; the partial line after the last one is not a row.
    const rows = text.slice(start, start + 5000).split('\n').length - 2;
    expect(content.summary).toBe(`data for public.inventory_ledger ends after ${rows} rows: archive truncated`);
  });

  it('a JPEG renamed .dump', async () => {
    const jpeg = path.join(dir, 'photo.dump');
    await writeFile(
      jpeg,
      Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), Buffer.from('JFIF\0'), Buffer.alloc(8000, 7)]),
    );
    const archive = byId((await pass(jpeg)).checks, 'archive');
    expect(archive.status).toBe('critical');
    expect(archive.summary).toMatch(/not a PostgreSQL backup: .*JPEG/i);
  });

  it('a zero-byte file', async () => {
    const result = await runIntegrityPass(Readable.from([]), { level: 'full', pgRestore, logger: silentLogger });
    const archive = byId(result.checks, 'archive');
    expect(archive.status).toBe('critical');
    expect(archive.summary).toMatch(/empty/);
  });

  it('a checksum that does not match', async () => {
    const checksum = byId((await pass(files.custom, 'full', 'a'.repeat(64))).checks, 'checksum');
    expect(checksum.status).toBe('critical');
    expect(checksum.summary).toMatch(/sha256 mismatch/);
  });
});
