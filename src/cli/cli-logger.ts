import type { Logger } from '../util/logger.js';
import { redactSecrets } from '../util/secrets.js';

/** The CLI talks on stderr so that stdout carries only the report (`--json` output stays parseable). */
export function cliLogger(stream: NodeJS.WritableStream = process.stderr, opts: { quiet?: boolean } = {}): Logger {
  const write = (prefix: string, message: string) => stream.write(`${prefix}${redactSecrets(message)}\n`);
  return {
    info: (m) => (opts.quiet ? undefined : write('', m)),
    warning: (m) => write('warning: ', m),
    error: (m) => write('error: ', m),
    progress: (m) => (opts.quiet ? undefined : write('… ', m)),
  };
}
