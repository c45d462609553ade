import { spawn } from 'node:child_process';
import path from 'node:path';

const REPO = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
// By path, so that the CLI can run from any directory (`--import tsx` resolves from the cwd).
const TSX = path.join(REPO, 'node_modules', 'tsx', 'dist', 'loader.mjs');

/** `lifeboat <argv>` as a separate process started in `cwd`, the way a user runs it from any directory. */
export function lifeboatIn(
  cwd: string,
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  node = process.execPath,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, ['--import', TSX, path.join(REPO, 'src', 'cli', 'index.ts'), ...argv], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
