import { TargetRefusedError } from '../restore/target.js';
import { RecoveryError } from '../recovery/fetch-selected.js';
import { parseRestoreSettings, restoreOptions } from '../recovery/recovery-settings.js';
import { restoreBackup } from '../recovery/restore-backup.js';
import { cliWording } from '../settings/messages.js';
import { formatCount, nounFor } from '../report/format.js';
import { registerSecrets } from '../settings/options.js';
import { redactSecrets } from '../util/secrets.js';
import { cliLogger } from './cli-logger.js';
import type { CliContext } from './context.js';
import { parseFlags } from './flags.js';

/** The option table `--help` shows, beside the command that runs with it. */
export { restoreOptions };

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
  // Before validation: an error message about any other flag must not be able to echo a password or a key.
  registerSecrets(restoreOptions, raw);
  const settings = parseRestoreSettings(raw, tables);
  const reword = (m: string) => cliWording(m, restoreOptions);
  const logger = cliLogger(ctx.stderr, { reword });
  try {
    const result = await restoreBackup(settings, { env: ctx.env, logger });
    const lines = [`Restore of ${result.backup.key} into ${result.target}`];
    const idWidth = Math.max(8, ...result.checks.map((c) => c.id.length));
    for (const c of result.checks) lines.push(`  ${SYMBOL[c.status]} ${c.id.padEnd(idWidth)}  ${reword(c.summary)}`);
    const nameWidth = Math.max(0, ...result.tables.map((t) => t.name.length));
    const rowsWidth = Math.max(0, ...result.tables.map((t) => formatCount(t.rows).length));
    for (const t of result.tables) {
      const expected = t.expected_rows === undefined ? '' : ` (backup: ${formatCount(t.expected_rows)})`;
      lines.push(
        `    ${t.name.padEnd(nameWidth)}  ${formatCount(t.rows).padStart(rowsWidth)} ${nounFor(t.rows, 'row')}${expected}`,
      );
    }
    lines.push(
      result.status === 'ok' ? 'RESTORED' : 'CRITICAL: restored, but the rows differ from the backup manifest',
    );
    ctx.stdout.write(`${redactSecrets(lines.join('\n'))}\n`);
    return result.status === 'ok' ? 0 : 2;
  } catch (error) {
    // A refused target is a usage error (exit 3): nothing was read, nothing was written.
    if (error instanceof TargetRefusedError) {
      ctx.stderr.write(`lifeboat restore: ${redactSecrets(reword(error.message))}; nothing was restored\n`);
      return 3;
    }
    if (error instanceof RecoveryError) {
      ctx.stderr.write(`lifeboat restore: ${redactSecrets(reword(error.message))}\n`);
      return 2;
    }
    throw error;
  }
}
