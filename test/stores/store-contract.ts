import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { discoverBackups } from '../../src/discovery/discover.js';
import { isReadable } from '../../src/stores/readable.js';
import {
  StoreError,
  type ListingStore,
  type ReadableStore,
  type StoreObject,
  type WritableStore,
} from '../../src/stores/store.js';

/** An object put into a store before a test: its key, bytes and last-modified time (whole seconds). */
export interface SeedObject {
  key: string;
  body: Buffer;
  lastModified: Date;
}

/** How one kind of store is set up for the contract. */
export interface StoreUnderTest {
  /** What the store can do: Railway lists only, folder and S3 stores also read and write. */
  capability: 'listing' | 'readable' | 'writable';
  /**
   * A fresh store holding exactly `objects`; `neighbours` go to a sibling location whose name starts
   * with this one's (prefix `c7` beside `c7-old`), which the store must not list.
   */
  holding(objects: SeedObject[], neighbours?: SeedObject[]): Promise<ListingStore>;
  /** A store whose folder, bucket or volume does not exist. */
  missing(): ListingStore;
  /** The unit sizes are listed in, rounded up: Railway lists whole MiB. Bytes when absent. */
  sizeUnit?: number;
}

export async function collect(iterable: AsyncIterable<StoreObject>): Promise<StoreObject[]> {
  const out: StoreObject[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

export async function bytes(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

export async function text(stream: Readable): Promise<string> {
  return (await bytes(stream)).toString('utf8');
}

/** The StoreError a promise rejects with; fails the test on success or on any other error. */
export async function failure(promise: Promise<unknown>): Promise<StoreError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(StoreError);
    return error as StoreError;
  }
  throw new Error('expected a StoreError, got success');
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const at = (iso: string) => new Date(iso);
const seed = (key: string, body: string | Buffer, lastModified = at('2026-11-28T02:00:00Z')): SeedObject => ({
  key,
  body: Buffer.isBuffer(body) ? body : Buffer.from(body),
  lastModified,
});

/** Bytes that differ at every offset, so a range or a resumed read from the wrong place shows. */
function patterned(size: number): Buffer {
  const out = Buffer.alloc(Math.ceil(size / 4) * 4);
  for (let i = 0; i < out.length; i += 4) out.writeUInt32BE(i, i);
  return out.subarray(0, size);
}

/** Keys that break naive URL and path handling: spaces, a plus sign, non-ASCII, nested folders. */
const AWKWARD_KEYS = ['daily backups/app 2026-11-28 02.00.dump', 'été/база_2026-11-28.dump', 'a+b=c&d.dump'];

/**
 * What every store promises the code above it (discovery, verify, drill, create-backup). Listing
 * cases run against every store, reading cases against stores that can read, writing cases against
 * stores that can write; isReadable must agree with the declared capability.
 */
export function describeStoreContract(name: string, subject: StoreUnderTest): void {
  describe(`${name}: the store contract`, () => {
    describe('listing', () => {
      it(`is ${subject.capability === 'listing' ? 'not ' : ''}a ReadableStore`, async () => {
        const store = await subject.holding([]);
        expect(isReadable(store)).toBe(subject.capability !== 'listing');
      });

      it('an empty store lists nothing', async () => {
        expect(await collect((await subject.holding([])).list())).toEqual([]);
      });

      it('lists each object once with its key, size and last-modified time', async () => {
        const objects = [
          seed('app_2026-11-26.dump', 'PGDMP-one', at('2026-11-26T02:00:00Z')),
          seed('app_2026-11-27.dump', 'PGDMP-two-longer', at('2026-11-27T02:00:00Z')),
          seed('nightly/deeper/app_2026-11-28.dump', 'x'.repeat(4096), at('2026-11-28T02:00:07Z')),
        ];
        const listed = await collect((await subject.holding(objects)).list());
        const byKey = new Map(listed.map((o) => [o.key, o]));
        expect(listed).toHaveLength(objects.length);
        for (const o of objects) {
          const unit = subject.sizeUnit ?? 1;
          expect(byKey.get(o.key)?.size).toBe(Math.ceil(o.body.length / unit) * unit);
          expect(byKey.get(o.key)?.lastModified.toISOString()).toBe(o.lastModified.toISOString());
        }
      });

      it('ordering: every object exactly once in whatever order, and discovery sorts newest first by time', async () => {
        // Names sort the other way round from their times: nothing may lean on the listing's order.
        const objects = Array.from({ length: 40 }, (_, i) =>
          seed(
            `${i % 3 === 0 ? 'sub/' : ''}backup-${String(i).padStart(2, '0')}`,
            `body ${i}`,
            new Date(Date.UTC(2026, 10, 28, 2) - i * 3600_000),
          ),
        );
        const shuffled = [...objects].sort((a, b) =>
          sha256(Buffer.from(a.key)).localeCompare(sha256(Buffer.from(b.key))),
        );
        const store = await subject.holding(shuffled);
        const keys = (await collect(store.list())).map((o) => o.key);
        expect(new Set(keys).size).toBe(keys.length);
        expect([...keys].sort()).toEqual(objects.map((o) => o.key).sort());
        const discovered = await discoverBackups(store);
        expect(discovered.map((b) => b.key)).toEqual(objects.map((o) => o.key));
      });

      it('keys are relative to the store, with `/` separators; a sibling location sharing the name is not listed', async () => {
        const store = await subject.holding(
          [seed('2026/11/app_2026-11-28.dump', 'mine')],
          [seed('app_2026-11-28.dump', 'not mine'), seed('2026/11/other.dump', 'not mine either')],
        );
        expect((await collect(store.list())).map((o) => o.key)).toEqual(['2026/11/app_2026-11-28.dump']);
      });

      it('keys with spaces, a plus sign and non-ASCII letters are listed exactly as written', async () => {
        const store = await subject.holding(AWKWARD_KEYS.map((key) => seed(key, key)));
        expect((await collect(store.list())).map((o) => o.key).sort()).toEqual([...AWKWARD_KEYS].sort());
      });

      it('a store whose location does not exist fails to list with a StoreError, never an empty list', async () => {
        const error = await failure(collect(subject.missing().list()));
        expect(['not-found', 'no-bucket']).toContain(error.code);
      });
    });

    describe('reading', () => {
      const readable = async (objects: SeedObject[]): Promise<ReadableStore> => {
        const store = await subject.holding(objects);
        if (!isReadable(store)) throw new Error(`${name} is not readable`);
        return store;
      };
      const when = () => subject.capability !== 'listing';

      it.runIf(when())('reads whole objects, inclusive byte ranges and text', async () => {
        const store = await readable([seed('sub/x.sql', '0123456789')]);
        expect(await text(await store.read('sub/x.sql'))).toBe('0123456789');
        expect(await text(await store.read('sub/x.sql', { start: 2, end: 5 }))).toBe('2345');
        expect(await text(await store.read('sub/x.sql', { start: 9, end: 9 }))).toBe('9');
        expect(await store.readText('sub/x.sql')).toBe('0123456789');
      });

      it.runIf(when())('a missing key is a not-found StoreError naming the key, for read and readText', async () => {
        const store = await readable([seed('present.dump', 'x')]);
        const error = await failure(store.read('absent.dump'));
        expect(error.code).toBe('not-found');
        expect(error.message).toContain('absent.dump');
        expect((await failure(store.readText('absent.dump.sha256'))).code).toBe('not-found');
      });

      it.runIf(when())('keys with spaces, a plus sign and non-ASCII letters read back their own bytes', async () => {
        const store = await readable(AWKWARD_KEYS.map((key) => seed(key, `body of ${key}`)));
        for (const key of AWKWARD_KEYS) expect(await text(await store.read(key))).toBe(`body of ${key}`);
      });

      it.runIf(when())(
        'a large object (20 MiB) reads whole with the same sha256, and ranges across it are exact',
        async () => {
          const body = patterned(20 * 1024 * 1024 + 3);
          const store = await readable([seed('big.dump', body)]);
          expect((await collect(store.list()))[0].size).toBe(body.length);
          expect(sha256(await bytes(await store.read('big.dump')))).toBe(sha256(body));
          const across = { start: 8 * 1024 * 1024 - 5, end: 16 * 1024 * 1024 + 4 };
          expect(
            (await bytes(await store.read('big.dump', across))).equals(body.subarray(across.start, across.end + 1)),
          ).toBe(true);
          const tail = { start: body.length - 7, end: body.length - 1 };
          expect((await bytes(await store.read('big.dump', tail))).equals(body.subarray(tail.start))).toBe(true);
        },
      );

      it.runIf(when())(
        'a pg_dump -Fd folder (toc.dat + data files) is one backup keyed by the folder, read as a tar of its files',
        async () => {
          const files = [
            seed('daily/app.dir/toc.dat', patterned(700), at('2026-11-28T02:00:00Z')),
            seed('daily/app.dir/3001.dat.gz', patterned(1500), at('2026-11-28T02:00:09Z')),
            seed('daily/app.dir/3002.dat.gz', patterned(3), at('2026-11-28T02:00:03Z')),
            seed('daily/other/3001.dat.gz', 'not a dump folder: no toc.dat', at('2026-11-27T02:00:00Z')),
          ];
          const store = await readable(files);
          const listed = await collect(store.list());
          expect(listed.map((o) => o.key).sort()).toEqual(['daily/app.dir', 'daily/other/3001.dat.gz']);
          const folder = listed.find((o) => o.key === 'daily/app.dir')!;
          expect(folder.lastModified.toISOString()).toBe('2026-11-28T02:00:09.000Z');
          const tar = await bytes(await store.read('daily/app.dir'));
          expect(tar.length).toBe(folder.size);
          // ustar: toc.dat's header first, then its bytes; each member padded to 512.
          expect(tar.subarray(0, 100).toString('latin1').replace(/\0+$/, '')).toBe('app.dir/toc.dat');
          expect(tar.subarray(512, 512 + 700).equals(files[0].body)).toBe(true);
          const range = { start: 1000, end: 2500 };
          expect((await bytes(await store.read('daily/app.dir', range))).equals(tar.subarray(1000, 2501))).toBe(true);
        },
      );

      it.runIf(when())('a read aborted after its first chunk settles, and the store reads on as before', async () => {
        const body = patterned(12 * 1024 * 1024);
        const store = await readable([seed('big.dump', body)]);
        // Several at once: a leaked file handle or socket would starve the reads that follow.
        await Promise.all(
          Array.from({ length: 6 }, async () => {
            const stream = await store.read('big.dump');
            const closed = once(stream, 'close');
            await once(stream, 'data');
            stream.destroy();
            await closed;
            expect(stream.destroyed).toBe(true);
          }),
        );
        expect(sha256(await bytes(await store.read('big.dump')))).toBe(sha256(body));
        expect(await text(await store.read('big.dump', { start: 4, end: 7 }))).toBe('\0\0\0\x04');
      });
    });

    describe('writing', () => {
      const writable = async (objects: SeedObject[]) => (await subject.holding(objects)) as WritableStore;
      const when = () => subject.capability === 'writable';

      it.runIf(when())(
        'a streamed write appears whole with its size; text round-trips; delete is idempotent',
        async () => {
          const store = await writable([]);
          const body = patterned(3 * 1024 * 1024 + 1);
          const chunks = Readable.from(
            (function* () {
              for (let i = 0; i < body.length; i += 256 * 1024) yield body.subarray(i, i + 256 * 1024);
            })(),
          );
          expect(await store.write('nested/app_2026-11-28.dump', chunks)).toEqual({ size: body.length });
          await store.writeText('nested/app_2026-11-28.dump.sha256', `${sha256(body)}  app_2026-11-28.dump\n`);
          const listed = await collect(store.list());
          expect(listed.map((o) => [o.key, o.size]).sort()).toEqual([
            ['nested/app_2026-11-28.dump', body.length],
            ['nested/app_2026-11-28.dump.sha256', 86],
          ]);
          expect(sha256(await bytes(await store.read('nested/app_2026-11-28.dump')))).toBe(sha256(body));
          expect(await store.readText('nested/app_2026-11-28.dump.sha256')).toBe(
            `${sha256(body)}  app_2026-11-28.dump\n`,
          );
          await store.delete('nested/app_2026-11-28.dump');
          await store.delete('nested/app_2026-11-28.dump');
          await store.delete('nested/app_2026-11-28.dump.sha256');
          expect(await collect(store.list())).toEqual([]);
        },
      );

      it.runIf(when())('a key with spaces and non-ASCII letters is written and deleted as written', async () => {
        const store = await writable([]);
        const key = AWKWARD_KEYS[1];
        await store.writeText(key, 'été');
        expect((await collect(store.list())).map((o) => o.key)).toEqual([key]);
        expect(await store.readText(key)).toBe('été');
        await store.delete(key);
        expect(await collect(store.list())).toEqual([]);
      });
    });
  });
}
