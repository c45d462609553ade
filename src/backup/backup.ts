import { findClientTool } from '../postgres/binaries.js';
import { closeStore, openWritableStore } from '../stores/open-store.js';
import { interruptible } from '../util/cleanup.js';
import type { Logger } from '../util/logger.js';
import { addSecret, addUrlSecrets } from '../util/secrets.js';
import { isRailwayDest, type BackupSettings } from './backup-settings.js';
import { runBackup, type BackupResult } from './run-backup.js';

export interface BackupEnvironment {
  /** Where AWS_* variables come from: the entry passes process.env, tests their own. */
  env: NodeJS.ProcessEnv;
  logger: Logger;
  now?: () => Date;
}

/** The one implementation behind `lifeboat backup` and the create-backup action. */
export async function backup(settings: BackupSettings, environment: BackupEnvironment): Promise<BackupResult> {
  if (isRailwayDest(settings.dest)) {
    const [{ openRailwayStore }, { runRailwayBackup }] = await Promise.all([
      import('../stores/railway-store.js'),
      import('./railway-backup.js'),
    ]);
    return runRailwayBackup(settings, {
      store: openRailwayStore(settings.dest, environment.env, 'dest'),
      logger: environment.logger,
      now: environment.now,
    });
  }
  addSecret(settings.databaseUrl);
  addUrlSecrets(settings.databaseUrl);
  const store = openWritableStore(settings.dest, {
    env: environment.env,
    forcePathStyle: settings.s3ForcePathStyle,
    inputName: 'dest',
  });
  try {
    // SIGINT/SIGTERM: the partial file is removed and the multipart upload aborted (see the stores).
    return await interruptible(() =>
      runBackup(settings, {
      store,
      logger: environment.logger,
      now: environment.now,
        findPgDump: (minMajor) => findClientTool('pg_dump', { binDir: settings.postgresBinDir, minMajor }),
      }),
    );
  } finally {
    // Idle keep-alive sockets of the S3 client would hold a short-lived process open.
    closeStore(store);
  }
}
