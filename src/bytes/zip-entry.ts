import zlib from 'node:zlib';
import { Transform, type TransformCallback } from 'node:stream';

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
