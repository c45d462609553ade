import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, opendir, readFile, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { onInterrupt } from '../util/cleanup.js';
import { type DumpMember, dumpDirectoryObject, packDumpDirectory, sliced } from './dump-directory.js';
import { StoreError, type StoreObject, type WritableStore } from './store.js';
import { errorMessage } from '../util/errors.js';

const READ_CHUNK = 1024 * 1024;

/**
 * A store over a local directory (disk, mounted volume, self-hosted runner). Keys are paths relative
 * to the root with `/` separators, whatever the platform.
 */
export class FolderStore implements WritableStore {
  readonly kind = 'folder' as const;
  readonly displayUrl: string;
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
    this.displayUrl = this.root;
  }

  async *list(): AsyncIterable<StoreObject> {
    let rootStat;
    try {
      rootStat = await stat(this.root);
    } catch (error) {
      throw fsError(error, `folder ${this.root}`);
    }
    if (!rootStat.isDirectory()) {
      throw new StoreError(`${this.root} is not a folder`, 'not-found');
    }
    yield* this.walk(this.root, '', await realpath(this.root));
  }

  /**
   * Symbolic links: a link to a directory is not followed (a `current -> .` loop would never end,
   * and what it shows is listed where it really is); a link to a file inside the store is an alias
   * of that file (`latest.dump`), not a second backup; a link to a file elsewhere is listed.
   */
  private async *walk(dir: string, keyPrefix: string, realRoot: string): AsyncIterable<StoreObject> {
    let names: Array<{ name: string; isDir: boolean; isFile: boolean; isLink: boolean }>;
    try {
      const handle = await opendir(dir);
      names = [];
      for await (const entry of handle) {
        // Dot-entries are in-progress writes (`.<name>.partial`) or tooling litter (.DS_Store, .git):
        // listing a half-written backup as the newest one would be a false alarm or worse.
        if (entry.name.startsWith('.')) continue;
        names.push({
          name: entry.name,
          isDir: entry.isDirectory(),
          isFile: entry.isFile() || entry.isSymbolicLink(),
          isLink: entry.isSymbolicLink(),
        });
      }
    } catch (error) {
      throw fsError(error, `folder ${dir}`);
    }
    // Sorted so that listings are reproducible across file systems.
    names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of names) {
      const full = path.join(dir, entry.name);
      const key = keyPrefix + entry.name;
      if (entry.isDir) {
        const dumpDir = await directoryArchive(full);
        // A `pg_dump -Fd` folder is one backup, read as a tar of its files, not dozens of broken ones.
        if (dumpDir) yield { key, size: dumpDir.size, lastModified: dumpDir.lastModified };
        else yield* this.walk(full, `${key}/`, realRoot);
        continue;
      }
      if (!entry.isFile) continue;
      let info;
      try {
        info = await stat(full);
        if (entry.isLink && (info.isDirectory() || isInside(await realpath(full), realRoot))) continue;
      } catch (error) {
        // Deleted between readdir and stat (retention running next door), a dangling symlink, or a loop.
        if (['ENOENT', 'ELOOP'].includes((error as NodeJS.ErrnoException).code ?? '')) continue;
        throw fsError(error, full);
      }
      if (info.isFile()) {
        yield { key, size: info.size, lastModified: info.mtime };
      }
    }
  }

  async read(key: string, range?: { start: number; end: number }): Promise<Readable> {
    const file = this.pathOf(key);
    try {
      const info = await stat(file);
      if (info.isDirectory()) {
        const dumpDir = await directoryArchive(file);
        if (dumpDir) {
          const open = async (f: DumpMember) =>
            createReadStream(path.join(file, f.name), { highWaterMark: READ_CHUNK }) as Readable;
          return sliced(
            packDumpDirectory(path.basename(file), dumpDir.members, open, (e) => fsError(e, file)),
            range,
          );
        }
      }
      if (!info.isFile()) throw new StoreError(`${file} is not a file`, 'not-found');
    } catch (error) {
      if (error instanceof StoreError) throw error;
      throw fsError(error, file);
    }
    // 1 MiB reads: at 64 KiB (the default) the per-read overhead cost a tenth of a full verify.
    return createReadStream(file, { highWaterMark: READ_CHUNK, ...range });
  }

  async readText(key: string): Promise<string> {
    const file = this.pathOf(key);
    try {
      return await readFile(file, 'utf8');
    } catch (error) {
      throw fsError(error, file);
    }
  }

  async write(key: string, body: Readable, _options?: { contentType?: string }): Promise<{ size: number }> {
    const file = this.pathOf(key);
    const temp = tempPathOf(file);
    let size = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        callback(null, chunk);
      },
    });
    // An interrupted backup must not leave its `.KEY.partial` behind.
    const forget = onInterrupt(() => unlink(temp).catch(() => {}));
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await pipeline(body, counter, createWriteStream(temp));
      await rename(temp, file);
    } catch (error) {
      await unlink(temp).catch(() => {});
      throw fsError(error, file, 'write');
    } finally {
      forget();
    }
    return { size };
  }

  async writeText(key: string, text: string): Promise<void> {
    const file = this.pathOf(key);
    const temp = tempPathOf(file);
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(temp, text, 'utf8');
      await rename(temp, file);
    } catch (error) {
      await unlink(temp).catch(() => {});
      throw fsError(error, file, 'write');
    }
  }

  async delete(key: string): Promise<void> {
    const file = this.pathOf(key);
    try {
      await unlink(file);
    } catch (error) {
      // Idempotent like S3's DeleteObject: retention may race another run.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw fsError(error, file, 'delete');
    }
  }

  /** Refuses keys that would escape the root (`../`), which a crafted manifest could otherwise name. */
  private pathOf(key: string): string {
    const file = path.resolve(this.root, ...key.split('/'));
    // By relative path, not by prefix: a root of `/` (file:///) ends in a separator already.
    if (isInside(file, this.root)) return file;
    throw new StoreError(`key "${key}" is outside the folder ${this.root}`, 'not-found');
  }
}

/** The files of a `pg_dump -Fd` folder (one holding toc.dat) as one backup, or null. */
async function directoryArchive(dir: string): Promise<(StoreObject & { members: DumpMember[] }) | null> {
  const files: DumpMember[] = [];
  try {
    const toc = await stat(path.join(dir, 'toc.dat'));
    if (!toc.isFile()) return null;
    const handle = await opendir(dir);
    for await (const entry of handle) {
      if (entry.name.startsWith('.') || !entry.isFile()) continue;
      const info = await stat(path.join(dir, entry.name));
      files.push({ name: entry.name, size: info.size, mtime: info.mtime });
    }
  } catch (error) {
    if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return null;
    throw fsError(error, `folder ${dir}`);
  }
  return dumpDirectoryObject(dir, files) ?? null;
}

function tempPathOf(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.partial`);
}

function fsError(error: unknown, what: string, action: 'read' | 'write' | 'delete' = 'read'): StoreError {
  if (error instanceof StoreError) return error;
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return new StoreError(`${what} does not exist`, 'not-found');
    case 'ENOTDIR':
      return new StoreError(`${what} does not exist (a parent is not a folder)`, 'not-found');
    case 'EACCES':
    case 'EPERM':
      return new StoreError(
        `access denied: cannot ${action} ${what} (permission denied for this user)`,
        'access-denied',
      );
    default: {
      const message = errorMessage(error);
      return new StoreError(`${what}: ${message}`, 'unknown');
    }
  }
}

function isInside(file: string, root: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
