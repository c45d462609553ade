import { renderText } from '../report/render.js';
import { exitCodeFor, type FailOn, type Report } from '../report/report.js';
import { registerSecrets, type OptionSpecs, type RawOptions } from '../settings/options.js';
import type { Logger } from '../util/logger.js';
import { redactSecrets } from '../util/secrets.js';
import { cliLogger } from './cli-logger.js';
import type { CliContext } from './context.js';
import { parseFlags } from './flags.js';

/** A command whose result is a report: verify, drill, backup. */
export interface ReportCommandSpec<S extends { failOn: FailOn }> {
  name: string;
  options: OptionSpecs;
  parse(raw: RawOptions): S;
  run(settings: S, environment: { env: NodeJS.ProcessEnv; logger: Logger }): Promise<{ report: Report }>;
  /** Raw options a command may also take from the environment (keys kept out of `ps`). */
  fromEnv?(raw: RawOptions, env: NodeJS.ProcessEnv): void;
  /** Rewrites the raw options before parsing (`--name`: the fleet entry's options over the flags). */
  prepare?(raw: RawOptions, env: NodeJS.ProcessEnv): Promise<RawOptions>;
  /** Lines printed after the checks in human output (the drill's RTO/RPO breakdown). */
  epilogue?(report: Report): string | undefined;
}

/**
 * Flags → settings → core → report on stdout → exit code, the same for every report command.
 * The CLI follows the monitoring convention out of the box: `fail-on` defaults to warning, so a
 * warning exits 1 and a critical 2.
 */
export function reportCommand<S extends { failOn: FailOn }>(spec: ReportCommandSpec<S>) {
  return async (argv: string[], ctx: CliContext): Promise<number> => {
    const flags = parseFlags(spec.name, spec.options, argv);
    spec.fromEnv?.(flags, ctx.env);
    const raw = spec.prepare ? await spec.prepare(flags, ctx.env) : flags;
    registerSecrets(spec.options, raw);
    raw['fail-on'] ??= 'warning';
    const json = raw.json === 'true';
    const settings = spec.parse(raw);
    const { report } = await spec.run(settings, { env: ctx.env, logger: cliLogger(ctx.stderr, { quiet: json }) });
    if (json) {
      ctx.stdout.write(`${redactSecrets(JSON.stringify(report, null, 2))}\n`);
    } else {
      const epilogue = spec.epilogue?.(report);
      ctx.stdout.write(`${renderText(report)}${epilogue ? `\n${redactSecrets(epilogue)}` : ''}\n`);
    }
    return exitCodeFor(report.status, settings.failOn);
  };
}
