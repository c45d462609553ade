import { spawn } from 'node:child_process';
import type { Sink } from './fan-out.js';

export interface PgRestoreTool {
  path: string;
  major: number;
  version: string;
}

export interface PgRestoreOutcome {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** The last few KiB of stderr: pg_restore's error lines. */
  stderr: string;
  /** Lines of `--list` output that are TOC entries (not `;` comments). */
  entries: number;
  spawnError?: string;
}

const STDERR_TAIL = 8192;

/** pg_restore reading the archive from stdin; `args` decide what it does (`--list`, `-f /dev/null`). */
export function pgRestoreSink(
  name: string,
  tool: PgRestoreTool,
  args: string[],
): Sink & { outcome: Promise<PgRestoreOutcome> } {
  const countEntries = args.includes('--list');
  const child = spawn(tool.path, args, { stdio: ['pipe', countEntries ? 'pipe' : 'ignore', 'pipe'] });
  let stderr = '';
  let entries = 0;
  let carry = '';
  let spawnError: string | undefined;
  // stdin and stderr are pipes by construction; the union in `stdio` hides that from the types.
  const stdin = child.stdin!;
  const childStderr = child.stderr!;
  childStderr.setEncoding('utf8');
  childStderr.on('data', (d: string) => {
    stderr = (stderr + d).slice(-STDERR_TAIL);
  });
  if (countEntries && child.stdout) {
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      const lines = (carry + d).split('\n');
      carry = lines.pop() ?? '';
      for (const line of lines) if (line.trim() && !line.startsWith(';')) entries++;
    });
  }
  const outcome = new Promise<PgRestoreOutcome>((resolve) => {
    child.on('error', (error) => {
      spawnError = error.message;
    });
    child.on('close', (exitCode, signal) => {
      if (carry.trim() && !carry.startsWith(';')) entries++;
      resolve({ exitCode, signal, stderr, entries, spawnError });
    });
  });
  return { name, input: stdin, gone: outcome.then(() => undefined), outcome };
}

/** The first `pg_restore: error: …` line, without the program prefix, for a one-line summary. */
export function firstPgError(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  const error = lines.find((l) => /error:|fatal:/i.test(l)) ?? lines[0] ?? 'no error message';
  return error.replace(/^pg_restore:\s*(error:\s*)?/i, '');
}

/** `unsupported version (1.16) in file header` → "1.16": the archive came from a newer pg_dump. */
export function unsupportedArchiveVersion(stderr: string): string | undefined {
  return /unsupported version \((\d+\.\d+)\) in file header/.exec(stderr)?.[1];
}

/** The oldest PostgreSQL major whose pg_restore reads an archive version (pg_backup_archiver.h). */
export function minimumMajorForArchive(version: string): number | undefined {
  const known: Record<string, number> = { '1.14': 12, '1.15': 16, '1.16': 17 };
  return known[version];
}
