import { spawn, type ChildProcess } from 'node:child_process';
import { findClientTool } from '../postgres/binaries.js';
import type { Sink } from './sinks.js';

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
  /** Set when the watchdog killed it: it stopped reading its input, or did not exit after the input ended. */
  watchdog?: { reason: 'stalled' | 'no-exit'; afterMs: number };
}

const STDERR_TAIL = 8192;
/**
 * pg_restore can spin forever on some damaged archives (5 of 40 fuzzed ones); a healthy one never
 * leaves a pipe's worth of input unread, or takes this long to exit once its input has ended.
 */
export const PG_RESTORE_WATCHDOG_MS = 60_000;

/** pg_restore reading the archive from stdin; `args` decide what it does (`--list`, `-f /dev/null`). */
export function pgRestoreSink(
  name: string,
  tool: PgRestoreTool,
  args: string[],
  opts: { watchdogMs?: number } = {},
): Sink & { outcome: Promise<PgRestoreOutcome> } {
  const countEntries = args.includes('--list');
  const child = spawn(tool.path, args, { stdio: ['pipe', countEntries ? 'pipe' : 'ignore', 'pipe'] });
  const watchdog = startWatchdog(child, opts.watchdogMs ?? PG_RESTORE_WATCHDOG_MS);
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
      watchdog.stop();
      if (carry.trim() && !carry.startsWith(';')) entries++;
      resolve({ exitCode, signal, stderr, entries, spawnError, watchdog: watchdog.fired() });
    });
  });
  return { name, input: stdin, done: outcome, outcome };
}

/**
 * Kills the child (SIGKILL: a spinning pg_restore ignores nothing else reliably) when its stdin
 * holds unread bytes that do not move for `limitMs`, or when it is still running `limitMs` after
 * its input was fully handed over.
 */
function startWatchdog(child: ChildProcess, limitMs: number) {
  const stdin = child.stdin!;
  let fired: PgRestoreOutcome['watchdog'];
  let pending = -1;
  let idleSince = Date.now();
  let exitTimer: NodeJS.Timeout | undefined;
  const kill = (reason: 'stalled' | 'no-exit') => {
    if (fired || child.exitCode !== null || child.signalCode !== null) return;
    fired = { reason, afterMs: limitMs };
    child.kill('SIGKILL');
    // Without this a grandchild holding the pipes open (a wrapper script) would delay 'close' forever.
    stdin.destroy();
    child.stdout?.destroy();
    child.stderr?.destroy();
  };
  const progress = () => {
    idleSince = Date.now();
  };
  stdin.on('drain', progress);
  const poll = setInterval(
    () => {
      const now = stdin.writableLength;
      if (now === 0 || now !== pending) {
        pending = now;
        progress();
      } else if (Date.now() - idleSince >= limitMs) {
        kill('stalled');
      }
    },
    Math.max(10, Math.min(1000, limitMs / 10)),
  );
  poll.unref();
  stdin.once('finish', () => {
    exitTimer = setTimeout(() => kill('no-exit'), limitMs);
    exitTimer.unref();
  });
  return {
    fired: () => fired,
    stop() {
      clearInterval(poll);
      if (exitTimer) clearTimeout(exitTimer);
    },
  };
}

/** "pg_restore did not finish: the archive is damaged" with what the watchdog saw, for a summary. */
export function describeWatchdog(watchdog: NonNullable<PgRestoreOutcome['watchdog']>): string {
  const seconds = Math.round(watchdog.afterMs / 100) / 10;
  const what =
    watchdog.reason === 'stalled'
      ? `it stopped reading the archive for ${seconds} s`
      : `it had not exited ${seconds} s after the archive ended`;
  return `pg_restore did not finish: the archive is damaged (${what}; killed)`;
}

/** The first `pg_restore: error: …` line, without the program prefix, for a one-line summary. */
export function firstPgError(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
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

/** The newest pg_restore reads the most archive versions; absence is reported, not thrown. */
export function pgRestoreResolver(binDir: string | undefined): () => Promise<PgRestoreTool | undefined> {
  let found: Promise<PgRestoreTool | undefined> | undefined;
  return () => {
    found ??= findClientTool('pg_restore', { binDir }).catch(() => undefined);
    return found;
  };
}
