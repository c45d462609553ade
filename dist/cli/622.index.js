export const id = 622;
export const ids = [622];
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

/***/ 608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseVerifySettings: () => (/* binding */ parseVerifySettings),
/* harmony export */   verifyOptions: () => (/* binding */ verifyOptions)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2857);
/* harmony import */ var _integrity_integrity_pass_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2845);
/* harmony import */ var _drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5708);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2011);
/* harmony import */ var _settings_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(266);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _fleet_fleet_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6303);







const verifyOptions = {
    source: {
        description: 'Where the backups live: a folder path, file:///path, s3://bucket/prefix, or a railway:// URL for Railway volume backups (metadata only).',
        required: true,
    },
    backup: {
        description: 'Which backup to judge: latest, an exact key, or before:<ISO time> (the newest taken before then, as the drill picks it).',
        default: 'latest',
    },
    'warn-after': { description: 'Warn when the newest backup is older than this.', default: '23h' },
    'critical-after': {
        description: 'Critical when the newest backup is older than this; also the largest allowed gap between backups.',
        default: '25h',
    },
    'min-size': { description: 'Critical when the newest backup is smaller than this.', default: '1KiB' },
    'max-shrink': {
        description: 'Warn when the newest backup is this much smaller than the median of the previous 7.',
        default: '50%',
    },
    integrity: {
        description: 'How deep to check the newest backup: none, checksum, archive (TOC parses) or full (every data block).',
        default: 'full',
    },
    window: { description: 'How far back to look for gaps between backups.', default: '14d' },
    'min-retention': {
        description: 'Warn unless the oldest backup is at least this old (e.g. 14d). Off when empty.',
        default: '',
    },
    ..._settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .discoveryOptions */ .Lx,
    'postgres-bin-dir': {
        description: 'Directory with the PostgreSQL client tools (pg_restore); found automatically when empty.',
        default: '',
    },
    ..._settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .decryptionOptions */ .kM,
    'drill-workflow': {
        description: 'Workflow file of the restore drill, for the drill-age check.',
        default: 'restore-drill.yml',
        only: 'action',
    },
    'drill-max-age': {
        description: 'Warn when the last successful restore drill is older than this; a drill never run is a notice until this long after the first verify. off: no drill-age check.',
        default: '92d',
        only: 'action',
    },
    'issue-history': {
        description: 'Also file an issue for the history checks (gaps, retention); by default they are only reported.',
        default: 'false',
        only: 'action',
    },
    ..._fleet_fleet_options_js__WEBPACK_IMPORTED_MODULE_4__/* .fleetOptions */ .Lk,
    ..._fleet_fleet_options_js__WEBPACK_IMPORTED_MODULE_4__/* .fleetCliOptions */ .Pk,
    ..._settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .commonOptions */ .OP,
};
const schema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    source: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().trim().min(1),
    backup: (0,_drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_1__.zBackup)(),
    'warn-after': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zDuration */ .tk)(),
    'critical-after': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zDuration */ .tk)(),
    'min-size': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zSize */ .gr)(),
    'max-shrink': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zPercent */ ._t)(),
    integrity: (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zEnum */ .kD)(_integrity_integrity_pass_js__WEBPACK_IMPORTED_MODULE_0__/* .INTEGRITY_LEVELS */ .a),
    window: (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zDuration */ .tk)(),
    'min-retention': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zOptionalDuration */ .DP)(),
    database: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    timezone: (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zTimeZone */ .CZ)(),
    's3-force-path-style': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zBoolean */ .Rh)(),
    'postgres-bin-dir': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zBinDir */ .jn)(['pg_restore']),
    'decryption-passphrase': zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    'age-identity': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zAgeIdentity */ .Aq)(),
    'drill-workflow': zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    'drill-max-age': zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
        .optional()
        .transform((text) => (text?.trim().toLowerCase() === 'off' ? undefined : text))
        .pipe((0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zDuration */ .tk)().optional()),
    'fail-on': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zEnum */ .kD)(['critical', 'warning', 'never']),
    'report-path': zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
})
    .loose();
function parseVerifySettings(raw) {
    const v = (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .parseOptions */ .Ac)(verifyOptions, schema, raw);
    if (v['warn-after'] > v['critical-after']) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`Invalid warn-after "${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatDuration */ .a3)(v['warn-after'])}": must not be greater than critical-after (${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatDuration */ .a3)(v['critical-after'])}).`);
    }
    return {
        source: v.source,
        backup: v.backup,
        warnAfterSeconds: v['warn-after'],
        criticalAfterSeconds: v['critical-after'],
        minSizeBytes: v['min-size'],
        maxShrink: v['max-shrink'],
        integrity: v.integrity,
        windowSeconds: v.window,
        minRetentionSeconds: v['min-retention'],
        database: v.database || undefined,
        timezone: v.timezone,
        s3ForcePathStyle: v['s3-force-path-style'],
        postgresBinDir: v['postgres-bin-dir'] || undefined,
        decryptionPassphrase: v['decryption-passphrase'] || undefined,
        ageIdentity: v['age-identity'] || undefined,
        failOn: v['fail-on'],
        reportPath: v['report-path'] || undefined,
        drillWorkflow: v['drill-workflow'] || undefined,
        drillMaxAgeSeconds: v['drill-max-age'],
    };
}


/***/ })

};
