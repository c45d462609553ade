import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../util/errors.js';

/**
 * Checks of local paths given as inputs, made while the settings are parsed: before any network
 * or database connection. Only stat/access calls, which return at once even on /proc; nothing is
 * ever opened or read here.
 */

/** Pseudo file systems: writing a report there can block forever or do something else entirely. */
const SPECIAL = ['/proc', '/sys', '/dev'];

function statOf(file: string) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** A bin directory must exist and hold every tool named (so another one is never used silently). */
export function requireBinDir(dir: string, tools: readonly string[], input = 'postgres-bin-dir'): string {
  const resolved = path.resolve(dir);
  if (!statOf(resolved)?.isDirectory()) {
    throw new InputError(
      `Invalid ${input} "${dir}": not a directory; expected the directory holding ${tools.join(', ')}`,
    );
  }
  const missing = tools.filter((t) => !isExecutableFile(path.join(resolved, t)));
  if (missing.length) {
    throw new InputError(
      `Invalid ${input} "${dir}": it holds no ${missing.join(', ')}; expected the directory holding ${tools.join(', ')} (e.g. /usr/lib/postgresql/16/bin)`,
    );
  }
  return resolved;
}

function underSpecial(resolved: string): string | undefined {
  return SPECIAL.find((root) => resolved === root || resolved.startsWith(`${root}/`));
}

/** The nearest existing ancestor of `resolved` (itself when it exists). */
function existingAncestor(resolved: string): string {
  let at = resolved;
  while (!statOf(at) && path.dirname(at) !== at) at = path.dirname(at);
  return at;
}

/** A directory that is, or can be made, writable: a backup destination, a report's folder. */
function requireWritableDirectory(resolved: string, shown: string, input: string, accepted: string): void {
  const special = underSpecial(resolved);
  if (special) throw new InputError(`Invalid ${input} "${shown}": ${special} is not a place for files; ${accepted}`);
  const ancestor = existingAncestor(resolved);
  if (!statOf(ancestor)?.isDirectory()) {
    throw new InputError(`Invalid ${input} "${shown}": ${ancestor} is a file, not a directory; ${accepted}`);
  }
  try {
    accessSync(ancestor, constants.W_OK | constants.X_OK);
  } catch {
    throw new InputError(`Invalid ${input} "${shown}": ${ancestor} is not writable; ${accepted}`);
  }
}

/** A folder store to back up into: a directory (made if missing) this process can write. */
export function requireBackupFolder(folder: string, shown: string, input = 'dest'): void {
  requireWritableDirectory(
    path.resolve(folder),
    shown,
    input,
    'expected a writable directory, file:///path or s3://bucket/prefix',
  );
}

/** Where the JSON report goes: a file (not a directory) whose folder exists or can be made. */
export function requireReportPath(file: string, base: string, input = 'report-path'): string {
  const resolved = path.resolve(base, file);
  const accepted = 'expected a file path in a writable directory, like lifeboat-report.json';
  if (statOf(resolved)?.isDirectory()) throw new InputError(`Invalid ${input} "${file}": a directory; ${accepted}`);
  requireWritableDirectory(path.dirname(resolved), file, input, accepted);
  return resolved;
}
