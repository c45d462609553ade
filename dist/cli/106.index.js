export const id = 106;
export const ids = [106,648];
export const modules = {

/***/ 3591:
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
        return { container: 'unknown', compression: layer, layers: [layer], description: `${layer}-compressed data` };
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
/** What `pg_dump -Fd` writes into its directory (data files may be gzip, lz4 or zstd compressed). */
const DIRECTORY_FILE = /^(toc\.dat|\d+\.dat|blob_\d+\.dat|blobs(_\d+)?\.toc)(\.gz|\.lz4|\.zst)?$/;
/** A tar whose first file (after directory entries) is one pg_dump -Fd writes: `tar -c dump/`. */
function isTarredDirectory(head) {
    let at = 0;
    for (let member = 0; member < 8 && at + 512 <= head.length; member++) {
        const h = head.subarray(at, at + 512);
        if (h.subarray(257, 262).toString('latin1') !== 'ustar')
            return false;
        const name = tarEntryName(h).replace(/\/$/, '');
        if (h[156] !== 0x35 /* '5': a directory */)
            return DIRECTORY_FILE.test(name.replace(/^.*\//, ''));
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

/***/ 5648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  entryOptions: () => (/* binding */ entryOptions),
  loadLifeboatFile: () => (/* binding */ loadLifeboatFile),
  matrixOf: () => (/* binding */ matrixOf),
  parseLifeboatFile: () => (/* binding */ parseLifeboatFile),
  selectEntry: () => (/* binding */ selectEntry),
  withFleetEntry: () => (/* binding */ withFleetEntry)
});

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
// EXTERNAL MODULE: ./src/restore/role-specs.ts
var role_specs = __webpack_require__(2901);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/drill/checks-file.ts







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

// EXTERNAL MODULE: ./src/integrity/integrity-pass.ts + 2 modules
var integrity_pass = __webpack_require__(2845);
// EXTERNAL MODULE: ./src/settings/options.ts + 2 modules
var options = __webpack_require__(266);
// EXTERNAL MODULE: ./src/fleet/fleet-options.ts
var fleet_options = __webpack_require__(6303);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
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
    integrity: scalar((0,options/* zEnum */.kD)(integrity_pass/* INTEGRITY_LEVELS */.a)),
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
        throw new errors/* InputError */.d(`${file.path} lists no databases: nothing to fan out`);
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


/***/ }),

/***/ 2901:
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


/***/ })

};
