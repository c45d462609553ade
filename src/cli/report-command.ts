import { renderNagios } from '../report/nagios.js';
import { renderText } from '../report/render.js';
import { exitCodeFor, reportJson, type Report } from '../report/report.js';
import { cliWording } from '../settings/messages.js';
import type { OptionSpecs, RawOptions } from '../settings/options.js';
import type { OutputFormat, PublicationSettings } from '../settings/publication.js';
import type { Logger } from '../util/logger.js';
import { redactSecrets } from '../util/secrets.js';
import { cliLogger } from './cli-logger.js';
import { terminalOf, type CliContext } from './context.js';
import { parseFlags } from './flags.js';

/** A command whose result is a report: verify, drill, backup. */
export interface ReportCommandSpec<S extends PublicationSettings> {
  name: string;
  options: OptionSpecs;
  parse(raw: RawOptions): S;
  run(settings: S, environment: { env: NodeJS.ProcessEnv; logger: Logger }): Promise<{ report: Report }>;
  /** Rewrites the raw options before parsing (`--name`: the fleet entry's options over the flags). */
  prepare?(raw: RawOptions, env: NodeJS.ProcessEnv): Promise<RawOptions>;
  /** Lines printed after the checks in human output (the drill's RTO/RPO breakdown). */
  epilogue?(report: Report): string | undefined;
}

/** Flags → settings → core → report on stdout → exit code, the same for every report command. */
export function reportCommand<S extends PublicationSettings>(spec: ReportCommandSpec<S>) {
  return async (argv: string[], ctx: CliContext): Promise<number> => {
    const flags = parseFlags(spec.name, spec.options, argv, ctx.env);
    const raw = spec.prepare ? await spec.prepare(flags, ctx.env) : flags;
    const settings = spec.parse(raw);
    const format = settings.format;
    const terminal = terminalOf(ctx);
    const reword = (m: string) => cliWording(m, spec.options);
    const logger = cliLogger(ctx.stderr, { quiet: format !== 'text', tty: terminalOf(ctx, ctx.stderr).tty, reword });
    const result = await spec.run(settings, { env: ctx.env, logger }).finally(() => logger.finish());
    const report = {
      ...result.report,
      checks: result.report.checks.map((c) => ({ ...c, summary: reword(c.summary) })),
    };
    if (report.refused) {
      // A refusal reads like restore's: one line, exit 3. Machines still get the report that records it.
      ctx.stderr.write(`lifeboat ${spec.name}: ${redactSecrets(reword(report.refused))}; nothing was restored\n`);
      if (format !== 'text') ctx.stdout.write(`${render(report, format, terminal, spec.epilogue)}\n`);
    } else {
      ctx.stdout.write(`${render(report, format, terminal, spec.epilogue)}\n`);
    }
    return exitCodeFor(report, settings.failOn);
  };
}

function render(
  report: Report,
  format: OutputFormat,
  terminal: { color: boolean; columns: number },
  epilogue?: (report: Report) => string | undefined,
): string {
  if (format === 'json') return redactSecrets(reportJson(report));
  if (format === 'nagios') return renderNagios(report);
  return renderText(report, { ...terminal, epilogue: epilogue?.(report) });
}
