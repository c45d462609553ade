/**
 * What an interrupted run must still do before it exits (remove a partial file, abort a multipart
 * upload): registered while the work runs, awaited when SIGINT/SIGTERM arrives, within a bound.
 */
type Cleanup = () => Promise<unknown> | unknown;

const cleanups = new Set<Cleanup>();
const CLEANUP_LIMIT_MS = 15_000;

/** Registers `cleanup` for an interruption; the returned function unregisters it. */
export function onInterrupt(cleanup: Cleanup): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/** Exit status of a run stopped by `signal`, as shells report it. */
export function signalExitCode(signal: NodeJS.Signals): number {
  return signal === 'SIGINT' ? 130 : 143;
}

let exiting = false;

/**
 * The one way a long-running command stops on a signal: one "interrupted" line, the registered
 * cleanups (bounded), then exit 130/143. `process.exit` runs the 'exit' listeners that stop
 * children and remove temporary directories.
 */
export function exitOnSignal(signal: NodeJS.Signals): void {
  if (exiting) return;
  exiting = true;
  process.stderr.write(`lifeboat: interrupted by ${signal}; cleaning up\n`);
  const code = signalExitCode(signal);
  const pending = [...cleanups].map((cleanup) => Promise.resolve().then(cleanup));
  if (pending.length === 0) process.exit(code);
  setTimeout(() => process.exit(code), CLEANUP_LIMIT_MS).unref();
  void Promise.allSettled(pending).then(() => process.exit(code));
}

/** Installs exitOnSignal for SIGINT and SIGTERM while `work` runs. */
export async function interruptible<T>(work: () => Promise<T>): Promise<T> {
  process.on('SIGINT', exitOnSignal);
  process.on('SIGTERM', exitOnSignal);
  try {
    return await work();
  } finally {
    process.off('SIGINT', exitOnSignal);
    process.off('SIGTERM', exitOnSignal);
  }
}
