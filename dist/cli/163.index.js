export const id = 163;
export const ids = [163];
export const modules = {

/***/ 5012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BA: () => (/* binding */ openDecoded),
/* harmony export */   BM: () => (/* binding */ unsupportedLayer),
/* harmony export */   BW: () => (/* binding */ hasKeyFor),
/* harmony export */   Hs: () => (/* binding */ keyInputFor),
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   U5: () => (/* binding */ isEncryption),
/* harmony export */   Yp: () => (/* binding */ decodeChain),
/* harmony export */   iR: () => (/* binding */ combineFormats)
/* harmony export */ });
/* unused harmony exports DecodeError, layerStage, ZipFirstEntry, OpensslDecrypt, DECRYPT_STALL_MS, webStage, ageIdentities */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _discovery_detect_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3591);
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4537);






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
    return layer === 'gpg' || layer === 'openssl' || layer === 'age';
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
};
/** Which input would open this kind of encryption, for "set … to verify the content" messages. */
function keyInputFor(encryption) {
    return KEY_INPUT[encryption];
}
function hasKeyFor(encryption, keys) {
    if (encryption === 'age')
        return Boolean(keys?.ageIdentity || keys?.passphrase);
    return Boolean(keys?.passphrase);
}
const zstd = (node_zlib__WEBPACK_IMPORTED_MODULE_3___default());
/** Why a layer cannot be peeled in this runtime, or undefined when it can. */
function unsupportedLayer(layer) {
    switch (layer) {
        case 'gzip':
        case 'zip':
        case 'gpg':
        case 'openssl':
        case 'age':
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
    return node_zlib__WEBPACK_IMPORTED_MODULE_3___default().createGunzip();
}
function requireKey(layer, key) {
    if (!key)
        throw new DecodeError({ layer, kind: 'decrypt', message: `no key: set ${keyInputFor(layer)}` });
    (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .addSecret */ .Ck)(key);
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
        const sink = new node_stream__WEBPACK_IMPORTED_MODULE_2__.PassThrough();
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
    const { head, stream } = await peek(source, _discovery_detect_format_js__WEBPACK_IMPORTED_MODULE_4__/* .DETECT_HEAD_BYTES */ .ZM);
    const format = (0,_discovery_detect_format_js__WEBPACK_IMPORTED_MODULE_4__/* .detectFormat */ .Tz)(head);
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
            throw new DecodeError({ layer, kind: 'decrypt', message: `encrypted: set ${keyInputFor(layer)}` });
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
    const failures = new node_stream__WEBPACK_IMPORTED_MODULE_2__.PassThrough();
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
    return { head: head.subarray(0, bytes), stream: node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.from(rest(), { objectMode: false }) };
}
// ---------------------------------------------------------------------------------------------
// zip: the first entry, streamed
const LOCAL_HEADER = 0x04034b50;
/**
 * Streams the first entry of a zip archive (pgbackweb's `dump.sql`) without the central directory,
 * which sits at the end: the local header says where the data starts and how it is compressed.
 * A deflate entry ends where its deflate stream ends, so entries written with a data descriptor
 * (sizes unknown up front, as Go's archive/zip writes them) stream too; what follows is ignored.
 */
class ZipFirstEntry extends node_stream__WEBPACK_IMPORTED_MODULE_2__.Transform {
    header = Buffer.alloc(0);
    inflate;
    storedLeft;
    finished = false;
    /** The first entry's name, once the local header was read. */
    entryName;
    _transform(chunk, _enc, done) {
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
            this.entryName = this.header.subarray(30, 30 + nameLength).toString('utf8');
            const rest = this.header.subarray(dataStart);
            this.header = undefined;
            if (flags & 0x1)
                return done(new Error(`zip entry ${this.entryName} is password-protected`));
            if (method === 8) {
                this.inflate = node_zlib__WEBPACK_IMPORTED_MODULE_3___default().createInflateRaw();
                this.inflate.on('data', (data) => this.push(data));
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
    feed(chunk, done) {
        if (chunk.length === 0)
            return done();
        if (this.storedLeft !== undefined) {
            const take = chunk.subarray(0, this.storedLeft);
            this.storedLeft -= take.length;
            if (this.storedLeft === 0)
                this.finished = true;
            if (take.length)
                this.push(take);
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
            return done(this.storedLeft > 0 ? new Error(`zip entry ${this.entryName} is truncated`) : undefined);
        }
        const inflate = this.inflate;
        if (this.finished)
            return done();
        inflate.once('end', () => done());
        inflate.once('error', (error) => done(new Error(`zip entry ${this.entryName}: ${error.message}`)));
        inflate.end();
    }
}
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
class OpensslDecrypt extends node_stream__WEBPACK_IMPORTED_MODULE_2__.Transform {
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
            this.decipher = node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createDecipheriv(params.cipher, key, iv);
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
            const d = node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createDecipheriv(params.cipher, key, iv);
            plain = Buffer.concat([d.update(whole), d.final()]);
        }
        else {
            const d = node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createDecipheriv(params.cipher, key, iv);
            d.setAutoPadding(false);
            plain = d.update(probe);
        }
        if (plain.length === 0)
            return false;
        const inner = (0,_discovery_detect_format_js__WEBPACK_IMPORTED_MODULE_4__/* .detectFormat */ .Tz)(plain);
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
        const out = await new Promise((resolve, reject) => node_crypto__WEBPACK_IMPORTED_MODULE_0___default().pbkdf2(pass, salt, params.iter ?? 10_000, keyLength + 16, params.md, (e, k) => e ? reject(e) : resolve(k)));
        return { key: out.subarray(0, keyLength), iv: out.subarray(keyLength) };
    }
    // EVP_BytesToKey with one iteration, as `openssl enc` does without -pbkdf2.
    const parts = [];
    let previous = Buffer.alloc(0);
    let length = 0;
    while (length < keyLength + 16) {
        previous = node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createHash(params.md)
            .update(Buffer.concat([previous, pass, salt]))
            .digest();
        parts.push(previous);
        length += previous.length;
    }
    const out = Buffer.concat(parts);
    return { key: out.subarray(0, keyLength), iv: out.subarray(keyLength, keyLength + 16) };
}
/**
 * How long a decrypter may sit, after the whole file was handed to it, without ending, failing or
 * giving more output while nothing downstream holds it back. openpgp, given a wrong passphrase,
 * sometimes does exactly that on small files (1 run in ~6 under load); the pass would wait forever.
 */
const DECRYPT_STALL_MS = 30_000;
/** A Node duplex around a web-stream decrypter; errors from either side destroy it. */
function webStage(decrypt, stallMs = DECRYPT_STALL_MS) {
    const input = new node_stream__WEBPACK_IMPORTED_MODULE_2__.PassThrough();
    const output = new node_stream__WEBPACK_IMPORTED_MODULE_2__.PassThrough();
    const stage = node_stream__WEBPACK_IMPORTED_MODULE_2__.Duplex.from({ writable: input, readable: output });
    const webInput = node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.toWeb(input);
    let lastOutput = Date.now();
    let inputEnded = false;
    input.once('finish', () => {
        inputEnded = true;
        lastOutput = Math.max(lastOutput, Date.now());
    });
    const watch = setInterval(() => {
        const idle = output.readableLength === 0 && Date.now() - lastOutput >= stallMs;
        if (inputEnded && idle && !output.writableEnded) {
            stage.destroy(new Error('decryption failed: the decrypter stopped without an end or an error after reading the whole file'));
        }
    }, Math.min(1000, stallMs / 4));
    watch.unref();
    const stop = () => clearInterval(watch);
    output.once('end', stop);
    output.once('close', stop);
    stage.once('close', stop);
    decrypt(webInput).then((webOutput) => {
        const plain = node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.fromWeb(webOutput);
        plain.on('data', () => {
            lastOutput = Date.now();
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
            (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .addSecret */ .Ck)(keys.passphrase);
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
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(value.trim(), 'utf8');
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
        (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .addSecret */ .Ck)(k);
    return keys;
}


/***/ }),

/***/ 3163:
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
// EXTERNAL MODULE: ./src/settings/size.ts
var size = __webpack_require__(7232);
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

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/archive/byte-source.ts
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
    onChunk;
    chunks = [];
    head = 0;
    avail = 0;
    ended = false;
    it;
    /** Absolute offset of the next unread byte. */
    position = 0;
    /** Bytes pulled from the input so far. */
    received = 0;
    constructor(input, onChunk) {
        this.onChunk = onChunk;
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
            this.onChunk?.(b);
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
                message: `internal error while checking data: ${e instanceof Error ? e.message : String(e)}`,
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
                message: `${label}: compressed block is corrupt (zlib: ${r.error})`,
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
            header: this.header ?? { format: 'custom', gzipped: false, compression: 'none' },
            toc: this.toc,
            tables,
            blobs: this.blobs,
            problems: this.problems,
            skipped: this.skipped,
            bytes,
        };
    }
}

;// CONCATENATED MODULE: ./src/archive/copy-counter.ts
// Counting rows of COPY text format. A raw newline always ends a row (COPY escapes newlines inside
// values as \n) and a raw tab always separates fields, so neither needs a real parser.
//
// This class is also shipped to worker threads as source text (see block-processor.ts): it must stay
// self-contained — no imports, no references to module-level bindings.
class CopyCounter {
    expectedFields;
    stopAtTerminator;
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
    /**
     * @param expectedFields fields per row, or -1 to skip the check
     * @param stopAtTerminator return right after the `\.` line (plain SQL, where SQL follows the data)
     */
    constructor(expectedFields, stopAtTerminator) {
        this.expectedFields = expectedFields;
        this.stopAtTerminator = stopAtTerminator;
    }
    /** Count b[start, end). Returns the index just past the `\.` line when stopAtTerminator and it was seen, else -1. */
    push(b, start, end) {
        const exp = this.expectedFields;
        if (exp < 0)
            return this.pushRows(b, start, end);
        let fields = this.fields;
        let lineStart = start;
        for (let i = start; i < end; i++) {
            const c = b[i];
            if (c === 9) {
                fields++;
            }
            else if (c === 10) {
                const line = this.endLine(b, lineStart, i);
                if (line === 1 /* a row */) {
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
        this.keepPartial(b, lineStart, end);
        this.fields = fields;
        return -1;
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
                    const x = w ^ 0x0a0a0a0a;
                    const nl = ~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x | 0x7f7f7f7f);
                    const starts = (nl << 8) | carry;
                    if (starts !== 0) {
                        const y = w ^ 0x5c5c5c5c;
                        if ((starts & ~(((y & 0x7f7f7f7f) + 0x7f7f7f7f) | y | 0x7f7f7f7f)) !== 0)
                            return -1;
                    }
                    acc = (acc + (nl >>> 7)) | 0;
                    carry = nl >>> 24;
                }
                n += (acc & 0xff) + ((acc >>> 8) & 0xff) + ((acc >>> 16) & 0xff) + (acc >>> 24);
            }
        }
        const tail = this.countBytes(b, mid + words * 4, e);
        return tail < 0 ? -1 : n + tail;
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

;// CONCATENATED MODULE: ./src/archive/toc.ts
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
            throw new EndOfInput(need);
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
async function readHead(io, format, gzipped) {
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
            gzipped,
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

;// CONCATENATED MODULE: ./src/archive/custom.ts
// Data blocks of the custom format (pg_backup_custom.c): after the TOC, a sequence of
//   block type byte (BLK_DATA = 1, BLK_BLOBS = 3), dump id (int),
//   BLK_DATA:  chunks of (length int, bytes) ending with a 0 length — one compressed stream;
//   BLK_BLOBS: (oid int, chunks…, 0) per large object, ending with oid 0.
// Read in file order, without seeking, so a pipe or an S3 body works as well as a file.




const BLK_DATA = 1;
const BLK_BLOBS = 3;
/** Reads a custom-format archive whose 5-byte magic has already been consumed. */
async function readCustom(src, gzipped, ctx) {
    const { collector } = ctx;
    const io = new ArchiveIO(src);
    const head = await readHead(io, 'custom', gzipped);
    collector.header = head.header;
    const toc = await readToc(io, head.vmin, 'custom');
    collector.toc = toc;
    checkSpecialEntries(toc);
    const compression = head.header.compression;
    const byId = new Map();
    const expected = new Set();
    toc.forEach((e, i) => {
        byId.set(e.dumpId, e);
        if (e.desc === 'TABLE DATA')
            collector.table(String(e.dumpId), entryName(e), i);
        if (e.dataState !== 'none')
            expected.add(e.dumpId);
    });
    const seen = new Set();
    const missing = () => {
        const left = toc.filter((e) => expected.has(e.dumpId) && !seen.has(e.dumpId));
        for (const e of left.slice(0, 10)) {
            collector.problem({
                entry: entryName(e),
                kind: 'truncated',
                message: `data for ${entryName(e)} is missing: archive truncated`,
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
            if (e instanceof EndOfInput) {
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
        const name = entryName(entry);
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
            ? await readTableData(src, io, entry, compression, ctx)
            : await readBlobs(src, io, entry, compression, ctx);
        if (!ok) {
            missing();
            return;
        }
    }
    missing();
}
/** Streams one chunked stream into a sink; false if the input ended first. */
async function pumpChunks(src, io, sink) {
    const hdr = 1 + io.intSize;
    const inPlace = sink.writeRange;
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
                if (e instanceof EndOfInput)
                    return false;
                throw e;
            }
        }
        if (len === 0)
            return true;
        if (len < 0)
            throw new CorruptArchive(`negative chunk length ${len} at offset ${fmt(src.position)}`);
        if (src.has(len)) {
            const w = sink.write(src.takeSync(len));
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
            const w = sink.write(part);
            if (w)
                await w;
        }
    }
}
async function readTableData(src, io, entry, compression, ctx) {
    const name = entryName(entry);
    const isTable = entry.desc === 'TABLE DATA';
    const job = {
        kind: isTable ? 'copy' : 'blob',
        compression,
        expectedFields: isTable && ctx.checkFields ? copyColumnCount(entry.copyStmt) : -1,
    };
    const sink = ctx.sinks.open(job);
    let complete;
    try {
        complete = await pumpChunks(src, io, sink);
    }
    catch (e) {
        await sink.finish(true).catch(() => undefined);
        throw e;
    }
    const key = isTable ? String(entry.dumpId) : null;
    ctx.collector.later(sink.finish(!complete).then((r) => ctx.collector.block(name, key, r, !complete)));
    return complete;
}
async function readBlobs(src, io, entry, compression, ctx) {
    for (;;) {
        let oid;
        try {
            oid = await io.int();
        }
        catch (e) {
            if (e instanceof EndOfInput) {
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
            throw new CorruptArchive(`invalid large object OID ${oid} at offset ${fmt(src.position)}`);
        const sink = ctx.sinks.open({ kind: 'blob', compression, expectedFields: -1 });
        const complete = await pumpChunks(src, io, sink);
        const label = `large object ${oid}`;
        ctx.collector.later(sink.finish(!complete).then((r) => {
            if (complete && !r.error)
                ctx.collector.blobs++;
            ctx.collector.block(label, null, r, !complete, 'data');
        }));
        if (!complete)
            return false;
    }
}

;// CONCATENATED MODULE: ./src/archive/plain.ts


/** Only a line's head is kept: COPY lines are short, and other SQL lines only need their start. */
const MAX_LINE = 1024 * 1024;
/** pg_dump's and pg_dumpall's opening comment: without it nothing says what a whole script looks like. */
const SCRIPT_HEADER = /^--\s*PostgreSQL database (?:cluster )?dump\s*$/;
/**
 * What may follow the closing comment: blank lines, comments, and psql's `\unrestrict` (pg_dump
 * 17.6+). Anything else means the "complete" line closed an earlier script, not this file.
 */
const TRAILER = /^(?:\s*|--.*|\\unrestrict\s.*)$/;
/** `public."Weird name"` → `public.Weird name`. */
function parseCopyTarget(line) {
    const m = /^COPY\s+((?:"(?:[^"]|"")*"|[^\s."(]+)(?:\.(?:"(?:[^"]|"")*"|[^\s."(]+))*)/.exec(line);
    if (!m)
        return null;
    const parts = m[1].match(/"(?:[^"]|"")*"|[^."]+/g) ?? [];
    return parts.map((p) => (p.startsWith('"') ? p.slice(1, -1).replace(/""/g, '"') : p)).join('.');
}
async function readPlain(src, gzipped, ctx) {
    const { collector } = ctx;
    const header = { format: 'plain', gzipped, compression: 'none' };
    collector.header = header;
    let line = [];
    let lineLen = 0;
    let copy = null;
    let complete = false;
    let cluster = false;
    let db = null;
    let order = 0;
    const names = new Map();
    const onLine = (text) => {
        if (complete && !TRAILER.test(text))
            complete = false;
        if (text.startsWith('COPY ') && /\sFROM stdin;\s*$/.test(text)) {
            const target = parseCopyTarget(text) ?? `unknown table ${order + 1}`;
            let name = db ? `${db}/${target}` : target;
            const n = (names.get(name) ?? 0) + 1;
            names.set(name, n);
            if (n > 1)
                name = `${name} (#${n})`;
            const key = `plain:${order}`;
            collector.table(key, name, order++);
            copy = { name, key, counter: new CopyCounter(ctx.checkFields ? copyColumnCount(text) : -1, true) };
            complete = false;
        }
        else if (SCRIPT_HEADER.test(text)) {
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
        else if (text.startsWith('\\connect ')) {
            db =
                text
                    .slice(9)
                    .trim()
                    .replace(/^-reuse-previous=on\s+/, '')
                    .replace(/^"(.*)"$/, '$1') || db;
        }
    };
    const endCopy = () => {
        if (!copy)
            return;
        const r = copy.counter.result();
        collector.block(copy.name, copy.key, { ...r, bytesIn: 0, bytesOut: 0 }, false);
        copy = null;
    };
    for (;;) {
        if (src.buffered === 0 && !(await src.pull()))
            break;
        const buf = src.takeSome(src.buffered);
        let pos = 0;
        while (pos < buf.length) {
            if (copy) {
                const c = copy;
                const after = c.counter.push(buf, pos, buf.length);
                if (after < 0) {
                    pos = buf.length;
                    break;
                }
                endCopy();
                pos = after;
                continue;
            }
            const nl = buf.indexOf(10, pos);
            const stop = nl === -1 ? buf.length : nl;
            if (lineLen < MAX_LINE) {
                const take = buf.subarray(pos, Math.min(stop, pos + MAX_LINE - lineLen));
                line.push(take);
                lineLen += take.length;
            }
            if (nl === -1) {
                // Views into the input must not outlive it unboundedly; copy the partial line.
                line = [Buffer.concat(line)];
                pos = buf.length;
                break;
            }
            onLine(Buffer.concat(line, lineLen).toString('utf8').replace(/\r$/, ''));
            line = [];
            lineLen = 0;
            pos = nl + 1;
        }
    }
    if (lineLen > 0)
        onLine(Buffer.concat(line, lineLen).toString('utf8'));
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

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/archive/block-processor.ts
class BlockProcessor {
    deps;
    job;
    counter;
    z = null;
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
        this.counter = job.kind === 'copy' ? new deps.CopyCounter(job.expectedFields, false) : null;
        const zl = deps.zlib;
        if (job.compression === 'gzip') {
            const o = { chunkSize: this.outChunk };
            this.z = job.gzipHeader ? deps.zlib.createGunzip(o) : deps.zlib.createInflate(o);
        }
        else if (job.compression === 'zstd') {
            // Node ≥ 22.15 / 23.8 ships zstd in zlib; older runtimes skip rather than guess.
            if (typeof zl.createZstdDecompress === 'function') {
                this.z = zl.createZstdDecompress({ chunkSize: this.outChunk });
            }
            else
                this.skipped = 'zstd (this Node.js has no zstd codec)';
        }
        else if (job.compression === 'lz4') {
            this.skipped = 'lz4 (no lz4 codec available)';
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
        if (this.counter)
            this.counter.push(out, 0, out.length);
    }
    /** Uncompressed blocks are counted in place, one range per pg_dump chunk (a row, at -Z 0). */
    get writeRange() {
        if (this.z || this.skipped)
            return undefined;
        return (buf, start, end) => {
            this.bytesIn += end - start;
            this.bytesOut += end - start;
            if (this.counter)
                this.counter.push(buf, start, end);
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
        return { ...counted, bytesIn: this.bytesIn, bytesOut: this.bytesOut, error, skipped: this.skipped };
    }
}

;// CONCATENATED MODULE: ./src/archive/sinks.ts
// Where data blocks are decoded and counted: in the reading thread, or spread over worker threads.




/** Compressed bytes queued for codecs at once; bounds memory while several blocks inflate in parallel. */
const INFLIGHT_BUDGET = 8 * 1024 * 1024;
function localSinks() {
    const deps = { zlib: external_node_zlib_, CopyCounter: CopyCounter, budget: { bytes: 0, max: INFLIGHT_BUDGET, waiters: [] }, spare: [] };
    return {
        open: (job) => new BlockProcessor(deps, job),
        close: async () => { },
    };
}
/** Bytes posted to workers but not yet processed; bounds memory however fast the input arrives. */
const MAX_IN_FLIGHT = 16 * 1024 * 1024;
/** Input is copied into batches of this size, whose ArrayBuffers are transferred, not cloned. */
const POST_BATCH = 256 * 1024;
function workerSource() {
    return `
const { parentPort } = require('node:worker_threads');
const zlib = require('node:zlib');
// esbuild (tsx, vitest) may wrap classes with a keepNames helper that lives outside their source text.
const __name = (target) => target;
const CopyCounter = (${CopyCounter.toString()});
const BlockProcessor = (${BlockProcessor.toString()});
const deps = { zlib, CopyCounter, budget: { bytes: 0, max: ${INFLIGHT_BUDGET / 4}, waiters: [] }, spare: [] };
const jobs = new Map();
parentPort.on('message', (m) => {
  if (m.t === 'open') {
    jobs.set(m.id, { p: new BlockProcessor(deps, m.job), q: Promise.resolve() });
    return;
  }
  const j = jobs.get(m.id);
  // Chain every step of a block so a write waiting for zlib's drain keeps its place in line.
  if (m.t === 'data') {
    j.q = j.q.then(() => j.p.write(Buffer.from(m.buf))).then(() => parentPort.postMessage({ t: 'ack', id: m.id, n: m.buf.byteLength }));
  } else if (m.t === 'end') {
    j.q = j.q.then(() => j.p.finish(m.truncated)).then((r) => {
      jobs.delete(m.id);
      parentPort.postMessage({ t: 'done', id: m.id, r });
    }, (e) => {
      jobs.delete(m.id);
      parentPort.postMessage({ t: 'done', id: m.id, r: null, e: String(e && e.message || e) });
    });
  }
});
`;
}
/**
 * Each block goes whole to one worker (a zlib stream cannot be split), chosen as the least busy.
 * The reader keeps going while workers decode, so consecutive blocks overlap.
 */
function workerSinks(count) {
    let workers = null;
    let nextId = 1;
    let inFlight = 0;
    let waiters = [];
    const done = new Map();
    let failure = null;
    const release = () => {
        if (inFlight <= MAX_IN_FLIGHT / 2 || failure) {
            const w = waiters;
            waiters = [];
            for (const f of w)
                f();
        }
    };
    const start = () => {
        if (workers)
            return workers;
        const src = workerSource();
        workers = Array.from({ length: count }, () => {
            const state = { worker: new external_node_worker_threads_.Worker(src, { eval: true }), inFlight: 0, openJobs: 0 };
            state.worker.on('message', (m) => {
                if (m.t === 'ack') {
                    state.inFlight -= m.n;
                    inFlight -= m.n;
                    release();
                }
                else {
                    state.openJobs--;
                    const d = done.get(m.id);
                    done.delete(m.id);
                    if (m.r)
                        d?.resolve(m.r);
                    else
                        d?.reject(new Error(m.e ?? 'worker failed'));
                }
            });
            state.worker.on('error', (e) => {
                failure = e;
                for (const d of done.values())
                    d.reject(e);
                done.clear();
                release();
            });
            return state;
        });
        return workers;
    };
    return {
        open(job) {
            const pool = start();
            const state = pool.reduce((a, b) => b.openJobs * MAX_IN_FLIGHT + b.inFlight < a.openJobs * MAX_IN_FLIGHT + a.inFlight ? b : a);
            state.openJobs++;
            const id = nextId++;
            state.worker.postMessage({ t: 'open', id, job });
            let batch = null;
            let used = 0;
            const post = () => {
                if (!batch || used === 0)
                    return;
                // A full batch owns its ArrayBuffer and is moved; a partial one is cut to size (a copy, once per block).
                const ab = (used === batch.length && batch.byteOffset === 0
                    ? batch.buffer
                    : batch.buffer.slice(batch.byteOffset, batch.byteOffset + used));
                batch = null;
                state.inFlight += used;
                inFlight += used;
                used = 0;
                state.worker.postMessage({ t: 'data', id, buf: new Uint8Array(ab) }, [ab]);
            };
            return {
                write(chunk) {
                    if (failure)
                        return undefined;
                    let off = 0;
                    while (off < chunk.length) {
                        if (!batch)
                            batch = Buffer.allocUnsafeSlow(POST_BATCH);
                        const n = Math.min(chunk.length - off, POST_BATCH - used);
                        chunk.copy(batch, used, off, off + n);
                        used += n;
                        off += n;
                        if (used === POST_BATCH)
                            post();
                    }
                    if (inFlight > MAX_IN_FLIGHT)
                        return new Promise((resolve) => waiters.push(resolve));
                    return undefined;
                },
                finish(truncated = false) {
                    post();
                    if (failure)
                        return Promise.reject(failure);
                    return new Promise((resolve, reject) => {
                        done.set(id, { resolve, reject });
                        state.worker.postMessage({ t: 'end', id, truncated });
                    });
                },
            };
        },
        async close() {
            if (!workers)
                return;
            await Promise.all(workers.map((w) => w.worker.terminate()));
            workers = null;
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
/** Reads a tar archive; the first 512-byte header has not been consumed. */
async function readTar(src, gzipped, ctx) {
    const { collector } = ctx;
    let toc = null;
    const byFile = new Map();
    const seen = new Set();
    const blobFiles = new Set();
    const blobsSeen = new Set();
    let sawEnd = false;
    for (;;) {
        const at = src.position;
        if (await src.atEnd())
            break;
        let h;
        try {
            h = await src.take(BLOCK);
        }
        catch (e) {
            if (e instanceof EndOfInput) {
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
            throw new CorruptArchive(`tar member header at offset ${fmt(at)} has a bad checksum`);
        const prefix = h.toString('latin1', 257, 262) === 'ustar' ? cstr(h, 345, 155) : '';
        const name = (prefix ? `${prefix}/` : '') + cstr(h, 0, 100);
        const size = tarSize(h);
        if (size < 0)
            throw new CorruptArchive(`tar member ${name} has an invalid size field`);
        const padded = Math.ceil(size / BLOCK) * BLOCK;
        const base = name.replace(/^.*\//, '');
        if (!toc) {
            if (base !== 'toc.dat')
                throw new UnsupportedArchive(`tar archive does not start with toc.dat (found ${name})`);
            if (size > MAX_TOC)
                throw new CorruptArchive(`toc.dat of ${fmt(size)} bytes`);
            let body;
            try {
                body = await src.take(size);
                await src.take(padded - size);
            }
            catch (e) {
                if (e instanceof EndOfInput) {
                    collector.problem({ kind: 'truncated', message: 'tar archive ends inside toc.dat: archive truncated' });
                    return;
                }
                throw e;
            }
            const inner = new ByteSource(once(body));
            const magic = await inner.take(5).catch(() => Buffer.alloc(0));
            if (magic.toString('latin1') !== 'PGDMP')
                throw new CorruptArchive('toc.dat does not start with PGDMP');
            const io = new ArchiveIO(inner);
            try {
                const head = await readHead(io, 'tar', gzipped);
                collector.header = head.header;
                toc = await readToc(io, head.vmin, 'tar');
            }
            catch (e) {
                if (e instanceof EndOfInput)
                    throw new CorruptArchive('toc.dat ends early');
                throw e;
            }
            collector.toc = toc;
            checkSpecialEntries(toc);
            toc.forEach((e, i) => {
                if (e.desc === 'TABLE DATA')
                    collector.table(String(e.dumpId), entryName(e), i);
                if (e.filename && e.desc !== 'BLOBS')
                    byFile.set(e.filename, e);
            });
            continue;
        }
        const gz = base.endsWith('.gz');
        const plainName = gz ? base.slice(0, -3) : base;
        const entry = byFile.get(plainName);
        const isBlob = /^blob_\d+\.dat$/.test(plainName);
        const isBlobToc = /^blobs(_\d+)?\.toc$/.test(base);
        if (entry || isBlob || isBlobToc) {
            const label = entry ? entryName(entry) : isBlob ? `large object ${plainName.slice(5, -4)}` : base;
            const isTable = entry?.desc === 'TABLE DATA';
            let listing = isBlobToc ? [] : null;
            const sink = isBlobToc
                ? null
                : ctx.sinks.open({
                    kind: isTable ? 'copy' : 'blob',
                    compression: gz ? 'gzip' : 'none',
                    gzipHeader: true,
                    expectedFields: isTable && ctx.checkFields ? copyColumnCount(entry?.copyStmt) : -1,
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
                else if (sink) {
                    const w = sink.write(part);
                    if (w)
                        await w;
                }
            }
            if (entry)
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
            if (sink) {
                const key = isTable && entry ? String(entry.dumpId) : null;
                collector.later(sink.finish(cut).then((r) => {
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
    const missing = [...byFile.entries()].filter(([f]) => !seen.has(f)).map(([, e]) => entryName(e));
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
// Native reader for pg_dump archives: custom (-Fc), tar (-Ft) and plain SQL, each maybe gzipped as a
// whole. One streaming pass: the caller's onChunk (a hash) sees every byte once, memory stays flat.









function detectFormat(head) {
    if (head.length >= 5 && head.toString('latin1', 0, 5) === 'PGDMP')
        return 'custom';
    if (head.length >= 262 && head.toString('latin1', 257, 262) === 'ustar')
        return 'tar';
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b)
        return 'gzip';
    if (head.length >= 4 && head.toString('latin1', 0, 4) === 'PK\x03\x04')
        return 'zip';
    const text = head
        .toString('latin1', 0, Math.min(head.length, 64))
        .replace(/^\uFEFF/, '')
        .trimStart();
    if (/^(--|SET\s|\\restrict\s|CREATE\s|BEGIN|SELECT\s)/i.test(text))
        return 'plain';
    return 'unknown';
}
async function peek(src, n) {
    await src.fill(n);
    return src.peekSync(n);
}
/**
 * Decompresses a gzip-wrapped input lazily, chunk by chunk. If the gzip stream is damaged the raw
 * input is still read to the end, so a hash computed by onChunk covers the whole file.
 */
function gunzipped(raw, state) {
    return {
        async *[Symbol.asyncIterator]() {
            const z = external_node_zlib_.createGunzip();
            let out = [];
            z.on('data', (b) => out.push(b));
            z.on('error', (e) => {
                state.error ??= e.message;
            });
            const step = (b) => new Promise((resolve) => {
                if (state.error)
                    return resolve();
                const done = () => {
                    z.off('error', done);
                    resolve();
                };
                z.once('error', done);
                if (b)
                    z.write(b, () => done());
                else
                    z.end(() => done());
            });
            for (;;) {
                if (raw.buffered === 0 && !(await raw.pull()))
                    break;
                const chunk = raw.takeSome(raw.buffered);
                if (state.error)
                    continue;
                await step(chunk);
                if (out.length) {
                    const o = out;
                    out = [];
                    for (const b of o)
                        yield b;
                }
            }
            if (!state.error)
                await step(null);
            for (const b of out)
                yield b;
        },
    };
}
/**
 * Inflating already runs on libuv's thread pool, several blocks at once, overlapped with counting on
 * this thread. On 2 cores, worker threads measured ~10% slower and +80 MB RSS, so they are opt-in.
 */
function defaultWorkers() {
    return 0;
}
/**
 * The header of an unwrapped custom or tar archive from its first bytes (tar: ≥ 1 KiB), so a caller
 * can decide before the data streams by whether this reader will be able to check it.
 */
async function peekHeader(head) {
    const kind = detectFormat(head);
    if (kind !== 'custom' && kind !== 'tar')
        return undefined;
    const src = new ByteSource(once(kind === 'custom' ? head : head.subarray(512)));
    try {
        if ((await src.take(5)).toString('latin1') !== 'PGDMP')
            return undefined;
        return (await readHead(new ArchiveIO(src), kind, false)).header;
    }
    catch {
        return undefined;
    }
}
/** Why data blocks of this compression cannot be decompressed here (as `skipped` words it), or undefined. */
function missingCodec(compression) {
    if (compression === 'lz4')
        return 'lz4 (no lz4 codec available)';
    if (compression === 'zstd' && typeof external_node_zlib_.createZstdDecompress !== 'function') {
        return 'zstd (this Node.js has no zstd codec)';
    }
    return undefined;
}
/**
 * Read a whole pg_dump archive from a stream and report its TOC, per-table row counts and every
 * problem found. Never throws for bad input: damage is reported in `problems`.
 */
async function readArchive(input, opts = {}) {
    const collector = new Collector(opts.maxProblems ?? 100);
    const workers = opts.workers ?? defaultWorkers();
    const sinks = workers > 0 ? workerSinks(workers) : localSinks();
    const raw = new ByteSource(input, opts.onChunk);
    const ctx = { collector, sinks, checkFields: opts.checkFields ?? true };
    let src = raw;
    const gz = {};
    let gzipped = false;
    try {
        let head = await peek(src, 512);
        let kind = detectFormat(head);
        if (kind === 'gzip') {
            gzipped = true;
            src = new ByteSource(gunzipped(raw, gz));
            head = await peek(src, 512);
            kind = detectFormat(head);
            if (kind === 'gzip')
                kind = 'unknown';
        }
        if (head.length === 0) {
            collector.problem({ kind: 'truncated', message: gzipped ? 'gzip stream holds no data' : 'the file is empty' });
        }
        else if (kind === 'custom') {
            await src.take(5);
            await readCustom(src, gzipped, ctx);
        }
        else if (kind === 'tar') {
            await readTar(src, gzipped, ctx);
        }
        else if (kind === 'plain') {
            await readPlain(src, gzipped, ctx);
        }
        else if (kind === 'zip') {
            collector.problem({ kind: 'unsupported', message: 'zip archives are not read natively yet' });
        }
        else {
            collector.problem({ kind: 'unsupported', message: 'not a PostgreSQL dump (no PGDMP, tar or SQL signature)' });
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
        if (e instanceof UnsupportedArchive)
            collector.problem({ kind: 'unsupported', message: e.message });
        else if (e instanceof CorruptArchive)
            collector.problem({ kind: 'corrupt', message: `${e.message}: archive corrupt` });
        else if (e instanceof EndOfInput)
            collector.problem({
                kind: 'truncated',
                message: `archive ends inside its header or table of contents (offset ${src.position.toLocaleString('en-US')}): archive truncated`,
            });
        else
            collector.problem({
                kind: 'corrupt',
                message: `could not read archive: ${e instanceof Error ? e.message : String(e)}`,
            });
    }
    try {
        // Whatever happened, read to the end so a hash fed by onChunk covers every byte.
        await src.drain();
        if (src !== raw)
            await raw.drain();
    }
    catch (e) {
        collector.problem({
            kind: 'corrupt',
            message: `could not read input: ${e instanceof Error ? e.message : String(e)}`,
        });
    }
    if (gz.error)
        collector.problem({ kind: 'corrupt', message: `gzip wrapper is damaged (${gz.error})` });
    try {
        return await collector.report(raw.received);
    }
    finally {
        await sinks.close();
    }
}

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
    // Resolved now so that finding the binary overlaps with the first reads.
    const tool = archive ? opts.pgRestore() : Promise.resolve(undefined);
    let started;
    const gate = new HeadGate(async (head) => {
        const header = archive ? await peekHeader(head) : undefined;
        const bridge = new external_node_stream_.PassThrough({ highWaterMark: READER_BUFFER });
        // zlib's checksum already proves compressed blocks byte-exact; counting every row's fields there
        // cost ~30% of the pass for nothing more. Uncompressed data and plain SQL have no such checksum.
        const checkFields = !header || header.compression === 'none';
        const report = readArchive(bridge, { maxProblems: 20, checkFields }).catch((error) => {
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
            codecGap = header ? missingCodec(header.compression) : undefined;
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
                tables: report.skipped.length ? undefined : report.tables.map(({ name, rows }) => ({ name, rows })),
                partitioned: report.toc.filter(isPartitioned).map(archive_consumer_entryName),
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
const n = (value) => value.toLocaleString('en-US');
const SHOWN_PROBLEMS = 3;
/** relkind 'p' is recorded from archive 1.16 on; older TOCs only show it in the CREATE TABLE. */
function isPartitioned(entry) {
    if (entry.desc !== 'TABLE')
        return false;
    return entry.relkind === 'p' || /\)\s*PARTITION BY /i.test(entry.defn ?? '');
}
function archive_consumer_entryName(entry) {
    return entry.namespace ? `${entry.namespace}.${entry.tag}` : entry.tag;
}
/** "unsupported archive version 1.99" from the reader's problems, when that is what stopped it. */
function unknownVersion(report) {
    return report.problems.find((p) => p.kind === 'unsupported' && /^unsupported archive version /.test(p.message));
}
function secondOpinion(tool, listed) {
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
    const opinion = secondOpinion(tool, v.listed);
    const unknown = unknownVersion(report);
    const tocRead = report.toc.length > 0;
    // The reader's first complaint that is not about one entry's data: what stopped it reading the TOC.
    const tocProblem = report.problems.find((p) => p.entry === undefined) ?? report.problems[0];
    const readerWhy = v.decodeError ?? tocProblem?.message ?? 'the table of contents is empty';
    let archive;
    if (unknown) {
        archive = check('archive', 'critical', unknown.message, { value: unknown.message.split(' ').pop() });
    }
    else if (opinion.kind === 'hung') {
        archive = check('archive', 'critical', opinion.why);
    }
    else if (!tocRead) {
        const second = opinion.kind === 'accepts'
            ? `; yet pg_restore --list reads ${n(opinion.entries)} entries: Lifeboat's reader and pg_restore disagree`
            : opinion.kind === 'rejects'
                ? ` (pg_restore --list agrees: ${opinion.why})`
                : '';
        archive = check('archive', 'critical', `table of contents does not parse: ${readerWhy}${second}`);
    }
    else if (opinion.kind === 'rejects') {
        archive = check('archive', 'critical', `pg_restore --list rejects the table of contents (${opinion.why}) while Lifeboat's reader parses its ` +
            `${n(report.toc.length)} entries: the two disagree, treat the archive as damaged`);
    }
    else if (opinion.kind === 'accepts' && opinion.entries > report.toc.length) {
        // pg_restore lists a subset of the entries (it hides ENCODING, STDSTRINGS …), never more.
        archive = check('archive', 'critical', `pg_restore --list shows ${n(opinion.entries)} entries but Lifeboat's reader finds ${n(report.toc.length)}: ` +
            'the two disagree, treat the archive as damaged');
    }
    else {
        const entries = `${label}: table of contents parses (${n(report.toc.length)} entries)`;
        const how = opinion.kind === 'accepts'
            ? `pg_restore --list agrees (${n(opinion.entries)} listed)`
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
                    `${(0,size/* formatBytes */.z3)(bytes)} read)`);
            }
            return check('content', 'critical', `data is damaged: ${describeRestoreFailure(restored)}`);
        }
        const why = restored?.spawnError ??
            (opinion.kind === 'too-old'
                ? `pg_restore ${v.tool?.major} cannot read this archive`
                : 'no pg_restore on this runner');
        return check('content', 'skipped', `data blocks not checked: ${codecs}, and ${why}`);
    }
    const rows = report.tables.reduce((sum, t) => sum + t.rows, 0);
    const blobs = report.blobs ? `, ${n(report.blobs)} large objects` : '';
    return check('content', 'ok', `every data block decompresses and every COPY row parses: ${n(report.tables.length)} tables, ` +
        `${n(rows)} rows${blobs} (${(0,size/* formatBytes */.z3)(bytes)} read)`, { value: rows });
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
        check('content', 'ok', `script is complete: ${n(report.tables.length)} COPY blocks, ${n(rows)} rows (${(0,size/* formatBytes */.z3)(bytes)} read)`, { value: rows }),
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
        left > 0 ? `${n(left)} more problems` : '',
        specific.length && missing.length ? `data for ${n(missing.length)} more entries is missing` : '',
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

// EXTERNAL MODULE: ./src/integrity/decode-layers.ts
var decode_layers = __webpack_require__(5012);
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
        const set = `set ${(0,decode_layers/* keyInputFor */.Hs)(format.encryption)} to verify it`;
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
            return inner.consumers ? (0,decode_layers/* combineFormats */.iR)(outer, peeled, inner.consumers.format) : outer;
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
        return [archive, integrity_pass_check('content', 'critical', `${why} (after ${(0,size/* formatBytes */.z3)(inner.bytes)} of plaintext)`)];
    }
    if (inner.error) {
        const why = `could not verify the decrypted data: ${inner.error}`;
        return [integrity_pass_check('archive', 'critical', why), integrity_pass_notChecked(why)];
    }
    if (!archive || !content)
        return [integrity_pass_check('archive', 'critical', 'decrypted to nothing'), integrity_pass_notChecked('no plaintext')];
    const decrypted = `decrypted ${(0,size/* formatBytes */.z3)(bytes)} → ${(0,size/* formatBytes */.z3)(inner.bytes)}`;
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
        return integrity_pass_check('checksum', 'ok', `sha256 matches the ${expected.from}`, { value: sha256 });
    }
    return integrity_pass_check('checksum', 'critical', `sha256 mismatch: the file hashes to ${sha256.slice(0, 16)}…, the ${expected.from} says ${expected.sha256.slice(0, 16)}…`, { value: sha256, threshold: expected.sha256 });
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
        opts.logger.progress(`read ${(0,size/* formatBytes */.z3)(bytes)}${total ? ` / ${(0,size/* formatBytes */.z3)(total)}` : ''}${pct}`);
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


/***/ })

};
