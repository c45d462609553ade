// Regenerates the inputs/outputs tables in README.md from each actions/<name>/action.yml, between
// `<!-- action:<name> -->` and `<!-- /action:<name> -->`. `--check` fails when the README is stale.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { parse } from 'yaml';

const check = process.argv.includes('--check');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
let readme = readFileSync('README.md', 'utf8');
const before = readme;

const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ')
    .trim();

for (const name of readdirSync('actions').sort()) {
  const file = `actions/${name}/action.yml`;
  if (!existsSync(file) || (only.length && !only.includes(name))) continue;
  const action = parse(readFileSync(file, 'utf8'));
  const lines = ['| input | default | description |', '|---|---|---|'];
  for (const [input, spec] of Object.entries(action.inputs ?? {})) {
    const def = spec.required
      ? '**required**'
      : spec.default === '' || spec.default === undefined
        ? ''
        : `\`${spec.default}\``;
    lines.push(`| \`${input}\` | ${def} | ${cell(spec.description)} |`);
  }
  lines.push('', '| output | description |', '|---|---|');
  for (const [output, spec] of Object.entries(action.outputs ?? {})) {
    lines.push(`| \`${output}\` | ${cell(spec.description)} |`);
  }
  const open = `<!-- action:${name} -->`;
  const close = `<!-- /action:${name} -->`;
  const start = readme.indexOf(open);
  const end = readme.indexOf(close);
  if (start < 0 || end < 0) {
    console.error(`README.md has no ${open} … ${close} block for ${file}`);
    process.exitCode = 1;
    continue;
  }
  readme = `${readme.slice(0, start + open.length)}\n${lines.join('\n')}\n${readme.slice(end)}`;
}

if (check) {
  if (readme !== before) {
    console.error('README.md inputs/outputs tables are stale: run `npm run docs`.');
    process.exitCode = 1;
  }
} else if (readme !== before) {
  writeFileSync('README.md', readme);
}
