import { DEFAULT_COLUMNS } from '../report/render.js';

/** What a CLI command may touch; tests pass their own streams and environment. */
export interface CliContext {
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/**
 * Whether `stream` is a terminal, whether to colour it (NO_COLOR and TERM=dumb say no; a pipe never
 * gets colour) and how wide to lay out human output.
 */
export function terminalOf(
  ctx: CliContext,
  stream: NodeJS.WritableStream = ctx.stdout,
): { tty: boolean; color: boolean; columns: number } {
  const s = stream as NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  const tty = s.isTTY === true;
  const color = tty && ctx.env.NO_COLOR === undefined && ctx.env.TERM !== 'dumb';
  const columns = tty && s.columns ? Math.min(s.columns, DEFAULT_COLUMNS) : DEFAULT_COLUMNS;
  return { tty, color, columns };
}
