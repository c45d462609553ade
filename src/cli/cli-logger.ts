import type { Logger } from '../util/logger.js';
import { redactSecrets } from '../util/secrets.js';

/**
 * The CLI talks on stderr so that stdout carries only the report (`--format json` stays parseable).
 * On a terminal, progress rewrites one line in place; in a pipe or a log, each progress is a line.
 */
export function cliLogger(
  stream: NodeJS.WritableStream = process.stderr,
  opts: { quiet?: boolean; tty?: boolean; reword?: (message: string) => string } = {},
): Logger & { finish(): void } {
  const say = (m: string) => redactSecrets(opts.reword ? opts.reword(m) : m);
  let pending = false;
  const clear = () => {
    if (pending) stream.write('\r\x1b[K');
    pending = false;
  };
  const write = (prefix: string, message: string) => {
    clear();
    stream.write(`${prefix}${say(message)}\n`);
  };
  return {
    info: (m) => (opts.quiet ? undefined : write('', m)),
    warning: (m) => write('warning: ', m),
    error: (m) => write('error: ', m),
    progress: (m) => {
      if (opts.quiet) return;
      if (!opts.tty) return write('… ', m);
      clear();
      stream.write(`… ${say(m)}`);
      pending = true;
    },
    /** Clears a progress line left on the terminal, before the report is printed. */
    finish: clear,
  };
}
