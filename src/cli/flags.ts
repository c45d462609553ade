import { booleanOrUndefined, parseBoolean } from '../settings/boolean.js';
import type { OptionSpec, OptionSpecs, RawOptions } from '../settings/options.js';
import { InputError } from '../util/errors.js';
import { wrap } from '../report/render.js';

/**
 * The one flag grammar of every command: `--name value` and `--name=value` for values; `--flag`,
 * `--no-flag` and `--flag=true|false|yes|no|on|off|1|0` for booleans. Flags absent from argv are
 * taken from the environment variables their spec names (keys and URLs stay out of `ps` and shell
 * history), then from the CLI's own default, so `--help` and the run use the same table.
 */
export function parseFlags(
  command: string,
  specs: OptionSpecs,
  argv: string[],
  env: NodeJS.ProcessEnv = {},
): RawOptions {
  const raw: RawOptions = {};
  const unknown = (arg: string) => new InputError(`Unknown option ${arg}; see lifeboat ${command} --help`);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--') || arg === '--') {
      throw new InputError(`Unexpected argument "${arg}": options are --name value; see lifeboat ${command} --help`);
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    const spec = cliSpec(specs, name);
    if (spec?.boolean) {
      // `--flag true` as older scripts write it: no command takes positionals, so this is unambiguous.
      const spaced = inline === undefined && argv[i + 1] !== undefined ? booleanOrUndefined(argv[i + 1]) : undefined;
      if (spaced !== undefined) i++;
      raw[name] = String(inline === undefined ? (spaced ?? true) : parseBoolean(inline, `--${name}`));
      continue;
    }
    const negated = name.startsWith('no-') ? name.slice(3) : undefined;
    if (negated !== undefined && cliSpec(specs, negated)?.boolean) {
      if (inline !== undefined) throw new InputError(`Invalid --${name}: it takes no value (use --${negated}=false)`);
      raw[negated] = 'false';
      continue;
    }
    if (!spec) throw unknown(`--${name}`);
    if (inline !== undefined) {
      raw[name] = inline;
      continue;
    }
    const next = argv[i + 1];
    // `--warn-after -1h` reaches the validator (which says what is accepted); `--source --json` does not.
    if (next === undefined || (next.startsWith('--') && isFlag(specs, next))) {
      throw new InputError(`Missing value for --${name}: ${spec.description}`);
    }
    raw[name] = next;
    i++;
  }
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.only === 'action' || raw[name] !== undefined) continue;
    const fromEnv = spec.env?.map((v) => env[v]).find((v) => v !== undefined && v !== '');
    if (fromEnv !== undefined) raw[name] = fromEnv;
    else if (spec.cliDefault !== undefined) raw[name] = spec.cliDefault;
  }
  return raw;
}

function cliSpec(specs: OptionSpecs, name: string): OptionSpec | undefined {
  const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
  return spec && spec.only !== 'action' ? spec : undefined;
}

function isFlag(specs: OptionSpecs, arg: string): boolean {
  const name = arg.slice(2).split('=')[0];
  return cliSpec(specs, name) !== undefined || cliSpec(specs, name.replace(/^no-/, ''))?.boolean === true;
}

/** The default the CLI runs with when the flag is absent (and no environment variable is set). */
export function cliDefault(spec: OptionSpec): string | undefined {
  const value = spec.cliDefault ?? spec.default;
  return value === '' ? undefined : value;
}

const HELP_WIDTH = 100;

export function helpText(command: string, summary: string, specs: OptionSpecs): string {
  const rows: [string, string][] = [];
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.only === 'action') continue;
    const flag = spec.boolean ? `--[no-]${name}` : `--${name} <value>`;
    const def = cliDefault(spec);
    const notes = [
      def !== undefined ? `default: ${def}` : spec.required ? 'required' : undefined,
      spec.env?.length ? `env: ${spec.env.join(' or ')}` : undefined,
    ].filter(Boolean);
    rows.push([flag, `${spec.description}${notes.length ? ` (${notes.join('; ')})` : ''}`]);
  }
  rows.push(['--help', 'Show this help.'], ['--version', 'Print the version and the commit of the build.']);
  const width = Math.max(...rows.map(([flag]) => flag.length));
  const lines = [`Usage: lifeboat ${command} [options]`, '', summary, '', 'Options:'];
  for (const [flag, text] of rows) {
    const wrapped = wrap(text, HELP_WIDTH - width - 4);
    lines.push(`  ${flag.padEnd(width)}  ${wrapped[0]}`);
    for (const more of wrapped.slice(1)) lines.push(`  ${' '.repeat(width)}  ${more}`);
  }
  return lines.join('\n');
}
