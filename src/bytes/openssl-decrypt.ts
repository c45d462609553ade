import crypto from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { detectFormat } from '../archive/detect-format.js';
import { errorMessage } from '../util/errors.js';

interface OpensslParams {
  cipher: 'aes-256-cbc' | 'aes-128-cbc';
  kdf: 'pbkdf2' | 'evp';
  md: 'sha256' | 'md5' | 'sha1';
  iter?: number;
  label: string;
}

/**
 * `openssl enc` writes only `Salted__` and the salt: the cipher, the key derivation and its digest
 * are not in the file. These are what the tools in use write, most likely first; the right one is
 * the one whose first decrypted bytes are something Lifeboat recognises.
 */
const OPENSSL_CANDIDATES: OpensslParams[] = [
  // kartoza/docker-pg-backup; also plain `openssl enc -aes-256-cbc -pbkdf2`.
  {
    cipher: 'aes-256-cbc',
    kdf: 'pbkdf2',
    md: 'sha256',
    iter: 10_000,
    label: '-aes-256-cbc -pbkdf2 -iter 10000 -md sha256',
  },
  { cipher: 'aes-256-cbc', kdf: 'evp', md: 'sha256', label: '-aes-256-cbc (OpenSSL ≥ 1.1 default key derivation)' },
  { cipher: 'aes-256-cbc', kdf: 'evp', md: 'md5', label: '-aes-256-cbc -md md5 (OpenSSL 1.0 default)' },
  { cipher: 'aes-256-cbc', kdf: 'pbkdf2', md: 'sha256', iter: 100_000, label: '-aes-256-cbc -pbkdf2 -iter 100000' },
  { cipher: 'aes-128-cbc', kdf: 'pbkdf2', md: 'sha256', iter: 10_000, label: '-aes-128-cbc -pbkdf2' },
  { cipher: 'aes-128-cbc', kdf: 'evp', md: 'sha256', label: '-aes-128-cbc' },
];

const OPENSSL_PROBE_BYTES = 4096;

export class OpensslDecrypt extends Transform {
  private pending: Buffer[] = [];
  private pendingLength = 0;
  private decipher: crypto.Decipher | undefined;
  /** The parameters that opened the file, once found. */
  params: OpensslParams | undefined;

  constructor(private readonly passphrase: string) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (this.decipher) {
      this.push(this.decipher.update(chunk));
      return done();
    }
    this.pending.push(chunk);
    this.pendingLength += chunk.length;
    if (this.pendingLength < 16 + OPENSSL_PROBE_BYTES) return done();
    this.start(false).then(() => done(), done);
  }

  override _flush(done: TransformCallback): void {
    const finish = () => {
      try {
        this.push((this.decipher as crypto.Decipher).final());
        done();
      } catch (error) {
        done(new Error(finalError(error)));
      }
    };
    if (this.decipher) return finish();
    this.start(true).then(finish, done);
  }

  private async start(atEnd: boolean): Promise<void> {
    const data = Buffer.concat(this.pending);
    this.pending = [];
    if (data.length < 16 || data.subarray(0, 8).toString('latin1') !== 'Salted__') {
      throw new Error('not an openssl enc file: it does not start with Salted__ and a salt');
    }
    const salt = data.subarray(8, 16);
    const body = data.subarray(16);
    // Whole blocks only: the last block of the file carries the padding and is checked by final().
    const probe = body.subarray(0, Math.max(0, Math.min(OPENSSL_PROBE_BYTES, body.length - (atEnd ? 0 : 16))) & ~15);
    for (const params of OPENSSL_CANDIDATES) {
      const { key, iv } = await deriveOpensslKey(this.passphrase, salt, params);
      if (!looksDecrypted(params, key, iv, probe, atEnd ? body : undefined)) continue;
      this.params = params;
      this.decipher = crypto.createDecipheriv(params.cipher, key, iv);
      this.push(this.decipher.update(body));
      return;
    }
    throw new Error(
      'wrong decryption-passphrase, or the file was not written by openssl enc with AES-CBC ' +
        '(tried -pbkdf2 with sha256 and the legacy key derivation with sha256 and md5)',
    );
  }
}

function looksDecrypted(params: OpensslParams, key: Buffer, iv: Buffer, probe: Buffer, whole?: Buffer): boolean {
  try {
    let plain: Buffer;
    if (whole && whole.length <= OPENSSL_PROBE_BYTES + 16) {
      // A tiny file: the padding check of the whole thing is the best evidence there is.
      const d = crypto.createDecipheriv(params.cipher, key, iv);
      plain = Buffer.concat([d.update(whole), d.final()]);
    } else {
      const d = crypto.createDecipheriv(params.cipher, key, iv);
      d.setAutoPadding(false);
      plain = d.update(probe);
    }
    if (plain.length === 0) return false;
    const inner = detectFormat(plain);
    // Random bytes from a wrong key are "unrecognised binary data"; anything else was meant to be there.
    return !(inner.container === 'unknown' && !inner.layers && inner.description === 'unrecognised binary data');
  } catch {
    return false;
  }
}

function finalError(error: unknown): string {
  const message = errorMessage(error);
  if (/wrong final block length/i.test(message)) return 'the encrypted data ends mid-block: the file is truncated';
  if (/bad decrypt/i.test(message)) return 'the padding of the last block is wrong: the file is truncated or damaged';
  return message;
}

async function deriveOpensslKey(
  passphrase: string,
  salt: Buffer,
  params: OpensslParams,
): Promise<{ key: Buffer; iv: Buffer }> {
  const keyLength = params.cipher === 'aes-256-cbc' ? 32 : 16;
  const pass = Buffer.from(passphrase, 'utf8');
  if (params.kdf === 'pbkdf2') {
    const out = await new Promise<Buffer>((resolve, reject) =>
      crypto.pbkdf2(pass, salt, params.iter ?? 10_000, keyLength + 16, params.md, (e, k) =>
        e ? reject(e) : resolve(k),
      ),
    );
    return { key: out.subarray(0, keyLength), iv: out.subarray(keyLength) };
  }
  // EVP_BytesToKey with one iteration, as `openssl enc` does without -pbkdf2.
  const parts: Buffer[] = [];
  let previous = Buffer.alloc(0);
  let length = 0;
  while (length < keyLength + 16) {
    previous = crypto
      .createHash(params.md)
      .update(Buffer.concat([previous, pass, salt]))
      .digest();
    parts.push(previous);
    length += previous.length;
  }
  const out = Buffer.concat(parts);
  return { key: out.subarray(0, keyLength), iv: out.subarray(keyLength, keyLength + 16) };
}
