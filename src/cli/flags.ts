import { parseArgs } from 'node:util';
import type { OptionSpecs, RawOptions } from '../settings/options.js';
import { InputError, errorMessage } from '../util/errors.js';

/** Turns `--name value` flags into the same raw option record the action builds from its inputs. */
export function parseFlags(command: string, specs: OptionSpecs, argv: string[]): RawOptions {
  const options: Record<string, { type: 'string' | 'boolean' }> = { help: { type: 'boolean' } };
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.only === 'action') continue;
    options[name] = { type: spec.boolean ? 'boolean' : 'string' };
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: joinDashValues(argv, options), options, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new InputError(`${cleanParseError(errorMessage(error))}; see lifeboat ${command} --help`);
  }
  const raw: RawOptions = {};
  for (const [name, value] of Object.entries(values)) {
    raw[name] = typeof value === 'boolean' ? String(value) : value;
  }
  return raw;
}

/**
 * `--warn-after -1h` must reach the validator (which says what is accepted) instead of parseArgs'
 * "ambiguous argument": a value that starts with `-` but is no known flag is glued on with `=`.
 */
function joinDashValues(argv: string[], options: Record<string, { type: 'string' | 'boolean' }>): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const name = arg.startsWith('--') && !arg.includes('=') ? arg.slice(2) : undefined;
    const next = argv[i + 1];
    if (
      name &&
      options[name]?.type === 'string' &&
      next?.startsWith('-') &&
      !(next.slice(2) in options && next.startsWith('--'))
    ) {
      out.push(`${arg}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

function cleanParseError(message: string): string {
  // node's messages carry hints for `--foo=-bar` that do not apply here; keep the first sentence.
  return message.split('. ')[0].replace(/^Unknown option '(.*)'$/, 'Unknown option $1');
}

export function helpText(command: string, summary: string, specs: OptionSpecs): string {
  const lines = [`Usage: lifeboat ${command} [options]`, '', summary, '', 'Options:'];
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.only === 'action') continue;
    const flag = spec.boolean ? `--${name}` : `--${name} <value>`;
    const def = spec.default ? ` (default: ${spec.default})` : spec.required ? ' (required)' : '';
    lines.push(`  ${flag.padEnd(30)} ${spec.description}${def}`);
  }
  return lines.join('\n');
}
