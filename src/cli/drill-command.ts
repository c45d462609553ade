import { drill } from '../drill/drill.js';
import { rtoParts } from '../drill/run-drill.js';
import { drillOptions, parseDrillSettings } from '../drill/drill-settings.js';
import { applyFleetEntry } from '../fleet/fleet-options.js';
import type { Report } from '../report/report.js';
import { formatDuration } from '../report/format.js';
import { reportCommand } from './report-command.js';

/** The option table `--help` shows, beside the command that runs with it. */
export { drillOptions };

export const drillCommand = reportCommand({
  name: 'drill',
  options: drillOptions,
  parse: parseDrillSettings,
  run: drill,
  // `--name`: the fleet entry's source, targets, secrets and checks (from the --checks file).
  prepare: (raw, env) => applyFleetEntry(raw, { file: raw.checks, env }),
  epilogue: rtoLine,
});

/**
 * "RTO 9s (fetch 3s and target 6s side by side (6s), restore 1s, verify 1s); RPO 10s": the two numbers
 * the runbook asks for. Without a restore there is no RTO, and the RPO is only the backup's age.
 */
function rtoLine(report: Report): string | undefined {
  if (report.rto_seconds === undefined && report.rpo_seconds === undefined) return undefined;
  const rto =
    report.rto_seconds === undefined
      ? 'not measured (nothing was restored)'
      : `${formatDuration(report.rto_seconds)} (${rtoParts(report.phases ?? {}, report.rto_seconds)})`;
  const rpo =
    report.rpo_seconds === undefined
      ? 'not measured'
      : `${formatDuration(report.rpo_seconds)}${report.rto_seconds === undefined ? " (the backup's age)" : ''}`;
  return `RTO ${rto}; RPO ${rpo}`;
}
