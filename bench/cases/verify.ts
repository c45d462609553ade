import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { backupKeyFor } from '../../src/backup/backup-key.js';
import { expectReport, runCli, runCliProbed } from '../lib/cli.js';
import type { BenchContext, Probe } from '../lib/context.js';
import { writeSidecars, type Fixture } from '../lib/fixtures.js';
import { alternate, fail, measure, measureShell, processCpuS, summarize, type Sample, type Series } from '../lib/measure.js';
import { mb, met, mib, rate, s, x, type CaseResult, type Row } from '../lib/report.js';

/** Issue #19's targets: Lifeboat's wall time over the three-command baseline's. */
export const VERIFY_TARGETS = {
  /** ~40 MB dump (3 tables), and the same rows over many small tables. */
  small: 0.6,
  /** The 270 MB dump (and ≥ 1 GB): page cache warm / file evicted before each run. */
  warm: 0.5,
  cold: 0.6,
  /** Uncompressed (-Z0). */
  uncompressed: 0.7,
  /** From S3 over the same verify from a folder. */
  s3: 1.15,
} as const;
const INTEGRITY_CHECKS = ['checksum', 'archive', 'content'];

// The baseline, word for word: three commands, three reads of the file.
const BASELINE = `sha256sum "$1"
"$2" --list "$1" >/dev/null
"$2" -f /dev/null "$1"`;

function verifyArgs(source: string): string[] {
  return ['verify', '--source', source, '--json', '--fail-on', 'critical'];
}

export async function verifyFolder(fixture: Fixture): Promise<Sample> {
  const sample = await runCli(verifyArgs(fixture.dir));
  expectReport('lifeboat verify', sample, INTEGRITY_CHECKS);
  return sample;
}

async function baseline(ctx: BenchContext, fixture: Fixture): Promise<Sample> {
  const sample = await measureShell(BASELINE, [fixture.file, ctx.pgRestore.path]);
  if (sample.exitCode !== 0) fail('baseline sha256sum + pg_restore', sample);
  if (!sample.stdout.startsWith(fixture.sha256)) throw new Error(`baseline sha256sum printed ${sample.stdout.slice(0, 64)}, expected ${fixture.sha256}`);
  return sample;
}

/** posix_fadvise(DONTNEED) on this one file: a cold read without dropping the whole machine's cache. */
function evict(file: string): void {
  execFileSync('dd', [`if=${file}`, 'iflag=nocache', 'count=0', 'status=none']);
}

/**
 * Where the time goes: each baseline step alone (GNU time CPU), pg_restore fed through a pipe as a
 * streaming verifier would feed it, and one Lifeboat run split into node's threads and its children.
 */
export async function profileVerify(ctx: BenchContext, fixture: Fixture) {
  const tool = ctx.pgRestore.path;
  const cpu = (x: Sample) => ({ wallS: x.wallS, cpuS: (x.userS ?? NaN) + (x.sysS ?? NaN), maxRssKiB: x.maxRssKiB });
  const step = async (what: string, cmd: string, args: string[]) => {
    const r = await measure(cmd, args);
    if (r.exitCode !== 0) fail(what, r);
    return cpu(r);
  };
  const sha256sum = await step('sha256sum', 'sha256sum', [fixture.file]);
  const list = await step('pg_restore --list', tool, ['--list', fixture.file]);
  const restore = await step('pg_restore -f /dev/null', tool, ['-f', '/dev/null', fixture.file]);
  const piped = cpu(await measureShell('cat "$1" | "$2" -f /dev/null', [fixture.file, tool]));
  const { sample, probe } = await runCliProbed(verifyArgs(fixture.dir), ctx.work);
  expectReport('lifeboat verify (profiled)', sample, INTEGRITY_CHECKS);
  return {
    baselineSteps: { sha256sum, pgRestoreList: list, pgRestoreToDevNull: restore, pgRestoreFromPipe: piped },
    lifeboat: {
      wallS: sample.wallS,
      nodeCpuS: probe ? probe.selfUserS + probe.selfSysS : NaN,
      childrenCpuS: probe ? probe.childrenUserS + probe.childrenSysS : NaN,
      nodePeakRssKiB: probe?.selfPeakRssKiB,
      threads: probe?.threads,
    },
    probe,
  };
}

function ratioRows(id: string, what: string, lb: Series, bl: Series, fixture: Fixture, target: number): Row[] {
  const ratio = lb.wallS / bl.wallS;
  return [
    {
      case: id,
      measure: what,
      lifeboat: `${s(lb.wallS)} (${rate(fixture.size, lb.wallS)})`,
      baseline: `${s(bl.wallS)} (${rate(fixture.size, bl.wallS)})`,
      ratio: x(ratio),
      target: `≤ ${target}`,
      met: met(ratio <= target),
    },
  ];
}

/**
 * One streaming pass vs sha256sum && pg_restore --list && pg_restore -f /dev/null on one dump,
 * page cache warm, then with the file evicted before every run, then one profiled run of each.
 */
async function verifyVsBaseline(
  ctx: BenchContext,
  id: string,
  label: string,
  f: Fixture,
  targets: { warm: number; cold: number },
): Promise<{ rows: Row[]; notes: string[]; data: Record<string, unknown>; warm: Series; probe?: Probe }> {
  const { warmup, runs } = ctx.scale.cheap;
  ctx.log(`case ${id}: verify ${mb(f.size)} (${label}, ${f.key}) vs the three-command baseline, page cache warm`);
  const warm = await alternate(
    { lifeboat: () => verifyFolder(f), baseline: () => baseline(ctx, f) },
    { warmup, runs, log: ctx.log },
  );
  ctx.log(`case ${id}: the same with the file evicted from the page cache before every run`);
  const coldRuns = Math.max(2, Math.floor(runs / 2));
  const cold = await alternate(
    {
      lifeboat: () => (evict(f.file), verifyFolder(f)),
      baseline: () => (evict(f.file), baseline(ctx, f)),
    },
    { warmup: 0, runs: coldRuns, log: ctx.log },
  );
  ctx.log(`case ${id}: profile`);
  const prof = await profileVerify(ctx, f);
  const rows = [
    ...ratioRows(id, `verify, full integrity, folder, ${mb(f.size)} dump (${label}), warm cache`, warm.lifeboat, warm.baseline, f, targets.warm),
    ...ratioRows(id, `  same, file evicted from page cache each run`, cold.lifeboat, cold.baseline, f, targets.cold),
  ];
  const p = prof.baselineSteps;
  const notes = [
    `profile (one run each, CPU = user+sys from rusage): sha256sum ${s(p.sha256sum.wallS)} wall / ${s(p.sha256sum.cpuS)} CPU; ` +
      `pg_restore --list ${s(p.pgRestoreList.wallS)}; pg_restore -f /dev/null ${s(p.pgRestoreToDevNull.wallS)} wall / ${s(p.pgRestoreToDevNull.cpuS)} CPU ` +
      `(fed through a pipe: ${s(p.pgRestoreFromPipe.wallS)}); Lifeboat ${s(prof.lifeboat.wallS)} wall = node ${s(prof.lifeboat.nodeCpuS)} CPU + ` +
      `pg_restore children ${s(prof.lifeboat.childrenCpuS)} CPU; node by thread: ${threadList(prof.lifeboat.threads)}.`,
    `fastest runs (warm): Lifeboat ${s(warm.lifeboat.minS)}, baseline ${s(warm.baseline.minS)}, ratio ${x(warm.lifeboat.minS / warm.baseline.minS)}; ` +
      `peak RSS ${mib(warm.lifeboat.maxRssKiB)}.`,
  ];
  return { rows, notes, warm: warm.lifeboat, probe: prof.probe, data: { fixture: fixtureData(f), warm, cold, profile: prof, targets } };
}

/** Case 0: the issue's ~40 MB case, three tables of 500k rows each at full scale. */
export async function caseVerifyFew(ctx: BenchContext): Promise<CaseResult> {
  const f = ctx.fixtures.few;
  if (!f) throw new Error('no few-tables fixture');
  const r = await verifyVsBaseline(ctx, '0', '3 tables', f, { warm: VERIFY_TARGETS.small, cold: VERIFY_TARGETS.small });
  return { id: '0', title: 'verify, 3 tables', rows: r.rows, notes: r.notes, data: r.data };
}

/** Case 0b: the same rows spread over many small tables (per-table overhead instead of per-byte work). */
export async function caseVerifyMany(ctx: BenchContext): Promise<CaseResult> {
  const f = ctx.fixtures.many;
  if (!f) throw new Error('no many-small-tables fixture');
  const tables = ctx.scale.shapes.manyTables;
  const r = await verifyVsBaseline(ctx, '0b', `${tables} small tables`, f, { warm: VERIFY_TARGETS.small, cold: VERIFY_TARGETS.small });
  return { id: '0b', title: 'verify, many small tables', rows: r.rows, notes: r.notes, data: r.data };
}

/** Case 1: the 270 MB dump of the 4× sample database (one big table and four small ones). */
export async function caseVerifyFolder(ctx: BenchContext): Promise<CaseResult> {
  const f = ctx.fixtures.large;
  const r = await verifyVsBaseline(ctx, '1', 'one big table', f, { warm: VERIFY_TARGETS.warm, cold: VERIFY_TARGETS.cold });
  ctx.shared.verifyLarge = r.warm;
  ctx.shared.verifyLargeProbe = r.probe;
  return { id: '1', title: 'verify vs sha256sum && pg_restore --list && pg_restore -f /dev/null', rows: r.rows, notes: r.notes, data: r.data };
}

/** Case 8 (opt-in): a ≥ 1 GB dump, three tables; peak RSS here is the memory case's largest point. */
export async function caseVerifyGiant(ctx: BenchContext): Promise<CaseResult> {
  const f = ctx.fixtures.giant;
  if (!f) throw new Error('no ≥ 1 GB fixture');
  if (f.size < 1e9) ctx.log(`case 8: WARNING: the dump is ${mb(f.size)}, below 1 GB`);
  const r = await verifyVsBaseline(ctx, '8', '3 tables', f, { warm: VERIFY_TARGETS.warm, cold: VERIFY_TARGETS.cold });
  return { id: '8', title: 'verify, ≥ 1 GB', rows: r.rows, notes: r.notes, data: r.data };
}

/** Case 1b: the same on an uncompressed dump, where reading, not inflating, is the work. */
export async function caseVerifyUncompressed(ctx: BenchContext): Promise<CaseResult> {
  const f = ctx.fixtures.baseUncompressed;
  if (!f) throw new Error('no uncompressed fixture');
  const { warmup, runs } = ctx.scale.cheap;
  ctx.log(`case 1b: verify an uncompressed (-Z0) dump of the 1× data, ${mb(f.size)}`);
  const warm = await alternate(
    { lifeboat: () => verifyFolder(f), baseline: () => baseline(ctx, f) },
    { warmup, runs: Math.min(3, runs), log: ctx.log },
  );
  const prof = await profileVerify(ctx, f);
  const p = prof.baselineSteps;
  return {
    id: '1b',
    title: 'verify, uncompressed dump',
    rows: ratioRows('1b', `verify, uncompressed (--compress 0) ${mb(f.size)} dump, warm`, warm.lifeboat, warm.baseline, f, VERIFY_TARGETS.uncompressed),
    notes: [
      `profile: sha256sum ${s(p.sha256sum.cpuS)} CPU, pg_restore -f /dev/null ${s(p.pgRestoreToDevNull.cpuS)} CPU; ` +
        `Lifeboat node ${s(prof.lifeboat.nodeCpuS)} CPU (by thread: ${threadList(prof.lifeboat.threads)}) + children ${s(prof.lifeboat.childrenCpuS)} CPU.`,
    ],
    data: { fixture: fixtureData(f), warm, profile: prof, target: VERIFY_TARGETS.uncompressed },
  };
}

/** Case 2: the same verify reading from s3rver on loopback instead of the folder. */
export async function caseVerifyS3(ctx: BenchContext): Promise<CaseResult> {
  const f = ctx.fixtures.large;
  const s3 = await ctx.s3();
  const bucket = 'bench';
  await s3.request({ op: 'bucket', bucket });
  for (const key of [f.key, `${f.key}.sha256`, `${f.key}.manifest.json`]) {
    await s3.request({ op: 'seedFile', bucket, key: `large/${key}`, file: `${f.dir}/${key}` });
  }
  const env = { ...process.env, ...s3.env };
  const s3cpu: number[] = [];
  const fromS3 = async () => {
    const before = processCpuS(s3.pid);
    const sample = await runCli([...verifyArgs(`s3://${bucket}/large`), '--s3-force-path-style', 'true'], { env });
    s3cpu.push(processCpuS(s3.pid) - before);
    expectReport('lifeboat verify from S3', sample, INTEGRITY_CHECKS);
    return sample;
  };
  const { warmup } = ctx.scale.cheap;
  // Three rounds: the S3 path costs the same per byte every time, and each round reads the big dump twice.
  const runs = Math.min(3, ctx.scale.cheap.runs);
  ctx.log(`case 2: verify ${mb(f.size)} from s3rver vs from the folder`);
  const r = await alternate({ s3: fromS3, folder: () => verifyFolder(f) }, { warmup, runs, log: ctx.log });
  const ratio = r.s3.wallS / r.folder.wallS;
  const s3rverCpuS = summarize(s3cpu.slice(-runs).map((c) => ({ wallS: c }) as Sample)).wallS;
  return {
    id: '2',
    title: 'verify from S3 vs from a folder',
    rows: [
      {
        case: '2',
        measure: `verify from S3 (s3rver, loopback) vs folder, ${mb(f.size)}`,
        lifeboat: `${s(r.s3.wallS)} (${rate(f.size, r.s3.wallS)})`,
        baseline: `${s(r.folder.wallS)} (${rate(f.size, r.folder.wallS)})`,
        ratio: x(ratio),
        target: `≤ ${VERIFY_TARGETS.s3}`,
        met: met(ratio <= VERIFY_TARGETS.s3),
      },
    ],
    notes: [`s3rver (its own process) used ${s(s3rverCpuS)} CPU per S3 run (median) serving the object.`],
    data: { fixture: fixtureData(f), s3: r.s3, folder: r.folder, s3rverCpuS: s3cpu, target: VERIFY_TARGETS.s3 },
  };
}

export function fixtureData(f: Fixture) {
  return { key: f.key, bytes: f.size, madeBy: f.madeBy, why: f.why };
}

function threadList(threads: Record<string, number> | undefined): string {
  if (!threads) return 'n/a';
  return Object.entries(threads)
    .filter(([, cpu]) => cpu >= 0.01)
    .sort((a, b) => b[1] - a[1])
    .map(([name, cpu]) => `${name} ${s(cpu)}`)
    .join(', ');
}

const SHARED_ARCHIVES = '/work/shared/fixtures/pg-archives';
const CODECS = ['gzip', 'zstd', 'lz4', 'none'] as const;

/**
 * Case 1c: the pass per codec. zstd and lz4 need pg_dump 16+ and only PostgreSQL 15's client tools
 * are installed, so the inputs are the real pg_dump 17.2 archives of the shared fixtures (84–400 KB),
 * and there is no baseline: pg_restore 15 cannot read archive 1.16. What is measured is the pass
 * over `--integrity none` on the same folder (start-up and listing alike), i.e. each codec's cost;
 * gzip and none at size are cases 0, 1 and 1b.
 */
export async function caseVerifyCodecs(ctx: BenchContext): Promise<CaseResult> {
  const dir = process.env.LIFEBOAT_BENCH_ARCHIVES ?? SHARED_ARCHIVES;
  const rows: Row[] = [];
  const data: Record<string, unknown> = {};
  const notes: string[] = [];
  const expected = (JSON.parse(await readFile(path.join(dir, 'expected.json'), 'utf8')) as { database: { tables: Record<string, number> } }).database;
  for (const codec of CODECS) {
    const source = path.join(dir, `v17-custom-${codec}.dump`);
    if (!existsSync(source)) {
      rows.push({ case: '1c', measure: `verify, ${codec}`, lifeboat: `not measured: no ${source}`, baseline: '', ratio: '', target: '', met: 'n/a' });
      continue;
    }
    const store = await mkdtemp(path.join(ctx.work, `codec-${codec}-`));
    const key = backupKeyFor('', 'fixture', new Date());
    await copyFile(source, path.join(store, key));
    const size = (await stat(source)).size;
    const sha256 = createHash('sha256').update(await readFile(source)).digest('hex');
    await writeSidecars(store, key, { sha256, size, serverVersion: '17.2', pgDumpVersion: '17.2', database: 'fixture', tables: expected.tables });
    const f: Fixture = { dir: store, key, file: path.join(store, key), size, sha256, madeBy: 'pg_dump + manifest written by the bench' };
    const none = async () => {
      const sample = await runCli([...verifyArgs(store), '--integrity', 'none']);
      expectReport(`lifeboat verify --integrity none (${codec})`, sample, []);
      return sample;
    };
    const { warmup } = ctx.scale.cheap;
    const runs = Math.max(3, ctx.scale.cheap.runs);
    ctx.log(`case 1c: verify the pg_dump 17.2 ${codec} archive (${mb(size)}) vs --integrity none`);
    const r = await alternate({ full: () => verifyFolder(f), none }, { warmup, runs, log: ctx.log });
    rows.push({
      case: '1c',
      measure: `verify, ${codec}, pg_dump 17.2 fixture ${mb(size)}: full pass vs --integrity none`,
      lifeboat: s(r.full.wallS),
      baseline: s(r.none.wallS),
      ratio: `+${s(r.full.wallS - r.none.wallS)}`,
      target: 'report',
      met: '—',
    });
    data[codec] = { bytes: size, full: r.full, none: r.none };
  }
  notes.push(
    'zstd/lz4 rows use the shared 84–140 KB pg_dump 17.2 archives: no pg_dump 16+ here to make a large one, and pg_restore 15 cannot read ' +
      'archive 1.16, so these rows have no hand-written baseline (the ratio column is the pass\'s cost over start-up and listing).',
  );
  return { id: '1c', title: 'verify by codec', rows, notes, data };
}
