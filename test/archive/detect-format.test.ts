import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectFormat, isSidecarKey, sidecarOwner } from '../../src/archive/detect-format.js';

const SQL = [
  '--',
  '-- PostgreSQL database dump',
  '--',
  '',
  'SET statement_timeout = 0;',
  "SET client_encoding = 'UTF8';",
  '',
  'CREATE TABLE public.items (id integer NOT NULL, name text);',
  ...Array.from({ length: 2000 }, (_, i) => `${i}\titem ${i}`),
].join('\n');

/** The start of a pg_dump -Fc archive: magic, archive version 1.16, then header fields. */
function customHead(): Buffer {
  return Buffer.concat([Buffer.from('PGDMP'), Buffer.from([1, 16, 0, 4, 8, 8, 1]), Buffer.alloc(4096, 0x41)]);
}

/** One ustar header block (512 bytes) for `name`, as tar and pg_dump -Ft write it. */
function tarHeader(name: string, size: number): Buffer {
  const block = Buffer.alloc(512, 0);
  block.write(name, 0, 'utf8');
  block.write('0000600\0', 100);
  block.write('0000000\0', 108);
  block.write('0000000\0', 116);
  block.write(size.toString(8).padStart(11, '0') + '\0', 124);
  block.write('00000000000\0', 136);
  block.write('        ', 148);
  block.write('0', 156);
  block.write('ustar\0', 257);
  block.write('00', 263);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  return block;
}

function tarArchive(name: string, content: Buffer): Buffer {
  const padded = Buffer.alloc(Math.ceil(content.length / 512) * 512);
  content.copy(padded);
  return Buffer.concat([tarHeader(name, content.length), padded, Buffer.alloc(1024)]);
}

/** A zip local file header followed by the entry's (stored or deflated) data. */
function zipEntry(name: string, content: Buffer, method: 0 | 8, flags = 0): Buffer {
  const data = method === 8 ? zlib.deflateRawSync(content) : content;
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(flags, 6);
  header.writeUInt16LE(method, 8);
  header.writeUInt32LE(zlib.crc32 ? zlib.crc32(content) : 0, 14);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(content.length, 22);
  header.writeUInt16LE(Buffer.byteLength(name), 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, Buffer.from(name), data]);
}

const head = (b: Buffer) => b.subarray(0, 4096);

describe('detectFormat by magic bytes', () => {
  it('pg_dump custom', () => {
    expect(detectFormat(customHead())).toEqual({
      container: 'custom',
      compression: 'none',
      description: 'pg_dump custom archive',
    });
  });

  it('pg_dump tar: ustar header whose first entry is toc.dat', () => {
    const tar = tarArchive('toc.dat', customHead());
    expect(detectFormat(head(tar))).toMatchObject({
      container: 'tar',
      compression: 'none',
      description: 'pg_dump tar archive',
    });
    const other = detectFormat(head(tarArchive('etc/passwd', Buffer.from('root:x:0:0'))));
    expect(other.container).toBe('unknown');
    expect(other.description).toContain('etc/passwd');
  });

  it('plain SQL in its usual openings', () => {
    expect(detectFormat(Buffer.from(SQL))).toEqual({
      container: 'plain',
      compression: 'none',
      description: 'plain SQL',
    });
    for (const start of [
      'SET x = 1;',
      'CREATE TABLE t (a int);',
      '\\connect app',
      'BEGIN;',
      '\uFEFF\n\n-- dump',
      '\n\n  \r\nSET a = 1;',
    ]) {
      expect(detectFormat(Buffer.from(`${start}\nSELECT 1;\n`)).container, start).toBe('plain');
    }
  });

  it('gzip around plain SQL, custom and tar: looks inside a truncated head', () => {
    const gzSql = zlib.gzipSync(Buffer.from(SQL));
    expect(gzSql.length).toBeGreaterThan(4096);
    expect(detectFormat(head(gzSql))).toMatchObject({
      container: 'plain',
      compression: 'gzip',
      description: 'gzip-compressed plain SQL',
      layers: ['gzip'],
    });
    expect(detectFormat(head(zlib.gzipSync(customHead())))).toMatchObject({
      container: 'custom',
      compression: 'gzip',
      description: 'gzip-compressed pg_dump custom archive',
    });
    expect(detectFormat(head(zlib.gzipSync(tarArchive('toc.dat', customHead()))))).toMatchObject({
      container: 'tar',
      compression: 'gzip',
      description: 'gzip-compressed pg_dump tar archive',
    });
  });

  it('gzip around openssl-encrypted data (kartoza) keeps the layer order', () => {
    const inner = Buffer.concat([Buffer.from('Salted__'), Buffer.alloc(4000, 0x37)]);
    expect(detectFormat(head(zlib.gzipSync(inner)))).toEqual({
      container: 'unknown',
      compression: 'gzip',
      encryption: 'openssl',
      layers: ['gzip', 'openssl'],
      description: 'gzip-compressed openssl-encrypted data (Salted__)',
    });
  });

  it('corrupt gzip is reported as such, not as a backup', () => {
    const detected = detectFormat(Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), Buffer.alloc(4000, 0xff)]));
    expect(detected.container).toBe('unknown');
    expect(detected.compression).toBe('gzip');
    expect(detected.description).toMatch(/cannot be decompressed/);
  });

  it('a gzip bomb in the head does not blow up memory', () => {
    const bomb = zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024));
    const before = process.memoryUsage().rss;
    const detected = detectFormat(bomb.subarray(0, 64 * 1024));
    expect(detected.compression).toBe('gzip');
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('zip (pgbackweb): names the first entry and looks inside stored and deflated entries', () => {
    const deflated = detectFormat(head(zipEntry('dump.sql', Buffer.from(SQL), 8)));
    expect(deflated).toMatchObject({
      container: 'plain',
      compression: 'zip',
      entryName: 'dump.sql',
      description: 'zip-compressed plain SQL (dump.sql)',
    });
    expect(detectFormat(head(zipEntry('backup.dump', customHead(), 0)))).toMatchObject({
      container: 'custom',
      compression: 'zip',
      entryName: 'backup.dump',
    });
    const locked = detectFormat(head(zipEntry('dump.sql', Buffer.from(SQL), 8, 1)));
    expect(locked.container).toBe('unknown');
    expect(locked.description).toContain('password-protected');
  });

  it('zstd, lz4, bzip2 and xz by their magic', () => {
    const cases: Array<[number[], string]> = [
      [[0x28, 0xb5, 0x2f, 0xfd, 0x24, 0x00], 'zstd'],
      [[0x04, 0x22, 0x4d, 0x18, 0x64, 0x40], 'lz4'],
      [[0x42, 0x5a, 0x68, 0x39, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59], 'bzip2'],
      [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0x00, 0x04], 'xz'],
    ];
    for (const [bytes, compression] of cases) {
      const detected = detectFormat(Buffer.concat([Buffer.from(bytes), Buffer.alloc(100, 0x11)]));
      expect(detected.compression, compression).toBe(compression);
      expect(detected.description).toMatch(new RegExp(`^${compression}-compressed`));
      // Nothing to see inside from these bytes: a reader must peel the layer and look again.
      expect(detected).toMatchObject({ layers: [compression], opaque: true });
    }
  });

  it('encrypted: OpenPGP session-key packets, openssl Salted__, age', () => {
    const pad = Buffer.alloc(200, 0x5a);
    const gpgOld = Buffer.concat([Buffer.from([0x8c, 0x0d, 0x04, 0x09, 0x03, 0x08]), pad]);
    const gpgNew = Buffer.concat([Buffer.from([0xc3, 0x2e, 0x06, 0x26, 0x09, 0x02]), pad]);
    const gpgPubkey = Buffer.concat([Buffer.from([0x85, 0x01, 0x0c, 0x03, 0x12]), pad]);
    const gpgPubkeyShort = Buffer.concat([Buffer.from([0x84, 0x5e, 0x03, 0x12]), pad]);
    for (const b of [gpgOld, gpgNew, gpgPubkey, gpgPubkeyShort]) {
      expect(detectFormat(b)).toMatchObject({ container: 'unknown', compression: 'none', encryption: 'gpg' });
    }
    // 0x8c followed by something that is not a session-key packet is not gpg.
    expect(detectFormat(Buffer.concat([Buffer.from([0x8c, 0x0d, 0x77]), pad])).encryption).toBeUndefined();
    expect(detectFormat(Buffer.from('-----BEGIN PGP MESSAGE-----\n\njA0ECQMC')).encryption).toBe('gpg');
    expect(detectFormat(Buffer.concat([Buffer.from('Salted__'), pad]))).toMatchObject({ encryption: 'openssl' });
    expect(detectFormat(Buffer.from('age-encryption.org/v1\n-> scrypt abc 18\n'))).toMatchObject({
      encryption: 'age',
      description: 'age-encrypted data',
    });
  });

  it('recognisable foreign files are unknown with what they are', () => {
    expect(detectFormat(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]))).toEqual({
      container: 'unknown',
      compression: 'none',
      description: 'JPEG image',
    });
    expect(detectFormat(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])).description).toBe(
      'PNG image',
    );
    expect(detectFormat(Buffer.from('%PDF-1.7\n%âãÏÓ')).description).toBe('PDF document');
    expect(detectFormat(Buffer.alloc(0)).description).toBe('empty file');
    expect(detectFormat(Buffer.from('hello, this is a README\n')).container).toBe('unknown');
    expect(detectFormat(Buffer.from([0x00, 0x01, 0x02, 0x03, 0x9f, 0x10])).container).toBe('unknown');
  });
});

const has = (tool: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

describe('detectFormat on what the real tools write', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-detect-'));
    await writeFile(path.join(dir, 'toc.dat'), customHead());
    await writeFile(path.join(dir, 'dump.sql'), SQL);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const run = (cmd: string, args: string[], input?: Buffer) =>
    execFileSync(cmd, args, { cwd: dir, input, maxBuffer: 64 * 1024 * 1024, stdio: ['pipe', 'pipe', 'ignore'] });

  it.skipIf(!has('tar'))('tar -cf with toc.dat first', () => {
    expect(detectFormat(head(run('tar', ['-cf', '-', 'toc.dat', 'dump.sql'])))).toMatchObject({ container: 'tar' });
  });

  it.skipIf(!has('zip'))('zip holding dump.sql', async () => {
    run('zip', ['-q', 'out.zip', 'dump.sql']);
    const zipped = await readFile(path.join(dir, 'out.zip'));
    expect(detectFormat(head(zipped))).toMatchObject({ container: 'plain', compression: 'zip', entryName: 'dump.sql' });
  });

  it.skipIf(!has('gpg'))('gpg --symmetric', () => {
    const encrypted = run('gpg', [
      '--batch',
      '--yes',
      '--homedir',
      dir,
      '--pinentry-mode',
      'loopback',
      '--passphrase',
      'pw',
      '--symmetric',
      '-o',
      '-',
      'toc.dat',
    ]);
    expect(detectFormat(head(encrypted))).toMatchObject({ encryption: 'gpg', container: 'unknown' });
  });

  it.skipIf(!has('openssl'))('openssl enc -salt', () => {
    const encrypted = run('openssl', ['enc', '-aes-256-cbc', '-salt', '-pbkdf2', '-pass', 'pass:pw', '-in', 'toc.dat']);
    expect(detectFormat(head(encrypted))).toMatchObject({ encryption: 'openssl' });
  });

  it.each([
    ['zstd', ['-q', '-c', 'dump.sql'], 'zstd'],
    ['xz', ['-c', 'dump.sql'], 'xz'],
    ['bzip2', ['-c', 'dump.sql'], 'bzip2'],
    ['lz4', ['-q', '-c', 'dump.sql'], 'lz4'],
  ] as const)('%s', (tool, args, compression) => {
    if (!has(tool)) return;
    const detected = detectFormat(head(run(tool, [...args])));
    expect(detected.compression).toBe(compression);
  });
});

describe('sidecars', () => {
  it('recognises .sha256, .manifest.json and .meta.json and their owners', () => {
    expect(isSidecarKey('a/app_2025.dump.sha256')).toBe(true);
    expect(isSidecarKey('app.dump.manifest.json')).toBe(true);
    expect(isSidecarKey('PG_app.18-January-2025-05-00.dmp.gz.meta.json')).toBe(true);
    expect(isSidecarKey('app.dump')).toBe(false);
    expect(isSidecarKey('manifest.json')).toBe(false);
    expect(isSidecarKey('.sha256')).toBe(false);
    expect(sidecarOwner('x/app.dump.manifest.json')).toBe('x/app.dump');
    expect(sidecarOwner('app.dump')).toBeUndefined();
  });
});
