import { applyFleetEntry, DEFAULT_CONFIG_FILE } from '../fleet/fleet-options.js';
import { renderText } from '../report/render.js';
import { exitCodeFor } from '../report/report.js';
import { registerSecrets } from '../settings/options.js';
import { publication } from '../settings/publication.js';
import { composeSettings } from '../settings/settings-group.js';
import { InputError } from '../util/errors.js';
import { redactSecrets } from '../util/secrets.js';
import { verify } from '../verify/verify.js';
import { parseVerifySettings, verifyOptions } from '../verify/verify-settings.js';
import { cliLogger } from './cli-logger.js';
import type { CliContext } from './context.js';
import { parseFlags } from './flags.js';
import { reportCommand } from './report-command.js';

/** The option table `--help` shows, beside the command that runs with it. */
export { verifyOptions };

const verifyOne = reportCommand({
  name: 'verify',
  options: verifyOptions,
  parse: parseVerifySettings,
  run: verify,
  prepare: (raw, env) => applyFleetEntry(raw, { file: raw.config, env }),
});

/** `lifeboat verify`: one database (by flags, or `--name` from the fleet file), or `--all` of them. */
export async function verifyCommand(argv: string[], ctx: CliContext): Promise<number> {
  const raw = parseFlags('verify', verifyOptions, argv, ctx.env);
  if (raw.all !== 'true') return verifyOne(argv, ctx);
  for (const flag of ['source', 'name'] as const) {
    if (raw[flag] !== undefined) {
      throw new InputError(`Invalid --${flag} with --all: --all verifies every database of the fleet file`);
    }
  }
  const maxParallel = Number(raw['max-parallel'] ?? verifyOptions['max-parallel'].default);
  if (!Number.isInteger(maxParallel) || maxParallel < 1 || maxParallel > 32) {
    throw new InputError(`Invalid max-parallel "${raw['max-parallel']}": expected a whole number from 1 to 32`);
  }
  registerSecrets(verifyOptions, raw);
  // Each database's settings are parsed by verifyFleet; the fleet's own output is published as one.
  const json = composeSettings(publication).parse(raw).format === 'json';
  const [{ loadLifeboatFile }, { verifyFleet }] = await Promise.all([
    import('../fleet/fleet-file.js'),
    import('../fleet/verify-fleet.js'),
  ]);
  const file = await loadLifeboatFile(raw.config ?? DEFAULT_CONFIG_FILE, { explicit: true });
  const logger = cliLogger(ctx.stderr, { quiet: json });
  const result = await verifyFleet(file!, raw, { env: ctx.env, logger, maxParallel, verifyOne: verify }).finally(() =>
    logger.finish(),
  );
  if (json) {
    const out = {
      status: result.status,
      kind: 'verify',
      databases: result.sections.map((s) => ({ name: s.name, ...s.report })),
    };
    ctx.stdout.write(`${redactSecrets(JSON.stringify(out, null, 2))}\n`);
  } else {
    const sections = result.sections.map((s) => `== ${s.name} ==\n${renderText(s.report)}`);
    const tally = result.sections.map((s) => `${s.name} ${s.report.status}`).join(', ');
    ctx.stdout.write(
      `${sections.join('\n\n')}\n\n${result.status.toUpperCase()}: ${result.sections.length} databases (${tally})\n`,
    );
  }
  return exitCodeFor({ status: result.status }, result.failOn);
}
