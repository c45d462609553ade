// The one-pass integrity reader with Lifeboat's archive reader as the content verifier, and
// pg_restore only as a bounded second opinion.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArchive } from '../../src/archive/index.js';
import { createDatabase, loadSampleDatabase } from '../../src/demo/sample-database.js';
import { runIntegrityPass, type IntegrityOptions } from '../../src/bytes/integrity-pass.js';
import type { PgRestoreTool } from '../../src/bytes/pg-restore-sink.js';
import { findClientTool } from '../../src/postgres/binaries.js';
import { silentLogger } from '../../src/util/logger.js';
import { pgRestoreResolver } from '../../src/bytes/pg-restore-sink.js';
import { chunksOf, countRows, rewriteVersion, tempDir, withVersionBytes } from '../archive/helpers.js';
import { dumpDatabase, sharedCluster } from '../support/postgres.js';

let dir: string;
let expected: Record<string, number>;
const files: Record<string, string> = {};
const realPgRestore = pgRestoreResolver(undefined);
const noPgRestore = async () => undefined;

function pass(input: string | Buffer, opts: Partial<IntegrityOptions> = {}) {
  const source = typeof input === 'string' ? createReadStream(input) : Readable.from(chunksOf(input));
  return runIntegrityPass(source, { level: 'full', pgRestore: realPgRestore, logger: silentLogger, ...opts });
}

function byId(checks: { id: string; status: string; summary: string }[], id: string) {
  const c = checks.find((x) => x.id === id);
  if (!c) throw new Error(`no ${id} check`);
  return c;
}

const statuses = (checks: { id: string; status: string }[]) => checks.map((c) => `${c.id}:${c.status}`);
const counts = (tables: { name: string; rows: number }[] | undefined) =>
  Object.fromEntries((tables ?? []).map((t) => [t.name, t.rows]));

/** A stand-in for pg_restore: a shell script at a path, reported as version `major`. */
async function fakePgRestore(name: string, body: string, major = 15): Promise<() => Promise<PgRestoreTool>> {
  const file = path.join(dir, name);
  await writeFile(file, `#!/bin/sh\n${body}\n`);
  await chmod(file, 0o755);
  return async () => ({ path: file, major, version: `${major}.0` });
}

/** Where the ledger's data block starts and ends in a custom archive, from the reader's TOC. */
async function ledgerBlock(bytes: Buffer): Promise<{ start: number; end: number }> {
  const report = await readArchive(chunksOf(bytes));
  const offsets = report.toc
    .filter((e) => e.dataState === 'set')
    .map((e) => ({ name: `${e.namespace}.${e.tag}`, at: e.dataOffset ?? 0 }))
    .sort((a, b) => a.at - b.at);
  const i = offsets.findIndex((o) => o.name === 'public.inventory_ledger');
  return { start: offsets[i].at, end: offsets[i + 1]?.at ?? bytes.length };
}

beforeAll(async () => {
  const cluster = await sharedCluster();
  dir = await tempDir('reader-pass');
  const url = await createDatabase(cluster.url(), 'reader_pass');
  await loadSampleDatabase(url, { ledgerRows: 20_000 });
  expected = await countRows(url);
  for (const [name, format] of [
    ['custom', 'custom'],
    ['tar', 'tar'],
    ['plain', 'plain'],
  ] as const) {
    files[name] = path.join(dir, `sample.${name}`);
    await dumpDatabase(url, format, files[name]);
  }
  files.customGz = path.join(dir, 'sample.dmp.gz');
  await writeFile(files.customGz, gzipSync(await readFile(files.custom)));
  // Uncompressed, so the archive is far bigger than what a pipe or socket buffers.
  files.customZ0 = path.join(dir, 'sample-z0.dump');
  await dumpDatabase(url, 'custom', files.customZ0, ['--compress=0']);
  files.small = path.join(dir, 'empty.dump');
  await dumpDatabase(await createDatabase(cluster.url(), 'reader_pass_empty'), 'custom', files.small);
});

afterAll(async () => {
  await (await sharedCluster()).stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('row counts from the archive', () => {
  it.each(['custom', 'tar', 'plain', 'customGz'])('%s: every table has its count(*)', async (name) => {
    const result = await pass(files[name]);
    expect(statuses(result.checks)).toEqual(['checksum:skipped', 'archive:ok', 'content:ok']);
    expect(counts(result.tables)).toEqual(expected);
    const total = Object.values(expected).reduce((a, b) => a + b, 0);
    expect(byId(result.checks, 'content').summary).toContain(`${total.toLocaleString('en-US')} rows`);
    if (name !== 'plain')
      expect(byId(result.checks, 'archive').summary).toMatch(/pg_restore --list reads (the same entries|it too)/);
  });
});

describe('without a usable pg_restore', () => {
  it('a custom dump still gets a full verdict from the reader alone', async () => {
    const bytes = await readFile(files.custom);
    const sha = createHash('sha256').update(bytes).digest('hex');
    const result = await pass(files.custom, { pgRestore: noPgRestore, expected: { sha256: sha, from: 'manifest' } });
    expect(statuses(result.checks)).toEqual(['checksum:ok', 'archive:ok', 'content:ok']);
    expect(byId(result.checks, 'archive').summary).toMatch(/verified by Lifeboat's reader alone/);
    expect(counts(result.tables)).toEqual(expected);
  });

  it('a damaged custom dump is still critical without pg_restore', async () => {
    const bytes = await readFile(files.custom);
    const { start, end } = await ledgerBlock(bytes);
    const result = await pass(bytes.subarray(0, Math.floor((start + end) / 2)), { pgRestore: noPgRestore });
    expect(byId(result.checks, 'content').status).toBe('critical');
  });

  it('archive 1.16 read by a pg_restore too old for it: verified by the reader alone', async (ctx) => {
    const bytes = await readFile(files.custom);
    // The rewriter turns pg_dump 15's 1.14 layout into 1.16; a newer pg_dump here writes 1.15+ itself.
    if (bytes[6] !== 14) ctx.skip();
    const tool = await findClientTool('pg_restore');
    const result = await pass(rewriteVersion(bytes, 16));
    expect(statuses(result.checks)).toEqual(['checksum:skipped', 'archive:ok', 'content:ok']);
    const archive = byId(result.checks, 'archive').summary;
    if (tool.major < 17) {
      expect(archive).toContain(
        `pg_restore ${tool.major} cannot read archive 1.16; verified by Lifeboat's reader alone`,
      );
    } else {
      expect(archive).toMatch(/pg_restore --list reads (the same entries|it too)/);
    }
    expect(counts(result.tables)).toEqual(expected);
  });

  it('an archive version the reader does not know is critical, never a guess', async () => {
    const result = await pass(withVersionBytes(await readFile(files.custom), 1, 99));
    const archive = byId(result.checks, 'archive');
    expect(archive.status).toBe('critical');
    expect(archive.summary).toMatch(/^unsupported archive version 1\.99/);
    expect(byId(result.checks, 'content').status).toBe('skipped');
  });
});

describe('damage is reported at the entry', () => {
  it('a custom dump cut inside the ledger names the table and the rows read', async () => {
    const bytes = await readFile(files.custom);
    const { start, end } = await ledgerBlock(bytes);
    const result = await pass(bytes.subarray(0, Math.floor((start + end) / 2)));
    // The TOC is whole: pg_restore --list and the reader agree on it; the data is what is missing.
    expect(byId(result.checks, 'archive').status).toBe('ok');
    const content = byId(result.checks, 'content');
    expect(content.status).toBe('critical');
    expect(content.summary).toMatch(
      /^data for public\.inventory_ledger ends after [\d,]+ rows: archive truncated \(data for \d+ more entries is missing\)$/,
    );
    const rows = Number(/ends after ([\d,]+) rows/.exec(content.summary)?.[1].replaceAll(',', ''));
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(expected['public.inventory_ledger']);
  });

  it('a byte flipped inside the ledger block is critical naming the ledger', async () => {
    const bytes = Buffer.from(await readFile(files.custom));
    const { start, end } = await ledgerBlock(bytes);
    bytes[Math.floor((start + end) / 2)] ^= 0x55;
    const content = byId((await pass(bytes)).checks, 'content');
    expect(content.status).toBe('critical');
    expect(content.summary).toMatch(/public\.inventory_ledger/);
  });

  it('a gzip wrapper cut short says so and names the entry it cut', async () => {
    const bytes = await readFile(files.customGz);
    const content = byId((await pass(bytes.subarray(0, Math.floor(bytes.length * 0.7)))).checks, 'content');
    expect(content.status).toBe('critical');
    expect(content.summary).toMatch(/^gzip stream is damaged: .*; .*archive truncated/);
  });
});

describe('pg_restore as a second opinion', () => {
  it('pg_restore --list rejecting a TOC the reader parses is critical naming both', async () => {
    const pgRestore = await fakePgRestore(
      'rejecting-pg_restore',
      'cat >/dev/null; echo "pg_restore: error: could not read from input file: end of file" >&2; exit 1',
    );
    const archive = byId((await pass(files.custom, { pgRestore })).checks, 'archive');
    expect(archive.status).toBe('critical');
    expect(archive.summary).toMatch(/pg_restore --list rejects .*end of file.*Lifeboat's reader parses/);
  });

  it('lz4 blocks are decoded by the reader itself: data that is not lz4 is critical, pg_restore not asked', async (ctx) => {
    const bytes = await readFile(files.custom);
    if (bytes[6] !== 14) ctx.skip();
    const lz4 = rewriteVersion(bytes, 15);
    lz4[11] = 2; // compression algorithm byte of a 1.15 header: lz4 (the blocks stay zlib)
    const log = path.join(dir, 'fallback.log');
    const accepting = await fakePgRestore('accepting-pg_restore', `echo "$@" >> ${log}; cat >/dev/null; exit 0`, 16);
    const result = await pass(lz4, { pgRestore: accepting });
    const content = byId(result.checks, 'content');
    expect(content.status).toBe('critical');
    expect(content.summary).toMatch(/compressed block is corrupt \(lz4: /);
    expect(await readFile(log, 'utf8')).not.toMatch(/--file=\/dev\/null/);
  });

  it.each([
    ['large archive: it stops reading', 'customZ0', /stopped reading the archive/],
    ['small archive: it never exits', 'small', /had not exited/],
  ])('a pg_restore that hangs is killed by the watchdog (%s)', async (_what, file, reason) => {
    const pgRestore = await fakePgRestore('hanging-pg_restore', 'sleep 30');
    const started = Date.now();
    const result = await pass(files[file], { pgRestore, pgRestoreWatchdogMs: 1500 });
    expect(Date.now() - started).toBeLessThan(8000);
    const archive = byId(result.checks, 'archive');
    expect(archive.status).toBe('critical');
    expect(archive.summary).toMatch(/^pg_restore did not finish: the archive is damaged/);
    expect(archive.summary).toMatch(reason);
  });
});
