// Bundles each entry with ncc into dist/<name>/index.js. dist/ is committed and CI checks that it
// equals a fresh build, so the output must be deterministic: no source maps, no timestamps.
import { execFileSync } from 'node:child_process';
import { rmSync, existsSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';

const entries = [
  ['verify-backup', 'src/actions/verify-backup/index.ts'],
  ['create-backup', 'src/actions/create-backup/index.ts'],
  ['restore-drill', 'src/actions/restore-drill/index.ts'],
  ['restore-drill-post', 'src/actions/restore-drill/post.ts'],
  ['plan', 'src/actions/plan/index.ts'],
  ['cli', 'src/cli/index.ts'],
];

// `lifeboat --version`: the package version and the newest commit that changed what is bundled. Not
// HEAD, so that rebuilding dist/ at a commit that only changed dist/ gives the same bytes.
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
const sources = ['src', 'package.json', 'package-lock.json'];
const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();
let commit = 'unknown';
try {
  commit = git('log', '-1', '--format=%h', '--abbrev=12', '--', ...sources) || 'unknown';
  if (git('status', '--porcelain', '--', ...sources)) commit += '+changes';
} catch {
  // not a git checkout: the bundle says so
}

const only = process.argv.slice(2);
for (const [name, entry] of entries) {
  if (only.length && !only.includes(name)) continue;
  if (!existsSync(entry)) continue;
  const out = `dist/${name}`;
  rmSync(out, { recursive: true, force: true });
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], { stdio: 'inherit' });
  if (name === 'cli') {
    const file = `${out}/index.js`;
    let code = readFileSync(file, 'utf8')
      .replaceAll("'__LIFEBOAT_VERSION__'", JSON.stringify(version))
      .replaceAll("'__LIFEBOAT_COMMIT__'", JSON.stringify(commit));
    if (!code.startsWith('#!')) code = `#!/usr/bin/env node\n${code}`;
    writeFileSync(file, code);
    chmodSync(file, 0o755);
  }
}
