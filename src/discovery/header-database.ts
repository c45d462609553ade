import zlib from 'node:zlib';
import { peekHeader } from '../archive/index.js';
import type { ReadableStore } from '../stores/store.js';

/**
 * How much of an object is read to find the database it holds: a custom archive names it in its
 * first hundred bytes, a tar archive after its 512-byte member header, a gzipped one within a few
 * compressed kilobytes; plain SQL with --create says CREATE DATABASE after the SET lines.
 */
export const HEADER_BYTES = 16 * 1024;

/**
 * The database a backup holds, as its own first bytes say (ranged read, never the whole object):
 * the custom/tar TOC header's dbname, or a plain script's CREATE DATABASE / \connect. Undefined when
 * they do not say (plain dump without --create, pg_dumpall, encrypted, unreadable).
 */
export async function databaseFromHeader(store: ReadableStore, key: string, size: number): Promise<string | undefined> {
  if (size <= 0) return undefined;
  let head: Buffer;
  try {
    head = await readHead(store, key, Math.min(size, HEADER_BYTES));
  } catch {
    // A backup that cannot even be read is verify's finding, not discovery's.
    return undefined;
  }
  return databaseIn(head);
}

export async function databaseIn(head: Buffer, depth = 0): Promise<string | undefined> {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b && depth < 2) {
    let inner: Buffer;
    try {
      inner = zlib.gunzipSync(head, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    } catch {
      return undefined;
    }
    return databaseIn(inner, depth + 1);
  }
  const isCustom = head.subarray(0, 5).toString('latin1') === 'PGDMP';
  const isTar = head.length >= 262 && head.subarray(257, 262).toString('latin1') === 'ustar';
  if (isCustom || isTar) return (await peekHeader(head))?.dbname || undefined;
  return plainDatabase(head.toString('utf8'));
}

async function readHead(store: ReadableStore, key: string, bytes: number): Promise<Buffer> {
  const stream = await store.read(key, { start: 0, end: bytes - 1 });
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      chunks.push(chunk as Buffer);
      total += (chunk as Buffer).length;
      if (total >= bytes) break;
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks).subarray(0, bytes);
}

function plainDatabase(text: string): string | undefined {
  // pg_dumpall holds every database: no single one to name.
  if (/^--\s*PostgreSQL database cluster dump/m.test(text)) return undefined;
  const create = /^CREATE DATABASE\s+("(?:[^"]|"")+"|[^\s;]+)/m.exec(text);
  const connect = /^\\connect\s+(?:-reuse-previous=on\s+)?("(?:[^"]|"")+"|\S+)/m.exec(text);
  const name = create?.[1] ?? connect?.[1];
  if (!name) return undefined;
  return name.startsWith('"') ? name.slice(1, -1).replace(/""/g, '"') : name;
}
