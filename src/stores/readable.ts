import { InputError } from '../util/errors.js';
import { RAILWAY_NOT_DOWNLOADABLE } from './railway-store.js';
import type { ListingStore, ReadableStore, StoreKind } from './store.js';

/** Why each kind of store that only lists cannot hand out a backup's bytes, and what to do instead. */
const NOT_READABLE: Partial<Record<StoreKind, string>> = { railway: RAILWAY_NOT_DOWNLOADABLE };

/** The one place that decides whether a store's backups can be read (Railway's cannot). */
export function isReadable(store: ListingStore): store is ReadableStore {
  return typeof (store as Partial<ReadableStore>).read === 'function';
}

/** What verify's skipped integrity checks and a refused drill, restore or extract say. */
export function notReadableReason(store: ListingStore): string {
  return NOT_READABLE[store.kind] ?? 'this store offers no download of its backups';
}

/**
 * For the drill and anything else that must read a backup's bytes: fails fast, before any work,
 * when the store cannot hand out backups, saying why and what to use instead.
 */
export function requireReadable(store: ListingStore, what = 'a restore drill'): ReadableStore {
  if (isReadable(store)) return store;
  throw new InputError(`${what} cannot use ${store.displayUrl}: ${notReadableReason(store)}`);
}
