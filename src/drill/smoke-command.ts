import { spawn } from 'node:child_process';
import type { Check } from '../report/report.js';
import type { Logger } from '../util/logger.js';
import { redactSecrets } from '../util/secrets.js';
import type { DrillTarget } from '../restore/target.js';

const SMOKE_TAIL = 4096;
const DEFAULT_TIMEOUT_MS = 15 * 60_000;
/** Between SIGTERM and SIGKILL for what the command left running. */
const GRACE_MS = 2_000;

interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  tail: string;
  error?: string;
}

/** Signals a whole process group; a group already gone is fine. */
function signalGroup(pgid: number | undefined, signal: NodeJS.Signals): void {
  if (pgid === undefined) return;
  try {
    process.kill(-pgid, signal);
  } catch {
    // ESRCH: nothing left in the group.
  }
}

/**
 * Runs `sh -c command` in a process group of its own. The usual smoke pattern starts the app in
 * the background (`app & probe; exit 0`): when the shell exits, everything it left in its group
 * gets SIGTERM, then SIGKILL, and the result is taken at once, without waiting for the pipes the
 * background processes inherited. The deadline and the drill's own exit kill the group too.
 */
function runInGroup(command: string, env: Record<string, string>, timeoutMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', command], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const pgid = child.pid;
    let tail = '';
    let settled = false;
    const take = (d: Buffer) => {
      tail = (tail + d.toString('utf8')).slice(-SMOKE_TAIL);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    const killOnExit = () => signalGroup(pgid, 'SIGKILL');
    process.once('exit', killOnExit);
    const timer = setTimeout(() => signalGroup(pgid, 'SIGKILL'), timeoutMs);
    const finish = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signalGroup(pgid, 'SIGTERM');
      const done = () => {
        clearTimeout(kill);
        process.off('exit', killOnExit);
        resolve({ ...outcome, tail });
      };
      // The pipes close once the group is gone: the last output is read first. Whatever ignores
      // SIGTERM is killed, and pipes it still holds are not waited for.
      const kill = setTimeout(() => {
        signalGroup(pgid, 'SIGKILL');
        child.stdout.destroy();
        child.stderr.destroy();
        done();
      }, GRACE_MS);
      child.once('close', done);
    };
    child.on('error', (e) => finish({ code: null, signal: null, tail, error: e.message }));
    child.on('exit', (code, signal) => finish({ code, signal, tail }));
  });
}

/** The drill's `smoke-command`: run against the restored database, judged by its exit status. */
export async function runSmoke(
  command: string,
  input: { target: DrillTarget; logger: Logger; timeoutMs?: number },
): Promise<Check> {
  input.logger.info('Running the smoke command against the restored database');
  const env: Record<string, string> = {};
  // Inherited PG* could point the command at another database: only the restored one's are passed.
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !k.startsWith('PG') && k !== 'DATABASE_URL') env[k] = v;
  }
  Object.assign(env, input.target.env);
  const started = Date.now();
  const result = await runInGroup(command, env, input.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const seconds = (Date.now() - started) / 1000;
  const lastLine = redactSecrets(result.tail.trim().split('\n').slice(-1)[0] ?? '').slice(0, 200);
  for (const line of result.tail.trim().split('\n').slice(-20)) if (line) input.logger.info(`smoke: ${line}`);
  if (result.code === 0) {
    return { id: 'smoke', status: 'ok', summary: `the smoke command exited 0 after ${seconds.toFixed(1)}s`, value: 0 };
  }
  const how = result.error
    ? `could not start: ${result.error}`
    : result.signal
      ? `was killed by ${result.signal}`
      : `exited ${result.code}`;
  return {
    id: 'smoke',
    status: 'critical',
    summary: `the smoke command ${how} after ${seconds.toFixed(1)}s${lastLine ? `: ${lastLine}` : ''}`,
    value: result.code ?? -1,
  };
}
