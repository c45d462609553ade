import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// scripts/build.mjs writes the package version and the source commit over these two tokens in the
// bundle; run from source (tests, tsx) they stay as they are and are looked up instead.
const BUILT_VERSION = '__LIFEBOAT_VERSION__';
const BUILT_COMMIT = '__LIFEBOAT_COMMIT__';

/** `lifeboat 0.1.0 (commit 1a2b3c4d5e6f)`: what `--version` prints. */
export function versionText(): string {
  const { version, commit } = buildInfo();
  return `lifeboat ${version} (commit ${commit})`;
}

export function buildInfo(): { version: string; commit: string } {
  if (!BUILT_VERSION.startsWith('__LIFEBOAT')) return { version: BUILT_VERSION, commit: BUILT_COMMIT };
  // Not `new URL('../../', import.meta.url)`: ncc would bundle that as an asset whose id depends on the
  // checkout's path, and dist/ must be the same bytes wherever it is built.
  const here = import.meta.url;
  const root = new URL('../../', here);
  let version = 'unknown';
  try {
    version = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).version;
  } catch {
    // not in a checkout: the version stays unknown
  }
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    // no git: the commit stays unknown
  }
  return { version, commit: `${commit}, unbundled` };
}
