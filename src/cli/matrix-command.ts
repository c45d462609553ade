import { DEFAULT_CONFIG_FILE, verifyFleet } from '../fleet/fleet-options.js';
import type { OptionSpecs } from '../settings/options.js';
import type { CliContext } from './context.js';
import { parseFlags } from './flags.js';

export const matrixOptions = { config: verifyFleet.options.config } satisfies OptionSpecs;

/**
 * `lifeboat matrix`: one line of JSON for `strategy.matrix` (`fromJSON(…)`), one include per database,
 * so that GitHub runs one job per database and each selects its entry with `name`.
 */
export async function matrixCommand(argv: string[], ctx: CliContext): Promise<number> {
  const raw = parseFlags('matrix', matrixOptions, argv);
  const { loadLifeboatFile, matrixOf } = await import('../fleet/fleet-file.js');
  const file = await loadLifeboatFile(raw.config ?? DEFAULT_CONFIG_FILE, { explicit: true });
  ctx.stdout.write(`${JSON.stringify(matrixOf(file!))}\n`);
  return 0;
}
