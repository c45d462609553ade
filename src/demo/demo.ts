import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { backup } from '../backup/backup.js';
import { parseBackupSettings } from '../backup/backup-settings.js';
import { drill } from '../drill/drill.js';
import { parseDrillSettings } from '../drill/drill-settings.js';
import { findPostgresBinaries } from '../postgres/binaries.js';
import { startEphemeralCluster, type EphemeralCluster } from '../postgres/ephemeral-cluster.js';
import { worstStatus, type Report } from '../report/report.js';
import { makeTempDir } from '../util/cleanup.js';
import { InputError, errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { verify } from '../verify/verify.js';
import { parseVerifySettings } from '../verify/verify-settings.js';
import { createDatabase, loadSampleDatabase, type SampleOptions } from './sample-database.js';

export interface DemoOptions {
  /** Folder store for the backups; a temporary one (deleted afterwards) when not given. */
  dir?: string;
  postgresBinDir?: string;
  /** The checks file of the drill; the demo's own (examples/lifeboat.yml) by default. */
  checksFile?: string;
  sample?: SampleOptions;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  /** Called with each report as soon as it exists, so the reader sees progress step by step. */
  onReport(step: string, report: Report): void;
}

export interface DemoResult {
  reports: Array<{ step: string; report: Report }>;
  status: Report['status'];
  dir: string;
}

const INSTALL_HINT =
  'lifeboat demo needs the PostgreSQL server binaries (initdb, pg_ctl, postgres) and pg_dump/pg_restore: ' +
  'on Debian/Ubuntu `sudo apt-get install postgresql`, on macOS `brew install postgresql@16`, ' +
  'or point --postgres-bin-dir at a bin directory';

/**
 * The demo's checks, found from this module wherever Lifeboat is installed (a clone, `npm link`, the
 * bundle), never from the directory the demo is run in. ncc copies the file next to the bundle
 * (dist/cli/lifeboat.yml) and turns this expression into that file's path: a string, not a URL.
 */
const demoChecks: URL | string = new URL('../../examples/lifeboat.yml', import.meta.url);
export const DEMO_CHECKS_FILE = typeof demoChecks === 'string' ? demoChecks : fileURLToPath(demoChecks);

/**
 * PRODUCT.md §9: a throwaway "production" PostgreSQL with the sample inventory database, then the
 * three actions' cores in the order a team runs them: create-backup → verify-backup → restore-drill.
 */
export async function runDemo(opts: DemoOptions): Promise<DemoResult> {
  try {
    await findPostgresBinaries({ binDir: opts.postgresBinDir });
  } catch (error) {
    throw new InputError(`${INSTALL_HINT} (${errorMessage(error)})`);
  }
  const { logger } = opts;
  // Ours unless the caller gave one: removed at the end, or on exit if the demo is interrupted.
  const own = opts.dir ? undefined : await makeTempDir(os.tmpdir(), 'lifeboat-demo-backups-');
  const dir = opts.dir ?? own!.path;
  const checksFile = opts.checksFile ?? DEMO_CHECKS_FILE;
  const reports: DemoResult['reports'] = [];
  const record = (step: string, report: Report) => {
    reports.push({ step, report });
    opts.onReport(step, report);
  };

  let production: EphemeralCluster | undefined;
  try {
    logger.info('Starting a throwaway "production" PostgreSQL with the sample inventory database');
    production = await startEphemeralCluster({ binDir: opts.postgresBinDir, tuneForRestore: false, logger });
    const databaseUrl = await createDatabase(production.url(), 'inventory');
    const { tables } = await loadSampleDatabase(databaseUrl, opts.sample);
    logger.info(
      `Loaded ${Object.entries(tables)
        .map(([name, rows]) => `${name} (${rows})`)
        .join(', ')}`,
    );

    const common = { 'postgres-bin-dir': opts.postgresBinDir };
    const made = await backup(parseBackupSettings({ 'database-url': databaseUrl, dest: dir, ...common }), {
      env: opts.env,
      logger,
    });
    record('create-backup', made.report);

    const verified = await verify(parseVerifySettings({ source: dir, ...common }), { env: opts.env, logger });
    record('verify-backup', verified.report);

    const drilled = await drill(parseDrillSettings({ source: dir, checks: checksFile, ...common }), {
      env: opts.env,
      logger,
    });
    record('restore-drill', drilled.report);
  } finally {
    await production?.stop();
    await own?.remove();
  }
  return { reports, status: worstStatus(reports.map((r) => r.report.status)), dir };
}
