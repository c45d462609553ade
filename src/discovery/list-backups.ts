import type { Check } from '../report/report.js';
import { StoreError, type ReadableStore } from '../stores/store.js';
import type { Logger } from '../util/logger.js';
import { discoverBackups, type DiscoverOptions, type DiscoveredBackup } from './discover.js';

export type Listing =
  | { backups: DiscoveredBackup[]; check: Check & { status: 'ok' } }
  | { backups?: undefined; check: Check & { status: 'critical' } };

/**
 * The `store` check every command starts with: the backups, newest first, or why the store could not
 * be listed (a missing bucket, a denied permission) as a critical check rather than a crash.
 */
export async function listBackups(store: ReadableStore, opts: DiscoverOptions, logger: Logger): Promise<Listing> {
  logger.info(`Listing backups in ${store.displayUrl}`);
  try {
    const backups = await discoverBackups(store, opts);
    return { backups, check: { id: 'store', status: 'ok', summary: `listed ${store.displayUrl}` } };
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    return {
      check: { id: 'store', status: 'critical', summary: `cannot list ${store.displayUrl}: ${error.message}` },
    };
  }
}
