export const id = 789;
export const ids = [789];
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

/***/ 1145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fp: () => (/* binding */ DURATION_HINT),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   lW: () => (/* binding */ parseDurationSeconds)
/* harmony export */ });
/* unused harmony export requireDuration */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);

const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
const DURATION = /^(?:\d+(?:\.\d+)?[smhdw])+$/;
const DURATION_HINT = 'a duration like 90m, 23h, 14d or 1h30m';
/** Parses `90m`, `23h`, `14d`, `1h30m` into seconds; returns undefined when the text is not one. */
function parseDurationSeconds(text) {
    const t = text.trim().toLowerCase();
    if (!DURATION.test(t))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of t.matchAll(/(\d+(?:\.\d+)?)([smhdw])/g)) {
        total += Number(amount) * UNIT_SECONDS[unit];
    }
    return total;
}
function requireDuration(input, text) {
    const seconds = parseDurationSeconds(text);
    if (seconds === undefined) {
        throw new InputError(`Invalid ${input} "${text}": expected ${DURATION_HINT}.`);
    }
    return seconds;
}
/** `93600` → `26h`, `5400` → `1h30m`, `90` → `1m30s`: the inverse of parseDurationSeconds for messages. */
function formatDuration(seconds) {
    const sign = seconds < 0 ? '-' : '';
    let s = Math.round(Math.abs(seconds));
    if (s === 0)
        return '0s';
    const parts = [];
    const days = Math.floor(s / 86400);
    // Up to 3 days, hours read better than days ("49h old" matches the 23h/25h thresholds).
    if (days >= 3) {
        parts.push(`${days}d`);
        s -= days * 86400;
    }
    const hours = Math.floor(s / 3600);
    if (hours)
        parts.push(`${hours}h`);
    s -= hours * 3600;
    const minutes = Math.floor(s / 60);
    if (minutes)
        parts.push(`${minutes}m`);
    s -= minutes * 60;
    // Seconds are noise next to hours ("40h1s"); they matter only for short spans.
    if (s && hours === 0 && days === 0 && parts.length < 2)
        parts.push(`${s}s`);
    return sign + parts.slice(0, 2).join('');
}


/***/ }),

/***/ 8031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ parseOptions),
/* harmony export */   CZ: () => (/* binding */ zTimeZone),
/* harmony export */   DP: () => (/* binding */ zOptionalDuration),
/* harmony export */   Lx: () => (/* binding */ discoveryOptions),
/* harmony export */   NF: () => (/* binding */ decryptionFromEnv),
/* harmony export */   OP: () => (/* binding */ commonOptions),
/* harmony export */   Rh: () => (/* binding */ zBoolean),
/* harmony export */   _t: () => (/* binding */ zPercent),
/* harmony export */   dg: () => (/* binding */ registerSecrets),
/* harmony export */   gr: () => (/* binding */ zSize),
/* harmony export */   kD: () => (/* binding */ zEnum),
/* harmony export */   kM: () => (/* binding */ decryptionOptions),
/* harmony export */   tk: () => (/* binding */ zDuration)
/* harmony export */ });
/* unused harmony export withDefaults */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8532);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4537);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1145);
/* harmony import */ var _size_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7232);





/**
 * Registers every secret among raw options before anything can echo them: values of `secret`
 * options whole, and the password of any URL-valued option (database-url, target).
 */
function registerSecrets(specs, raw) {
    for (const [name, value] of Object.entries(raw)) {
        if (!value)
            continue;
        if (specs[name]?.secret)
            (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .addSecret */ .Ck)(value);
        if (value.includes('://'))
            (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .addUrlSecrets */ .EI)(value);
    }
}
/** Applies defaults; empty strings count as "not given" (GitHub passes unset inputs as ""). */
function withDefaults(specs, raw) {
    const out = {};
    for (const [name, spec] of Object.entries(specs)) {
        const given = raw[name];
        const value = given === undefined || given === '' ? spec.default : given;
        out[name] = value === '' ? undefined : value;
    }
    return out;
}
/**
 * Parses raw options with a zod schema whose keys are the option names; the first problem becomes
 * one InputError line naming the option, the value and what is accepted.
 */
function parseOptions(specs, schema, raw) {
    const values = withDefaults(specs, raw);
    for (const [name, spec] of Object.entries(specs)) {
        if (spec.required && (values[name] === undefined || values[name] === '')) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`Missing ${name}: ${spec.description}`);
        }
    }
    const parsed = schema.safeParse(values);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0] ?? 'input');
    const value = values[name];
    const shown = value === undefined ? '' : ` "${value.length > 80 ? `${value.slice(0, 80)}…` : value}"`;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`Invalid ${name}${shown}: ${issue.message}`);
}
const zDuration = (opts = {}) => zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().transform((text, ctx) => {
    const seconds = (0,_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDurationSeconds */ .lW)(text);
    if (seconds === undefined || (!opts.allowZero && seconds <= 0)) {
        ctx.addIssue({ code: 'custom', message: `expected ${_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .DURATION_HINT */ .Fp}` });
        return zod__WEBPACK_IMPORTED_MODULE_5__/* .NEVER */ .tm;
    }
    return seconds;
});
const zOptionalDuration = () => zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional().pipe(zDuration().optional());
const zSize = () => zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().transform((text, ctx) => {
    const bytes = (0,_size_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSizeBytes */ .kl)(text);
    if (bytes === undefined) {
        ctx.addIssue({ code: 'custom', message: `expected ${_size_js__WEBPACK_IMPORTED_MODULE_3__/* .SIZE_HINT */ .aE}` });
        return zod__WEBPACK_IMPORTED_MODULE_5__/* .NEVER */ .tm;
    }
    return bytes;
});
const zPercent = () => zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().transform((text, ctx) => {
    const m = /^(\d+(?:\.\d+)?)\s*%?$/.exec(text.trim());
    const v = m ? Number(m[1]) : NaN;
    if (!m || v < 0 || v > 100) {
        ctx.addIssue({ code: 'custom', message: 'expected a percentage from 0% to 100%, like 50%' });
        return zod__WEBPACK_IMPORTED_MODULE_5__/* .NEVER */ .tm;
    }
    return v / 100;
});
const zBoolean = () => zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
    .optional()
    .transform((text, ctx) => {
    if (text === undefined)
        return false;
    const t = text.trim().toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(t))
        return true;
    if (['false', 'no', '0', 'off', ''].includes(t))
        return false;
    ctx.addIssue({ code: 'custom', message: 'expected true or false' });
    return zod__WEBPACK_IMPORTED_MODULE_5__/* .NEVER */ .tm;
});
const zEnum = (values) => zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().transform((text, ctx) => {
    const t = text.trim().toLowerCase();
    if (!values.includes(t)) {
        ctx.addIssue({ code: 'custom', message: `expected one of ${values.join(', ')}` });
        return zod__WEBPACK_IMPORTED_MODULE_5__/* .NEVER */ .tm;
    }
    return t;
});
/** How a store's backups are found: the same for verify, drill, restore and extract. */
const discoveryOptions = {
    database: { description: 'Only backups of this database, when a prefix holds several.', default: '' },
    timezone: { description: 'Time zone of timestamps in backup names that carry none (IANA name).', default: 'UTC' },
    's3-force-path-style': {
        description: 'Use path-style S3 addressing (MinIO, some S3-compatible stores).',
        default: 'false',
    },
};
const zTimeZone = () => zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().refine((zone) => {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return true;
    }
    catch {
        return false;
    }
}, { message: 'expected an IANA time zone like UTC or Europe/Berlin' });
/** Keys of encrypted backups: verify and drill decrypt in the stream (the passphrase is never written anywhere). */
const decryptionOptions = {
    'decryption-passphrase': {
        description: 'Passphrase of encrypted backups (gpg --symmetric, openssl enc, age -p), from a secret; decrypted in the stream, never written to disk.',
        default: '',
        secret: true,
    },
    'age-identity': {
        description: 'age identity (AGE-SECRET-KEY-1… lines) of age-encrypted backups, from a secret.',
        default: '',
        secret: true,
    },
};
/** The CLI reads keys from the environment too, so they stay out of `ps` and shell history. */
function decryptionFromEnv(raw, env) {
    raw['decryption-passphrase'] ??= env.LIFEBOAT_DECRYPTION_PASSPHRASE;
    raw['age-identity'] ??= env.LIFEBOAT_AGE_IDENTITY;
}
/** Options every command shares. */
const commonOptions = {
    'fail-on': {
        description: 'Which verdict fails the step / exits non-zero: critical, warning or never.',
        default: 'critical',
    },
    'report-path': {
        description: 'Where to write the JSON report.',
        default: 'lifeboat-report.json',
        only: 'action',
    },
    json: { description: 'Print the JSON report on stdout instead of the human summary.', boolean: true, only: 'cli' },
    'github-token': {
        description: 'Token for filing issues and reading workflow runs (needs issues: write, actions: read).',
        default: '${{ github.token }}',
        only: 'action',
        secret: true,
    },
    issue: {
        description: 'Open, update and close a GitHub issue per failing subject.',
        default: 'true',
        only: 'action',
    },
    'issue-labels': { description: 'Extra labels for filed issues (comma-separated).', default: '', only: 'action' },
    'issue-assignees': { description: 'Users assigned to new issues (comma-separated).', default: '', only: 'action' },
};


/***/ }),

/***/ 7232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aE: () => (/* binding */ SIZE_HINT),
/* harmony export */   kl: () => (/* binding */ parseSizeBytes),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
const UNITS = {
    '': 1,
    b: 1,
    k: 1024,
    kb: 1000,
    kib: 1024,
    m: 1024 ** 2,
    mb: 1000 ** 2,
    mib: 1024 ** 2,
    g: 1024 ** 3,
    gb: 1000 ** 3,
    gib: 1024 ** 3,
    t: 1024 ** 4,
    tb: 1000 ** 4,
    tib: 1024 ** 4,
};
const SIZE_HINT = 'a size like 1024, 1KiB, 10MB or 2GiB';
/** Parses `1KiB`, `10MB`, `512` into bytes; returns undefined when the text is not a size. */
function parseSizeBytes(text) {
    const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
    if (!m)
        return undefined;
    const unit = UNITS[m[2].toLowerCase()];
    if (unit === undefined)
        return undefined;
    return Math.round(Number(m[1]) * unit);
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let v = bytes;
    let i = -1;
    do {
        v /= 1024;
        i++;
    } while (v >= 1024 && i < units.length - 1);
    return `${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ${units[i]}`;
}


/***/ })

};
