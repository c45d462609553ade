import { worstStatus, type FailOn, type Report, type Status } from '../report/report.js';
import type { RawOptions } from '../settings/options.js';
import { errorMessage, InputError } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { redactSecrets } from '../util/secrets.js';
import { parseVerifySettings, type VerifySettings } from './verify-settings.js';
import type { VerifyEnvironment } from './verify.js';
import { entryOptions, type LifeboatFile } from '../fleet/fleet-file.js';

export interface FleetSection {
  /** The entry's name, as in the fleet file. */
  name: string;
  report: Report;
}

export interface FleetVerifyResult {
  /** The worst verdict of all sections. */
  status: Status;
  sections: FleetSection[];
  /** fail-on, the same for every entry (it is the run's, not a database's). */
  failOn: FailOn;
}

export interface FleetVerifyEnvironment {
  env: NodeJS.ProcessEnv;
  logger: Logger;
  /** How many databases are verified at the same time. */
  maxParallel: number;
  now?: () => Date;
  /** The single-database verify (tests pass their own clock through it). */
  verifyOne: (settings: VerifySettings, environment: VerifyEnvironment) => Promise<{ report: Report }>;
}

/**
 * `lifeboat verify --all`: every database of the fleet file, each with its own settings, a few at a
 * time, in file order. Every entry's settings are parsed before the first store is touched, so a
 * bad entry is a configuration error, not a half-run fleet; a run that crashes is that database's
 * critical section, never a hole in the report.
 */
export async function verifyFleet(
  file: LifeboatFile,
  raw: RawOptions,
  environment: FleetVerifyEnvironment,
): Promise<FleetVerifyResult> {
  if (!file.databases) {
    throw new InputError(`Invalid all: ${file.path} lists no databases: (expected databases: with one entry each)`);
  }
  const planned = file.databases.map((entry) => {
    try {
      return {
        name: entry.name,
        settings: parseVerifySettings(entryOptions(entry, { ...raw, name: entry.name }, environment.env)),
      };
    } catch (error) {
      if (error instanceof InputError) throw new InputError(`database ${entry.name}: ${error.message}`);
      throw error;
    }
  });
  const sections: FleetSection[] = new Array(planned.length);
  let next = 0;
  const worker = async () => {
    while (next < planned.length) {
      const i = next++;
      const { name, settings } = planned[i];
      sections[i] = { name, report: await verifyOne(name, settings, environment) };
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(environment.maxParallel, planned.length)) }, worker));
  return { status: worstStatus(sections.map((s) => s.report.status)), sections, failOn: planned[0].settings.failOn };
}

async function verifyOne(name: string, settings: VerifySettings, environment: FleetVerifyEnvironment): Promise<Report> {
  const logger = prefixed(environment.logger, name);
  const started = new Date().toISOString();
  try {
    return (await environment.verifyOne(settings, { env: environment.env, logger, now: environment.now })).report;
  } catch (error) {
    return {
      status: 'critical',
      kind: 'verify',
      source: redactSecrets(settings.source),
      checks: [{ id: 'store', status: 'critical', summary: `verify failed: ${redactSecrets(errorMessage(error))}` }],
      started_at: started,
      finished_at: new Date().toISOString(),
    };
  }
}

function prefixed(logger: Logger, name: string): Logger {
  return {
    info: (m) => logger.info(`[${name}] ${m}`),
    warning: (m) => logger.warning(`[${name}] ${m}`),
    error: (m) => logger.error(`[${name}] ${m}`),
    progress: (m) => logger.progress(`[${name}] ${m}`),
  };
}
