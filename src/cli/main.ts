import { InputError, errorMessage } from '../util/errors.js';
import { redactSecrets } from '../util/secrets.js';
import { verifyOptions } from '../verify/verify-settings.js';
import { backupOptions } from '../backup/backup-settings.js';
import { backupCommand, backupSummary } from './backup-command.js';
import type { CliContext } from './context.js';
import { helpText } from './flags.js';
import { verifyCommand, verifySummary } from './verify-command.js';
import { drillCommand, drillSummary } from './drill-command.js';
import { drillOptions } from '../drill/drill-settings.js';
import { demoCommand, demoOptions, demoSummary } from './demo-command.js';
import type { OptionSpecs } from '../settings/options.js';
import { restoreCommand, restoreSummary } from './restore-command.js';
import { extractCommand, extractSummary } from './extract-command.js';
import { extractOptions, restoreOptions } from '../recovery/recovery-settings.js';

interface Command {
  summary: string;
  options?: OptionSpecs;
  run(argv: string[], ctx: CliContext): Promise<number>;
}

export const EXIT_USAGE = 3;

const commands: Record<string, Command> = {
  verify: { summary: verifySummary, options: verifyOptions, run: verifyCommand },
  drill: { summary: drillSummary, options: drillOptions, run: drillCommand },
  backup: { summary: backupSummary, options: backupOptions, run: backupCommand },
  demo: { summary: demoSummary, options: demoOptions, run: demoCommand },
  restore: { summary: restoreSummary, options: restoreOptions, run: restoreCommand },
  extract: { summary: extractSummary, options: extractOptions, run: extractCommand },
};

function usage(): string {
  const lines = ['Usage: lifeboat <command> [options]', '', 'Commands:'];
  for (const [name, c] of Object.entries(commands)) lines.push(`  ${name.padEnd(8)} ${c.summary}`);
  lines.push('', 'Exit codes: 0 ok, 1 warning, 2 critical, 3 usage or configuration error.');
  lines.push('Run `lifeboat <command> --help` for its options.');
  return lines.join('\n');
}

/** Runs one CLI invocation and returns its exit code; never throws, never prints a stack trace. */
export async function main(argv: string[], ctx: CliContext): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    ctx.stdout.write(`${usage()}\n`);
    return name ? 0 : EXIT_USAGE;
  }
  const command = commands[name];
  if (!command) {
    ctx.stderr.write(`lifeboat: unknown command "${name}"; expected one of ${Object.keys(commands).join(', ')}\n`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    ctx.stdout.write(`${command.options ? helpText(name, command.summary, command.options) : command.summary}\n`);
    return 0;
  }
  try {
    return await command.run(rest, ctx);
  } catch (error) {
    if (error instanceof InputError) {
      ctx.stderr.write(`lifeboat ${name}: ${redactSecrets(error.message)}\n`);
      return EXIT_USAGE;
    }
    ctx.stderr.write(`lifeboat ${name}: ${redactSecrets(errorMessage(error))}\n`);
    if (ctx.env.LIFEBOAT_DEBUG && error instanceof Error && error.stack)
      ctx.stderr.write(`${redactSecrets(error.stack)}\n`);
    return 2;
  }
}
