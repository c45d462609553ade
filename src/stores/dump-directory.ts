import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pack as tarPack } from 'tar-stream';
import type { StoreObject } from './store.js';

/** What `pg_dump -Fd` writes into its directory (data files may be gzip, lz4 or zstd compressed). */
export const DUMP_DIRECTORY_FILE = /^(toc\.dat|\d+\.dat|blob_\d+\.dat|blobs(_\d+)?\.toc)(\.gz|\.lz4|\.zst)?$/;

/** One file of a `pg_dump -Fd` folder. */
export interface DumpMember {
  name: string;
  size: number;
  mtime: Date;
}

const TAR_BLOCK = 512;

/**
 * A `pg_dump -Fd` folder is one backup, read as a tar of its files (toc.dat first, as pg_dump's
 * own order has it), not dozens of broken ones. Undefined when the files hold no toc.dat.
 */
export function dumpDirectoryObject(
  key: string,
  files: DumpMember[],
): (StoreObject & { members: DumpMember[] }) | undefined {
  if (!files.some((f) => f.name === 'toc.dat')) return undefined;
  const members = [...files].sort((a, b) =>
    a.name === 'toc.dat' ? -1 : b.name === 'toc.dat' ? 1 : a.name < b.name ? -1 : 1,
  );
  // ustar names short enough for one header each (see packDumpDirectory), so the size is exact.
  const size = members.reduce((n, f) => n + TAR_BLOCK + Math.ceil(f.size / TAR_BLOCK) * TAR_BLOCK, 2 * TAR_BLOCK);
  const lastModified = new Date(Math.max(...members.map((f) => f.mtime.getTime())));
  return { key, size, lastModified, members };
}

/**
 * The tar a dump folder is read as: inside a folder, as `tar -c dump/` writes it (a flat toc.dat
 * first is pg_dump's tar format); the folder's own name when every entry name fits ustar's 100
 * bytes, so the listed size stays exact. Members are opened one at a time, in order.
 */
export function packDumpDirectory(
  folderName: string,
  members: DumpMember[],
  open: (member: DumpMember) => Promise<Readable>,
  failure: (error: unknown) => Error,
): Readable {
  const out = tarPack();
  const longest = Math.max(...members.map((f) => Buffer.byteLength(`${folderName}/${f.name}`)));
  const folder = longest <= 100 ? folderName : 'dump';
  void (async () => {
    try {
      for (const f of members) {
        // Opened before its entry exists: a failed open must not leave an entry with no listener.
        const body = await open(f);
        await pipeline(body, out.entry({ name: `${folder}/${f.name}`, size: f.size, mtime: f.mtime, mode: 0o644 }));
      }
      out.finalize();
    } catch (error) {
      out.destroy(failure(error));
    }
  })();
  return Readable.from(out as AsyncIterable<Buffer>, { objectMode: false });
}

/** Bytes [start, end] of a stream, for the resumable reads that ask for a range of a packed folder. */
export function sliced(body: Readable, range?: { start: number; end: number }): Readable {
  if (!range) return body;
  let at = 0;
  const slicer = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      const from = Math.max(0, range.start - at);
      const to = Math.min(chunk.length, range.end + 1 - at);
      at += chunk.length;
      callback(null, from < to ? chunk.subarray(from, to) : undefined);
    },
  });
  body.on('error', (e) => slicer.destroy(e));
  return body.pipe(slicer);
}

/**
 * For stores that list flat keys (S3): the objects of each `pg_dump -Fd` folder (`daily/x.dir/toc.dat`,
 * `daily/x.dir/3001.dat.gz`, …) become one backup keyed by the folder, as a folder store lists it;
 * every other object passes through. Relies on the listing's key order (S3 lists in UTF-8 binary
 * order): once a key leaves a folder's prefix, nothing more of that folder follows, so at most the
 * direct children of the folders on the current path are held.
 */
export async function* groupDumpDirectories(
  objects: AsyncIterable<StoreObject>,
  remember: (key: string, members: DumpMember[]) => void,
): AsyncIterable<StoreObject> {
  // folder prefix ("daily/x.dir/") → its direct children seen so far
  const open = new Map<string, StoreObject[]>();
  function* flush(folder: string): Iterable<StoreObject> {
    const children = open.get(folder) ?? [];
    open.delete(folder);
    const key = folder.slice(0, -1);
    const members = children.map((o) => ({ name: o.key.slice(folder.length), size: o.size, mtime: o.lastModified }));
    const grouped = dumpDirectoryObject(key, members);
    if (!grouped) {
      yield* children;
      return;
    }
    remember(key, grouped.members);
    yield { key: grouped.key, size: grouped.size, lastModified: grouped.lastModified };
  }
  for await (const object of objects) {
    for (const folder of [...open.keys()]) if (!object.key.startsWith(folder)) yield* flush(folder);
    const slash = object.key.lastIndexOf('/');
    // Top-level objects are never part of a folder: the store's own prefix is not a backup.
    if (slash < 0) {
      yield object;
      continue;
    }
    const folder = object.key.slice(0, slash + 1);
    const children = open.get(folder) ?? [];
    children.push(object);
    open.set(folder, children);
  }
  for (const folder of [...open.keys()]) yield* flush(folder);
}
