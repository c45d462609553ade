import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import {
  parseManifest,
  parseSha256Sidecar,
  readManifest,
  readSha256Sidecar,
  SidecarError,
} from '../../src/discovery/manifest.js';
import { StoreError, type ReadableStore } from '../../src/stores/store.js';

const HEX = '3a6eb0790f39ac87c94f3856b2dd2c5d110e6811602261a9a923d3bb23adc8b7';

function store(files: Record<string, string>): ReadableStore {
  return {
    displayUrl: 'memory://',
    kind: 'folder',
    async *list() {},
    async read(key) {
      return Readable.from([await this.readText(key)]);
    },
    async readText(key) {
      if (!(key in files)) throw new StoreError(`${key} does not exist`, 'not-found');
      return files[key];
    },
  };
}

const good = {
  format: 'lifeboat-manifest/1',
  key: 'app_2025-01-18T05:00:00Z.dump',
  created_at: '2025-01-18T05:00:00.123Z',
  sha256: HEX.toUpperCase(),
  size: 123456,
  server_version: '17.2',
  pg_dump_version: '17.2',
  database: 'app',
  tables: { 'public.items': { rows: 42 }, 'public.tenants': { rows: 0 } },
};

describe('manifest', () => {
  it('parses a valid manifest and normalises the digest', async () => {
    const manifest = await readManifest(store({ 'a.dump.manifest.json': JSON.stringify(good) }), 'a.dump');
    expect(manifest).toMatchObject({ sha256: HEX, size: 123456, tables: { 'public.items': { rows: 42 } } });
  });

  it('is undefined when absent', async () => {
    expect(await readManifest(store({}), 'a.dump')).toBeUndefined();
  });

  it('names the key and the bad fields when malformed', () => {
    const bad = { ...good, format: 'other/2', sha256: 'xyz', tables: { t: { rows: -1 } } };
    expect(() => parseManifest(JSON.stringify(bad), 'k.manifest.json')).toThrow(SidecarError);
    try {
      parseManifest(JSON.stringify(bad), 'k.manifest.json');
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/^manifest k.manifest.json is malformed: /);
      expect(message).toContain('format');
      expect(message).toContain('sha256');
      expect(message).toContain('tables.t.rows');
    }
    expect(() => parseManifest('{not json', 'k.manifest.json')).toThrow(/manifest k.manifest.json is not valid JSON/);
  });
});

describe('sha256 sidecar', () => {
  it('reads sha256sum output, binary-mode marker, bare hex; lower-cases', async () => {
    expect(await readSha256Sidecar(store({ 'a.dump.sha256': `${HEX}  a.dump\n` }), 'a.dump')).toBe(HEX);
    expect(await readSha256Sidecar(store({ 'a.dump.sha256': `${HEX} *a.dump` }), 'a.dump.sha256')).toBe(HEX);
    expect(await readSha256Sidecar(store({ 'a.dump.sha256': HEX.toUpperCase() }), 'a.dump')).toBe(HEX);
    expect(await readSha256Sidecar(store({}), 'a.dump')).toBeUndefined();
  });

  it('picks the line for its backup when several are listed', () => {
    const other = 'f'.repeat(64);
    expect(parseSha256Sidecar(`${other}  b.dump\n${HEX}  /backups/a.dump\n`, 'a.dump.sha256', 'a.dump')).toBe(HEX);
  });

  it('a malformed sidecar is an error naming its key', async () => {
    for (const body of ['', 'abc  a.dump', 'not a checksum at all', `${HEX}0  a.dump`]) {
      await expect(readSha256Sidecar(store({ 'x/a.dump.sha256': body }), 'x/a.dump')).rejects.toThrow(
        /checksum sidecar x\/a.dump.sha256/,
      );
    }
  });

  it('store failures other than not-found propagate', async () => {
    const failing: ReadableStore = {
      ...store({}),
      async readText() {
        throw new StoreError('access denied', 'access-denied');
      },
    };
    await expect(readSha256Sidecar(failing, 'a.dump')).rejects.toMatchObject({ code: 'access-denied' });
  });
});
