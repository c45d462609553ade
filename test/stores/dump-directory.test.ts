import { Readable } from 'node:stream';
import { extract } from 'tar-stream';
import { describe, expect, it } from 'vitest';
import {
  type DumpMember,
  dumpDirectoryObject,
  groupDumpDirectories,
  packDumpDirectory,
  sliced,
} from '../../src/stores/dump-directory.js';
import type { StoreObject } from '../../src/stores/store.js';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 29, 3, minute));
const obj = (key: string, size = 10, minute = 0): StoreObject => ({ key, size, lastModified: at(minute) });

async function group(keys: StoreObject[]) {
  const remembered = new Map<string, string[]>();
  const out: StoreObject[] = [];
  async function* source() {
    // S3's order: UTF-8 binary.
    yield* [...keys].sort((a, b) => Buffer.compare(Buffer.from(a.key), Buffer.from(b.key)));
  }
  for await (const o of groupDumpDirectories(source(), (key, members) =>
    remembered.set(
      key,
      members.map((m) => m.name),
    ),
  ))
    out.push(o);
  return { keys: out.map((o) => o.key).sort(), out, remembered };
}

describe('groupDumpDirectories', () => {
  it('folds each folder holding toc.dat into one backup, newest member time, toc.dat first', async () => {
    const { keys, out, remembered } = await group([
      obj('daily/a.dir/toc.dat', 2000, 5),
      obj('daily/a.dir/3001.dat.gz', 700, 9),
      obj('daily/a.dir/3002.dat.gz', 1, 1),
      obj('daily/b.dump', 50, 3),
      obj('top.dump', 50, 3),
    ]);
    expect(keys).toEqual(['daily/a.dir', 'daily/b.dump', 'top.dump']);
    const a = out.find((o) => o.key === 'daily/a.dir');
    expect(a?.lastModified).toEqual(at(9));
    // 3 headers + 2048 + 1024 + 512 bytes of data + 2 end blocks.
    expect(a?.size).toBe(3 * 512 + 2048 + 1024 + 512 + 1024);
    expect(remembered.get('daily/a.dir')).toEqual(['toc.dat', '3001.dat.gz', '3002.dat.gz']);
  });

  it('leaves folders without toc.dat, and the store root, as objects of their own', async () => {
    const { keys, remembered } = await group([
      obj('toc.dat'),
      obj('3001.dat.gz'),
      obj('notes/3001.dat.gz'),
      obj('notes/readme.txt'),
    ]);
    expect(keys).toEqual(['3001.dat.gz', 'notes/3001.dat.gz', 'notes/readme.txt', 'toc.dat']);
    expect(remembered.size).toBe(0);
  });

  it("keeps a subfolder listed between a dump folder's files apart, and nested dump folders each whole", async () => {
    const { keys, remembered } = await group([
      obj('x/3001.dat.gz'),
      obj('x/sub/toc.dat'),
      obj('x/sub/4000.dat'),
      obj('x/sub/other/file.dump'),
      obj('x/toc.dat'),
      obj('x-later/toc.dat'),
    ]);
    expect(keys).toEqual(['x', 'x-later', 'x/sub', 'x/sub/other/file.dump']);
    expect(remembered.get('x')).toEqual(['toc.dat', '3001.dat.gz']);
    expect(remembered.get('x/sub')).toEqual(['toc.dat', '4000.dat']);
  });
});

describe('packDumpDirectory', () => {
  const members: DumpMember[] = [
    { name: '3001.dat.gz', size: 1500, mtime: at(2) },
    { name: 'toc.dat', size: 513, mtime: at(1) },
    { name: 'empty.dat', size: 0, mtime: at(1) },
  ];
  const bytes = (m: DumpMember) => Buffer.alloc(m.size, m.name.charCodeAt(0));
  const object = dumpDirectoryObject('d', members)!;
  const pack = () =>
    packDumpDirectory(
      'd',
      object.members,
      async (m) => Readable.from([bytes(m)]),
      (e) => e as Error,
    );
  const collect = async (stream: Readable) => {
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  };
  const packed = async () => ({ object, tar: await collect(pack()) });

  it('is exactly as long as listed, toc.dat first, every member whole', async () => {
    const { object, tar } = await packed();
    expect(tar.length).toBe(object.size);
    const seen: Array<[string, number]> = [];
    const reader = extract();
    reader.on('entry', (header, stream, next) => {
      let n = 0;
      stream.on('data', (c: unknown) => {
        n += (c as Buffer).length;
      });
      stream.on('end', () => {
        seen.push([header.name, n]);
        next();
      });
    });
    await new Promise<void>((resolve, reject) => {
      reader.on('finish', resolve).on('error', reject);
      reader.end(tar);
    });
    expect(seen).toEqual([
      ['d/toc.dat', 513],
      ['d/3001.dat.gz', 1500],
      ['d/empty.dat', 0],
    ]);
  });

  it('a range of the packed folder is those bytes of it (for resumed reads)', async () => {
    const { tar } = await packed();
    for (const [start, end] of [
      [0, 0],
      [511, 1024],
      [1000, object.size - 1],
    ]) {
      const part = await collect(sliced(pack(), { start, end }));
      expect(part.equals(tar.subarray(start, end + 1))).toBe(true);
    }
  });

  it("a member that fails to open fails the whole read with the store's error", async () => {
    const tar = packDumpDirectory(
      'd',
      object.members,
      async (m) => {
        if (m.name === '3001.dat.gz') throw new Error('gone');
        return Readable.from([bytes(m)]);
      },
      (e) => new Error(`store: ${(e as Error).message}`),
    );
    await expect(
      (async () => {
        for await (const _ of tar) void _;
      })(),
    ).rejects.toThrow('store: gone');
  });
});
