import { fileURLToPath } from 'node:url';
import { InputError } from '../util/errors.js';
import { redactSecrets, redactUrl } from '../util/secrets.js';
import { FolderStore } from './folder-store.js';
import { openRailwayStore } from './railway-store.js';
import { S3Store } from './s3-store.js';
import type { ListingStore, WritableStore } from './store.js';

export interface OpenStoreOptions {
  /** Where AWS_* (and later RAILWAY_*) variables come from. Entries pass process.env; nothing deeper reads it. */
  env?: NodeJS.ProcessEnv;
  forcePathStyle?: boolean;
  /** Name of the input/flag the URL came from, for error messages (`source`, `target`). */
  inputName?: string;
}

const ACCEPTED = 'expected a folder path, file:///path or s3://bucket/prefix';

type Opener<S extends ListingStore> = (url: string, opts: OpenStoreOptions, inputName: string) => S;

/** How a URL opens, by what its stores can do. */
type Scheme =
  { capability: 'writable'; open: Opener<WritableStore> } | { capability: 'listing'; open: Opener<ListingStore> };

/**
 * One entry per URL scheme. A new kind of store (railway://) is one more row; `listing` rows are
 * refused by openWritableStore. Whether a store's backups can be read is readable.ts's to decide.
 */
const SCHEMES: Record<string, Scheme> = {
  's3:': { capability: 'writable', open: openS3 },
  'file:': { capability: 'writable', open: openFileUrl },
  'railway:': {
    capability: 'listing',
    open: (url, opts, inputName) => openRailwayStore(url, opts.env ?? process.env, inputName),
  },
};
const FOLDER: Scheme = { capability: 'writable', open: (path) => new FolderStore(path) };

export function openStore(url: string, opts: OpenStoreOptions = {}): ListingStore {
  const { raw, inputName, scheme } = locate(url, opts);
  return scheme.open(raw, opts, inputName);
}

export function openWritableStore(url: string, opts: OpenStoreOptions = {}): WritableStore {
  const { raw, inputName, name, scheme } = locate(url, opts);
  if (scheme.capability !== 'writable') {
    throw new InputError(`Invalid ${inputName} "${shown(raw)}": ${name}// stores are read-only; ${ACCEPTED}`);
  }
  return scheme.open(raw, opts, inputName);
}

/**
 * Frees what an opened store holds: an S3 client's idle keep-alive sockets would hold a short-lived
 * process open. Folder and Railway stores hold nothing.
 */
export function closeStore(store: ListingStore): void {
  if (store instanceof S3Store) store.destroy();
}

function locate(
  url: string,
  opts: OpenStoreOptions,
): { raw: string; inputName: string; name?: string; scheme: Scheme } {
  const inputName = opts.inputName ?? 'source';
  const raw = url.trim();
  if (raw === '') throw new InputError(`Invalid ${inputName} "": ${ACCEPTED}`);
  const name = /^([a-z][a-z0-9+.-]*:)\/\//i.exec(raw)?.[1]?.toLowerCase();
  if (name === undefined) {
    // Something like `c:x` or `s3:/bucket` is a mistyped URL far more often than a folder name.
    if (/^[a-z][a-z0-9+.-]*:/i.test(raw) && !/^[a-z]:[\\/]/i.test(raw)) {
      throw new InputError(`Invalid ${inputName} "${shown(raw)}": ${ACCEPTED}`);
    }
    return { raw, inputName, scheme: FOLDER };
  }
  const scheme = SCHEMES[name];
  if (!scheme) throw new InputError(`Invalid ${inputName} "${shown(raw)}": ${ACCEPTED}`);
  return { raw, inputName, name, scheme };
}

function openS3(url: string, opts: OpenStoreOptions, inputName: string): S3Store {
  const match = /^s3:\/\/([^/?#]+)(?:\/([^?#]*))?$/i.exec(url);
  const bucket = match?.[1];
  // S3's own rules (3-63 chars, lower case, digits, dots, hyphens), so a typo fails here, not as a 404.
  if (!match || !bucket || !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    throw new InputError(
      `Invalid ${inputName} "${shown(url)}": expected s3://bucket/prefix with a bucket name of 3-63 lower-case letters, digits, dots or hyphens`,
    );
  }
  return new S3Store({
    bucket,
    prefix: decodeURIComponent(match[2] ?? ''),
    env: opts.env ?? process.env,
    forcePathStyle: opts.forcePathStyle,
  });
}

function openFileUrl(url: string, _opts: OpenStoreOptions, inputName: string): FolderStore {
  try {
    return new FolderStore(fileURLToPath(url));
  } catch {
    throw new InputError(`Invalid ${inputName} "${shown(url)}": expected file:///absolute/path; ${ACCEPTED}`);
  }
}

/** The URL as typed (no normalisation a user would not recognise), with any password masked. */
function shown(raw: string): string {
  const redacted = redactUrl(raw);
  return redacted.includes('***') ? redacted : redactSecrets(raw);
}
