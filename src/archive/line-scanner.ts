// Rows and fields of big pieces of COPY text, 64 bytes per step (line-scan.wat). CopyCounter hands
// it the bulk of each piece and keeps the rules for what it gives back: the `\.` terminator, what
// follows it, and lines carried over between pieces.
import { LINE_SCAN_WASM } from './line-scan-wasm.js';

export interface LineScan {
  rows: number;
  badRows: number;
  /** 1-based among this scan's rows, 0 when none was bad. */
  firstBadRow: number;
  firstBadFields: number;
  /** Fields so far in the line still open at `stop`. */
  fields: number;
  /** Index in the buffer just past the last newline, -1 when there was none. */
  lastLineStart: number;
  /** end, or the start of a line the caller must read itself (it is or may be `\.`). */
  stop: number;
  /** Some byte was ≥ 0x80. */
  nonAscii: boolean;
}

/** The module's memory holds one slice of input after 64 bytes of results, then 64 bytes of padding. */
const SLICE = 256 * 1024;
const INPUT = 64;

export class LineScanner {
  private readonly bytes: Uint8Array;
  private readonly results: Int32Array;
  private readonly run: (len: number, fields: number, exp: number, atStart: number) => number;

  constructor(instance: WasmInstance) {
    const memory = instance.exports.memory as { buffer: ArrayBuffer };
    this.bytes = new Uint8Array(memory.buffer);
    this.results = new Int32Array(memory.buffer, 0, 8);
    this.run = instance.exports.scan as LineScanner['run'];
  }

  /**
   * b[start, end): `fields` so far in the line that goes on at `start`, `expected` fields per row
   * (0: no check), `atLineStart` when `start` begins a line.
   */
  scan(b: Uint8Array, start: number, end: number, fields: number, expected: number, atLineStart: boolean): LineScan {
    const out: LineScan = {
      rows: 0,
      badRows: 0,
      firstBadRow: 0,
      firstBadFields: 0,
      fields,
      lastLineStart: -1,
      stop: end,
      nonAscii: false,
    };
    const r = this.results;
    for (let at = start; at < end; ) {
      const len = Math.min(SLICE, end - at);
      this.bytes.set(b.subarray(at, at + len), INPUT);
      this.bytes.fill(0, INPUT + len, INPUT + len + 64);
      const stop = this.run(len, out.fields, expected, atLineStart ? 1 : 0);
      if (r[1] > 0 && out.badRows === 0) {
        out.firstBadRow = out.rows + r[2];
        out.firstBadFields = r[3];
      }
      out.rows += r[0];
      out.badRows += r[1];
      out.fields = r[4];
      if (r[5] >= 0) out.lastLineStart = at + r[5];
      if (r[6] !== 0) out.nonAscii = true;
      if (stop < len) {
        out.stop = at + stop;
        break;
      }
      at += len;
      atLineStart = out.lastLineStart === at;
    }
    return out;
  }
}

/** The part of the WebAssembly global used here (the Node types in use do not declare it). */
interface WasmInstance {
  exports: Record<string, unknown>;
}
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => WasmInstance;
}

let shared: LineScanner | null | undefined;

/** The scanner of this thread, or null where WebAssembly SIMD is not available (the JS loop does it all). */
export function lineScanner(): LineScanner | null {
  if (shared !== undefined) return shared;
  shared = null;
  try {
    const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
    const bytes = Buffer.from(LINE_SCAN_WASM, 'base64');
    if (wasm && wasm.validate(bytes)) shared = new LineScanner(new wasm.Instance(new wasm.Module(bytes), {}));
  } catch {
    shared = null;
  }
  return shared;
}
