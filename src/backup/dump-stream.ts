import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { Transform, pipeline } from 'node:stream';
import { spawnTool } from '../postgres/run-tool.js';
import { formatBytes } from '../report/format.js';
import { StoreError, type WritableStore } from '../stores/store.js';
import type { Logger } from '../util/logger.js';
import { redactSecrets } from '../util/secrets.js';
import { errorMessage } from '../util/errors.js';

/** pg_dump failed, was killed, or its output could not be stored. The message is fit for a report. */
export class DumpError extends Error {
  constructor(
    message: string,
    /** Cleanups that failed after it (an upload not aborted): report lines of their own. */
    readonly cleanup: string[] = [],
  ) {
    super(message);
    this.name = 'DumpError';
  }
}

export interface DumpToStoreOptions {
  pgDumpPath: string;
  args: string[];
  /** PGPASSWORD and friends: the password never goes on the command line. */
  env: Record<string, string>;
  store: WritableStore;
  key: string;
  logger: Logger;
  /** Called once pg_dump runs, so the caller can stop it (a failed row count). */
  onSpawn?: (child: ChildProcess) => void;
  progressEveryMs?: number;
}

export interface DumpOutcome {
  sha256: string;
  size: number;
}

// pg_dump's last words are what explains a failure; older output is noise.
const STDERR_TAIL = 8 * 1024;

/**
 * Streams pg_dump's stdout into `store.write(key)` through a tap that hashes and counts the bytes:
 * no temporary file, and memory bounded by the pipes' buffers (plus the store's multipart parts).
 *
 * pg_dump that dies still closes its stdout, which looks like a normal end of stream. The tap
 * therefore ends the stream only once pg_dump has exited 0; any other exit errors the stream, so
 * the store abandons the upload (folder: temp file removed; S3: multipart aborted) instead of
 * publishing a truncated object.
 */
export async function dumpToStore(opts: DumpToStoreOptions): Promise<DumpOutcome> {
  const child = spawnTool(opts.pgDumpPath, opts.args, { env: opts.env });
  opts.onSpawn?.(child);
  child.stdin?.end();

  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (text: string) => {
    stderr = (stderr + text).slice(-STDERR_TAIL);
  });

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  // Observed here so that a spawn failure is never an unhandled rejection; the tap rethrows it.
  exited.catch(() => {});

  const failure = (exit: { code: number | null; signal: NodeJS.Signals | null }) => {
    const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
    const said = redactSecrets(stderr.trim()).split('\n').filter(Boolean).slice(-5).join(' | ');
    return new DumpError(`pg_dump ${how}${said ? `: ${said}` : ' without an error message'}`);
  };

  const hash = createHash('sha256');
  let size = 0;
  let lastProgress = Date.now();
  const every = opts.progressEveryMs ?? 5000;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      if (Date.now() - lastProgress >= every) {
        lastProgress = Date.now();
        opts.logger.progress(`dumped ${formatBytes(size)} to ${opts.key}`);
      }
      callback(null, chunk);
    },
    flush(callback) {
      exited.then(
        (exit) => callback(exit.code === 0 ? null : failure(exit)),
        (error: Error) => callback(new DumpError(`cannot run pg_dump (${opts.pgDumpPath}): ${error.message}`)),
      );
    },
  });
  if (!child.stdout) throw new DumpError('pg_dump has no stdout');
  // Errors either way tear down both ends: a failed upload stops pg_dump's output (and pg_dump with it).
  pipeline(child.stdout, tap, () => {});

  try {
    await opts.store.write(opts.key, tap, { contentType: 'application/octet-stream' });
  } catch (error) {
    const stoppedByUs = child.exitCode === null && child.signalCode === null;
    if (stoppedByUs) child.kill('SIGTERM');
    const exit = await exited.catch(() => undefined);
    const cleanup = error instanceof StoreError ? error.cleanup : [];
    // pg_dump's own story beats the store's echo of it ("…partial: pg_dump exited with code 1").
    if (exit && exit.code !== 0 && !stoppedByUs) throw new DumpError(failure(exit).message, cleanup);
    if (error instanceof DumpError) throw error;
    throw new DumpError(
      `cannot write ${opts.key}: ${redactSecrets(errorMessage(error))}`,
      cleanup,
    );
  }
  const exit = await exited;
  if (exit.code !== 0) throw failure(exit);
  return { sha256: hash.digest('hex'), size };
}
