import crypto from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Duplex, PassThrough, Readable, Transform, type TransformCallback, type Writable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import zlib from 'node:zlib';
import {
  DETECT_HEAD_BYTES,
  detectFormat,
  type DetectedFormat,
  type Encryption,
  type Layer,
} from '../discovery/detect-format.js';
import { addSecret } from '../util/secrets.js';
import { gpgQuickCheck } from './gpg-quick-check.js';
import { errorMessage } from '../util/errors.js';

/** How every decrypter words a key that does not open the file. */
export const WRONG_PASSPHRASE = 'wrong passphrase';

/** Keys from the `decryption-passphrase` / `age-identity` inputs; both are secrets. */
export interface DecryptionKeys {
  /** gpg --symmetric, openssl enc, and age files encrypted with a passphrase. */
  passphrase?: string;
  /** age identities (`AGE-SECRET-KEY-1…` lines, as in an identity file), or a path to such a file. */
  ageIdentity?: string;
}

export interface DecodeFailure {
  layer: Layer;
  kind: 'decrypt' | 'decompress';
  message: string;
}

/** A layer that could not be peeled; `message` is one line a person can act on. */
export class DecodeError extends Error {
  constructor(readonly failure: DecodeFailure) {
    super(describeFailure(failure));
    this.name = 'DecodeError';
  }
}

export function isEncryption(layer: Layer): layer is Encryption {
  return layer === 'gpg' || layer === 'openssl' || layer === 'age' || layer === 'databasus';
}

/** "decryption failed (gpg): …" / "gzip stream is damaged: …": the wording reports and tests rely on. */
export function describeFailure(failure: DecodeFailure): string {
  return failure.kind === 'decrypt'
    ? `decryption failed (${failure.layer}): ${failure.message}`
    : `${failure.layer} stream is damaged: ${failure.message}`;
}

const KEY_INPUT: Record<Encryption, string> = {
  gpg: 'decryption-passphrase',
  openssl: 'decryption-passphrase',
  age: 'age-identity (or decryption-passphrase for passphrase-encrypted age files)',
  databasus: '',
};

/** What to do so that Lifeboat can read this encrypted backup, as the end of a report sentence. */
export function encryptionRemedy(encryption: Encryption): string {
  // Its key derives from the Databasus master key and the backup's id, which Lifeboat never has.
  if (encryption === 'databasus') {
    return "Databasus' own encryption opens only inside Databasus (turn it off there to let Lifeboat read the backups)";
  }
  return `set ${keyInputFor(encryption)} to verify it`;
}

/** Which input would open this kind of encryption, for "set … to verify the content" messages. */
export function keyInputFor(encryption: Encryption): string {
  return KEY_INPUT[encryption];
}

export function hasKeyFor(encryption: Encryption, keys: DecryptionKeys | undefined): boolean {
  if (encryption === 'databasus') return false;
  if (encryption === 'age') return Boolean(keys?.ageIdentity || keys?.passphrase);
  return Boolean(keys?.passphrase);
}

const zstd = zlib as unknown as { createZstdDecompress?: () => Transform };

/** Why a layer cannot be peeled in this runtime, or undefined when it can. */
export function unsupportedLayer(layer: Layer): string | undefined {
  switch (layer) {
    case 'gzip':
    case 'zip':
    case 'gpg':
    case 'openssl':
    case 'age':
    case 'databasus':
      return undefined;
    case 'zstd':
      return zstd.createZstdDecompress ? undefined : 'zstd decompression needs Node 22.15 or newer';
    default:
      return `${layer} decompression is not supported yet`;
  }
}

/** One stream that turns a layer's bytes into what it wraps. Errors are DecodeErrors. */
export function layerStage(layer: Layer, keys: DecryptionKeys = {}): Duplex {
  switch (layer) {
    case 'gzip':
      return createGunzipAll();
    case 'zstd': {
      if (!zstd.createZstdDecompress) throw new DecodeError({ layer, kind: 'decompress', message: 'not supported' });
      return zstd.createZstdDecompress();
    }
    case 'zip':
      return new ZipFirstEntry();
    case 'openssl':
      return new OpensslDecrypt(requireKey(layer, keys.passphrase));
    case 'gpg':
      return webStage(openpgpDecrypt(requireKey(layer, keys.passphrase)));
    case 'age':
      return webStage(ageDecrypt(keys));
    default:
      throw new DecodeError({ layer, kind: 'decompress', message: `${layer} decompression is not supported yet` });
  }
}

function createGunzipAll(): Duplex {
  return zlib.createGunzip();
}

function requireKey(layer: Encryption, key: string | undefined): string {
  if (!key) throw new DecodeError({ layer, kind: 'decrypt', message: `no key: set ${keyInputFor(layer)}` });
  addSecret(key);
  return key;
}

/**
 * Pipes `layers` (outermost first) into `target`. A failing layer is remembered, every stage is torn
 * down and `target` is ended, so the consumers behind it report what they got instead of waiting.
 */
export function decodeChain(
  layers: Layer[],
  target: Writable,
  keys: DecryptionKeys = {},
): { input: Writable; failure: () => DecodeFailure | undefined } {
  if (layers.length === 0) return { input: target, failure: () => undefined };
  let failure: DecodeFailure | undefined;
  let stages: Duplex[];
  try {
    stages = layers.map((layer) => layerStage(layer, keys));
  } catch (error) {
    // A layer that cannot even start: the consumers see an empty stream.
    failure = toFailure(layers[0], error);
    const sink = new PassThrough();
    sink.resume();
    if (!target.writableEnded) target.end();
    return { input: sink, failure: () => failure };
  }
  const fail = (layer: Layer, error: unknown) => {
    if (failure) return;
    failure = toFailure(layer, error);
    for (const stage of stages) {
      stage.unpipe();
      stage.destroy();
    }
    if (!target.writableEnded && !target.destroyed) target.end();
  };
  stages.forEach((stage, i) => {
    stage.on('error', (error) => fail(layers[i], error));
    stage.pipe(stages[i + 1] ?? target);
  });
  return { input: stages[0], failure: () => failure };
}

function toFailure(layer: Layer, error: unknown): DecodeFailure {
  if (error instanceof DecodeError) return error.failure;
  const message = errorMessage(error);
  return { layer, kind: isEncryption(layer) ? 'decrypt' : 'decompress', message: cleanMessage(layer, message) };
}

function cleanMessage(layer: Layer, message: string): string {
  if (message.startsWith(WRONG_PASSPHRASE)) return message;
  if (layer === 'gpg') {
    if (/session key decryption failed|modification detected|decryption failed|password/i.test(message)) {
      return `wrong decryption-passphrase, or the file is damaged (${message.replace(/^Error decrypting message: /, '')})`;
    }
    return message.replace(/^Error decrypting message: /, '');
  }
  if (layer === 'age' && /no identity matched/i.test(message)) {
    return `wrong age-identity or decryption-passphrase (${message})`;
  }
  return message;
}

/**
 * A stream with every layer peeled, for a restore that needs the bare archive (the drill): detects
 * the format from the first bytes, peels the layers it sees, and after a decryption looks again at
 * what came out (an encrypted file hides its inner layers until it is decrypted). Rejects with a
 * DecodeError when a layer is unsupported or no key was given; later failures are stream errors.
 */
export async function openDecoded(
  source: Readable,
  keys: DecryptionKeys = {},
  depth = 0,
): Promise<{ format: DetectedFormat; stream: Readable }> {
  const { head, stream } = await peek(source, DETECT_HEAD_BYTES);
  const format = detectFormat(head);
  const layers = format.layers ?? (format.compression !== 'none' ? [format.compression] : []);
  if (layers.length === 0 || depth > 4) return { format, stream };
  const encryptionAt = layers.findIndex(isEncryption);
  const peel = encryptionAt === -1 ? layers : layers.slice(0, encryptionAt + 1);
  for (const layer of peel) {
    const why = unsupportedLayer(layer);
    if (why) throw new DecodeError({ layer, kind: 'decompress', message: why });
    if (isEncryption(layer) && !hasKeyFor(layer, keys)) {
      throw new DecodeError({ layer, kind: 'decrypt', message: `encrypted: ${encryptionRemedy(layer)}` });
    }
  }
  let out: Readable = stream;
  for (const layer of peel) {
    const stage = layerStage(layer, keys);
    const from = out;
    from.on('error', (error) => stage.destroy(error));
    stage.on('error', () => from.unpipe(stage));
    out = from.pipe(stage);
  }
  const wrapped = out;
  const failures = new PassThrough();
  wrapped.on('error', (error) => failures.destroy(new DecodeError(toFailure(peel[peel.length - 1], error))));
  wrapped.pipe(failures);
  if (encryptionAt === -1) return { format, stream: failures };
  const inner = await openDecoded(failures, keys, depth + 1);
  return { format: combineFormats(format, peel, inner.format), stream: inner.stream };
}

/** The format of an encrypted file once its inside is known: container from inside, layers from both. */
export function combineFormats(outer: DetectedFormat, peeled: Layer[], inner: DetectedFormat): DetectedFormat {
  const innerLayers = inner.layers ?? (inner.compression !== 'none' ? [inner.compression] : []);
  const prefix = peeled.map((l) => (isEncryption(l) ? `${l}-encrypted` : `${l}-compressed`)).join(' ');
  return {
    container: inner.container,
    compression: outer.compression,
    ...(outer.encryption ? { encryption: outer.encryption } : {}),
    layers: [...peeled, ...innerLayers],
    description: `${prefix} ${inner.description}`,
    ...(inner.entryName ? { entryName: inner.entryName } : {}),
  };
}

/** The first `bytes` bytes (fewer at the end of the stream) and a stream that still yields all of them. */
async function peek(source: Readable, bytes: number): Promise<{ head: Buffer; stream: Readable }> {
  const iterator = (source as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    chunks.push(chunk);
    length += chunk.length;
  }
  const head = Buffer.concat(chunks);
  async function* rest() {
    if (head.length) yield head;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { head: head.subarray(0, bytes), stream: Readable.from(rest(), { objectMode: false }) };
}

// ---------------------------------------------------------------------------------------------
// zip: the first entry, streamed

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
/** The end record, its comment (≤ 64 KiB) and a one-entry central directory fit in this. */
const ZIP_TAIL_BYTES = 66_000 + 1024;
const ZIP32_UNKNOWN = 0xffffffff;

/**
 * Streams the first entry of a zip archive (pgbackweb's `dump.sql`) without the central directory,
 * which sits at the end: the local header says where the data starts and how it is compressed.
 * A deflate entry ends where its deflate stream ends, so entries written with a data descriptor
 * (sizes unknown up front, as Go's archive/zip writes them) stream too. The entry's CRC-32 is
 * checked at the end, from the local header or, for a data descriptor, from the central directory
 * in the file's last bytes: a zip whose entry fails its CRC is damaged, whatever the inflater said.
 */
export class ZipFirstEntry extends Transform {
  private header: Buffer | undefined = Buffer.alloc(0);
  private inflate: zlib.InflateRaw | undefined;
  private storedLeft: number | undefined;
  private finished = false;
  private flags = 0;
  private localCrc = 0;
  private localSize = 0;
  private crc = 0;
  private size = 0;
  private tail: Buffer = Buffer.alloc(0);
  private bytesIn = 0;
  /** The first entry's name, once the local header was read. */
  entryName: string | undefined;

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.keepTail(chunk);
    if (this.finished) return done();
    if (this.header) {
      this.header = Buffer.concat([this.header, chunk]);
      if (this.header.length < 30) return done();
      if (this.header.readUInt32LE(0) !== LOCAL_HEADER) return done(new Error('not a zip local file header'));
      const nameLength = this.header.readUInt16LE(26);
      const extraLength = this.header.readUInt16LE(28);
      const dataStart = 30 + nameLength + extraLength;
      if (this.header.length < dataStart) return done();
      const flags = this.header.readUInt16LE(6);
      const method = this.header.readUInt16LE(8);
      const compressedSize = this.header.readUInt32LE(18);
      this.flags = flags;
      this.localCrc = this.header.readUInt32LE(14);
      this.localSize = this.header.readUInt32LE(22);
      this.entryName = this.header.subarray(30, 30 + nameLength).toString('utf8');
      const rest = this.header.subarray(dataStart);
      this.header = undefined;
      if (flags & 0x1) return done(new Error(`zip entry ${this.entryName} is password-protected`));
      if (method === 8) {
        this.inflate = zlib.createInflateRaw();
        this.inflate.on('data', (data: Buffer) => this.output(data));
        this.inflate.on('error', (error) => this.destroy(error));
        this.inflate.on('end', () => {
          this.finished = true;
        });
      } else if (method === 0) {
        if (flags & 0x8 && compressedSize === 0) {
          return done(new Error(`zip entry ${this.entryName} is stored with a data descriptor: its size is unknown`));
        }
        this.storedLeft = compressedSize;
      } else {
        return done(
          new Error(
            `zip entry ${this.entryName} uses compression method ${method}; only deflate and stored are supported`,
          ),
        );
      }
      chunk = rest;
    }
    this.feed(chunk, done);
  }

  private keepTail(chunk: Buffer): void {
    this.bytesIn += chunk.length;
    this.tail =
      chunk.length >= ZIP_TAIL_BYTES
        ? chunk.subarray(chunk.length - ZIP_TAIL_BYTES)
        : Buffer.concat([this.tail.subarray(Math.max(0, this.tail.length + chunk.length - ZIP_TAIL_BYTES)), chunk]);
  }

  private output(data: Buffer): void {
    this.crc = zlib.crc32(data, this.crc);
    this.size += data.length;
    this.push(data);
  }

  private feed(chunk: Buffer, done: TransformCallback): void {
    if (chunk.length === 0) return done();
    if (this.storedLeft !== undefined) {
      const take = chunk.subarray(0, this.storedLeft);
      this.storedLeft -= take.length;
      if (this.storedLeft === 0) this.finished = true;
      if (take.length) this.output(take);
      return done();
    }
    const inflate = this.inflate as zlib.InflateRaw;
    // Backpressure from the inflater: wait for it to take the chunk before asking for more.
    if (inflate.write(chunk)) done();
    else inflate.once('drain', () => done());
  }

  override _flush(done: TransformCallback): void {
    if (this.header) return done(new Error('zip archive ends inside its first local header'));
    if (this.storedLeft !== undefined) {
      return done(this.storedLeft > 0 ? new Error(`zip entry ${this.entryName} is truncated`) : this.crcError());
    }
    const inflate = this.inflate as zlib.InflateRaw;
    if (this.finished) return done(this.crcError());
    inflate.once('end', () => done(this.crcError()));
    inflate.once('error', (error) => done(new Error(`zip entry ${this.entryName}: ${error.message}`)));
    inflate.end();
  }

  /** Undefined when the entry's CRC-32 and size match what the zip says; else what is wrong. */
  private crcError(): Error | undefined {
    const expected = this.flags & 0x8 ? this.centralRecord() : { crc: this.localCrc, size: this.localSize };
    if (expected instanceof Error) return expected;
    const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
    if (expected.crc >>> 0 !== this.crc >>> 0) {
      return new Error(
        `zip entry ${this.entryName} fails its CRC-32 check (the data gives ${hex(this.crc)}, the zip says ${hex(expected.crc)}): the file is damaged`,
      );
    }
    if (expected.size !== ZIP32_UNKNOWN && expected.size !== this.size % 2 ** 32) {
      return new Error(
        `zip entry ${this.entryName} holds ${this.size} bytes, the zip says ${expected.size}: the file is damaged`,
      );
    }
    return undefined;
  }

  /** The first entry's CRC and size from the central directory, found through the end record in the tail. */
  private centralRecord(): { crc: number; size: number } | Error {
    const tail = this.tail;
    const truncated = new Error(
      `zip archive ends before its central directory: the file is truncated (the CRC-32 of ${this.entryName} cannot be checked)`,
    );
    let end = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === END_OF_CENTRAL) {
        end = i;
        break;
      }
    }
    if (end < 0) return truncated;
    // Scan the central directory for the entry at offset 0; zip64 end records sit between, so walk
    // backwards from the end record to the first central header that starts a plausible chain.
    const tailStart = this.bytesIn - tail.length;
    const cdOffset = tail.readUInt32LE(end + 16);
    let at = cdOffset !== ZIP32_UNKNOWN ? cdOffset - tailStart : tail.indexOf(CENTRAL_SIGNATURE);
    if (at < 0 || at >= end) return truncated;
    while (at + 46 <= end && tail.readUInt32LE(at) === CENTRAL_HEADER) {
      const nameLength = tail.readUInt16LE(at + 28);
      const next = at + 46 + nameLength + tail.readUInt16LE(at + 30) + tail.readUInt16LE(at + 32);
      const localOffset = tail.readUInt32LE(at + 42);
      if (localOffset === 0 || tail.subarray(at + 46, at + 46 + nameLength).toString('utf8') === this.entryName) {
        return { crc: tail.readUInt32LE(at + 16), size: tail.readUInt32LE(at + 24) };
      }
      at = next;
    }
    return new Error(`zip archive's central directory does not list ${this.entryName}: the file is damaged`);
  }
}

const CENTRAL_SIGNATURE = Buffer.from([0x50, 0x4b, 0x01, 0x02]);

// ---------------------------------------------------------------------------------------------
// openssl enc

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

// ---------------------------------------------------------------------------------------------
// gpg and age: libraries that speak web streams

export type WebDecrypt = (input: WebReadableStream<Uint8Array>) => Promise<WebReadableStream<Uint8Array>>;

/**
 * How long a decrypter may sit on bytes it was given without taking more, ending, failing or
 * giving output, while nothing downstream holds it back. openpgp, given a damaged file or a wrong
 * key it cannot tell from a right one, sometimes does exactly that; the pass would wait forever.
 */
export const DECRYPT_STALL_MS = 30_000;

/** A Node duplex around a web-stream decrypter; errors from either side destroy it. */
export function webStage(decrypt: WebDecrypt, stallMs = DECRYPT_STALL_MS): Duplex {
  let lastActivity = Date.now();
  // Counts as activity whenever the decrypter pulls bytes (a transform runs only when read from).
  const input = new Transform({
    transform(chunk: Buffer, _enc, done) {
      lastActivity = Date.now();
      done(null, chunk);
    },
  });
  const output = new PassThrough();
  const stage = Duplex.from({ writable: input, readable: output });
  const webInput = Readable.toWeb(input) as unknown as WebReadableStream<Uint8Array>;
  let inputEnded = false;
  input.once('finish', () => {
    inputEnded = true;
    lastActivity = Date.now();
  });
  // Stalled: bytes are waiting for the decrypter (or it has them all), it takes none and gives
  // none, and its output is not waiting for a slow reader. A slow upstream is not a stall.
  const watch = setInterval(
    () => {
      const waitingOnDecrypter = inputEnded || input.writableLength > 0 || input.readableLength > 0;
      const idle = output.readableLength === 0 && Date.now() - lastActivity >= stallMs;
      if (waitingOnDecrypter && idle && !output.writableEnded) {
        stage.destroy(
          new Error(
            `decryption failed: the decrypter stopped ${inputEnded ? 'after reading the whole file' : 'taking input'} without an end or an error`,
          ),
        );
      }
    },
    Math.min(1000, stallMs / 4),
  );
  // Deliberately not unref'd: the watch is what keeps a silent decrypter from ending the process
  // with an unsettled result (exit 13, no report); it stops once the stage ends either way.
  const stop = () => clearInterval(watch);
  output.once('end', stop);
  output.once('close', stop);
  stage.once('close', stop);
  stage.once('error', stop);
  decrypt(webInput).then(
    (webOutput) => {
      const plain = Readable.fromWeb(webOutput);
      plain.on('data', () => {
        lastActivity = Date.now();
      });
      plain.on('error', (error) => stage.destroy(error));
      plain.pipe(output);
    },
    (error: unknown) => stage.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return stage;
}

function openpgpDecrypt(passphrase: string): WebDecrypt {
  return async (input) => {
    const openpgp = await import('openpgp');
    const [probe, rest] = input.tee();
    const reader = probe.getReader();
    const first = await reader.read();
    // Cancelled through its reader (the branch is locked): otherwise tee() keeps every chunk for it.
    void reader.cancel().catch(() => undefined);
    const armored = first.value
      ? Buffer.from(first.value.subarray(0, 27)).toString('latin1').startsWith('-----BEGIN PGP')
      : false;
    if (first.value && !armored && gpgQuickCheck(Buffer.from(first.value), passphrase) === 'wrong') {
      throw new Error(`${WRONG_PASSPHRASE}: decryption-passphrase does not open this file (gpg's quick check fails)`);
    }
    const message = armored
      ? await openpgp.readMessage({ armoredMessage: rest.pipeThrough(new TextDecoderStream()) as never })
      : await openpgp.readMessage({ binaryMessage: rest as never });
    const { data } = await openpgp.decrypt({
      message,
      passwords: [passphrase],
      format: 'binary',
      // Without this openpgp buffers the whole plaintext until the integrity tag at the end is
      // checked; a damaged tag still fails the stream at the end, which is when the verdict is made.
      config: { allowUnauthenticatedStream: true },
    });
    return data as unknown as WebReadableStream<Uint8Array>;
  };
}

function ageDecrypt(keys: DecryptionKeys): WebDecrypt {
  return async (input) => {
    const age = await import('age-encryption');
    const decrypter = new age.Decrypter();
    const identities = ageIdentities(keys.ageIdentity);
    for (const identity of identities) decrypter.addIdentity(identity);
    if (keys.passphrase) {
      addSecret(keys.passphrase);
      decrypter.addPassphrase(keys.passphrase);
    }
    if (identities.length === 0 && !keys.passphrase) throw new Error(`no key: set ${keyInputFor('age')}`);
    const out = await decrypter.decrypt(input as unknown as ReadableStream<Uint8Array>);
    return out as unknown as WebReadableStream<Uint8Array>;
  };
}

/** `AGE-SECRET-KEY-…` lines from the input, or from the file it names. */
export function ageIdentities(value: string | undefined): string[] {
  if (!value) return [];
  let text = value;
  if (!/AGE-SECRET-KEY-/i.test(value)) {
    try {
      text = readFileSync(value.trim(), 'utf8');
    } catch {
      throw new Error('age-identity holds no AGE-SECRET-KEY-… line and names no readable identity file');
    }
  }
  const keys = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => /^AGE-SECRET-KEY-/i.test(l));
  for (const k of keys) addSecret(k);
  return keys;
}
