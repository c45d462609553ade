export const id = 457;
export const ids = [457];
export const modules = {

/***/ 5457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  withFleetEntry: () => (/* binding */ withFleetEntry)
});

// UNUSED EXPORTS: entryOptions, loadLifeboatFile, matrixOf, parseLifeboatFile, selectEntry

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./src/postgres/identifiers.ts
var identifiers = __webpack_require__(9467);
// EXTERNAL MODULE: ./src/postgres/role-specs.ts
var role_specs = __webpack_require__(1618);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/fleet/checks-file.ts







const CHECKLIST_TAGS = ['tenant-isolation', 'balances'];
const EXPECT_HINT = 'expected no_rows, true or { equals: V }';
const expectSchema = schemas/* unknown */.L5J().transform((value, ctx) => {
    if (value === 'no_rows')
        return { kind: 'no_rows' };
    if (value === true)
        return { kind: 'true' };
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const keys = Object.keys(value);
        if (keys.length === 1 && keys[0] === 'equals')
            return { kind: 'equals', value: value.equals };
    }
    ctx.addIssue({ code: 'custom', message: EXPECT_HINT });
    return core/* NEVER */.tm;
});
/**
 * `schema.table` as SQL reads names (unquoted parts fold to lower case; `public."Order Items"` and
 * `"tenant.acme".orders` keep theirs), kept as `schema.table` unquoted, like the manifest's names.
 */
const tableName = schemas/* string */.YjP()
    .trim()
    .transform((text, ctx) => {
    try {
        const t = (0,identifiers/* parseTableIdentifier */.xt)(text);
        return `${t.schema}.${t.table}`;
    }
    catch (error) {
        ctx.addIssue({
            code: 'custom',
            message: `${(0,errors/* errorMessage */.g)(error)}: expected schema.table, like public.orders or public."Order Items"`,
        });
        return core/* NEVER */.tm;
    }
});
const nonEmpty = schemas/* string */.YjP().trim().min(1, 'must not be empty');
/** The drill checks of one database: the whole single-database file, or one fleet entry's `checks:`. */
const checksSchema = schemas/* object */.Ikc({
    tables: schemas/* array */.YOg(schemas/* preprocess */.vkY((v) => (typeof v === 'string' ? { name: v } : v), schemas/* strictObject */.rej({ name: tableName, min_rows: schemas/* number */.aig().int().nonnegative().default(1) })))
        .default([]),
    freshness: schemas/* array */.YOg(schemas/* strictObject */.rej({ table: tableName, column: nonEmpty })).default([]),
    assertions: schemas/* array */.YOg(schemas/* strictObject */.rej({
        name: nonEmpty.optional(),
        sql: nonEmpty,
        expect: expectSchema,
        as_role: nonEmpty.optional(),
        setup: nonEmpty.optional(),
        checklist: schemas/* enum */.k5n(CHECKLIST_TAGS).optional(),
        show_value: schemas/* boolean */.zMY().optional(),
    }))
        .default([]),
    smoke: nonEmpty.optional(),
    amcheck: schemas/* boolean */.zMY().optional(),
    roles: schemas/* array */.YOg(role_specs/* roleSpecSchema */.lg).optional(),
})
    .strict();
/**
 * Reads the checks file. The default path may be absent (no extra checks: undefined); a file named
 * explicitly must exist. Every problem is an InputError naming the file and line.
 */
async function loadChecksFile(file, opts) {
    const text = await readConfigText(file, { ...opts, inputName: 'checks' });
    return text === undefined ? undefined : parseChecksFile(text, file);
}
/** The file's text; undefined when it is absent and was not named explicitly. */
async function readConfigText(file, opts) {
    try {
        return await (0,promises_.readFile)(external_node_path_default().resolve(opts.cwd ?? process.cwd(), file), 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' && !opts.explicit)
            return undefined;
        throw new errors/* InputError */.d(code === 'ENOENT'
            ? `Invalid ${opts.inputName} "${file}": the file does not exist`
            : `Cannot read ${opts.inputName} file ${file}: ${error.message}`);
    }
}
function parseChecksFile(text, file) {
    const { doc, lineCounter, data, label } = parseYaml(text, file);
    if (typeof data !== 'object' || Array.isArray(data)) {
        throw new errors/* InputError */.d(`${label} line 1: expected a mapping with tables, freshness, assertions, smoke, amcheck or roles`);
    }
    const parsed = checksSchema.safeParse(data);
    if (!parsed.success)
        throw schemaError(doc, lineCounter, label, parsed.error.issues[0], expectedKeys);
    return toChecksFile(parsed.data, file);
}
/** A YAML file parsed with line positions; a syntax error is an InputError naming file and line. */
function parseYaml(text, file) {
    const label = external_node_path_default().basename(file);
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const error = doc.errors[0];
        const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
        throw new errors/* InputError */.d(`${label} line ${line}: ${error.message.split('\n')[0]}`);
    }
    return { doc, lineCounter, data: doc.toJS() ?? {}, label };
}
/**
 * A zod issue as one line naming the file, the line and the key ("lifeboat.yml line 7:
 * databases[1].warn-after: expected a duration …"); an unknown key points at the key itself, the
 * likeliest typo ("assertion:" for "assertions:"), with the keys allowed there.
 */
function schemaError(doc, lineCounter, label, issue, allowed) {
    let issuePath = issue.path.filter((p) => typeof p !== 'symbol');
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
        issuePath = [...issuePath, issue.keys[0]];
        message = `unknown key (expected ${allowed(issuePath)})`;
    }
    const line = lineOf(doc, lineCounter, issuePath);
    return new errors/* InputError */.d(`${label} line ${line}: ${formatPath(issuePath) || '(top level)'}: ${message}`);
}
/** The parsed `checksSchema` value as the drill uses it (`file` only names it in messages). */
function toChecksFile(v, file) {
    return {
        path: file,
        tables: v.tables.map((t) => ({ name: t.name, minRows: t.min_rows })),
        freshness: v.freshness.map((f) => ({ table: f.table, column: f.column })),
        assertions: v.assertions.map((a, i) => ({
            name: a.name ?? `assertions[${i}]`,
            sql: a.sql,
            expect: a.expect,
            asRole: a.as_role,
            setup: a.setup,
            checklist: a.checklist,
            showValue: a.show_value,
        })),
        smoke: v.smoke,
        amcheck: v.amcheck,
        ...(v.roles ? { roles: v.roles } : {}),
    };
}
/** The keys allowed where `issuePath` (relative to the checks) points, for unknown-key messages. */
function expectedKeys(issuePath) {
    const depth = issuePath.length;
    const parent = issuePath[0];
    if (depth === 1)
        return 'tables, freshness, assertions, smoke, amcheck or roles';
    if (parent === 'tables')
        return 'name, min_rows';
    if (parent === 'roles')
        return 'name, bypassrls, inherit, createrole, createdb, member_of';
    if (parent === 'freshness')
        return 'table, column';
    return 'name, sql, expect, as_role, setup, checklist, show_value';
}
/**
 * The line of the deepest node of `issuePath` that exists, read from the key when it is a mapping
 * entry (a block value starts on the next line); a missing key points at its parent.
 */
function lineOf(doc, lineCounter, issuePath) {
    for (let n = issuePath.length; n >= 0; n--) {
        const parent = n > 0 ? doc.getIn(issuePath.slice(0, n - 1), true) : undefined;
        if (n > 0 && (0,dist/* isMap */.jh)(parent)) {
            const pair = parent.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === issuePath[n - 1]);
            const key = pair?.key;
            if (key?.range)
                return lineCounter.linePos(key.range[0]).line;
            continue;
        }
        const node = doc.getIn(issuePath.slice(0, n), true);
        if (node && typeof node === 'object' && node.range)
            return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
}
function formatPath(issuePath) {
    return issuePath.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./src/archive/detect-format.ts
var detect_format = __webpack_require__(259);
// EXTERNAL MODULE: ./src/report/report-builder.ts
var report_builder = __webpack_require__(7156);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/archive/codecs.ts + 1 modules
var codecs = __webpack_require__(380);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
;// CONCATENATED MODULE: ./src/bytes/keys.ts
/** How every decrypter words a key that does not open the file. */
const keys_WRONG_PASSPHRASE = 'wrong passphrase';
const KEY_INPUT = {
    gpg: 'decryption-passphrase',
    openssl: 'decryption-passphrase',
    age: 'age-identity (or decryption-passphrase for passphrase-encrypted age files)',
    databasus: '',
};
/** What to do so that Lifeboat can read this encrypted backup, as the end of a report sentence. */
function keys_encryptionRemedy(encryption) {
    // Its key derives from the Databasus master key and the backup's id, which Lifeboat never has.
    if (encryption === 'databasus') {
        return "Databasus' own encryption opens only inside Databasus (turn it off there to let Lifeboat read the backups)";
    }
    return `set ${keys_keyInputFor(encryption)} to verify it`;
}
/** Which input would open this kind of encryption, for "set … to verify the content" messages. */
function keys_keyInputFor(encryption) {
    return KEY_INPUT[encryption];
}
function keys_hasKeyFor(encryption, keys) {
    if (encryption === 'databasus')
        return false;
    if (encryption === 'age')
        return Boolean(keys?.ageIdentity || keys?.passphrase);
    return Boolean(keys?.passphrase);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
;// CONCATENATED MODULE: ./src/bytes/openssl-decrypt.ts




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
class openssl_decrypt_OpensslDecrypt extends external_node_stream_.Transform {
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
    const message = (0,errors/* errorMessage */.g)(error);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/bytes/gpg-quick-check.ts

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
        const h = crypto.createHash(hash);
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
    const d = crypto.createDecipheriv(cipher, key, Buffer.alloc(BLOCK));
    return d.update(data);
}
/** Judges `passphrase` against the first bytes of a binary gpg file (at least ~100 bytes help). */
function gpg_quick_check_gpgQuickCheck(head, passphrase) {
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

;// CONCATENATED MODULE: ./src/bytes/web-decrypt.ts





/**
 * How long a decrypter may sit on bytes it was given without taking more, ending, failing or
 * giving output, while nothing downstream holds it back. openpgp, given a damaged file or a wrong
 * key it cannot tell from a right one, sometimes does exactly that; the pass would wait forever.
 */
const DECRYPT_STALL_MS = 30_000;
/** A Node duplex around a web-stream decrypter; errors from either side destroy it. */
function web_decrypt_webStage(decrypt, stallMs = DECRYPT_STALL_MS) {
    let lastActivity = Date.now();
    // Counts as activity whenever the decrypter pulls bytes (a transform runs only when read from).
    const input = new Transform({
        transform(chunk, _enc, done) {
            lastActivity = Date.now();
            done(null, chunk);
        },
    });
    const output = new PassThrough();
    const stage = Duplex.from({ writable: input, readable: output });
    const webInput = Readable.toWeb(input);
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
        const plain = Readable.fromWeb(webOutput);
        plain.on('data', () => {
            lastActivity = Date.now();
        });
        plain.on('error', (error) => stage.destroy(error));
        plain.pipe(output);
    }, (error) => stage.destroy(error instanceof Error ? error : new Error(String(error))));
    return stage;
}
function web_decrypt_openpgpDecrypt(passphrase) {
    return async (input) => {
        const openpgp = await __webpack_require__.e(/* import() */ 74).then(__webpack_require__.bind(__webpack_require__, 693));
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
function web_decrypt_ageDecrypt(keys) {
    return async (input) => {
        const age = await __webpack_require__.e(/* import() */ 855).then(__webpack_require__.bind(__webpack_require__, 855));
        const decrypter = new age.Decrypter();
        const identities = ageIdentities(keys.ageIdentity);
        for (const identity of identities)
            decrypter.addIdentity(identity);
        if (keys.passphrase) {
            addSecret(keys.passphrase);
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
            text = readFileSync(value.trim(), 'utf8');
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
        addSecret(k);
    return keys;
}

;// CONCATENATED MODULE: ./src/bytes/zip-entry.ts


const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
/** The end record, its comment (≤ 64 KiB) and a one-entry central directory fit in this. */
const ZIP_TAIL_BYTES = (/* unused pure expression or super */ null && (66_000 + 1024));
const ZIP32_UNKNOWN = 0xffffffff;
/**
 * Streams the first entry of a zip archive (pgbackweb's `dump.sql`) without the central directory,
 * which sits at the end: the local header says where the data starts and how it is compressed.
 * A deflate entry ends where its deflate stream ends, so entries written with a data descriptor
 * (sizes unknown up front, as Go's archive/zip writes them) stream too. The entry's CRC-32 is
 * checked at the end, from the local header or, for a data descriptor, from the central directory
 * in the file's last bytes: a zip whose entry fails its CRC is damaged, whatever the inflater said.
 */
class zip_entry_ZipFirstEntry extends (/* unused pure expression or super */ null && (Transform)) {
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
                this.inflate = zlib.createInflateRaw();
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
        this.crc = zlib.crc32(data, this.crc);
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

// EXTERNAL MODULE: ./src/archive/index.ts + 6 modules
var archive = __webpack_require__(991);
;// CONCATENATED MODULE: ./src/bytes/sinks.ts




/**
 * Writes `source` to every target at the pace of the slowest (Readable.pipe keeps that
 * backpressure for several targets). A target that fails or closes early (pg_restore --list once
 * it has the TOC, a decoder that found damage) reports through its own result while the others go
 * on, and the source always flows to its end: every raw byte must reach the hash.
 */
function sinks_tee(source, targets) {
    for (const target of targets)
        source.pipe(outliving(target));
    source.pipe(discard());
}
/**
 * `target` behind a buffer that discards what comes once the target has closed or failed:
 * Readable.pipe does not release a source that waits for a 'drain' from a target that then
 * closed, and the whole tee would stall on it.
 */
function outliving(target) {
    const buffer = new PassThrough();
    buffer.pipe(target);
    const gone = () => {
        buffer.unpipe(target);
        buffer.resume();
    };
    // EPIPE from a child that exited is expected; whoever made the target reads its outcome.
    target.on('error', gone);
    target.once('close', gone);
    return buffer;
}
/** Takes every byte and keeps none. */
function discard() {
    return new Writable({ write: (_chunk, _enc, done) => done() });
}
/** Lets the reader take whole file-read chunks without a round trip per 16 KiB. */
const READER_BUFFER = (/* unused pure expression or super */ null && (1024 * 1024));
/**
 * The reader takes the chunks as they came, one at a time: in byte mode each read() joined all that
 * was buffered into a new Buffer, which from S3 (64 KiB socket chunks) copied every byte once more and
 * left the joined buffers behind as garbage.
 */
const READER_CHUNKS = 1;
/** Lifeboat's archive reader on the decoded stream, told from its first bytes how hard to look. */
async function sinks_readerSink(head, archive, size) {
    const header = archive ? await peekHeader(head) : undefined;
    const input = new PassThrough({
        writableHighWaterMark: READER_BUFFER,
        readableObjectMode: true,
        readableHighWaterMark: READER_CHUNKS,
    });
    // zlib's checksum already proves gzip blocks byte-exact; counting every row's fields there cost
    // ~30% of the pass for nothing more. zstd and lz4 as pg_dump writes them carry no checksum (a
    // flipped byte can decode to other text), nor do uncompressed data and plain SQL: those are proven
    // by field counts and, in a UTF8 database, by the text being valid UTF-8.
    const checkFields = !header || header.compression !== 'gzip';
    const report = readArchive(input, { maxProblems: 20, checkFields, size }).catch((error) => {
        // readArchive reports damage rather than throwing; this is a bug, and it must not stall the pass.
        input.destroy();
        return internalError(error);
    });
    return { name: 'reader', input, done: report, report, header };
}
function internalError(error) {
    return {
        header: { format: 'custom', compression: 'none' },
        toc: [],
        tables: [],
        blobs: 0,
        problems: [{ kind: 'corrupt', message: `internal error in the archive reader: ${String(error)}` }],
        skipped: [],
        bytes: 0,
    };
}
/**
 * The file pg_restore/psql will read: the decoded bytes (every layer already peeled, as pg_restore
 * cannot read them and `--jobs` needs a seekable file), written once as they pass.
 */
function sinks_localCopySink(path, onError) {
    const input = createWriteStream(path);
    input.on('error', onError);
    return {
        name: 'local copy',
        input,
        done: finished(input).catch(() => undefined),
        bytes: () => input.bytesWritten,
    };
}

;// CONCATENATED MODULE: ./src/bytes/layers.ts










/** A layer that could not be peeled; `message` is one line a person can act on. */
class DecodeError extends Error {
    failure;
    constructor(failure) {
        super(layers_describeFailure(failure));
        this.failure = failure;
        this.name = 'DecodeError';
    }
}
function layers_isEncryption(layer) {
    return layer === 'gpg' || layer === 'openssl' || layer === 'age' || layer === 'databasus';
}
/** "decryption failed (gpg): …" / "gzip stream is damaged: …": the wording reports and tests rely on. */
function layers_describeFailure(failure) {
    return failure.kind === 'decrypt'
        ? `decryption failed (${failure.layer}): ${failure.message}`
        : `${failure.layer} stream is damaged: ${failure.message}`;
}
const zstd = (/* unused pure expression or super */ null && (zlib));
/**
 * Loads the decoders Node's zlib lacks for these layers (the ones the archive reader uses for data
 * blocks: fzstd, lz4-asm), once, before anything decides whether a layer can be peeled.
 */
async function layers_codecsForLayers(layers) {
    const loaded = await Promise.all(layers.map((layer) => codecsFor(layer)));
    return Object.assign({}, ...loaded);
}
/**
 * Why a layer cannot be peeled with these decoders, or undefined when it can: the one place that
 * says so, and what it says a report shows as "not proven".
 */
function layers_unsupportedLayer(layer, codecs = {}) {
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
function layers_layersOf(format) {
    return format.layers ?? (format.compression !== 'none' ? [format.compression] : []);
}
const layers_decoderFor = (layer, keys, codecs) => {
    const unsupported = layers_unsupportedLayer(layer, codecs);
    if (unsupported)
        throw new DecodeError({ layer, kind: 'decompress', message: unsupported });
    switch (layer) {
        case 'gzip':
            return zlib.createGunzip();
        case 'zstd':
            return zstd.createZstdDecompress?.() ?? codecs.zstd();
        case 'lz4':
            return codecs.lz4();
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
            throw new DecodeError({ layer, kind: layers_isEncryption(layer) ? 'decrypt' : 'decompress', message: 'no decoder' });
    }
};
function requireKey(layer, key) {
    if (!key)
        throw new DecodeError({ layer, kind: 'decrypt', message: `no key: set ${keyInputFor(layer)}` });
    addSecret(key);
    return key;
}
/**
 * `source` through the decoders of `layers` (outermost first). A failing layer is remembered and
 * ends the decoded stream early instead of erroring it, so whatever reads it reports what it got
 * (a truncated archive) and the one result settles; `source` flows to its end either way, because
 * every raw byte must reach the hash.
 */
function layers_decode(source, layers, { keys = {}, decoders = layers_decoderFor, codecs = {}, } = {}) {
    let failure;
    let bytes = 0;
    const fail = (layer, error) => {
        failure ??= toFailure(layer, error);
    };
    let chain;
    let last;
    try {
        const stages = layers.map((layer) => decoders(layer, keys, codecs));
        stages.forEach((stage, i) => stage.on('error', (error) => fail(layers[i], error)));
        // pipeline tears every stage down when one fails; the last one's error ends `settled` below.
        if (stages.length > 1)
            pipeline(stages, () => undefined);
        chain = stages[0];
        last = stages[stages.length - 1];
    }
    catch (error) {
        // A layer that cannot even start: what it wraps is an empty stream.
        fail(layers[0], error);
    }
    tee(source, chain ? [chain] : []);
    async function* settled(from) {
        if (!from)
            return;
        try {
            for await (const chunk of from) {
                bytes += chunk.length;
                yield chunk;
            }
        }
        catch (error) {
            fail(layers[layers.length - 1], error);
        }
    }
    return { stream: Readable.from(settled(last), { objectMode: false }), failure: () => failure, bytes: () => bytes };
}
function toFailure(layer, error) {
    if (error instanceof DecodeError)
        return error.failure;
    return {
        layer,
        kind: layers_isEncryption(layer) ? 'decrypt' : 'decompress',
        message: cleanMessage(layer, errorMessage(error)),
    };
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
 * The format of a peeled file (encrypted, or a layer the head could not see into) once its inside is
 * known: container from inside, layers from both.
 */
function layers_combineFormats(outer, peeled, inner) {
    const prefix = peeled.map((l) => (layers_isEncryption(l) ? `${l}-encrypted` : `${l}-compressed`)).join(' ');
    const encryption = outer.encryption ?? inner.encryption;
    return {
        container: inner.container,
        compression: outer.compression,
        ...(encryption ? { encryption } : {}),
        layers: [...peeled, ...layers_layersOf(inner)],
        description: `${prefix} ${inner.description}`,
        ...(inner.entryName ? { entryName: inner.entryName } : {}),
        ...(inner.directory ? { directory: true } : {}),
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/postgres/binaries.ts
var binaries = __webpack_require__(1758);
;// CONCATENATED MODULE: ./src/bytes/pg-restore-sink.ts


const STDERR_TAIL = 8192;
/**
 * pg_restore can spin forever on some damaged archives (5 of 40 fuzzed ones); a healthy one never
 * leaves a pipe's worth of input unread, or takes this long to exit once its input has ended.
 */
const PG_RESTORE_WATCHDOG_MS = 60_000;
/** pg_restore reading the archive from stdin; `args` decide what it does (`--list`, `-f /dev/null`). */
function pg_restore_sink_pgRestoreSink(name, tool, args, opts = {}) {
    const countEntries = args.includes('--list');
    const child = spawn(tool.path, args, { stdio: ['pipe', countEntries ? 'pipe' : 'ignore', 'pipe'] });
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
    return { name, input: stdin, done: outcome, outcome };
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
function pg_restore_sink_describeWatchdog(watchdog) {
    const seconds = Math.round(watchdog.afterMs / 100) / 10;
    const what = watchdog.reason === 'stalled'
        ? `it stopped reading the archive for ${seconds} s`
        : `it had not exited ${seconds} s after the archive ended`;
    return `pg_restore did not finish: the archive is damaged (${what}; killed)`;
}
/** The first `pg_restore: error: …` line, without the program prefix, for a one-line summary. */
function pg_restore_sink_firstPgError(stderr) {
    const lines = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    const error = lines.find((l) => /error:|fatal:/i.test(l)) ?? lines[0] ?? 'no error message';
    return error.replace(/^pg_restore:\s*(error:\s*)?/i, '');
}
/** `unsupported version (1.16) in file header` → "1.16": the archive came from a newer pg_dump. */
function pg_restore_sink_unsupportedArchiveVersion(stderr) {
    return /unsupported version \((\d+\.\d+)\) in file header/.exec(stderr)?.[1];
}
/** The oldest PostgreSQL major whose pg_restore reads an archive version (pg_backup_archiver.h). */
function minimumMajorForArchive(version) {
    const known = { '1.14': 12, '1.15': 16, '1.16': 17 };
    return known[version];
}
/** The newest pg_restore reads the most archive versions; absence is reported, not thrown. */
function pgRestoreResolver(binDir) {
    let found;
    return () => {
        found ??= findClientTool('pg_restore', { binDir }).catch(() => undefined);
        return found;
    };
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/bytes/sha256-thread.ts
// The sha256 of a backup, computed on the reading thread or in a worker thread. Where the archive
// reader keeps the reading thread busy with every byte (uncompressed data: field, row and UTF-8
// checks), hashing there too makes that thread the whole pass's critical path; in a worker, the
// hash and the checks run on two cores at once.


function sha256_thread_sha256Here() {
    const hash = createHash('sha256');
    return {
        update(chunk) {
            hash.update(chunk);
            return undefined;
        },
        digest: async () => hash.digest('hex'),
        close: async () => { },
    };
}
/** Bytes are copied into pieces of this size, moved to the worker and moved back for reuse. */
const PIECE_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/** Pieces in flight at once: the memory this costs, and how far the worker may fall behind. */
const PIECES = 4;
const SOURCE = (/* unused pure expression or super */ null && (`
const { parentPort } = require('node:worker_threads');
const hash = require('node:crypto').createHash('sha256');
parentPort.on('message', (m) => {
  if (m.t === 'data') {
    hash.update(m.buf.subarray(0, m.n));
    parentPort.postMessage({ t: 'back', buf: m.buf }, [m.buf.buffer]);
  } else {
    parentPort.postMessage({ t: 'digest', hex: hash.digest('hex') });
  }
});
`));
function sha256_thread_sha256InThread() {
    const worker = new Worker(SOURCE, { eval: true });
    const spare = [];
    let inFlight = 0;
    let failure;
    let wake;
    let hex;
    let closed = false;
    const woken = () => {
        const f = wake;
        wake = undefined;
        f?.();
    };
    const digested = new Promise((resolve, reject) => {
        hex = resolve;
        worker.on('error', (e) => {
            failure ??= e;
            reject(e);
            woken();
        });
        worker.on('exit', () => {
            if (!closed) {
                failure ??= new Error('the sha256 thread ended early');
                reject(failure);
                woken();
            }
        });
    });
    // Nobody may await it (a pass that failed before the end): the rejection must not end the process.
    digested.catch(() => undefined);
    worker.on('message', (m) => {
        if (m.t === 'back') {
            spare.push(m.buf);
            inFlight--;
            woken();
        }
        else
            hex?.(m.hex);
    });
    const send = async (chunk) => {
        for (let off = 0; off < chunk.length;) {
            while (inFlight >= PIECES && !failure)
                await new Promise((resolve) => (wake = resolve));
            if (failure)
                throw failure;
            const buf = spare.pop() ?? new Uint8Array(PIECE_BYTES);
            const n = Math.min(PIECE_BYTES, chunk.length - off);
            buf.set(chunk.subarray(off, off + n));
            off += n;
            inFlight++;
            worker.postMessage({ t: 'data', buf, n }, [buf.buffer]);
        }
    };
    return {
        update: send,
        async digest() {
            worker.postMessage({ t: 'end' });
            return digested;
        },
        async close() {
            closed = true;
            await worker.terminate();
        },
    };
}

;// CONCATENATED MODULE: ./src/bytes/sniff.ts

/**
 * The first `bytes` bytes (fewer at the end of the stream) and a stream that still yields all of
 * them. The only place the pass holds bytes back: every decision that needs to look ahead (which
 * layers, which codec, whether pg_restore can help) is made from this head.
 */
async function sniff_sniff(source, bytes) {
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
        try {
            for (;;) {
                const next = await iterator.next();
                if (next.done)
                    return;
                yield next.value;
            }
        }
        finally {
            // Stopped early (its reader was destroyed): let the source close what it holds.
            await iterator.return?.();
        }
    }
    return { head: head.subarray(0, bytes), stream: Readable.from(rest(), { objectMode: false }) };
}

// EXTERNAL MODULE: ./src/archive/toc.ts
var toc = __webpack_require__(3052);
// EXTERNAL MODULE: ./src/postgres/row-counts.ts
var row_counts = __webpack_require__(3804);
;// CONCATENATED MODULE: ./src/bytes/verdict.ts







const INTEGRITY_LEVELS = ['none', 'checksum', 'archive', 'full'];
/** The checks that need no more than the first bytes, or undefined when the stream must be read. */
function verdict_headChecks(format, headBytes, opts) {
    if (opts.level === 'checksum') {
        const why = 'integrity: checksum reads the bytes for the sha256 only';
        return [check('archive', 'skipped', why), check('content', 'skipped', why)];
    }
    if (headBytes === 0) {
        return [check('archive', 'critical', 'the file is empty (0 bytes): not a backup'), notChecked('the file is empty')];
    }
    if (format.encryption && !hasKeyFor(format.encryption, opts.decryption)) {
        const set = encryptionRemedy(format.encryption);
        return [
            check('archive', 'warning', `encrypted (${format.encryption}): cannot verify content without a key; ${set}`),
            check('content', 'skipped', `encrypted (${format.encryption}): content not verified without a decryption key; ${set}`),
        ];
    }
    const unsupported = layersOf(format)
        .map((layer) => unsupportedLayer(layer, opts.codecs))
        .find((why) => why !== undefined);
    if (unsupported) {
        // Nothing inside was read: never ok, and never a silent skip that lets the run end ok.
        const why = `not proven: ${format.description}: ${unsupported}`;
        return [check('archive', 'warning', why), check('content', 'warning', why)];
    }
    if ((format.encryption || format.opaque) && opts.canPeel)
        return undefined;
    if (format.container === 'unknown') {
        return [
            check('archive', 'critical', `not a PostgreSQL backup: ${format.description}`),
            notChecked('the file is not a PostgreSQL backup'),
        ];
    }
    return undefined;
}
/** The `archive` and `content` checks of one layer's outcome. */
function verdict_verdict(outcome) {
    switch (outcome.kind) {
        case 'fixed':
            return outcome.checks;
        case 'read':
            return outcome.format.container === 'plain' ? plainChecks(outcome) : archiveChecks(outcome);
        case 'peeled':
            return peeledChecks(outcome);
    }
}
/** Per-table rows, or undefined when some rows could not be counted (unknown, not 0). */
function verdict_countedTablesOf(outcome) {
    if (outcome.kind === 'peeled')
        return outcome.failure ? undefined : verdict_countedTablesOf(outcome.inner);
    if (outcome.kind !== 'read' || outcome.report.skipped.length)
        return undefined;
    return countedTables(outcome.report);
}
/** The archive's table of contents as the pass read it (through any decryption), for `--table` lists. */
function verdict_tocOf(outcome) {
    if (outcome.kind === 'peeled')
        return outcome.failure ? undefined : verdict_tocOf(outcome.inner);
    return outcome.kind === 'read' ? outcome.report.toc : undefined;
}
/** Partitioned tables: no data of their own in the archive, their rows are counted in their partitions. */
function verdict_partitionedOf(outcome) {
    if (outcome.kind === 'peeled')
        return verdict_partitionedOf(outcome.inner);
    if (outcome.kind !== 'read')
        return undefined;
    return outcome.report.toc.filter(isPartitioned).map(entryName);
}
function verdict_checksumCheck(sha256, expected) {
    if (!expected)
        return check('checksum', 'skipped', 'no manifest or .sha256 sidecar to compare with');
    if (expected.sha256.toLowerCase() === sha256) {
        return check('checksum', 'ok', `sha256 matches the ${expected.from}`, { display: { value: sha256 } });
    }
    return check('checksum', 'critical', `sha256 mismatch: the file hashes to ${shortHash(sha256)}…, the ${expected.from} says ${shortHash(expected.sha256)}…`, { display: { value: sha256, threshold: expected.sha256 } });
}
function peeledChecks(o) {
    const inner = verdict_verdict(o.inner);
    const archive = inner.find((c) => c.id === 'archive');
    const content = inner.find((c) => c.id === 'content');
    const encrypted = o.layers.some(isEncryption);
    const verb = encrypted ? 'decrypted' : 'decompressed';
    if (o.failure) {
        const why = describeFailure(o.failure);
        if (o.plaintextBytes === 0 || !archive || o.innerContainer === 'unknown') {
            return [check('archive', 'critical', why), notChecked(o.failure.kind === 'decrypt' ? 'decryption failed' : why)];
        }
        const out = encrypted ? 'plaintext' : 'decompressed data';
        return [archive, check('content', 'critical', `${why} (after ${formatBytes(o.plaintextBytes)} of ${out})`)];
    }
    if (!archive || !content)
        return [
            check('archive', 'critical', `${verb} to nothing`),
            notChecked(encrypted ? 'no plaintext' : 'nothing came out'),
        ];
    return [
        archive,
        { ...content, summary: `${content.summary}; ${verb} ${formatBytes(o.bytes)} → ${formatBytes(o.plaintextBytes)}` },
    ];
}
const SHOWN_PROBLEMS = 3;
/**
 * Each table's own rows as its data entry holds them; parents (also a partitioned one, which has no
 * data entry: 0 rows of its own) add the total of their tree as tree_rows.
 */
function countedTables(report) {
    const own = new Map(report.tables.map((t) => [t.name, t.rows]));
    const children = tableChildren(report.toc);
    for (const parent of children.keys())
        if (!own.has(parent))
            own.set(parent, 0);
    return [...withTreeTotals(own, children)].map(([name, c]) => ({
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
        return { kind: 'hung', why: describeWatchdog(listed.watchdog) };
    const newer = unsupportedArchiveVersion(listed.stderr);
    if (newer)
        return { kind: 'too-old', version: newer };
    if (listed.spawnError)
        return { kind: 'none', why: `could not run pg_restore (${tool.path}): ${listed.spawnError}` };
    if (listed.exitCode === 0)
        return { kind: 'accepts', entries: listed.entries };
    return { kind: 'rejects', why: firstPgError(listed.stderr) };
}
function archiveChecks(v) {
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
            ? `; yet pg_restore --list reads ${formatCount(opinion.entries)} entries: Lifeboat's reader and pg_restore disagree`
            : opinion.kind === 'rejects'
                ? ` (pg_restore --list agrees: ${opinion.why})`
                : '';
        archive = check('archive', 'critical', `table of contents does not parse: ${readerWhy}${second}`);
    }
    else if (opinion.kind === 'rejects') {
        archive = check('archive', 'critical', `pg_restore --list rejects the table of contents (${opinion.why}) while Lifeboat's reader parses its ` +
            `${formatCount(report.toc.length)} entries: the two disagree, treat the archive as damaged`);
    }
    else if (opinion.kind === 'accepts' && opinion.entries > report.toc.length) {
        // pg_restore lists a subset of the entries (it hides ENCODING, STDSTRINGS …), never more.
        archive = check('archive', 'critical', `pg_restore --list shows ${formatCount(opinion.entries)} entries but Lifeboat's reader finds ${formatCount(report.toc.length)}: ` +
            'the two disagree, treat the archive as damaged');
    }
    else {
        const entries = `${label}: table of contents parses (${plural(report.toc.length, 'entry', 'entries')})`;
        const how = opinion.kind === 'accepts'
            ? opinion.entries === report.toc.length
                ? 'pg_restore --list reads the same entries'
                : `pg_restore --list reads it too (it shows ${formatCount(opinion.entries)} of them and hides internal ones)`
            : opinion.kind === 'too-old'
                ? `pg_restore ${tool?.major} cannot read archive ${opinion.version}; verified by Lifeboat's reader alone`
                : `${opinion.why}; verified by Lifeboat's reader alone`;
        archive = check('archive', 'ok', `${entries}; ${how}`, { value: report.toc.length });
    }
    if (v.level !== 'full')
        return [archive, levelSkipped(v.level)];
    if (unknown || !tocRead)
        return [archive, notChecked('the table of contents does not parse')];
    return [archive, contentCheck(v, opinion)];
}
function contentCheck(v, opinion) {
    const { report, restored, bytes } = v;
    const problems = report.problems;
    if (v.decodeError || problems.length) {
        return check('content', 'critical', damage(v.decodeError, problems));
    }
    if (report.skipped.length) {
        const codecs = report.skipped.join(', ');
        const names = report.skipped.map((why) => why.split(' ')[0]).join(', ');
        if (restored?.watchdog)
            return check('content', 'critical', describeWatchdog(restored.watchdog));
        if (restored && opinion.kind !== 'too-old' && !restored.spawnError) {
            if (restored.exitCode === 0) {
                return check('content', 'ok', `every data block decompresses and parses (pg_restore checked the ${names} blocks, ` +
                    `${formatBytes(bytes)} read)`);
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
    const blobs = report.blobs ? `, ${plural(report.blobs, 'large object')}` : '';
    return check('content', 'ok', `every data block decompresses and every COPY row parses: ${formatCount(report.tables.length)} tables, ` +
        `${plural(rows, 'row')}${blobs} (${formatBytes(bytes)} read)`, { value: rows });
}
function plainChecks(v) {
    const { report, bytes } = v;
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
        check('content', 'ok', `script is complete: ${plural(report.tables.length, 'COPY block')}, ${plural(rows, 'row')} (${formatBytes(bytes)} read)`, { value: rows }),
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
        left > 0 ? `${plural(left, 'more problem')}` : '',
        specific.length && missing.length
            ? `data for ${plural(missing.length, 'more entry', 'more entries')} is missing`
            : '',
    ].filter(Boolean);
    return [decodeError, ...shown].filter(Boolean).join('; ') + (notes.length ? ` (${notes.join('; ')})` : '');
}
function describeRestoreFailure(outcome) {
    const error = firstPgError(outcome.stderr);
    if (/end of file|unexpected EOF|could not read/i.test(error))
        return `archive truncated (${error})`;
    if (outcome.signal)
        return `pg_restore was killed by ${outcome.signal}`;
    return error;
}
function levelSkipped(level) {
    return check('content', 'skipped', `integrity level "${level}" does not read the data blocks`);
}

;// CONCATENATED MODULE: ./src/bytes/integrity-pass.ts













const PROGRESS_EVERY_MS = 5000;
/** Enough of the decoded stream for the archive header: tar puts it after a 512-byte member header. */
const ARCHIVE_HEAD_BYTES = 4096;
// Nested encryption beyond this is not a backup anyone made on purpose.
const MAX_DEPTH = 4;
/** Reads a backup once and proves what it can in that one pass (see the top of this file). */
async function runIntegrityPass(source, opts) {
    let hash;
    try {
        return await pass(source, opts, (h) => (hash = h));
    }
    finally {
        await hash?.close();
    }
}
async function pass(source, opts, using) {
    let hash;
    let bytes = 0;
    let fatal;
    const progress = progressReporter(opts);
    async function* hashed() {
        try {
            for await (const chunk of source) {
                hash ??= using(await hasherFor(chunk, opts.totalBytes));
                const wait = hash.update(chunk);
                if (wait)
                    await wait;
                bytes += chunk.length;
                progress(bytes);
                yield chunk;
            }
        }
        catch (error) {
            // A read that failed mid-stream: everything behind ends, reports, and the pass rethrows.
            fatal ??= error instanceof Error ? error : new Error(String(error));
        }
    }
    const ctx = {
        opts,
        decoders: opts.decoders ?? decoderFor,
        pgRestore: once(opts.pgRestore),
        failures: [],
        abort(error) {
            fatal ??= error;
            source.destroy(error);
        },
    };
    const { format, outcome } = await readLayer(hashed(), () => bytes, ctx, 0);
    if (fatal)
        throw fatal;
    const sha256 = await (hash ?? sha256Here()).digest();
    return {
        sha256,
        bytes,
        format,
        checks: [checksumCheck(sha256, opts.expected), ...verdict(outcome)],
        tables: countedTablesOf(outcome),
        partitioned: partitionedOf(outcome),
        toc: tocOf(outcome),
        ...(ctx.copy ? { copy: { ...ctx.copy, layers: layersOf(format), failure: ctx.failures[0] } } : {}),
    };
}
/** Uncompressed custom archives this big hash in a worker thread (see sha256-thread.ts). */
const HASH_IN_THREAD_BYTES = (/* unused pure expression or super */ null && (64 * 1024 * 1024));
/** Where to hash, decided by the first chunk: the archive's own header says whether its data is compressed. */
async function hasherFor(first, totalBytes) {
    if ((totalBytes ?? 0) < HASH_IN_THREAD_BYTES)
        return sha256Here();
    const header = await peekHeader(first);
    return header?.format === 'custom' && header.compression === 'none' ? sha256InThread() : sha256Here();
}
/**
 * One layer of the backup: sniffs its first bytes, then either decides from them alone, or decodes
 * what they call for and reads the result; after a decryption, the plaintext is a layer of its own.
 * Resolves once every byte of `source` was taken.
 */
async function readLayer(source, bytesIn, ctx, depth) {
    const { head, stream } = await sniff(source, DETECT_HEAD_BYTES);
    const format = head.length === 0 ? EMPTY : detectFormat(head);
    const layers = layersOf(format);
    const codecs = await codecsForLayers(layers);
    const fixed = headChecks(format, head.length, { ...ctx.opts, canPeel: depth < MAX_DEPTH, codecs });
    if (fixed) {
        tee(stream, []);
        await finished(stream);
        return { format, outcome: { kind: 'fixed', checks: fixed } };
    }
    // Up to the first encryption, or every layer when the innermost hides what it wraps: what comes
    // out is sniffed again as a layer of its own.
    const encryptionAt = layers.findIndex(isEncryption);
    const peelAt = encryptionAt >= 0 ? encryptionAt : format.opaque ? layers.length - 1 : -1;
    const peeled = peelAt >= 0 ? layers.slice(0, peelAt + 1) : layers;
    const decoded = peeled.length
        ? decode(stream, peeled, { keys: ctx.opts.decryption, decoders: ctx.decoders, codecs })
        : undefined;
    // Caught at once: a rejection nobody awaits yet would end the process (the stream ends anyway).
    const settled = finished(stream).catch(() => undefined);
    if (decoded && peelAt >= 0) {
        const inner = await readLayer(decoded.stream, decoded.bytes, ctx, depth + 1).catch((error) => {
            // Stops the decoder too, so that the outer bytes flow on to the hash.
            decoded.stream.destroy();
            const why = `could not verify the ${isEncryption(peeled[peeled.length - 1]) ? 'decrypted' : 'decompressed'} data: ${errorMessage(error)}`;
            return { format, outcome: { kind: 'fixed', checks: [check('archive', 'critical', why), notChecked(why)] } };
        });
        await settled;
        const failure = decoded.failure();
        if (failure)
            ctx.failures.unshift(failure);
        const plaintextBytes = decoded.bytes();
        return {
            format: plaintextBytes > 0 ? combineFormats(format, peeled, inner.format) : format,
            outcome: {
                kind: 'peeled',
                layers: peeled,
                bytes: bytesIn(),
                plaintextBytes,
                failure,
                inner: inner.outcome,
                innerContainer: inner.format.container,
            },
        };
    }
    const archive = decoded ? await sniff(decoded.stream, ARCHIVE_HEAD_BYTES) : { head, stream };
    const read = await readContainer(archive.stream, archive.head, format, ctx);
    await settled;
    const failure = decoded?.failure();
    if (failure)
        ctx.failures.unshift(failure);
    return {
        format,
        outcome: {
            kind: 'read',
            format,
            bytes: bytesIn(),
            ...read,
            ...(failure ? { decodeError: describeFailure(failure) } : {}),
        },
    };
}
/**
 * The bare custom, tar or plain-SQL stream, tee'd to Lifeboat's archive reader (every data block
 * decompressed, every COPY row counted), for custom/tar to `pg_restore --list` as a second opinion
 * on the TOC, to `pg_restore -f /dev/null` only when the data uses a codec the reader lacks (so the
 * verdict never depends on pg_restore alone nor gets weaker without it), and to the local copy.
 */
async function readContainer(stream, head, format, ctx) {
    const archive = format.container === 'custom' || format.container === 'tar';
    // Asked for now so that finding the binary overlaps with reading the header. pg_restore reads a
    // directory archive only unpacked, so a tarred one is proven by the reader alone.
    const found = archive && !format.directory ? ctx.pgRestore() : Promise.resolve(undefined);
    // A bare archive is as long as the stored object: the reader sizes its work by it.
    const size = layersOf(format).length === 0 ? ctx.opts.totalBytes : undefined;
    const reader = await readerSink(head, archive, size);
    const tool = await found.catch(() => undefined);
    const sinks = [reader];
    const formatFlag = `--format=${format.container === 'tar' ? 't' : 'c'}`;
    const watchdog = { watchdogMs: ctx.opts.pgRestoreWatchdogMs };
    const list = tool ? pgRestoreSink('pg_restore --list', tool, ['--list', formatFlag], watchdog) : undefined;
    const codecGap = tool && reader.header ? missingCodec(reader.header.compression) : undefined;
    const restore = tool && codecGap && ctx.opts.level === 'full'
        ? pgRestoreSink('pg_restore', tool, ['--file=/dev/null', formatFlag], watchdog)
        : undefined;
    if (list)
        sinks.push(list);
    if (restore)
        sinks.push(restore);
    const copy = ctx.opts.copyTo ? localCopySink(ctx.opts.copyTo, (error) => ctx.abort(copyFailed(error))) : undefined;
    if (copy)
        sinks.push(copy);
    tee(stream, sinks.map((s) => s.input));
    await Promise.all(sinks.map((s) => s.done));
    if (copy && ctx.opts.copyTo)
        ctx.copy = { path: ctx.opts.copyTo, bytes: copy.bytes() };
    return {
        level: ctx.opts.level === 'full' ? 'full' : 'archive',
        tool,
        report: await reader.report,
        listed: await list?.outcome,
        restored: await restore?.outcome,
    };
}
function copyFailed(error) {
    return new Error(`could not keep a local copy of the backup: ${error.message}`);
}
const EMPTY = { container: 'unknown', compression: 'none', description: 'empty file' };
function once(make) {
    let made;
    return () => (made ??= make());
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
        opts.logger.progress(`read ${formatBytes(bytes)}${total ? ` / ${formatBytes(total)}` : ''}${pct}`);
    };
}

// EXTERNAL MODULE: ./src/settings/options.ts + 3 modules
var options = __webpack_require__(2342);
// EXTERNAL MODULE: ./src/fleet/fleet-options.ts
var fleet_options = __webpack_require__(6303);
;// CONCATENATED MODULE: ./src/fleet/fleet-file.ts







const SECRET_INPUTS = ['decryption-passphrase', 'age-identity'];
// GitHub keeps secret names in capitals (letters, digits, underscores, not starting with a digit or
// GITHUB_); a passphrase or an AGE-SECRET-KEY pasted here is almost never shaped like that.
const SECRET_NAME = /^(?!GITHUB_)[A-Z_][A-Z0-9_]{0,99}$/;
const SECRET_NAME_HINT = 'expected the name of a secret in capitals, like BACKUP_PASSPHRASE, not its value (the value given is not shown)';
const fleet_file_text = (v) => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v);
const scalar = (schema) => schemas/* preprocess */.vkY(fleet_file_text, schema);
const fleet_file_nonEmpty = schemas/* string */.YjP().trim().min(1, 'must not be empty');
const required = schemas/* string */.YjP({
    error: (issue) => (issue.input === undefined ? 'missing: every entry needs a name and a source' : undefined),
});
/** Every option an entry may set, validated as its input is; kept as text for the settings parsers. */
const ENTRY_OPTIONS = {
    database: scalar(fleet_file_nonEmpty),
    'warn-after': scalar((0,options/* zDuration */.tk)()),
    'critical-after': scalar((0,options/* zDuration */.tk)()),
    'min-size': scalar((0,options/* zSize */.gr)()),
    'max-shrink': scalar((0,options/* zPercent */._t)()),
    integrity: scalar((0,options/* zEnum */.kD)(INTEGRITY_LEVELS)),
    window: scalar((0,options/* zDuration */.tk)()),
    'min-retention': scalar((0,options/* zDuration */.tk)()),
    timezone: scalar((0,options/* zTimeZone */.CZ)()),
    's3-force-path-style': scalar((0,options/* zBoolean */.Rh)()),
    'postgres-bin-dir': scalar(fleet_file_nonEmpty),
    'rto-target': scalar((0,options/* zDuration */.tk)()),
    'rpo-target': scalar((0,options/* zDuration */.tk)()),
};
const secretName = scalar(schemas/* string */.YjP().regex(SECRET_NAME, SECRET_NAME_HINT));
const secretValueRefused = (input) => schemas/* unknown */.L5J().superRefine((_, ctx) => {
    ctx.addIssue({
        code: 'custom',
        message: `a secret's value does not belong in this file: name the secret with ${input}-secret: NAME and pass it to the step as an environment variable (the value given is not shown)`,
    });
});
const entrySchema = schemas/* strictObject */.rej({
    name: scalar(required.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/, 'expected letters, digits, ".", "_" or "-", like billing-eu')),
    source: scalar(required.trim().min(1, 'must not be empty')),
    ...Object.fromEntries(Object.entries(ENTRY_OPTIONS).map(([k, v]) => [k, v.optional()])),
    'decryption-passphrase-secret': secretName.optional(),
    'age-identity-secret': secretName.optional(),
    'decryption-passphrase': secretValueRefused('decryption-passphrase').optional(),
    'age-identity': secretValueRefused('age-identity').optional(),
    checks: checksSchema.optional(),
});
const fleetSchema = schemas/* strictObject */.rej({ databases: schemas/* array */.YOg(entrySchema).min(1, 'must list at least one database') });
const ENTRY_KEYS = [
    'name',
    'source',
    ...Object.keys(ENTRY_OPTIONS),
    'decryption-passphrase-secret',
    'age-identity-secret',
    'checks',
];
function allowedKeys(issuePath) {
    if (issuePath.length <= 1)
        return 'databases (or, for one database, tables, freshness, assertions, smoke, amcheck or roles)';
    if (issuePath.length === 3)
        return ENTRY_KEYS.join(', ');
    // databases[i].checks.…: the checks file's own keys.
    return expectedKeys(issuePath.slice(3));
}
/** Parses either form; the single-database form is exactly today's checks file. */
function parseLifeboatFile(text, file) {
    const { doc, lineCounter, data, label } = parseYaml(text, file);
    if (!data || typeof data !== 'object' || Array.isArray(data) || !('databases' in data)) {
        // The single-database form keeps its own parser and messages.
        return { path: file, checks: parseChecksFile(text, file) };
    }
    const parsed = fleetSchema.safeParse(data);
    if (!parsed.success)
        throw schemaError(doc, lineCounter, label, parsed.error.issues[0], allowedKeys);
    const seen = new Set();
    const databases = parsed.data.databases.map((e, i) => {
        if (seen.has(e.name)) {
            throw schemaError(doc, lineCounter, label, {
                code: 'custom',
                path: ['databases', i, 'name'],
                message: `"${e.name}" names an earlier entry too`,
                input: e.name,
            }, allowedKeys);
        }
        seen.add(e.name);
        const options = {};
        for (const key of ['source', ...Object.keys(ENTRY_OPTIONS)]) {
            const raw = data.databases[i][key];
            if (raw !== undefined && raw !== null)
                options[key] = String(raw);
        }
        return {
            name: e.name,
            options,
            secrets: {
                ...(e['decryption-passphrase-secret'] ? { 'decryption-passphrase': e['decryption-passphrase-secret'] } : {}),
                ...(e['age-identity-secret'] ? { 'age-identity': e['age-identity-secret'] } : {}),
            },
            ...(e.checks ? { checks: toChecksFile(e.checks, `${file} (${e.name})`) } : {}),
        };
    });
    return { path: file, databases };
}
/** Reads the file; a missing default file is undefined, a file named explicitly must exist. */
async function loadLifeboatFile(file, opts) {
    const text = await readConfigText(file, { ...opts, inputName: opts.inputName ?? 'config' });
    return text === undefined ? undefined : parseLifeboatFile(text, file);
}
/** The entry called `name`, or one line listing the names there are. */
function selectEntry(file, name) {
    if (!file.databases) {
        throw new errors/* InputError */.d(`Invalid name "${name}": ${file.path} lists no databases: (it holds one database's checks)`);
    }
    const entry = file.databases.find((e) => e.name === name);
    if (!entry) {
        throw new errors/* InputError */.d(`Invalid name "${name}": expected one of ${file.databases.map((e) => e.name).join(', ')} (the databases of ${file.path})`);
    }
    return entry;
}
/**
 * The raw options of one entry's run: the entry's values over the inputs/flags, and each secret it
 * names read from the environment variable of that name (unless the input itself carries a value).
 */
function entryOptions(entry, raw, env) {
    const merged = { ...raw, ...entry.options };
    for (const input of SECRET_INPUTS) {
        const secret = entry.secrets[input];
        if (!secret || raw[input])
            continue;
        const value = env[secret];
        if (!value) {
            throw new errors/* InputError */.d(`database ${entry.name}: ${input}-secret names ${secret}, but no environment variable ${secret} is set; ` +
                `give the step env: ${secret}: \${{ secrets.${secret} }}`);
        }
        (0,secrets/* addSecret */.Ck)(value);
        merged[input] = value;
    }
    return merged;
}
/** What `strategy.matrix` takes: one job per database, each selecting its entry with `name`. */
function matrixOf(file) {
    if (!file.databases)
        throw new InputError(`${file.path} lists no databases: nothing to fan out`);
    return { include: file.databases.map((e) => ({ name: e.name })) };
}
/**
 * With `name` set, the raw options of that entry's run (entryOptions); without, `raw` as it is.
 * A file named by `name` must exist, so a typo in its path is not "no databases".
 */
async function withFleetEntry(raw, opts) {
    const name = raw.name?.trim();
    if (!name)
        return { raw };
    const file = await loadLifeboatFile(opts.file || fleet_options/* DEFAULT_CONFIG_FILE */.Cu, { explicit: true, cwd: opts.cwd });
    const entry = selectEntry(file, name);
    return { raw: entryOptions(entry, raw, opts.env), entry };
}


/***/ })

};
