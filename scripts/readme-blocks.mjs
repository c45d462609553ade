// Runs the README's shell blocks marked `runnable`, in order, each as written with bash -euo pipefail
// from the repository root; checks that every shell block carries a mark (`runnable` or
// `example-needs-credentials`), so no recipe is left untried without saying why.
// Usage: node scripts/readme-blocks.mjs [--list] [--only 2,3]   (exit 0: all ran, 1: a block failed or is unmarked)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MARKS = ['runnable', 'example-needs-credentials'];

/** Every fenced block whose language is sh/bash/shell: its line, its mark (if any) and its text. */
export function shellBlocks(markdown) {
  const blocks = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(sh|bash|shell)\b ?(.*)$/.exec(lines[i]);
    if (!open) continue;
    const start = i;
    const body = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) body.push(lines[i]);
    blocks.push({ line: start + 1, mark: open[2].trim() || undefined, script: `${body.join('\n')}\n` });
  }
  return blocks;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const blocks = shellBlocks(readFileSync(path.join(root, 'README.md'), 'utf8'));
  const unmarked = blocks.filter((b) => !MARKS.includes(b.mark));
  for (const b of unmarked) {
    console.error(
      `README.md:${b.line}: shell block marked ${JSON.stringify(b.mark ?? '')}, expected one of ${MARKS.join(', ')}`,
    );
  }
  if (unmarked.length) process.exit(1);
  const runnable = blocks.filter((b) => b.mark === 'runnable');
  const i = process.argv.indexOf('--only');
  const only = i > 0 ? process.argv[i + 1].split(',').map(Number) : undefined;
  for (const [n, b] of runnable.entries()) {
    if (only && !only.includes(n + 1)) continue;
    if (process.argv.includes('--list')) {
      console.log(`── ${n + 1}: README.md:${b.line}\n${b.script}`);
      continue;
    }
    console.log(`::group::README.md:${b.line} (runnable block ${n + 1} of ${runnable.length})`);
    const r = spawnSync('bash', ['-euo', 'pipefail', '-c', b.script], { cwd: root, stdio: 'inherit' });
    console.log('::endgroup::');
    if (r.status !== 0) {
      console.error(`README.md:${b.line}: the runnable block failed (exit ${r.status ?? r.signal})`);
      process.exit(1);
    }
  }
}
