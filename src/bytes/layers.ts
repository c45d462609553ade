import { pipeline, Readable, type Duplex } from 'node:stream';
import zlib from 'node:zlib';
import type { DetectedFormat, Encryption, Layer } from '../archive/detect-format.js';
import { errorMessage } from '../util/errors.js';
import { addSecret } from '../util/secrets.js';
import { keyInputFor, WRONG_PASSPHRASE, type DecryptionKeys } from './keys.js';
import { OpensslDecrypt } from './openssl-decrypt.js';
import { ageDecrypt, openpgpDecrypt, webStage } from './web-decrypt.js';
import { ZipFirstEntry } from './zip-entry.js';
import { tee } from './sinks.js';

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

const zstd = zlib as unknown as { createZstdDecompress?: () => Duplex };

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

/** Every layer of a detected format, outermost first. */
export function layersOf(format: DetectedFormat): Layer[] {
  return format.layers ?? (format.compression !== 'none' ? [format.compression] : []);
}

/** Makes the one stream that turns a layer's bytes into what it wraps; tests pass one that counts. */
export type DecoderFactory = (layer: Layer, keys: DecryptionKeys) => Duplex;

export const decoderFor: DecoderFactory = (layer, keys) => {
  switch (layer) {
    case 'gzip':
      return zlib.createGunzip();
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
};

function requireKey(layer: Encryption, key: string | undefined): string {
  if (!key) throw new DecodeError({ layer, kind: 'decrypt', message: `no key: set ${keyInputFor(layer)}` });
  addSecret(key);
  return key;
}

export interface Decoded {
  /** What the layers wrap; it ends (never errors) where a layer failed. */
  stream: Readable;
  failure(): DecodeFailure | undefined;
  /** Decoded bytes so far. */
  bytes(): number;
}

/**
 * `source` through the decoders of `layers` (outermost first). A failing layer is remembered and
 * ends the decoded stream early instead of erroring it, so whatever reads it reports what it got
 * (a truncated archive) and the one result settles; `source` flows to its end either way, because
 * every raw byte must reach the hash.
 */
export function decode(
  source: Readable,
  layers: Layer[],
  keys: DecryptionKeys = {},
  decoders: DecoderFactory = decoderFor,
): Decoded {
  let failure: DecodeFailure | undefined;
  let bytes = 0;
  const fail = (layer: Layer, error: unknown) => {
    failure ??= toFailure(layer, error);
  };
  let chain: Duplex | undefined;
  let last: Duplex | undefined;
  try {
    const stages = layers.map((layer) => decoders(layer, keys));
    stages.forEach((stage, i) => stage.on('error', (error) => fail(layers[i], error)));
    // pipeline tears every stage down when one fails; the last one's error ends `settled` below.
    if (stages.length > 1) pipeline(stages, () => undefined);
    chain = stages[0];
    last = stages[stages.length - 1];
  } catch (error) {
    // A layer that cannot even start: what it wraps is an empty stream.
    fail(layers[0], error);
  }
  tee(source, chain ? [chain] : []);
  async function* settled(from: Duplex | undefined) {
    if (!from) return;
    try {
      for await (const chunk of from as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        yield chunk;
      }
    } catch (error) {
      fail(layers[layers.length - 1], error);
    }
  }
  return { stream: Readable.from(settled(last), { objectMode: false }), failure: () => failure, bytes: () => bytes };
}

function toFailure(layer: Layer, error: unknown): DecodeFailure {
  if (error instanceof DecodeError) return error.failure;
  return {
    layer,
    kind: isEncryption(layer) ? 'decrypt' : 'decompress',
    message: cleanMessage(layer, errorMessage(error)),
  };
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

/** The format of an encrypted file once its inside is known: container from inside, layers from both. */
export function combineFormats(outer: DetectedFormat, peeled: Layer[], inner: DetectedFormat): DetectedFormat {
  const prefix = peeled.map((l) => (isEncryption(l) ? `${l}-encrypted` : `${l}-compressed`)).join(' ');
  return {
    container: inner.container,
    compression: outer.compression,
    ...(outer.encryption ? { encryption: outer.encryption } : {}),
    layers: [...peeled, ...layersOf(inner)],
    description: `${prefix} ${inner.description}`,
    ...(inner.entryName ? { entryName: inner.entryName } : {}),
  };
}
