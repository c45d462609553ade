import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile as readBytes, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArchive } from '../../src/archive/index.js';
import { decode } from '../../src/bytes/layers.js';
import type { ArchiveReport } from '../../src/archive/types.js';
import { dumpDatabase, sharedCluster } from '../support/postgres.js';
import {
  chunksOf,
  countRows,
  createCorpus,
  pgRestoreAccepts,
  readFile,
  rewriteVersion,
  tempDir,
  withVersionBytes,
} from './helpers.js';

let dir: string;
let expected: Record<string, number>;
const files: Record<string, string> = {};

function expectCounts(r: ArchiveReport): void {
  expect(r.problems).toEqual([]);
  const got = Object.fromEntries(r.tables.map((t) => [t.name, t.rows]));
  expect(got).toEqual(expected);
}

beforeAll(async () => {
  const cluster = await sharedCluster();
  dir = await tempDir('archive');
  const url = await createCorpus(cluster.url(), 'archive_corpus');
  expected = await countRows(url);
  const dumps: Array<[string, 'custom' | 'tar' | 'plain', string[]]> = [
    ['custom', 'custom', []],
    ['customZ0', 'custom', ['--compress=0']],
    ['customZ9', 'custom', ['--compress=9']],
    ['tar', 'tar', []],
    ['plain', 'plain', []],
  ];
  for (const [name, format, args] of dumps) {
    files[name] = path.join(dir, `${name}.${format === 'plain' ? 'sql' : format === 'tar' ? 'tar' : 'dump'}`);
    await dumpDatabase(url, format, files[name], args);
  }
  for (const name of ['custom', 'tar', 'plain']) {
    files[`${name}Gz`] = `${files[name]}.gz`;
    await writeFile(files[`${name}Gz`], gzipSync(await readBytes(files[name])));
  }
});

afterAll(async () => {
  await (await sharedCluster()).stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('archives made by pg_dump: row counts equal count(*)', () => {
  it.each(['custom', 'customZ0', 'customZ9', 'tar', 'customGz', 'tarGz'])('%s', async (name) => {
    const r = await readFile(files[name]);
    expectCounts(r);
    expect(r.blobs).toBe(3);
    expect(r.header.dbname).toBe('archive_corpus');
    expect(r.header.version).toBe('1.14');
    expect(r.header.serverVersion).toMatch(/^\d+/);
    expect(r.toc.some((e) => e.desc === 'TABLE' && e.tag === 'Mixed.Case "q"' && e.namespace === 'Other Schema')).toBe(
      true,
    );
  });

  it.each(['plain', 'plainGz'])('%s', async (name) => {
    const r = await readFile(files[name]);
    expectCounts(r);
    expect(r.header.format).toBe('plain');
  });

  it('reports the compression of -Z0 and -Z9 archives', async () => {
    expect((await readFile(files.customZ0)).header.compression).toBe('none');
    expect((await readFile(files.customZ9)).header).toMatchObject({ compression: 'gzip', compressionLevel: 9 });
  });

  it.each(['customZ9', 'custom', 'tar'])('%s: the same counts with inflate threads, and every byte read', async (name) => {
    const hash = createHash('sha256');
    async function* hashed(from: AsyncIterable<Buffer>) {
      for await (const chunk of from) yield hash.update(chunk) && chunk;
    }
    const r = await readArchive(hashed(createReadStream(files[name])), { workers: 2 });
    expectCounts(r);
    const bytes = await readBytes(files[name]);
    expect(hash.digest('hex')).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(r.bytes).toBe(bytes.length);
  });

  it('does not depend on how the input is chunked', async () => {
    const bytes = await readBytes(files.customZ0);
    for (const size of [1 + 6, 4093]) {
      const r = await readArchive(chunksOf(bytes.subarray(0, 200_000), size));
      const whole = await readArchive(chunksOf(bytes.subarray(0, 200_000), 1 << 20));
      expect(r.tables).toEqual(whole.tables);
      expect(r.problems.map((p) => p.message)).toEqual(whole.problems.map((p) => p.message));
    }
  });
});

describe('damaged archives are reported, where pg_restore fails too', () => {
  it.each([0.1, 0.5, 0.9])('custom archive truncated at %s', async (fraction) => {
    const bytes = await readBytes(files.customZ9);
    const cut = path.join(dir, `cut-${fraction}.dump`);
    await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length * fraction)));
    const r = await readFile(cut);
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems.every((p) => p.kind === 'truncated')).toBe(true);
    expect(r.problems.map((p) => p.message).join('\n')).toMatch(/archive truncated/);
    expect(await pgRestoreAccepts(cut)).toBe(false);
  });

  it('names the table and the rows read when the cut falls inside a table', async () => {
    const bytes = await readBytes(files.customZ0);
    const whole = await readFile(files.customZ0);
    const ledger = whole.toc.find((e) => e.desc === 'TABLE DATA' && e.tag === 'inventory_ledger')!;
    const cutAt = ledger.dataOffset! + 300_000;
    const r = await readArchive(chunksOf(bytes.subarray(0, cutAt)));
    const msg = r.problems.find((p) => p.entry === 'public.inventory_ledger')?.message ?? '';
    expect(msg).toMatch(/^data for public\.inventory_ledger ends after [\d,]+ rows: archive truncated$/);
    const rows = Number(/after ([\d,]+) rows/.exec(msg)![1].replace(/,/g, ''));
    expect(rows).toBeGreaterThan(1000);
    expect(rows).toBeLessThan(expected['public.inventory_ledger']);
  });

  it('cut inside the TOC and an empty file', async () => {
    const bytes = await readBytes(files.custom);
    expect((await readArchive(chunksOf(bytes.subarray(0, 700)))).problems[0].message).toMatch(/archive truncated/);
    expect((await readArchive(chunksOf(Buffer.alloc(0)))).problems[0].message).toBe('the file is empty');
  });

  it('one byte flipped inside a compressed data block', async () => {
    const bytes = await readBytes(files.customZ9);
    const r0 = await readFile(files.customZ9);
    const entry = r0.toc.find((e) => e.desc === 'TABLE DATA' && e.tag === 'inventory_ledger')!;
    // block: type byte, dump id int, then chunks (length int, payload)
    const chunkStart = entry.dataOffset! + 1 + 5;
    const chunkLen = bytes.readUInt32LE(chunkStart + 1);
    const at = chunkStart + 5 + Math.floor(chunkLen / 2);
    const bad = Buffer.from(bytes);
    bad[at] ^= 0x55;
    const file = path.join(dir, 'flipped.dump');
    await writeFile(file, bad);
    const r = await readFile(file);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ entry: 'public.inventory_ledger', kind: 'corrupt' });
    expect(r.problems[0].message).toMatch(
      /^data for public\.inventory_ledger: compressed block is corrupt \(zlib: .+\)$/,
    );
    expect(await pgRestoreAccepts(file)).toBe(false);
  });

  it('a truncated tar and a truncated gzip wrapper', async () => {
    const tar = await readBytes(files.tar);
    const r = await readArchive(chunksOf(tar.subarray(0, Math.floor(tar.length * 0.6))));
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems.every((p) => p.kind === 'truncated')).toBe(true);
    const gz = await readBytes(files.customGz);
    // As the integrity pass reads it: the gzip layer peeled before the reader, ending where it fails.
    const peeled = decode(Readable.from(chunksOf(gz.subarray(0, Math.floor(gz.length * 0.7)))), ['gzip']);
    const g = await readArchive(peeled.stream);
    expect(g.problems.map((p) => p.message).join('\n')).toMatch(/gzip wrapper is damaged|archive truncated/);
  });

  it('a plain dump cut inside COPY data, and one cut after it', async () => {
    const sql = await readBytes(files.plain);
    const i = sql.indexOf('COPY public.inventory_ledger');
    const r = await readArchive(chunksOf(sql.subarray(0, i + 200_000)));
    expect(r.problems[0].message).toMatch(
      /^data for public\.inventory_ledger ends after [\d,]+ rows: archive truncated$/,
    );
    const end = sql.lastIndexOf('\\.\n');
    const r2 = await readArchive(chunksOf(sql.subarray(0, end + 3)));
    expect(r2.problems[0].message).toMatch(
      /does not end with "-- PostgreSQL database dump complete": archive truncated/,
    );
  });

  it('something that is not a dump', async () => {
    const r = await readArchive(chunksOf(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4])));
    expect(r.problems[0]).toMatchObject({ kind: 'unsupported' });
  });
});

describe('archive versions', () => {
  it('reads the 1.15 and 1.16 layouts (rewritten from a 1.14 archive)', async () => {
    const bytes = await readBytes(files.customZ9);
    const base = await readFile(files.customZ9);
    for (const minor of [15, 16] as const) {
      const r = await readArchive(chunksOf(rewriteVersion(bytes, minor)));
      expectCounts(r);
      expect(r.header).toMatchObject({ version: `1.${minor}`, compression: 'gzip', compressionLevel: undefined });
      expect(r.toc.map((e) => [e.dumpId, e.desc, e.tag, e.owner, e.dependencies])).toEqual(
        base.toc.map((e) => [e.dumpId, e.desc, e.tag, e.owner, e.dependencies]),
      );
      const table = r.toc.find((e) => e.desc === 'TABLE')!;
      expect(table.relkind).toBe(minor === 16 ? 'r' : null);
    }
    const z0 = rewriteVersion(await readBytes(files.customZ0), 15);
    const r0 = await readArchive(chunksOf(z0));
    expectCounts(r0);
    expect(r0.header.compression).toBe('none');
  });

  it.each([
    [1, 99],
    [1, 11],
    [2, 0],
  ])('refuses version %i.%i by name', async (vmaj, vmin) => {
    const bytes = await readBytes(files.custom);
    const r = await readArchive(chunksOf(withVersionBytes(bytes, vmaj, vmin)));
    expect(r.problems).toEqual([{ kind: 'unsupported', message: `unsupported archive version ${vmaj}.${vmin}` }]);
    expect(r.tables).toEqual([]);
  });
});
