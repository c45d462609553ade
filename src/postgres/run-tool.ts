import { spawn, type ChildProcess } from 'node:child_process';
import { getExecOutput } from '@actions/exec';

export interface RunToolOptions {
  /** Added to (not replacing) the inherited environment. */
  env?: Record<string, string>;
  input?: string;
  cwd?: string;
  /** Run as the `postgres` user when this process is root (initdb and postgres refuse root). */
  asServerUser?: boolean;
}

export interface ToolResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export const SERVER_USER = 'postgres';

export function needsServerUser(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

export function asServerUser(cmd: string, args: string[]): { cmd: string; args: string[] } {
  if (!needsServerUser()) return { cmd, args };
  return { cmd: 'runuser', args: ['-u', SERVER_USER, '--', cmd, ...args] };
}

function resolveCommand(cmd: string, args: string[], opts: RunToolOptions): { cmd: string; args: string[] } {
  return opts.asServerUser ? asServerUser(cmd, args) : { cmd, args };
}

function mergedEnv(env: Record<string, string> | undefined): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) merged[k] = v;
  return { ...merged, ...env };
}

/**
 * Runs a tool to completion and returns its output. Silent, so nothing it prints (connection
 * strings, passwords in error messages) reaches the Actions log unless the caller redacts and logs it.
 * A non-zero exit is a result, not an exception: callers decide what it means.
 */
export async function runTool(cmd: string, args: string[], opts: RunToolOptions = {}): Promise<ToolResult> {
  const resolved = resolveCommand(cmd, args, opts);
  // @actions/exec splits its first parameter on spaces; quoting keeps a path like "/opt/pg 16/bin/psql" whole.
  const quoted = `"${resolved.cmd.replace(/"/g, '\\"')}"`;
  const result = await getExecOutput(quoted, resolved.args, {
    ignoreReturnCode: true,
    silent: true,
    env: mergedEnv(opts.env),
    cwd: opts.cwd,
    input: opts.input === undefined ? undefined : Buffer.from(opts.input),
  });
  return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
}

/** Starts a tool with piped stdio, for streaming (pg_dump into an upload, a download into pg_restore). */
export function spawnTool(cmd: string, args: string[], opts: Omit<RunToolOptions, 'input'> = {}): ChildProcess {
  const resolved = resolveCommand(cmd, args, opts);
  return spawn(resolved.cmd, resolved.args, {
    env: mergedEnv(opts.env),
    cwd: opts.cwd,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}
