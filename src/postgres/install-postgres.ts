import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../util/logger.js';

/** Runs one command (looked up on the environment's PATH); tests put stubs there that record it. */
export interface CommandRunner {
  run(command: string, args: string[], opts?: { input?: string }): Promise<{ code: number | null; output: string }>;
}

const OUTPUT_TAIL = 4096;

export function systemRunner(env: NodeJS.ProcessEnv): CommandRunner {
  return {
    run: (command, args, opts = {}) =>
      new Promise((resolve) => {
        const child = spawn(command, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
        let output = '';
        const take = (d: Buffer) => (output = (output + d.toString('utf8')).slice(-OUTPUT_TAIL));
        child.stdout.on('data', take);
        child.stderr.on('data', take);
        child.on('error', (error) => resolve({ code: null, output: error.message }));
        child.on('close', (code) => resolve({ code, output }));
        child.stdin.end(opts.input ?? '');
      }),
  };
}

/**
 * Whether this is a GitHub-hosted Ubuntu runner: passwordless sudo, apt, and postgresql-common
 * (which carries the PostgreSQL apt repository's setup script). Anywhere else installing system
 * packages is not Lifeboat's call.
 */
export function canInstallPostgres(env: NodeJS.ProcessEnv): boolean {
  return env.RUNNER_ENVIRONMENT === 'github-hosted' && /^ubuntu/i.test(env.ImageOS ?? '');
}

const PGDG_SETUP = '/usr/share/postgresql-common/pgdg/apt.postgresql.org.sh';

function pgdgConfigured(aptSources = '/etc/apt/sources.list.d'): boolean {
  try {
    return readdirSync(aptSources).some((f) =>
      readFileSync(path.join(aptSources, f), 'utf8').includes('apt.postgresql.org'),
    );
  } catch {
    return false;
  }
}

/**
 * Installs PostgreSQL `major` (server, client tools and contrib: `postgresql-<major>`) from the
 * PostgreSQL project's apt repository, without the packaged cluster a drill does not need. Throws
 * with the failing command and its last output.
 */
export async function installPostgres(
  major: number,
  opts: { runner: CommandRunner; logger: Logger; aptSources?: string },
): Promise<void> {
  const steps: Array<{ args: string[]; input?: string }> = [
    // The drill boots its own throwaway cluster; a packaged one would only hold a port and memory.
    { args: ['install', '-d', '/etc/postgresql-common/createcluster.d'] },
    {
      args: ['tee', '/etc/postgresql-common/createcluster.d/lifeboat.conf'],
      input: 'create_main_cluster = false\n',
    },
    // The setup script adds the repository and its key and runs apt-get update.
    ...(pgdgConfigured(opts.aptSources) ? [{ args: ['apt-get', 'update', '-qq'] }] : [{ args: [PGDG_SETUP, '-y'] }]),
    {
      args: [
        'env',
        'DEBIAN_FRONTEND=noninteractive',
        'apt-get',
        'install',
        '-y',
        '-qq',
        '--no-install-recommends',
        `postgresql-${major}`,
      ],
    },
  ];
  opts.logger.info(`Installing PostgreSQL ${major} from the PostgreSQL apt repository (apt.postgresql.org)`);
  for (const step of steps) {
    opts.logger.info(`$ sudo ${step.args.join(' ')}`);
    const { code, output } = await opts.runner.run('sudo', step.args, { input: step.input });
    if (code !== 0) {
      const last = output.trim().split('\n').slice(-1)[0] ?? '';
      throw new Error(
        `\`sudo ${step.args.join(' ')}\` failed (exit ${code ?? 'not started'})${last ? `: ${last}` : ''}`,
      );
    }
  }
}
