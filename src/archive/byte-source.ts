/** The input ended before a read could be satisfied. */
export class EndOfInput extends Error {
  constructor(readonly needed: number) {
    super('unexpected end of input');
    this.name = 'EndOfInput';
  }
}

/**
 * Pull reader over an async stream of chunks. Reads that fit in what is already buffered are
 * synchronous (`has`/`…Sync`), because pg_dump's -Z0 data is one tiny chunk per row and an await
 * per row would dominate the run time.
 */
export class ByteSource {
  private chunks: Buffer[] = [];
  private head = 0;
  private avail = 0;
  private ended = false;
  private readonly it: AsyncIterator<Buffer | Uint8Array>;
  /** Absolute offset of the next unread byte. */
  position = 0;
  /** Bytes pulled from the input so far. */
  received = 0;

  constructor(input: AsyncIterable<Buffer | Uint8Array>) {
    this.it = input[Symbol.asyncIterator]();
  }

  get buffered(): number {
    return this.avail;
  }

  has(n: number): boolean {
    return this.avail >= n;
  }

  /** Pull one more chunk; false at end of input. */
  async pull(): Promise<boolean> {
    if (this.ended) return false;
    for (;;) {
      const r = await this.it.next();
      if (r.done) {
        this.ended = true;
        return false;
      }
      const b = Buffer.isBuffer(r.value)
        ? r.value
        : Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
      if (b.length === 0) continue;
      this.received += b.length;
      this.chunks.push(b);
      this.avail += b.length;
      return true;
    }
  }

  /** Ensure n bytes are buffered; false if the input ends first. */
  async fill(n: number): Promise<boolean> {
    while (this.avail < n) {
      if (!(await this.pull())) return false;
    }
    return true;
  }

  async atEnd(): Promise<boolean> {
    return !(await this.fill(1));
  }

  /** Copy of the next n buffered bytes, without consuming them. */
  peekSync(n: number): Buffer {
    const out = Buffer.allocUnsafe(Math.min(n, this.avail));
    let copied = 0;
    let head = this.head;
    for (const c of this.chunks) {
      if (copied >= out.length) break;
      copied += c.copy(out, copied, head, Math.min(c.length, head + out.length - copied));
      head = 0;
    }
    return out;
  }

  byteSync(): number {
    const c = this.chunks[0];
    const v = c[this.head++];
    this.consumed(1, c);
    return v;
  }

  /** n bytes as one Buffer; a view into the input when it lies within one chunk. */
  takeSync(n: number): Buffer {
    const c = this.chunks[0];
    if (c.length - this.head >= n) {
      const out = c.subarray(this.head, this.head + n);
      this.head += n;
      this.consumed(n, c);
      return out;
    }
    const out = Buffer.allocUnsafe(n);
    let copied = 0;
    while (copied < n) {
      const cur = this.chunks[0];
      const take = Math.min(n - copied, cur.length - this.head);
      cur.copy(out, copied, this.head, this.head + take);
      this.head += take;
      copied += take;
      this.consumed(take, cur);
    }
    return out;
  }

  /** The chunk the next unread byte is in, and that byte's index in it; for parsers that walk it in place. */
  get headChunk(): Buffer | undefined {
    return this.chunks[0];
  }

  get headOffset(): number {
    return this.head;
  }

  /** Consume n bytes that lie within headChunk. */
  skipSync(n: number): void {
    if (n === 0) return;
    const c = this.chunks[0];
    this.head += n;
    this.consumed(n, c);
  }

  /** Up to n bytes of what is buffered, without copying; used to stream large payloads through. */
  takeSome(n: number): Buffer {
    const c = this.chunks[0];
    const take = Math.min(n, c.length - this.head);
    const out = c.subarray(this.head, this.head + take);
    this.head += take;
    this.consumed(take, c);
    return out;
  }

  private consumed(n: number, c: Buffer): void {
    this.avail -= n;
    this.position += n;
    if (this.head >= c.length) {
      this.chunks.shift();
      this.head = 0;
    }
  }

  async byte(): Promise<number> {
    if (!this.has(1) && !(await this.fill(1))) throw new EndOfInput(1);
    return this.byteSync();
  }

  async take(n: number): Promise<Buffer> {
    if (!this.has(n) && !(await this.fill(n))) throw new EndOfInput(n);
    return this.takeSync(n);
  }

  /** Read everything left, calling back per chunk (so the input is still drained for hashing). */
  async drain(each?: (b: Buffer) => void): Promise<number> {
    let n = 0;
    for (;;) {
      while (this.avail > 0) {
        const b = this.takeSome(this.avail);
        n += b.length;
        each?.(b);
      }
      if (!(await this.pull())) return n;
    }
  }
}

/** An async iterable over one buffer, so in-memory members (tar toc.dat) reuse the streaming parsers. */
export async function* once(buf: Buffer): AsyncGenerator<Buffer> {
  yield buf;
}
