import { mkdir, mkdtemp, readdir, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FolderStore } from '../../src/stores/folder-store.js';
import { bytes, collect, describeStoreContract, failure, text } from './store-contract.js';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-folder-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

let seeded = 0;

describeStoreContract('FolderStore', {
  capability: 'writable',
  async holding(objects, neighbours = []) {
    const folder = path.join(root, `c${++seeded}`);
    await mkdir(folder);
    for (const [dir, list] of [[folder, objects], [`${folder}-old`, neighbours]] as const) {
      for (const o of list) {
        const file = path.join(dir, ...o.key.split('/'));
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, o.body);
        await utimes(file, o.lastModified, o.lastModified);
      }
    }
    return new FolderStore(folder);
  },
  missing: () => new FolderStore(path.join(root, 'no-such-folder')),
});

describe('FolderStore', () => {
  it('lists recursively with `/` keys, sizes and mtimes, skipping dot-files', async () => {
    await mkdir(path.join(root, '2025/January'), { recursive: true });
    await mkdir(path.join(root, '.git'), { recursive: true });
    await writeFile(path.join(root, 'a.dump'), 'PGDMP123');
    await writeFile(path.join(root, '2025/January/PG_app.18-January-2025-05-00.dmp.gz'), 'xx');
    await writeFile(path.join(root, '.a.dump.partial'), 'half');
    await writeFile(path.join(root, '.git/config'), 'x');
    const mtime = new Date('2025-01-18T05:00:00Z');
    await utimes(path.join(root, 'a.dump'), mtime, mtime);

    const store = new FolderStore(root);
    expect(store.kind).toBe('folder');
    expect(store.displayUrl).toBe(root);
    const listed = await collect(store.list());
    expect(listed.map((o) => o.key)).toEqual(['2025/January/PG_app.18-January-2025-05-00.dmp.gz', 'a.dump']);
    expect(listed[1]).toEqual({ key: 'a.dump', size: 8, lastModified: mtime });
  });

  it('reads whole objects, byte ranges (inclusive) and text', async () => {
    await mkdir(path.join(root, 'sub'));
    await writeFile(path.join(root, 'sub/x.sql'), '0123456789');
    const store = new FolderStore(root);
    expect(await text(await store.read('sub/x.sql'))).toBe('0123456789');
    expect(await text(await store.read('sub/x.sql', { start: 2, end: 5 }))).toBe('2345');
    expect(await store.readText('sub/x.sql')).toBe('0123456789');
  });

  it('a half-written object is never listed; it appears complete when the write ends', async () => {
    const store = new FolderStore(root);
    const body = new PassThrough();
    const writing = store.write('nested/deeper/b.dump', body);
    body.write(Buffer.alloc(1000, 1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await collect(store.list())).toEqual([]);
    expect(await readdir(path.join(root, 'nested/deeper'))).toEqual(['.b.dump.partial']);
    body.end(Buffer.alloc(500, 2));
    expect(await writing).toEqual({ size: 1500 });
    const listed = await collect(store.list());
    expect(listed.map((o) => [o.key, o.size])).toEqual([['nested/deeper/b.dump', 1500]]);
    expect(await readdir(path.join(root, 'nested/deeper'))).toEqual(['b.dump']);
  });

  it('a failed write leaves neither the object nor its temp file', async () => {
    const store = new FolderStore(root);
    const body = new Readable({ read() {} });
    const writing = store.write('c.dump', body);
    body.push(Buffer.alloc(100));
    setTimeout(() => body.destroy(new Error('pg_dump died')), 20);
    const error = await failure(writing);
    expect(error.message).toContain('pg_dump died');
    expect(await readdir(root)).toEqual([]);
  });

  it('writes text atomically and deletes idempotently', async () => {
    const store = new FolderStore(root);
    await store.writeText('a.dump.manifest.json', '{"a":1}');
    expect(await store.readText('a.dump.manifest.json')).toBe('{"a":1}');
    await store.delete('a.dump.manifest.json');
    await store.delete('a.dump.manifest.json');
    expect(await collect(store.list())).toEqual([]);
  });

  it('a folder that does not exist is not-found, naming the path', async () => {
    const missing = path.join(root, 'nope');
    const error = await failure(collect(new FolderStore(missing).list()));
    expect(error.code).toBe('not-found');
    expect(error.message).toBe(`folder ${missing} does not exist`);
  });

  it('a file given as the folder is not-found', async () => {
    await writeFile(path.join(root, 'file'), 'x');
    const error = await failure(collect(new FolderStore(path.join(root, 'file')).list()));
    expect(error.code).toBe('not-found');
    expect(error.message).toContain('is not a folder');
  });

  it('reading a missing key is not-found; keys cannot escape the folder', async () => {
    const store = new FolderStore(root);
    const missing = await failure(store.read('missing.dump'));
    expect(missing.code).toBe('not-found');
    expect(missing.message).toContain('missing.dump');
    await failure(store.readText('../etc/passwd'));
    await failure(store.write('../../escape.dump', Readable.from(['x'])));
  });
});

describe('a pg_dump -Fd folder', () => {
  it('is one object, newest file time, read as a tar of its files (toc.dat first) whose size is the listed one', async () => {
    const dir = path.join(root, 'nightly/app.dir');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, '3001.dat.gz'), Buffer.alloc(700, 1));
    await writeFile(path.join(dir, 'toc.dat'), 'PGDMP toc');
    await writeFile(path.join(dir, '.partial'), 'x');
    const older = new Date('2026-11-28T02:00:00Z');
    const newest = new Date('2026-11-28T02:05:00Z');
    await utimes(path.join(dir, 'toc.dat'), older, older);
    await utimes(path.join(dir, '3001.dat.gz'), newest, newest);
    await writeFile(path.join(root, 'other.dump'), 'PGDMP');

    const store = new FolderStore(root);
    const listed = await collect(store.list());
    expect(listed.map((o) => o.key)).toEqual(['nightly/app.dir', 'other.dump']);
    expect(listed[0].lastModified).toEqual(newest);

    const tar = await bytes(await store.read('nightly/app.dir'));
    expect(tar.length).toBe(listed[0].size);
    const names = [0, 1024].map((at) =>
      tar
        .subarray(at, at + 100)
        .toString('latin1')
        .replace(/\0.*$/s, ''),
    );
    expect(names).toEqual(['app.dir/toc.dat', 'app.dir/3001.dat.gz']);
    expect(tar.subarray(512, 521).toString()).toBe('PGDMP toc');
    expect(await bytes(await store.read('nightly/app.dir', { start: 512, end: 516 }))).toEqual(Buffer.from('PGDMP'));
  });

  it('a folder without toc.dat is walked as before', async () => {
    await mkdir(path.join(root, 'app.dir'));
    await writeFile(path.join(root, 'app.dir/3001.dat.gz'), 'x');
    expect((await collect(new FolderStore(root).list())).map((o) => o.key)).toEqual(['app.dir/3001.dat.gz']);
  });
});

describe('symbolic links', () => {
  it('a directory link is not followed (no loop), a file link inside the store is an alias, one outside is listed', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-outside-'));
    try {
      await writeFile(path.join(root, 'app_2026-11-28T02-00-00Z.dump'), 'a');
      await mkdir(path.join(root, 'daily'));
      await writeFile(path.join(root, 'daily', 'app_2026-11-27T02-00-00Z.dump'), 'b');
      await writeFile(path.join(outside, 'app_2026-11-26T02-00-00Z.dump'), 'cc');
      await symlink('.', path.join(root, 'current'));
      await symlink('daily', path.join(root, 'mirror'));
      await symlink(outside, path.join(root, 'elsewhere'));
      await symlink('app_2026-11-28T02-00-00Z.dump', path.join(root, 'latest.dump'));
      await symlink(path.join(outside, 'app_2026-11-26T02-00-00Z.dump'), path.join(root, 'old.dump'));
      await symlink('nowhere', path.join(root, 'dangling.dump'));
      const keys = (await collect(new FolderStore(root).list())).map((o) => `${o.key} ${o.size}`);
      expect(keys).toEqual(['app_2026-11-28T02-00-00Z.dump 1', 'daily/app_2026-11-27T02-00-00Z.dump 1', 'old.dump 2']);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});
