import { describe, expect, it } from 'vitest';
import { backupOptions, parseBackupSettings } from '../../src/backup/backup-settings.js';
import { cliDefault, helpText, parseFlags } from '../../src/cli/flags.js';
import { listOptions, listSettings } from '../../src/cli/list-command.js';
import { drillOptions, parseDrillSettings } from '../../src/drill/drill-settings.js';
import {
  extractOptions,
  parseExtractSettings,
  parseRestoreSettings,
  restoreOptions,
} from '../../src/recovery/recovery-settings.js';
import type { OptionSpecs, RawOptions } from '../../src/settings/options.js';
import { parseVerifySettings, verifyOptions } from '../../src/verify/verify-settings.js';

interface Command {
  options: OptionSpecs;
  required: string[];
  parse(raw: RawOptions): unknown;
}

const commands: Record<string, Command> = {
  verify: { options: verifyOptions, required: ['--source', '/srv/backups'], parse: parseVerifySettings },
  drill: { options: drillOptions, required: ['--source', '/srv/backups'], parse: parseDrillSettings },
  backup: {
    options: backupOptions,
    required: ['--database-url', 'postgres://u:p@db/app', '--dest', '/srv/backups'],
    parse: parseBackupSettings,
  },
  restore: {
    options: restoreOptions,
    required: ['--source', '/srv/backups', '--target', 'postgres://u:p@db/scratch'],
    parse: (raw) => parseRestoreSettings(raw, []),
  },
  extract: {
    options: extractOptions,
    required: ['--source', '/srv/backups', '--table', 'public.items'],
    parse: parseExtractSettings,
  },
  list: { options: listOptions, required: ['--source', '/srv/backups'], parse: listSettings.parse },
};

describe.each(Object.entries(commands))('lifeboat %s', (name, command) => {
  const help = helpText(name, 'summary', command.options);
  const withDefault = Object.entries(command.options).filter(
    ([, spec]) => spec.only !== 'action' && cliDefault(spec) !== undefined,
  );

  it.each(withDefault)('--%s: the default --help shows is the one the command runs with', (option, spec) => {
    const shown = cliDefault(spec) as string;
    expect(help).toContain(`--${spec.boolean ? `[no-]${option}` : `${option} <value>`}`);
    // The help line may wrap: compare with whitespace folded.
    const helpFolded = help.replace(/\s+/g, ' ');
    expect(helpFolded).toContain(`default: ${shown}`.replace(/\s+/g, ' '));
    const implicit = command.parse(parseFlags(name, command.options, command.required));
    const explicit = command.parse(parseFlags(name, command.options, [...command.required, `--${option}=${shown}`]));
    expect(implicit).toEqual(explicit);
  });

  it('no line of --help is wider than 100 columns', () => {
    for (const line of help.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
  });
});

describe('flag grammar', () => {
  const drill = (...argv: string[]) =>
    parseDrillSettings(parseFlags('drill', drillOptions, ['--source', '/srv/backups', ...argv]));

  it('booleans: --flag, --no-flag, --flag=true|false and the other boolean words', () => {
    expect(drill().amcheck).toBe(false);
    expect(drill('--amcheck').amcheck).toBe(true);
    expect(drill('--no-amcheck').amcheck).toBe(false);
    expect(drill('--amcheck=false').amcheck).toBe(false);
    expect(drill('--amcheck=yes').amcheck).toBe(true);
    expect(drill('--amcheck', '--no-amcheck').amcheck).toBe(false);
    expect(drill('--s3-force-path-style').s3ForcePathStyle).toBe(true);
    expect(drill('--s3-force-path-style=0').s3ForcePathStyle).toBe(false);
    expect(drill('--allow-overwrite').allowOverwrite).toBe(true);
    // As scripts written for the older grammar spell it.
    expect(drill('--s3-force-path-style', 'true').s3ForcePathStyle).toBe(true);
    expect(drill('--amcheck', 'off').amcheck).toBe(false);
  });

  it('a boolean flag never swallows the next argument', () => {
    expect(drill('--amcheck', '--rto-target', '2h')).toMatchObject({ amcheck: true, rtoTargetSeconds: 7200 });
  });

  it('bad boolean words and unknown flags are one line naming the flag', () => {
    expect(() => drill('--amcheck=maybe')).toThrow(/^Invalid --amcheck "maybe": expected true, false, yes, no/);
    expect(() => drill('--no-amcheck=true')).toThrow(/--no-amcheck: it takes no value/);
    expect(() => drill('--no-source')).toThrow(/Unknown option --no-source/);
    expect(() => drill('--rto-target')).toThrow(/Missing value for --rto-target/);
    expect(() => drill('stray')).toThrow(/Unexpected argument "stray"/);
  });

  it('a value may start with a dash and reaches the validator', () => {
    expect(() => drill('--rto-target', '-1h')).toThrow(/Invalid rto-target "-1h"/);
  });

  it('fail-on defaults to warning on the command line and critical in the action table', () => {
    expect(drill().failOn).toBe('warning');
    expect(drillOptions['fail-on'].default).toBe('critical');
  });

  it('secrets come from the environment when the flag is absent; a flag wins', () => {
    const env = {
      DATABASE_URL: 'postgres://u:fromdatabaseurl@db/app',
      LIFEBOAT_DECRYPTION_PASSPHRASE: 'sesame',
      LIFEBOAT_TARGET_URL: 'postgres://u:p@db/scratch',
    };
    const backup = parseFlags('backup', backupOptions, ['--dest', '/srv/backups'], env);
    expect(backup['database-url']).toBe(env.DATABASE_URL);
    const preferred = parseFlags('backup', backupOptions, [], { ...env, LIFEBOAT_DATABASE_URL: 'postgres://x@y/z' });
    expect(preferred['database-url']).toBe('postgres://x@y/z');
    const flag = parseFlags('backup', backupOptions, ['--database-url', 'postgres://a@b/c'], env);
    expect(flag['database-url']).toBe('postgres://a@b/c');
    expect(parseFlags('verify', verifyOptions, [], env)['decryption-passphrase']).toBe('sesame');
    expect(parseFlags('restore', restoreOptions, [], env).target).toBe(env.LIFEBOAT_TARGET_URL);
  });
});
