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

type Hasher = { update(data: Uint8Array): unknown; digest(): bigint };

/**
 * fzstd, one Decompress per frame, told where each frame ends by a walk over the frame layout: fzstd
 * skips the content checksum a frame may end with (the zstd CLI writes one by default; pg_dump's
 * blocks carry none), so it is compared here with the XXH64 of that frame's output, as libzstd does.
 */
class ZstdDecoder extends Transform {
  private d = this.frame();
  private readonly walk = new ZstdFrameWalk();
  private hash: Hasher | undefined;

  constructor(private readonly xxh64: () => Hasher) {
    super();
  }

  /** fzstd hands out views of its window buffer, which it overwrites later: each piece is copied. */
  private frame(): Decompress {
    return new Decompress((chunk) => {
      if (!chunk.length) return;
      this.hash?.update(chunk);
      this.push(Buffer.from(chunk));
    });
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, callback: TransformCallback): void {
    try {
      // fzstd keeps unconsumed input by reference, and the caller reuses its buffers: a copy.
      for (const event of this.walk.feed(new Uint8Array(chunk))) {
        if (event instanceof Uint8Array) this.d.push(event);
        else if (event.start) this.hash = event.checksummed ? this.xxh64() : undefined;
        else this.endFrame(event.checksum);
      }
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

  private endFrame(checksum: number | undefined): void {
    this.d.push(new Uint8Array(0), true);
    if (checksum !== undefined && this.hash && Number(this.hash.digest() & 0xffffffffn) !== checksum) {
      throw new Error('content checksum mismatch: the data is damaged');
    }
    this.hash = undefined;
    this.d = this.frame();
  }
}

const ZSTD_MAGIC = 0xfd2fb528;
const isSkippable = (magic: number) => magic >>> 4 === 0x184d2a5;

/** A frame's bytes for fzstd, a frame's start, or its end (with the checksum it ends with). */
type FrameEvent = Uint8Array | { start: true; checksummed: boolean } | { start?: false; checksum?: number };

/**
 * Where zstd frames start and end in a byte stream, from frame and block headers alone (RFC 8878
 * §3.1), fed chunk by chunk. Bytes that are no frame are handed on as frame bytes, for fzstd to reject.
 */
class ZstdFrameWalk {
  private state: 'header' | 'block' | 'content' | 'checksum' | 'skip' | 'lost' = 'header';
  private held: number[] = [];
  private need = 5;
  private left = 0;
  private last = false;
  private checksum = false;

  feed(buf: Uint8Array): FrameEvent[] {
    const events: FrameEvent[] = [];
    let at = 0;
    while (at < buf.length || this.ready()) {
      if (this.state === 'lost') {
        events.push(buf.subarray(at));
        break;
      }
      if (this.state === 'content' || this.state === 'skip') {
        const to = Math.min(buf.length, at + this.left);
        if (this.state === 'content' && to > at) events.push(buf.subarray(at, to));
        this.left -= to - at;
        at = to;
        if (this.left > 0) break;
        if (this.state === 'skip') this.expect('header', 5);
        else if (!this.last) this.expect('block', 3);
        else if (this.checksum) this.expect('checksum', 4);
        else this.end(events, undefined);
        continue;
      }
      while (at < buf.length && this.held.length < this.need) this.held.push(buf[at++]);
      if (this.held.length < this.need) break;
      this.parse(Buffer.from(this.held), events);
    }
    return events;
  }

  /** A zero-length part whose end needs no more input. */
  private ready(): boolean {
    return (this.state === 'content' || this.state === 'skip') && this.left === 0;
  }

  private parse(h: Buffer, events: FrameEvent[]): void {
    // fzstd skips the checksum itself, and a frame without it ends short.
    if (this.state === 'checksum') {
      events.push(h);
      return this.end(events, h.readUInt32LE(0));
    }
    if (this.state === 'block') {
      events.push(h);
      const v = h[0] | (h[1] << 8) | (h[2] << 16);
      const type = (v >> 1) & 3;
      if (type === 3) return void (this.state = 'lost');
      this.last = (v & 1) === 1;
      this.state = 'content';
      this.left = type === 1 ? 1 : v >>> 3;
      return;
    }
    const magic = h.readUInt32LE(0);
    if (isSkippable(magic)) {
      if (h.length < 8) return void (this.need = 8);
      this.state = 'skip';
      this.left = h.readUInt32LE(4);
      return;
    }
    if (magic !== ZSTD_MAGIC) {
      events.push(h);
      return void (this.state = 'lost');
    }
    const fhd = h[4];
    const single = (fhd >> 5) & 1;
    const size = 5 + (single ? 0 : 1) + [0, 1, 2, 4][fhd & 3] + [single, 2, 4, 8][fhd >> 6];
    if (h.length < size) return void (this.need = size);
    this.checksum = ((fhd >> 2) & 1) === 1;
    events.push({ start: true, checksummed: this.checksum }, h);
    this.expect('block', 3);
  }

  private expect(state: 'header' | 'block' | 'checksum', need: number): void {
    this.state = state;
    this.need = need;
    this.held = [];
  }

  private end(events: FrameEvent[], checksum: number | undefined): void {
    events.push(checksum === undefined ? {} : { checksum });
    this.expect('header', 5);
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

let xxhash: ReturnType<typeof loadXxhash> | undefined;

/** XXH64 as WebAssembly that ships inside the JavaScript (no .wasm file for ncc to miss). */
function loadXxhash() {
  return import('xxhash-wasm').then(({ default: init }) => init());
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
  if (compression === 'zstd' && !hasNativeZstd()) {
    const { create64 } = await (xxhash ??= loadXxhash());
    codecs.zstd = () => new ZstdDecoder(() => create64());
  }
  if (compression === 'lz4') {
    const lz4 = await loadLz4();
    if (lz4) codecs.lz4 = () => new Lz4Decoder(lz4);
  }
  return codecs;
}
