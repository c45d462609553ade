import { renderText } from '../report/render.js';
import { exitCodeFor } from '../report/report.js';
import { verify } from '../verify/verify.js';
import { parseVerifySettings, verifyOptions } from '../verify/verify-settings.js';
import { addSecret } from '../util/secrets.js';
import { cliLogger } from './cli-logger.js';
import { parseFlags } from './flags.js';
import type { CliContext } from './context.js';

export const verifySummary = 'Check that the newest backup is recent and intact.';

export async function verifyCommand(argv: string[], ctx: CliContext): Promise<number> {
  const raw = parseFlags('verify', verifyOptions, argv);
  // The CLI follows the monitoring convention out of the box: warnings exit 1 unless told otherwise.
  raw['fail-on'] ??= 'warning';
  const json = raw.json === 'true';
  // A flag shows up in `ps` and shell history: keys are better passed through the environment.
  raw['decryption-passphrase'] ??= ctx.env.LIFEBOAT_DECRYPTION_PASSPHRASE;
  raw['age-identity'] ??= ctx.env.LIFEBOAT_AGE_IDENTITY;
  for (const [name, spec] of Object.entries(verifyOptions)) {
    if ('secret' in spec && spec.secret) addSecret(raw[name]);
  }
  const settings = parseVerifySettings(raw);
  const { report } = await verify(settings, { env: ctx.env, logger: cliLogger(ctx.stderr, { quiet: json }) });
  ctx.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : `${renderText(report)}\n`);
  return exitCodeFor(report.status, settings.failOn);
}
