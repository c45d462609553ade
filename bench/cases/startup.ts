import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { DIST } from '../lib/config.js';
import type { BenchContext } from '../lib/context.js';
import { alternate, fail, measure, type Sample } from '../lib/measure.js';
import { met, s, type CaseResult, type Row } from '../lib/report.js';

export const STARTUP_TARGET_S = 0.3;

/** Case 6: `node dist/<entry>/index.js` until its first line of output vs `node -e 0`. */
export async function caseStartup(ctx: BenchContext): Promise<CaseResult> {
  const dir = await mkdtemp(path.join(ctx.work, 'startup-'));
  const store = await mkdtemp(path.join(ctx.work, 'startup-store-'));
  // Nothing of the surrounding shell's Actions context: no token, no real issue API, no stray inputs.
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(INPUT_|GITHUB_|ACTIONS_|RUNNER_)/.test(k)));
  const env = {
    ...clean,
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    INPUT_SOURCE: store,
    INPUT_DEST: store,
    INPUT_ISSUE: 'false',
    'INPUT_DATABASE-URL': 'postgresql://bench:bench@127.0.0.1:9/bench',
  };
  // The CLI as used: a command, not --help (which prints before loading any command's code).
  const entries: Record<string, string[]> = {
    cli: ['verify', '--source', store],
    'verify-backup': [],
    'create-backup': [],
    'restore-drill': [],
  };
  const present = Object.entries(entries).filter(([name]) => existsSync(bundle(name)));
  const missing = Object.keys(entries).filter((name) => !existsSync(bundle(name)));

  const variants: Record<string, () => Promise<Sample>> = {
    'node -e 0': async () => {
      const sample = await measure(process.execPath, ['-e', '0'], { bare: true });
      if (sample.exitCode !== 0) fail('node -e 0', sample);
      return sample;
    },
  };
  for (const [name, args] of present) {
    variants[name] = async () => {
      const sample = await measure(process.execPath, [bundle(name), ...args], { bare: true, env, cwd: dir, killOnFirstOutput: true, timeoutS: 30 });
      if (sample.firstOutputS === undefined) fail(`${name} printed nothing`, sample);
      return { ...sample, wallS: sample.firstOutputS };
    };
  }
  const { warmup, runs } = ctx.scale.startup;
  ctx.log(`case 6: start-up of ${present.map(([n]) => n).join(', ')} vs node -e 0`);
  const r = await alternate(variants, { warmup, runs });
  const node = r['node -e 0'].wallS;
  ctx.log('case 6: profile (V8 CPU profile of one run of each, to its end)');
  const profiles: Record<string, StartupProfile> = {};
  for (const [name, args] of [['node -e 0', []] as [string, string[]], ...present]) {
    profiles[name] = await profileStartup(name === 'node -e 0' ? ['-e', '0'] : [bundle(name), ...args], env, dir);
  }
  const share = (p: StartupProfile) =>
    `${p.totalMs.toFixed(0)} ms sampled: compile ${p.compileMs.toFixed(0)}, source decode ${p.decodeMs.toFixed(0)}, ` +
    `bundle code ${p.bundleMs.toFixed(0)}, GC ${p.gcMs.toFixed(0)}, node internals/other ${p.otherMs.toFixed(0)}`;
  const rows: Row[] = present.map(([name]) => {
    const overhead = r[name].wallS - node;
    const { main, lazy } = bundleBytes(name);
    return {
      case: '6',
      measure: `start-up: dist/${name}/index.js (${(main / 1e6).toFixed(1)} MB${lazy ? ` + ${(lazy / 1e6).toFixed(1)} MB lazy chunks` : ''}) to first output`,
      lifeboat: s(r[name].wallS),
      baseline: `${s(node)} node -e 0`,
      ratio: `+${overhead.toFixed(2)} s`,
      target: `≤ +${STARTUP_TARGET_S} s`,
      met: met(overhead <= STARTUP_TARGET_S),
    };
  });
  return {
    id: '6',
    title: 'start-up',
    rows,
    notes: [
      `profile, main thread: ${Object.entries(profiles)
        .map(([name, p]) => `${name}: ${share(p)}`)
        .join('; ')}.`,
      ...(missing.length ? [`not in dist/, not measured: ${missing.join(', ')}`] : []),
    ],
    data: {
      nodeS: node,
      bundles: Object.fromEntries(present.map(([name]) => [name, { ...bundleBytes(name), firstOutput: r[name] }])),
      missing,
      profiles,
      target: STARTUP_TARGET_S,
    },
  };
}

/** The entry file, and the chunks ncc split off for dynamic imports (loaded only when used). */
function bundleBytes(name: string): { main: number; lazy: number } {
  const dir = path.dirname(bundle(name));
  const lazy = readdirSync(dir)
    .filter((f) => f.endsWith('.js') && f !== 'index.js')
    .reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);
  return { main: statSync(bundle(name)).size, lazy };
}

function bundle(name: string): string {
  return path.join(DIST.dir, name, 'index.js');
}

export interface StartupProfile {
  totalMs: number;
  /** V8 compiling the bundle (ESM source text, internal loaders). */
  compileMs: number;
  /** Turning the bundle's bytes into a string. */
  decodeMs: number;
  /** Running the bundle's own code: module bodies, then the command itself. */
  bundleMs: number;
  gcMs: number;
  otherMs: number;
}

/** One run under `--cpu-prof`, its samples sorted into where start-up time goes. */
async function profileStartup(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<StartupProfile> {
  const out = await mkdtemp(path.join(cwd, 'cpuprof-'));
  const sample = await measure(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${out}`, '--cpu-prof-interval', '250', ...args], { bare: true, env, cwd, timeoutS: 60 });
  const file = readdirSync(out).find((f) => f.endsWith('.cpuprofile'));
  if (!file) fail('profiled start-up', sample);
  const profile = JSON.parse(readFileSync(path.join(out, file), 'utf8')) as {
    nodes: { id: number; callFrame: { functionName: string; url: string } }[];
    samples: number[];
    timeDeltas: number[];
  };
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const p: StartupProfile = { totalMs: 0, compileMs: 0, decodeMs: 0, bundleMs: 0, gcMs: 0, otherMs: 0 };
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const f = frames.get(id)!;
    p.totalMs += ms;
    if (f.functionName === '(idle)') p.totalMs -= ms;
    else if (/^compile/.test(f.functionName) || f.functionName === 'wrapSafe') p.compileMs += ms;
    else if (f.functionName === 'decode' && /encoding/.test(f.url)) p.decodeMs += ms;
    else if (f.functionName === '(garbage collector)') p.gcMs += ms;
    else if (f.url.startsWith('file://') && f.url.includes(DIST.dir)) p.bundleMs += ms;
    else p.otherMs += ms;
  });
  return p;
}
