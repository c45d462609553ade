import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const SCRIPT = path.join(REPO, 'scripts', 'lint-workflows.mjs');

/** Runs the linter exactly as `npm run lint` does, on `root`. */
async function lint(root?: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [SCRIPT, ...(root ? ['--root', root] : [])],
      {
        cwd: REPO,
      },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

let scratch: string;

/** A copy of this repository's workflows and actions, with `edit` applied to one file. */
async function copyWith(name: string, file: string, edit: (text: string) => string): Promise<string> {
  const root = path.join(scratch, name);
  await mkdir(root, { recursive: true });
  await cp(path.join(REPO, '.github', 'workflows'), path.join(root, '.github', 'workflows'), { recursive: true });
  for (const action of ['verify-backup', 'restore-drill', 'create-backup']) {
    await mkdir(path.join(root, 'actions', action), { recursive: true });
    await cp(path.join(REPO, 'actions', action, 'action.yml'), path.join(root, 'actions', action, 'action.yml'));
  }
  const target = path.join(root, file);
  const before = await readFile(target, 'utf8');
  const after = edit(before);
  // An edit that silently matched nothing would make the "fails" tests pass for the wrong reason.
  if (after === before) throw new Error(`the edit of ${file} changed nothing`);
  await writeFile(target, after);
  return root;
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-lint-'));
});

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('scripts/lint-workflows.mjs', () => {
  it('passes on every workflow and action.yml of this repository', async () => {
    const r = await lint();
    expect(r.output).toMatch(/lint-workflows: 10 file\(s\) clean/);
    expect(r.code).toBe(0);
  });

  it('is part of npm run lint', async () => {
    const pkg = JSON.parse(await readFile(path.join(REPO, 'package.json'), 'utf8'));
    expect(pkg.scripts.lint).toContain('node scripts/lint-workflows.mjs');
  });

  it('fails on an expression error in a workflow (actionlint)', async () => {
    const root = await copyWith('expr', '.github/workflows/restore-drill.yml', (t) =>
      t.replace("backup: ${{ inputs.backup || 'latest' }}", "backup: ${{ inputs.backupp || 'latest' }}"),
    );
    const r = await lint(root);
    expect(r.code).toBe(1);
    expect(r.output).toMatch(/restore-drill\.yml:\d+:\d+: property "backupp" is not defined/);
  });

  it('fails on a job that needs a job that does not exist (actionlint)', async () => {
    const root = await copyWith('needs', '.github/workflows/create-backup.yml', (t) =>
      t.replace('needs: backup', 'needs: backups'),
    );
    const r = await lint(root);
    expect(r.code).toBe(1);
    expect(r.output).toMatch(/create-backup\.yml:\d+:\d+: job "verify" needs job "backups" which does not exist/);
  });

  it('embeds actionlint 1.7.7 or newer', async () => {
    const wasm = await readFile(path.join(REPO, 'node_modules', '@tktco', 'node-actionlint', 'main.wasm'), 'latin1');
    const [major, minor, patch] = /rhysd\/actionlint@v(\d+)\.(\d+)\.(\d+)/.exec(wasm)!.slice(1).map(Number);
    expect(major * 1e6 + minor * 1e3 + patch).toBeGreaterThanOrEqual(1_007_007);
  });

  it('rejects contexts that do not exist and runner labels nobody offers (actionlint)', async () => {
    const root = await copyWith('context', '.github/workflows/verify-backup.yml', (t) =>
      t
        .replace('source: ${{ vars.LIFEBOAT_SOURCE }}', 'source: ${{ varz.LIFEBOAT_SOURCE }}')
        .replace('runs-on: ubuntu-24.04', 'runs-on: ubuntu-99.04'),
    );
    const r = await lint(root);
    expect(r.code).toBe(1);
    expect(r.output).toMatch(/undefined variable "varz"/);
    expect(r.output).toMatch(/label "ubuntu-99\.04" is unknown/);
  });

  it('fails on a run: script shellcheck finds wrong, naming the job, step and script line', async () => {
    const root = await copyWith('shell', '.github/workflows/ci.yml', (t) =>
      t.replace(
        '          ls /usr/lib/postgresql/*/bin/initdb\n',
        '          ls /usr/lib/postgresql/*/bin/initdb\n          cd $RUNNER_TEMP\n',
      ),
    );
    const r = await lint(root);
    expect(r.code).toBe(1);
    expect(r.output).toMatch(
      /ci\.yml: job test step 3 \(Tools the tests use\): line 2 of the script: SC2086 .*\[shellcheck\]/,
    );
  });

  it('fails on an action.yml that breaks the schema (action-validator)', async () => {
    const root = await copyWith('action', 'actions/restore-drill/action.yml', (t) => t.replace(/^runs:\n/m, 'run:\n'));
    const r = await lint(root);
    expect(r.code).toBe(1);
    expect(r.output).toMatch(/actions\/restore-drill\/action\.yml: schema:/);
  });

  it('fails on a workflow that breaks the schema (action-validator)', async () => {
    const root = await copyWith('schema', '.github/workflows/ci.yml', (t) =>
      t.replace('timeout-minutes: 45', 'timeout-minutes: [45]'),
    );
    const r = await lint(root);
    expect(r.code).toBe(1);
    expect(r.output).toMatch(/ci\.yml: schema:/);
  });

  it('fails when it finds nothing to lint', async () => {
    const r = await lint(await mkdtemp(path.join(scratch, 'empty-')));
    expect(r.code).toBe(1);
    expect(r.output).toMatch(/no workflows or action\.yml files/);
  });
});
