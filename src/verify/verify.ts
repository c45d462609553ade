import { pgRestoreResolver } from '../bytes/pg-restore-sink.js';
import type { Check } from '../report/report.js';
import { openStore } from '../stores/open-store.js';
import type { Logger } from '../util/logger.js';
import { runVerify, type VerifyResult } from './run-verify.js';
import type { VerifySettings } from './verify-settings.js';

export interface VerifyEnvironment {
  /** Where AWS_* variables come from: the entry passes process.env, tests their own. */
  env: NodeJS.ProcessEnv;
  logger: Logger;
  now?: () => Date;
  drillAge?: () => Promise<Check>;
}

/** The one implementation behind `lifeboat verify` and the verify-backup action. */
export async function verify(settings: VerifySettings, environment: VerifyEnvironment): Promise<VerifyResult> {
  const store = openStore(settings.source, { env: environment.env, forcePathStyle: settings.s3ForcePathStyle });
  return runVerify(settings, {
    store,
    logger: environment.logger,
    now: environment.now,
    drillAge: environment.drillAge,
    pgRestore: pgRestoreResolver(settings.postgresBinDir),
  });
}
