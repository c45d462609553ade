import { z } from 'zod';
import type { RawOptions } from '../settings/options.js';
import { settingsGroup } from '../settings/settings-group.js';

// Kept apart from fleet-file.ts so that the option tables cost no YAML parser at start-up.

export const DEFAULT_CONFIG_FILE = '.github/lifeboat.yml';

const nameOf = (v: { name?: string }) => ({ name: v.name?.trim() || undefined });

/** `name` picks a fleet entry: verify reads it from `config`. */
export const verifyFleet = settingsGroup(
  {
    name: {
      description:
        'Only this entry of the fleet file (databases: in config): its source, database, thresholds and secrets (by name) apply.',
      default: '',
    },
    config: {
      description: 'The fleet file that lists databases: (read when name is set).',
      default: DEFAULT_CONFIG_FILE,
    },
    all: { description: 'Verify every database of the fleet file, one section each.', boolean: true, only: 'cli' },
    'max-parallel': {
      description: 'With --all: how many databases are verified at the same time.',
      default: '2',
      only: 'cli',
    },
  },
  { name: z.string().optional() },
  (v): { name?: string } => nameOf(v),
);

/** The drill reads its fleet entry from its `checks` file. */
export const drillFleet = settingsGroup(
  {
    name: {
      description:
        'Only this entry of the fleet file (databases: in checks): its source, database, targets, secrets (by name) and checks apply.',
      default: '',
    },
  },
  { name: z.string().optional() },
  (v): { name?: string } => nameOf(v),
);

/**
 * With `name` set, the raw options of that entry's run (its values over the inputs, its secrets read
 * from the environment variables they name); without, `raw` as it is.
 */
export async function applyFleetEntry(
  raw: RawOptions,
  opts: { file: string | undefined; cwd?: string; env: NodeJS.ProcessEnv },
): Promise<RawOptions> {
  if (!raw.name?.trim()) return raw;
  const { withFleetEntry } = await import('./fleet-file.js');
  return (await withFleetEntry(raw, opts)).raw;
}
