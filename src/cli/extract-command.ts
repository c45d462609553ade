import { extractTable } from '../recovery/extract-table.js';
import { RecoveryError } from '../recovery/fetch-selected.js';
import { extractOptions, parseExtractSettings } from '../recovery/recovery-settings.js';
import { cliWording } from '../settings/messages.js';
import { formatCount, plural } from '../report/format.js';
import { registerSecrets } from '../settings/options.js';
import { redactSecrets } from '../util/secrets.js';
import { cliLogger } from './cli-logger.js';
import type { CliContext } from './context.js';
import { parseFlags } from './flags.js';

/** The option table `--help` shows, beside the command that runs with it. */
export { extractOptions };

export async function extractCommand(argv: string[], ctx: CliContext): Promise<number> {
  const raw = parseFlags('extract', extractOptions, argv, ctx.env);
  registerSecrets(extractOptions, raw);
  const settings = parseExtractSettings(raw);
  // stdout carries the SQL: everything said about the work goes to stderr.
  const reword = (m: string) => cliWording(m, extractOptions);
  const logger = cliLogger(ctx.stderr, { reword });
  try {
    const result = await extractTable(settings, ctx.stdout, { env: ctx.env, logger });
    const expected =
      result.expected_rows === undefined ? '' : ` (the backup holds ${formatCount(result.expected_rows)})`;
    logger.info(`Wrote ${plural(result.rows, 'row')} of ${result.table} from ${result.backup.key}${expected}`);
    if (result.expected_rows !== undefined && result.rows !== result.expected_rows) {
      logger.error(
        `extracted ${plural(result.rows, 'row')} but the backup holds ${formatCount(result.expected_rows)}: do not trust this output`,
      );
      return 2;
    }
    return 0;
  } catch (error) {
    if (error instanceof RecoveryError) {
      ctx.stderr.write(`lifeboat extract: ${redactSecrets(reword(error.message))}\n`);
      return 2;
    }
    throw error;
  }
}
