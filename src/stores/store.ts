import type { Readable } from 'node:stream';

/** One object (file) in a store; `key` is relative to the store's prefix/folder, with `/` separators. */
export interface StoreObject {
  key: string;
  size: number;
  lastModified: Date;
}

export type StoreKind = 'folder' | 's3' | 'railway';

/**
 * What every store can do: list its objects with their metadata. Railway's volume snapshots are
 * only this; anything that needs a backup's bytes asks for a ReadableStore (see readable.ts).
 */
export interface ListingStore {
  /** Redacted, printable URL of the store (`s3://bucket/prefix`, `/srv/backups`). */
  readonly displayUrl: string;
  readonly kind: StoreKind;
  /** Every object under the prefix, paginated lazily. Throws StoreError when the store cannot be listed. */
  list(): AsyncIterable<StoreObject>;
}

/**
 * What verify and drill may do with a store: list and read, nothing else. Keeping writes off this
 * interface is how "verify and drill never write to a store" is enforced by the compiler.
 */
export interface ReadableStore extends ListingStore {
  /** Streams an object, optionally a byte range [start, end] (inclusive, like HTTP Range). */
  read(key: string, range?: { start: number; end: number }): Promise<Readable>;
  /** Reads a small object (sidecar, manifest) whole. */
  readText(key: string): Promise<string>;
}

/** create-backup and its retention only. */
export interface WritableStore extends ReadableStore {
  /** Streams `body` to `key`; the object appears only when the upload completes. */
  write(key: string, body: Readable, options?: { contentType?: string }): Promise<{ size: number }>;
  writeText(key: string, text: string): Promise<void>;
  delete(key: string): Promise<void>;
}

/**
 * A store that could not be listed or read. `cause` says why in words a person can act on
 * ("bucket lifeboat-prod does not exist", "access denied: the credentials lack s3:ListBucket").
 */
export class StoreError extends Error {
  /**
   * Cleanups that failed after this error (an upload that could not be aborted): each is a line of
   * its own after the cause, never in its place.
   */
  readonly cleanup: string[] = [];

  constructor(
    message: string,
    readonly code: StoreErrorCode = 'unknown',
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

export type StoreErrorCode =
  | 'not-found'
  | 'no-bucket'
  | 'access-denied'
  | 'bad-credentials'
  | 'unreachable'
  /** Retried and resumed until the attempts ran out: the store, not the backup, is the problem. */
  | 'read-failed'
  | 'unknown';
