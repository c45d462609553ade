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

const only = process.argv.slice(2);
for (const [name, entry] of entries) {
  if (only.length && !only.includes(name)) continue;
  if (!existsSync(entry)) continue;
  const out = `dist/${name}`;
  rmSync(out, { recursive: true, force: true });
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], { stdio: 'inherit' });
  if (name === 'cli') {
    const file = `${out}/index.js`;
    const code = readFileSync(file, 'utf8');
    if (!code.startsWith('#!')) writeFileSync(file, `#!/usr/bin/env node\n${code}`);
    chmodSync(file, 0o755);
  }
}
