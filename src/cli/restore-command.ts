import { TargetRefusedError } from '../drill/target.js';
import { RecoveryError } from '../recovery/fetch-selected.js';
import { parseRestoreSettings, restoreOptions } from '../recovery/recovery-settings.js';
import { restoreBackup } from '../recovery/restore-backup.js';
import { addSecret, addUrlSecrets, redactSecrets } from '../util/secrets.js';
import { cliLogger } from './cli-logger.js';
import type { CliContext } from './context.js';
import { parseFlags } from './flags.js';

const SYMBOL = { ok: '✓', warning: '!', critical: '✗', skipped: '-' } as const;

/**
 * Every value of a repeatable flag (`--table a --table b`, `--table=a`), and argv without them: the
 * shared flag parser keeps one value per flag.
 */
export function takeRepeated(argv: string[], name: string): { values: string[]; rest: string[] } {
  const values: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === `--${name}` && i + 1 < argv.length) values.push(argv[++i]);
    else if (arg.startsWith(`--${name}=`)) values.push(arg.slice(name.length + 3));
    else rest.push(arg);
  }
  return { values, rest };
}

export async function restoreCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values: tables, rest } = takeRepeated(argv, 'table');
  const raw = parseFlags('restore', restoreOptions, rest, ctx.env);
  // Before validation: an error message about any other flag must not be able to echo them.
  for (const url of [raw.target, raw['production-database-url']]) {
    if (url) {
      addSecret(url);
      addUrlSecrets(url);
    }
  }
  const settings = parseRestoreSettings(raw, tables);
  const logger = cliLogger(ctx.stderr);
  try {
    const result = await restoreBackup(settings, { env: ctx.env, logger });
    const lines = [`Restore of ${result.backup.key} into ${result.target}`];
    for (const c of result.checks) lines.push(`  ${SYMBOL[c.status]} ${c.id.padEnd(8)} ${c.summary}`);
    for (const t of result.tables) {
      const expected = t.expected_rows === undefined ? '' : ` (manifest: ${t.expected_rows})`;
      lines.push(`    ${t.name}: ${t.rows} rows${expected}`);
    }
    lines.push(
      result.status === 'ok' ? 'RESTORED' : 'CRITICAL: restored, but the rows differ from the backup manifest',
    );
    ctx.stdout.write(`${redactSecrets(lines.join('\n'))}\n`);
    return result.status === 'ok' ? 0 : 2;
  } catch (error) {
    // A refused target is a usage error (exit 3): nothing was read, nothing was written.
    if (error instanceof TargetRefusedError) {
      // The drill's message speaks the action's language; this is the command line.
      const message = error.message.replace('set allow-overwrite: true', 'pass --allow-overwrite');
      ctx.stderr.write(`lifeboat restore: ${redactSecrets(message)}; nothing was restored\n`);
      return 3;
    }
    if (error instanceof RecoveryError) {
      ctx.stderr.write(`lifeboat restore: ${redactSecrets(error.message)}\n`);
      return 2;
    }
    throw error;
  }
}
