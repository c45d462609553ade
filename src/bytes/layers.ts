import { pipeline, Readable, type Duplex } from 'node:stream';
import zlib from 'node:zlib';
import { codecsFor, hasNativeZstd, type Codecs } from '../archive/codecs.js';
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

/**
 * Loads the decoders Node's zlib lacks for these layers (the ones the archive reader uses for data
 * blocks: fzstd, lz4-asm), once, before anything decides whether a layer can be peeled.
 */
export async function codecsForLayers(layers: Layer[]): Promise<Codecs> {
  const loaded = await Promise.all(layers.map((layer) => codecsFor(layer)));
  return Object.assign({}, ...loaded) as Codecs;
}

/**
 * Why a layer cannot be peeled with these decoders, or undefined when it can: the one place that
 * says so, and what it says a report shows as "not proven".
 */
export function unsupportedLayer(layer: Layer, codecs: Codecs = {}): string | undefined {
  switch (layer) {
    case 'gzip':
    case 'zip':
    case 'gpg':
    case 'openssl':
    case 'age':
    case 'databasus':
      return undefined;
    case 'zstd':
      return hasNativeZstd() || codecs.zstd ? undefined : 'no zstd decoder could be loaded (fzstd)';
    case 'lz4':
      return codecs.lz4 ? undefined : 'no lz4 decoder could be loaded (lz4-asm)';
    default:
      return `${layer} decompression is not supported yet`;
  }
}

/** Every layer of a detected format, outermost first. */
export function layersOf(format: DetectedFormat): Layer[] {
  return format.layers ?? (format.compression !== 'none' ? [format.compression] : []);
}

/**
 * Makes the one stream that turns a layer's bytes into what it wraps, with `codecs` from
 * codecsForLayers; tests pass one that counts.
 */
export type DecoderFactory = (layer: Layer, keys: DecryptionKeys, codecs: Codecs) => Duplex;

export const decoderFor: DecoderFactory = (layer, keys, codecs) => {
  const unsupported = unsupportedLayer(layer, codecs);
  if (unsupported) throw new DecodeError({ layer, kind: 'decompress', message: unsupported });
  switch (layer) {
    case 'gzip':
      return zlib.createGunzip();
    case 'zstd':
      return zstd.createZstdDecompress?.() ?? codecs.zstd!();
    case 'lz4':
      return codecs.lz4!();
    case 'zip':
      return new ZipFirstEntry();
    case 'openssl':
      return new OpensslDecrypt(requireKey(layer, keys.passphrase));
    case 'gpg':
      return webStage(openpgpDecrypt(requireKey(layer, keys.passphrase)));
    case 'age':
      return webStage(ageDecrypt(keys));
    default:
      // Databasus' own stream opens only inside Databasus (hasKeyFor never lets it get here).
      throw new DecodeError({ layer, kind: isEncryption(layer) ? 'decrypt' : 'decompress', message: 'no decoder' });
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
  {
    keys = {},
    decoders = decoderFor,
    codecs = {},
  }: { keys?: DecryptionKeys; decoders?: DecoderFactory; codecs?: Codecs } = {},
): Decoded {
  let failure: DecodeFailure | undefined;
  let bytes = 0;
  const fail = (layer: Layer, error: unknown) => {
    failure ??= toFailure(layer, error);
  };
  let chain: Duplex | undefined;
  let last: Duplex | undefined;
  try {
    const stages = layers.map((layer) => decoders(layer, keys, codecs));
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

/**
 * The format of a peeled file (encrypted, or a layer the head could not see into) once its inside is
 * known: container from inside, layers from both.
 */
export function combineFormats(outer: DetectedFormat, peeled: Layer[], inner: DetectedFormat): DetectedFormat {
  const prefix = peeled.map((l) => (isEncryption(l) ? `${l}-encrypted` : `${l}-compressed`)).join(' ');
  const encryption = outer.encryption ?? inner.encryption;
  return {
    container: inner.container,
    compression: outer.compression,
    ...(encryption ? { encryption } : {}),
    layers: [...peeled, ...layersOf(inner)],
    description: `${prefix} ${inner.description}`,
    ...(inner.entryName ? { entryName: inner.entryName } : {}),
    ...(inner.directory ? { directory: true } : {}),
  };
}
