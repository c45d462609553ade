import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * The one registry of what a run must undo however it ends: temporary directories, clusters,
 * partial uploads, child processes. Two kinds of undo, because a signal and an exit differ:
 * - `onInterrupt`: asynchronous work awaited (within a bound) when SIGINT/SIGTERM arrives
 *   (abort a multipart upload, remove a partial file, stop pg_dump);
 * - `atExit`: synchronous work run from process 'exit', which `process.exit` still runs although it
 *   skips every finally block (remove a directory, stop a cluster with spawnSync).
 * A signal runs the first kind, then exits 130/143, which runs the second.
 */
type Undo = () => Promise<unknown> | unknown;

const interruptUndos = new Set<Undo>();
const exitUndos = new Set<() => void>();
const CLEANUP_LIMIT_MS = 15_000;

/** Registers `undo` for an interruption; the returned function unregisters it. */
export function onInterrupt(undo: Undo): () => void {
  interruptUndos.add(undo);
  return () => interruptUndos.delete(undo);
}

let exitListener = false;

/** Registers a synchronous `undo` for process exit (signals included); the returned function unregisters it. */
export function atExit(undo: () => void): () => void {
  if (!exitListener) {
    exitListener = true;
    process.on('exit', () => {
      for (const u of [...exitUndos]) {
        try {
          u();
        } catch {
          // Best effort while exiting: the other undos still deserve to run.
        }
      }
    });
  }
  exitUndos.add(undo);
  return () => exitUndos.delete(undo);
}

/** A directory of this run's own, removed by `remove()` or, if the process ends first, on exit. */
export interface TempDir {
  path: string;
  remove(): Promise<void>;
}

export async function makeTempDir(parent: string, prefix: string): Promise<TempDir> {
  const dir = await mkdtemp(path.join(parent, prefix));
  const removeSync = () => rmSync(dir, { recursive: true, force: true });
  const forget = atExit(removeSync);
  return {
    path: dir,
    remove: async () => {
      await rm(dir, { recursive: true, force: true }).catch(() => removeSync());
      forget();
    },
  };
}

/** Exit status of a run stopped by `signal`, as shells report it. */
export function signalExitCode(signal: NodeJS.Signals): number {
  return signal === 'SIGINT' ? 130 : 143;
}

let exiting = false;
/** Commands under way (`interruptible`): they announce an interruption; a bare cluster owner does not. */
let commands = 0;
let holders = 0;

/**
 * The one way a process stops on a signal: one "interrupted" line while a command runs, the
 * interrupt undos (bounded), then exit 130/143, whose 'exit' listeners run the exit undos.
 */
export function exitOnSignal(signal: NodeJS.Signals): void {
  if (exiting) return;
  exiting = true;
  if (commands > 0) process.stderr.write(`lifeboat: interrupted by ${signal}; cleaning up\n`);
  const code = signalExitCode(signal);
  const pending = [...interruptUndos].map((undo) => Promise.resolve().then(undo));
  if (pending.length === 0) process.exit(code);
  setTimeout(() => process.exit(code), CLEANUP_LIMIT_MS).unref();
  void Promise.allSettled(pending).then(() => process.exit(code));
}

/** Listens for SIGINT/SIGTERM until the returned function is called (once per hold). */
function holdSignals(): () => void {
  if (holders++ === 0) {
    process.on('SIGINT', exitOnSignal);
    process.on('SIGTERM', exitOnSignal);
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holders === 0) {
      process.off('SIGINT', exitOnSignal);
      process.off('SIGTERM', exitOnSignal);
    }
  };
}

/**
 * For the life of the process, SIGINT/SIGTERM exit through the registry rather than kill it on the
 * spot: what owns something no finally block can be trusted to undo (a running cluster) calls this.
 */
export function exitCleanlyOnSignal(): void {
  holdSignals();
}

/** Runs a command's `work` with SIGINT/SIGTERM leading to exitOnSignal, announced. */
export async function interruptible<T>(work: () => Promise<T>): Promise<T> {
  const release = holdSignals();
  commands++;
  try {
    return await work();
  } finally {
    commands--;
    release();
  }
}
