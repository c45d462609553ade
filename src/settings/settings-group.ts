import { z } from 'zod';
import { parseOptions, registerSecrets, type OptionSpecs, type RawOptions } from './options.js';

/**
 * One idea among a command's options (where backups are found, how they are decrypted, what is
 * published): the specs of its inputs/flags, the zod fragment that turns their text into values,
 * and the typed settings read from those values. Commands compose groups; none repeats one.
 */
export interface SettingsGroup<T, O extends OptionSpecs = OptionSpecs> {
  options: O;
  shape: z.ZodRawShape;
  /** The group's typed settings; may throw an InputError for a rule across its options. */
  read(values: Record<string, never>, raw: RawOptions): T;
}

export function settingsGroup<const O extends OptionSpecs, S extends z.ZodRawShape, T>(
  options: O,
  shape: S,
  read: (values: z.output<z.ZodObject<S>>, raw: RawOptions) => T,
): SettingsGroup<T, O> {
  return { options, shape, read: read as SettingsGroup<T, O>['read'] };
}

type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
type Flat<T> = { [K in keyof T]: T[K] };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any group, whatever its type
type AnyGroup = SettingsGroup<any, OptionSpecs>;
export type SettingsOf<G extends readonly AnyGroup[]> = Flat<
  Intersection<{ [K in keyof G]: G[K] extends SettingsGroup<infer T, OptionSpecs> ? T : never }[number]>
>;
export type OptionsOf<G extends readonly AnyGroup[]> = Flat<
  Intersection<{ [K in keyof G]: G[K] extends SettingsGroup<unknown, infer O> ? O : never }[number]>
>;

/** A command's settings: its option table (in group order) and the one parser from raw options to typed settings. */
export interface CommandSettings<T, O = OptionSpecs> {
  options: O;
  /** Secrets are registered first, so no message, not even one quoting a URL, can leak one. */
  parse(raw: RawOptions): T;
}

export function composeSettings<const G extends readonly AnyGroup[]>(
  ...groups: G
): CommandSettings<SettingsOf<G>, OptionsOf<G>> {
  const options: OptionSpecs = {};
  for (const name of groups.flatMap((g) => Object.keys(g.options))) {
    // One option, one meaning: a name in two groups would silently take one group's spec and value.
    if (Object.hasOwn(options, name)) throw new Error(`Option ${name} is in two settings groups`);
    options[name] = groups.find((g) => Object.hasOwn(g.options, name))!.options[name];
  }
  const schema = z.object(Object.assign({}, ...groups.map((g) => g.shape))).loose();
  return {
    options: options as OptionsOf<G>,
    parse(raw) {
      registerSecrets(options, raw);
      const values = parseOptions(options, schema, raw);
      return Object.assign({}, ...groups.map((g) => g.read(values as Record<string, never>, raw)));
    },
  };
}
