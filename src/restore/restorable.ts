import type { Container } from '../archive/types.js';
import { keyInputFor } from '../bytes/keys.js';
import type { FetchResult } from './fetch.js';

/** What pg_restore or psql can load from a fetched backup, or why nothing can be restored from it. */
export function restorable(fetched: FetchResult): { container: Container } | { why: string } {
  const format = fetched.integrity.format;
  if (fetched.decompressError) return { why: `the gzip wrapper is damaged: ${fetched.decompressError}` };
  if (fetched.decodeError) return { why: fetched.decodeError };
  // Zip entries and encryption were peeled into the local copy: what remains is the container.
  if (fetched.decoded) {
    return format.container === 'unknown'
      ? { why: `not a PostgreSQL backup: ${format.description}` }
      : { container: format.directory ? 'directory' : format.container };
  }
  if (format.encryption) {
    return { why: `${format.description}: encrypted, and no key was given: set ${keyInputFor(format.encryption)}` };
  }
  if (format.compression !== 'none' && format.compression !== 'gzip') {
    return { why: `${format.description}: ${format.compression} is not supported by the drill yet` };
  }
  if (format.container === 'unknown') return { why: `not a PostgreSQL backup: ${format.description}` };
  return { container: format.directory ? 'directory' : format.container };
}
