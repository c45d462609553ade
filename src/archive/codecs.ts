// Decoders for the codecs Node's zlib lacks: zstd before Node 22.15 (fzstd, pure JS) and lz4 on every
// Node (lz4-asm: the reference liblz4 frame decoder compiled to asm.js, so it rejects what pg_restore
// rejects). Both are plain JavaScript, so ncc bundles them without native or .wasm files. They are
// wrapped as Transform streams that behave like zlib's (write/end/destroy, 'data'/'error'/'end'),
// which is all BlockProcessor expects of a codec.
import { Transform, type TransformCallback } from 'node:stream';
import * as zlib from 'node:zlib';
import { Decompress } from 'fzstd';
import { errorMessage } from '../util/errors.js';

/** The message BlockProcessor treats as "the input stopped early", as zlib words it. */
export const END_OF_INPUT = 'unexpected end of file';

export interface Codecs {
  /** zstd without Node's zlib (Node < 22.15). */
  zstd?: () => Transform;
  lz4?: () => Transform;
}

/** Who decodes each codec here, for reports. */
export function codecLabel(compression: 'zstd' | 'lz4'): string {
  if (compression === 'zstd') return hasNativeZstd() ? "Node's zlib" : 'fzstd';
  return 'liblz4 (lz4-asm)';
}

export function hasNativeZstd(): boolean {
  return typeof (zlib as Record<string, unknown>).createZstdDecompress === 'function';
}

const message = (e: unknown, codec: string): string => {
  const text = errorMessage(e);
  return /unexpected EOF/i.test(text) ? END_OF_INPUT : `${codec}: ${text}`;
};

/** fzstd hands out views of its window buffer, which it overwrites later: each piece is copied. */
class ZstdDecoder extends Transform {
  private readonly d = new Decompress((chunk) => {
    if (chunk.length) this.push(Buffer.from(chunk));
  });

  override _transform(chunk: Buffer, _enc: BufferEncoding, callback: TransformCallback): void {
    try {
      // fzstd keeps unconsumed input by reference, and the caller reuses its buffers: a copy.
      this.d.push(new Uint8Array(chunk));
      callback();
    } catch (e) {
      callback(new Error(message(e, 'zstd')));
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      this.d.push(new Uint8Array(0), true);
      callback();
    } catch (e) {
      callback(new Error(message(e, 'zstd')));
    }
  }
}

interface Lz4Module {
  lz4js: { createDecompressStream(): Transform };
}

/**
 * liblz4 reports a frame cut short only through a return value the asm.js glue does not pass on, so
 * the end mark (four zero bytes, then the content checksum when the frame descriptor asks for one) is
 * checked here: without it the frame was cut short.
 */
class Lz4Decoder extends Transform {
  private readonly inner: Transform;
  private head: number[] = [];
  private tail = Buffer.alloc(0);

  constructor(lz4: Lz4Module) {
    super();
    this.inner = lz4.lz4js.createDecompressStream();
    this.inner.on('data', (b: Buffer) => this.push(Buffer.from(b)));
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, callback: TransformCallback): void {
    for (let i = 0; i < chunk.length && this.head.length < 5; i++) this.head.push(chunk[i]);
    this.tail = Buffer.concat([this.tail, chunk.subarray(Math.max(0, chunk.length - 8))]).subarray(-8);
    const own = Buffer.from(chunk);
    this.pass(() => this.inner.write(own), callback);
  }

  override _flush(callback: TransformCallback): void {
    this.pass(
      () => this.inner.end(),
      (error) => {
        if (error) return callback(error);
        const checksum = this.head.length === 5 && (this.head[4] & 0x04) !== 0;
        const mark = checksum ? this.tail.subarray(0, 4) : this.tail.subarray(4);
        if (this.tail.length < 8 || mark.readUInt32LE(0) !== 0) return callback(new Error(END_OF_INPUT));
        callback();
      },
    );
  }

  /** The inner stream decodes synchronously inside write/end; its error, if any, fires by then. */
  private pass(step: () => void, callback: TransformCallback): void {
    let failure: Error | undefined;
    const onError = (e: Error) => {
      failure ??= new Error(`lz4: ${e.message}`);
    };
    this.inner.on('error', onError);
    try {
      step();
    } catch (e) {
      onError(e instanceof Error ? e : new Error(String(e)));
    }
    setImmediate(() => {
      this.inner.off('error', onError);
      callback(failure);
    });
  }
}

let lz4Module: Promise<Lz4Module | undefined> | undefined;

/**
 * Loads lz4-asm once. Its Emscripten glue registers process-wide uncaughtException and
 * unhandledRejection listeners; they are taken off again so Lifeboat's own error handling decides.
 */
function loadLz4(): Promise<Lz4Module | undefined> {
  lz4Module ??= (async () => {
    const events = ['uncaughtException', 'unhandledRejection'];
    const listeners = (e: string) => process.listeners(e as 'uncaughtException') as unknown[];
    const before = events.map((e) => new Set(listeners(e)));
    // The glue forms file paths from the CommonJS __dirname, which a bundled ES module lacks; the
    // asm.js build reads no file, so any directory will do while it loads.
    const scope = globalThis as Record<string, unknown>;
    const lent = !('__dirname' in scope);
    if (lent) scope.__dirname = '/';
    try {
      const { default: init } = await import('lz4-asm/dist/lz4asm.js');
      return (await init()) as Lz4Module;
    } catch {
      // Reported where it matters: the lz4 blocks are "not proven: lz4 data, no decoder".
      return undefined;
    } finally {
      if (lent) delete scope.__dirname;
      events.forEach((e, i) => {
        for (const l of listeners(e)) if (!before[i].has(l)) process.off(e as 'uncaughtException', l as never);
      });
    }
  })();
  return lz4Module;
}

/** The decoders a read of this compression needs, loaded before the first block arrives. */
export async function codecsFor(compression: string): Promise<Codecs> {
  const codecs: Codecs = {};
  if (compression === 'zstd' && !hasNativeZstd()) codecs.zstd = () => new ZstdDecoder();
  if (compression === 'lz4') {
    const lz4 = await loadLz4();
    if (lz4) codecs.lz4 = () => new Lz4Decoder(lz4);
  }
  return codecs;
}
