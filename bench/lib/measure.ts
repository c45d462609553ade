import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** One run of one command, measured from the outside. */
export interface Sample {
  wallS: number;
  /** CPU of the command and every child it waited for (GNU time %U %S). */
  userS?: number;
  sysS?: number;
  /** GNU time %M: the largest peak RSS of any single process in the tree (not their sum). */
  maxRssKiB?: number;
  /** Seconds from spawn to the first byte on stdout or stderr. */
  firstOutputS?: number;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export const GNU_TIME = '/usr/bin/time';
export const HAVE_GNU_TIME = existsSync(GNU_TIME);

const scratch = mkdtempSync(path.join(os.tmpdir(), 'lifeboat-bench-time-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
let timeFiles = 0;

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Skip the GNU time wrapper (start-up runs: its own fork/exec would be part of what is measured). */
  bare?: boolean;
  /** SIGTERM the command once it has printed something (start-up runs). */
  killOnFirstOutput?: boolean;
  timeoutS?: number;
}

const KEEP_OUTPUT = 1 << 20;

/**
 * Spawns `cmd args` (no shell) and measures wall clock from spawn to exit in this process; CPU and
 * peak RSS come from GNU time wrapped around it, which reads them from wait4's rusage.
 */
export function measure(cmd: string, args: string[], opts: RunOptions = {}): Promise<Sample> {
  const timeFile = path.join(scratch, `t${timeFiles++}`);
  const wrapped = !opts.bare && HAVE_GNU_TIME;
  const [file, argv] = wrapped ? [GNU_TIME, ['-f', '%e %U %S %M', '-o', timeFile, cmd, ...args]] : [cmd, args];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { env: opts.env ?? process.env, cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let firstOutputS: number | undefined;
    const onFirst = () => {
      if (firstOutputS !== undefined) return;
      firstOutputS = Number(process.hrtime.bigint() - started) / 1e9;
      if (opts.killOnFirstOutput) child.kill('SIGTERM');
    };
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      onFirst();
      if (stdout.length < KEEP_OUTPUT) stdout += d;
    });
    child.stderr.on('data', (d: string) => {
      onFirst();
      stderr = (stderr + d).slice(-65536);
    });
    const timer = opts.timeoutS
      ? setTimeout(() => child.kill('SIGKILL'), opts.timeoutS * 1000)
      : undefined;
    child.on('error', reject);
    child.on('close', (exitCode, signal) => {
      const wallS = Number(process.hrtime.bigint() - started) / 1e9;
      if (timer) clearTimeout(timer);
      const sample: Sample = { wallS, exitCode, signal, stdout, stderr, firstOutputS };
      if (wrapped) {
        try {
          // GNU time puts "Command exited with non-zero status N" before the numbers.
          const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
          const [, user, sys, rss] = last.split(' ').map(Number);
          Object.assign(sample, { userS: user, sysS: sys, maxRssKiB: rss });
          rmSync(timeFile, { force: true });
        } catch {
          // Killed before GNU time could write: wall clock only.
        }
      }
      resolve(sample);
    });
  });
}

/** Runs a hand-written shell baseline: `bash -c script _ arg1 arg2…` (arguments never spliced into the text). */
export function measureShell(script: string, args: string[], opts: RunOptions = {}): Promise<Sample> {
  return measure('bash', ['-c', `set -euo pipefail\n${script}`, 'bench-baseline', ...args], opts);
}

export function median(values: number[]): number {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

function peak(values: number[]): number {
  const v = values.filter(Number.isFinite);
  return v.length ? Math.max(...v) : NaN;
}

export interface Series {
  samples: Sample[];
  wallS: number;
  /** The fastest run: on a shared machine, the one least disturbed by everyone else. */
  minS: number;
  userS: number;
  sysS: number;
  maxRssKiB: number;
}

export function summarize(samples: Sample[]): Series {
  return {
    samples,
    wallS: median(samples.map((s) => s.wallS)),
    minS: Math.min(...samples.map((s) => s.wallS)),
    userS: median(samples.map((s) => s.userS ?? NaN)),
    sysS: median(samples.map((s) => s.sysS ?? NaN)),
    // Peak memory: the worst run is the one that matters.
    maxRssKiB: peak(samples.map((s) => s.maxRssKiB ?? NaN)),
  };
}

/**
 * Runs every variant `warmup` times, then `runs` rounds in which each variant runs once. The order
 * rotates every round: on a shared machine a burst of someone else's load then lands on all
 * variants alike instead of on whichever always runs second.
 */
export async function alternate<K extends string>(
  variants: Record<K, () => Promise<Sample>>,
  opts: { warmup: number; runs: number; log?: (line: string) => void },
): Promise<Record<K, Series>> {
  const names = Object.keys(variants) as K[];
  const samples = Object.fromEntries(names.map((n) => [n, [] as Sample[]])) as Record<K, Sample[]>;
  for (let w = 0; w < opts.warmup; w++) {
    for (const name of names) {
      const s = await variants[name]();
      opts.log?.(`  warm-up ${name}: ${s.wallS.toFixed(2)}s`);
    }
  }
  for (let r = 0; r < opts.runs; r++) {
    const order = names.map((_, i) => names[(i + r) % names.length]);
    for (const name of order) {
      const s = await variants[name]();
      samples[name].push(s);
      opts.log?.(`  run ${r + 1}/${opts.runs} ${name}: ${s.wallS.toFixed(2)}s${s.maxRssKiB ? `, ${(s.maxRssKiB / 1024).toFixed(0)} MiB` : ''}`);
    }
  }
  return Object.fromEntries(names.map((n) => [n, summarize(samples[n])])) as Record<K, Series>;
}

/** utime+stime of a live process in seconds (s3rver's share of an S3 run). */
export function processCpuS(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 and 15 of proc(5), counted from the state field (3) after the command name.
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

export const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

export function fail(what: string, sample: Sample): never {
  throw new Error(
    `${what} exited with ${sample.exitCode ?? sample.signal}: ${(sample.stderr || sample.stdout).trim().slice(-1500)}`,
  );
}
