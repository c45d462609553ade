import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { cliPath } from './config.js';
import type { Probe } from './context.js';
import { fail, measure, type RunOptions, type Sample } from './measure.js';

const PROBE = path.join(import.meta.dirname, 'cpu-probe.mjs');

/** `node dist/cli/index.js …`, the way a user runs it. */
export function runCli(args: string[], opts: RunOptions = {}): Promise<Sample> {
  return measure(process.execPath, [cliPath(), ...args], opts);
}

/** The same run with cpu-probe.mjs preloaded: node's own CPU and peak RSS apart from its children's. */
export async function runCliProbed(args: string[], work: string, opts: RunOptions = {}): Promise<{ sample: Sample; probe?: Probe }> {
  const file = path.join(work, `probe-${process.hrtime.bigint()}.jsonl`);
  const sample = await measure(process.execPath, ['--import', PROBE, cliPath(), ...args], {
    ...opts,
    env: { ...(opts.env ?? process.env), LIFEBOAT_BENCH_PROBE: file },
  });
  let probe: Probe | undefined;
  try {
    probe = JSON.parse(readFileSync(file, 'utf8').trim().split('\n')[0]) as Probe;
  } catch {
    // The process died before its exit handler: the sample alone says what happened.
  }
  rmSync(file, { force: true });
  return { sample, probe };
}

export interface CheckLike {
  id: string;
  status: string;
  summary: string;
}

export interface CliReport {
  status: string;
  checks: CheckLike[];
  backup?: { key: string; size: number; sha256?: string };
  tables?: { name: string; rows: number; expected_rows?: number }[];
  phases?: Record<string, number>;
  rto_seconds?: number;
}

/** Parses `--json` output and insists the named checks passed: a fast failure is not a result. */
export function expectReport(what: string, sample: Sample, mustPass: string[]): CliReport {
  let report: CliReport;
  try {
    report = JSON.parse(sample.stdout) as CliReport;
  } catch {
    fail(what, sample);
  }
  const bad = mustPass
    .map((id) => report.checks.find((c) => c.id === id) ?? { id, status: 'missing', summary: 'not in the report' })
    .filter((c) => c.status !== 'ok');
  if (bad.length > 0 || report.status === 'critical') {
    const detail = (bad.length ? bad : report.checks.filter((c) => c.status === 'critical'))
      .map((c) => `${c.id} ${c.status}: ${c.summary}`)
      .join('; ');
    throw new Error(`${what} did not pass (exit ${sample.exitCode}): ${detail}`);
  }
  return report;
}
