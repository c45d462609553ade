import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/demo/sample-database.js';
import { sharedCluster } from '../support/postgres.js';
import { gpgSymmetric, opensslEncrypt } from '../support/encrypt.js';
import { demoBackup, lifeboat, tableCounts, type DemoBackup } from './restore-helpers.js';

const PASSPHRASE = 'correct horse battery staple';
const LEDGER = 'public.inventory_ledger';

let demo: DemoBackup;
let clusterUrl: string;
let ageIdentity: string;
/** One store per encryption, each holding only the encrypted copy of the demo backup. */
const stores: Record<string, string> = {};

beforeAll(async () => {
  demo = await demoBackup('encrypted_src', { ledgerRows: 700 });
  clusterUrl = (await sharedCluster()).url();
  const plain = await readFile(path.join(demo.store, demo.key));
  ageIdentity = await generateX25519Identity();
  const age = new Encrypter();
  age.addRecipient(await identityToRecipient(ageIdentity));
  const encrypted: Record<string, [string, Buffer]> = {
    gpg: ['gpg', gpgSymmetric(plain, PASSPHRASE)],
    openssl: ['enc', opensslEncrypt(plain, PASSPHRASE)],
    age: ['age', Buffer.from(await age.encrypt(new Uint8Array(plain)))],
  };
  for (const [name, [extension, bytes]] of Object.entries(encrypted)) {
    stores[name] = path.join(demo.dir, `store-${name}`);
    await mkdir(stores[name], { recursive: true });
    await writeFile(path.join(stores[name], `${path.basename(demo.key)}.${extension}`), bytes);
  }
}, 120_000);

afterAll(async () => {
  await (await sharedCluster()).stop();
  if (demo) await rm(demo.dir, { recursive: true, force: true });
});

const keyFlags = (name: string) =>
  name === 'age' ? ['--age-identity', ageIdentity] : ['--decryption-passphrase', PASSPHRASE];

describe.each(['gpg', 'openssl', 'age'])('a %s-encrypted backup', (name) => {
  it('restore works with the key and restores every row', async () => {
    const target = await createDatabase(clusterUrl, `restore_enc_${name}`);
    const r = await lifeboat('restore', '--source', stores[name], '--target', target, ...keyFlags(name));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/RESTORED$/m);
    const expected = Object.fromEntries(Object.entries(demo.manifest.tables).map(([t, v]) => [t, v.rows]));
    expect(await tableCounts(target)).toEqual(expected);
    for (const secret of [PASSPHRASE, ageIdentity]) expect(r.stdout + r.stderr).not.toContain(secret);
  });

  it('restore without the key refuses with one line and writes nothing', async () => {
    const target = await createDatabase(clusterUrl, `restore_nokey_${name}`);
    const r = await lifeboat('restore', '--source', stores[name], '--target', target);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^lifeboat restore: .*encrypted.*pass --(decryption-passphrase|age-identity)/);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('lifeboat restore:'))).toHaveLength(1);
    expect(await tableCounts(target)).toEqual({});
  });

  it('extract works with the key from the environment, and refuses without it', async () => {
    const env =
      name === 'age' ? { LIFEBOAT_AGE_IDENTITY: ageIdentity } : { LIFEBOAT_DECRYPTION_PASSPHRASE: PASSPHRASE };
    const withKey = await lifeboat.withEnv(env)('extract', '--source', stores[name], '--table', LEDGER);
    expect(withKey.code, withKey.stderr).toBe(0);
    expect(withKey.stdout.match(/^COPY /gm)).toHaveLength(1);
    expect(withKey.stderr).toContain('Wrote 700 rows');
    const without = await lifeboat('extract', '--source', stores[name], '--table', LEDGER);
    expect(without.code).toBe(2);
    expect(without.stdout).toBe('');
    expect(without.stderr.split('\n').filter((l) => l.startsWith('lifeboat extract:'))).toHaveLength(1);
  });
});
