import zlib from 'node:zlib';
import type { Container } from './types.js';
import { DUMP_DIRECTORY_FILE } from '../stores/dump-directory.js';

export type { Container };
export type Compression = 'none' | 'gzip' | 'zip' | 'zstd' | 'lz4' | 'bzip2' | 'xz';
export type Encryption = 'gpg' | 'openssl' | 'age' | 'databasus';
export type Layer = Exclude<Compression, 'none'> | Encryption;

export interface DetectedFormat {
  /** What a restore would finally see once every outer layer is peeled. */
  container: Container | 'unknown';
  /** The outermost compression (gzip for kartoza's `.dmp.gz`, also when encryption sits inside it). */
  compression: Compression;
  encryption?: Encryption;
  /** "pg_dump custom archive", "gzip-compressed plain SQL", "JPEG image" … */
  description: string;
  /** Every wrapper, outermost first: `['gzip', 'openssl']` for an encrypted stream that was then gzipped. */
  layers?: Layer[];
  /** For zip: the name of the first entry (pgbackweb's `dump.sql`). */
  entryName?: string;
  /** A tarred `pg_dump -Fd` directory: read by Lifeboat's reader; pg_restore needs it unpacked. */
  directory?: boolean;
  /**
   * What the innermost compression layer wraps is not in the head: it cannot be decompressed from a
   * head alone here (lz4; zstd before Node 22.15), so a reader must peel it and look again.
   */
  opaque?: boolean;
}

/** How many bytes of an object detectFormat wants to see. */
export const DETECT_HEAD_BYTES = 64 * 1024;

// Nested wrappers beyond this are not a backup anyone made on purpose.
const MAX_DEPTH = 4;
// Enough decompressed text to see past a pg_dump header comment and a few SET lines.
const INNER_BYTES = 8 * 1024;

/**
 * Recognises a backup by its first bytes (≥ 4 KiB), never by its name: a JPEG renamed `.dump` must
 * not be reported as a backup, and Databasus keys have no extension at all.
 */
export function detectFormat(head: Buffer): DetectedFormat {
  return detect(head, 0);
}

function detect(head: Buffer, depth: number): DetectedFormat {
  if (head.length === 0) return unknown('empty file');

  if (startsWith(head, 'PGDMP'))
    return { container: 'custom', compression: 'none', description: 'pg_dump custom archive' };

  if (isTar(head)) {
    const first = tarEntryName(head);
    if (first === 'toc.dat') return { container: 'tar', compression: 'none', description: 'pg_dump tar archive' };
    if (isTarredDirectory(head)) {
      return {
        container: 'tar',
        compression: 'none',
        description: 'tarred pg_dump directory archive',
        directory: true,
      };
    }
    return unknown(`tar archive whose first entry is "${first}", not a pg_dump tar archive (toc.dat)`);
  }

  if (head[0] === 0x1f && head[1] === 0x8b) {
    return wrapped('gzip', gunzipHead(head), depth);
  }

  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return detectZip(head, depth);
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x05 && head[3] === 0x06) {
    return { ...unknown('empty zip archive'), compression: 'zip' };
  }

  if (bytesAre(head, [0x28, 0xb5, 0x2f, 0xfd])) return wrapped('zstd', zstdHead(head), depth);
  if (bytesAre(head, [0x04, 0x22, 0x4d, 0x18])) return wrapped('lz4', undefined, depth);
  if (startsWith(head, 'BZh') && head[3] >= 0x31 && head[3] <= 0x39) return wrapped('bzip2', undefined, depth);
  if (bytesAre(head, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return wrapped('xz', undefined, depth);

  if (startsWith(head, 'Salted__')) return encrypted('openssl', 'openssl-encrypted data (Salted__)');
  // Databasus' own AES-256-GCM stream: "PGRSUS01", salt, nonce, then 1 MiB chunks (its backups/encryption).
  if (startsWith(head, 'PGRSUS01')) return encrypted('databasus', 'Databasus-encrypted data (PGRSUS01, AES-GCM)');
  if (startsWith(head, 'age-encryption.org/v1') || startsWith(head, '-----BEGIN AGE ENCRYPTED FILE-----')) {
    return encrypted('age', 'age-encrypted data');
  }
  if (startsWith(head, '-----BEGIN PGP MESSAGE-----'))
    return encrypted('gpg', 'gpg-encrypted data (ASCII-armored OpenPGP message)');
  if (isOpenPgp(head)) return encrypted('gpg', 'gpg-encrypted data (OpenPGP)');

  const foreign = foreignFile(head);
  if (foreign) return unknown(foreign);

  const text = textShape(head);
  if (text === 'sql') return { container: 'plain', compression: 'none', description: 'plain SQL' };
  if (text === 'text') return unknown('text that does not look like SQL');
  return unknown('unrecognised binary data');
}

/** `.sha256`, `.manifest.json` and `.meta.json` objects describe a backup; they are never one. */
export function isSidecarKey(key: string): boolean {
  return sidecarKind(key) !== undefined;
}

export type SidecarKind = 'sha256' | 'manifest' | 'meta';

const SIDECAR_SUFFIXES: Array<[SidecarKind, string]> = [
  ['sha256', '.sha256'],
  ['manifest', '.manifest.json'],
  ['meta', '.meta.json'],
];

export function sidecarKind(key: string): SidecarKind | undefined {
  return SIDECAR_SUFFIXES.find(([, suffix]) => key.endsWith(suffix) && key.length > suffix.length)?.[0];
}

/** The backup a sidecar belongs to (`a.dump.sha256` → `a.dump`), or undefined for other keys. */
export function sidecarOwner(key: string): string | undefined {
  const found = SIDECAR_SUFFIXES.find(([, suffix]) => key.endsWith(suffix) && key.length > suffix.length);
  return found ? key.slice(0, -found[1].length) : undefined;
}

function wrapped(
  layer: Exclude<Compression, 'none'>,
  inner: Buffer | undefined | Error,
  depth: number,
): DetectedFormat {
  if (inner === undefined) {
    return {
      container: 'unknown',
      compression: layer,
      layers: [layer],
      description: `${layer}-compressed data`,
      opaque: true,
    };
  }
  if (inner instanceof Error) {
    return {
      container: 'unknown',
      compression: layer,
      layers: [layer],
      description: `${layer}-compressed data that cannot be decompressed (${inner.message})`,
    };
  }
  return nest(layer, detect(inner, depth + 1), depth);
}

/** Puts a compression layer around what was found inside it. */
function nest(
  layer: Exclude<Compression, 'none'>,
  inner: DetectedFormat | undefined,
  depth: number,
  entry?: string,
): DetectedFormat {
  const suffix = entry ? ` (${entry})` : '';
  if (!inner || depth >= MAX_DEPTH) {
    return {
      container: 'unknown',
      compression: layer,
      layers: [layer],
      description: `${layer}-compressed data${suffix}`,
      ...(entry ? { entryName: entry } : {}),
    };
  }
  return {
    container: inner.container,
    compression: layer,
    ...(inner.encryption ? { encryption: inner.encryption } : {}),
    layers: [layer, ...(inner.layers ?? (inner.compression !== 'none' ? [inner.compression] : []))],
    description: `${layer}-compressed ${inner.description}${suffix}`,
    ...(entry ? { entryName: entry } : {}),
    ...(inner.directory ? { directory: true } : {}),
    ...(inner.opaque ? { opaque: true } : {}),
  };
}

function encrypted(encryption: Encryption, description: string): DetectedFormat {
  return { container: 'unknown', compression: 'none', encryption, layers: [encryption], description };
}

function unknown(description: string): DetectedFormat {
  return { container: 'unknown', compression: 'none', description };
}

/**
 * Inflates as little as needed: a small slice first, more only if it did not yield enough. A
 * 4 KiB run of zeros inflates to 4 MiB, so feeding a whole large head at once would be wasteful.
 */
function gunzipHead(head: Buffer): Buffer | Error {
  for (let take = 1024; ; take *= 4) {
    const slice = head.subarray(0, Math.min(take, head.length));
    const whole = slice.length === head.length;
    try {
      const out = zlib.gunzipSync(slice, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
      if (out.length >= INNER_BYTES || whole) return out.subarray(0, INNER_BYTES);
    } catch (error) {
      if (whole) {
        const code = (error as NodeJS.ErrnoException).code;
        return new Error(code === 'Z_DATA_ERROR' ? 'corrupt gzip data' : (error as Error).message);
      }
    }
  }
}

function zstdHead(head: Buffer): Buffer | undefined {
  // Node ≥ 22.15 ships zstd; on older runtimes the layer is reported without looking inside.
  const z = zlib as unknown as {
    zstdDecompressSync?: (buf: Buffer, opts?: object) => Buffer;
    constants: Record<string, number>;
  };
  if (!z.zstdDecompressSync) return undefined;
  // A flush (not end) mode is what lets a truncated frame (the head is only the object's start)
  // yield what it holds instead of throwing.
  const flush = z.constants.ZSTD_e_flush;
  for (const options of flush === undefined ? [undefined] : [{ finishFlush: flush }, undefined]) {
    try {
      return z.zstdDecompressSync(head, options).subarray(0, INNER_BYTES);
    } catch {
      // Try the next mode; none left means nothing to see inside.
    }
  }
  return undefined;
}

function detectZip(head: Buffer, depth: number): DetectedFormat {
  if (head.length < 30) return { ...unknown('truncated zip archive'), compression: 'zip', layers: ['zip'] };
  const flags = head.readUInt16LE(6);
  const method = head.readUInt16LE(8);
  const nameLength = head.readUInt16LE(26);
  const extraLength = head.readUInt16LE(28);
  const name = head.subarray(30, 30 + nameLength).toString('utf8');
  const dataStart = 30 + nameLength + extraLength;
  const data = head.subarray(dataStart);
  if (flags & 0x1) {
    return {
      container: 'unknown',
      compression: 'zip',
      layers: ['zip'],
      entryName: name,
      description: `password-protected zip archive (${name})`,
    };
  }
  let inner: Buffer | undefined;
  if (method === 0) {
    inner = data.subarray(0, INNER_BYTES);
  } else if (method === 8) {
    try {
      inner = zlib.inflateRawSync(data, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).subarray(0, INNER_BYTES);
    } catch {
      inner = undefined;
    }
  }
  return nest('zip', inner && inner.length > 0 ? detect(inner, depth + 1) : undefined, depth, name);
}

function isTar(head: Buffer): boolean {
  if (head.length < 263) return false;
  // POSIX "ustar\0" or GNU "ustar  \0".
  return head.subarray(257, 262).toString('latin1') === 'ustar';
}

/** A tar whose first file (after directory entries) is one pg_dump -Fd writes: `tar -c dump/`. */
function isTarredDirectory(head: Buffer): boolean {
  let at = 0;
  for (let member = 0; member < 8 && at + 512 <= head.length; member++) {
    const h = head.subarray(at, at + 512);
    if (h.subarray(257, 262).toString('latin1') !== 'ustar') return false;
    const name = tarEntryName(h).replace(/\/$/, '');
    if (h[156] !== 0x35 /* '5': a directory */) return DUMP_DIRECTORY_FILE.test(name.replace(/^.*\//, ''));
    const size = Number.parseInt(h.subarray(124, 136).toString('latin1').replace(/\0.*$/, '').trim() || '0', 8);
    at += 512 + Math.ceil((Number.isFinite(size) ? size : 0) / 512) * 512;
  }
  return false;
}

function tarEntryName(head: Buffer): string {
  const raw = head.subarray(0, 100);
  const end = raw.indexOf(0);
  const name = raw.subarray(0, end === -1 ? 100 : end).toString('utf8');
  const prefixRaw = head.subarray(345, 500);
  const prefixEnd = prefixRaw.indexOf(0);
  const prefix = prefixRaw.subarray(0, prefixEnd === -1 ? 155 : prefixEnd).toString('utf8');
  return prefix ? `${prefix}/${name}` : name.replace(/^\.\//, '');
}

/**
 * OpenPGP packet headers of what `gpg --symmetric` / `gpg --encrypt` write first: a symmetric-key
 * (tag 3) or public-key (tag 1) encrypted session key. Checking the packet's version byte too keeps
 * random binary that happens to start with 0x8c from being called gpg.
 */
function isOpenPgp(head: Buffer): boolean {
  if (head.length < 4) return false;
  const b = head[0];
  if ((b & 0x80) === 0) return false;
  let tag: number;
  let bodyStart: number;
  if (b & 0x40) {
    tag = b & 0x3f;
    const len = head[1];
    if (len < 192) bodyStart = 2;
    else if (len < 224) bodyStart = 3;
    else if (len === 255) bodyStart = 6;
    else return false; // partial lengths are not used for session-key packets
  } else {
    tag = (b >> 2) & 0x0f;
    const lengthType = b & 0x03;
    if (lengthType === 3) return false;
    bodyStart = 1 + [1, 2, 4][lengthType];
  }
  const version = head[bodyStart];
  if (tag === 3) return version === 4 || version === 5 || version === 6;
  if (tag === 1) return version === 3 || version === 6;
  return false;
}

function foreignFile(head: Buffer): string | undefined {
  if (bytesAre(head, [0xff, 0xd8, 0xff])) return 'JPEG image';
  if (bytesAre(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'PNG image';
  if (startsWith(head, 'GIF87a') || startsWith(head, 'GIF89a')) return 'GIF image';
  if (startsWith(head, '%PDF-')) return 'PDF document';
  if (bytesAre(head, [0x7f, 0x45, 0x4c, 0x46])) return 'ELF executable';
  if (startsWith(head, 'SQLite format 3\0')) return 'SQLite database';
  if (bytesAre(head, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return '7-Zip archive';
  if (startsWith(head, 'Rar!')) return 'RAR archive';
  return undefined;
}

// What the first meaningful line of a pg_dump -Fp / pg_dumpall script, or of a hand-written SQL
// file, starts with.
const SQL_START =
  /^(--|\/\*|\\connect\b|\\restrict\b|\\set\b|set\s|create\s|begin\b|start\s+transaction|select\s|insert\s|copy\s|alter\s|drop\s|comment\s|grant\s|revoke\s|do\s|update\s|delete\s|truncate\s|with\s)/i;

function textShape(head: Buffer): 'sql' | 'text' | 'binary' {
  let sample = head.subarray(0, 4096);
  if (bytesAre(sample, [0xef, 0xbb, 0xbf])) sample = sample.subarray(3);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return 'binary';
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) controls++;
  }
  if (controls > sample.length / 100) return 'binary';
  const text = sample.toString('utf8');
  if (text.includes('\uFFFD') && text.indexOf('\uFFFD') < text.length - 4) return 'binary';
  const firstLine = text.replace(/^\s+/, '');
  if (firstLine === '') return 'text';
  return SQL_START.test(firstLine) ? 'sql' : 'text';
}

function startsWith(head: Buffer, magic: string): boolean {
  return head.length >= magic.length && head.subarray(0, magic.length).toString('latin1') === magic;
}

function bytesAre(head: Buffer, bytes: number[]): boolean {
  return head.length >= bytes.length && bytes.every((b, i) => head[i] === b);
}
