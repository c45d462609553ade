import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { s3Addressing } from '../settings/discovery.js';
import { parseDurationSeconds } from '../settings/duration.js';
import { requireBackupFolder } from '../settings/local-paths.js';
import { refuse, zBoolean, zOptional, type RawOptions } from '../settings/options.js';
import { postgresBinDir } from '../settings/postgres-bin-dir.js';
import { publication } from '../settings/publication.js';
import { composeSettings, settingsGroup } from '../settings/settings-group.js';
import { InputError } from '../util/errors.js';

const destinationOptions = {
  'database-url': {
    description:
      'Connection URL of the database to back up (postgres://user:password@host:5432/db), from a secret; every part of it is masked. Not used with a railway:// dest.',
    default: '',
    secret: true,
    env: ['LIFEBOAT_DATABASE_URL', 'DATABASE_URL'],
  },
  dest: {
    description:
      "Where to write the backup: a folder path, file:///path or s3://bucket/prefix; or a railway:// URL to have Railway back up the service's volume (a volume backup in its Backups tab).",
    required: true,
  },
  'name-prefix': {
    description:
      'Prepended to every key, e.g. `prod/` or `nightly-`; the key is <name-prefix><database>_<UTC time>.dump.',
    default: '',
  },
  compress: {
    description:
      "pg_dump --compress value: a level 0-9 (gzip), or with pg_dump 16+ a method such as zstd, zstd:9, lz4 or none. Empty: pg_dump's default.",
    default: '',
  },
  'keep-days': {
    description: 'Retention: delete Lifeboat backups older than this many days (e.g. 14 or 14d). Off when empty.',
    default: '',
  },
  'keep-count': {
    description: 'Retention: keep at most this many Lifeboat backups of this database. Off when empty.',
    default: '',
  },
  'dry-run': {
    description: 'Make the backup, but only list what retention would delete.',
    boolean: true,
    default: 'false',
  },
  lock: {
    description: 'railway:// dest only: lock the new volume backup so that it never expires.',
    boolean: true,
    default: 'false',
  },
};

/** `pg_dump --compress` syntax: a level (all versions) or `method[:detail]` (pg_dump 16+). */
export interface Compression {
  value: string;
  /** Present when the value names a method, which only pg_dump 16+ understands. */
  method?: 'gzip' | 'lz4' | 'zstd' | 'none';
}

const zCompress = () =>
  zOptional((t, ctx): Compression => {
    if (/^\d$/.test(t)) return { value: t };
    const m = /^(gzip|lz4|zstd|none)(?::([A-Za-z0-9=,_-]+))?$/i.exec(t);
    if (!m) return refuse(ctx, 'expected a level 0-9 or a method: gzip, lz4, zstd or none, optionally with :level');
    return { value: t.toLowerCase(), method: m[1].toLowerCase() as Compression['method'] };
  });

const zKeepDays = () =>
  zOptional((t, ctx) => {
    // A bare number means days here (the input is called keep-days); durations like 36h also work.
    const seconds = /^\d+(\.\d+)?$/.test(t) ? Number(t) * 86_400 : parseDurationSeconds(t);
    if (seconds === undefined || !(seconds > 0) || !Number.isFinite(seconds) || seconds > 100 * 366 * 86_400) {
      return refuse(ctx, 'expected a number of days like 14, or a duration like 14d');
    }
    return seconds;
  });

const zKeepCount = () =>
  zOptional((t, ctx) => {
    // 0 would mean "delete everything", which retention never does.
    if (!/^\d+$/.test(t) || Number(t) < 1 || !Number.isSafeInteger(Number(t))) {
      return refuse(ctx, 'expected a whole number of backups, at least 1');
    }
    return Number(t);
  });

const destinationShape = {
  'database-url': z.string().trim().optional(),
  dest: z.string().trim().min(1),
  'name-prefix': z.string().optional(),
  compress: zCompress(),
  'keep-days': zKeepDays(),
  'keep-count': zKeepCount(),
  'dry-run': zBoolean(),
  lock: zBoolean(),
};

/** What to back up, where to, and what retention deletes there. */
export interface Destination {
  /** Secret: registered for redaction before parsing; never logged. Empty for a railway:// dest. */
  databaseUrl: string;
  dest: string;
  namePrefix: string;
  compress?: Compression;
  keepSeconds?: number;
  keepCount?: number;
  dryRun: boolean;
  /** railway:// dest: lock the new volume backup (no expiry). */
  lock: boolean;
}

export function isRailwayDest(dest: string): boolean {
  return /^railway:\/\//i.test(dest.trim());
}

function readDestination(v: z.output<z.ZodObject<typeof destinationShape>>, raw: RawOptions): Destination {
  const railway = isRailwayDest(v.dest);
  if (v.lock && !railway) {
    throw new InputError(`Invalid lock "true": only a railway:// dest has backups to lock; dest is "${v.dest}"`);
  }
  const databaseUrl = v['database-url'] ?? '';
  if (railway) {
    // Railway snapshots the volume itself: a connection URL would go unused, so none is asked for.
    for (const name of ['name-prefix', 'compress', 'keep-days', 'keep-count'] as const) {
      if (v[name] !== undefined && v[name] !== '') {
        throw new InputError(
          `Invalid ${name} "${raw[name]}": not used with a railway:// dest (Railway names, compresses and expires its volume backups itself)`,
        );
      }
    }
    return { ...retention(v), databaseUrl: '', dest: v.dest, namePrefix: '' };
  }
  if (databaseUrl === '')
    throw new InputError(`Missing database-url: ${destinationOptions['database-url'].description}`);
  if (!/^postgres(ql)?:\/\//i.test(databaseUrl)) {
    // Never echo the value: it is a secret even when malformed.
    throw new InputError('Invalid database-url: expected a postgres:// or postgresql:// connection URL');
  }
  try {
    new URL(databaseUrl);
  } catch {
    throw new InputError('Invalid database-url: not a valid URL (percent-encode special characters in the password)');
  }
  const namePrefix = v['name-prefix'] ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(namePrefix)) {
    throw new InputError(
      `Invalid name-prefix ${JSON.stringify(namePrefix)}: control characters (newline, tab …) are not allowed in backup names`,
    );
  }
  if (namePrefix.startsWith('/') || namePrefix.split('/').some((part) => part === '..' || part === '.')) {
    throw new InputError(`Invalid name-prefix "${namePrefix}": must be relative to dest, without . or .. segments`);
  }
  const folder = localFolderOf(v.dest);
  if (folder !== undefined) requireBackupFolder(folder, v.dest);
  return { ...retention(v), databaseUrl, dest: v.dest, namePrefix };
}

/** The directory a folder dest names (a path or file:///path); undefined for s3:// and other stores. */
function localFolderOf(dest: string): string | undefined {
  const t = dest.trim();
  if (/^file:\/\//i.test(t)) {
    try {
      return fileURLToPath(t);
    } catch {
      return undefined; // openWritableStore names the problem.
    }
  }
  return /^[a-z][a-z0-9+.-]*:/i.test(t) && !/^[a-z]:[\\/]/i.test(t) ? undefined : t;
}

function retention(v: z.output<z.ZodObject<typeof destinationShape>>) {
  return {
    compress: v.compress,
    keepSeconds: v['keep-days'],
    keepCount: v['keep-count'],
    dryRun: v['dry-run'],
    lock: v.lock,
  };
}

export const backupSettings = composeSettings(
  settingsGroup(destinationOptions, destinationShape, readDestination),
  s3Addressing,
  postgresBinDir('Directory with pg_dump; found automatically when empty (it must be at least as new as the server).', [
    'pg_dump',
  ]),
  publication,
);

export const { options: backupOptions, parse: parseBackupSettings } = backupSettings;
export type BackupSettings = ReturnType<typeof parseBackupSettings>;
