import type { OptionSpecs } from './options.js';

/**
 * Lifeboat's messages name options the way a workflow does (`set allow-overwrite: true`,
 * `Invalid warn-after "25 hours"`): the core and the actions speak inputs. The command line renders
 * the same messages in its own syntax through this one table of phrases, so a message is written
 * once and reads right in both places: `pass --allow-overwrite`, `Invalid --warn-after "25 hours"`.
 * Only these phrases and only the command's own option names are rewritten: ordinary words that
 * happen to be option names ("source", "database") are left alone elsewhere.
 */
const PHRASES: { pattern: (name: string) => RegExp; cli: (name: string, specs: OptionSpecs, m: string[]) => string }[] =
  [
    { pattern: (n) => new RegExp(`\\b(Invalid|Missing) ${n}(?=[ :"])`, 'g'), cli: (n, _s, m) => `${m[1]} --${n}` },
    {
      pattern: (n) => new RegExp(`\\b([Ss])et ${n}: true\\b`, 'g'),
      cli: (n, _s, m) => `${m[1] === 'S' ? 'P' : 'p'}ass --${n}`,
    },
    {
      pattern: (n) => new RegExp(`\\b([Ss])et ${n}: false\\b`, 'g'),
      cli: (n, _s, m) => `${m[1] === 'S' ? 'P' : 'p'}ass --no-${n}`,
    },
    {
      pattern: (n) => new RegExp(`\\b([Ss])et \`?${n}\`?( to)?(?![\\w-])`, 'g'),
      cli: (n, _s, m) => `${m[1] === 'S' ? 'P' : 'p'}ass --${n}${m[2] ? ' with' : ''}`,
    },
    { pattern: (n) => new RegExp(`\\bas ${n}\\b`, 'g'), cli: (n) => `as --${n}` },
    { pattern: (n) => new RegExp(`\\bpoint ${n} at\\b`, 'g'), cli: (n) => `point --${n} at` },
  ];

/** The command-line wording of a message written in the actions' terms (see PHRASES). */
export function cliWording(message: string, specs: OptionSpecs): string {
  // Longest names first: `age-identity` before a hypothetical `age`.
  const names = Object.keys(specs)
    .filter((n) => specs[n].only !== 'action')
    .sort((a, b) => b.length - a.length);
  let out = message;
  for (const name of names) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const phrase of PHRASES) {
      out = out.replace(phrase.pattern(escaped), (...m: string[]) => phrase.cli(name, specs, m));
    }
  }
  return out;
}
