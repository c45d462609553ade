/**
 * What the core says while it works. Actions map it to @actions/core, the CLI to stderr,
 * tests to an array: the core never writes to the console itself.
 */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** Long work (bytes read / total, restore phase). May be throttled or dropped by the sink. */
  progress(message: string): void;
}

export const silentLogger: Logger = {
  info: () => {},
  warning: () => {},
  error: () => {},
  progress: () => {},
};

export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(`info: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    progress: (m) => lines.push(`progress: ${m}`),
  };
}
