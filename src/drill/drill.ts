import path from 'node:path';
import { openStore } from '../stores/open-store.js';
import { requireReadable } from '../stores/readable.js';
import type { Logger } from '../util/logger.js';
import { pgRestoreResolver } from '../bytes/pg-restore-sink.js';
import { loadLifeboatFile, selectEntry } from '../fleet/fleet-file.js';
import { InputError } from '../util/errors.js';
import type { ChecksFile } from '../fleet/checks-file.js';
import type { DrillSettings } from './drill-settings.js';
import { runDrill, type DrillDeps, type DrillResult } from './run-drill.js';

export interface DrillEnvironment {
  /** Where AWS_* variables come from: the entry passes process.env, tests their own. */
  env: NodeJS.ProcessEnv;
  logger: Logger;
  /** Relative checks-file paths resolve against this (the action passes GITHUB_WORKSPACE). */
  cwd?: string;
  now?: () => Date;
  /** Test seams passed through to runDrill. */
  overrides?: Pick<DrillDeps, 'workParentDir' | 'clusterParentDir' | 'freeBytes' | 'lookup' | 'runner'>;
}

/** The one implementation behind `lifeboat drill` and the restore-drill action. */
export async function drill(
  settings: DrillSettings,
  environment: DrillEnvironment,
): Promise<DrillResult & { checks?: ChecksFile }> {
  // A broken checks file is a configuration error: found before any backup is fetched.
  const checks = await drillChecks(settings, environment.cwd);
  if (checks && !settings.checksFileExplicit && !settings.name) {
    // Found, not given: said first, so nobody reads a verdict without knowing whose checks made it.
    const where = path.resolve(environment.cwd ?? process.cwd(), checks.path);
    environment.logger.info(
      `Using the checks file ${where} (found by default; --checks / the checks input names another)`,
    );
  } else if (checks) {
    environment.logger.info(`Checks from ${checks.path}`);
  }
  // Railway volume snapshots cannot be downloaded: say so before any work, with what to do instead.
  const store = requireReadable(
    openStore(settings.source, { env: environment.env, forcePathStyle: settings.s3ForcePathStyle }),
  );
  const result = await runDrill(settings, {
    store,
    logger: environment.logger,
    now: environment.now,
    pgRestore: pgRestoreResolver(settings.postgresBinDir),
    checks,
    env: environment.env,
    ...environment.overrides,
  });
  return { ...result, checks };
}

/**
 * The checks of this drill: the single-database file's, or with `name` the fleet entry's own. A
 * fleet file without `name` is refused rather than drilling with no checks.
 */
async function drillChecks(settings: DrillSettings, cwd: string | undefined): Promise<ChecksFile | undefined> {
  const file = await loadLifeboatFile(settings.checksFile, {
    explicit: settings.checksFileExplicit || settings.name !== undefined,
    cwd,
    inputName: 'checks',
  });
  if (settings.name) return selectEntry(file!, settings.name).checks;
  if (file?.databases) {
    throw new InputError(
      `Missing name: ${file.path} lists databases (${file.databases.map((e) => e.name).join(', ')}); set name to the one to drill`,
    );
  }
  return file?.checks;
}
