import { drill } from '../drill/drill.js';
import { drillOptions, parseDrillSettings } from '../drill/drill-settings.js';
import { renderText } from '../report/render.js';
import { exitCodeFor } from '../report/report.js';
import { formatDuration } from '../settings/duration.js';
import { redactSecrets } from '../util/secrets.js';
import { cliLogger } from './cli-logger.js';
import { parseFlags } from './flags.js';
import type { CliContext } from './context.js';

export const drillSummary = 'Restore a backup into a throwaway Postgres, prove the data, measure RTO and RPO.';

export async function drillCommand(argv: string[], ctx: CliContext): Promise<number> {
  const raw = parseFlags('drill', drillOptions, argv);
  // The CLI follows the monitoring convention out of the box: warnings exit 1 unless told otherwise.
  raw['fail-on'] ??= 'warning';
  const json = raw.json === 'true';
  const settings = parseDrillSettings(raw);
  const { report } = await drill(settings, { env: ctx.env, logger: cliLogger(ctx.stderr, { quiet: json }) });
  if (json) {
    ctx.stdout.write(`${redactSecrets(JSON.stringify(report, null, 2))}\n`);
  } else {
    const lines = [renderText(report)];
    if (report.rto_seconds !== undefined || report.rpo_seconds !== undefined) {
      const phases = Object.entries(report.phases ?? {})
        .map(([name, s]) => `${name} ${formatDuration(s)}`)
        .join(', ');
      lines.push(
        `RTO ${report.rto_seconds === undefined ? 'not measured' : formatDuration(report.rto_seconds)}` +
          `${phases ? ` (${phases})` : ''}; RPO ${report.rpo_seconds === undefined ? '?' : formatDuration(report.rpo_seconds)}`,
      );
    }
    ctx.stdout.write(`${lines.join('\n')}\n`);
  }
  return exitCodeFor(report.status, settings.failOn);
}
