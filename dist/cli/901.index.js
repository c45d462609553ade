export const id = 901;
export const ids = [901];
export const modules = {

/***/ 9618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ik: () => (/* binding */ ByteSource),
/* harmony export */   Oo: () => (/* binding */ once),
/* harmony export */   v5: () => (/* binding */ EndOfInput)
/* harmony export */ });
/** The input ended before a read could be satisfied. */
class EndOfInput extends Error {
    needed;
    constructor(needed) {
        super('unexpected end of input');
        this.needed = needed;
        this.name = 'EndOfInput';
    }
}
/**
 * Pull reader over an async stream of chunks. Reads that fit in what is already buffered are
 * synchronous (`has`/`…Sync`), because pg_dump's -Z0 data is one tiny chunk per row and an await
 * per row would dominate the run time.
 */
class ByteSource {
    chunks = [];
    head = 0;
    avail = 0;
    ended = false;
    it;
    /** Absolute offset of the next unread byte. */
    position = 0;
    /** Bytes pulled from the input so far. */
    received = 0;
    constructor(input) {
        this.it = input[Symbol.asyncIterator]();
    }
    get buffered() {
        return this.avail;
    }
    has(n) {
        return this.avail >= n;
    }
    /** Pull one more chunk; false at end of input. */
    async pull() {
        if (this.ended)
            return false;
        for (;;) {
            const r = await this.it.next();
            if (r.done) {
                this.ended = true;
                return false;
            }
            const b = Buffer.isBuffer(r.value)
                ? r.value
                : Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
            if (b.length === 0)
                continue;
            this.received += b.length;
            this.chunks.push(b);
            this.avail += b.length;
            return true;
        }
    }
    /** Ensure n bytes are buffered; false if the input ends first. */
    async fill(n) {
        while (this.avail < n) {
            if (!(await this.pull()))
                return false;
        }
        return true;
    }
    async atEnd() {
        return !(await this.fill(1));
    }
    /** Copy of the next n buffered bytes, without consuming them. */
    peekSync(n) {
        const out = Buffer.allocUnsafe(Math.min(n, this.avail));
        let copied = 0;
        let head = this.head;
        for (const c of this.chunks) {
            if (copied >= out.length)
                break;
            copied += c.copy(out, copied, head, Math.min(c.length, head + out.length - copied));
            head = 0;
        }
        return out;
    }
    byteSync() {
        const c = this.chunks[0];
        const v = c[this.head++];
        this.consumed(1, c);
        return v;
    }
    /** n bytes as one Buffer; a view into the input when it lies within one chunk. */
    takeSync(n) {
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
    get headChunk() {
        return this.chunks[0];
    }
    get headOffset() {
        return this.head;
    }
    /** Consume n bytes that lie within headChunk. */
    skipSync(n) {
        if (n === 0)
            return;
        const c = this.chunks[0];
        this.head += n;
        this.consumed(n, c);
    }
    /** Up to n bytes of what is buffered, without copying; used to stream large payloads through. */
    takeSome(n) {
        const c = this.chunks[0];
        const take = Math.min(n, c.length - this.head);
        const out = c.subarray(this.head, this.head + take);
        this.head += take;
        this.consumed(take, c);
        return out;
    }
    consumed(n, c) {
        this.avail -= n;
        this.position += n;
        if (this.head >= c.length) {
            this.chunks.shift();
            this.head = 0;
        }
    }
    async byte() {
        if (!this.has(1) && !(await this.fill(1)))
            throw new EndOfInput(1);
        return this.byteSync();
    }
    async take(n) {
        if (!this.has(n) && !(await this.fill(n)))
            throw new EndOfInput(n);
        return this.takeSync(n);
    }
    /** Read everything left, calling back per chunk (so the input is still drained for hashing). */
    async drain(each) {
        let n = 0;
        for (;;) {
            while (this.avail > 0) {
                const b = this.takeSome(this.avail);
                n += b.length;
                each?.(b);
            }
            if (!(await this.pull()))
                return n;
        }
    }
}
/** An async iterable over one buffer, so in-memory members (tar toc.dat) reuse the streaming parsers. */
async function* once(buf) {
    yield buf;
}


/***/ }),

/***/ 3467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P6: () => (/* binding */ hasNativeZstd),
/* harmony export */   ti: () => (/* binding */ codecsFor)
/* harmony export */ });
/* unused harmony exports END_OF_INPUT, codecLabel */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var fzstd__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8339);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
// Decoders for the codecs Node's zlib lacks: zstd before Node 22.15 (fzstd, pure JS) and lz4 on every
// Node (lz4-asm: the reference liblz4 frame decoder compiled to asm.js, so it rejects what pg_restore
// rejects). Both are plain JavaScript, so ncc bundles them without native or .wasm files. They are
// wrapped as Transform streams that behave like zlib's (write/end/destroy, 'data'/'error'/'end'),
// which is all BlockProcessor expects of a codec.




/** The message BlockProcessor treats as "the input stopped early", as zlib words it. */
const END_OF_INPUT = 'unexpected end of file';
/** Who decodes each codec here, for reports. */
function codecLabel(compression) {
    if (compression === 'zstd')
        return hasNativeZstd() ? "Node's zlib" : 'fzstd';
    return 'liblz4 (lz4-asm)';
}
function hasNativeZstd() {
    return typeof node_zlib__WEBPACK_IMPORTED_MODULE_1__.createZstdDecompress === 'function';
}
const message = (e, codec) => {
    const text = (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .g)(e);
    return /unexpected EOF/i.test(text) ? END_OF_INPUT : `${codec}: ${text}`;
};
/**
 * fzstd, one Decompress per frame, told where each frame ends by a walk over the frame layout: fzstd
 * skips the content checksum a frame may end with (the zstd CLI writes one by default; pg_dump's
 * blocks carry none), so it is compared here with the XXH64 of that frame's output, as libzstd does.
 */
class ZstdDecoder extends node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform {
    xxh64;
    d = this.frame();
    walk = new ZstdFrameWalk();
    hash;
    constructor(xxh64) {
        super();
        this.xxh64 = xxh64;
    }
    /** fzstd hands out views of its window buffer, which it overwrites later: each piece is copied. */
    frame() {
        return new fzstd__WEBPACK_IMPORTED_MODULE_3__/* .Decompress */ .YM((chunk) => {
            if (!chunk.length)
                return;
            this.hash?.update(chunk);
            this.push(Buffer.from(chunk));
        });
    }
    _transform(chunk, _enc, callback) {
        try {
            // fzstd keeps unconsumed input by reference, and the caller reuses its buffers: a copy.
            for (const event of this.walk.feed(new Uint8Array(chunk))) {
                if (event instanceof Uint8Array)
                    this.d.push(event);
                else if (event.start)
                    this.hash = event.checksummed ? this.xxh64() : undefined;
                else
                    this.endFrame(event.checksum);
            }
            callback();
        }
        catch (e) {
            callback(new Error(message(e, 'zstd')));
        }
    }
    _flush(callback) {
        try {
            this.d.push(new Uint8Array(0), true);
            callback();
        }
        catch (e) {
            callback(new Error(message(e, 'zstd')));
        }
    }
    endFrame(checksum) {
        this.d.push(new Uint8Array(0), true);
        if (checksum !== undefined && this.hash && Number(this.hash.digest() & 0xffffffffn) !== checksum) {
            throw new Error('content checksum mismatch: the data is damaged');
        }
        this.hash = undefined;
        this.d = this.frame();
    }
}
const ZSTD_MAGIC = 0xfd2fb528;
const isSkippable = (magic) => magic >>> 4 === 0x184d2a5;
/**
 * Where zstd frames start and end in a byte stream, from frame and block headers alone (RFC 8878
 * §3.1), fed chunk by chunk. Bytes that are no frame are handed on as frame bytes, for fzstd to reject.
 */
class ZstdFrameWalk {
    state = 'header';
    held = [];
    need = 5;
    left = 0;
    last = false;
    checksum = false;
    feed(buf) {
        const events = [];
        let at = 0;
        while (at < buf.length || this.ready()) {
            if (this.state === 'lost') {
                events.push(buf.subarray(at));
                break;
            }
            if (this.state === 'content' || this.state === 'skip') {
                const to = Math.min(buf.length, at + this.left);
                if (this.state === 'content' && to > at)
                    events.push(buf.subarray(at, to));
                this.left -= to - at;
                at = to;
                if (this.left > 0)
                    break;
                if (this.state === 'skip')
                    this.expect('header', 5);
                else if (!this.last)
                    this.expect('block', 3);
                else if (this.checksum)
                    this.expect('checksum', 4);
                else
                    this.end(events, undefined);
                continue;
            }
            while (at < buf.length && this.held.length < this.need)
                this.held.push(buf[at++]);
            if (this.held.length < this.need)
                break;
            this.parse(Buffer.from(this.held), events);
        }
        return events;
    }
    /** A zero-length part whose end needs no more input. */
    ready() {
        return (this.state === 'content' || this.state === 'skip') && this.left === 0;
    }
    parse(h, events) {
        // fzstd skips the checksum itself, and a frame without it ends short.
        if (this.state === 'checksum') {
            events.push(h);
            return this.end(events, h.readUInt32LE(0));
        }
        if (this.state === 'block') {
            events.push(h);
            const v = h[0] | (h[1] << 8) | (h[2] << 16);
            const type = (v >> 1) & 3;
            if (type === 3)
                return void (this.state = 'lost');
            this.last = (v & 1) === 1;
            this.state = 'content';
            this.left = type === 1 ? 1 : v >>> 3;
            return;
        }
        const magic = h.readUInt32LE(0);
        if (isSkippable(magic)) {
            if (h.length < 8)
                return void (this.need = 8);
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
        if (h.length < size)
            return void (this.need = size);
        this.checksum = ((fhd >> 2) & 1) === 1;
        events.push({ start: true, checksummed: this.checksum }, h);
        this.expect('block', 3);
    }
    expect(state, need) {
        this.state = state;
        this.need = need;
        this.held = [];
    }
    end(events, checksum) {
        events.push(checksum === undefined ? {} : { checksum });
        this.expect('header', 5);
    }
}
/**
 * liblz4 reports a frame cut short only through a return value the asm.js glue does not pass on, so
 * the end mark (four zero bytes, then the content checksum when the frame descriptor asks for one) is
 * checked here: without it the frame was cut short.
 */
class Lz4Decoder extends node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform {
    inner;
    head = [];
    tail = Buffer.alloc(0);
    constructor(lz4) {
        super();
        this.inner = lz4.lz4js.createDecompressStream();
        this.inner.on('data', (b) => this.push(Buffer.from(b)));
    }
    _transform(chunk, _enc, callback) {
        for (let i = 0; i < chunk.length && this.head.length < 5; i++)
            this.head.push(chunk[i]);
        this.tail = Buffer.concat([this.tail, chunk.subarray(Math.max(0, chunk.length - 8))]).subarray(-8);
        const own = Buffer.from(chunk);
        this.pass(() => this.inner.write(own), callback);
    }
    _flush(callback) {
        this.pass(() => this.inner.end(), (error) => {
            if (error)
                return callback(error);
            const checksum = this.head.length === 5 && (this.head[4] & 0x04) !== 0;
            const mark = checksum ? this.tail.subarray(0, 4) : this.tail.subarray(4);
            if (this.tail.length < 8 || mark.readUInt32LE(0) !== 0)
                return callback(new Error(END_OF_INPUT));
            callback();
        });
    }
    /** The inner stream decodes synchronously inside write/end; its error, if any, fires by then. */
    pass(step, callback) {
        let failure;
        const onError = (e) => {
            failure ??= new Error(`lz4: ${e.message}`);
        };
        this.inner.on('error', onError);
        try {
            step();
        }
        catch (e) {
            onError(e instanceof Error ? e : new Error(String(e)));
        }
        setImmediate(() => {
            this.inner.off('error', onError);
            callback(failure);
        });
    }
}
let xxhash;
/** XXH64 as WebAssembly that ships inside the JavaScript (no .wasm file for ncc to miss). */
function loadXxhash() {
    return __webpack_require__.e(/* import() */ 261).then(__webpack_require__.bind(__webpack_require__, 7261)).then(({ default: init }) => init());
}
let lz4Module;
/**
 * Loads lz4-asm once. Its Emscripten glue registers process-wide uncaughtException and
 * unhandledRejection listeners; they are taken off again so Lifeboat's own error handling decides.
 */
function loadLz4() {
    lz4Module ??= (async () => {
        const events = ['uncaughtException', 'unhandledRejection'];
        const listeners = (e) => process.listeners(e);
        const before = events.map((e) => new Set(listeners(e)));
        // The glue forms file paths from the CommonJS __dirname, which a bundled ES module lacks; the
        // asm.js build reads no file, so any directory will do while it loads.
        const scope = globalThis;
        const lent = !('__dirname' in scope);
        if (lent)
            scope.__dirname = '/';
        try {
            const { default: init } = await __webpack_require__.e(/* import() */ 892).then(__webpack_require__.t.bind(__webpack_require__, 8892, 23));
            return (await init());
        }
        catch {
            // Reported where it matters: the lz4 blocks are "not proven: lz4 data, no decoder".
            return undefined;
        }
        finally {
            if (lent)
                delete scope.__dirname;
            events.forEach((e, i) => {
                for (const l of listeners(e))
                    if (!before[i].has(l))
                        process.off(e, l);
            });
        }
    })();
    return lz4Module;
}
/** The decoders a read of this compression needs, loaded before the first block arrives. */
async function codecsFor(compression) {
    const codecs = {};
    if (compression === 'zstd' && !hasNativeZstd()) {
        const { create64 } = await (xxhash ??= loadXxhash());
        codecs.zstd = () => new ZstdDecoder(() => create64());
    }
    if (compression === 'lz4') {
        const lz4 = await loadLz4();
        if (lz4)
            codecs.lz4 = () => new Lz4Decoder(lz4);
    }
    return codecs;
}


/***/ }),

/***/ 259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $q: () => (/* binding */ sidecarOwner),
/* harmony export */   Tz: () => (/* binding */ detectFormat),
/* harmony export */   ZM: () => (/* binding */ DETECT_HEAD_BYTES),
/* harmony export */   o8: () => (/* binding */ sidecarKind)
/* harmony export */ });
/* unused harmony export isSidecarKey */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _stores_dump_directory_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7860);


/** How many bytes of an object detectFormat wants to see. */
const DETECT_HEAD_BYTES = 64 * 1024;
// Nested wrappers beyond this are not a backup anyone made on purpose.
const MAX_DEPTH = 4;
// Enough decompressed text to see past a pg_dump header comment and a few SET lines.
const INNER_BYTES = 8 * 1024;
/**
 * Recognises a backup by its first bytes (≥ 4 KiB), never by its name: a JPEG renamed `.dump` must
 * not be reported as a backup, and Databasus keys have no extension at all.
 */
function detectFormat(head) {
    return detect(head, 0);
}
function detect(head, depth) {
    if (head.length === 0)
        return unknown('empty file');
    if (startsWith(head, 'PGDMP'))
        return { container: 'custom', compression: 'none', description: 'pg_dump custom archive' };
    if (isTar(head)) {
        const first = tarEntryName(head);
        if (first === 'toc.dat')
            return { container: 'tar', compression: 'none', description: 'pg_dump tar archive' };
        if (isTarredDirectory(head)) {
            return {
                container: 'tar',
                compression: 'none',
                description: 'tarred pg_dump directory archive',
                directory: true,
            };
        }
        return unknown(`tar archive whose first entry is "${first}", not a pg_dump tar archive (toc.dat)`);
    }
    if (head[0] === 0x1f && head[1] === 0x8b) {
        return wrapped('gzip', gunzipHead(head), depth);
    }
    if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04)
        return detectZip(head, depth);
    if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x05 && head[3] === 0x06) {
        return { ...unknown('empty zip archive'), compression: 'zip' };
    }
    if (bytesAre(head, [0x28, 0xb5, 0x2f, 0xfd]))
        return wrapped('zstd', zstdHead(head), depth);
    if (bytesAre(head, [0x04, 0x22, 0x4d, 0x18]))
        return wrapped('lz4', undefined, depth);
    if (startsWith(head, 'BZh') && head[3] >= 0x31 && head[3] <= 0x39)
        return wrapped('bzip2', undefined, depth);
    if (bytesAre(head, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))
        return wrapped('xz', undefined, depth);
    if (startsWith(head, 'Salted__'))
        return encrypted('openssl', 'openssl-encrypted data (Salted__)');
    // Databasus' own AES-256-GCM stream: "PGRSUS01", salt, nonce, then 1 MiB chunks (its backups/encryption).
    if (startsWith(head, 'PGRSUS01'))
        return encrypted('databasus', 'Databasus-encrypted data (PGRSUS01, AES-GCM)');
    if (startsWith(head, 'age-encryption.org/v1') || startsWith(head, '-----BEGIN AGE ENCRYPTED FILE-----')) {
        return encrypted('age', 'age-encrypted data');
    }
    if (startsWith(head, '-----BEGIN PGP MESSAGE-----'))
        return encrypted('gpg', 'gpg-encrypted data (ASCII-armored OpenPGP message)');
    if (isOpenPgp(head))
        return encrypted('gpg', 'gpg-encrypted data (OpenPGP)');
    const foreign = foreignFile(head);
    if (foreign)
        return unknown(foreign);
    const text = textShape(head);
    if (text === 'sql')
        return { container: 'plain', compression: 'none', description: 'plain SQL' };
    if (text === 'text')
        return unknown('text that does not look like SQL');
    return unknown('unrecognised binary data');
}
/** `.sha256`, `.manifest.json` and `.meta.json` objects describe a backup; they are never one. */
function isSidecarKey(key) {
    return sidecarKind(key) !== undefined;
}
const SIDECAR_SUFFIXES = [
    ['sha256', '.sha256'],
    ['manifest', '.manifest.json'],
    ['meta', '.meta.json'],
];
function sidecarKind(key) {
    return SIDECAR_SUFFIXES.find(([, suffix]) => key.endsWith(suffix) && key.length > suffix.length)?.[0];
}
/** The backup a sidecar belongs to (`a.dump.sha256` → `a.dump`), or undefined for other keys. */
function sidecarOwner(key) {
    const found = SIDECAR_SUFFIXES.find(([, suffix]) => key.endsWith(suffix) && key.length > suffix.length);
    return found ? key.slice(0, -found[1].length) : undefined;
}
function wrapped(layer, inner, depth) {
    if (inner === undefined) {
        return {
            container: 'unknown',
            compression: layer,
            layers: [layer],
            description: `${layer}-compressed data`,
            opaque: true,
        };
    }
    if (inner instanceof Error) {
        return {
            container: 'unknown',
            compression: layer,
            layers: [layer],
            description: `${layer}-compressed data that cannot be decompressed (${inner.message})`,
        };
    }
    return nest(layer, detect(inner, depth + 1), depth);
}
/** Puts a compression layer around what was found inside it. */
function nest(layer, inner, depth, entry) {
    const suffix = entry ? ` (${entry})` : '';
    if (!inner || depth >= MAX_DEPTH) {
        return {
            container: 'unknown',
            compression: layer,
            layers: [layer],
            description: `${layer}-compressed data${suffix}`,
            ...(entry ? { entryName: entry } : {}),
        };
    }
    return {
        container: inner.container,
        compression: layer,
        ...(inner.encryption ? { encryption: inner.encryption } : {}),
        layers: [layer, ...(inner.layers ?? (inner.compression !== 'none' ? [inner.compression] : []))],
        description: `${layer}-compressed ${inner.description}${suffix}`,
        ...(entry ? { entryName: entry } : {}),
        ...(inner.directory ? { directory: true } : {}),
        ...(inner.opaque ? { opaque: true } : {}),
    };
}
function encrypted(encryption, description) {
    return { container: 'unknown', compression: 'none', encryption, layers: [encryption], description };
}
function unknown(description) {
    return { container: 'unknown', compression: 'none', description };
}
/**
 * Inflates as little as needed: a small slice first, more only if it did not yield enough. A
 * 4 KiB run of zeros inflates to 4 MiB, so feeding a whole large head at once would be wasteful.
 */
function gunzipHead(head) {
    for (let take = 1024;; take *= 4) {
        const slice = head.subarray(0, Math.min(take, head.length));
        const whole = slice.length === head.length;
        try {
            const out = node_zlib__WEBPACK_IMPORTED_MODULE_0___default().gunzipSync(slice, { finishFlush: (node_zlib__WEBPACK_IMPORTED_MODULE_0___default().constants).Z_SYNC_FLUSH });
            if (out.length >= INNER_BYTES || whole)
                return out.subarray(0, INNER_BYTES);
        }
        catch (error) {
            if (whole) {
                const code = error.code;
                return new Error(code === 'Z_DATA_ERROR' ? 'corrupt gzip data' : error.message);
            }
        }
    }
}
function zstdHead(head) {
    // Node ≥ 22.15 ships zstd; on older runtimes the layer is reported without looking inside.
    const z = (node_zlib__WEBPACK_IMPORTED_MODULE_0___default());
    if (!z.zstdDecompressSync)
        return undefined;
    // A flush (not end) mode is what lets a truncated frame (the head is only the object's start)
    // yield what it holds instead of throwing.
    const flush = z.constants.ZSTD_e_flush;
    for (const options of flush === undefined ? [undefined] : [{ finishFlush: flush }, undefined]) {
        try {
            return z.zstdDecompressSync(head, options).subarray(0, INNER_BYTES);
        }
        catch {
            // Try the next mode; none left means nothing to see inside.
        }
    }
    return undefined;
}
function detectZip(head, depth) {
    if (head.length < 30)
        return { ...unknown('truncated zip archive'), compression: 'zip', layers: ['zip'] };
    const flags = head.readUInt16LE(6);
    const method = head.readUInt16LE(8);
    const nameLength = head.readUInt16LE(26);
    const extraLength = head.readUInt16LE(28);
    const name = head.subarray(30, 30 + nameLength).toString('utf8');
    const dataStart = 30 + nameLength + extraLength;
    const data = head.subarray(dataStart);
    if (flags & 0x1) {
        return {
            container: 'unknown',
            compression: 'zip',
            layers: ['zip'],
            entryName: name,
            description: `password-protected zip archive (${name})`,
        };
    }
    let inner;
    if (method === 0) {
        inner = data.subarray(0, INNER_BYTES);
    }
    else if (method === 8) {
        try {
            inner = node_zlib__WEBPACK_IMPORTED_MODULE_0___default().inflateRawSync(data, { finishFlush: (node_zlib__WEBPACK_IMPORTED_MODULE_0___default().constants).Z_SYNC_FLUSH }).subarray(0, INNER_BYTES);
        }
        catch {
            inner = undefined;
        }
    }
    return nest('zip', inner && inner.length > 0 ? detect(inner, depth + 1) : undefined, depth, name);
}
function isTar(head) {
    if (head.length < 263)
        return false;
    // POSIX "ustar\0" or GNU "ustar  \0".
    return head.subarray(257, 262).toString('latin1') === 'ustar';
}
/** A tar whose first file (after directory entries) is one pg_dump -Fd writes: `tar -c dump/`. */
function isTarredDirectory(head) {
    let at = 0;
    for (let member = 0; member < 8 && at + 512 <= head.length; member++) {
        const h = head.subarray(at, at + 512);
        if (h.subarray(257, 262).toString('latin1') !== 'ustar')
            return false;
        const name = tarEntryName(h).replace(/\/$/, '');
        if (h[156] !== 0x35 /* '5': a directory */)
            return _stores_dump_directory_js__WEBPACK_IMPORTED_MODULE_1__/* .DUMP_DIRECTORY_FILE */ .SZ.test(name.replace(/^.*\//, ''));
        const size = Number.parseInt(h.subarray(124, 136).toString('latin1').replace(/\0.*$/, '').trim() || '0', 8);
        at += 512 + Math.ceil((Number.isFinite(size) ? size : 0) / 512) * 512;
    }
    return false;
}
function tarEntryName(head) {
    const raw = head.subarray(0, 100);
    const end = raw.indexOf(0);
    const name = raw.subarray(0, end === -1 ? 100 : end).toString('utf8');
    const prefixRaw = head.subarray(345, 500);
    const prefixEnd = prefixRaw.indexOf(0);
    const prefix = prefixRaw.subarray(0, prefixEnd === -1 ? 155 : prefixEnd).toString('utf8');
    return prefix ? `${prefix}/${name}` : name.replace(/^\.\//, '');
}
/**
 * OpenPGP packet headers of what `gpg --symmetric` / `gpg --encrypt` write first: a symmetric-key
 * (tag 3) or public-key (tag 1) encrypted session key. Checking the packet's version byte too keeps
 * random binary that happens to start with 0x8c from being called gpg.
 */
function isOpenPgp(head) {
    if (head.length < 4)
        return false;
    const b = head[0];
    if ((b & 0x80) === 0)
        return false;
    let tag;
    let bodyStart;
    if (b & 0x40) {
        tag = b & 0x3f;
        const len = head[1];
        if (len < 192)
            bodyStart = 2;
        else if (len < 224)
            bodyStart = 3;
        else if (len === 255)
            bodyStart = 6;
        else
            return false; // partial lengths are not used for session-key packets
    }
    else {
        tag = (b >> 2) & 0x0f;
        const lengthType = b & 0x03;
        if (lengthType === 3)
            return false;
        bodyStart = 1 + [1, 2, 4][lengthType];
    }
    const version = head[bodyStart];
    if (tag === 3)
        return version === 4 || version === 5 || version === 6;
    if (tag === 1)
        return version === 3 || version === 6;
    return false;
}
function foreignFile(head) {
    if (bytesAre(head, [0xff, 0xd8, 0xff]))
        return 'JPEG image';
    if (bytesAre(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
        return 'PNG image';
    if (startsWith(head, 'GIF87a') || startsWith(head, 'GIF89a'))
        return 'GIF image';
    if (startsWith(head, '%PDF-'))
        return 'PDF document';
    if (bytesAre(head, [0x7f, 0x45, 0x4c, 0x46]))
        return 'ELF executable';
    if (startsWith(head, 'SQLite format 3\0'))
        return 'SQLite database';
    if (bytesAre(head, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]))
        return '7-Zip archive';
    if (startsWith(head, 'Rar!'))
        return 'RAR archive';
    return undefined;
}
// What the first meaningful line of a pg_dump -Fp / pg_dumpall script, or of a hand-written SQL
// file, starts with.
const SQL_START = /^(--|\/\*|\\connect\b|\\restrict\b|\\set\b|set\s|create\s|begin\b|start\s+transaction|select\s|insert\s|copy\s|alter\s|drop\s|comment\s|grant\s|revoke\s|do\s|update\s|delete\s|truncate\s|with\s)/i;
function textShape(head) {
    let sample = head.subarray(0, 4096);
    if (bytesAre(sample, [0xef, 0xbb, 0xbf]))
        sample = sample.subarray(3);
    let controls = 0;
    for (const byte of sample) {
        if (byte === 0)
            return 'binary';
        if (byte < 0x09 || (byte > 0x0d && byte < 0x20))
            controls++;
    }
    if (controls > sample.length / 100)
        return 'binary';
    const text = sample.toString('utf8');
    if (text.includes('\uFFFD') && text.indexOf('\uFFFD') < text.length - 4)
        return 'binary';
    const firstLine = text.replace(/^\s+/, '');
    if (firstLine === '')
        return 'text';
    return SQL_START.test(firstLine) ? 'sql' : 'text';
}
function startsWith(head, magic) {
    return head.length >= magic.length && head.subarray(0, magic.length).toString('latin1') === magic;
}
function bytesAre(head, bytes) {
    return head.length >= bytes.length && bytes.every((b, i) => head[i] === b);
}


/***/ }),

/***/ 9942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zM: () => (/* binding */ missingCodec),
  Hc: () => (/* binding */ peekHeader),
  bL: () => (/* binding */ readArchive)
});

// UNUSED EXPORTS: copyColumnCount

// EXTERNAL MODULE: ./src/archive/detect-format.ts
var detect_format = __webpack_require__(259);
// EXTERNAL MODULE: ./src/archive/byte-source.ts
var byte_source = __webpack_require__(9618);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/archive/collect.ts

const fmt = (n) => n.toLocaleString('en-US');
/** Accumulates what the readers find; shared by the custom, tar and plain readers. */
class Collector {
    maxProblems;
    header;
    toc = [];
    problems = [];
    skipped = [];
    tables = new Map();
    blobs = 0;
    dropped = 0;
    pending = [];
    constructor(maxProblems = 100) {
        this.maxProblems = maxProblems;
    }
    problem(p) {
        if (this.problems.length < this.maxProblems)
            this.problems.push(p);
        else
            this.dropped++;
    }
    /** Register a table so it is reported (with 0 rows) even if its data never arrives. */
    table(key, name, order) {
        if (!this.tables.has(key))
            this.tables.set(key, { name, rows: 0, order });
    }
    addRows(key, rows) {
        const t = this.tables.get(key);
        if (t)
            t.rows += rows;
    }
    /** Results of blocks still being decoded (possibly in a worker); awaited by report(). */
    later(p) {
        this.pending.push(p.catch((e) => {
            this.problem({
                kind: 'corrupt',
                message: `internal error while checking data: ${(0,errors/* errorMessage */.g)(e)}`,
            });
        }));
    }
    /** Turn a finished block into counts and problems. `cut`: the archive ended inside this block. */
    block(entryName, tableKey, r, cut, what = 'data') {
        if (tableKey)
            this.addRows(tableKey, r.rows);
        const label = `${what} for ${entryName}`;
        if (r.skipped) {
            if (!this.skipped.includes(r.skipped))
                this.skipped.push(r.skipped);
            return;
        }
        if (r.error !== undefined) {
            this.problem({
                entry: entryName,
                kind: 'corrupt',
                message: `${label}: compressed block is corrupt (${/^(zstd|lz4): /.test(r.error) ? r.error : `zlib: ${r.error}`})`,
            });
            return;
        }
        if (cut) {
            const rows = tableKey ? `ends after ${fmt(r.rows)} rows` : `ends after ${fmt(r.bytesOut)} bytes`;
            this.problem({ entry: entryName, kind: 'truncated', message: `${label} ${rows}: archive truncated` });
            return;
        }
        if (!tableKey)
            return;
        if (r.incomplete) {
            this.problem({
                entry: entryName,
                kind: 'corrupt',
                message: `${label}: last row (after ${fmt(r.rows)} rows) has no line end`,
            });
        }
        if (r.badRows > 0) {
            const more = r.badRows > 1 ? ` (${fmt(r.badRows)} rows in all)` : '';
            this.problem({
                entry: entryName,
                kind: 'corrupt',
                message: `${label}: row ${fmt(r.firstBadRow)} has ${fmt(r.firstBadFields)} fields, the COPY statement names a different number${more}`,
            });
        }
        if (r.invalidUtf8AfterRow !== undefined) {
            this.problem({
                entry: entryName,
                kind: 'corrupt',
                message: `${label}: bytes after row ${fmt(r.invalidUtf8AfterRow)} are not valid UTF-8, the database's encoding`,
            });
        }
        if (r.trailing) {
            this.problem({ entry: entryName, kind: 'corrupt', message: `${label}: bytes after the end-of-data marker` });
        }
    }
    async report(bytes) {
        await Promise.all(this.pending);
        if (this.dropped > 0)
            this.problems.push({ kind: 'corrupt', message: `… and ${fmt(this.dropped)} more problems` });
        const tables = [...this.tables.values()]
            .sort((a, b) => a.order - b.order)
            .map(({ name, rows }) => ({ name, rows }));
        return {
            header: this.header ?? { format: 'custom', compression: 'none' },
            toc: this.toc,
            tables,
            blobs: this.blobs,
            problems: this.problems,
            skipped: this.skipped,
            bytes,
        };
    }
}

;// CONCATENATED MODULE: ./src/archive/line-scan-wasm.ts
// Generated by scripts/wasm.mjs from line-scan.wat: edit that file, then run `node scripts/wasm.mjs`.
const LINE_SCAN_WASM = 'AGFzbQEAAAABHwRgAn9/AX9gB39/f39/f3sAYAJ/ewF+YAR/f39/AX8DBQQAAQIDBQMBAAUHEQIGbWVtb3J5AgAEc2NhbgADCuADBDAAIAAtAEBB3ABHBEBBAA8LIABBAmogAU8EQEEBDwsgAC0AQUEuRiAALQBCQQpGcQs1AEEAIAA2AgBBACABNgIEQQAgAjYCCEEAIAM2AgxBACAENgIQQQAgBTYCFEEAIAb9ZDYCGAtCACAA/QAEQCAB/SP9ZK0gAP0ABFAgAf0j/WStQhCGhCAA/QAEYCAB/SP9ZK1CIIYgAP0ABHAgAf0j/WStQjCGhIQLswIFAX8CfgF7AX4Gf0F/IQ0gA0EAIAAQAHEEQEEAQQBBAEEAIAFBfyAHEAFBAA8LAkADQCAEIABPDQEgByAE/QAEQCAE/QAEUP1QIAT9AARgIAT9AARw/VD9UP1QIQcgBEEK/Q8QAiEFIARBCf0PEAIhBgJAA0AgBVANAUIBIAV6hkIBfSEIIAEgBiAIg3unaiEBIAYgCEJ/hYMhBiAJQQFqIQkgAkEARyABIAJHcQRAIApFBEAgCSELIAEhDAsgCkEBaiEKC0EBIQEgBCAFeqdqQQFqIQ4gDiENIA4gAEkEQCAOIAAQAARAIAkgCiALIAwgASANIAcQASAODwsLIAUgBUIBfYMhBQwACwsgASAGe6dqIQEgBEHAAGohBAwACwsgCSAKIAsgDCABIA0gBxABIAAL';

;// CONCATENATED MODULE: ./src/archive/line-scanner.ts
// Rows and fields of big pieces of COPY text, 64 bytes per step (line-scan.wat). CopyCounter hands
// it the bulk of each piece and keeps the rules for what it gives back: the `\.` terminator, what
// follows it, and lines carried over between pieces.

/** The module's memory holds one slice of input after 64 bytes of results, then 64 bytes of padding. */
const SLICE = 256 * 1024;
const INPUT = 64;
class LineScanner {
    bytes;
    results;
    run;
    constructor(instance) {
        const memory = instance.exports.memory;
        this.bytes = new Uint8Array(memory.buffer);
        this.results = new Int32Array(memory.buffer, 0, 8);
        this.run = instance.exports.scan;
    }
    /**
     * b[start, end): `fields` so far in the line that goes on at `start`, `expected` fields per row
     * (0: no check), `atLineStart` when `start` begins a line.
     */
    scan(b, start, end, fields, expected, atLineStart) {
        const out = {
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
        for (let at = start; at < end;) {
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
            if (r[5] >= 0)
                out.lastLineStart = at + r[5];
            if (r[6] !== 0)
                out.nonAscii = true;
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
let shared;
/** The scanner of this thread, or null where WebAssembly SIMD is not available (the JS loop does it all). */
function lineScanner() {
    if (shared !== undefined)
        return shared;
    shared = null;
    try {
        const wasm = globalThis.WebAssembly;
        const bytes = Buffer.from(LINE_SCAN_WASM, 'base64');
        if (wasm && wasm.validate(bytes))
            shared = new LineScanner(new wasm.Instance(new wasm.Module(bytes), {}));
    }
    catch {
        shared = null;
    }
    return shared;
}

;// CONCATENATED MODULE: ./src/archive/copy-counter.ts
// Counting rows of COPY text format. A raw newline always ends a row (COPY escapes newlines inside
// values as \n) and a raw tab always separates fields, so neither needs a real parser.

class CopyCounter {
    expectedFields;
    stopAtTerminator;
    scanFrom;
    rows = 0;
    badRows = 0;
    firstBadRow = 0;
    firstBadFields = 0;
    terminated = false;
    trailing = false;
    fields = 1;
    partialLen = 0;
    head0 = -1;
    head1 = -1;
    /** countLines carries a newline into the next word's first byte, which assumes little-endian lanes. */
    littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
    /** -2: every row must have as many fields as the first (the column list is not known yet). */
    learnFields;
    /**
     * 0 when the bytes of the last push() were all ASCII, which is always valid UTF-8: then the caller
     * need not check them. Nonzero when some byte was not, or push() did not look at every byte.
     */
    nonAscii = 0x80;
    words = null;
    wordBuffer = null;
    wordSource = null;
    /**
     * @param expectedFields fields per row, -1 to skip the check, or -2 to hold every row to the
     *   first row's count (the caller compares that with the column list once it knows it)
     * @param stopAtTerminator return right after the `\.` line (plain SQL, where SQL follows the data)
     * @param scanFrom pieces this long or longer go to the SIMD scanner (line-scanner.ts); below, a
     *   call into WebAssembly and the copy there cost more than they save
     */
    constructor(expectedFields, stopAtTerminator, scanFrom = 2048) {
        this.expectedFields = expectedFields;
        this.stopAtTerminator = stopAtTerminator;
        this.scanFrom = scanFrom;
        this.learnFields = expectedFields === -2;
    }
    /** Count b[start, end). Returns the index just past the `\.` line when stopAtTerminator and it was seen, else -1. */
    push(b, start, end) {
        const exp = this.expectedFields;
        // The scanner knows nothing of what follows `\.`, of a first row that sets the field count, or
        // of a line carried over that may be `\.` itself: those stay here.
        if (end - start >= this.scanFrom &&
            !this.terminated &&
            (exp === -1 || exp > 0) &&
            (this.partialLen === 0 || this.head0 !== 92)) {
            const scanner = lineScanner();
            if (scanner)
                return this.pushScanned(scanner, b, start, end);
        }
        return this.pushBytes(b, start, end);
    }
    pushScanned(scanner, b, start, end) {
        const s = scanner.scan(b, start, end, this.fields, Math.max(0, this.expectedFields), this.partialLen === 0);
        if (s.rows > 0) {
            if (s.badRows > 0 && this.badRows === 0) {
                this.firstBadRow = this.rows + s.firstBadRow;
                this.firstBadFields = s.firstBadFields;
            }
            this.rows += s.rows;
            this.badRows += s.badRows;
            this.partialLen = 0;
            this.head0 = this.head1 = -1;
        }
        this.fields = s.fields;
        const nonAscii = s.nonAscii ? 0x80 : 0;
        if (s.stop < end) {
            // A line that is or may be `\.`: it and everything after it, byte by byte.
            const resumed = this.pushBytes(b, s.stop, end);
            this.nonAscii |= nonAscii;
            return resumed;
        }
        this.keepPartial(b, s.lastLineStart >= 0 ? s.lastLineStart : start, end);
        this.nonAscii = nonAscii;
        return -1;
    }
    pushBytes(b, start, end) {
        let exp = this.expectedFields;
        this.nonAscii = 0x80;
        if (exp === -1)
            return this.pushRows(b, start, end);
        let fields = this.fields;
        let lineStart = start;
        // One pass for fields, rows and the ASCII test (a call to isUtf8 per row, or a second loop over
        // the same bytes, cost more than this whole loop), four bytes per step between newlines.
        let seen = 0;
        const words = this.wordsOf(b);
        const base = b.byteOffset;
        let i = start;
        while (i < end) {
            if (words !== null && ((base + i) & 3) === 0) {
                // Whole words up to the first holding a newline: tabs counted per lane (SWAR, as countLines).
                let k = (base + i) >>> 2;
                const kEnd = (base + end) >>> 2;
                while (k < kEnd) {
                    const stop = Math.min(kEnd, k + 255);
                    let acc = 0;
                    for (; k < stop; k++) {
                        const w = words[k];
                        if (this.lanesEqual(w, 0x0a0a0a0a) !== 0)
                            break;
                        seen |= w;
                        acc = (acc + (this.lanesEqual(w, 0x09090909) >>> 7)) | 0;
                    }
                    fields += this.laneSum(acc);
                    if (k < stop)
                        break;
                }
                i = k * 4 - base;
            }
            // Then byte by byte up to the next word boundary (all of the rest without a word view).
            const stop = words === null ? end : Math.min(end, i + 4 - ((base + i) & 3));
            for (; i < stop; i++) {
                const c = b[i];
                seen |= c;
                if (c > 10)
                    continue;
                if (c === 9) {
                    fields++;
                }
                else if (c === 10) {
                    const line = this.endLine(b, lineStart, i);
                    if (line === 1 /* a row */) {
                        if (exp === -2)
                            exp = this.expectedFields = fields;
                        if (fields !== exp) {
                            if (this.badRows === 0) {
                                this.firstBadRow = this.rows;
                                this.firstBadFields = fields;
                            }
                            this.badRows++;
                        }
                    }
                    else if (line === 2 /* the terminator */ && this.stopAtTerminator) {
                        this.fields = 1;
                        return i + 1;
                    }
                    fields = 1;
                    lineStart = i + 1;
                }
            }
        }
        this.keepPartial(b, lineStart, end);
        this.fields = fields;
        this.nonAscii = seen & 0x80808080;
        return -1;
    }
    /** A word view of b's memory, kept while pieces keep coming from the same buffer (at -Z 0, a row each). */
    wordsOf(b) {
        if (b === this.wordSource)
            return this.words;
        this.wordSource = b;
        const ab = b.buffer;
        if (ab !== this.wordBuffer) {
            this.wordBuffer = ab;
            this.words = ab.byteLength >= 4 ? new Uint32Array(ab, 0, ab.byteLength >>> 2) : null;
        }
        return this.words;
    }
    /**
     * push() without the field check: only newlines matter. Whole lines go through countLines (four
     * bytes at a time); the line carried over from the previous buffer, the partial line at the end,
     * and any run of lines holding a `\\.` candidate take the careful path, scanRows.
     */
    pushRows(b, start, end) {
        if (this.terminated)
            return this.scanRows(b, start, end);
        let from = start;
        if (this.partialLen > 0) {
            const nl = b.indexOf(10, start);
            if (nl < 0 || nl >= end) {
                this.keepPartial(b, start, end);
                return -1;
            }
            const resumed = this.scanRows(b, start, nl + 1);
            if (resumed >= 0)
                return resumed;
            if (this.terminated)
                return this.scanRows(b, nl + 1, end);
            from = nl + 1;
        }
        const last = b.lastIndexOf(10, end - 1);
        if (last >= from) {
            const lines = this.countLines(b, from, last + 1);
            if (lines >= 0) {
                this.rows += lines;
                from = last + 1;
            }
        }
        return this.scanRows(b, from, end);
    }
    /** Rows one by one, with indexOf; the reference behaviour countLines must match. */
    scanRows(b, start, end) {
        let lineStart = start;
        for (;;) {
            const i = b.indexOf(10, lineStart);
            if (i < 0 || i >= end)
                break;
            if (this.endLine(b, lineStart, i) === 2 && this.stopAtTerminator)
                return i + 1;
            lineStart = i + 1;
        }
        this.keepPartial(b, lineStart, end);
        return -1;
    }
    /**
     * Newlines in b[s, e), where s starts a line and b[e - 1] ends one, or -1 when some line there
     * starts with a backslash (only such a line can be the \\. terminator, so scanRows must look).
     * Four bytes per step (SWAR: a byte equal to 10 becomes its lane's high bit): counting rows one
     * indexOf at a time cost as much as inflating the data.
     */
    countLines(b, s, e) {
        if (b[s] === 92)
            return -1;
        // Bytes up to the first 4-aligned offset one by one, whole words four at a time, then the rest.
        let mid = s + ((4 - ((b.byteOffset + s) & 3)) & 3);
        if (mid > e || !this.littleEndian)
            mid = e;
        const words = (e - mid) >>> 2;
        let n = this.countBytes(b, s, mid);
        if (n < 0)
            return -1;
        if (words > 0) {
            const u = new Uint32Array(b.buffer, b.byteOffset + mid, words);
            let carry = mid > s && b[mid - 1] === 10 ? 0x80 : 0;
            let k = 0;
            while (k < words) {
                // Lane sums stay below 256 for 255 words, then fold into n.
                const stop = Math.min(words, k + 255);
                let acc = 0;
                for (; k < stop; k++) {
                    const w = u[k];
                    const nl = this.lanesEqual(w, 0x0a0a0a0a);
                    const starts = (nl << 8) | carry;
                    if (starts !== 0 && (starts & this.lanesEqual(w, 0x5c5c5c5c)) !== 0)
                        return -1;
                    acc = (acc + (nl >>> 7)) | 0;
                    carry = nl >>> 24;
                }
                n += this.laneSum(acc);
            }
        }
        const tail = this.countBytes(b, mid + words * 4, e);
        return tail < 0 ? -1 : n + tail;
    }
    /** 0x80 in each byte lane of w equal to that lane of `lanes`, 0 in the others: exact, no carries between lanes. */
    lanesEqual(w, lanes) {
        const x = w ^ lanes;
        return ~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x | 0x7f7f7f7f);
    }
    /** The four byte lanes of acc added up. */
    laneSum(acc) {
        return (acc & 0xff) + ((acc >>> 8) & 0xff) + ((acc >>> 16) & 0xff) + (acc >>> 24);
    }
    /** countLines for a few bytes; the byte before `from` may be looked at (a false alarm only costs speed). */
    countBytes(b, from, to) {
        let n = 0;
        for (let p = from; p < to; p++) {
            const c = b[p];
            if (c === 10)
                n++;
            else if (c === 92 && p > 0 && b[p - 1] === 10)
                return -1;
        }
        return n;
    }
    /**
     * The line b[lineStart, i), after what was carried over from earlier buffers, ended at the newline
     * b[i]: count it as a row, the `\.` terminator, or what follows the terminator (blank, or trailing).
     */
    endLine(b, lineStart, i) {
        const len = this.partialLen + (i - lineStart);
        let kind = 0;
        if (this.terminated) {
            if (len !== 0)
                this.trailing = true;
        }
        else if (len === 2 && this.isTerminator(b, lineStart)) {
            this.terminated = true;
            kind = 2;
        }
        else {
            this.rows++;
            kind = 1;
        }
        this.partialLen = 0;
        this.head0 = this.head1 = -1;
        return kind;
    }
    /** Keep the first two bytes of a row split across buffers, for the `\.` test. */
    keepPartial(b, lineStart, end) {
        if (lineStart >= end)
            return;
        const n = end - lineStart;
        for (let k = 0; k < n && this.partialLen + k < 2; k++) {
            if (this.partialLen + k === 0)
                this.head0 = b[lineStart + k];
            else
                this.head1 = b[lineStart + k];
        }
        this.partialLen += n;
    }
    isTerminator(b, lineStart) {
        let c0;
        let c1;
        if (this.partialLen === 0) {
            c0 = b[lineStart];
            c1 = b[lineStart + 1];
        }
        else if (this.partialLen === 1) {
            c0 = this.head0;
            c1 = b[lineStart];
        }
        else {
            c0 = this.head0;
            c1 = this.head1;
        }
        return c0 === 92 && c1 === 46;
    }
    result() {
        return {
            rows: this.rows,
            badRows: this.badRows,
            firstBadRow: this.firstBadRow,
            firstBadFields: this.firstBadFields,
            terminated: this.terminated,
            trailing: this.trailing,
            incomplete: this.partialLen > 0 && !this.terminated,
            ...(this.learnFields ? { rowFields: this.expectedFields } : {}),
        };
    }
}
/**
 * Columns named by a COPY statement (`COPY public."a(b" (x, "y,z") FROM stdin;`), or -1 when it has
 * no column list or cannot be parsed (then rows are not checked).
 */
function copyColumnCount(copyStmt) {
    if (!copyStmt)
        return -1;
    const s = copyStmt;
    let i = 0;
    const skipWs = () => {
        while (i < s.length && /\s/.test(s[i]))
            i++;
    };
    skipWs();
    if (!/^COPY\b/i.test(s.slice(i)))
        return -1;
    i += 4;
    skipWs();
    // Qualified, possibly quoted, table name.
    for (;;) {
        if (s[i] === '"') {
            i++;
            for (;;) {
                if (i >= s.length)
                    return -1;
                if (s[i] === '"') {
                    if (s[i + 1] === '"')
                        i += 2;
                    else {
                        i++;
                        break;
                    }
                }
                else
                    i++;
            }
        }
        else {
            while (i < s.length && !/[\s.(]/.test(s[i]))
                i++;
        }
        if (s[i] === '.') {
            i++;
            continue;
        }
        break;
    }
    skipWs();
    if (s[i] !== '(')
        return -1;
    i++;
    let count = 0;
    let inIdent = false;
    for (; i < s.length; i++) {
        const c = s[i];
        if (c === '"') {
            inIdent = true;
            i++;
            while (i < s.length && !(s[i] === '"' && s[i + 1] !== '"'))
                i += s[i] === '"' ? 2 : 1;
        }
        else if (c === ',') {
            count++;
            inIdent = false;
        }
        else if (c === ')') {
            return inIdent || count > 0 ? count + 1 : 0;
        }
        else if (!/\s/.test(c)) {
            inIdent = true;
        }
    }
    return -1;
}
/**
 * Rows of a table's data written as INSERT statements (pg_dump --inserts, --column-inserts,
 * --rows-per-insert): one row per parenthesised group after VALUES, outside string literals and
 * quoted identifiers, where a value may hold newlines, quotes and parentheses of its own.
 * Same push/result shape as CopyCounter.
 */
class InsertCounter {
    expectedFields;
    stopAtTerminator;
    rows = 0;
    /** Like CopyCounter.nonAscii; this counter does not look, so the caller always checks. */
    nonAscii = 0x80;
    /** 0 code, 1 '…' literal, 2 E'…' literal, 3 "…" identifier, 4 -- comment. */
    state = 0;
    /** Just saw a quote that may close a literal or identifier, or be the first of a doubled one. */
    pendingQuote = false;
    escaped = false;
    depth = 0;
    afterValues = false;
    /** The word VALUES may just have ended: it did if the next character cannot go on with it. */
    valuesEnds = false;
    /** Statement text seen since the last `;` (non-blank), so a cut statement is noticed. */
    open = false;
    /** The last seven code characters, upper-cased, to find the word VALUES. */
    tail = '';
    prev = 32;
    constructor(expectedFields, stopAtTerminator) {
        this.expectedFields = expectedFields;
        this.stopAtTerminator = stopAtTerminator;
    }
    push(b, start, end) {
        for (let i = start; i < end; i++) {
            const c = b[i];
            if (this.pendingQuote) {
                this.pendingQuote = false;
                const quote = this.state === 3 ? 34 : 39;
                if (c === quote) {
                    this.prev = c;
                    continue; // a doubled quote: still inside
                }
                this.state = 0;
            }
            if (this.state === 1 || this.state === 2) {
                if (this.escaped)
                    this.escaped = false;
                else if (this.state === 2 && c === 92)
                    this.escaped = true;
                else if (c === 39)
                    this.pendingQuote = true;
                this.prev = c;
                continue;
            }
            if (this.state === 3) {
                if (c === 34)
                    this.pendingQuote = true;
                this.prev = c;
                continue;
            }
            if (this.state === 4) {
                if (c === 10)
                    this.state = 0;
                this.prev = c;
                continue;
            }
            if (this.valuesEnds) {
                this.valuesEnds = false;
                if (!this.isIdent(c))
                    this.afterValues = true;
            }
            if (c === 39) {
                const eString = (this.prev === 69 || this.prev === 101) && !this.isIdent(this.tail.charCodeAt(this.tail.length - 2));
                this.state = eString ? 2 : 1;
                this.open = true;
            }
            else if (c === 34) {
                this.state = 3;
                this.open = true;
            }
            else if (c === 45 && this.prev === 45) {
                this.state = 4;
            }
            else if (c === 40) {
                if (this.depth === 0 && this.afterValues)
                    this.rows++;
                this.depth++;
            }
            else if (c === 41) {
                if (this.depth > 0)
                    this.depth--;
            }
            else if (c === 59 && this.depth === 0) {
                this.afterValues = false;
                this.open = false;
            }
            else if (c > 32) {
                this.open = true;
            }
            if (this.state === 0) {
                this.tail = (this.tail + String.fromCharCode(c >= 97 && c <= 122 ? c - 32 : c)).slice(-7);
                if (this.depth === 0 && /^[^A-Z0-9_$]?VALUES$/.test(this.tail.length === 7 ? this.tail : ` ${this.tail}`)) {
                    this.valuesEnds = true;
                }
            }
            this.prev = c;
        }
        return -1;
    }
    isIdent(x) {
        return (x >= 48 && x <= 57) || ((x | 32) >= 97 && (x | 32) <= 122) || x === 95 || x === 36 || x >= 128;
    }
    result() {
        return {
            rows: this.rows,
            badRows: 0,
            firstBadRow: 0,
            firstBadFields: 0,
            terminated: !this.open,
            trailing: false,
            incomplete: this.open || this.state !== 0 || this.depth !== 0,
        };
    }
}

// EXTERNAL MODULE: ./src/archive/toc.ts
var archive_toc = __webpack_require__(3052);
;// CONCATENATED MODULE: ./src/archive/custom.ts
// Data blocks of the custom format (pg_backup_custom.c): after the TOC, a sequence of
//   block type byte (BLK_DATA = 1, BLK_BLOBS = 3), dump id (int),
//   BLK_DATA:  chunks of (length int, bytes) ending with a 0 length — one compressed stream;
//   BLK_BLOBS: (oid int, chunks…, 0) per large object, ending with oid 0.
// Read in file order, without seeking, so a pipe or an S3 body works as well as a file.




const BLK_DATA = 1;
const BLK_BLOBS = 3;
/** Reads a custom-format archive whose 5-byte magic has already been consumed. */
async function readCustom(src, ctx) {
    const { collector } = ctx;
    const io = new archive_toc/* ArchiveIO */.di(src);
    const head = await (0,archive_toc/* readHead */.zy)(io, 'custom');
    collector.header = head.header;
    const toc = await (0,archive_toc/* readToc */.PP)(io, head.vmin, 'custom');
    collector.toc = toc;
    (0,archive_toc/* checkSpecialEntries */.C5)(toc);
    const compression = head.header.compression;
    await ctx.decoders.prepare(compression);
    const utf8 = ctx.checkFields && (0,archive_toc/* databaseEncoding */.jb)(toc) === 'UTF8';
    const byId = new Map();
    const expected = new Set();
    toc.forEach((e, i) => {
        byId.set(e.dumpId, e);
        if (e.desc === 'TABLE DATA')
            collector.table(String(e.dumpId), (0,archive_toc/* entryName */.MB)(e), i);
        if (e.dataState !== 'none')
            expected.add(e.dumpId);
    });
    const seen = new Set();
    // How big a block is: exact where the TOC records offsets (pg_dump writing a file); writing to a
    // pipe it records none, and the average of the blocks still to come is the best guess (500 small
    // tables must not each start a thread's work, one big table must).
    const offsets = toc
        .filter((e) => e.dataState === 'set' && e.dataOffset !== undefined)
        .map((e) => e.dataOffset)
        .sort((a, b) => a - b);
    const sizeAt = (pos) => {
        const next = offsets.find((o) => o > pos);
        if (next !== undefined)
            return next - pos;
        if (ctx.size === undefined)
            return undefined;
        const blocksLeft = Math.max(1, expected.size - seen.size + 1);
        return (ctx.size - pos) / blocksLeft;
    };
    const missing = () => {
        const left = toc.filter((e) => expected.has(e.dumpId) && !seen.has(e.dumpId));
        for (const e of left.slice(0, 10)) {
            collector.problem({
                entry: (0,archive_toc/* entryName */.MB)(e),
                kind: 'truncated',
                message: `data for ${(0,archive_toc/* entryName */.MB)(e)} is missing: archive truncated`,
            });
        }
        if (left.length > 10) {
            collector.problem({
                kind: 'truncated',
                message: `data for ${fmt(left.length - 10)} more entries is missing: archive truncated`,
            });
        }
    };
    for (;;) {
        if (await src.atEnd())
            break;
        const blockPos = src.position;
        let blkType;
        let id;
        try {
            blkType = await src.byte();
            id = await io.int();
        }
        catch (e) {
            if (e instanceof byte_source/* EndOfInput */.v5) {
                collector.problem({
                    kind: 'truncated',
                    message: `archive ends inside a data block header at offset ${fmt(blockPos)}: archive truncated`,
                });
                missing();
                return;
            }
            throw e;
        }
        const entry = byId.get(id);
        if ((blkType !== BLK_DATA && blkType !== BLK_BLOBS) || !entry || !expected.has(id)) {
            const what = blkType !== BLK_DATA && blkType !== BLK_BLOBS
                ? `unrecognized data block type ${blkType}`
                : `data block for unknown dump ID ${id}`;
            collector.problem({ kind: 'corrupt', message: `${what} at offset ${fmt(blockPos)}: archive corrupt` });
            missing();
            return;
        }
        const name = (0,archive_toc/* entryName */.MB)(entry);
        if (seen.has(id)) {
            collector.problem({
                entry: name,
                kind: 'corrupt',
                message: `second data block for ${name} at offset ${fmt(blockPos)}: archive corrupt`,
            });
            return;
        }
        seen.add(id);
        if (entry.dataState === 'set' && entry.dataOffset !== blockPos) {
            // pg_restore seeks to the recorded offset, so a shifted block is unreadable for it.
            collector.problem({
                entry: name,
                kind: 'corrupt',
                message: `data for ${name} starts at offset ${fmt(blockPos)} but the TOC records ${fmt(entry.dataOffset ?? 0)}: archive corrupt`,
            });
        }
        if ((blkType === BLK_BLOBS) !== (entry.desc === 'BLOBS')) {
            collector.problem({
                entry: name,
                kind: 'corrupt',
                message: `data block type ${blkType} does not match TOC entry ${entry.desc} ${name}`,
            });
            missing();
            return;
        }
        const ok = blkType === BLK_DATA
            ? await readTableData(src, io, entry, compression, ctx, utf8, sizeAt(blockPos))
            : await readBlobs(src, io, entry, compression, ctx);
        if (!ok) {
            missing();
            return;
        }
    }
    missing();
}
/** Streams one chunked stream into a decoder; false if the input ended first. */
async function pumpChunks(src, io, decoder) {
    const hdr = 1 + io.intSize;
    const inPlace = decoder.writeRange;
    for (;;) {
        // At -Z 0 every row is its own chunk: walk whole chunks inside the current input buffer
        // without a Buffer or an await per row, and leave the rest (and the end marker) to the loop below.
        const buf = inPlace ? src.headChunk : undefined;
        if (inPlace && buf) {
            const from = src.headOffset;
            let at = from;
            while (buf.length - at > hdr) {
                const len = io.intAt(buf, at);
                if (len <= 0 || buf.length - at - hdr < len)
                    break;
                inPlace(buf, at + hdr, at + hdr + len);
                at += hdr + len;
            }
            src.skipSync(at - from);
        }
        let len;
        if (src.has(hdr))
            len = io.intSync();
        else {
            try {
                len = await io.int();
            }
            catch (e) {
                if (e instanceof byte_source/* EndOfInput */.v5)
                    return false;
                throw e;
            }
        }
        if (len === 0)
            return true;
        if (len < 0)
            throw new archive_toc/* CorruptArchive */.cP(`negative chunk length ${len} at offset ${fmt(src.position)}`);
        if (src.has(len)) {
            const w = decoder.write(src.takeSync(len));
            if (w)
                await w;
            continue;
        }
        let left = len;
        while (left > 0) {
            if (src.buffered === 0 && !(await src.pull()))
                return false;
            const part = src.takeSome(left);
            left -= part.length;
            const w = decoder.write(part);
            if (w)
                await w;
        }
    }
}
async function readTableData(src, io, entry, compression, ctx, utf8, sizeHint) {
    const name = (0,archive_toc/* entryName */.MB)(entry);
    const isTable = entry.desc === 'TABLE DATA';
    const job = {
        kind: isTable ? (entry.copyStmt?.trim() ? 'copy' : 'inserts') : 'blob',
        compression,
        expectedFields: isTable && ctx.checkFields ? copyColumnCount(entry.copyStmt) : -1,
        utf8: isTable && utf8,
        sizeHint,
    };
    const decoder = ctx.decoders.open(job);
    let complete;
    try {
        complete = await pumpChunks(src, io, decoder);
    }
    catch (e) {
        await decoder.finish(true).catch(() => undefined);
        throw e;
    }
    const key = isTable ? String(entry.dumpId) : null;
    ctx.collector.later(decoder.finish(!complete).then((r) => ctx.collector.block(name, key, r, !complete)));
    return complete;
}
async function readBlobs(src, io, entry, compression, ctx) {
    for (;;) {
        let oid;
        try {
            oid = await io.int();
        }
        catch (e) {
            if (e instanceof byte_source/* EndOfInput */.v5) {
                ctx.collector.problem({
                    entry: 'large objects',
                    kind: 'truncated',
                    message: 'large object data ends early: archive truncated',
                });
                return false;
            }
            throw e;
        }
        if (oid === 0)
            return true;
        if (oid < 0)
            throw new archive_toc/* CorruptArchive */.cP(`invalid large object OID ${oid} at offset ${fmt(src.position)}`);
        const decoder = ctx.decoders.open({ kind: 'blob', compression, expectedFields: -1 });
        const complete = await pumpChunks(src, io, decoder);
        const label = `large object ${oid}`;
        ctx.collector.later(decoder.finish(!complete).then((r) => {
            if (complete && !r.error)
                ctx.collector.blobs++;
            ctx.collector.block(label, null, r, !complete, 'data');
        }));
        if (!complete)
            return false;
    }
}

// EXTERNAL MODULE: ./src/archive/plain-sql-lexer.ts
var plain_sql_lexer = __webpack_require__(6408);
;// CONCATENATED MODULE: ./src/archive/plain.ts



/** Only a line's head is kept: the header and trailer patterns need no more. */
const MAX_LINE = 1024 * 1024;
/** pg_dump's and pg_dumpall's opening comment: without it nothing says what a whole script looks like. */
const SCRIPT_HEADER = /^--\s*PostgreSQL database (?:cluster )?dump\s*$/;
/**
 * What may follow the closing comment: blank lines, comments, and psql's `\unrestrict` (pg_dump
 * 17.6+). Anything else means the "complete" line closed an earlier script, not this file.
 */
const TRAILER = /^(?:\s*|--.*|\\unrestrict\s.*)$/;
const QUALIFIED_NAME = String.raw `((?:"(?:[^"]|"")*"|[^\s."(]+)(?:\.(?:"(?:[^"]|"")*"|[^\s."(]+))*)`;
const COPY_TARGET = new RegExp(String.raw `^COPY\s+` + QUALIFIED_NAME);
const INSERT_TARGET = new RegExp(String.raw `^INSERT\s+INTO\s+` + QUALIFIED_NAME, 'i');
/** pg_dump's comment before each table's data: the only trace of a table whose INSERT data is empty. */
const TABLE_DATA_COMMENT = /^-- Data for Name: (.*); Type: TABLE DATA; Schema: (.*); Owner: .*$/;
/** `COPY public."Weird name" …` → `public.Weird name`. */
function parseCopyTarget(line) {
    return parseTarget(COPY_TARGET, line);
}
function parseTarget(re, sql) {
    const m = re.exec(sql);
    if (!m)
        return null;
    const parts = m[1].match(/"(?:[^"]|"")*"|[^."]+/g) ?? [];
    return parts.map((p) => (p.startsWith('"') ? p.slice(1, -1).replace(/""/g, '"') : p)).join('.');
}
async function readPlain(src, ctx) {
    const { collector } = ctx;
    const header = { format: 'plain', compression: 'none' };
    collector.header = header;
    let copy = null;
    let complete = false;
    let cluster = false;
    let db = null;
    let order = 0;
    let carry = '';
    const names = new Map();
    // INSERT data (--inserts, --column-inserts, --rows-per-insert): the run of INSERTs into one table.
    let inserts = null;
    // A "Data for Name" comment not yet followed by its data: with INSERT data an empty table has nothing else.
    let announced = null;
    // Comment lines outside COPY data: the header, the versions and the closing "dump complete".
    const onLine = (text) => {
        if (complete && !TRAILER.test(text))
            complete = false;
        if (SCRIPT_HEADER.test(text)) {
            header.scriptHeader = true;
            if (text.includes('cluster'))
                cluster = true;
        }
        else if (/^-- Dumped from database version /.test(text)) {
            header.serverVersion ??= text.replace(/^-- Dumped from database version /, '').trim();
        }
        else if (/^-- Dumped by pg_dump(?:all)? version /.test(text)) {
            header.dumpVersion ??= text.replace(/^-- Dumped by pg_dump(?:all)? version /, '').trim();
        }
        else if (/^-- PostgreSQL database (cluster )?dump complete\s*$/.test(text)) {
            // pg_dumpall closes every database with "dump complete"; only the cluster line ends the file.
            if (!cluster || text.includes('cluster'))
                complete = true;
        }
    };
    const onText = (raw) => {
        const lines = (carry + raw).split('\n');
        carry = lines.pop();
        // Only a line's head is kept: the patterns above only look at the start.
        if (carry.length > MAX_LINE)
            carry = carry.slice(0, MAX_LINE);
        for (const line of lines)
            onLine((0,plain_sql_lexer/* decodeRaw */.Dq)(line.slice(0, MAX_LINE)).replace(/\r$/, ''));
    };
    const register = (target) => {
        let name = db ? `${db}/${target}` : target;
        const n = (names.get(name) ?? 0) + 1;
        names.set(name, n);
        if (n > 1)
            name = `${name} (#${n})`;
        const key = `plain:${order}`;
        collector.table(key, name, order++);
        return { name, key };
    };
    // An announced table whose data turned out to be no statement at all: 0 rows.
    function flushAnnounced() {
        if (announced !== null)
            register(announced);
        announced = null;
    }
    const closeInserts = () => {
        if (!inserts)
            return;
        collector.block(inserts.name, inserts.key, { ...inserts.counter.result(), bytesIn: 0, bytesOut: 0 }, false);
        inserts = null;
    };
    // Only comments before a statement's first token: a string value may hold a line that looks the same.
    const announce = (raw) => {
        for (const line of raw.split('\n')) {
            if (!/^\s*(?:--.*)?$/.test(line))
                break;
            const m = TABLE_DATA_COMMENT.exec((0,plain_sql_lexer/* decodeRaw */.Dq)(line).replace(/\r$/, ''));
            if (m) {
                flushAnnounced();
                announced = `${m[2]}.${m[1]}`;
            }
        }
    };
    const onStatement = (statement) => {
        announce(statement.raw);
        const target = parseTarget(INSERT_TARGET, statement.sql);
        if (target === null) {
            closeInserts();
            if (statement.copyFromStdin)
                announced = null;
            else
                flushAnnounced();
            return;
        }
        if (inserts?.target !== target || announced !== null) {
            closeInserts();
            announced = null;
            inserts = { target, ...register(target), counter: new InsertCounter(-1, false) };
        }
        const bytes = Buffer.from(statement.raw, 'latin1');
        inserts.counter.push(bytes, 0, bytes.length);
        complete = false;
    };
    const startCopy = (statement) => {
        const target = parseCopyTarget(statement.sql) ?? `unknown table ${order + 1}`;
        const { name, key } = register(target);
        copy = { name, key, counter: new CopyCounter(ctx.checkFields ? copyColumnCount(statement.sql) : -1, true) };
        complete = false;
    };
    const onItem = (item) => {
        if (item.kind === 'copy-data' || item.kind === 'copy-end') {
            if (!copy)
                return;
            const c = copy;
            const bytes = item.kind === 'copy-data' ? item.bytes : Buffer.from(item.raw, 'latin1');
            c.counter.push(bytes, 0, bytes.length);
            if (item.kind === 'copy-end' && item.terminated) {
                collector.block(c.name, c.key, { ...c.counter.result(), bytesIn: 0, bytesOut: 0 }, false);
                copy = null;
            }
            return;
        }
        onText(item.raw);
        if (item.kind === 'statement')
            onStatement(item);
        else if (item.kind === 'gap')
            announce(item.raw);
        if (item.kind === 'statement' && item.copyFromStdin)
            startCopy(item);
        else if (item.kind === 'meta' && (item.command === 'connect' || item.command === 'c')) {
            closeInserts();
            flushAnnounced();
            db = (0,plain_sql_lexer/* connectTarget */.u)(item.args).database ?? db;
        }
    };
    // What psql executes, not what lines look like: a COPY line inside a string is not a COPY.
    const lexer = new plain_sql_lexer/* PlainSqlLexer */.$Z({ lineNumbers: false });
    for (;;) {
        if (src.buffered === 0 && !(await src.pull()))
            break;
        for (const item of lexer.push(src.takeSome(src.buffered)))
            onItem(item);
    }
    for (const item of lexer.end())
        onItem(item);
    if (carry)
        onLine((0,plain_sql_lexer/* decodeRaw */.Dq)(carry));
    closeInserts();
    flushAnnounced();
    if (copy) {
        const c = copy;
        const r = c.counter.result();
        collector.addRows(c.key, r.rows);
        collector.problem({
            entry: c.name,
            kind: 'truncated',
            message: `data for ${c.name} ends after ${fmt(r.rows)} rows: archive truncated`,
        });
        return;
    }
    if (!complete) {
        collector.problem({
            kind: 'truncated',
            message: `plain SQL dump does not end with "-- PostgreSQL database ${cluster ? 'cluster ' : ''}dump complete": archive truncated`,
        });
    }
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/archive/block-processor.ts
class BlockProcessor {
    deps;
    job;
    counter;
    z = null;
    /** UTF-8 check: the incomplete character at the end of the last piece, and where it first failed. */
    utf8Tail = null;
    invalidUtf8AfterRow;
    error;
    skipped;
    pending = [];
    pendingBytes = 0;
    bytesIn = 0;
    bytesOut = 0;
    ended = null;
    unsettled = new Set();
    /** Compressed input goes to zlib in batches this big: one libuv job per 4 KiB chunk costs more than the inflate. */
    batch = 256 * 1024;
    /** Each output buffer is one round trip to the thread pool; zlib's 16 KiB default makes that the bottleneck. */
    outChunk = 256 * 1024;
    constructor(deps, job) {
        this.deps = deps;
        this.job = job;
        this.counter =
            job.kind === 'copy'
                ? new deps.CopyCounter(job.expectedFields, false)
                : job.kind === 'inserts'
                    ? new deps.InsertCounter(-1, false)
                    : null;
        const zl = deps.zlib;
        if (job.compression === 'gzip') {
            const o = { chunkSize: this.outChunk };
            this.z = job.gzipHeader ? deps.zlib.createGunzip(o) : deps.zlib.createInflate(o);
        }
        else if (job.compression === 'zstd') {
            // Node ≥ 22.15 / 23.8 ships zstd in zlib; older runtimes use the JS decoder.
            if (typeof zl.createZstdDecompress === 'function') {
                this.z = zl.createZstdDecompress({ chunkSize: this.outChunk });
            }
            else if (deps.codecs?.zstd)
                this.z = deps.codecs.zstd();
            else
                this.skipped = 'zstd data, no decoder';
        }
        else if (job.compression === 'lz4') {
            if (deps.codecs?.lz4)
                this.z = deps.codecs.lz4();
            else
                this.skipped = 'lz4 data, no decoder';
        }
        if (this.z) {
            // Count after zlib's callback returns: by then it has queued the next inflate step on the
            // thread pool, so inflating and counting overlap instead of taking turns.
            this.z.on('data', (out) => queueMicrotask(() => this.consume(out)));
            this.z.on('error', (e) => {
                if (this.error === undefined)
                    this.error = e.message;
            });
            const settleAll = () => {
                for (const f of [...this.unsettled])
                    f();
            };
            this.z.on('error', settleAll);
            this.z.on('close', settleAll);
            this.ended = new Promise((resolve) => {
                this.z.once('end', resolve);
                this.z.once('error', () => resolve());
                this.z.once('close', resolve);
            });
        }
    }
    consume(out) {
        this.bytesOut += out.length;
        this.count(out, 0, out.length);
    }
    /**
     * Rows and, when asked, UTF-8 of b[start, end). The counter reads every byte anyway and says
     * whether any was not ASCII; only then (or with a character left open by the last piece) does the
     * UTF-8 validator have to look.
     */
    count(b, start, end) {
        const counter = this.counter;
        if (!counter) {
            if (this.job.utf8)
                this.checkUtf8(b, start, end, 0);
            return;
        }
        const rowsBefore = counter.rows;
        counter.push(b, start, end);
        if (this.job.utf8 && (counter.nonAscii !== 0 || this.utf8Tail))
            this.checkUtf8(b, start, end, rowsBefore);
    }
    /**
     * b[start, end) continues valid UTF-8; a character split across pieces is completed from the next.
     * `rowsBefore`: rows counted before this piece, which a failure reports.
     */
    checkUtf8(b, start, end, rowsBefore) {
        const isUtf8 = this.deps.isUtf8;
        if (!isUtf8 || this.invalidUtf8AfterRow !== undefined || start >= end)
            return;
        let from = start;
        const bad = () => {
            this.invalidUtf8AfterRow = rowsBefore;
        };
        if (this.utf8Tail) {
            const lead = this.utf8Tail[0];
            const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
            const take = Math.min(need - this.utf8Tail.length, end - from);
            const joined = new Uint8Array(this.utf8Tail.length + take);
            joined.set(this.utf8Tail);
            joined.set(b.subarray(from, from + take), this.utf8Tail.length);
            from += take;
            if (joined.length < need) {
                this.utf8Tail = joined;
                return;
            }
            this.utf8Tail = null;
            if (!isUtf8(joined))
                return bad();
        }
        // The last character may go on in the next piece: keep its bytes back.
        let cut = end;
        for (let k = end - 1; k >= from && k >= end - 3; k--) {
            const c = b[k];
            if (c < 0x80)
                break;
            if (c >= 0xc0) {
                const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
                if (k + need > end)
                    cut = k;
                break;
            }
        }
        if (!isUtf8(b.subarray(from, cut)))
            return bad();
        // A copy (Buffer#slice would be a view): the piece's memory is reused once this returns.
        if (cut < end)
            this.utf8Tail = new Uint8Array(b.subarray(cut, end));
    }
    /** Uncompressed blocks are counted in place, one range per pg_dump chunk (a row, at -Z 0). */
    get writeRange() {
        if (this.z || this.skipped)
            return undefined;
        return (buf, start, end) => {
            this.bytesIn += end - start;
            this.bytesOut += end - start;
            this.count(buf, start, end);
        };
    }
    /** Feed compressed bytes. A returned promise means: wait before writing more (backpressure). */
    write(chunk) {
        this.bytesIn += chunk.length;
        if (this.skipped || this.error !== undefined)
            return undefined;
        if (!this.z) {
            this.consume(chunk);
            return undefined;
        }
        // A batch never outgrows its buffer: what would overflow it starts the next one.
        const before = this.pendingBytes + chunk.length > this.batch ? this.flush() : undefined;
        this.pending.push(chunk);
        this.pendingBytes += chunk.length;
        const after = this.pendingBytes >= this.batch ? this.flush() : undefined;
        return before ?? after;
    }
    flush() {
        if (this.pendingBytes === 0 || !this.z || this.error !== undefined)
            return undefined;
        const spare = this.deps.spare;
        let owned;
        let buf;
        if (this.pending.length === 1)
            buf = this.pending[0];
        else {
            owned = spare.pop() ?? Buffer.allocUnsafeSlow(this.batch);
            let at = 0;
            for (const part of this.pending) {
                owned.set(part, at);
                at += part.length;
            }
            buf = owned.subarray(0, at);
        }
        this.pending = [];
        this.pendingBytes = 0;
        const budget = this.deps.budget;
        budget.bytes += buf.length;
        let settled = false;
        // zlib's callback means it has consumed the input: only then may the buffer hold the next batch.
        const consumed = (error) => {
            if (owned && !error && spare.length < 32)
                spare.push(owned);
            settle();
        };
        // Settled by zlib's callback, or by close/error: a destroyed stream must not keep budget forever.
        const settle = () => {
            if (settled)
                return;
            settled = true;
            this.unsettled.delete(settle);
            budget.bytes -= buf.length;
            if (budget.bytes <= budget.max / 2 && budget.waiters.length > 0) {
                const w = budget.waiters;
                budget.waiters = [];
                for (const f of w)
                    f();
            }
        };
        this.unsettled.add(settle);
        this.z.write(buf, consumed);
        if (budget.bytes <= budget.max)
            return undefined;
        return new Promise((resolve) => budget.waiters.push(resolve));
    }
    /**
     * Flush and close the codec. `truncated`: the input stopped early, so the codec's complaint about a
     * missing end is expected and dropped; the rows decoded up to the cut are still counted.
     */
    async finish(truncated = false) {
        if (this.z) {
            if (this.error === undefined) {
                await this.flush();
                this.z.end();
            }
            else {
                this.z.destroy();
            }
            await this.ended;
        }
        const counted = this.counter
            ? this.counter.result()
            : {
                rows: 0,
                badRows: 0,
                firstBadRow: 0,
                firstBadFields: 0,
                terminated: false,
                trailing: false,
                incomplete: false,
            };
        const error = truncated && this.error === 'unexpected end of file' ? undefined : this.error;
        // A character left incomplete at the very end is damage too, unless the input was cut there.
        if (this.utf8Tail && !truncated && this.invalidUtf8AfterRow === undefined) {
            this.invalidUtf8AfterRow = counted.rows;
        }
        return {
            ...counted,
            bytesIn: this.bytesIn,
            bytesOut: this.bytesOut,
            error,
            skipped: this.skipped,
            invalidUtf8AfterRow: this.invalidUtf8AfterRow,
        };
    }
}

// EXTERNAL MODULE: ./src/archive/codecs.ts
var codecs = __webpack_require__(3467);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/archive/inflate-threads.ts
// Inflating big gzip data blocks in worker threads, synchronously, so the inflate never waits for
// this thread.
//
// Node's zlib streams inflate on libuv's pool one output piece at a time, and only this thread can
// hand the pool the next piece: while it hashes, walks chunks or counts rows, the one zlib stream of
// a big table stands still (docs/verify-profile.md: main and pool barely overlapped). A worker that
// drives the zlib handle synchronously inflates without pause; this thread receives the output and
// counts it, so inflating and everything else run on the two cores at once.
//
// The synchronous drive is the one `zlib.inflateSync` uses (the handle's writeSync and its write
// state), kept open across writes. It is not public API, so `syncInflateAvailable()` checks its shape
// once and callers fall back to zlib streams when it differs.


/**
 * Output pieces a worker posts. On a big table the thread is the pass's critical path, and a message
 * per 256 KiB cost it ~5% (`postMessage`); 1 MiB pieces took case 1 from 1.67 s to 1.62 s.
 */
const OUT_PIECE = 1024 * 1024;
/**
 * Output buffers per thread: the most output that waits for this thread to count it. With 1 MiB
 * (about a millisecond of inflate) the thread stood idle for a fifth of a big table's time, waiting
 * for pieces to come back while this thread hashed or collected garbage; 4 MiB keeps it busy.
 */
const OUT_POOL = 4;
/** Compressed input is posted in batches of this size (one message each). */
const IN_BATCH = 256 * 1024;
/** Batches kept for reuse: the budget's worth, a new one only when all are in flight. */
const SPARE_BATCHES = 16;
let available;
/** Whether this Node's zlib streams have the handle `zlib.inflateSync` drives (Node 20–24 do). */
function syncInflateAvailable() {
    if (available === undefined) {
        const probe = external_node_zlib_.createInflate();
        available = typeof probe._handle?.writeSync === 'function' && probe._writeState instanceof Uint32Array;
        probe.close();
    }
    return available;
}
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const zlib = require('node:zlib');
const { Z_NO_FLUSH, Z_FINISH } = zlib.constants;
const OUT = ${OUT_PIECE};
const POOL = ${OUT_POOL};
const jobs = new Map();
// Output buffers come back once counted. With all of them out, inflating waits for one: a reader
// that falls behind holds back the inflate instead of piling output up in memory.
const free = [];
let made = 0;
const take = () => free.pop() ?? (made < POOL ? (made++, Buffer.allocUnsafeSlow(OUT)) : null);
// Messages in arrival order; the first one waits while no output buffer is free.
const queue = [];
function post(id, j) {
  const b = j.out;
  j.out = null;
  if (j.at === 0) return void (b && free.push(b));
  parentPort.postMessage({ t: 'out', id, buf: new Uint8Array(b.buffer, 0, j.at) }, [b.buffer]);
  j.at = 0;
}
/** Works on one message; false when it has to wait for an output buffer. */
function step(w) {
  const m = w.m;
  if (m.t === 'open') {
    const z = m.gzipHeader ? zlib.createGunzip() : zlib.createInflate();
    const j = { z, h: z._handle, st: z._writeState, out: null, at: 0, error: undefined, ended: false };
    j.h.onerror = (message) => { if (j.error === undefined) j.error = message; };
    jobs.set(m.id, j);
    return true;
  }
  const j = jobs.get(m.id);
  const flush = m.t === 'end' ? Z_FINISH : Z_NO_FLUSH;
  while (j.error === undefined && !j.ended) {
    if (!j.out) {
      j.out = take();
      if (!j.out) return false;
    }
    j.h.writeSync(flush, w.input, w.off, w.len, j.out, j.at, OUT - j.at);
    if (j.error !== undefined) break;
    const availOut = j.st[0];
    const availIn = j.st[1];
    j.at = OUT - availOut;
    w.off += w.len - availIn;
    w.len = availIn;
    if (availOut === 0) {
      post(m.id, j);
      continue;
    }
    // Output room left over with input left over: the stream has ended (zlib streams ignore the rest).
    if (availIn > 0) j.ended = true;
    break;
  }
  if (m.t === 'data') {
    // The input buffer goes back too: a worker's small heap seldom collects, so moved-in buffers would pile up.
    parentPort.postMessage({ t: 'ack', id: m.id, n: m.buf.byteLength, buf: m.buf.buffer }, [m.buf.buffer]);
    return true;
  }
  if (j.out) post(m.id, j);
  jobs.delete(m.id);
  try { j.z.close(); } catch {}
  parentPort.postMessage({ t: 'done', id: m.id, error: j.error });
  return true;
}
function pump() {
  while (queue.length > 0 && step(queue[0])) queue.shift();
}
parentPort.on('message', (m) => {
  if (m.t === 'free') free.push(Buffer.from(m.buf));
  else {
    const input = m.t === 'data' ? Buffer.from(m.buf.buffer, m.buf.byteOffset, m.buf.byteLength) : Buffer.alloc(0);
    queue.push({ m, input, off: 0, len: input.length });
  }
  pump();
});
`;
/**
 * A few worker threads that inflate gzip blocks; each block goes whole to one of them (a zlib stream
 * cannot be split), and consecutive blocks land on different threads so that tables inflate at once.
 */
class InflateThreads {
    count;
    budget;
    threads = null;
    jobs = new Map();
    nextId = 1;
    inFlight = 0;
    waiters = [];
    failure = null;
    /** Input batches the workers gave back, for the next ones. */
    spare = [];
    /**
     * @param count worker threads at most, started as blocks need them
     * @param budget compressed bytes posted and not yet inflated, over all threads; bounds memory
     */
    constructor(count, budget) {
        this.count = count;
        this.budget = budget;
    }
    /**
     * The thread for the next block: an idle one, else a new one while fewer than `count` run, else
     * the least loaded. (A read starts one, INFLATE_THREADS in block-decoders.ts; tests spread blocks
     * over more.)
     */
    pick() {
        const threads = (this.threads ??= []);
        const idle = threads.find((t) => t.open === 0);
        if (idle)
            return idle;
        if (threads.length < this.count) {
            const thread = {
                // The worker only drives zlib and posts messages: a small young generation is plenty.
                worker: new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 4 } }),
                load: 0,
                open: 0,
            };
            thread.worker.on('message', (m) => this.received(thread, m));
            thread.worker.on('error', (e) => this.failed(e));
            // Exiting without an error (killed, out of memory) must not leave a block waiting forever.
            thread.worker.on('exit', (code) => {
                if (this.threads)
                    this.failed(new Error(`inflate thread exited (code ${code})`));
            });
            threads.push(thread);
            return thread;
        }
        return threads.reduce((a, b) => (b.open < a.open || (b.open === a.open && b.load < a.load) ? b : a));
    }
    received(thread, m) {
        const job = this.jobs.get(m.id);
        if (m.t === 'out') {
            job?.sink.write(Buffer.from(m.buf.buffer, m.buf.byteOffset, m.buf.byteLength));
            // Counted synchronously and not kept: the buffer goes back for the next piece.
            const ab = m.buf.buffer;
            thread.worker.postMessage({ t: 'free', buf: ab }, [ab]);
        }
        else if (m.t === 'ack') {
            if (m.buf.byteLength === IN_BATCH && this.spare.length < SPARE_BATCHES)
                this.spare.push(Buffer.from(m.buf));
            thread.load -= m.n;
            this.inFlight -= m.n;
            this.release();
        }
        else {
            thread.open--;
            this.jobs.delete(m.id);
            job?.done?.(m.error);
        }
    }
    failed(error) {
        this.failure = error;
        for (const job of this.jobs.values())
            job.done?.(`inflate thread failed: ${error.message}`);
        this.release();
    }
    release() {
        if (this.inFlight > this.budget / 2 && !this.failure)
            return;
        const waiting = this.waiters;
        this.waiters = [];
        for (const resolve of waiting)
            resolve();
    }
    open(gzipHeader, sink) {
        const thread = this.pick();
        thread.open++;
        const id = this.nextId++;
        const job = { sink };
        this.jobs.set(id, job);
        thread.worker.postMessage({ t: 'open', id, gzipHeader });
        let batch = null;
        let used = 0;
        let bytesIn = 0;
        const post = () => {
            if (!batch || used === 0)
                return;
            // A full batch is moved to the worker; a partial one (once per block) is copied to size, and
            // its buffer kept for the next block (with hundreds of small tables, that is most batches).
            const full = used === batch.length;
            const ab = (full ? batch.buffer : batch.buffer.slice(0, used));
            if (!full && this.spare.length < SPARE_BATCHES)
                this.spare.push(batch);
            batch = null;
            thread.load += used;
            this.inFlight += used;
            used = 0;
            thread.worker.postMessage({ t: 'data', id, buf: new Uint8Array(ab) }, [ab]);
        };
        return {
            write: (chunk) => {
                bytesIn += chunk.length;
                if (this.failure)
                    return undefined;
                let off = 0;
                while (off < chunk.length) {
                    batch ??= this.spare.pop() ?? Buffer.allocUnsafeSlow(IN_BATCH);
                    const n = Math.min(chunk.length - off, IN_BATCH - used);
                    chunk.copy(batch, used, off, off + n);
                    used += n;
                    off += n;
                    if (used === IN_BATCH)
                        post();
                }
                if (this.inFlight <= this.budget)
                    return undefined;
                return new Promise((resolve) => this.waiters.push(resolve));
            },
            finish: async (truncated = false) => {
                post();
                const error = await new Promise((resolve) => {
                    if (this.failure)
                        return resolve(`inflate thread failed: ${this.failure.message}`);
                    job.done = resolve;
                    thread.worker.postMessage({ t: 'end', id });
                });
                const counted = await sink.finish(truncated);
                // A thread that died proves nothing either way: not checked, never "corrupt".
                if (this.failure)
                    return { ...counted, bytesIn, skipped: `gzip data not checked: ${error ?? 'inflate thread failed'}` };
                // As with zlib streams: an input cut short is reported as truncation, not as a codec error.
                const codecError = truncated && error === 'unexpected end of file' ? undefined : error;
                return { ...counted, bytesIn, error: codecError };
            },
        };
    }
    async close() {
        const threads = this.threads;
        this.threads = null;
        // Blocks still open are not checked; they must not wait on a thread that is gone.
        if (this.jobs.size > 0 && !this.failure)
            this.failed(new Error('closed while blocks were open'));
        if (threads)
            await Promise.all(threads.map((t) => t.worker.terminate()));
    }
}

;// CONCATENATED MODULE: ./src/archive/block-decoders.ts
// Where data blocks are decoded and counted: zlib streams on libuv's pool for most blocks, worker
// threads that inflate synchronously for big gzip blocks (inflate-threads.ts); rows are always
// counted in the reading thread.






/** Compressed bytes queued for codecs at once; bounds memory while several blocks inflate in parallel. */
const INFLIGHT_BUDGET = 8 * 1024 * 1024;
/**
 * Gzip blocks go to inflate threads when their size hint (custom.ts, tar.ts) is at least this big:
 * starting a worker costs ~30 ms, and a small block is inflated before a thread would be up.
 */
const THREAD_MIN_BYTES = 4 * 1024 * 1024;
/**
 * Compressed bytes posted to inflate threads and not yet inflated: lets the next table start while
 * one still inflates. 16 MiB measured no faster than 8 on the 48.8 MB bench dump and cost 10 MB more;
 * with 12 output buffers per thread, 4 MiB was as fast as 8 and gave their memory back.
 */
const THREAD_BUDGET = 4 * 1024 * 1024;
/**
 * Inflate threads a read starts at most. An archive is one stream: the reader reaches a block only
 * once the one before is posted, which the budget allows only when that block is nearly inflated, so
 * a second thread overlapped two tables for a few milliseconds. It measured no faster (three 16 MB
 * tables: 0.694 s against 0.682 s with one; 1.27 GB: 10.2 s against 10.0 s) and cost 12–13 MiB.
 */
const INFLATE_THREADS = 1;
function blockDecoders(opts = {}) {
    const forced = opts.threads !== undefined;
    const count = opts.threads ?? INFLATE_THREADS;
    const threads = count > 0 && syncInflateAvailable() ? new InflateThreads(count, THREAD_BUDGET) : null;
    const deps = {
        zlib: external_node_zlib_,
        CopyCounter: CopyCounter,
        InsertCounter: InsertCounter,
        isUtf8: external_node_buffer_.isUtf8,
        codecs: {},
        budget: { bytes: 0, max: INFLIGHT_BUDGET, waiters: [] },
        spare: [],
    };
    return {
        prepare: async (compression) => {
            deps.codecs = { ...deps.codecs, ...(await (0,codecs/* codecsFor */.ti)(compression)) };
        },
        open: (job) => {
            const big = forced || (job.sizeHint !== undefined && job.sizeHint >= THREAD_MIN_BYTES);
            if (!threads || job.compression !== 'gzip' || !big)
                return new BlockProcessor(deps, job);
            // The thread inflates; this thread counts the output as if the block were uncompressed.
            return threads.open(job.gzipHeader === true, new BlockProcessor(deps, { ...job, compression: 'none' }));
        },
        close: async () => {
            await threads?.close();
        },
    };
}

;// CONCATENATED MODULE: ./src/archive/tar.ts
// pg_dump's tar format (pg_backup_tar.c): ustar members `toc.dat` (the custom header and TOC, each
// entry naming its data member), `NNNN.dat[.gz]` (plain COPY text), `blobs.toc` / `blobs_NNNN.toc`
// (lines "oid blob_oid.dat") with `blob_oid.dat[.gz]`, and `restore.sql`, which is not needed here.




const BLOCK = 512;
/** toc.dat is read into memory to reuse the TOC parser; a real one is kilobytes to a few megabytes. */
const MAX_TOC = 256 * 1024 * 1024;
function cstr(b, start, len) {
    const end = b.indexOf(0, start);
    return b.toString('latin1', start, end === -1 || end > start + len ? start + len : end);
}
function tarSize(b) {
    // GNU base-256 for members over 8 GiB: high bit of the first byte set.
    if (b[124] & 0x80) {
        let v = 0;
        for (let i = 125; i < 136; i++)
            v = v * 256 + b[i];
        return v;
    }
    const s = cstr(b, 124, 12).trim();
    if (!/^[0-7]*$/.test(s))
        return -1;
    return s === '' ? 0 : Number.parseInt(s, 8);
}
function checksumOk(b) {
    const stored = cstr(b, 148, 8).trim();
    if (!/^[0-7]+$/.test(stored))
        return false;
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 32 : b[i];
    return sum === Number.parseInt(stored, 8);
}
/** What a tarred directory-format dump holds besides toc.dat (data may be gzip, lz4 or zstd files). */
const DIRECTORY_MEMBER = /^(\d+\.dat|blob_\d+\.dat|blobs(_\d+)?\.toc)(\.gz|\.lz4|\.zst)?$/;
function settleEarly(p, r, toc, byFile, ctx) {
    const entry = byFile.get(p.plainName);
    if (!entry || entry.desc !== 'TABLE DATA') {
        ctx.collector.problem({
            kind: 'corrupt',
            message: `tar member ${p.member} belongs to no table in the table of contents: archive corrupt`,
        });
        return;
    }
    let result = r;
    if ((0,archive_toc/* databaseEncoding */.jb)(toc) !== 'UTF8')
        result = { ...result, invalidUtf8AfterRow: undefined };
    const columns = ctx.checkFields ? copyColumnCount(entry.copyStmt) : -1;
    const fields = r.rowFields ?? -1;
    if (columns >= 0 && fields >= 0 && fields !== columns && r.badRows === 0) {
        // Every row agreed with the first, and the first disagrees with the column list.
        result = { ...result, badRows: r.rows, firstBadRow: 0, firstBadFields: fields };
    }
    ctx.collector.block((0,archive_toc/* entryName */.MB)(entry), String(entry.dumpId), result, p.cut);
}
/** Reads a tar archive; the first 512-byte header has not been consumed. */
async function readTar(src, ctx) {
    const { collector } = ctx;
    let toc = null;
    const byFile = new Map();
    const seen = new Set();
    const blobFiles = new Set();
    const blobsSeen = new Set();
    let sawEnd = false;
    const pending = [];
    for (;;) {
        const at = src.position;
        if (await src.atEnd())
            break;
        let h;
        try {
            h = await src.take(BLOCK);
        }
        catch (e) {
            if (e instanceof byte_source/* EndOfInput */.v5) {
                collector.problem({
                    kind: 'truncated',
                    message: `tar archive ends inside a member header at offset ${fmt(at)}: archive truncated`,
                });
                break;
            }
            throw e;
        }
        if (h.every((x) => x === 0)) {
            sawEnd = true;
            break;
        }
        if (!checksumOk(h))
            throw new archive_toc/* CorruptArchive */.cP(`tar member header at offset ${fmt(at)} has a bad checksum`);
        const prefix = h.toString('latin1', 257, 262) === 'ustar' ? cstr(h, 345, 155) : '';
        const name = (prefix ? `${prefix}/` : '') + cstr(h, 0, 100);
        const size = tarSize(h);
        if (size < 0)
            throw new archive_toc/* CorruptArchive */.cP(`tar member ${name} has an invalid size field`);
        const padded = Math.ceil(size / BLOCK) * BLOCK;
        const base = name.replace(/^.*\//, '');
        // pg_dump -Fd tarred (kartoza's .dir.tar.gz, `tar -c dump/`): a directory entry, data members
        // in name order and toc.dat among them, often after the data. Those members are checked as they
        // pass and matched to their TOC entries once toc.dat has been read.
        if (!toc && h[156] === 0x35 /* '5': a directory */ && size === 0)
            continue;
        if (!toc && base !== 'toc.dat' && !DIRECTORY_MEMBER.test(base)) {
            throw new archive_toc/* UnsupportedArchive */.Wx(`tar archive does not start with toc.dat (found ${name})`);
        }
        if (!toc && base === 'toc.dat') {
            if (size > MAX_TOC)
                throw new archive_toc/* CorruptArchive */.cP(`toc.dat of ${fmt(size)} bytes`);
            let body;
            try {
                body = await src.take(size);
                await src.take(padded - size);
            }
            catch (e) {
                if (e instanceof byte_source/* EndOfInput */.v5) {
                    collector.problem({ kind: 'truncated', message: 'tar archive ends inside toc.dat: archive truncated' });
                    return;
                }
                throw e;
            }
            const inner = new byte_source/* ByteSource */.Ik((0,byte_source/* once */.Oo)(body));
            const magic = await inner.take(5).catch(() => Buffer.alloc(0));
            if (magic.toString('latin1') !== 'PGDMP')
                throw new archive_toc/* CorruptArchive */.cP('toc.dat does not start with PGDMP');
            const io = new archive_toc/* ArchiveIO */.di(inner);
            try {
                const head = await (0,archive_toc/* readHead */.zy)(io, 'tar');
                collector.header = head.header;
                toc = await (0,archive_toc/* readToc */.PP)(io, head.vmin, 'tar');
            }
            catch (e) {
                if (e instanceof byte_source/* EndOfInput */.v5)
                    throw new archive_toc/* CorruptArchive */.cP('toc.dat ends early');
                throw e;
            }
            collector.toc = toc;
            (0,archive_toc/* checkSpecialEntries */.C5)(toc);
            toc.forEach((e, i) => {
                if (e.desc === 'TABLE DATA')
                    collector.table(String(e.dumpId), (0,archive_toc/* entryName */.MB)(e), i);
                if (e.filename && e.desc !== 'BLOBS')
                    byFile.set(e.filename, e);
            });
            continue;
        }
        const suffix = /\.(gz|lz4|zst)$/.exec(base)?.[1];
        const plainName = suffix ? base.slice(0, -(suffix.length + 1)) : base;
        const compression = suffix === 'gz' ? 'gzip' : suffix === 'lz4' ? 'lz4' : suffix === 'zst' ? 'zstd' : 'none';
        const entry = toc ? byFile.get(plainName) : undefined;
        const early = !toc && /^\d+\.dat$/.test(plainName);
        const isBlob = /^blob_\d+\.dat$/.test(plainName);
        const isBlobToc = /^blobs(_\d+)?\.toc$/.test(base);
        if (entry || early || isBlob || isBlobToc) {
            const label = entry ? (0,archive_toc/* entryName */.MB)(entry) : isBlob ? `large object ${plainName.slice(5, -4)}` : base;
            const isTable = entry?.desc === 'TABLE DATA' || early;
            let listing = isBlobToc ? [] : null;
            if (!isBlobToc && (compression === 'lz4' || compression === 'zstd'))
                await ctx.decoders.prepare(compression);
            // Without a checksum of its own, a member is proven by field counts (and UTF-8, in a UTF8 database).
            const unchecked = ctx.checkFields && compression !== 'gzip';
            const decoder = isBlobToc
                ? null
                : ctx.decoders.open({
                    kind: isTable ? (early || entry?.copyStmt?.trim() ? 'copy' : 'inserts') : 'blob',
                    compression,
                    gzipHeader: true,
                    sizeHint: size,
                    expectedFields: isTable && unchecked ? (early ? -2 : copyColumnCount(entry?.copyStmt)) : -1,
                    utf8: isTable && unchecked && (early || (0,archive_toc/* databaseEncoding */.jb)(toc ?? []) === 'UTF8'),
                });
            let left = size;
            let cut = false;
            while (left > 0) {
                if (src.buffered === 0 && !(await src.pull())) {
                    cut = true;
                    break;
                }
                const part = src.takeSome(left);
                left -= part.length;
                if (listing) {
                    listing.push(Buffer.from(part));
                    if (size > MAX_TOC)
                        listing = null;
                }
                else if (decoder) {
                    const w = decoder.write(part);
                    if (w)
                        await w;
                }
            }
            if (entry || early)
                seen.add(plainName);
            if (isBlob)
                blobsSeen.add(plainName);
            if (isBlobToc && listing && !cut) {
                for (const line of Buffer.concat(listing).toString('latin1').split('\n')) {
                    const m = /^\d+ (\S+)$/.exec(line.trim());
                    if (m)
                        blobFiles.add(m[1].replace(/\.gz$/, ''));
                }
            }
            if (decoder && early) {
                pending.push({ plainName, member: name, cut, result: decoder.finish(cut) });
            }
            else if (decoder) {
                const key = isTable && entry ? String(entry.dumpId) : null;
                collector.later(decoder.finish(cut).then((r) => {
                    if (isBlob && !cut && !r.error)
                        collector.blobs++;
                    collector.block(label, key, r, cut);
                }));
            }
            else if (cut) {
                collector.problem({ kind: 'truncated', message: `${label} ends early: archive truncated` });
            }
            if (cut)
                break;
        }
        else {
            // restore.sql and anything else: skipped unread, but still part of the hash via the source.
            let left = size;
            while (left > 0) {
                if (src.buffered === 0 && !(await src.pull()))
                    break;
                left -= src.takeSome(left).length;
            }
            if (left > 0) {
                collector.problem({ kind: 'truncated', message: `tar member ${name} ends early: archive truncated` });
                break;
            }
        }
        const pad = padded - size;
        if (pad > 0) {
            if (!(await src.fill(pad))) {
                collector.problem({
                    kind: 'truncated',
                    message: `tar archive ends inside padding after ${name}: archive truncated`,
                });
                break;
            }
            src.takeSync(pad);
        }
    }
    if (!toc) {
        collector.problem({
            kind: 'truncated',
            message: 'tar archive has no toc.dat: archive truncated or not a pg_dump tar archive',
        });
        return;
    }
    for (const p of pending)
        collector.later(p.result.then((r) => settleEarly(p, r, toc, byFile, ctx)));
    const missing = [...byFile.entries()].filter(([f]) => !seen.has(f)).map(([, e]) => (0,archive_toc/* entryName */.MB)(e));
    const missingBlobs = [...blobFiles].filter((f) => !blobsSeen.has(f));
    const hasBlobEntry = toc.some((e) => e.desc === 'BLOBS');
    for (const m of missing.slice(0, 10))
        collector.problem({ entry: m, kind: 'truncated', message: `data for ${m} is missing: archive truncated` });
    if (missing.length > 10)
        collector.problem({
            kind: 'truncated',
            message: `data for ${fmt(missing.length - 10)} more entries is missing: archive truncated`,
        });
    if (missingBlobs.length > 0) {
        collector.problem({
            entry: 'large objects',
            kind: 'truncated',
            message: `${fmt(missingBlobs.length)} large objects listed in the archive are missing: archive truncated`,
        });
    }
    if (hasBlobEntry && blobFiles.size === 0 && blobsSeen.size === 0) {
        collector.problem({
            entry: 'large objects',
            kind: 'truncated',
            message: 'the large object list is missing: archive truncated',
        });
    }
    if (!sawEnd && missing.length === 0 && collector.problems.length === 0) {
        collector.problem({ kind: 'truncated', message: 'tar archive has no end-of-archive marker: archive truncated' });
    }
}

;// CONCATENATED MODULE: ./src/archive/index.ts
// Native reader for bare pg_dump archives: custom (-Fc), tar (-Ft, and -Fd tarred) and plain SQL.
// Layers around them (gzip, zip, encryption) are peeled before the reader (src/bytes). One
// streaming pass, memory stays flat.










async function peek(src, n) {
    await src.fill(n);
    return src.peekSync(n);
}
/** The bare container these first bytes start, or undefined (wrapped, foreign, empty). */
function containerOf(head) {
    const format = (0,detect_format/* detectFormat */.Tz)(head);
    if (format.compression !== 'none' || format.encryption || format.container === 'unknown')
        return undefined;
    return format.container;
}
/**
 * The header of an unwrapped custom or tar archive from its first bytes (tar: ≥ 1 KiB), so a caller
 * can decide before the data streams by whether this reader will be able to check it.
 */
async function peekHeader(head) {
    const kind = containerOf(head);
    if (kind !== 'custom' && kind !== 'tar')
        return undefined;
    const src = new byte_source/* ByteSource */.Ik((0,byte_source/* once */.Oo)(kind === 'custom' ? head : head.subarray(512)));
    try {
        if ((await src.take(5)).toString('latin1') !== 'PGDMP')
            return undefined;
        return (await (0,archive_toc/* readHead */.zy)(new archive_toc/* ArchiveIO */.di(src), kind)).header;
    }
    catch {
        return undefined;
    }
}
/**
 * Why data blocks of this compression cannot be decompressed here, or undefined. Every codec pg_dump
 * writes has a decoder now (zlib, zstd from zlib or fzstd, lz4 from lz4-asm); kept so that a reader
 * without one (worker threads: no JS codecs) still gets pg_restore's opinion.
 */
function missingCodec(compression) {
    void compression;
    return undefined;
}
/**
 * Read a whole pg_dump archive from a stream and report its TOC, per-table row counts and every
 * problem found. Never throws for bad input: damage is reported in `problems`.
 */
async function readArchive(input, opts = {}) {
    const collector = new Collector(opts.maxProblems ?? 100);
    const decoders = blockDecoders({ threads: opts.workers });
    const src = new byte_source/* ByteSource */.Ik(input);
    const ctx = { collector, decoders, checkFields: opts.checkFields ?? true, size: opts.size };
    try {
        const head = await peek(src, detect_format/* DETECT_HEAD_BYTES */.ZM);
        const kind = containerOf(head);
        if (head.length === 0) {
            collector.problem({ kind: 'truncated', message: 'the file is empty' });
        }
        else if (kind === 'custom') {
            await src.take(5);
            await readCustom(src, ctx);
        }
        else if (kind === 'tar') {
            await readTar(src, ctx);
        }
        else if (kind === 'plain') {
            await readPlain(src, ctx);
        }
        else {
            const format = (0,detect_format/* detectFormat */.Tz)(head);
            const wrapped = format.compression !== 'none' || format.encryption;
            collector.problem({
                kind: 'unsupported',
                message: wrapped
                    ? `${format.description}: the reader reads the bare archive (its layers are peeled before it)`
                    : 'not a PostgreSQL dump (no PGDMP, tar or SQL signature)',
            });
        }
        if (kind === 'custom' || kind === 'tar') {
            // pg_dump writes nothing after the last block (tar: only zero padding); anything else is damage.
            let junk = 0;
            await src.drain((b) => {
                if (kind === 'custom')
                    junk += b.length;
                else
                    for (const x of b)
                        if (x !== 0)
                            junk++;
            });
            if (junk > 0 && collector.problems.length === 0) {
                collector.problem({
                    kind: 'corrupt',
                    message: `${junk.toLocaleString('en-US')} unexpected bytes after the end of the archive`,
                });
            }
        }
    }
    catch (e) {
        if (e instanceof archive_toc/* UnsupportedArchive */.Wx)
            collector.problem({ kind: 'unsupported', message: e.message });
        else if (e instanceof archive_toc/* CorruptArchive */.cP)
            collector.problem({ kind: 'corrupt', message: `${e.message}: archive corrupt` });
        else if (e instanceof byte_source/* EndOfInput */.v5)
            collector.problem({
                kind: 'truncated',
                message: `archive ends inside its header or table of contents (offset ${src.position.toLocaleString('en-US')}): archive truncated`,
            });
        else
            collector.problem({
                kind: 'corrupt',
                message: `could not read archive: ${(0,errors/* errorMessage */.g)(e)}`,
            });
    }
    try {
        // Whatever happened, read to the end: whoever feeds the reader may be waiting to write the rest.
        await src.drain();
    }
    catch (e) {
        collector.problem({
            kind: 'corrupt',
            message: `could not read input: ${(0,errors/* errorMessage */.g)(e)}`,
        });
    }
    try {
        return await collector.report(src.received);
    }
    finally {
        await decoders.close();
    }
}


/***/ }),

/***/ 6408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Z: () => (/* binding */ PlainSqlLexer),
/* harmony export */   Dq: () => (/* binding */ decodeRaw),
/* harmony export */   Jg: () => (/* binding */ isWord),
/* harmony export */   mf: () => (/* binding */ lexPlainSql),
/* harmony export */   qw: () => (/* binding */ tokenize),
/* harmony export */   u: () => (/* binding */ connectTarget)
/* harmony export */ });
/* unused harmony export CopyData */
// Splits a plain SQL script (pg_dump -Fp, pg_dumpall) into what psql would execute: top-level
// statements, psql meta-commands and COPY … FROM stdin data, with psql's own lexical rules
// (psqlscan.l), so that nothing inside a string, quoted identifier, comment or COPY block is ever
// taken for a statement. Input arrives in chunks split anywhere; memory holds one statement at a
// time (COPY data passes through in slices of the input), never the script.
//
// Text is handled as "binary strings" (latin1: one char per byte) so chunk boundaries may split a
// multibyte character and every item's `raw` is the script's exact bytes. SQL's syntax characters
// are ASCII, and no server encoding puts an ASCII byte inside a multibyte character.
/** Rows of a COPY … FROM stdin block, a slice of the input at a time. */
class CopyData {
    bytes;
    kind = 'copy-data';
    constructor(bytes) {
        this.bytes = bytes;
    }
    /** The bytes as a latin1 string, like every other item's `raw`. */
    get raw() {
        return this.bytes.toString('latin1');
    }
}
const BACKSLASH = 0x5c;
function isIdentStart(c) {
    return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c >= 0x80;
}
function isIdentCont(c) {
    return isIdentStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x24;
}
function isDollarTagCont(c) {
    return isIdentCont(c) && c !== 0x24;
}
function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}
function isSpace(c) {
    return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b;
}
/** Latin1 "binary string" → UTF-8 text. */
function decodeRaw(raw) {
    return Buffer.from(raw, 'latin1').toString('utf8');
}
/**
 * The incremental lexer: `push` chunks, then `end`; each returns the items completed so far. Items
 * concatenated by `raw` (skipping nothing) give back the input exactly.
 */
class PlainSqlLexer {
    buf = '';
    pos = 0;
    mode = 'normal';
    started = false;
    /** Where the statement's first token is in buf, and its line. */
    startLine = 1;
    /** Line number at buf[0]. */
    bufLine = 1;
    /** Spans of buf ([start, end)) that are comments or inner meta-commands: not part of `sql`. */
    skips = [];
    metaStart = 0;
    innerMetas = [];
    parenDepth = 0;
    beginDepth = 0;
    identifiers = [];
    identifierCount = 0;
    commentStart = 0;
    commentDepth = 0;
    dollarTag = '';
    standardStrings;
    copy;
    afterCopyStatement = false;
    lastCopyTrailing;
    out = [];
    ended = false;
    copyLines;
    /**
     * `lineNumbers: false` skips counting the lines of COPY data (a third of the lexer's time on a
     * data-heavy dump): items after the first COPY block then carry line numbers that are too low.
     */
    constructor(opts = {}) {
        this.standardStrings = opts.standardConformingStrings ?? true;
        this.copyLines = opts.lineNumbers ?? true;
    }
    /** A chunk of the script: bytes, or a latin1 "binary string". */
    push(chunk) {
        if (this.ended)
            throw new Error('PlainSqlLexer: push after end');
        this.feed(typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk, false);
        return this.take();
    }
    end() {
        if (!this.ended) {
            this.ended = true;
            this.feed(Buffer.alloc(0), true);
        }
        return this.take();
    }
    take() {
        const out = this.out;
        this.out = [];
        return out;
    }
    feed(bytes, final) {
        let rest = bytes;
        for (;;) {
            // COPY data stays in bytes: most of a dump passes through without being decoded.
            if (this.copy) {
                rest = this.feedCopy(rest, final);
                if (this.copy)
                    return;
                continue;
            }
            this.buf += rest.toString('latin1');
            const leftover = this.scan(final);
            if (leftover === undefined)
                return;
            // A COPY statement ended: what follows its line is data, handled without buffering.
            rest = Buffer.from(leftover, 'latin1');
        }
    }
    /** Lexes buf from pos; returns the unscanned remainder when a COPY block begins. */
    scan(final) {
        while (this.pos < this.buf.length) {
            // Re-read each turn: a statement or meta-command that ends shortens buf.
            const b = this.buf;
            const c = b.charCodeAt(this.pos);
            switch (this.mode) {
                case 'normal': {
                    if (isSpace(c)) {
                        this.pos++;
                        continue;
                    }
                    if (c === 0x2d /* - */ || c === 0x2f /* / */) {
                        if (this.pos + 1 >= b.length && !final)
                            return undefined;
                        const d = b.charCodeAt(this.pos + 1);
                        if (c === 0x2d && d === 0x2d) {
                            this.commentStart = this.pos;
                            this.mode = 'line-comment';
                            this.pos += 2;
                            continue;
                        }
                        if (c === 0x2f && d === 0x2a) {
                            this.commentStart = this.pos;
                            this.commentDepth = 1;
                            this.mode = 'block-comment';
                            this.pos += 2;
                            continue;
                        }
                    }
                    if (c === BACKSLASH) {
                        this.metaStart = this.pos;
                        this.mode = 'meta';
                        this.pos++;
                        continue;
                    }
                    this.markStarted();
                    if (c === 0x27 /* ' */) {
                        this.mode = this.standardStrings ? 'squote' : 'equote';
                        this.pos++;
                    }
                    else if (c === 0x22 /* " */) {
                        this.mode = 'dquote';
                        this.pos++;
                    }
                    else if (c === 0x24 /* $ */) {
                        // $tag$ opens a dollar quote; $1 is a parameter.
                        let end = this.pos + 1;
                        if (end < b.length && isIdentStart(b.charCodeAt(end))) {
                            end++;
                            while (end < b.length && isDollarTagCont(b.charCodeAt(end)))
                                end++;
                        }
                        if (end >= b.length && !final)
                            return undefined;
                        if (b.charCodeAt(end) === 0x24) {
                            this.dollarTag = b.slice(this.pos, end + 1);
                            this.mode = 'dollar';
                            this.pos = end + 1;
                        }
                        else {
                            this.pos++;
                        }
                    }
                    else if (isIdentStart(c)) {
                        let end = this.pos + 1;
                        while (end < b.length && isIdentCont(b.charCodeAt(end)))
                            end++;
                        if (end >= b.length && !final)
                            return undefined;
                        const word = b.slice(this.pos, end);
                        this.pos = end;
                        if ((word === 'E' || word === 'e') && b.charCodeAt(end) === 0x27) {
                            this.mode = 'equote';
                            this.pos++;
                        }
                        else {
                            this.onIdentifier(foldCase(word));
                        }
                    }
                    else if (isDigit(c)) {
                        let end = this.pos + 1;
                        while (end < b.length && (isIdentCont(b.charCodeAt(end)) || b.charCodeAt(end) === 0x2e))
                            end++;
                        if (end >= b.length && !final)
                            return undefined;
                        this.pos = end;
                    }
                    else if (c === 0x28 /* ( */) {
                        this.parenDepth++;
                        this.pos++;
                    }
                    else if (c === 0x29 /* ) */) {
                        if (this.parenDepth > 0)
                            this.parenDepth--;
                        this.pos++;
                    }
                    else if (c === 0x3b /* ; */) {
                        this.pos++;
                        if (this.parenDepth === 0 && this.beginDepth === 0) {
                            const leftover = this.endStatement(true, final);
                            if (leftover === null)
                                return undefined;
                            if (leftover !== undefined)
                                return leftover;
                        }
                    }
                    else {
                        this.pos++;
                    }
                    continue;
                }
                case 'squote':
                case 'dquote': {
                    const quote = this.mode === 'squote' ? "'" : '"';
                    const i = b.indexOf(quote, this.pos);
                    if (i === -1) {
                        this.pos = b.length;
                        continue;
                    }
                    if (i + 1 >= b.length && !final) {
                        this.pos = i;
                        return undefined;
                    }
                    if (b[i + 1] === quote) {
                        this.pos = i + 2;
                    }
                    else {
                        this.pos = i + 1;
                        this.mode = 'normal';
                    }
                    continue;
                }
                case 'equote': {
                    if (c === BACKSLASH) {
                        if (this.pos + 1 >= b.length && !final)
                            return undefined;
                        this.pos += 2;
                    }
                    else if (c === 0x27) {
                        if (this.pos + 1 >= b.length && !final)
                            return undefined;
                        if (b.charCodeAt(this.pos + 1) === 0x27)
                            this.pos += 2;
                        else {
                            this.pos++;
                            this.mode = 'normal';
                        }
                    }
                    else {
                        this.pos++;
                    }
                    continue;
                }
                case 'dollar': {
                    const i = b.indexOf(this.dollarTag, this.pos);
                    if (i === -1) {
                        // The closing tag may straddle this chunk and the next.
                        this.pos = Math.max(this.pos, b.length - this.dollarTag.length + 1);
                        if (final)
                            this.pos = b.length;
                        if (!final)
                            return undefined;
                        continue;
                    }
                    this.pos = i + this.dollarTag.length;
                    this.mode = 'normal';
                    continue;
                }
                case 'line-comment': {
                    const i = b.indexOf('\n', this.pos);
                    if (i === -1) {
                        this.pos = b.length;
                        if (!final)
                            return undefined;
                        this.skips.push([this.commentStart, b.length]);
                        this.mode = 'normal';
                        continue;
                    }
                    this.pos = i + 1;
                    this.skips.push([this.commentStart, i]);
                    this.mode = 'normal';
                    continue;
                }
                case 'block-comment': {
                    if (c === 0x2a /* * */ || c === 0x2f /* / */) {
                        if (this.pos + 1 >= b.length && !final)
                            return undefined;
                        const d = b.charCodeAt(this.pos + 1);
                        if (c === 0x2a && d === 0x2f) {
                            this.pos += 2;
                            if (--this.commentDepth === 0) {
                                this.skips.push([this.commentStart, this.pos]);
                                this.mode = 'normal';
                            }
                            continue;
                        }
                        if (c === 0x2f && d === 0x2a) {
                            this.pos += 2;
                            this.commentDepth++;
                            continue;
                        }
                    }
                    this.pos++;
                    continue;
                }
                case 'meta': {
                    const i = b.indexOf('\n', this.pos);
                    if (i === -1 && !final) {
                        this.pos = b.length;
                        return undefined;
                    }
                    const end = i === -1 ? b.length : i + 1;
                    this.pos = end;
                    this.mode = 'normal';
                    this.onMeta(end);
                    continue;
                }
            }
        }
        if (final)
            this.finish();
        return undefined;
    }
    markStarted() {
        if (this.started)
            return;
        this.started = true;
        this.startLine = this.bufLine + countNewlines(this.buf, 0, this.pos);
    }
    /** psqlscan.l: `;` inside CREATE FUNCTION/PROCEDURE … BEGIN ATOMIC … END does not end the statement. */
    onIdentifier(word) {
        if (this.identifierCount === 0)
            this.identifiers = [];
        if (['create', 'function', 'procedure', 'or', 'replace'].includes(word) && this.identifierCount < 4) {
            this.identifiers[this.identifierCount] = word[0];
        }
        this.identifierCount++;
        const id = this.identifiers;
        const inRoutine = id[0] === 'c' &&
            (id[1] === 'f' || id[1] === 'p' || (id[1] === 'o' && id[2] === 'r' && (id[3] === 'f' || id[3] === 'p')));
        if (inRoutine && this.parenDepth === 0) {
            if (word === 'begin')
                this.beginDepth++;
            else if (word === 'case' && this.beginDepth >= 1)
                this.beginDepth++;
            else if (word === 'end' && this.beginDepth > 0)
                this.beginDepth--;
        }
    }
    onMeta(end) {
        const b = this.buf;
        const raw = b.slice(this.metaStart, end);
        const text = decodeRaw(raw.slice(1)).replace(/\r?\n$/, '');
        // `\.` and `\\` are commands of their own; others run to the first blank.
        const m = /^(\.|\\|[^\s\\]*)\s*([\s\S]*)$/.exec(text);
        const line = this.bufLine + countNewlines(b, 0, this.metaStart);
        const meta = { kind: 'meta', raw, command: m[1], args: m[2].trim(), line };
        if (this.started) {
            this.innerMetas.push(meta);
            this.skips.push([this.metaStart, end]);
            return;
        }
        // The comments and blanks before it are emitted with it; the meta-command's line is its own item.
        if (this.metaStart > 0)
            this.emitLeading(this.metaStart);
        meta.raw = this.buf.slice(0, end - this.metaStart);
        this.consume(end - this.metaStart);
        this.out.push(meta);
    }
    /** Blanks and comments before a meta-command at statement level. */
    emitLeading(upTo) {
        this.out.push({ kind: 'gap', raw: this.buf.slice(0, upTo) });
        this.consume(upTo);
    }
    /** Drops `n` chars from the front of buf (already emitted). */
    consume(n) {
        this.bufLine += countNewlines(this.buf, 0, n);
        this.buf = this.buf.slice(n);
        this.pos -= n;
        this.skips = [];
    }
    /**
     * The statement ends at pos. Returns: the remainder to read as COPY data (string), null when the
     * rest of the COPY line has not arrived yet, or undefined to go on lexing.
     */
    endStatement(terminated, final) {
        let end = this.pos;
        const sql = this.sqlText(end);
        const copyFromStdin = terminated && isCopyFromStdin(sql);
        let trailing;
        if (copyFromStdin) {
            const nl = this.buf.indexOf('\n', end);
            if (nl === -1 && !final) {
                // Wait for the line's end; rescanning from the `;` is harmless.
                this.pos = end - 1;
                return null;
            }
            const lineEnd = nl === -1 ? this.buf.length : nl + 1;
            const rest = this.buf.slice(end, lineEnd);
            if (rest.trim() !== '')
                trailing = decodeRaw(rest).trim();
            end = lineEnd;
        }
        const statement = {
            kind: 'statement',
            raw: this.buf.slice(0, end),
            sql,
            line: this.startLine,
            terminated,
            copyFromStdin,
            innerMetas: this.innerMetas,
            ...(trailing !== undefined ? { copyTrailing: trailing } : {}),
        };
        this.out.push(statement);
        this.trackSettings(sql);
        const leftover = this.buf.slice(end);
        this.bufLine += countNewlines(this.buf, 0, end);
        this.buf = '';
        this.pos = 0;
        this.resetStatement();
        if (copyFromStdin) {
            this.copy = { hold: EMPTY, lineStart: true };
            return leftover;
        }
        this.buf = leftover;
        return undefined;
    }
    resetStatement() {
        this.started = false;
        this.skips = [];
        this.innerMetas = [];
        this.parenDepth = 0;
        this.beginDepth = 0;
        this.identifierCount = 0;
        this.identifiers = [];
    }
    sqlText(end) {
        let out = '';
        let at = 0;
        for (const [s, e] of this.skips) {
            if (s >= end)
                break;
            out += `${this.buf.slice(at, s)} `;
            at = Math.min(e, end);
        }
        out += this.buf.slice(at, end);
        return decodeRaw(out).trim();
    }
    /** With standard_conforming_strings off, backslashes escape in '…' too (pre-9.1 dumps set it). */
    trackSettings(sql) {
        const m = /^SET\s+(?:SESSION\s+)?standard_conforming_strings\s*(?:=|TO)\s*'?(on|off|true|false)'?/i.exec(sql) ??
            /^SELECT\s+pg_catalog\.set_config\('standard_conforming_strings',\s*'(on|off)'/i.exec(sql);
        if (m)
            this.standardStrings = /^(on|true)$/i.test(m[1]);
    }
    finish() {
        if (this.mode === 'line-comment')
            this.skips.push([this.commentStart, this.buf.length]);
        if (this.mode === 'block-comment')
            this.skips.push([this.commentStart, this.buf.length]);
        this.mode = 'normal';
        if (this.started) {
            this.pos = this.buf.length;
            this.endStatement(false, true);
        }
        if (this.buf.length > 0)
            this.out.push({ kind: 'gap', raw: this.buf });
        this.buf = '';
        this.pos = 0;
    }
    /**
     * COPY data: lines up to one that is exactly `\.`. Only lines starting with a backslash are looked
     * at, and only an undecidable tail (`\` or `\.` at the end of the input) is held back; everything
     * else passes straight through. Returns what follows the block.
     */
    feedCopy(bytes, final) {
        const copy = this.copy;
        const input = copy.hold.length ? Buffer.concat([copy.hold, bytes]) : bytes;
        copy.hold = EMPTY;
        const len = input.length;
        const nextLine = (from) => {
            const i = input.indexOf('\n\\', from);
            return i === -1 ? -1 : i + 1;
        };
        let p = copy.lineStart && input[0] === BACKSLASH ? 0 : nextLine(0);
        while (p !== -1) {
            let end = -1;
            let undecided = false;
            if (p + 1 >= len)
                undecided = true;
            else if (input[p + 1] === 0x2e /* . */) {
                const q = p + 2;
                if (q >= len)
                    undecided = true;
                else if (input[q] === 0x0a)
                    end = q + 1;
                else if (input[q] === 0x0d) {
                    if (q + 1 >= len)
                        undecided = true;
                    else if (input[q + 1] === 0x0a)
                        end = q + 2;
                }
            }
            if (undecided && final)
                end = len;
            if (end !== -1) {
                if (p > 0)
                    this.out.push(new CopyData(input.subarray(0, p)));
                this.out.push({ kind: 'copy-end', raw: input.toString('latin1', p, end), terminated: true });
                if (this.copyLines)
                    this.bufLine += countNewlineBytes(input, 0, end);
                this.copy = undefined;
                return input.subarray(end);
            }
            if (undecided) {
                if (p > 0)
                    this.out.push(new CopyData(input.subarray(0, p)));
                if (this.copyLines)
                    this.bufLine += countNewlineBytes(input, 0, p);
                // Copied: a view would pin the whole chunk until the next one arrives.
                copy.hold = Buffer.from(input.subarray(p));
                copy.lineStart = true;
                return EMPTY;
            }
            p = nextLine(p);
        }
        if (len > 0)
            this.out.push(new CopyData(input));
        if (this.copyLines)
            this.bufLine += countNewlineBytes(input, 0, len);
        if (len > 0)
            copy.lineStart = input[len - 1] === 0x0a;
        if (final) {
            this.out.push({ kind: 'copy-end', raw: '', terminated: false });
            this.copy = undefined;
        }
        return EMPTY;
    }
}
const EMPTY = Buffer.alloc(0);
function countNewlineBytes(b, from, to) {
    let n = 0;
    for (let i = b.indexOf(0x0a, from); i !== -1 && i < to; i = b.indexOf(0x0a, i + 1))
        n++;
    return n;
}
function countNewlines(s, from, to) {
    let n = 0;
    for (let i = s.indexOf('\n', from); i !== -1 && i < to; i = s.indexOf('\n', i + 1))
        n++;
    return n;
}
/** `COPY … FROM stdin` (pg_dump's form; psql's `FROM STDIN` in any case). */
function isCopyFromStdin(sql) {
    const tokens = tokenize(sql);
    if (!isWord(tokens[0], 'copy'))
        return false;
    const from = tokens.findIndex((t) => isWord(t, 'from'));
    return from > 0 && isWord(tokens[from + 1], 'stdin');
}
/**
 * The tokens of one statement's `sql` (comments already removed): words (keywords and unquoted
 * identifiers, `lower` folded as PostgreSQL folds them), quoted identifiers (unescaped), strings
 * (their value), numbers and operators/punctuation one char at a time.
 */
function tokenize(sql, standardStrings = true) {
    const out = [];
    let i = 0;
    const n = sql.length;
    while (i < n) {
        const start = i;
        const before = out.length;
        const ch = sql[i];
        const c = sql.charCodeAt(i);
        if (isSpace(c)) {
            i++;
        }
        else if (ch === '-' && sql[i + 1] === '-') {
            const e = sql.indexOf('\n', i);
            i = e === -1 ? n : e + 1;
        }
        else if (ch === '/' && sql[i + 1] === '*') {
            let depth = 1;
            i += 2;
            while (i < n && depth > 0) {
                if (sql[i] === '*' && sql[i + 1] === '/') {
                    depth--;
                    i += 2;
                }
                else if (sql[i] === '/' && sql[i + 1] === '*') {
                    depth++;
                    i += 2;
                }
                else
                    i++;
            }
        }
        else if (ch === '"') {
            const q = readQuoted(sql, i + 1, '"', false);
            out.push({ kind: 'quoted', text: q.text, ...(q.closed ? {} : { unclosed: true }) });
            i = q.end;
        }
        else if (ch === "'" ||
            ((ch === 'E' || ch === 'e') && sql[i + 1] === "'" && !isIdentCont(sql.charCodeAt(i - 1)))) {
            const q = readQuoted(sql, i + (ch === "'" ? 1 : 2), "'", ch !== "'" || !standardStrings);
            out.push({ kind: 'string', text: q.text, ...(q.closed ? {} : { unclosed: true }) });
            i = q.end;
        }
        else if (ch === '$') {
            const m = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(sql.slice(i, i + 200));
            if (m) {
                const close = sql.indexOf(m[0], i + m[0].length);
                const end = close === -1 ? n : close;
                out.push({ kind: 'string', text: sql.slice(i + m[0].length, end) });
                i = close === -1 ? n : close + m[0].length;
            }
            else {
                let e = i + 1;
                while (e < n && isDigit(sql.charCodeAt(e)))
                    e++;
                out.push({ kind: 'param', text: sql.slice(i, e) });
                i = Math.max(e, i + 1);
            }
        }
        else if (isIdentStart(c)) {
            let e = i + 1;
            while (e < n && isIdentCont(sql.charCodeAt(e)))
                e++;
            const text = sql.slice(i, e);
            out.push({ kind: 'word', text, lower: foldCase(text) });
            i = e;
        }
        else if (isDigit(c)) {
            let e = i + 1;
            while (e < n && (isIdentCont(sql.charCodeAt(e)) || sql[e] === '.'))
                e++;
            out.push({ kind: 'number', text: sql.slice(i, e) });
            i = e;
        }
        else {
            out.push({ kind: 'op', text: ch });
            i++;
        }
        if (out.length > before)
            Object.assign(out[before], { start, end: i });
    }
    return out;
}
/** The value of a '…' or "…" from just after the opening quote: doubled quotes, and backslashes when `escapes`. */
function readQuoted(sql, start, quote, escapes) {
    let text = '';
    let i = start;
    while (i < sql.length) {
        if (escapes && sql[i] === '\\') {
            text += sql[i + 1] ?? '';
            i += 2;
        }
        else if (sql[i] === quote) {
            if (sql[i + 1] !== quote)
                return { text, end: i + 1, closed: true };
            text += quote;
            i += 2;
        }
        else
            text += sql[i++];
    }
    return { text, end: i, closed: false };
}
/** PostgreSQL folds unquoted names ASCII-only (downcase_identifier in a multibyte encoding). */
function foldCase(word) {
    return word.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}
function isWord(token, lower) {
    return token?.kind === 'word' && token.lower === lower;
}
/** Lexes a whole stream (file, pg_restore's stdout …), item by item. */
async function* lexPlainSql(input, opts = {}) {
    const lexer = new PlainSqlLexer(opts);
    for await (const chunk of input)
        yield* lexer.push(chunk);
    yield* lexer.end();
}
/**
 * `\connect` arguments as psql reads them: `shop`, `"odd name"`, `-reuse-previous=on "dbname='shop'"`,
 * a conninfo string or URI. Returns the database and whether anything but the database changes.
 */
function connectTarget(args) {
    const words = [];
    const re = /"((?:[^"]|"")*)"|'((?:[^'\\]|\\.)*)'|(\S+)/g;
    for (const m of args.matchAll(re)) {
        words.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3]);
    }
    const positional = words.filter((w) => !/^-reuse-previous(=\S*)?$/.test(w));
    const [first, , host, port] = positional;
    let database = first === '-' ? undefined : first;
    let otherServer = (host !== undefined && host !== '-') || (port !== undefined && port !== '-');
    if (first && /^postgres(ql)?:\/\//.test(first)) {
        const u = new URL(first);
        database = decodeURIComponent(u.pathname.slice(1)) || undefined;
        otherServer ||= u.hostname !== '' || u.port !== '' || u.searchParams.has('host') || u.searchParams.has('port');
    }
    else if (first?.includes('=')) {
        database = undefined;
        for (const m of first.matchAll(/(\w+)\s*=\s*(?:'((?:[^'\\]|\\.)*)'|(\S+))/g)) {
            const value = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3];
            if (m[1] === 'dbname')
                database = value;
            else if (['host', 'hostaddr', 'port', 'service'].includes(m[1]))
                otherServer = true;
        }
    }
    return { database, otherServer };
}


/***/ }),

/***/ 3052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ checkSpecialEntries),
/* harmony export */   MB: () => (/* binding */ entryName),
/* harmony export */   PP: () => (/* binding */ readToc),
/* harmony export */   Wx: () => (/* binding */ UnsupportedArchive),
/* harmony export */   cP: () => (/* binding */ CorruptArchive),
/* harmony export */   di: () => (/* binding */ ArchiveIO),
/* harmony export */   jb: () => (/* binding */ databaseEncoding),
/* harmony export */   yq: () => (/* binding */ tableChildren),
/* harmony export */   zy: () => (/* binding */ readHead)
/* harmony export */ });
/* unused harmony exports ARCH_CUSTOM, ARCH_TAR */
/* harmony import */ var _byte_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9618);
// Header and table of contents of pg_dump's custom and tar formats, as pg_backup_archiver.c
// (ReadHead, ReadToc, ReadInt, ReadStr, ReadOffset) and the formats' _ReadExtraToc define them.

/** Damaged structure: the archive cannot be read past this point. */
class CorruptArchive extends Error {
    constructor(message) {
        super(message);
        this.name = 'CorruptArchive';
    }
}
/** A version or feature this reader does not know; never guessed at. */
class UnsupportedArchive extends Error {
    constructor(message) {
        super(message);
        this.name = 'UnsupportedArchive';
    }
}
const ARCH_CUSTOM = 1;
const ARCH_TAR = 3;
const MIN_MINOR = 12;
const MAX_MINOR = 16;
/** No real TOC string (a view or function body) comes near this; a larger length is corruption. */
const MAX_STRING = 64 * 1024 * 1024;
const MAX_TOC_ENTRIES = 50_000_000;
class ArchiveIO {
    src;
    intSize;
    offSize;
    constructor(src, intSize = 4, offSize = 8) {
        this.src = src;
        this.intSize = intSize;
        this.offSize = offSize;
    }
    /** ReadInt: a sign byte, then intSize bytes little-endian magnitude. */
    async int() {
        const need = 1 + this.intSize;
        if (!this.src.has(need) && !(await this.src.fill(need)))
            throw new _byte_source_js__WEBPACK_IMPORTED_MODULE_0__/* .EndOfInput */ .v5(need);
        return this.intSync();
    }
    /** ReadInt on bytes already in hand: buf[at] is the sign byte. */
    intAt(buf, at) {
        let v = 0;
        let mul = 1;
        for (let i = 1; i <= this.intSize; i++) {
            v += buf[at + i] * mul;
            mul *= 256;
        }
        return buf[at] ? -v : v;
    }
    intSync() {
        const sign = this.src.byteSync();
        let v = 0;
        let mul = 1;
        for (let i = 0; i < this.intSize; i++) {
            v += this.src.byteSync() * mul;
            mul *= 256;
        }
        return sign ? -v : v;
    }
    async str() {
        const len = await this.int();
        if (len < 0)
            return null;
        if (len === 0)
            return '';
        if (len > MAX_STRING)
            throw new CorruptArchive(`TOC string of ${len} bytes at offset ${this.src.position}`);
        return (await this.src.take(len)).toString('utf8');
    }
    /** ReadOffset: a K_OFFSET_* flag byte, then offSize bytes little-endian. */
    async offset() {
        const flag = await this.src.byte();
        const raw = await this.src.take(this.offSize);
        let v = 0;
        let mul = 1;
        for (let i = 0; i < raw.length; i++) {
            v += raw[i] * mul;
            mul *= 256;
        }
        if (flag === 1)
            return { state: 'not-set', offset: v };
        if (flag === 2)
            return { state: 'set', offset: v };
        if (flag === 3)
            return { state: 'none', offset: v };
        throw new CorruptArchive(`unexpected data offset flag ${flag}`);
    }
}
const COMPRESSION_ALGORITHMS = { 0: 'none', 1: 'gzip', 2: 'lz4', 3: 'zstd' };
/** ReadHead, after the caller has consumed and checked the 5-byte "PGDMP" magic. */
async function readHead(io, format) {
    const src = io.src;
    const vmaj = await src.byte();
    const vmin = await src.byte();
    // ReadHead reads a revision byte for every version after 1.0.
    await src.byte();
    if (vmaj !== 1 || vmin < MIN_MINOR || vmin > MAX_MINOR) {
        throw new UnsupportedArchive(`unsupported archive version ${vmaj}.${vmin}`);
    }
    const intSize = await src.byte();
    if (intSize < 1 || intSize > 8)
        throw new CorruptArchive(`implausible integer size ${intSize} in header`);
    const offSize = await src.byte();
    if (offSize < 1 || offSize > 8)
        throw new CorruptArchive(`implausible offset size ${offSize} in header`);
    io.intSize = intSize;
    io.offSize = offSize;
    const formatByte = await src.byte();
    const expected = format === 'custom' ? ARCH_CUSTOM : ARCH_TAR;
    if (formatByte !== expected) {
        throw new CorruptArchive(`expected format (${expected}) differs from format found in file (${formatByte})`);
    }
    let compression;
    let compressionLevel;
    if (vmin >= 15) {
        const alg = await src.byte();
        const c = COMPRESSION_ALGORITHMS[alg];
        if (!c)
            throw new CorruptArchive(`unknown compression algorithm ${alg} in header`);
        compression = c;
    }
    else {
        compressionLevel = await io.int();
        compression = compressionLevel === 0 ? 'none' : 'gzip';
    }
    const tm = [];
    for (let i = 0; i < 7; i++)
        tm.push(await io.int());
    const [sec, min, hour, mday, mon, year] = tm;
    const pad = (n, w = 2) => String(n).padStart(w, '0');
    const created = `${pad(year + 1900, 4)}-${pad(mon + 1)}-${pad(mday)} ${pad(hour)}:${pad(min)}:${pad(sec)}`;
    const dbname = (await io.str()) ?? undefined;
    const serverVersion = (await io.str()) ?? undefined;
    const dumpVersion = (await io.str()) ?? undefined;
    return {
        header: {
            version: `${vmaj}.${vmin}`,
            format,
            compression,
            compressionLevel,
            dbname,
            serverVersion,
            dumpVersion,
            created,
            intSize,
            offSize,
        },
        vmin,
        intSize,
        offSize,
        formatByte,
    };
}
const SECTIONS = { 1: 'none', 2: 'pre-data', 3: 'data', 4: 'post-data' };
/** ReadToc plus the format's _ReadExtraToc (custom: data offset; tar: data member name). */
async function readToc(io, vmin, format) {
    const count = await io.int();
    if (count < 0 || count > MAX_TOC_ENTRIES)
        throw new CorruptArchive(`implausible TOC entry count ${count}`);
    const entries = [];
    for (let i = 0; i < count; i++) {
        const dumpId = await io.int();
        if (dumpId <= 0)
            throw new CorruptArchive(`entry ID ${dumpId} out of range -- perhaps a corrupt TOC`);
        const hadDumper = (await io.int()) !== 0;
        const tableoid = (await io.str()) ?? '';
        const oid = (await io.str()) ?? '';
        const tag = (await io.str()) ?? '';
        const desc = (await io.str()) ?? '';
        const sectionNo = await io.int();
        const defn = await io.str();
        const dropStmt = await io.str();
        const copyStmt = await io.str();
        const namespace = await io.str();
        const tablespace = await io.str();
        const tableam = vmin >= 14 ? await io.str() : null;
        let relkind = null;
        if (vmin >= 16) {
            const rk = await io.int();
            relkind = rk > 0 && rk < 128 ? String.fromCharCode(rk) : null;
        }
        const owner = await io.str();
        await io.str(); // withOids: always "false" since PG12, and irrelevant to reading data
        const dependencies = [];
        for (;;) {
            const d = await io.str();
            if (d === null)
                break;
            if (dependencies.length > 1_000_000)
                throw new CorruptArchive('implausible dependency list in TOC');
            dependencies.push(Number.parseInt(d, 10));
        }
        const entry = {
            dumpId,
            hadDumper,
            tableoid,
            oid,
            tag,
            desc,
            section: SECTIONS[sectionNo] ?? 'unknown',
            defn,
            dropStmt,
            copyStmt,
            namespace,
            tablespace,
            tableam,
            relkind,
            owner,
            dependencies,
            dataState: 'none',
        };
        if (format === 'custom') {
            const o = await io.offset();
            entry.dataState = o.state;
            if (o.state === 'set')
                entry.dataOffset = o.offset;
        }
        else {
            const f = await io.str();
            if (f) {
                entry.filename = f;
                entry.dataState = 'not-set';
            }
        }
        entries.push(entry);
    }
    return entries;
}
/** "schema.table" for a data entry, as the report names it. */
function entryName(e) {
    if (e.desc === 'BLOBS')
        return 'large objects';
    return e.namespace ? `${e.namespace}.${e.tag}` : e.tag;
}
// pg_encoding_to_char names: what pg_dump writes in the ENCODING entry.
const ENCODINGS = new Set(('SQL_ASCII EUC_JP EUC_CN EUC_KR EUC_TW EUC_JIS_2004 UTF8 MULE_INTERNAL LATIN1 LATIN2 LATIN3 LATIN4 LATIN5 ' +
    'LATIN6 LATIN7 LATIN8 LATIN9 LATIN10 WIN1256 WIN1258 WIN866 WIN874 KOI8R WIN1251 WIN1252 ISO_8859_5 ' +
    'ISO_8859_6 ISO_8859_7 ISO_8859_8 WIN1250 WIN1253 WIN1254 WIN1255 WIN1257 KOI8U SJIS BIG5 GBK UHC GB18030 ' +
    'JOHAB SHIFT_JIS_2004 UNICODE WIN ALT TCVN ABC VSCII')
    .split(' ')
    .map((n) => n.toLowerCase().replace(/[^a-z0-9]/g, '')));
/**
 * pg_restore refuses an archive whose ENCODING or STDSTRINGS entry it cannot interpret
 * (processEncodingEntry, processStdStringsEntry), so the reader must too.
 */
function checkSpecialEntries(toc) {
    for (const e of toc) {
        if (e.desc === 'ENCODING') {
            const m = /'([^']*)'/.exec(e.defn ?? '');
            if (!m || !ENCODINGS.has(m[1].toLowerCase().replace(/[^a-z0-9]/g, ''))) {
                throw new CorruptArchive(`invalid ENCODING item: ${JSON.stringify((e.defn ?? '').slice(0, 80))}`);
            }
        }
        else if (e.desc === 'STDSTRINGS') {
            const d = e.defn ?? '';
            const q = d.indexOf("'");
            if (q < 0 || !(d.startsWith("'on'", q) || d.startsWith("'off'", q))) {
                throw new CorruptArchive(`invalid STDSTRINGS item: ${JSON.stringify(d.slice(0, 80))}`);
            }
        }
    }
}
/** The dump's client encoding from its ENCODING entry ("UTF8", …), or undefined without one. */
function databaseEncoding(toc) {
    const e = toc.find((x) => x.desc === 'ENCODING');
    const m = e && /'([^']*)'/.exec(e.defn ?? '');
    return m ? m[1].toUpperCase().replace(/[^A-Z0-9]/g, '') : undefined;
}
/**
 * Direct children of each parent table (partitions and inheritance children) by entryName: pg_dump
 * makes a child's TABLE entry depend on its parents' TABLE entries, and no table on any other table.
 */
function tableChildren(toc) {
    const tables = new Map(toc.filter((e) => e.desc === 'TABLE').map((e) => [e.dumpId, e]));
    const children = new Map();
    for (const child of tables.values()) {
        for (const id of child.dependencies) {
            const parent = tables.get(id);
            if (!parent || parent === child)
                continue;
            const list = children.get(entryName(parent)) ?? [];
            list.push(entryName(child));
            children.set(entryName(parent), list);
        }
    }
    return children;
}


/***/ }),

/***/ 1618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P4: () => (/* binding */ rolesToCreate),
/* harmony export */   Z1: () => (/* binding */ readRoleSpecs),
/* harmony export */   Zn: () => (/* binding */ createRoleSql),
/* harmony export */   lg: () => (/* binding */ roleSpecSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2857);

/**
 * One role: the manifest's `roles` entries (read from the catalog by create-backup) and the checks
 * file's `roles:` section (declared by hand) share this shape. Absent attributes are PostgreSQL's
 * defaults (INHERIT, no BYPASSRLS, no CREATEROLE, no CREATEDB).
 */
const roleSpecSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().trim().min(1, 'must not be empty'),
    bypassrls: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
    inherit: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
    createrole: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
    createdb: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
    /** Roles this role is a member of (GRANT group TO role). */
    member_of: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().trim().min(1, 'must not be empty')).optional(),
});
/**
 * The cluster's roles as the catalog holds them (pg_roles, pg_auth_members), minus PostgreSQL's own
 * `pg_*` roles, which every server has; memberships in those are kept. pg_roles never shows passwords.
 */
async function readRoleSpecs(c) {
    const { rows } = await c.query(`
    SELECT r.rolname AS name, r.rolbypassrls AS bypassrls, r.rolinherit AS inherit,
           r.rolcreaterole AS createrole, r.rolcreatedb AS createdb,
           ARRAY(SELECT g.rolname::text FROM pg_catalog.pg_auth_members m
                 JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
                 WHERE m.member = r.oid ORDER BY 1) AS member_of
    FROM pg_catalog.pg_roles r
    WHERE r.rolname !~ '^pg_'
    ORDER BY 1`);
    return rows.map((r) => ({
        name: r.name,
        bypassrls: r.bypassrls,
        inherit: r.inherit,
        createrole: r.createrole,
        createdb: r.createdb,
        member_of: r.member_of ?? [],
    }));
}
/** `CREATE ROLE … NOLOGIN` with the spec's attributes; a role never gets LOGIN or a password. */
function createRoleSql(c, name, spec) {
    const options = ['NOLOGIN'];
    if (spec?.bypassrls)
        options.push('BYPASSRLS');
    if (spec?.inherit === false)
        options.push('NOINHERIT');
    if (spec?.createrole)
        options.push('CREATEROLE');
    if (spec?.createdb)
        options.push('CREATEDB');
    return `CREATE ROLE ${c.escapeIdentifier(name)} ${options.join(' ')}`;
}
/**
 * Every role name to create, in order: the referenced ones, then the specs' roles and the groups
 * they belong to (a member of a policy's group may be named nowhere in the dump). `pg_*` are built in.
 */
function rolesToCreate(referenced, specs) {
    const names = new Set(referenced);
    for (const spec of specs) {
        names.add(spec.name);
        for (const group of spec.member_of ?? [])
            names.add(group);
    }
    return [...names].filter((n) => !n.startsWith('pg_'));
}


/***/ }),

/***/ 7860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N4: () => (/* binding */ packDumpDirectory),
/* harmony export */   SZ: () => (/* binding */ DUMP_DIRECTORY_FILE),
/* harmony export */   VS: () => (/* binding */ dumpDirectoryObject),
/* harmony export */   bY: () => (/* binding */ sliced),
/* harmony export */   v$: () => (/* binding */ groupDumpDirectories)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6118);



/** What `pg_dump -Fd` writes into its directory (data files may be gzip, lz4 or zstd compressed). */
const DUMP_DIRECTORY_FILE = /^(toc\.dat|\d+\.dat|blob_\d+\.dat|blobs(_\d+)?\.toc)(\.gz|\.lz4|\.zst)?$/;
const TAR_BLOCK = 512;
/**
 * A `pg_dump -Fd` folder is one backup, read as a tar of its files (toc.dat first, as pg_dump's
 * own order has it), not dozens of broken ones. Undefined when the files hold no toc.dat.
 */
function dumpDirectoryObject(key, files) {
    if (!files.some((f) => f.name === 'toc.dat'))
        return undefined;
    const members = [...files].sort((a, b) => a.name === 'toc.dat' ? -1 : b.name === 'toc.dat' ? 1 : a.name < b.name ? -1 : 1);
    // ustar names short enough for one header each (see packDumpDirectory), so the size is exact.
    const size = members.reduce((n, f) => n + TAR_BLOCK + Math.ceil(f.size / TAR_BLOCK) * TAR_BLOCK, 2 * TAR_BLOCK);
    const lastModified = new Date(Math.max(...members.map((f) => f.mtime.getTime())));
    return { key, size, lastModified, members };
}
/**
 * The tar a dump folder is read as: inside a folder, as `tar -c dump/` writes it (a flat toc.dat
 * first is pg_dump's tar format); the folder's own name when every entry name fits ustar's 100
 * bytes, so the listed size stays exact. Members are opened one at a time, in order.
 */
function packDumpDirectory(folderName, members, open, failure) {
    const out = (0,tar_stream__WEBPACK_IMPORTED_MODULE_2__.pack)();
    const longest = Math.max(...members.map((f) => Buffer.byteLength(`${folderName}/${f.name}`)));
    const folder = longest <= 100 ? folderName : 'dump';
    void (async () => {
        try {
            for (const f of members) {
                // Opened before its entry exists: a failed open must not leave an entry with no listener.
                const body = await open(f);
                await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_1__.pipeline)(body, out.entry({ name: `${folder}/${f.name}`, size: f.size, mtime: f.mtime, mode: 0o644 }));
            }
            out.finalize();
        }
        catch (error) {
            out.destroy(failure(error));
        }
    })();
    return node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.from(out, { objectMode: false });
}
/** Bytes [start, end] of a stream, for the resumable reads that ask for a range of a packed folder. */
function sliced(body, range) {
    if (!range)
        return body;
    let at = 0;
    const slicer = new node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform({
        transform(chunk, _encoding, callback) {
            const from = Math.max(0, range.start - at);
            const to = Math.min(chunk.length, range.end + 1 - at);
            at += chunk.length;
            callback(null, from < to ? chunk.subarray(from, to) : undefined);
        },
    });
    body.on('error', (e) => slicer.destroy(e));
    return body.pipe(slicer);
}
/**
 * For stores that list flat keys (S3): the objects of each `pg_dump -Fd` folder (`daily/x.dir/toc.dat`,
 * `daily/x.dir/3001.dat.gz`, …) become one backup keyed by the folder, as a folder store lists it;
 * every other object passes through. Relies on the listing's key order (S3 lists in UTF-8 binary
 * order): once a key leaves a folder's prefix, nothing more of that folder follows, so at most the
 * direct children of the folders on the current path are held.
 */
async function* groupDumpDirectories(objects, remember) {
    // folder prefix ("daily/x.dir/") → its direct children seen so far
    const open = new Map();
    function* flush(folder) {
        const children = open.get(folder) ?? [];
        open.delete(folder);
        const key = folder.slice(0, -1);
        const members = children.map((o) => ({ name: o.key.slice(folder.length), size: o.size, mtime: o.lastModified }));
        const grouped = dumpDirectoryObject(key, members);
        if (!grouped) {
            yield* children;
            return;
        }
        remember(key, grouped.members);
        yield { key: grouped.key, size: grouped.size, lastModified: grouped.lastModified };
    }
    for await (const object of objects) {
        for (const folder of [...open.keys()])
            if (!object.key.startsWith(folder))
                yield* flush(folder);
        const slash = object.key.lastIndexOf('/');
        // Top-level objects are never part of a folder: the store's own prefix is not a backup.
        if (slash < 0) {
            yield object;
            continue;
        }
        const folder = object.key.slice(0, slash + 1);
        const children = open.get(folder) ?? [];
        children.push(object);
        open.set(folder, children);
    }
    for (const folder of [...open.keys()])
        yield* flush(folder);
}


/***/ })

};
