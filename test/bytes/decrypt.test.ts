import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { Encrypter } from 'age-encryption';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, loadSampleDatabase } from '../../src/demo/sample-database.js';
import { describeFailure, decode } from '../../src/bytes/layers.js';
import type { DecryptionKeys } from '../../src/bytes/keys.js';
import { webStage, type WebDecrypt } from '../../src/bytes/web-decrypt.js';
import { runIntegrityPass } from '../../src/bytes/integrity-pass.js';
import type { EphemeralCluster } from '../../src/postgres/ephemeral-cluster.js';
import { silentLogger } from '../../src/util/logger.js';
import { pgRestoreResolver } from '../../src/bytes/pg-restore-sink.js';
import { ageEncrypt, ageKeygen, gpgSymmetric, hasTool, opensslEncrypt } from '../support/encrypt.js';
import { dumpDatabase, sharedCluster } from '../support/postgres.js';

const PASS = 'correct horse battery staple';
const WRONG = 'not the passphrase';
const pgRestore = pgRestoreResolver(undefined);

let cluster: EphemeralCluster;
let dir: string;
let custom: Buffer;
let plain: Buffer;
let age: { identity: string; recipient: string; file: string };
let otherAge: { identity: string; recipient: string; file: string };
const fixtures: Record<string, Buffer> = {};

/** Feeds the bytes in small chunks, as a network read would, so layer boundaries fall mid-chunk. */
function chunked(data: Buffer, size = 7_777): Readable {
  return Readable.from(
    (function* () {
      for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
    })(),
  );
}

async function pass(data: Buffer, decryption?: DecryptionKeys) {
  const result = await runIntegrityPass(chunked(data), { level: 'full', pgRestore, logger: silentLogger, decryption });
  const by = (id: string) => result.checks.find((c) => c.id === id)!;
  return { ...result, archive: by('archive'), content: by('content') };
}

const truncate = (b: Buffer) => b.subarray(0, Math.floor(b.length * 0.6));

beforeAll(async () => {
  cluster = await sharedCluster();
  const url = await createDatabase(cluster.url(), 'decrypt_sample');
  await loadSampleDatabase(url);
  dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-decrypt-'));
  await dumpDatabase(url, 'custom', path.join(dir, 'd.dump'));
  await dumpDatabase(url, 'plain', path.join(dir, 'd.sql'));
  custom = await readFile(path.join(dir, 'd.dump'));
  plain = await readFile(path.join(dir, 'd.sql'));
  fixtures['gpg custom (eeshugerman .dump.gpg)'] = gpgSymmetric(custom, PASS);
  fixtures['gpg armored plain SQL'] = gpgSymmetric(plain, PASS, ['--armor']);
  fixtures['gzip around openssl around custom (kartoza .dmp.gz)'] = gzipSync(opensslEncrypt(custom, PASS));
  fixtures['openssl legacy key derivation around gzip SQL'] = opensslEncrypt(gzipSync(plain), PASS, ['-aes-256-cbc']);
  if (hasTool('age')) {
    age = ageKeygen();
    otherAge = ageKeygen();
    fixtures['age (identity) custom'] = ageEncrypt(custom, age.recipient);
  }
}, 180_000);

afterAll(async () => {
  await cluster?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
  for (const key of [age, otherAge]) if (key) await rm(path.dirname(key.file), { recursive: true, force: true });
});

const keysFor = (name: string, right: boolean): DecryptionKeys =>
  name.startsWith('age')
    ? { ageIdentity: right ? age.identity : otherAge.identity }
    : { passphrase: right ? PASS : WRONG };

describe.each([
  'gpg custom (eeshugerman .dump.gpg)',
  'gpg armored plain SQL',
  'gzip around openssl around custom (kartoza .dmp.gz)',
  'openssl legacy key derivation around gzip SQL',
  'age (identity) custom',
])('%s', (name) => {
  const skip = () => name.startsWith('age') && !age;

  it('without a key: recognised, content skipped, never ok', async () => {
    if (skip()) return;
    const r = await pass(fixtures[name]);
    expect(r.archive.status).toBe('warning');
    expect(r.archive.summary).toMatch(/encrypted \((gpg|openssl|age)\): cannot verify content without a key/);
    expect(r.content.status).toBe('skipped');
    expect(r.content.summary).toMatch(/decryption-passphrase|age-identity/);
  });

  it('with the right key: decrypted in the stream and verified', async () => {
    if (skip()) return;
    const r = await pass(fixtures[name], keysFor(name, true));
    expect(r.archive.status, r.archive.summary).toBe('ok');
    expect(r.content.status, r.content.summary).toBe('ok');
    expect(r.format.description).toMatch(/encrypted/);
    expect(r.format.container).toBe(name.includes('SQL') ? 'plain' : 'custom');
  });

  it('with a wrong key: critical, "decryption failed"', async () => {
    if (skip()) return;
    const r = await pass(fixtures[name], keysFor(name, false));
    expect(r.archive.status).toBe('critical');
    expect(r.archive.summary).toMatch(/decryption failed/);
    expect(r.content.status).not.toBe('ok');
  });

  it('truncated, with the right key: critical', async () => {
    if (skip()) return;
    const r = await pass(truncate(fixtures[name]), keysFor(name, true));
    expect([r.archive.status, r.content.status]).toContain('critical');
    expect(r.content.status).not.toBe('ok');
  });
});

describe('age with a passphrase (scrypt recipient)', () => {
  it('opens with decryption-passphrase, fails with a wrong one', async () => {
    const e = new Encrypter();
    e.setPassphrase(PASS);
    e.setScryptWorkFactor(10);
    const encrypted = Buffer.from(await e.encrypt(new Uint8Array(custom)));
    expect((await pass(encrypted, { passphrase: PASS })).content.status).toBe('ok');
    const wrong = await pass(encrypted, { passphrase: WRONG });
    expect(wrong.archive).toMatchObject({ status: 'critical' });
    expect(wrong.archive.summary).toMatch(/decryption failed/);
  });
});

describe('the local copy (for the drill: the bare archive, every layer peeled)', () => {
  it('peels gzip → openssl and yields the exact pg_dump archive', async () => {
    const copyTo = path.join(dir, 'copy.dump');
    const result = await runIntegrityPass(chunked(fixtures['gzip around openssl around custom (kartoza .dmp.gz)']), {
      level: 'archive',
      pgRestore,
      logger: silentLogger,
      decryption: { passphrase: PASS },
      copyTo,
    });
    expect(result.format).toMatchObject({ container: 'custom', layers: ['gzip', 'openssl'] });
    expect((await readFile(copyTo)).equals(custom)).toBe(true);
  });

  it('refuses an encrypted stream without a key, naming the input', async () => {
    const decoded = decode(chunked(fixtures['gpg custom (eeshugerman .dump.gpg)']), ['gpg']);
    for await (const chunk of decoded.stream) expect(chunk).toBeUndefined();
    expect(describeFailure(decoded.failure()!)).toMatch(/decryption failed \(gpg\).*decryption-passphrase/);
  });
});

describe('a decrypter that stops without an end or an error (openpgp, wrong passphrase, now and then)', () => {
  it('fails the stage once it has read the whole file and gone quiet, instead of hanging the pass', async () => {
    let read = 0;
    const stalled: WebDecrypt = async (input) => {
      void (async () => {
        for await (const chunk of input as unknown as AsyncIterable<Uint8Array>) read += chunk.length;
      })();
      return new ReadableStream<Uint8Array>() as unknown as Awaited<ReturnType<WebDecrypt>>;
    };
    const stage = webStage(stalled, 300);
    const failed = new Promise<Error>((resolve) => stage.once('error', resolve));
    stage.resume();
    stage.end(Buffer.alloc(50_000, 1));
    const t0 = Date.now();
    const error = await failed;
    expect(read).toBe(50_000);
    expect(error.message).toMatch(/^decryption failed: the decrypter stopped/);
    expect(Date.now() - t0).toBeLessThan(5_000);
  });

  it('leaves a decrypter alone while its output waits for a slow reader', async () => {
    const slowReader: WebDecrypt = async (input) => input;
    const stage = webStage(slowReader, 300);
    let error: Error | undefined;
    stage.once('error', (e) => (error = e));
    stage.end(Buffer.alloc(200_000, 2));
    await new Promise((r) => setTimeout(r, 1_000));
    expect(error).toBeUndefined();
    let got = 0;
    for await (const chunk of stage) got += (chunk as Buffer).length;
    expect(got).toBe(200_000);
  });
});
