import { InputError, errorMessage } from '../util/errors.js';
import { redactSecrets } from '../util/secrets.js';
import { cliWording } from '../settings/messages.js';
import type { OptionSpecs } from '../settings/options.js';
import type { CliContext } from './context.js';
import { helpText } from './flags.js';
import { versionText } from './version.js';

type Runner = (argv: string[], ctx: CliContext) => Promise<number>;

interface Command {
  summary: string;
  /**
   * Loaded on use: `lifeboat verify` never pays for the PostgreSQL client, the drill or the YAML
   * parser, and `--help` for none of them.
   */
  load(): Promise<{ options: OptionSpecs; run: Runner }>;
}

export const EXIT_USAGE = 3;

const commands: Record<string, Command> = {
  verify: {
    summary: 'Check that the newest backup is recent and intact.',
    load: () => import('./verify-command.js').then((m) => ({ options: m.verifyOptions, run: m.verifyCommand })),
  },
  drill: {
    summary: 'Restore a backup into a throwaway Postgres, prove the data, measure RTO and RPO.',
    load: () => import('./drill-command.js').then((m) => ({ options: m.drillOptions, run: m.drillCommand })),
  },
  backup: {
    summary: 'Back up a database with pg_dump into a store, with a sha256 and a manifest; apply retention.',
    load: () => import('./backup-command.js').then((m) => ({ options: m.backupOptions, run: m.backupCommand })),
  },
  matrix: {
    summary: 'Print the strategy.matrix of the fleet file for GitHub Actions: {"include":[{"name":…},…]}.',
    load: () => import('./matrix-command.js').then((m) => ({ options: m.matrixOptions, run: m.matrixCommand })),
  },
  list: {
    summary: 'List every backup of a store, newest first: time, age, size, format, sidecars, gaps and totals.',
    load: () => import('./list-command.js').then((m) => ({ options: m.listOptions, run: m.listCommand })),
  },
  demo: {
    summary: 'Back up, verify and restore-drill a sample database on a throwaway PostgreSQL.',
    load: () => import('./demo-command.js').then((m) => ({ options: m.demoOptions, run: m.demoCommand })),
  },
  restore: {
    summary:
      'Restore a backup (latest, a key, or the newest before a time) into a database you keep; --table for single tables.',
    load: () => import('./restore-command.js').then((m) => ({ options: m.restoreOptions, run: m.restoreCommand })),
  },
  extract: {
    summary: "Write one table's data from a backup to stdout as SQL (load it with psql): no restore needed.",
    load: () => import('./extract-command.js').then((m) => ({ options: m.extractOptions, run: m.extractCommand })),
  },
};

function usage(): string {
  const lines = ['Usage: lifeboat <command> [options]', '', 'Commands:'];
  for (const [name, c] of Object.entries(commands)) lines.push(`  ${name.padEnd(8)} ${c.summary}`);
  lines.push('', 'Exit codes: 0 ok, 1 warning, 2 critical, 3 usage or configuration error.');
  lines.push('Run `lifeboat <command> --help` for its options, `lifeboat --version` for the version.');
  return lines.join('\n');
}

/** Runs one CLI invocation and returns its exit code; never throws, never prints a stack trace. */
export async function main(argv: string[], ctx: CliContext): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V' || name === 'version' || rest.includes('--version')) {
    ctx.stdout.write(`${versionText()}\n`);
    return 0;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    ctx.stdout.write(`${usage()}\n`);
    return name ? 0 : EXIT_USAGE;
  }
  const command = commands[name];
  if (!command) {
    ctx.stderr.write(`lifeboat: unknown command "${name}"; expected one of ${Object.keys(commands).join(', ')}\n`);
    return EXIT_USAGE;
  }
  let specs: OptionSpecs = {};
  try {
    const { options, run } = await command.load();
    specs = options;
    if (rest.includes('--help') || rest.includes('-h')) {
      ctx.stdout.write(`${helpText(name, command.summary, options)}\n`);
      return 0;
    }
    return await run(rest, ctx);
  } catch (error) {
    if (error instanceof InputError) {
      ctx.stderr.write(`lifeboat ${name}: ${redactSecrets(cliWording(error.message, specs))}\n`);
      return EXIT_USAGE;
    }
    ctx.stderr.write(`lifeboat ${name}: ${redactSecrets(cliWording(errorMessage(error), specs))}\n`);
    if (ctx.env.LIFEBOAT_DEBUG && error instanceof Error && error.stack)
      ctx.stderr.write(`${redactSecrets(error.stack)}\n`);
    return 2;
  }
}
