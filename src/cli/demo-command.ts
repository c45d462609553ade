import { runDemo } from '../demo/demo.js';
import { renderText } from '../report/render.js';
import { exitCodeFor } from '../report/report.js';
import type { OptionSpecs } from '../settings/options.js';
import { formatDuration } from '../report/format.js';
import { cliLogger } from './cli-logger.js';
import type { CliContext } from './context.js';
import { parseFlags } from './flags.js';

export const demoOptions = {
  dir: { description: 'Keep the demo backups in this folder (default: a temporary folder, deleted afterwards).' },
  checks: { description: "Checks file for the drill (default: the demo's own, examples/lifeboat.yml)." },
  'postgres-bin-dir': { description: 'Directory with the PostgreSQL binaries; found automatically when empty.' },
  json: { description: 'Print the three reports as one JSON array.', boolean: true },
} satisfies OptionSpecs;

export async function demoCommand(argv: string[], ctx: CliContext): Promise<number> {
  const raw = parseFlags('demo', demoOptions, argv);
  const json = raw.json === 'true';
  let step = 0;
  const result = await runDemo({
    dir: raw.dir,
    checksFile: raw.checks,
    postgresBinDir: raw['postgres-bin-dir'],
    env: ctx.env,
    logger: cliLogger(ctx.stderr, { quiet: json }),
    onReport: (name, report) => {
      if (json) return;
      step++;
      ctx.stdout.write(`\n── ${step}/3 ${name} ${'─'.repeat(Math.max(0, 60 - name.length))}\n${renderText(report)}\n`);
    },
  });
  if (json) {
    ctx.stdout.write(
      `${JSON.stringify(
        result.reports.map((r) => r.report),
        null,
        2,
      )}\n`,
    );
  } else {
    const drill = result.reports.find((r) => r.step === 'restore-drill')?.report;
    const figures =
      drill?.rto_seconds !== undefined ? ` — restored in ${formatDuration(drill.rto_seconds)} (RTO target 1h)` : '';
    ctx.stdout.write(
      `\nDemo ${result.status}: ${result.reports.map((r) => `${r.step} ${r.report.status}`).join(', ')}${figures}\n`,
    );
  }
  return exitCodeFor({ status: result.status }, 'warning');
}
