import { z } from 'zod';
import { roleSpecSchema } from '../postgres/role-specs.js';
import { StoreError, type ReadableStore } from '../stores/store.js';
import type { DiscoveredBackup } from './discover.js';

export const MANIFEST_FORMAT = 'lifeboat-manifest/1';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/i, 'expected 64 hexadecimal characters');

/**
 * Lifeboat's `<key>.manifest.json` (PRODUCT.md §7), written last by create-backup: its presence
 * means the backup completed; its row counts are exact (same snapshot as the dump).
 */
export const lifeboatManifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  key: z.string().min(1),
  created_at: z.iso.datetime({ offset: true }),
  sha256: sha256Hex.transform((s) => s.toLowerCase()),
  size: z.number().int().nonnegative(),
  server_version: z.string(),
  pg_dump_version: z.string(),
  database: z.string(),
  /**
   * 'own-rows': every count is the table's own rows (FROM ONLY) and parents carry `tree`. Absent in
   * manifests written before: there a parent's `rows` is count(*), its whole tree.
   */
  counting: z.literal('own-rows').optional(),
  tables: z.record(
    z.string(),
    z.object({ rows: z.number().int().nonnegative(), tree: z.number().int().nonnegative().optional() }),
  ),
  /**
   * The cluster's roles (attributes and memberships, never passwords) in the dump's snapshot, for
   * the drill to recreate them faithfully. Absent in manifests written before.
   */
  roles: z.array(roleSpecSchema).optional(),
});

export type LifeboatManifest = z.infer<typeof lifeboatManifestSchema>;

/** A sidecar that exists but cannot be trusted. The message names its key and what is wrong. */
export class SidecarError extends Error {
  constructor(
    message: string,
    readonly key: string,
  ) {
    super(message);
    this.name = 'SidecarError';
  }
}

export const manifestKeyOf = (backupKey: string) => `${backupKey}.manifest.json`;
export const sha256KeyOf = (backupKey: string) => `${backupKey}.sha256`;

/** Validates a manifest's text; throws SidecarError naming `key` and the offending fields. */
export function parseManifest(text: string, key: string): LifeboatManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SidecarError(`manifest ${key} is not valid JSON: ${(error as Error).message}`, key);
  }
  const result = lifeboatManifestSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new SidecarError(`manifest ${key} is malformed: ${problems}`, key);
  }
  return result.data;
}

/**
 * Reads and validates a manifest. `key` is the manifest's key or its backup's. Undefined when the
 * object does not exist; SidecarError when it exists but is malformed; StoreError when unreadable.
 */
export async function readManifest(store: ReadableStore, key: string): Promise<LifeboatManifest | undefined> {
  const manifestKey = key.endsWith('.manifest.json') ? key : manifestKeyOf(key);
  const text = await readIfExists(store, manifestKey);
  return text === undefined ? undefined : parseManifest(text, manifestKey);
}

/**
 * Parses sha256sum output (`<hex>  <name>`, `<hex> *<name>`) or a bare hex digest. When the file
 * lists several names, the line naming `backupName` (a basename) is taken.
 */
export function parseSha256Sidecar(text: string, key: string, backupName?: string): string {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const entries = lines.map((line) => {
    const m = /^([0-9a-fA-F]+)(?:\s+\*?(.+))?$/.exec(line);
    return m ? { hex: m[1], name: m[2]?.trim() } : undefined;
  });
  if (entries.length === 0) throw new SidecarError(`checksum sidecar ${key} is empty`, key);
  if (entries.some((e) => e === undefined)) {
    throw new SidecarError(`checksum sidecar ${key} is malformed: expected "<64 hex characters>  <file name>"`, key);
  }
  const valid = entries as Array<{ hex: string; name?: string }>;
  let entry = valid[0];
  if (valid.length > 1 && backupName !== undefined) {
    const named = valid.find((e) => e.name !== undefined && e.name.split('/').pop() === backupName);
    if (!named) throw new SidecarError(`checksum sidecar ${key} lists no entry for ${backupName}`, key);
    entry = named;
  }
  if (!/^[0-9a-fA-F]{64}$/.test(entry.hex)) {
    throw new SidecarError(
      `checksum sidecar ${key} is malformed: a sha256 has 64 hexadecimal characters, found ${entry.hex.length}`,
      key,
    );
  }
  return entry.hex.toLowerCase();
}

/**
 * The sha256 a `.sha256` sidecar promises, lower-case hex. `key` is the sidecar's key or its
 * backup's. Undefined when there is no sidecar; SidecarError when it is malformed.
 */
export async function readSha256Sidecar(store: ReadableStore, key: string): Promise<string | undefined> {
  const sidecarKey = key.endsWith('.sha256') ? key : sha256KeyOf(key);
  const text = await readIfExists(store, sidecarKey);
  if (text === undefined) return undefined;
  const backupName = sidecarKey.slice(0, -'.sha256'.length).split('/').pop();
  return parseSha256Sidecar(text, sidecarKey, backupName);
}

/** The sha256 a backup should have, and where that value came from. */
export interface ExpectedChecksum {
  sha256: string;
  /** Where the expected value came from, for messages: "manifest", ".sha256 sidecar". */
  from: string;
}

/**
 * The sha256 a backup must have: the manifest's wins over a `.sha256` sidecar, because the manifest
 * is written last, after the upload completed. Undefined when the backup carries neither.
 */
export async function expectedChecksum(
  store: ReadableStore,
  backup: Pick<DiscoveredBackup, 'manifest' | 'sidecars'>,
): Promise<ExpectedChecksum | undefined> {
  if (backup.manifest?.sha256) return { sha256: backup.manifest.sha256, from: 'manifest' };
  if (backup.sidecars.sha256) {
    const sha = await readSha256Sidecar(store, backup.sidecars.sha256);
    if (sha) return { sha256: sha, from: '.sha256 sidecar' };
  }
  return undefined;
}

async function readIfExists(store: ReadableStore, key: string): Promise<string | undefined> {
  try {
    return await store.readText(key);
  } catch (error) {
    if (error instanceof StoreError && error.code === 'not-found') return undefined;
    throw error;
  }
}
