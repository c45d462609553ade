import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupOptions } from '../../src/backup/backup-settings.js';
import { loadSampleDatabase } from '../../src/demo/sample-database.js';
import type { OptionSpecs } from '../../src/settings/options.js';
import { sharedCluster } from '../support/postgres.js';
import { databaseWithOwnRole } from './helpers.js';

const REPO = path.resolve(import.meta.dirname, '../..');
let dir: string;
let url: string;
let password: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-action-backup-'));
  ({ url, password } = await databaseWithOwnRole((await sharedCluster()).url(), 'actiondb'));
  await loadSampleDatabase(url, { ledgerRows: 500 });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await (await sharedCluster()).stop();
});

/** Runs the action's entry as the runner would: inputs in INPUT_*, outputs and summary in files. */
async function runAction(inputs: Record<string, string>) {
  const outputFile = path.join(dir, `output-${Date.now()}`);
  const summaryFile = path.join(dir, `summary-${Date.now()}`);
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: dir,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/actions/create-backup/index.ts'], {
    cwd: REPO,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    code,
    stdout,
    stderr,
    outputs: await readFile(outputFile, 'utf8'),
    summary: await readFile(summaryFile, 'utf8'),
  };
}

describe('create-backup action', () => {
  it('action.yml declares exactly the action inputs of the shared option table', async () => {
    const yml = parseYaml(await readFile(path.join(REPO, 'actions/create-backup/action.yml'), 'utf8'));
    const expected = Object.entries(backupOptions as OptionSpecs).filter(([, spec]) => spec.only !== 'cli');
    expect(Object.keys(yml.inputs)).toEqual(expected.map(([name]) => name));
    for (const [name, spec] of expected) {
      expect(yml.inputs[name].description).toBe(spec.description);
      if (spec.required) expect(yml.inputs[name].required).toBe(true);
      else expect(yml.inputs[name].default).toBe(spec.default);
    }
    expect(yml.inputs['database-url'].description).toMatch(/secret/);
    expect(yml.runs).toEqual({ using: 'node24', main: '../../dist/create-backup/index.js' });
  });

  it('masks the whole URL and its password before any output, and sets the outputs', async () => {
    const dest = path.join(dir, 'store');
    const result = await runAction({ 'database-url': url, dest, 'keep-count': '2', 'report-path': 'out/report.json' });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const lines = result.stdout.split('\n');
    // Workflow commands escape `%` as `%25`; the runner unescapes before masking.
    const maskLines = lines
      .filter((l) => l.startsWith('::add-mask::'))
      .map((l) => l.slice('::add-mask::'.length).replaceAll('%25', '%'));
    expect(maskLines).toContain(url);
    expect(maskLines).toContain(password);
    // Masks come first; after them, the password never appears in the log, summary or report.
    const firstOther = lines.findIndex((l) => l !== '' && !l.startsWith('::add-mask::'));
    expect(lines.slice(firstOther).some((l) => l.startsWith('::add-mask::'))).toBe(false);
    const report = await readFile(path.join(dir, 'out/report.json'), 'utf8');
    for (const text of [lines.slice(firstOther).join('\n'), result.stderr, result.summary, report, result.outputs]) {
      expect(text).not.toContain(password);
      expect(text).not.toContain(encodeURIComponent(password));
    }
    const key = JSON.parse(report).backup.key as string;
    expect(result.outputs).toContain('status');
    expect(result.outputs).toContain(key);
    expect(result.summary).toContain('Backup');
    expect((await readdir(dest)).sort()).toEqual([key, `${key}.manifest.json`, `${key}.sha256`]);
  });
});
