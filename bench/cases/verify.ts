import { execFileSync } from 'node:child_process';
import { expectReport, runCli, runCliProbed } from '../lib/cli.js';
import type { BenchContext } from '../lib/context.js';
import type { Fixture } from '../lib/fixtures.js';
import { alternate, fail, measure, measureShell, processCpuS, summarize, type Sample, type Series } from '../lib/measure.js';
import { mb, met, rate, s, x, type CaseResult, type Row } from '../lib/report.js';

export const VERIFY_TARGET = 0.7;
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

function ratioRows(id: string, what: string, lb: Series, bl: Series, fixture: Fixture): Row[] {
  const ratio = lb.wallS / bl.wallS;
  return [
    {
      case: id,
      measure: what,
      lifeboat: `${s(lb.wallS)} (${rate(fixture.size, lb.wallS)})`,
      baseline: `${s(bl.wallS)} (${rate(fixture.size, bl.wallS)})`,
      ratio: x(ratio),
      target: `≤ ${VERIFY_TARGET}`,
      met: met(ratio <= VERIFY_TARGET),
    },
  ];
}

/** Case 1: one streaming pass vs sha256sum && pg_restore --list && pg_restore -f /dev/null. */
export async function caseVerifyFolder(ctx: BenchContext): Promise<CaseResult> {
  const f = ctx.fixtures.large;
  const { warmup, runs } = ctx.scale.cheap;
  ctx.log(`case 1: verify ${mb(f.size)} (${f.key}) vs the three-command baseline, page cache warm`);
  const warm = await alternate(
    { lifeboat: () => verifyFolder(f), baseline: () => baseline(ctx, f) },
    { warmup, runs, log: ctx.log },
  );
  ctx.shared.verifyLarge = warm.lifeboat;
  ctx.log('case 1: the same with the file evicted from the page cache before every run');
  const coldRuns = Math.max(2, Math.floor(runs / 2));
  const cold = await alternate(
    {
      lifeboat: () => (evict(f.file), verifyFolder(f)),
      baseline: () => (evict(f.file), baseline(ctx, f)),
    },
    { warmup: 0, runs: coldRuns, log: ctx.log },
  );
  ctx.log('case 1: profile');
  const prof = await profileVerify(ctx, f);
  ctx.shared.verifyLargeProbe = prof.probe;
  const rows = [
    ...ratioRows('1', `verify, full integrity, folder, ${mb(f.size)} dump, warm cache`, warm.lifeboat, warm.baseline, f),
    ...ratioRows('1', `  same, file evicted from page cache each run`, cold.lifeboat, cold.baseline, f),
  ];
  const p = prof.baselineSteps;
  const notes = [
    `profile (one run each, CPU = user+sys from rusage): sha256sum ${s(p.sha256sum.wallS)} wall / ${s(p.sha256sum.cpuS)} CPU; ` +
      `pg_restore --list ${s(p.pgRestoreList.wallS)}; pg_restore -f /dev/null ${s(p.pgRestoreToDevNull.wallS)} wall / ${s(p.pgRestoreToDevNull.cpuS)} CPU ` +
      `(fed through a pipe: ${s(p.pgRestoreFromPipe.wallS)}); Lifeboat ${s(prof.lifeboat.wallS)} wall = node ${s(prof.lifeboat.nodeCpuS)} CPU + ` +
      `pg_restore children ${s(prof.lifeboat.childrenCpuS)} CPU; node by thread: ${threadList(prof.lifeboat.threads)}.`,
    `fastest runs (warm): Lifeboat ${s(warm.lifeboat.minS)}, baseline ${s(warm.baseline.minS)}, ratio ${x(warm.lifeboat.minS / warm.baseline.minS)}.`,
  ];
  return {
    id: '1',
    title: 'verify vs sha256sum && pg_restore --list && pg_restore -f /dev/null',
    rows,
    notes,
    data: { fixture: fixtureData(f), warm, cold, profile: prof, target: VERIFY_TARGET },
  };
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
    rows: ratioRows('1b', `  same, uncompressed (--compress 0) ${mb(f.size)} dump, warm`, warm.lifeboat, warm.baseline, f),
    notes: [
      `profile: sha256sum ${s(p.sha256sum.cpuS)} CPU, pg_restore -f /dev/null ${s(p.pgRestoreToDevNull.cpuS)} CPU; ` +
        `Lifeboat node ${s(prof.lifeboat.nodeCpuS)} CPU (by thread: ${threadList(prof.lifeboat.threads)}) + children ${s(prof.lifeboat.childrenCpuS)} CPU.`,
    ],
    data: { fixture: fixtureData(f), warm, profile: prof, target: VERIFY_TARGET },
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
        target: 'report',
        met: '—',
      },
    ],
    notes: [`s3rver (its own process) used ${s(s3rverCpuS)} CPU per S3 run (median) serving the object.`],
    data: { fixture: fixtureData(f), s3: r.s3, folder: r.folder, s3rverCpuS: s3cpu },
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
