// Mutated archives: the reader must never throw, never hang, and never call an archive clean when
// pg_restore rejects it. A seeded PRNG keeps every run (and every failure) reproducible.
import { readFile as readBytes, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readArchive } from '../../src/archive/index.js';
import type { ArchiveReport } from '../../src/archive/types.js';
import { createDatabase } from '../../src/demo/sample-database.js';
import { withClient } from '../../src/postgres/client.js';
import { dumpDatabase, sharedCluster } from '../support/postgres.js';
import { chunksOf, pgRestoreAccepts, tempDir } from './helpers.js';
import { mulberry32 } from '../support/seeded-random.js';

const CASES = 200;
const RESTORE_SAMPLE = 40;
const CASE_TIMEOUT_MS = 10_000;

type Mutation = { name: string; bytes: Buffer };

function mutate(base: Buffer, rnd: () => number): Mutation {
  const int = (n: number): number => Math.floor(rnd() * n);
  const kind = int(4);
  if (kind === 0) {
    const at = int(base.length);
    return { name: `truncate@${at}`, bytes: base.subarray(0, at) };
  }
  if (kind === 1) {
    const out = Buffer.from(base);
    const n = 1 + int(3);
    const where: number[] = [];
    for (let i = 0; i < n; i++) {
      const at = int(out.length);
      out[at] ^= 1 + int(255);
      where.push(at);
    }
    return { name: `flip@${where.join(',')}`, bytes: out };
  }
  if (kind === 2) {
    const out = Buffer.from(base);
    const at = int(out.length);
    const len = 1 + int(64);
    out.fill(0, at, Math.min(out.length, at + len));
    return { name: `zero@${at}+${len}`, bytes: out };
  }
  const at = int(base.length);
  const len = 1 + int(512);
  const chunk = base.subarray(at, Math.min(base.length, at + len));
  const to = int(base.length);
  return { name: `dup@${at}+${len}->${to}`, bytes: Buffer.concat([base.subarray(0, to), chunk, base.subarray(to)]) };
}

let dir: string;
const bases: Record<string, Buffer> = {};

beforeAll(async () => {
  const cluster = await sharedCluster();
  dir = await tempDir('fuzz');
  const url = await createDatabase(cluster.url(), 'fuzz_src');
  await withClient(url, async (c) => {
    await c.query(`CREATE TABLE a (id int, s text)`);
    await c.query(`INSERT INTO a SELECT g, 'row ' || g || E'\\t' || md5(g::text) FROM generate_series(1, 3000) g`);
    await c.query(`CREATE TABLE b (id int)`);
    await c.query(`INSERT INTO b SELECT generate_series(1, 500)`);
    await c.query(`CREATE TABLE e (x int)`);
    await c.query(`SELECT lo_from_bytea(0, decode(repeat(md5('lo'), 200), 'hex'))`);
  });
  for (const [name, format, args] of [
    ['custom.dump', 'custom', []],
    ['customZ0.dump', 'custom', ['--compress=0']],
    ['archive.tar', 'tar', []],
  ] as const) {
    const file = path.join(dir, name);
    await dumpDatabase(url, format, file, [...args]);
    bases[name] = await readBytes(file);
  }
});

afterAll(async () => {
  await (await sharedCluster()).stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function readWithTimeout(bytes: Buffer): Promise<ArchiveReport> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`reader did not finish within ${CASE_TIMEOUT_MS} ms`)), CASE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([readArchive(chunksOf(bytes, 16 * 1024)), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

it(`survives ${CASES} mutations and never calls an archive pg_restore rejects clean`, async () => {
  const rnd = mulberry32(0x11feb0a7);
  const names = Object.keys(bases);
  const disagreements: string[] = [];
  let restoreRuns = 0;
  let rejectedByRestore = 0;
  let flaggedByReader = 0;
  let slowest = 0;
  let hung = 0;
  for (let i = 0; i < CASES; i++) {
    const baseName = names[i % names.length];
    const m = mutate(bases[baseName], rnd);
    const label = `case ${i} ${baseName} ${m.name}`;
    const t0 = Date.now();
    const report = await readWithTimeout(m.bytes).catch((e: unknown) => {
      throw new Error(`${label}: ${e instanceof Error ? e.message : String(e)}`);
    });
    expect(Array.isArray(report.problems), label).toBe(true);
    slowest = Math.max(slowest, Date.now() - t0);
    if (report.problems.length > 0) flaggedByReader++;
    // Every truncation and duplication changes the data pg_restore needs; the reader must notice them all.
    if (m.name.startsWith('truncate') && m.bytes.length < bases[baseName].length) {
      expect(report.problems.length, label).toBeGreaterThan(0);
    }
    if (i % Math.floor(CASES / RESTORE_SAMPLE) === 0) {
      restoreRuns++;
      const file = path.join(dir, `case-${i}`);
      await writeFile(file, m.bytes);
      const verdict = await pgRestoreAccepts(file, 5_000);
      const accepted = verdict === true;
      if (verdict === 'hung') hung++;
      if (!accepted) rejectedByRestore++;
      if (!accepted && report.problems.length === 0) disagreements.push(label);
      await rm(file);
    }
  }
  console.log(
    `fuzz: ${CASES} cases, reader flagged ${flaggedByReader}; pg_restore run on ${restoreRuns}, rejected ${rejectedByRestore} (${hung} hung); slowest read ${slowest} ms`,
  );
  expect(disagreements).toEqual([]);
}, 300_000);
