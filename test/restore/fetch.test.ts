import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIntegrityPass } from '../../src/bytes/integrity-pass.js';
import { decoderFor, type DecoderFactory } from '../../src/bytes/layers.js';
import type { DiscoveredBackup } from '../../src/discovery/discover.js';
import { fetchBackup } from '../../src/restore/fetch.js';
import { FolderStore } from '../../src/stores/folder-store.js';
import type { ReadableStore } from '../../src/stores/store.js';
import { silentLogger } from '../../src/util/logger.js';
import { pgRestoreResolver } from '../../src/bytes/pg-restore-sink.js';
import { gpgSymmetric, hasTool, opensslEncrypt } from '../support/encrypt.js';
import { zipOneEntry } from '../support/layouts.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const PASS = 'Fetch-Once-Pass-7c2a';
let dir: string;
let sql: Buffer;
let custom: Buffer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-fetch-'));
  sql = gunzipSync(await readFile(path.join(repoRoot, 'test/fixtures/v17-plain.sql.gz')));
  custom = await readFile(path.join(repoRoot, 'test/fixtures/fleet/v17-custom-gzip.dump'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('runIntegrityPass copyTo', () => {
  it('the local copy holds the decoded bytes, the hash covers the raw ones', async () => {
    const text = Buffer.from('-- PostgreSQL database dump\n'.repeat(50_000));
    const gz = gzipSync(text);
    const chunks = Array.from({ length: Math.ceil(gz.length / 1000) }, (_, i) => gz.subarray(i * 1000, (i + 1) * 1000));
    const copyTo = path.join(dir, 'copy');
    const result = await runIntegrityPass(Readable.from(chunks), {
      level: 'archive',
      pgRestore: async () => undefined,
      logger: silentLogger,
      copyTo,
    });
    expect(result.sha256).toBe(createHash('sha256').update(gz).digest('hex'));
    expect(result.copy).toMatchObject({ layers: ['gzip'], bytes: text.length });
    expect((await readFile(copyTo)).equals(text)).toBe(true);
  });
});

describe('a drill fetch reads the store once and decodes once', () => {
  const cases: Array<{ name: string; key: string; body: () => Buffer; layers: string[]; bare: () => Buffer }> = [
    {
      name: 'gzip-wrapped plain SQL',
      key: 'app_2026-11-29T10-00-00Z.sql.gz',
      body: () => gzipSync(sql),
      layers: ['gzip'],
      bare: () => sql,
    },
    {
      name: 'zip entry (pgbackweb)',
      key: 'app_2026-11-29T10-00-00Z.zip',
      body: () => zipOneEntry('dump.sql', sql, new Date('2026-11-29T10:00:00Z')),
      layers: ['zip'],
      bare: () => sql,
    },
    {
      name: 'gzip around openssl around a custom archive (kartoza)',
      key: 'app_2026-11-29T10-00-00Z.dmp.gz',
      body: () => gzipSync(opensslEncrypt(custom, PASS)),
      layers: ['gzip', 'openssl'],
      bare: () => custom,
    },
    {
      name: 'lz4 around a custom archive (the lz4 CLI)',
      key: 'app_2026-11-29T10-00-00Z.dump.lz4',
      body: () => execFileSync('lz4', ['-q', '-c'], { input: custom }),
      layers: ['lz4'],
      bare: () => custom,
    },
    {
      name: 'zstd around plain SQL (the zstd CLI)',
      key: 'app_2026-11-29T10-00-00Z.sql.zst',
      body: () => execFileSync('zstd', ['-q', '-c'], { input: sql, maxBuffer: 64 * 1024 * 1024 }),
      layers: ['zstd'],
      bare: () => sql,
    },
    {
      name: 'gpg around a custom archive',
      key: 'app_2026-11-29T10-00-00Z.dump.gpg',
      body: () => gpgSymmetric(custom, PASS),
      layers: ['gpg'],
      bare: () => custom,
    },
  ];

  for (const c of cases) {
    it.skipIf(c.layers.includes('gpg') && !hasTool('gpg'))(c.name, async () => {
      const root = path.join(dir, c.key.replace(/\W/g, '-'));
      await mkdir(root);
      const body = c.body();
      await writeFile(path.join(root, c.key), body);
      const folder = new FolderStore(root);
      let reads = 0;
      const store = Object.create(folder) as ReadableStore;
      store.read = (key, range) => {
        reads++;
        return folder.read(key, range);
      };
      const made: string[] = [];
      const decoders: DecoderFactory = (layer, keys, codecs) => {
        made.push(layer);
        return decoderFor(layer, keys, codecs);
      };
      const file = path.join(root, 'local-copy');
      const fetched = await fetchBackup(store, { key: c.key, size: body.length } as DiscoveredBackup, {
        file,
        pgRestore: pgRestoreResolver(undefined),
        logger: silentLogger,
        decryption: { passphrase: PASS },
        decoders,
      });
      expect(reads).toBe(1);
      expect(made).toEqual(c.layers);
      expect(fetched.integrity.format.layers).toEqual(c.layers);
      expect(fetched.integrity.checks.find((x) => x.id === 'archive')?.status).toBe('ok');
      expect(fetched).toMatchObject({ decoded: true, bytesOnDisk: c.bare().length });
      expect((await readFile(file)).equals(c.bare())).toBe(true);
    });
  }
});
