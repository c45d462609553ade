export const id = 845;
export const ids = [845];
export const modules = {

/***/ 354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iR: () => (/* binding */ combineFormats),
  Yp: () => (/* binding */ decodeChain),
  Ic: () => (/* binding */ describeFailure),
  _M: () => (/* binding */ encryptionRemedy),
  BW: () => (/* binding */ hasKeyFor),
  U5: () => (/* binding */ isEncryption),
  Hs: () => (/* binding */ keyInputFor),
  BA: () => (/* binding */ openDecoded),
  BM: () => (/* binding */ unsupportedLayer)
});

// UNUSED EXPORTS: DECRYPT_STALL_MS, DecodeError, OpensslDecrypt, WRONG_PASSPHRASE, ZipFirstEntry, ageIdentities, layerStage, webStage

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
// EXTERNAL MODULE: ./src/discovery/detect-format.ts
var detect_format = __webpack_require__(3591);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
;// CONCATENATED MODULE: ./src/integrity/gpg-quick-check.ts

const CIPHERS = {
    7: { name: 'aes-128-cfb', keyLength: 16 },
    8: { name: 'aes-192-cfb', keyLength: 24 },
    9: { name: 'aes-256-cfb', keyLength: 32 },
};
const HASHES = {
    1: 'md5',
    2: 'sha1',
    3: 'ripemd160',
    8: 'sha256',
    9: 'sha384',
    10: 'sha512',
    11: 'sha224',
};
const BLOCK = 16;
/** One packet header at `at` (old or new format); undefined when the head is too short. */
function packetAt(head, at) {
    if (at >= head.length)
        return undefined;
    const ctb = head[at];
    if (!(ctb & 0x80))
        return undefined;
    let tag;
    let length;
    let start;
    if (ctb & 0x40) {
        tag = ctb & 0x3f;
        const b = head[at + 1];
        if (b === undefined)
            return undefined;
        if (b < 192)
            [length, start] = [b, at + 2];
        else if (b < 224)
            [length, start] = [((b - 192) << 8) + (head[at + 2] ?? 0) + 192, at + 3];
        else if (b < 255)
            [length, start] = [1 << (b & 0x1f), at + 2];
        else {
            if (at + 6 > head.length)
                return undefined;
            [length, start] = [head.readUInt32BE(at + 2), at + 6];
        }
    }
    else {
        tag = (ctb >> 2) & 0x0f;
        const type = ctb & 3;
        const size = [1, 2, 4, 0][type];
        if (size === 0 || at + 1 + size > head.length)
            return undefined;
        length = size === 1 ? head[at + 1] : size === 2 ? head.readUInt16BE(at + 1) : head.readUInt32BE(at + 1);
        start = at + 1 + size;
    }
    return { tag, body: head.subarray(start, Math.min(head.length, start + length)), next: start + length };
}
/** RFC 4880 §3.7.1: simple, salted and iterated+salted S2K, with preloaded zeros for long keys. */
function s2kKey(body, passphrase, keyLength) {
    const type = body[0];
    const hash = HASHES[body[1]];
    if (!hash)
        return undefined;
    let salt = Buffer.alloc(0);
    let count = 0;
    let used = 2;
    if (type === 1 || type === 3) {
        if (body.length < 10)
            return undefined;
        salt = body.subarray(2, 10);
        used = 10;
    }
    if (type === 3) {
        const c = body[10];
        count = (16 + (c & 15)) << ((c >> 4) + 6);
        used = 11;
    }
    else if (type !== 0 && type !== 1)
        return undefined;
    const data = Buffer.concat([salt, passphrase]);
    const total = Math.max(count, data.length);
    const parts = [];
    let length = 0;
    for (let round = 0; length < keyLength; round++) {
        const h = external_node_crypto_default().createHash(hash);
        h.update(Buffer.alloc(round));
        // Hashing the repeated salt+passphrase in large slices keeps 65 MB of S2K well under a second.
        const slice = Buffer.concat(Array.from({ length: Math.max(1, Math.ceil(65536 / data.length)) }, () => data));
        let left = total;
        while (left > 0) {
            const take = Math.min(left, slice.length);
            h.update(slice.subarray(0, take));
            left -= take;
        }
        const digest = h.digest();
        parts.push(digest);
        length += digest.length;
    }
    return { key: Buffer.concat(parts).subarray(0, keyLength), used };
}
function cfbDecrypt(cipher, key, data) {
    const d = external_node_crypto_default().createDecipheriv(cipher, key, Buffer.alloc(BLOCK));
    return d.update(data);
}
/** Judges `passphrase` against the first bytes of a binary gpg file (at least ~100 bytes help). */
function gpgQuickCheck(head, passphrase) {
    try {
        const skesk = packetAt(head, 0);
        if (!skesk || skesk.tag !== 3 || skesk.body[0] !== 4)
            return 'unknown';
        const cipher = CIPHERS[skesk.body[1]];
        if (!cipher)
            return 'unknown';
        const derived = s2kKey(skesk.body.subarray(2), Buffer.from(passphrase, 'utf8'), cipher.keyLength);
        if (!derived)
            return 'unknown';
        let sessionCipher = cipher;
        let sessionKey = derived.key;
        const esk = skesk.body.subarray(2 + derived.used);
        if (esk.length > 0) {
            // An encrypted session key: its first byte names the data's cipher.
            const plain = cfbDecrypt(cipher.name, derived.key, esk);
            const inner = CIPHERS[plain[0]];
            if (!inner)
                return 'wrong';
            if (plain.length !== 1 + inner.keyLength)
                return 'wrong';
            sessionCipher = inner;
            sessionKey = plain.subarray(1);
        }
        // Another SKESK may follow (several passphrases): only the first is judged, so stay neutral.
        const data = packetAt(head, skesk.next);
        if (!data)
            return 'unknown';
        let encrypted;
        if (data.tag === 18 && data.body[0] === 1)
            encrypted = data.body.subarray(1);
        else if (data.tag === 9)
            encrypted = data.body;
        else
            return 'unknown';
        if (encrypted.length < BLOCK + 2)
            return 'unknown';
        const prefix = cfbDecrypt(sessionCipher.name, sessionKey, encrypted.subarray(0, BLOCK + 2));
        return prefix[BLOCK - 2] === prefix[BLOCK] && prefix[BLOCK - 1] === prefix[BLOCK + 1] ? 'ok' : 'wrong';
    }
    catch {
        return 'unknown';
    }
}

;// CONCATENATED MODULE: ./src/integrity/decode-layers.ts







/** How every decrypter words a key that does not open the file. */
const WRONG_PASSPHRASE = 'wrong passphrase';
/** A layer that could not be peeled; `message` is one line a person can act on. */
class DecodeError extends Error {
    failure;
    constructor(failure) {
        super(describeFailure(failure));
        this.failure = failure;
        this.name = 'DecodeError';
    }
}
function isEncryption(layer) {
    return layer === 'gpg' || layer === 'openssl' || layer === 'age' || layer === 'databasus';
}
/** "decryption failed (gpg): …" / "gzip stream is damaged: …": the wording reports and tests rely on. */
function describeFailure(failure) {
    return failure.kind === 'decrypt'
        ? `decryption failed (${failure.layer}): ${failure.message}`
        : `${failure.layer} stream is damaged: ${failure.message}`;
}
const KEY_INPUT = {
    gpg: 'decryption-passphrase',
    openssl: 'decryption-passphrase',
    age: 'age-identity (or decryption-passphrase for passphrase-encrypted age files)',
    databasus: '',
};
/** What to do so that Lifeboat can read this encrypted backup, as the end of a report sentence. */
function encryptionRemedy(encryption) {
    // Its key derives from the Databasus master key and the backup's id, which Lifeboat never has.
    if (encryption === 'databasus') {
        return "Databasus' own encryption opens only inside Databasus (turn it off there to let Lifeboat read the backups)";
    }
    return `set ${keyInputFor(encryption)} to verify it`;
}
/** Which input would open this kind of encryption, for "set … to verify the content" messages. */
function keyInputFor(encryption) {
    return KEY_INPUT[encryption];
}
function hasKeyFor(encryption, keys) {
    if (encryption === 'databasus')
        return false;
    if (encryption === 'age')
        return Boolean(keys?.ageIdentity || keys?.passphrase);
    return Boolean(keys?.passphrase);
}
const zstd = (external_node_zlib_default());
/** Why a layer cannot be peeled in this runtime, or undefined when it can. */
function unsupportedLayer(layer) {
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
function layerStage(layer, keys = {}) {
    switch (layer) {
        case 'gzip':
            return createGunzipAll();
        case 'zstd': {
            if (!zstd.createZstdDecompress)
                throw new DecodeError({ layer, kind: 'decompress', message: 'not supported' });
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
function createGunzipAll() {
    return external_node_zlib_default().createGunzip();
}
function requireKey(layer, key) {
    if (!key)
        throw new DecodeError({ layer, kind: 'decrypt', message: `no key: set ${keyInputFor(layer)}` });
    (0,secrets/* addSecret */.Ck)(key);
    return key;
}
/**
 * Pipes `layers` (outermost first) into `target`. A failing layer is remembered, every stage is torn
 * down and `target` is ended, so the consumers behind it report what they got instead of waiting.
 */
function decodeChain(layers, target, keys = {}) {
    if (layers.length === 0)
        return { input: target, failure: () => undefined };
    let failure;
    let stages;
    try {
        stages = layers.map((layer) => layerStage(layer, keys));
    }
    catch (error) {
        // A layer that cannot even start: the consumers see an empty stream.
        failure = toFailure(layers[0], error);
        const sink = new external_node_stream_.PassThrough();
        sink.resume();
        if (!target.writableEnded)
            target.end();
        return { input: sink, failure: () => failure };
    }
    const fail = (layer, error) => {
        if (failure)
            return;
        failure = toFailure(layer, error);
        for (const stage of stages) {
            stage.unpipe();
            stage.destroy();
        }
        if (!target.writableEnded && !target.destroyed)
            target.end();
    };
    stages.forEach((stage, i) => {
        stage.on('error', (error) => fail(layers[i], error));
        stage.pipe(stages[i + 1] ?? target);
    });
    return { input: stages[0], failure: () => failure };
}
function toFailure(layer, error) {
    if (error instanceof DecodeError)
        return error.failure;
    const message = error instanceof Error ? error.message : String(error);
    return { layer, kind: isEncryption(layer) ? 'decrypt' : 'decompress', message: cleanMessage(layer, message) };
}
function cleanMessage(layer, message) {
    if (message.startsWith(WRONG_PASSPHRASE))
        return message;
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
async function openDecoded(source, keys = {}, depth = 0) {
    const { head, stream } = await peek(source, detect_format/* DETECT_HEAD_BYTES */.ZM);
    const format = (0,detect_format/* detectFormat */.Tz)(head);
    const layers = format.layers ?? (format.compression !== 'none' ? [format.compression] : []);
    if (layers.length === 0 || depth > 4)
        return { format, stream };
    const encryptionAt = layers.findIndex(isEncryption);
    const peel = encryptionAt === -1 ? layers : layers.slice(0, encryptionAt + 1);
    for (const layer of peel) {
        const why = unsupportedLayer(layer);
        if (why)
            throw new DecodeError({ layer, kind: 'decompress', message: why });
        if (isEncryption(layer) && !hasKeyFor(layer, keys)) {
            throw new DecodeError({ layer, kind: 'decrypt', message: `encrypted: ${encryptionRemedy(layer)}` });
        }
    }
    let out = stream;
    for (const layer of peel) {
        const stage = layerStage(layer, keys);
        const from = out;
        from.on('error', (error) => stage.destroy(error));
        stage.on('error', () => from.unpipe(stage));
        out = from.pipe(stage);
    }
    const wrapped = out;
    const failures = new external_node_stream_.PassThrough();
    wrapped.on('error', (error) => failures.destroy(new DecodeError(toFailure(peel[peel.length - 1], error))));
    wrapped.pipe(failures);
    if (encryptionAt === -1)
        return { format, stream: failures };
    const inner = await openDecoded(failures, keys, depth + 1);
    return { format: combineFormats(format, peel, inner.format), stream: inner.stream };
}
/** The format of an encrypted file once its inside is known: container from inside, layers from both. */
function combineFormats(outer, peeled, inner) {
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
async function peek(source, bytes) {
    const iterator = source[Symbol.asyncIterator]();
    const chunks = [];
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
        if (head.length)
            yield head;
        if (done)
            return;
        for (;;) {
            const next = await iterator.next();
            if (next.done)
                return;
            yield next.value;
        }
    }
    return { head: head.subarray(0, bytes), stream: external_node_stream_.Readable.from(rest(), { objectMode: false }) };
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
class ZipFirstEntry extends external_node_stream_.Transform {
    header = Buffer.alloc(0);
    inflate;
    storedLeft;
    finished = false;
    flags = 0;
    localCrc = 0;
    localSize = 0;
    crc = 0;
    size = 0;
    tail = Buffer.alloc(0);
    bytesIn = 0;
    /** The first entry's name, once the local header was read. */
    entryName;
    _transform(chunk, _enc, done) {
        this.keepTail(chunk);
        if (this.finished)
            return done();
        if (this.header) {
            this.header = Buffer.concat([this.header, chunk]);
            if (this.header.length < 30)
                return done();
            if (this.header.readUInt32LE(0) !== LOCAL_HEADER)
                return done(new Error('not a zip local file header'));
            const nameLength = this.header.readUInt16LE(26);
            const extraLength = this.header.readUInt16LE(28);
            const dataStart = 30 + nameLength + extraLength;
            if (this.header.length < dataStart)
                return done();
            const flags = this.header.readUInt16LE(6);
            const method = this.header.readUInt16LE(8);
            const compressedSize = this.header.readUInt32LE(18);
            this.flags = flags;
            this.localCrc = this.header.readUInt32LE(14);
            this.localSize = this.header.readUInt32LE(22);
            this.entryName = this.header.subarray(30, 30 + nameLength).toString('utf8');
            const rest = this.header.subarray(dataStart);
            this.header = undefined;
            if (flags & 0x1)
                return done(new Error(`zip entry ${this.entryName} is password-protected`));
            if (method === 8) {
                this.inflate = external_node_zlib_default().createInflateRaw();
                this.inflate.on('data', (data) => this.output(data));
                this.inflate.on('error', (error) => this.destroy(error));
                this.inflate.on('end', () => {
                    this.finished = true;
                });
            }
            else if (method === 0) {
                if (flags & 0x8 && compressedSize === 0) {
                    return done(new Error(`zip entry ${this.entryName} is stored with a data descriptor: its size is unknown`));
                }
                this.storedLeft = compressedSize;
            }
            else {
                return done(new Error(`zip entry ${this.entryName} uses compression method ${method}; only deflate and stored are supported`));
            }
            chunk = rest;
        }
        this.feed(chunk, done);
    }
    keepTail(chunk) {
        this.bytesIn += chunk.length;
        this.tail =
            chunk.length >= ZIP_TAIL_BYTES
                ? chunk.subarray(chunk.length - ZIP_TAIL_BYTES)
                : Buffer.concat([this.tail.subarray(Math.max(0, this.tail.length + chunk.length - ZIP_TAIL_BYTES)), chunk]);
    }
    output(data) {
        this.crc = external_node_zlib_default().crc32(data, this.crc);
        this.size += data.length;
        this.push(data);
    }
    feed(chunk, done) {
        if (chunk.length === 0)
            return done();
        if (this.storedLeft !== undefined) {
            const take = chunk.subarray(0, this.storedLeft);
            this.storedLeft -= take.length;
            if (this.storedLeft === 0)
                this.finished = true;
            if (take.length)
                this.output(take);
            return done();
        }
        const inflate = this.inflate;
        // Backpressure from the inflater: wait for it to take the chunk before asking for more.
        if (inflate.write(chunk))
            done();
        else
            inflate.once('drain', () => done());
    }
    _flush(done) {
        if (this.header)
            return done(new Error('zip archive ends inside its first local header'));
        if (this.storedLeft !== undefined) {
            return done(this.storedLeft > 0 ? new Error(`zip entry ${this.entryName} is truncated`) : this.crcError());
        }
        const inflate = this.inflate;
        if (this.finished)
            return done(this.crcError());
        inflate.once('end', () => done(this.crcError()));
        inflate.once('error', (error) => done(new Error(`zip entry ${this.entryName}: ${error.message}`)));
        inflate.end();
    }
    /** Undefined when the entry's CRC-32 and size match what the zip says; else what is wrong. */
    crcError() {
        const expected = this.flags & 0x8 ? this.centralRecord() : { crc: this.localCrc, size: this.localSize };
        if (expected instanceof Error)
            return expected;
        const hex = (n) => (n >>> 0).toString(16).padStart(8, '0');
        if (expected.crc >>> 0 !== this.crc >>> 0) {
            return new Error(`zip entry ${this.entryName} fails its CRC-32 check (the data gives ${hex(this.crc)}, the zip says ${hex(expected.crc)}): the file is damaged`);
        }
        if (expected.size !== ZIP32_UNKNOWN && expected.size !== this.size % 2 ** 32) {
            return new Error(`zip entry ${this.entryName} holds ${this.size} bytes, the zip says ${expected.size}: the file is damaged`);
        }
        return undefined;
    }
    /** The first entry's CRC and size from the central directory, found through the end record in the tail. */
    centralRecord() {
        const tail = this.tail;
        const truncated = new Error(`zip archive ends before its central directory: the file is truncated (the CRC-32 of ${this.entryName} cannot be checked)`);
        let end = -1;
        for (let i = tail.length - 22; i >= 0; i--) {
            if (tail.readUInt32LE(i) === END_OF_CENTRAL) {
                end = i;
                break;
            }
        }
        if (end < 0)
            return truncated;
        // Scan the central directory for the entry at offset 0; zip64 end records sit between, so walk
        // backwards from the end record to the first central header that starts a plausible chain.
        const tailStart = this.bytesIn - tail.length;
        const cdOffset = tail.readUInt32LE(end + 16);
        let at = cdOffset !== ZIP32_UNKNOWN ? cdOffset - tailStart : tail.indexOf(CENTRAL_SIGNATURE);
        if (at < 0 || at >= end)
            return truncated;
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
/**
 * `openssl enc` writes only `Salted__` and the salt: the cipher, the key derivation and its digest
 * are not in the file. These are what the tools in use write, most likely first; the right one is
 * the one whose first decrypted bytes are something Lifeboat recognises.
 */
const OPENSSL_CANDIDATES = [
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
class OpensslDecrypt extends external_node_stream_.Transform {
    passphrase;
    pending = [];
    pendingLength = 0;
    decipher;
    /** The parameters that opened the file, once found. */
    params;
    constructor(passphrase) {
        super();
        this.passphrase = passphrase;
    }
    _transform(chunk, _enc, done) {
        if (this.decipher) {
            this.push(this.decipher.update(chunk));
            return done();
        }
        this.pending.push(chunk);
        this.pendingLength += chunk.length;
        if (this.pendingLength < 16 + OPENSSL_PROBE_BYTES)
            return done();
        this.start(false).then(() => done(), done);
    }
    _flush(done) {
        const finish = () => {
            try {
                this.push(this.decipher.final());
                done();
            }
            catch (error) {
                done(new Error(finalError(error)));
            }
        };
        if (this.decipher)
            return finish();
        this.start(true).then(finish, done);
    }
    async start(atEnd) {
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
            if (!looksDecrypted(params, key, iv, probe, atEnd ? body : undefined))
                continue;
            this.params = params;
            this.decipher = external_node_crypto_default().createDecipheriv(params.cipher, key, iv);
            this.push(this.decipher.update(body));
            return;
        }
        throw new Error('wrong decryption-passphrase, or the file was not written by openssl enc with AES-CBC ' +
            '(tried -pbkdf2 with sha256 and the legacy key derivation with sha256 and md5)');
    }
}
function looksDecrypted(params, key, iv, probe, whole) {
    try {
        let plain;
        if (whole && whole.length <= OPENSSL_PROBE_BYTES + 16) {
            // A tiny file: the padding check of the whole thing is the best evidence there is.
            const d = external_node_crypto_default().createDecipheriv(params.cipher, key, iv);
            plain = Buffer.concat([d.update(whole), d.final()]);
        }
        else {
            const d = external_node_crypto_default().createDecipheriv(params.cipher, key, iv);
            d.setAutoPadding(false);
            plain = d.update(probe);
        }
        if (plain.length === 0)
            return false;
        const inner = (0,detect_format/* detectFormat */.Tz)(plain);
        // Random bytes from a wrong key are "unrecognised binary data"; anything else was meant to be there.
        return !(inner.container === 'unknown' && !inner.layers && inner.description === 'unrecognised binary data');
    }
    catch {
        return false;
    }
}
function finalError(error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/wrong final block length/i.test(message))
        return 'the encrypted data ends mid-block: the file is truncated';
    if (/bad decrypt/i.test(message))
        return 'the padding of the last block is wrong: the file is truncated or damaged';
    return message;
}
async function deriveOpensslKey(passphrase, salt, params) {
    const keyLength = params.cipher === 'aes-256-cbc' ? 32 : 16;
    const pass = Buffer.from(passphrase, 'utf8');
    if (params.kdf === 'pbkdf2') {
        const out = await new Promise((resolve, reject) => external_node_crypto_default().pbkdf2(pass, salt, params.iter ?? 10_000, keyLength + 16, params.md, (e, k) => e ? reject(e) : resolve(k)));
        return { key: out.subarray(0, keyLength), iv: out.subarray(keyLength) };
    }
    // EVP_BytesToKey with one iteration, as `openssl enc` does without -pbkdf2.
    const parts = [];
    let previous = Buffer.alloc(0);
    let length = 0;
    while (length < keyLength + 16) {
        previous = external_node_crypto_default().createHash(params.md)
            .update(Buffer.concat([previous, pass, salt]))
            .digest();
        parts.push(previous);
        length += previous.length;
    }
    const out = Buffer.concat(parts);
    return { key: out.subarray(0, keyLength), iv: out.subarray(keyLength, keyLength + 16) };
}
/**
 * How long a decrypter may sit on bytes it was given without taking more, ending, failing or
 * giving output, while nothing downstream holds it back. openpgp, given a damaged file or a wrong
 * key it cannot tell from a right one, sometimes does exactly that; the pass would wait forever.
 */
const DECRYPT_STALL_MS = 30_000;
/** A Node duplex around a web-stream decrypter; errors from either side destroy it. */
function webStage(decrypt, stallMs = DECRYPT_STALL_MS) {
    let lastActivity = Date.now();
    // Counts as activity whenever the decrypter pulls bytes (a transform runs only when read from).
    const input = new external_node_stream_.Transform({
        transform(chunk, _enc, done) {
            lastActivity = Date.now();
            done(null, chunk);
        },
    });
    const output = new external_node_stream_.PassThrough();
    const stage = external_node_stream_.Duplex.from({ writable: input, readable: output });
    const webInput = external_node_stream_.Readable.toWeb(input);
    let inputEnded = false;
    input.once('finish', () => {
        inputEnded = true;
        lastActivity = Date.now();
    });
    // Stalled: bytes are waiting for the decrypter (or it has them all), it takes none and gives
    // none, and its output is not waiting for a slow reader. A slow upstream is not a stall.
    const watch = setInterval(() => {
        const waitingOnDecrypter = inputEnded || input.writableLength > 0 || input.readableLength > 0;
        const idle = output.readableLength === 0 && Date.now() - lastActivity >= stallMs;
        if (waitingOnDecrypter && idle && !output.writableEnded) {
            stage.destroy(new Error(`decryption failed: the decrypter stopped ${inputEnded ? 'after reading the whole file' : 'taking input'} without an end or an error`));
        }
    }, Math.min(1000, stallMs / 4));
    // Deliberately not unref'd: the watch is what keeps a silent decrypter from ending the process
    // with an unsettled result (exit 13, no report); it stops once the stage ends either way.
    const stop = () => clearInterval(watch);
    output.once('end', stop);
    output.once('close', stop);
    stage.once('close', stop);
    stage.once('error', stop);
    decrypt(webInput).then((webOutput) => {
        const plain = external_node_stream_.Readable.fromWeb(webOutput);
        plain.on('data', () => {
            lastActivity = Date.now();
        });
        plain.on('error', (error) => stage.destroy(error));
        plain.pipe(output);
    }, (error) => stage.destroy(error instanceof Error ? error : new Error(String(error))));
    return stage;
}
function openpgpDecrypt(passphrase) {
    return async (input) => {
        const openpgp = await __webpack_require__.e(/* import() */ 74).then(__webpack_require__.bind(__webpack_require__, 3074));
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
            ? await openpgp.readMessage({ armoredMessage: rest.pipeThrough(new TextDecoderStream()) })
            : await openpgp.readMessage({ binaryMessage: rest });
        const { data } = await openpgp.decrypt({
            message,
            passwords: [passphrase],
            format: 'binary',
            // Without this openpgp buffers the whole plaintext until the integrity tag at the end is
            // checked; a damaged tag still fails the stream at the end, which is when the verdict is made.
            config: { allowUnauthenticatedStream: true },
        });
        return data;
    };
}
function ageDecrypt(keys) {
    return async (input) => {
        const age = await __webpack_require__.e(/* import() */ 855).then(__webpack_require__.bind(__webpack_require__, 855));
        const decrypter = new age.Decrypter();
        const identities = ageIdentities(keys.ageIdentity);
        for (const identity of identities)
            decrypter.addIdentity(identity);
        if (keys.passphrase) {
            (0,secrets/* addSecret */.Ck)(keys.passphrase);
            decrypter.addPassphrase(keys.passphrase);
        }
        if (identities.length === 0 && !keys.passphrase)
            throw new Error(`no key: set ${keyInputFor('age')}`);
        const out = await decrypter.decrypt(input);
        return out;
    };
}
/** `AGE-SECRET-KEY-…` lines from the input, or from the file it names. */
function ageIdentities(value) {
    if (!value)
        return [];
    let text = value;
    if (!/AGE-SECRET-KEY-/i.test(value)) {
        try {
            text = (0,external_node_fs_.readFileSync)(value.trim(), 'utf8');
        }
        catch {
            throw new Error('age-identity holds no AGE-SECRET-KEY-… line and names no readable identity file');
        }
    }
    const keys = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => /^AGE-SECRET-KEY-/i.test(l));
    for (const k of keys)
        (0,secrets/* addSecret */.Ck)(k);
    return keys;
}


/***/ }),

/***/ 2845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ INTEGRITY_LEVELS),
  i: () => (/* binding */ runIntegrityPass)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/discovery/detect-format.ts
var detect_format = __webpack_require__(3591);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/integrity/fan-out.ts

/**
 * Writes every chunk to all live sinks and waits until each has accepted it: the slowest consumer
 * sets the pace (backpressure), and a consumer that dies (pg_restore --list after the TOC, a
 * pg_restore that found corruption) is dropped instead of stalling the others.
 */
class FanOut extends external_node_stream_.Writable {
    live;
    constructor(sinks) {
        super();
        this.live = new Set(sinks);
        for (const sink of sinks) {
            // EPIPE when a consumer exits before the end is expected; its own result says what happened.
            sink.input.on('error', () => this.live.delete(sink));
            void sink.gone.then(() => this.live.delete(sink));
        }
    }
    _write(chunk, _enc, done) {
        const waits = [];
        for (const sink of this.live) {
            if (sink.input.destroyed || sink.input.writableEnded) {
                this.live.delete(sink);
                continue;
            }
            if (!sink.input.write(chunk))
                waits.push(drainOrGone(sink));
        }
        if (waits.length === 0)
            done();
        else
            void Promise.all(waits).then(() => done());
    }
    _final(done) {
        for (const sink of this.live) {
            if (!sink.input.destroyed && !sink.input.writableEnded)
                sink.input.end();
        }
        done();
    }
}
function drainOrGone(sink) {
    return new Promise((resolve) => {
        // Some stream implementations (decryption stages) are destroyed without emitting 'close':
        // a destroyed or ended input can take no more bytes, whatever events it does or does not send.
        const poll = setInterval(() => {
            if (sink.input.destroyed || sink.input.writableFinished)
                finish();
        }, 100);
        const finish = () => {
            clearInterval(poll);
            sink.input.off('drain', finish);
            sink.input.off('close', finish);
            resolve();
        };
        sink.input.once('drain', finish);
        sink.input.once('close', finish);
        void sink.gone.then(finish);
    });
}

// EXTERNAL MODULE: ./src/archive/index.ts + 8 modules
var src_archive = __webpack_require__(2514);
// EXTERNAL MODULE: ./src/archive/toc.ts
var toc = __webpack_require__(3052);
// EXTERNAL MODULE: ./src/postgres/row-counts.ts
var row_counts = __webpack_require__(3804);
// EXTERNAL MODULE: ./src/integrity/pg-restore-sink.ts
var pg_restore_sink = __webpack_require__(1969);
;// CONCATENATED MODULE: ./src/integrity/archive-consumer.ts







/** Enough of the decoded stream for the archive header: tar puts it after a 512-byte member header. */
const HEAD_BYTES = 4096;
/** Lets the reader take whole file-read chunks without a round trip per 16 KiB. */
const READER_BUFFER = 1024 * 1024;
/**
 * Verifies a custom, tar or plain-SQL stream (already unwrapped from gzip, zip, encryption …) with
 * Lifeboat's own archive reader: every data block decompressed, every COPY row counted. For
 * custom/tar, `pg_restore --list` reads the same bytes as a second opinion on the TOC, and
 * `pg_restore -f /dev/null` only when the data uses a codec the reader lacks, so the verdict never
 * depends on pg_restore alone nor gets weaker without it. Write the stream to `input`, end it,
 * then await `done`.
 */
function archiveConsumer(format, opts) {
    const archive = format.container === 'custom' || format.container === 'tar';
    // Resolved now so that finding the binary overlaps with the first reads. pg_restore reads a
    // directory archive only unpacked, so a tarred one is proven by the reader alone.
    const tool = archive && !format.directory ? opts.pgRestore() : Promise.resolve(undefined);
    let started;
    const gate = new HeadGate(async (head) => {
        const header = archive ? await (0,src_archive/* peekHeader */.Hc)(head) : undefined;
        const bridge = new external_node_stream_.PassThrough({ highWaterMark: READER_BUFFER });
        // zlib's checksum already proves gzip blocks byte-exact; counting every row's fields there cost
        // ~30% of the pass for nothing more. zstd and lz4 as pg_dump writes them carry no checksum (a
        // flipped byte can decode to other text), nor do uncompressed data and plain SQL: those are proven
        // by field counts and, in a UTF8 database, by the text being valid UTF-8.
        const checkFields = !header || header.compression !== 'gzip';
        const report = (0,src_archive/* readArchive */.bL)(bridge, { maxProblems: 20, checkFields }).catch((error) => {
            // readArchive reports damage rather than throwing; this is a bug, and it must not stall the pass.
            bridge.destroy();
            return internalError(error);
        });
        const sinks = [{ name: 'reader', input: bridge, gone: report.then(() => undefined) }];
        const found = await tool;
        let list;
        let restore;
        let codecGap;
        if (archive && found) {
            const formatFlag = `--format=${format.container === 'tar' ? 't' : 'c'}`;
            list = (0,pg_restore_sink/* pgRestoreSink */.zJ)('pg_restore --list', found, ['--list', formatFlag], { watchdogMs: opts.watchdogMs });
            sinks.push(list);
            codecGap = header ? (0,src_archive/* missingCodec */.zM)(header.compression) : undefined;
            if (codecGap && opts.level === 'full') {
                restore = (0,pg_restore_sink/* pgRestoreSink */.zJ)('pg_restore', found, ['--file=/dev/null', formatFlag], {
                    watchdogMs: opts.watchdogMs,
                });
                sinks.push(restore);
            }
        }
        started = { tool: found, report, list: list?.outcome, restore: restore?.outcome };
        return new FanOut(sinks);
    });
    return {
        input: gate,
        async done(decodeError) {
            await gate.settled;
            if (!started) {
                const why = decodeError() ?? gate.failure ?? 'the stream ended before it could be read';
                return { checks: () => [check('archive', 'critical', `could not verify: ${why}`), notChecked(why)] };
            }
            const [report, listed, restored] = await Promise.all([started.report, started.list, started.restore]);
            const verdict = {
                format,
                level: opts.level,
                tool: started.tool,
                report,
                listed,
                restored,
                decodeError: decodeError(),
            };
            return {
                checks: (bytes) => (format.container === 'plain' ? plainChecks(verdict, bytes) : archiveChecks(verdict, bytes)),
                tables: report.skipped.length ? undefined : countedTables(report),
                partitioned: report.toc.filter(isPartitioned).map(entryName),
            };
        },
    };
}
/**
 * Holds the first bytes until the archive header can be read (the consumers depend on its codec),
 * then passes everything on at the pace of the slowest consumer.
 */
class HeadGate extends external_node_stream_.Writable {
    open;
    settled;
    failure;
    target;
    head = [];
    headLength = 0;
    settle;
    constructor(open) {
        super();
        this.open = open;
        this.settled = new Promise((resolve) => {
            this.settle = resolve;
        });
        // A decode chain tears its stages down on failure; whoever waits on this gate must still wake.
        this.once('close', () => this.settle());
    }
    _write(chunk, _enc, callback) {
        if (this.target)
            return this.forward(this.target, chunk, callback);
        if (this.failure !== undefined)
            return callback();
        this.head.push(chunk);
        this.headLength += chunk.length;
        if (this.headLength < HEAD_BYTES)
            return callback();
        this.start().then((target) => (target ? this.forward(target, this.takeHead(), callback) : callback()));
    }
    _final(callback) {
        const finish = (target) => {
            if (!target)
                return callback();
            const head = this.takeHead();
            const end = () => target.end(() => callback());
            if (head.length)
                this.forward(target, head, end);
            else
                end();
        };
        if (this.target)
            finish(this.target);
        else if (this.failure !== undefined)
            callback();
        else
            this.start().then(finish);
    }
    _destroy(error, callback) {
        if (this.target && !this.target.writableEnded)
            this.target.end();
        callback(error);
    }
    async start() {
        try {
            this.target = await this.open(Buffer.concat(this.head));
            this.target.once('finish', () => this.settle());
            this.target.once('close', () => this.settle());
            return this.target;
        }
        catch (error) {
            this.failure = error instanceof Error ? error.message : String(error);
            this.head = [];
            this.settle();
            return undefined;
        }
    }
    takeHead() {
        const head = Buffer.concat(this.head);
        this.head = [];
        return head;
    }
    forward(target, chunk, callback) {
        if (target.destroyed || target.writableEnded)
            return callback();
        target.write(chunk, () => callback());
    }
}
function internalError(error) {
    return {
        header: { format: 'custom', gzipped: false, compression: 'none' },
        toc: [],
        tables: [],
        blobs: 0,
        problems: [{ kind: 'corrupt', message: `internal error in the archive reader: ${String(error)}` }],
        skipped: [],
        bytes: 0,
    };
}
const SHOWN_PROBLEMS = 3;
/**
 * Each table's own rows as its data entry holds them; parents (also a partitioned one, which has no
 * data entry: 0 rows of its own) add the total of their tree as tree_rows.
 */
function countedTables(report) {
    const own = new Map(report.tables.map((t) => [t.name, t.rows]));
    const children = (0,toc/* tableChildren */.yq)(report.toc);
    for (const parent of children.keys())
        if (!own.has(parent))
            own.set(parent, 0);
    return [...(0,row_counts/* withTreeTotals */.KD)(own, children)].map(([name, c]) => ({
        name,
        rows: c.rows,
        ...(c.tree !== undefined ? { tree_rows: c.tree } : {}),
    }));
}
/** relkind 'p' is recorded from archive 1.16 on; older TOCs only show it in the CREATE TABLE. */
function isPartitioned(entry) {
    if (entry.desc !== 'TABLE')
        return false;
    return entry.relkind === 'p' || /\)\s*PARTITION BY /i.test(entry.defn ?? '');
}
function entryName(entry) {
    return entry.namespace ? `${entry.namespace}.${entry.tag}` : entry.tag;
}
/** "unsupported archive version 1.99" from the reader's problems, when that is what stopped it. */
function unknownVersion(report) {
    return report.problems.find((p) => p.kind === 'unsupported' && /^unsupported archive version /.test(p.message));
}
function secondOpinion(format, tool, listed) {
    if (format.directory)
        return { kind: 'none', why: 'pg_restore reads a directory archive only unpacked' };
    if (!tool || !listed)
        return { kind: 'none', why: 'no pg_restore on this runner' };
    if (listed.watchdog)
        return { kind: 'hung', why: (0,pg_restore_sink/* describeWatchdog */.L6)(listed.watchdog) };
    const newer = (0,pg_restore_sink/* unsupportedArchiveVersion */.ks)(listed.stderr);
    if (newer)
        return { kind: 'too-old', version: newer };
    if (listed.spawnError)
        return { kind: 'none', why: `could not run pg_restore (${tool.path}): ${listed.spawnError}` };
    if (listed.exitCode === 0)
        return { kind: 'accepts', entries: listed.entries };
    return { kind: 'rejects', why: (0,pg_restore_sink/* firstPgError */.wm)(listed.stderr) };
}
function archiveChecks(v, bytes) {
    const { report, tool } = v;
    const version = report.header.version;
    const label = `${v.format.description}${version ? ` ${version}` : ''}`;
    const opinion = secondOpinion(v.format, tool, v.listed);
    const unknown = unknownVersion(report);
    const tocRead = report.toc.length > 0;
    // The reader's first complaint that is not about one entry's data: what stopped it reading the TOC.
    const tocProblem = report.problems.find((p) => p.entry === undefined) ?? report.problems[0];
    const readerWhy = v.decodeError ?? tocProblem?.message ?? 'the table of contents is empty';
    let archive;
    if (unknown) {
        archive = check('archive', 'critical', unknown.message, { display: { value: unknown.message.split(' ').pop() } });
    }
    else if (opinion.kind === 'hung') {
        archive = check('archive', 'critical', opinion.why);
    }
    else if (!tocRead) {
        const second = opinion.kind === 'accepts'
            ? `; yet pg_restore --list reads ${(0,format/* formatCount */.B4)(opinion.entries)} entries: Lifeboat's reader and pg_restore disagree`
            : opinion.kind === 'rejects'
                ? ` (pg_restore --list agrees: ${opinion.why})`
                : '';
        archive = check('archive', 'critical', `table of contents does not parse: ${readerWhy}${second}`);
    }
    else if (opinion.kind === 'rejects') {
        archive = check('archive', 'critical', `pg_restore --list rejects the table of contents (${opinion.why}) while Lifeboat's reader parses its ` +
            `${(0,format/* formatCount */.B4)(report.toc.length)} entries: the two disagree, treat the archive as damaged`);
    }
    else if (opinion.kind === 'accepts' && opinion.entries > report.toc.length) {
        // pg_restore lists a subset of the entries (it hides ENCODING, STDSTRINGS …), never more.
        archive = check('archive', 'critical', `pg_restore --list shows ${(0,format/* formatCount */.B4)(opinion.entries)} entries but Lifeboat's reader finds ${(0,format/* formatCount */.B4)(report.toc.length)}: ` +
            'the two disagree, treat the archive as damaged');
    }
    else {
        const entries = `${label}: table of contents parses (${(0,format/* plural */.LS)(report.toc.length, 'entry', 'entries')})`;
        const how = opinion.kind === 'accepts'
            ? opinion.entries === report.toc.length
                ? 'pg_restore --list reads the same entries'
                : `pg_restore --list reads it too (it shows ${(0,format/* formatCount */.B4)(opinion.entries)} of them and hides internal ones)`
            : opinion.kind === 'too-old'
                ? `pg_restore ${tool?.major} cannot read archive ${opinion.version}; verified by Lifeboat's reader alone`
                : `${opinion.why}; verified by Lifeboat's reader alone`;
        archive = check('archive', 'ok', `${entries}; ${how}`, { value: report.toc.length });
    }
    if (v.level !== 'full')
        return [archive, levelSkipped(v.level)];
    if (unknown || !tocRead)
        return [archive, notChecked('the table of contents does not parse')];
    return [archive, contentCheck(v, bytes, opinion)];
}
function contentCheck(v, bytes, opinion) {
    const { report, restored } = v;
    const problems = report.problems;
    if (v.decodeError || problems.length) {
        return check('content', 'critical', damage(v.decodeError, problems));
    }
    if (report.skipped.length) {
        const codecs = report.skipped.join(', ');
        const names = report.skipped.map((why) => why.split(' ')[0]).join(', ');
        if (restored?.watchdog)
            return check('content', 'critical', (0,pg_restore_sink/* describeWatchdog */.L6)(restored.watchdog));
        if (restored && opinion.kind !== 'too-old' && !restored.spawnError) {
            if (restored.exitCode === 0) {
                return check('content', 'ok', `every data block decompresses and parses (pg_restore checked the ${names} blocks, ` +
                    `${(0,format/* formatBytes */.z3)(bytes)} read)`);
            }
            return check('content', 'critical', `data is damaged: ${describeRestoreFailure(restored)}`);
        }
        const why = restored?.spawnError ??
            (opinion.kind === 'too-old'
                ? `pg_restore ${v.tool?.major} cannot read this archive`
                : 'no pg_restore on this runner');
        return check('content', 'warning', `not proven: ${codecs}, and ${why}`);
    }
    const rows = report.tables.reduce((sum, t) => sum + t.rows, 0);
    // pg_dump --schema-only: tables, but no data entry at all. Sound as a file, yet no restore of data.
    if (report.tables.length === 0 && report.toc.some((e) => e.desc === 'TABLE')) {
        return check('content', 'warning', 'schema only: no table data (pg_dump --schema-only?)', { value: 0 });
    }
    const blobs = report.blobs ? `, ${(0,format/* plural */.LS)(report.blobs, 'large object')}` : '';
    return check('content', 'ok', `every data block decompresses and every COPY row parses: ${(0,format/* formatCount */.B4)(report.tables.length)} tables, ` +
        `${(0,format/* plural */.LS)(rows, 'row')}${blobs} (${(0,format/* formatBytes */.z3)(bytes)} read)`, { value: rows });
}
function plainChecks(v, bytes) {
    const { report } = v;
    const dumped = report.header.scriptHeader === true;
    const archive = dumped
        ? check('archive', 'ok', `${v.format.description}: pg_dump script header found`)
        : check('archive', 'warning', `${v.format.description}: no pg_dump header; cannot tell whether this SQL is a complete dump`);
    if (v.level !== 'full')
        return [archive, levelSkipped(v.level)];
    const problems = report.problems;
    // A script without pg_dump's header promises no closing line, so its absence proves nothing.
    const unproven = !dumped && !v.decodeError && problems.every((p) => p.entry === undefined);
    if (problems.length && unproven) {
        return [
            archive,
            check('content', 'warning', 'the script has no pg_dump "dump complete" line: cannot prove it is whole'),
        ];
    }
    if (v.decodeError || problems.length)
        return [archive, check('content', 'critical', damage(v.decodeError, problems))];
    const rows = report.tables.reduce((sum, t) => sum + t.rows, 0);
    return [
        archive,
        check('content', 'ok', `script is complete: ${(0,format/* plural */.LS)(report.tables.length, 'COPY block')}, ${(0,format/* plural */.LS)(rows, 'row')} (${(0,format/* formatBytes */.z3)(bytes)} read)`, { value: rows }),
    ];
}
/**
 * The decoder's error first (it explains the rest), then the reader's most specific findings: where
 * data is corrupt or ends, before the entries that are merely missing after a cut.
 */
function damage(decodeError, problems) {
    const isMissing = (p) => p.kind === 'truncated' && / is missing: /.test(p.message);
    const missing = problems.filter(isMissing);
    const specific = problems.filter((p) => !isMissing(p));
    const shown = (specific.length ? specific : missing).slice(0, SHOWN_PROBLEMS).map((p) => p.message);
    const left = specific.length ? specific.length - shown.length : missing.length - shown.length;
    const notes = [
        left > 0 ? `${(0,format/* plural */.LS)(left, 'more problem')}` : '',
        specific.length && missing.length
            ? `data for ${(0,format/* plural */.LS)(missing.length, 'more entry', 'more entries')} is missing`
            : '',
    ].filter(Boolean);
    return [decodeError, ...shown].filter(Boolean).join('; ') + (notes.length ? ` (${notes.join('; ')})` : '');
}
function describeRestoreFailure(outcome) {
    const error = (0,pg_restore_sink/* firstPgError */.wm)(outcome.stderr);
    if (/end of file|unexpected EOF|could not read/i.test(error))
        return `archive truncated (${error})`;
    if (outcome.signal)
        return `pg_restore was killed by ${outcome.signal}`;
    return error;
}
function levelSkipped(level) {
    return check('content', 'skipped', `integrity level "${level}" does not read the data blocks`);
}
function check(id, status, summary, extra = {}) {
    return { id, status, summary, ...extra };
}
function notChecked(reason) {
    return check('content', 'skipped', `not checked: ${reason}`);
}

// EXTERNAL MODULE: ./src/integrity/decode-layers.ts + 1 modules
var decode_layers = __webpack_require__(354);
;// CONCATENATED MODULE: ./src/integrity/integrity-pass.ts







const INTEGRITY_LEVELS = ['none', 'checksum', 'archive', 'full'];
const PROGRESS_EVERY_MS = 5000;
/**
 * Reads a backup exactly once and proves what it can in that one pass: the bytes feed the sha256,
 * and at the same time the (decompressed) stream feeds `pg_restore --list` (the TOC parses) and
 * `pg_restore -f /dev/null` (every data block decompresses and parses), or the SQL scanner for
 * plain dumps. Memory stays flat: every consumer is paced by backpressure.
 */
async function runIntegrityPass(source, opts) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    const headChunks = [];
    let headLength = 0;
    let consumers;
    const progress = progressReporter(opts);
    const tee = opts.tee ? teeWriter(opts.tee) : undefined;
    try {
        for await (const chunk of source) {
            hash.update(chunk);
            bytes += chunk.length;
            if (tee)
                await tee.write(chunk);
            progress(bytes);
            if (!consumers) {
                headChunks.push(chunk);
                headLength += chunk.length;
                if (headLength < detect_format/* DETECT_HEAD_BYTES */.ZM)
                    continue;
                consumers = await startConsumers(Buffer.concat(headChunks), opts);
                await consumers.write(Buffer.concat(headChunks));
                headChunks.length = 0;
                continue;
            }
            await consumers.write(chunk);
        }
    }
    catch (error) {
        // A read or tee failure mid-stream: end the pg_restore children's input so none is left waiting.
        await consumers?.finish().catch(() => undefined);
        if (opts.tee && !opts.tee.destroyed)
            opts.tee.destroy();
        throw error;
    }
    if (!consumers) {
        const head = Buffer.concat(headChunks);
        consumers = await startConsumers(head, opts);
        if (head.length)
            await consumers.write(head);
    }
    const sha256 = hash.digest('hex');
    const [outcome] = await Promise.all([consumers.finish(), tee?.end()]);
    return {
        sha256,
        bytes,
        format: consumers.format,
        checks: [checksumCheck(sha256, opts.expected), ...outcome.checks(bytes)],
        tables: outcome.tables,
        partitioned: outcome.partitioned,
    };
}
/** Writes with backpressure; a tee that errors rejects instead of leaving the pass waiting for 'drain'. */
function teeWriter(target) {
    let failure;
    target.on('error', (e) => {
        failure ??= e;
    });
    const fail = () => new Error(`could not keep a local copy of the backup: ${failure?.message ?? 'the copy was closed early'}`);
    const settled = (event) => new Promise((resolve, reject) => {
        const done = () => {
            target.off(event, done);
            target.off('error', done);
            target.off('close', done);
            if (failure)
                reject(fail());
            else if (event === 'finish' || !target.destroyed)
                resolve();
            else
                reject(fail());
        };
        target.once(event, done);
        target.once('error', done);
        target.once('close', done);
    });
    return {
        async write(chunk) {
            if (failure || target.destroyed)
                throw fail();
            if (!target.write(chunk))
                await settled('drain');
        },
        async end() {
            if (failure)
                throw fail();
            if (target.writableFinished)
                return;
            const finished = settled('finish');
            target.end();
            await finished;
        },
    };
}
async function startConsumers(head, opts, depth = 0) {
    const format = head.length === 0 ? emptyFormat : (0,detect_format/* detectFormat */.Tz)(head);
    const fixed = (archive, content) => ({
        format,
        write: async () => { },
        finish: async () => ({ checks: () => [archive, content] }),
    });
    if (opts.level === 'checksum') {
        const why = 'integrity: checksum reads the bytes for the sha256 only';
        return fixed(integrity_pass_check('archive', 'skipped', why), integrity_pass_check('content', 'skipped', why));
    }
    if (head.length === 0) {
        return fixed(integrity_pass_check('archive', 'critical', 'the file is empty (0 bytes): not a backup'), integrity_pass_notChecked('the file is empty'));
    }
    if (format.encryption && !(0,decode_layers/* hasKeyFor */.BW)(format.encryption, opts.decryption)) {
        const set = (0,decode_layers/* encryptionRemedy */._M)(format.encryption);
        return fixed(integrity_pass_check('archive', 'warning', `encrypted (${format.encryption}): cannot verify content without a key; ${set}`), integrity_pass_check('content', 'skipped', `encrypted (${format.encryption}): content not verified without a decryption key; ${set}`));
    }
    const layers = layersOf(format);
    const unsupported = layers.map(decode_layers/* unsupportedLayer */.BM).find((why) => why !== undefined);
    if (unsupported) {
        const why = `${format.description}: ${unsupported}`;
        return fixed(integrity_pass_check('archive', 'skipped', why), integrity_pass_check('content', 'skipped', why));
    }
    // An encrypted file hides what is inside it: decrypt, then look again at what comes out.
    if (format.encryption && depth < 4)
        return decryptingConsumers(format, layers, opts, depth);
    if (format.container === 'unknown') {
        return fixed(integrity_pass_check('archive', 'critical', `not a PostgreSQL backup: ${format.description}`), integrity_pass_notChecked('the file is not a PostgreSQL backup'));
    }
    return readerConsumers(format, opts, layers);
}
function layersOf(format) {
    return format.layers ?? (format.compression !== 'none' ? [format.compression] : []);
}
/**
 * Peels the layers up to and including the decryption, then hands the plaintext to the consumers
 * its own first bytes call for (gpg around a custom archive, openssl around gzip around SQL …).
 */
function decryptingConsumers(outer, layers, opts, depth) {
    const peeled = layers.slice(0, layers.findIndex(decode_layers/* isEncryption */.U5) + 1);
    const inner = new InnerConsumers(opts, depth + 1);
    const chain = (0,decode_layers/* decodeChain */.Yp)(peeled, inner, opts.decryption);
    const feed = feeder(chain.input, [inner.done.then(() => undefined)]);
    return {
        get format() {
            // Nothing decrypted (a wrong key): the inside is unknown, not "an empty file".
            return inner.consumers && inner.bytes > 0 ? (0,decode_layers/* combineFormats */.iR)(outer, peeled, inner.consumers.format) : outer;
        },
        write: (chunk) => feed.write(chunk),
        async finish() {
            await feed.end();
            const result = await inner.done;
            const failure = chain.failure();
            return {
                tables: failure ? undefined : result?.tables,
                partitioned: result?.partitioned,
                checks: (bytes) => decryptedChecks(bytes, inner, result, failure),
            };
        },
    };
}
function decryptedChecks(bytes, inner, result, failure) {
    const innerChecks = result?.checks(inner.bytes) ?? [];
    const archive = innerChecks.find((c) => c.id === 'archive');
    const content = innerChecks.find((c) => c.id === 'content');
    if (failure) {
        const why = (0,decode_layers/* describeFailure */.Ic)(failure);
        if (inner.bytes === 0 || !archive || inner.consumers?.format.container === 'unknown') {
            return [integrity_pass_check('archive', 'critical', why), integrity_pass_notChecked(failure.kind === 'decrypt' ? 'decryption failed' : why)];
        }
        return [archive, integrity_pass_check('content', 'critical', `${why} (after ${(0,format/* formatBytes */.z3)(inner.bytes)} of plaintext)`)];
    }
    if (inner.error) {
        const why = `could not verify the decrypted data: ${inner.error}`;
        return [integrity_pass_check('archive', 'critical', why), integrity_pass_notChecked(why)];
    }
    if (!archive || !content)
        return [integrity_pass_check('archive', 'critical', 'decrypted to nothing'), integrity_pass_notChecked('no plaintext')];
    const decrypted = `decrypted ${(0,format/* formatBytes */.z3)(bytes)} → ${(0,format/* formatBytes */.z3)(inner.bytes)}`;
    return [archive, { ...content, summary: `${content.summary}; ${decrypted}` }];
}
/** Collects the plaintext's first bytes, starts the consumers they call for, then streams on. */
class InnerConsumers extends external_node_stream_.Writable {
    opts;
    depth;
    consumers;
    bytes = 0;
    error;
    done;
    resolveDone;
    head = [];
    headLength = 0;
    constructor(opts, depth) {
        super();
        this.opts = opts;
        this.depth = depth;
        this.done = new Promise((resolve) => {
            this.resolveDone = resolve;
        });
        this.once('close', () => {
            if (!this.writableFinished)
                this.settle();
        });
    }
    _write(chunk, _enc, callback) {
        this.bytes += chunk.length;
        this.take(chunk).then(() => callback(), (error) => {
            this.error ??= error instanceof Error ? error.message : String(error);
            callback();
        });
    }
    async take(chunk) {
        if (this.consumers)
            return this.consumers.write(chunk);
        this.head.push(chunk);
        this.headLength += chunk.length;
        if (this.headLength >= detect_format/* DETECT_HEAD_BYTES */.ZM)
            await this.start();
    }
    async start() {
        const head = Buffer.concat(this.head);
        this.head = [];
        this.consumers = await startConsumers(head, this.opts, this.depth);
        if (head.length)
            await this.consumers.write(head);
    }
    _final(callback) {
        this.settle().then(() => callback(), () => callback());
    }
    settling;
    settle() {
        this.settling ??= (async () => {
            try {
                if (!this.consumers)
                    await this.start();
                this.resolveDone(await this.consumers.finish());
            }
            catch (error) {
                this.error ??= error instanceof Error ? error.message : String(error);
                this.resolveDone(undefined);
            }
        })();
        return this.settling;
    }
}
const emptyFormat = { container: 'unknown', compression: 'none', description: 'empty file' };
/** The raw bytes go through every compression layer (gzip, zip, zstd); errors are kept, not thrown. */
function decoderFor(layers, target, opts) {
    const chain = (0,decode_layers/* decodeChain */.Yp)(layers, target, opts.decryption);
    return {
        input: chain.input,
        error: () => {
            const failure = chain.failure();
            return failure ? (0,decode_layers/* describeFailure */.Ic)(failure) : undefined;
        },
    };
}
function feeder(input, extraGone = []) {
    let dead = false;
    input.on('error', () => {
        dead = true;
    });
    input.on('close', () => {
        dead = true;
    });
    const sink = {
        name: 'entry',
        input,
        gone: Promise.race([new Promise((r) => input.once('close', () => r())), ...extraGone]),
    };
    return {
        async write(chunk) {
            if (dead || input.destroyed || input.writableEnded)
                return;
            if (!input.write(chunk))
                await drainOrGone(sink);
        },
        end() {
            return new Promise((resolve) => {
                if (dead || input.destroyed || input.writableEnded)
                    return resolve();
                input.end(() => resolve());
                input.once('error', () => resolve());
                input.once('close', () => resolve());
            });
        },
    };
}
/** Custom, tar and plain SQL: Lifeboat's archive reader behind the decoding layers (see archive-consumer.ts). */
function readerConsumers(format, opts, layers) {
    const consumer = archiveConsumer(format, {
        level: opts.level === 'full' ? 'full' : 'archive',
        pgRestore: opts.pgRestore,
        watchdogMs: opts.pgRestoreWatchdogMs,
    });
    const decoder = decoderFor(layers, consumer.input, opts);
    const feed = feeder(decoder.input);
    return {
        format,
        write: (chunk) => feed.write(chunk),
        async finish() {
            await feed.end();
            return consumer.done(decoder.error);
        },
    };
}
function checksumCheck(sha256, expected) {
    if (!expected)
        return integrity_pass_check('checksum', 'skipped', 'no manifest or .sha256 sidecar to compare with');
    if (expected.sha256.toLowerCase() === sha256) {
        return integrity_pass_check('checksum', 'ok', `sha256 matches the ${expected.from}`, { display: { value: sha256 } });
    }
    return integrity_pass_check('checksum', 'critical', `sha256 mismatch: the file hashes to ${(0,format/* shortHash */.BC)(sha256)}…, the ${expected.from} says ${(0,format/* shortHash */.BC)(expected.sha256)}…`, { display: { value: sha256, threshold: expected.sha256 } });
}
function integrity_pass_check(id, status, summary, extra = {}) {
    return { id, status, summary, ...extra };
}
function integrity_pass_notChecked(reason) {
    return integrity_pass_check('content', 'skipped', `not checked: ${reason}`);
}
function progressReporter(opts) {
    let last = Date.now();
    return (bytes) => {
        const now = Date.now();
        if (now - last < PROGRESS_EVERY_MS)
            return;
        last = now;
        const total = opts.totalBytes;
        const pct = total ? ` (${Math.floor((bytes / total) * 100)}%)` : '';
        opts.logger.progress(`read ${(0,format/* formatBytes */.z3)(bytes)}${total ? ` / ${(0,format/* formatBytes */.z3)(total)}` : ''}${pct}`);
    };
}


/***/ }),

/***/ 1969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L6: () => (/* binding */ describeWatchdog),
/* harmony export */   dr: () => (/* binding */ minimumMajorForArchive),
/* harmony export */   ks: () => (/* binding */ unsupportedArchiveVersion),
/* harmony export */   wm: () => (/* binding */ firstPgError),
/* harmony export */   zJ: () => (/* binding */ pgRestoreSink)
/* harmony export */ });
/* unused harmony export PG_RESTORE_WATCHDOG_MS */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

const STDERR_TAIL = 8192;
/**
 * pg_restore can spin forever on some damaged archives (5 of 40 fuzzed ones); a healthy one never
 * leaves a pipe's worth of input unread, or takes this long to exit once its input has ended.
 */
const PG_RESTORE_WATCHDOG_MS = 60_000;
/** pg_restore reading the archive from stdin; `args` decide what it does (`--list`, `-f /dev/null`). */
function pgRestoreSink(name, tool, args, opts = {}) {
    const countEntries = args.includes('--list');
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(tool.path, args, { stdio: ['pipe', countEntries ? 'pipe' : 'ignore', 'pipe'] });
    const watchdog = startWatchdog(child, opts.watchdogMs ?? PG_RESTORE_WATCHDOG_MS);
    let stderr = '';
    let entries = 0;
    let carry = '';
    let spawnError;
    // stdin and stderr are pipes by construction; the union in `stdio` hides that from the types.
    const stdin = child.stdin;
    const childStderr = child.stderr;
    childStderr.setEncoding('utf8');
    childStderr.on('data', (d) => {
        stderr = (stderr + d).slice(-STDERR_TAIL);
    });
    if (countEntries && child.stdout) {
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (d) => {
            const lines = (carry + d).split('\n');
            carry = lines.pop() ?? '';
            for (const line of lines)
                if (line.trim() && !line.startsWith(';'))
                    entries++;
        });
    }
    const outcome = new Promise((resolve) => {
        child.on('error', (error) => {
            spawnError = error.message;
        });
        child.on('close', (exitCode, signal) => {
            watchdog.stop();
            if (carry.trim() && !carry.startsWith(';'))
                entries++;
            resolve({ exitCode, signal, stderr, entries, spawnError, watchdog: watchdog.fired() });
        });
    });
    return { name, input: stdin, gone: outcome.then(() => undefined), outcome };
}
/**
 * Kills the child (SIGKILL: a spinning pg_restore ignores nothing else reliably) when its stdin
 * holds unread bytes that do not move for `limitMs`, or when it is still running `limitMs` after
 * its input was fully handed over.
 */
function startWatchdog(child, limitMs) {
    const stdin = child.stdin;
    let fired;
    let pending = -1;
    let idleSince = Date.now();
    let exitTimer;
    const kill = (reason) => {
        if (fired || child.exitCode !== null || child.signalCode !== null)
            return;
        fired = { reason, afterMs: limitMs };
        child.kill('SIGKILL');
        // Without this a grandchild holding the pipes open (a wrapper script) would delay 'close' forever.
        stdin.destroy();
        child.stdout?.destroy();
        child.stderr?.destroy();
    };
    const progress = () => {
        idleSince = Date.now();
    };
    stdin.on('drain', progress);
    const poll = setInterval(() => {
        const now = stdin.writableLength;
        if (now === 0 || now !== pending) {
            pending = now;
            progress();
        }
        else if (Date.now() - idleSince >= limitMs) {
            kill('stalled');
        }
    }, Math.max(10, Math.min(1000, limitMs / 10)));
    poll.unref();
    stdin.once('finish', () => {
        exitTimer = setTimeout(() => kill('no-exit'), limitMs);
        exitTimer.unref();
    });
    return {
        fired: () => fired,
        stop() {
            clearInterval(poll);
            if (exitTimer)
                clearTimeout(exitTimer);
        },
    };
}
/** "pg_restore did not finish: the archive is damaged" with what the watchdog saw, for a summary. */
function describeWatchdog(watchdog) {
    const seconds = Math.round(watchdog.afterMs / 100) / 10;
    const what = watchdog.reason === 'stalled'
        ? `it stopped reading the archive for ${seconds} s`
        : `it had not exited ${seconds} s after the archive ended`;
    return `pg_restore did not finish: the archive is damaged (${what}; killed)`;
}
/** The first `pg_restore: error: …` line, without the program prefix, for a one-line summary. */
function firstPgError(stderr) {
    const lines = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    const error = lines.find((l) => /error:|fatal:/i.test(l)) ?? lines[0] ?? 'no error message';
    return error.replace(/^pg_restore:\s*(error:\s*)?/i, '');
}
/** `unsupported version (1.16) in file header` → "1.16": the archive came from a newer pg_dump. */
function unsupportedArchiveVersion(stderr) {
    return /unsupported version \((\d+\.\d+)\) in file header/.exec(stderr)?.[1];
}
/** The oldest PostgreSQL major whose pg_restore reads an archive version (pg_backup_archiver.h). */
function minimumMajorForArchive(version) {
    const known = { '1.14': 12, '1.15': 16, '1.16': 17 };
    return known[version];
}


/***/ }),

/***/ 3804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KD: () => (/* binding */ withTreeTotals),
/* harmony export */   NC: () => (/* binding */ resolveTable),
/* harmony export */   rF: () => (/* binding */ countOwnRows),
/* harmony export */   wh: () => (/* binding */ totalRows),
/* harmony export */   yU: () => (/* binding */ inheritanceChildren),
/* harmony export */   zF: () => (/* binding */ countTables)
/* harmony export */ });
/* unused harmony export tableKey */
/* harmony import */ var _identifiers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9467);

/** The key used in manifests and reports: `schema.table`, unquoted. */
const tableKey = (t) => `${t.schema}.${t.table}`;
/**
 * The (schema, table) pair a name means, or undefined when there is no such table: the unquoted key
 * `schema.table` (or a bare name in public) looked up whole in the catalog, so a dot inside a schema
 * or table name is never a split; failing that, SQL syntax (`"tenant.acme".orders`) from a checks file.
 */
async function resolveTable(c, name) {
    const { rows } = await c.query(`SELECT n.nspname AS schema, c.relname AS table
     FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p') AND (n.nspname || '.' || c.relname = $1 OR (n.nspname = 'public' AND c.relname = $1))
     ORDER BY n.nspname || '.' || c.relname = $1 DESC
     LIMIT 1`, [name]);
    if (rows[0] || !name.includes('"'))
        return rows[0];
    try {
        return (0,_identifiers_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTableIdentifier */ .xt)(name);
    }
    catch {
        return undefined;
    }
}
/** Own rows of one table, or undefined when no such table (ordinary or partitioned) exists. */
async function countOwnRows(c, t) {
    const { rows: found } = await c.query(`SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r', 'p')`, [t.schema, t.table]);
    if (found.length === 0)
        return undefined;
    const { rows } = await c.query(`SELECT count(*) AS n FROM ONLY ${c.escapeIdentifier(t.schema)}.${c.escapeIdentifier(t.table)}`);
    return Number(rows[0].n);
}
/** Direct children of every parent table (partitions and inheritance children), by key. */
async function inheritanceChildren(c) {
    const { rows } = await c.query(`SELECT pn.nspname AS parent_schema, p.relname AS parent_table, cn.nspname AS child_schema, ch.relname AS child_table
     FROM pg_catalog.pg_inherits i
     JOIN pg_catalog.pg_class p ON p.oid = i.inhparent JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
     JOIN pg_catalog.pg_class ch ON ch.oid = i.inhrelid JOIN pg_catalog.pg_namespace cn ON cn.oid = ch.relnamespace
     WHERE p.relkind IN ('r', 'p') AND ch.relkind IN ('r', 'p')`);
    const children = new Map();
    for (const r of rows) {
        const parent = tableKey({ schema: r.parent_schema, table: r.parent_table });
        const list = children.get(parent) ?? [];
        list.push(tableKey({ schema: r.child_schema, table: r.child_table }));
        children.set(parent, list);
    }
    return children;
}
/**
 * Own rows and, for parents, tree totals. `children` maps a parent's key to its direct children's;
 * a descendant missing from `own` adds nothing (it was not counted, e.g. an extension's table).
 */
function withTreeTotals(own, children) {
    const tree = (key, seen) => {
        if (seen.has(key))
            return 0;
        seen.add(key);
        return (own.get(key) ?? 0) + (children.get(key) ?? []).reduce((sum, k) => sum + tree(k, seen), 0);
    };
    const out = new Map();
    for (const [key, rows] of own) {
        out.set(key, children.get(key)?.length ? { rows, tree: tree(key, new Set()) } : { rows });
    }
    return out;
}
/** Own rows and tree totals of `tables`, in the client's snapshot. */
async function countTables(c, tables, onTable) {
    const own = new Map();
    for (const t of tables) {
        const key = tableKey(t);
        onTable?.(key);
        own.set(key, (await countOwnRows(c, t)) ?? 0);
    }
    return Object.fromEntries(withTreeTotals(own, await inheritanceChildren(c)));
}
/** The total of a set of counts: own rows only, so a partition's rows are never added twice. */
function totalRows(counts) {
    let sum = 0;
    for (const c of counts)
        sum += c.rows;
    return sum;
}


/***/ })

};
