export const id = 327;
export const ids = [327];
export const modules = {

/***/ 2024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BW: () => (/* binding */ lifeboatSeriesOf),
/* harmony export */   Q0: () => (/* binding */ safeDatabaseName),
/* harmony export */   _z: () => (/* binding */ isLifeboatBackupKey),
/* harmony export */   gv: () => (/* binding */ seriesPrefix),
/* harmony export */   vZ: () => (/* binding */ backupKeyFor)
/* harmony export */ });
/* unused harmony exports BACKUP_EXTENSION, timestampForKey */
/**
 * Names of the objects create-backup writes. The stamp is `Date.toISOString()` with `:` and `.`
 * replaced by `-` (`app_2025-01-18T02-00-00-000Z.dump`): it sorts lexically in time order, is legal
 * on every file system and in S3 keys, and backup-time.ts reads it back exactly (milliseconds, UTC).
 */
const BACKUP_EXTENSION = '.dump';
// The exact shape Lifeboat writes; verify uses it to recognise its own backups that lack a manifest.
const LIFEBOAT_STAMP = /_(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.dump$/;
function timestampForKey(time) {
    return time.toISOString().replace(/[:.]/g, '-');
}
/**
 * Characters that would split a key into folders or upset a shell or a console are replaced, the
 * rest of the name is kept so that `database` filters (`<db>_…`) still match ordinary names.
 */
function safeDatabaseName(database) {
    const cleaned = database.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^\.+/, '');
    return cleaned === '' ? 'database' : cleaned;
}
function backupKeyFor(namePrefix, database, time) {
    return `${namePrefix}${safeDatabaseName(database)}_${timestampForKey(time)}${BACKUP_EXTENSION}`;
}
/** Whether a key has the shape of a backup create-backup wrote (whatever the prefix and database). */
function isLifeboatBackupKey(key) {
    return LIFEBOAT_STAMP.test(key.slice(key.lastIndexOf('/') + 1));
}
/** `prod/app_2025-…Z.dump` → `prod/app`: the key without its stamp, or undefined for other keys. */
function lifeboatSeriesOf(key) {
    return isLifeboatBackupKey(key) ? key.replace(LIFEBOAT_STAMP, '') : undefined;
}
/** The part of a key that identifies one database's series under one name prefix. */
function seriesPrefix(namePrefix, database) {
    return `${namePrefix}${safeDatabaseName(database)}_`;
}


/***/ }),

/***/ 1877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ cliLogger)
/* harmony export */ });
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4537);

/** The CLI talks on stderr so that stdout carries only the report (`--json` output stays parseable). */
function cliLogger(stream = process.stderr, opts = {}) {
    const write = (prefix, message) => stream.write(`${prefix}${(0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(message)}\n`);
    return {
        info: (m) => (opts.quiet ? undefined : write('', m)),
        warning: (m) => write('warning: ', m),
        error: (m) => write('error: ', m),
        progress: (m) => (opts.quiet ? undefined : write('… ', m)),
    };
}


/***/ }),

/***/ 8277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P0: () => (/* binding */ databaseFromName),
  jN: () => (/* binding */ discoverBackups)
});

// UNUSED EXPORTS: isBackupCandidate

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/discovery/backup-time.ts

const MONTHS = {
    jan: 1,
    january: 1,
    feb: 2,
    february: 2,
    mar: 3,
    march: 3,
    apr: 4,
    april: 4,
    may: 5,
    jun: 6,
    june: 6,
    jul: 7,
    july: 7,
    aug: 8,
    august: 8,
    sep: 9,
    sept: 9,
    september: 9,
    oct: 10,
    october: 10,
    nov: 11,
    november: 11,
    dec: 12,
    december: 12,
};
const MONTH_NAMES = Object.keys(MONTHS)
    .sort((a, b) => b.length - a.length)
    .join('|');
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const num = (s, fallback = 0) => (s === undefined || s === '' ? fallback : Number(s));
function zone(s) {
    if (!s)
        return undefined;
    if (/^z$/i.test(s))
        return 0;
    const m = /^([+-])(\d{2}):?(\d{2})$/.exec(s);
    if (!m)
        return undefined;
    return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}
function fraction(s) {
    if (!s)
        return 0;
    return Math.floor(Number(`0.${s}`) * 1000);
}
/** Groups 1–6 are year, month, day, hour, minute, second; then the zone and the fraction, where the pattern has them. */
function numericParts(m, zoneGroup, fractionGroup) {
    return {
        year: num(m[1]),
        month: num(m[2]),
        day: num(m[3]),
        hour: num(m[4]),
        minute: num(m[5]),
        second: num(m[6]),
        ms: fractionGroup === undefined ? 0 : fraction(m[fractionGroup]),
        offsetMinutes: zone(m[zoneGroup]),
    };
}
// `(?<!\d)` / `(?!\d)` keep a timestamp from being carved out of a longer number (sizes, uuids, epochs).
const PATTERNS = [
    {
        // 2025-01-18T05:00:00Z, 2025-01-18T05:00:00.123Z, 2025-01-18T05-00-00-000Z, 2025-01-18_05-00-00,
        // 2025-01-18 05:00, 2025-01-18T05:00:00+02:00
        regex: /(?<!\d)(\d{4})-(\d{2})-(\d{2})[T_ ](\d{2})[:-](\d{2})(?:[:-](\d{2})(?:[.-](\d{1,9})(?![\d:]))?)?(?!\d)(Z|[+-]\d{2}:?\d{2}(?!\d))?/gi,
        parse: (m) => numericParts(m, 8, 7),
    },
    {
        // 20250118-050000, 20250118T050000Z, 20250118_050000, 20250118050000
        regex: /(?<!\d)(\d{4})(\d{2})(\d{2})[T_-]?(\d{2})(\d{2})(\d{2})(?!\d)(Z)?/gi,
        parse: (m) => numericParts(m, 7),
    },
    {
        // kartoza: 18-January-2025-05-00 (also 18-Jan-2025, and an optional seconds field)
        regex: new RegExp(`(?<!\\d)(\\d{1,2})-(${MONTH_NAMES})-(\\d{4})(?:-(\\d{2})-(\\d{2})(?:-(\\d{2}))?)?(?!\\d)`, 'gi'),
        parse: (m) => ({
            year: num(m[3]),
            month: MONTHS[m[2].toLowerCase()],
            day: num(m[1]),
            hour: num(m[4]),
            minute: num(m[5]),
            second: num(m[6]),
            ms: 0,
        }),
    },
    {
        // 2025-01-18 (midnight)
        regex: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g,
        parse: (m) => ({ year: num(m[1]), month: num(m[2]), day: num(m[3]), hour: 0, minute: 0, second: 0, ms: 0 }),
    },
    {
        // 20250118 (midnight); the year range check below keeps arbitrary 8-digit numbers out.
        regex: /(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/g,
        weak: true,
        parse: (m) => ({ year: num(m[1]), month: num(m[2]), day: num(m[3]), hour: 0, minute: 0, second: 0, ms: 0 }),
    },
];
/**
 * The moment a backup was taken, read from its name: the last timestamp-looking run in the
 * basename (a folder named `2025/January/` or a database called `db2024` must not win over the
 * file's own stamp). Undefined when there is none or it names an impossible moment (month 13,
 * Feb 30): a wrong time would be worse than falling back to last-modified.
 *
 * A stamp without a zone is UTC unless `timezone` (IANA, e.g. `Europe/Berlin`) says otherwise.
 */
function timeFromName(key, opts = {}) {
    const timezone = opts.timezone;
    if (timezone !== undefined)
        assertTimezone(timezone);
    // pgbackweb appends a uuid after the stamp; its all-digit groups must not pass for dates.
    const base = key.slice(key.lastIndexOf('/') + 1).replace(UUID, (u) => 'x'.repeat(u.length));
    const candidates = [];
    for (const pattern of PATTERNS) {
        pattern.regex.lastIndex = 0;
        for (const m of base.matchAll(pattern.regex)) {
            const parts = pattern.parse(m);
            if (pattern.weak && !isPossible(parts))
                continue;
            candidates.push({ start: m.index, end: m.index + m[0].length, parts });
        }
    }
    if (candidates.length === 0)
        return undefined;
    // Last to end wins; of runs ending together, the longer one (it carries the time of day).
    candidates.sort((a, b) => b.end - a.end || a.start - b.start);
    const best = candidates[0].parts;
    if (!isPossible(best))
        return undefined;
    const wall = Date.UTC(best.year, best.month - 1, best.day, best.hour, best.minute, best.second, best.ms);
    if (best.offsetMinutes !== undefined)
        return new Date(wall - best.offsetMinutes * 60_000);
    if (!timezone || isUtc(timezone))
        return new Date(wall);
    return new Date(wall - zoneOffsetMinutes(timezone, wall) * 60_000);
}
function isPossible(p) {
    if (p.year < 1970 || p.year > 2199)
        return false;
    if (p.month < 1 || p.month > 12)
        return false;
    const daysInMonth = new Date(Date.UTC(p.year, p.month, 0)).getUTCDate();
    if (p.day < 1 || p.day > daysInMonth)
        return false;
    // 24:00 is valid ISO for "end of day" but no backup tool writes it; 60 would be a leap second.
    return p.hour <= 23 && p.minute <= 59 && p.second <= 59;
}
function isUtc(timezone) {
    return /^(utc|gmt|z|etc\/utc|etc\/gmt)$/i.test(timezone);
}
const formatters = new Map();
function formatter(timezone) {
    let f = formatters.get(timezone);
    if (!f) {
        f = new Intl.DateTimeFormat('en-US', {
            timeZone: timezone,
            hourCycle: 'h23',
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
        });
        formatters.set(timezone, f);
    }
    return f;
}
function assertTimezone(timezone) {
    try {
        formatter(timezone);
    }
    catch {
        throw new errors/* InputError */.d(`Invalid timezone "${timezone}": expected an IANA time zone such as UTC or Europe/Berlin`);
    }
}
/** Offset of `timezone` from UTC, in minutes, at the UTC instant `utcMs`. */
function offsetAt(timezone, utcMs) {
    const parts = {};
    for (const part of formatter(timezone).formatToParts(new Date(utcMs))) {
        if (part.type !== 'literal')
            parts[part.type] = Number(part.value);
    }
    const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
    return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}
/**
 * Offset to apply to a wall-clock time in `timezone` (given as if it were UTC). Two passes settle
 * DST transitions: the offset at the guessed instant may differ from the one at the true instant.
 * A wall time inside a spring-forward gap resolves to the later offset, as most tools do.
 */
function zoneOffsetMinutes(timezone, wallMs) {
    const first = offsetAt(timezone, wallMs);
    const second = offsetAt(timezone, wallMs - first * 60_000);
    return second;
}

// EXTERNAL MODULE: ./src/discovery/detect-format.ts
var detect_format = __webpack_require__(3591);
// EXTERNAL MODULE: ./src/discovery/manifest.ts
var discovery_manifest = __webpack_require__(281);
;// CONCATENATED MODULE: ./src/discovery/discover.ts



// Extensions pg_dump, gzip/zip/zstd/…, gpg/openssl/age and the usual scripts give a backup.
const BACKUP_EXTENSIONS = new Set([
    'dump',
    'dmp',
    'backup',
    'pgdump',
    'sql',
    'psql',
    'pgsql',
    'tar',
    'tgz',
    'gz',
    'zip',
    'gpg',
    'pgp',
    'asc',
    'enc',
    'age',
    'zst',
    'zstd',
    'lz4',
    'bz2',
    'xz',
]);
const MANIFEST_READ_CONCURRENCY = 4;
/**
 * A key is a backup candidate by its extension, or by having none at all (Databasus stores
 * `<uuid>` objects). README.md, logs, notes and stray JSON are not, so they never become "the
 * newest backup". Whether a candidate really is a PostgreSQL backup is detectFormat's job.
 */
function isBackupCandidate(key) {
    if (key === '' || key.endsWith('/'))
        return false;
    if ((0,detect_format/* sidecarKind */.o8)(key) !== undefined)
        return false;
    const base = basename(key);
    if (base === '' || base.startsWith('.'))
        return false;
    const extension = extensionOf(base);
    return extension === undefined || BACKUP_EXTENSIONS.has(extension);
}
/**
 * Lists a store and returns its backups, newest first, with their sidecars paired and their time
 * taken from (in order) the manifest, the name, the object's last-modified time.
 */
async function discoverBackups(store, opts = {}) {
    const objects = [];
    for await (const object of store.list())
        objects.push(object);
    const backups = new Map();
    for (const object of objects) {
        if (!isBackupCandidate(object.key))
            continue;
        if (opts.database !== undefined && !belongsToDatabase(object.key, opts.database))
            continue;
        const fromName = timeFromName(object.key, { timezone: opts.timezone });
        backups.set(object.key, {
            key: object.key,
            size: object.size,
            lastModified: object.lastModified,
            time: fromName ?? object.lastModified,
            timeSource: fromName ? 'name' : 'last-modified',
            sidecars: {},
        });
    }
    for (const object of objects) {
        const kind = (0,detect_format/* sidecarKind */.o8)(object.key);
        const owner = (0,detect_format/* sidecarOwner */.$q)(object.key);
        if (!kind || owner === undefined)
            continue;
        const backup = backups.get(owner);
        if (backup)
            backup.sidecars[kind] = object.key;
    }
    const sorted = sortNewestFirst([...backups.values()]);
    const limit = opts.readManifests ?? 10;
    const withManifest = sorted.filter((b) => b.sidecars.manifest !== undefined).slice(0, Math.max(0, limit));
    await forEachLimited(withManifest, MANIFEST_READ_CONCURRENCY, async (backup) => {
        try {
            const manifest = await (0,discovery_manifest/* readManifest */.WI)(store, backup.sidecars.manifest);
            if (!manifest)
                return;
            backup.manifest = manifest;
            backup.time = new Date(manifest.created_at);
            backup.timeSource = 'manifest';
        }
        catch (error) {
            // One bad manifest must not hide every other backup; the verify report shows this message.
            backup.manifestError = error instanceof Error ? error.message : String(error);
        }
    });
    return sortNewestFirst(sorted);
}
/**
 * The database a backup's name says it holds (`app_2025-…`, `app-2025…`, `PG_app.18-January-…`),
 * or undefined when the name carries none (`backup-…`, `dump-…`, uuid keys).
 */
function databaseFromName(key) {
    const base = basename(key);
    const kartoza = /^PG_(.+?)\./.exec(base);
    if (kartoza)
        return kartoza[1];
    // Only a name that carries a timestamp has a database prefix in front of it; uuid keys have none.
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(base) || timeFromName(base) === undefined)
        return undefined;
    const prefixed = /^(.+?)[_-](?=\d{4}-?\d{2}-?\d{2})/.exec(base);
    if (!prefixed)
        return undefined;
    return GENERIC_PREFIXES.has(prefixed[1].toLowerCase()) ? undefined : prefixed[1];
}
// Names tools give every backup regardless of the database in it.
const GENERIC_PREFIXES = new Set(['backup', 'backups', 'dump', 'pg_dump', 'pgdump', 'db-backup', 'postgres-backup']);
function belongsToDatabase(key, database) {
    const base = basename(key);
    return base.startsWith(`${database}_`) || base.startsWith(`${database}-`) || base.startsWith(`PG_${database}.`);
}
function sortNewestFirst(backups) {
    // Ties (same second in the name) fall back to upload time, then key, so the order is stable.
    return backups.sort((a, b) => b.time.getTime() - a.time.getTime() ||
        b.lastModified.getTime() - a.lastModified.getTime() ||
        (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
}
function basename(key) {
    return key.slice(key.lastIndexOf('/') + 1);
}
/** A real extension is short and alphanumeric; `.123Z` or `.18-January-2025` is part of a timestamp. */
function extensionOf(base) {
    const dot = base.lastIndexOf('.');
    if (dot <= 0)
        return undefined;
    const extension = base.slice(dot + 1).toLowerCase();
    return /^[a-z][a-z0-9]{0,9}$/.test(extension) ? extension : undefined;
}
async function forEachLimited(items, limit, work) {
    let next = 0;
    const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
        while (next < items.length) {
            const item = items[next++];
            await work(item);
        }
    });
    await Promise.all(workers);
}


/***/ }),

/***/ 281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $G: () => (/* binding */ lifeboatManifestSchema),
/* harmony export */   Sn: () => (/* binding */ MANIFEST_FORMAT),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   en: () => (/* binding */ manifestKeyOf),
/* harmony export */   xW: () => (/* binding */ readSha256Sidecar),
/* harmony export */   y_: () => (/* binding */ sha256KeyOf)
/* harmony export */ });
/* unused harmony exports SidecarError, parseManifest, parseSha256Sidecar */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4377);
/* harmony import */ var _stores_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4703);


const MANIFEST_FORMAT = 'lifeboat-manifest/1';
const sha256Hex = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/i, 'expected 64 hexadecimal characters');
/**
 * Lifeboat's `<key>.manifest.json` (PRODUCT.md §7), written last by create-backup: its presence
 * means the backup completed; its row counts are exact (same snapshot as the dump).
 */
const lifeboatManifestSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    format: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(MANIFEST_FORMAT),
    key: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    created_at: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$({ offset: true }),
    sha256: sha256Hex.transform((s) => s.toLowerCase()),
    size: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    server_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    pg_dump_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    database: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    tables: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative() })),
});
/** A sidecar that exists but cannot be trusted. The message names its key and what is wrong. */
class SidecarError extends Error {
    key;
    constructor(message, key) {
        super(message);
        this.key = key;
        this.name = 'SidecarError';
    }
}
const manifestKeyOf = (backupKey) => `${backupKey}.manifest.json`;
const sha256KeyOf = (backupKey) => `${backupKey}.sha256`;
/** Validates a manifest's text; throws SidecarError naming `key` and the offending fields. */
function parseManifest(text, key) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new SidecarError(`manifest ${key} is not valid JSON: ${error.message}`, key);
    }
    const result = lifeboatManifestSchema.safeParse(json);
    if (!result.success) {
        const problems = result.error.issues
            .slice(0, 5)
            .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
            .join('; ');
        throw new SidecarError(`manifest ${key} is malformed: ${problems}`, key);
    }
    return result.data;
}
/**
 * Reads and validates a manifest. `key` is the manifest's key or its backup's. Undefined when the
 * object does not exist; SidecarError when it exists but is malformed; StoreError when unreadable.
 */
async function readManifest(store, key) {
    const manifestKey = key.endsWith('.manifest.json') ? key : manifestKeyOf(key);
    const text = await readIfExists(store, manifestKey);
    return text === undefined ? undefined : parseManifest(text, manifestKey);
}
/**
 * Parses sha256sum output (`<hex>  <name>`, `<hex> *<name>`) or a bare hex digest. When the file
 * lists several names, the line naming `backupName` (a basename) is taken.
 */
function parseSha256Sidecar(text, key, backupName) {
    const lines = text
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
    const entries = lines.map((line) => {
        const m = /^([0-9a-fA-F]+)(?:\s+\*?(.+))?$/.exec(line);
        return m ? { hex: m[1], name: m[2]?.trim() } : undefined;
    });
    if (entries.length === 0)
        throw new SidecarError(`checksum sidecar ${key} is empty`, key);
    if (entries.some((e) => e === undefined)) {
        throw new SidecarError(`checksum sidecar ${key} is malformed: expected "<64 hex characters>  <file name>"`, key);
    }
    const valid = entries;
    let entry = valid[0];
    if (valid.length > 1 && backupName !== undefined) {
        const named = valid.find((e) => e.name !== undefined && e.name.split('/').pop() === backupName);
        if (!named)
            throw new SidecarError(`checksum sidecar ${key} lists no entry for ${backupName}`, key);
        entry = named;
    }
    if (!/^[0-9a-fA-F]{64}$/.test(entry.hex)) {
        throw new SidecarError(`checksum sidecar ${key} is malformed: a sha256 has 64 hexadecimal characters, found ${entry.hex.length}`, key);
    }
    return entry.hex.toLowerCase();
}
/**
 * The sha256 a `.sha256` sidecar promises, lower-case hex. `key` is the sidecar's key or its
 * backup's. Undefined when there is no sidecar; SidecarError when it is malformed.
 */
async function readSha256Sidecar(store, key) {
    const sidecarKey = key.endsWith('.sha256') ? key : sha256KeyOf(key);
    const text = await readIfExists(store, sidecarKey);
    if (text === undefined)
        return undefined;
    const backupName = sidecarKey.slice(0, -'.sha256'.length).split('/').pop();
    return parseSha256Sidecar(text, sidecarKey, backupName);
}
async function readIfExists(store, key) {
    try {
        return await store.readText(key);
    }
    catch (error) {
        if (error instanceof _stores_store_js__WEBPACK_IMPORTED_MODULE_0__/* .StoreError */ .A && error.code === 'not-found')
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 1758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S6: () => (/* binding */ findPostgresBinaries),
/* harmony export */   sf: () => (/* binding */ tryParsePgVersion),
/* harmony export */   vc: () => (/* binding */ findClientTool)
/* harmony export */ });
/* unused harmony exports DEFAULT_LIB_ROOT, parsePgVersion */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);





const DEFAULT_LIB_ROOT = '/usr/lib/postgresql';
const DEFAULT_NEED = ['initdb', 'pg_ctl', 'postgres'];
const INSTALL_HINT = 'install them (e.g. `sudo apt-get install postgresql-16`) or set `postgres-bin-dir` to the directory holding initdb, pg_ctl and postgres';
/**
 * Reads the version out of `--version` output of any PostgreSQL tool, or `pg_config --version`:
 * "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)", "PostgreSQL 9.6.24", "postgres (PostgreSQL) 17beta1".
 */
function parsePgVersion(text) {
    const parsed = tryParsePgVersion(text);
    if (!parsed)
        throw new Error(`Cannot read a PostgreSQL version from "${text.trim().slice(0, 200)}"`);
    return parsed;
}
function tryParsePgVersion(text) {
    // The version follows "PostgreSQL" (with or without the parentheses the tools print).
    const m = /PostgreSQL\)?\s+(\d+)(?:\.(\d+))?(?:\.(\d+))?((?:devel|alpha\d*|beta\d*|rc\d*))?/i.exec(text);
    if (!m)
        return undefined;
    const first = Number(m[1]);
    const second = m[2] === undefined ? undefined : Number(m[2]);
    const suffix = m[4] ?? '';
    if (first < 10) {
        // 9.6.24: the major is "9.6"; comparisons still work since 9.6 < 10.
        const minor = second ?? 0;
        const version = [m[1], m[2], m[3]].filter((p) => p !== undefined).join('.') + suffix;
        return { major: Number(`${first}.${minor}`), version };
    }
    const version = second === undefined ? `${first}${suffix}` : `${first}.${second}${suffix}`;
    return { major: first, version };
}
async function isExecutable(file) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.access)(file, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
function execText(file, args) {
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(file, args, { timeout: 15_000, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
            if (error)
                reject(new Error(`${file} ${args.join(' ')} failed: ${String(stderr || error.message).trim()}`));
            else
                resolve(String(stdout));
        });
    });
}
/** The first executable `name` on a PATH-style list, or undefined. */
async function which(name, searchPath) {
    for (const dir of searchPath.split((node_path__WEBPACK_IMPORTED_MODULE_3___default().delimiter))) {
        if (!dir)
            continue;
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, name);
        if (await isExecutable(candidate))
            return candidate;
    }
    return undefined;
}
/** `/usr/lib/postgresql/<N>/bin` directories, newest first (numeric, so 10 sorts above 9.6). */
async function versionedBinDirs(libRoot) {
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(libRoot);
    }
    catch {
        return [];
    }
    return entries
        .filter((e) => /^\d+(\.\d+)?$/.test(e))
        .sort((a, b) => Number(b) - Number(a))
        .map((e) => node_path__WEBPACK_IMPORTED_MODULE_3___default().join(libRoot, e, 'bin'));
}
async function missingTools(binDir, need) {
    const missing = [];
    for (const t of need)
        if (!(await isExecutable(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(binDir, t))))
            missing.push(t);
    return missing;
}
const binariesCache = new Map();
function describeBinDir(binDir) {
    let cached = binariesCache.get(binDir);
    if (!cached) {
        cached = (async () => {
            // Any tool will do for the version; prefer the server itself, which is what a cluster runs.
            const probes = ['postgres', 'initdb', 'pg_ctl', 'pg_config', 'pg_dump', 'pg_restore', 'psql'];
            let lastError;
            for (const probe of probes) {
                const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(binDir, probe);
                if (!(await isExecutable(file)))
                    continue;
                try {
                    const { major, version } = parsePgVersion(await execText(file, ['--version']));
                    return { binDir, major, version, tool: (name) => node_path__WEBPACK_IMPORTED_MODULE_3___default().join(binDir, name) };
                }
                catch (error) {
                    lastError = error;
                }
            }
            throw new Error(`Cannot tell which PostgreSQL version is in ${binDir}` +
                (lastError instanceof Error ? `: ${lastError.message}` : ': no PostgreSQL tool answers --version'));
        })();
        binariesCache.set(binDir, cached);
        // A failure should not stick: the user may install the binaries and retry in the same process.
        cached.catch(() => binariesCache.delete(binDir));
    }
    return cached;
}
/**
 * Finds the PostgreSQL server binaries: `binDir` (the input), the directory of `initdb` on PATH,
 * `pg_config --bindir`, then the newest `/usr/lib/postgresql/<N>/bin` that holds every `need`ed tool.
 */
async function findPostgresBinaries(opts = {}) {
    const need = opts.need ?? DEFAULT_NEED;
    if (opts.binDir) {
        const binDir = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(opts.binDir);
        const missing = await missingTools(binDir, need);
        if (missing.length > 0) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`postgres-bin-dir ${binDir} lacks ${missing.join(', ')}: point it at the directory holding the PostgreSQL ${need.join(', ')} binaries (e.g. /usr/lib/postgresql/16/bin)`);
        }
        return describeBinDir(binDir);
    }
    const searchPath = opts.searchPath ?? process.env.PATH ?? '';
    const libRoot = opts.libRoot ?? DEFAULT_LIB_ROOT;
    const candidates = [];
    const initdb = await which('initdb', searchPath);
    // Symlinks such as /usr/local/bin/initdb point into the real bin dir, where the other tools live.
    if (initdb)
        candidates.push(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(initdb).catch(() => initdb)));
    const pgConfig = await which('pg_config', searchPath);
    if (pgConfig) {
        const dir = await execText(pgConfig, ['--bindir']).then((s) => s.trim(), () => '');
        if (dir)
            candidates.push(dir);
    }
    candidates.push(...(await versionedBinDirs(libRoot)));
    for (const dir of candidates) {
        if ((await missingTools(dir, need)).length === 0)
            return describeBinDir(dir);
    }
    throw new Error(`PostgreSQL binaries (${need.join(', ')}) not found: searched PATH for initdb, \`pg_config --bindir\` and ${libRoot}/*/bin; ${INSTALL_HINT}.`);
}
const toolVersionCache = new Map();
function toolVersion(file) {
    let cached = toolVersionCache.get(file);
    if (!cached) {
        cached = execText(file, ['--version']).then(tryParsePgVersion, () => undefined);
        toolVersionCache.set(file, cached);
    }
    return cached;
}
/**
 * Finds a client tool, newest first: `binDir`, the newest `/usr/lib/postgresql/<N>/bin`, then PATH.
 * `minMajor` is what the job needs (pg_dump at least the server's major, pg_restore at least the
 * dump's): the first candidate that is new enough wins.
 */
async function findClientTool(name, opts = {}) {
    if (opts.minMajor !== undefined && !Number.isFinite(opts.minMajor)) {
        throw new Error(`findClientTool(${name}): minMajor must be a number, got ${opts.minMajor}`);
    }
    const candidates = [];
    if (opts.binDir)
        candidates.push(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(opts.binDir), name));
    for (const dir of await versionedBinDirs(opts.libRoot ?? DEFAULT_LIB_ROOT))
        candidates.push(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, name));
    const onPath = await which(name, opts.searchPath ?? process.env.PATH ?? '');
    if (onPath)
        candidates.push(onPath);
    const found = [];
    for (const file of candidates) {
        if (!(await isExecutable(file)))
            continue;
        const v = await toolVersion(file);
        if (!v)
            continue;
        const info = { path: file, major: v.major, version: v.version };
        if (opts.minMajor === undefined || v.major >= opts.minMajor)
            return info;
        found.push(info);
    }
    const pkg = name === 'pg_amcheck' ? 'postgresql-16' : 'postgresql-client-16';
    if (found.length === 0) {
        throw new Error(`${name} not found: searched ${opts.binDir ? `${opts.binDir}, ` : ''}${opts.libRoot ?? DEFAULT_LIB_ROOT}/*/bin and PATH; install it (e.g. \`sudo apt-get install ${pkg}\`) or set \`postgres-bin-dir\`.`);
    }
    const best = found.reduce((a, b) => (b.major > a.major ? b : a));
    const wanted = opts.minMajor ?? 0;
    throw new Error(`${name} ${best.version} (${best.path}) is too old: PostgreSQL ${wanted} or newer is needed; install it (e.g. \`sudo apt-get install postgresql-client-${Math.max(wanted, 16)}\`) or set \`postgres-bin-dir\`.`);
}


/***/ }),

/***/ 8850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ worstStatus),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor)
/* harmony export */ });
/* unused harmony exports statusRank, shouldFail */
const rank = { skipped: 0, ok: 0, warning: 1, critical: 2 };
function statusRank(status) {
    return rank[status];
}
function worstStatus(statuses) {
    let worst = 'ok';
    for (const s of statuses) {
        if (s !== 'skipped' && rank[s] > rank[worst])
            worst = s;
    }
    return worst;
}
/** Whether a run with this verdict should fail the step / exit non-zero. */
function shouldFail(status, failOn) {
    if (failOn === 'never')
        return false;
    return rank[status] >= rank[failOn];
}
/** Monitoring exit codes: 0 ok, 1 warning, 2 critical (3 is reserved for usage errors). */
function exitCodeFor(status, failOn) {
    return shouldFail(status, failOn) ? rank[status] : 0;
}


/***/ }),

/***/ 2046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ openStore),
  S: () => (/* binding */ openWritableStore)
});

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./src/stores/store.ts
var store = __webpack_require__(4703);
;// CONCATENATED MODULE: ./src/stores/folder-store.ts






const READ_CHUNK = 1024 * 1024;
/**
 * A store over a local directory (disk, mounted volume, self-hosted runner). Keys are paths relative
 * to the root with `/` separators, whatever the platform.
 */
class FolderStore {
    kind = 'folder';
    displayUrl;
    root;
    constructor(root) {
        this.root = external_node_path_default().resolve(root);
        this.displayUrl = this.root;
    }
    async *list() {
        let rootStat;
        try {
            rootStat = await (0,promises_.stat)(this.root);
        }
        catch (error) {
            throw fsError(error, `folder ${this.root}`);
        }
        if (!rootStat.isDirectory()) {
            throw new store/* StoreError */.A(`${this.root} is not a folder`, 'not-found');
        }
        yield* this.walk(this.root, '');
    }
    async *walk(dir, keyPrefix) {
        let names;
        try {
            const handle = await (0,promises_.opendir)(dir);
            names = [];
            for await (const entry of handle) {
                // Dot-entries are in-progress writes (`.<name>.partial`) or tooling litter (.DS_Store, .git):
                // listing a half-written backup as the newest one would be a false alarm or worse.
                if (entry.name.startsWith('.'))
                    continue;
                names.push({ name: entry.name, isDir: entry.isDirectory(), isFile: entry.isFile() || entry.isSymbolicLink() });
            }
        }
        catch (error) {
            throw fsError(error, `folder ${dir}`);
        }
        // Sorted so that listings are reproducible across file systems.
        names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of names) {
            const full = external_node_path_default().join(dir, entry.name);
            const key = keyPrefix + entry.name;
            if (entry.isDir) {
                yield* this.walk(full, `${key}/`);
                continue;
            }
            if (!entry.isFile)
                continue;
            let info;
            try {
                info = await (0,promises_.stat)(full);
            }
            catch (error) {
                // Deleted between readdir and stat (retention running next door), or a dangling symlink.
                if (error.code === 'ENOENT')
                    continue;
                throw fsError(error, full);
            }
            if (info.isDirectory()) {
                yield* this.walk(full, `${key}/`);
            }
            else if (info.isFile()) {
                yield { key, size: info.size, lastModified: info.mtime };
            }
        }
    }
    async read(key, range) {
        const file = this.pathOf(key);
        try {
            const info = await (0,promises_.stat)(file);
            if (!info.isFile())
                throw new store/* StoreError */.A(`${file} is not a file`, 'not-found');
        }
        catch (error) {
            if (error instanceof store/* StoreError */.A)
                throw error;
            throw fsError(error, file);
        }
        // 1 MiB reads: at 64 KiB (the default) the per-read overhead cost a tenth of a full verify.
        return (0,external_node_fs_.createReadStream)(file, { highWaterMark: READ_CHUNK, ...range });
    }
    async readText(key) {
        const file = this.pathOf(key);
        try {
            return await (0,promises_.readFile)(file, 'utf8');
        }
        catch (error) {
            throw fsError(error, file);
        }
    }
    async write(key, body, _options) {
        const file = this.pathOf(key);
        const temp = tempPathOf(file);
        let size = 0;
        const counter = new external_node_stream_.Transform({
            transform(chunk, _encoding, callback) {
                size += chunk.length;
                callback(null, chunk);
            },
        });
        try {
            await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
            await (0,external_node_stream_promises_.pipeline)(body, counter, (0,external_node_fs_.createWriteStream)(temp));
            await (0,promises_.rename)(temp, file);
        }
        catch (error) {
            await (0,promises_.unlink)(temp).catch(() => { });
            throw fsError(error, file, 'write');
        }
        return { size };
    }
    async writeText(key, text) {
        const file = this.pathOf(key);
        const temp = tempPathOf(file);
        try {
            await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
            await (0,promises_.writeFile)(temp, text, 'utf8');
            await (0,promises_.rename)(temp, file);
        }
        catch (error) {
            await (0,promises_.unlink)(temp).catch(() => { });
            throw fsError(error, file, 'write');
        }
    }
    async delete(key) {
        const file = this.pathOf(key);
        try {
            await (0,promises_.unlink)(file);
        }
        catch (error) {
            // Idempotent like S3's DeleteObject: retention may race another run.
            if (error.code === 'ENOENT')
                return;
            throw fsError(error, file, 'delete');
        }
    }
    /** Refuses keys that would escape the root (`../`), which a crafted manifest could otherwise name. */
    pathOf(key) {
        const file = external_node_path_default().resolve(this.root, ...key.split('/'));
        if (file !== this.root && file.startsWith(this.root + (external_node_path_default()).sep))
            return file;
        throw new store/* StoreError */.A(`key "${key}" is outside the folder ${this.root}`, 'not-found');
    }
}
function tempPathOf(file) {
    return external_node_path_default().join(external_node_path_default().dirname(file), `.${external_node_path_default().basename(file)}.partial`);
}
function fsError(error, what, action = 'read') {
    if (error instanceof store/* StoreError */.A)
        return error;
    const code = error?.code;
    switch (code) {
        case 'ENOENT':
            return new store/* StoreError */.A(`${what} does not exist`, 'not-found');
        case 'ENOTDIR':
            return new store/* StoreError */.A(`${what} does not exist (a parent is not a folder)`, 'not-found');
        case 'EACCES':
        case 'EPERM':
            return new store/* StoreError */.A(`access denied: cannot ${action} ${what} (permission denied for this user)`, 'access-denied');
        default: {
            const message = error instanceof Error ? error.message : String(error);
            return new store/* StoreError */.A(`${what}: ${message}`, 'unknown');
        }
    }
}

// EXTERNAL MODULE: ./src/settings/duration.ts
var duration = __webpack_require__(1145);
;// CONCATENATED MODULE: ./src/stores/railway-store.ts




const RAILWAY_API_URL = 'https://backboard.railway.com/graphql/v2';
/**
 * Why a Railway volume backup cannot be verified or drilled, and what to do instead. Shown by
 * verify's integrity checks and by the drill's refusal.
 */
const RAILWAY_NOT_DOWNLOADABLE = 'Railway volume backups are snapshots of the volume: Railway offers no download, so their content ' +
    'cannot be read, verified or restored elsewhere. To verify the content and drill restores, also ' +
    "write pg_dump backups to a bucket — Lifeboat's create-backup action, or Railway's postgres-s3-backups " +
    'template — and point source at that bucket.';
const ACCEPTED = 'expected railway://volume/<volumeInstanceId> or railway://project/<projectId>/environment/<environmentId>/service/<serviceId>';
/** Parses `railway://volume/<id>` and `railway://[project/<id>/]environment/<id>/service/<id>`. */
function parseRailwayUrl(url, inputName = 'source') {
    const rest = url.replace(/^railway:\/\//i, '').replace(/\/+$/, '');
    const parts = rest.split('/').filter(Boolean);
    const id = /^[A-Za-z0-9_-]{1,100}$/;
    const bad = () => new errors/* InputError */.d(`Invalid ${inputName} "${url}": ${ACCEPTED}`);
    if (parts.length === 2 && parts[0] === 'volume' && id.test(parts[1])) {
        return { kind: 'volume', volumeInstanceId: parts[1] };
    }
    const pairs = new Map();
    if (parts.length % 2 !== 0)
        throw bad();
    for (let i = 0; i < parts.length; i += 2) {
        if (!['project', 'environment', 'service'].includes(parts[i]) || !id.test(parts[i + 1]) || pairs.has(parts[i])) {
            throw bad();
        }
        pairs.set(parts[i], parts[i + 1]);
    }
    const environmentId = pairs.get('environment');
    const serviceId = pairs.get('service');
    if (!environmentId || !serviceId)
        throw bad();
    return { kind: 'service', projectId: pairs.get('project'), environmentId, serviceId };
}
function tokenFrom(env) {
    const project = env.RAILWAY_TOKEN?.trim();
    const account = env.RAILWAY_API_TOKEN?.trim();
    // Railway's CLI gives RAILWAY_TOKEN precedence too.
    if (project) {
        (0,secrets/* addSecret */.Ck)(project);
        return {
            kind: 'project',
            headers: { 'Project-Access-Token': project },
            described: 'the project token in RAILWAY_TOKEN (sent as Project-Access-Token)',
        };
    }
    if (account) {
        (0,secrets/* addSecret */.Ck)(account);
        return {
            kind: 'account',
            headers: { Authorization: `Bearer ${account}` },
            described: 'the account/workspace token in RAILWAY_API_TOKEN (sent as Authorization: Bearer)',
        };
    }
    return undefined;
}
const BACKUPS_QUERY = `query volumeInstanceBackupList($volumeInstanceId: String!) {
  volumeInstanceBackupList(volumeInstanceId: $volumeInstanceId) {
    id
    name
    createdAt
    expiresAt
    usedMB
    referencedMB
    scheduleId
  }
}`;
const SCHEDULES_QUERY = `query volumeInstanceBackupScheduleList($volumeInstanceId: String!) {
  volumeInstanceBackupScheduleList(volumeInstanceId: $volumeInstanceId) {
    id
    name
    kind
    cron
    retentionSeconds
  }
}`;
const VOLUME_INSTANCES_QUERY = `query environment($id: String!) {
  environment(id: $id) {
    volumeInstances {
      edges {
        node {
          id
          serviceId
          mountPath
        }
      }
    }
  }
}`;
const MB = 1024 * 1024;
/**
 * Railway's own volume backups, read through the public GraphQL API (PRODUCT.md §6). Metadata
 * only: list() gives each backup as an object (key = backup id, size = referenced MB, time =
 * createdAt) so recency, gaps and sizes work as for any store; read() refuses, because Railway
 * offers no download of a snapshot.
 */
class RailwayStore {
    options;
    kind = 'railway';
    /** Verify skips the integrity checks and a drill refuses: nothing can be downloaded. */
    downloadable = false;
    notDownloadableReason = RAILWAY_NOT_DOWNLOADABLE;
    displayUrl;
    env;
    endpoint;
    fetchImpl;
    volumeInstanceId;
    backups;
    constructor(options) {
        this.options = options;
        this.env = options.env ?? {};
        this.endpoint = this.env.RAILWAY_API_URL?.trim() || RAILWAY_API_URL;
        this.fetchImpl = options.fetch ?? fetch;
        const t = options.target;
        this.displayUrl =
            t.kind === 'volume'
                ? `railway://volume/${t.volumeInstanceId}`
                : `railway://${t.projectId ? `project/${t.projectId}/` : ''}environment/${t.environmentId}/service/${t.serviceId}`;
    }
    async *list() {
        const backups = await this.listBackups();
        for (const b of backups) {
            const mb = b.referencedMB ?? b.usedMB ?? 0;
            yield { key: b.id, size: Math.round(mb * MB), lastModified: new Date(b.createdAt) };
        }
    }
    /** Every backup with Railway's own fields (scheduleId tells scheduled from manual). */
    async listBackups() {
        if (this.backups)
            return this.backups;
        const volumeInstanceId = await this.resolveVolumeInstance();
        const data = await this.query(BACKUPS_QUERY, {
            volumeInstanceId,
        });
        const list = data.volumeInstanceBackupList ?? [];
        for (const b of list) {
            if (typeof b?.id !== 'string' || Number.isNaN(Date.parse(b.createdAt))) {
                throw new store/* StoreError */.A(`Railway answered a backup without an id or a valid createdAt: ${JSON.stringify(b).slice(0, 200)}`);
            }
        }
        this.backups = list;
        return list;
    }
    async listSchedules() {
        const volumeInstanceId = await this.resolveVolumeInstance();
        const data = await this.query(SCHEDULES_QUERY, {
            volumeInstanceId,
        });
        return data.volumeInstanceBackupScheduleList ?? [];
    }
    read(key) {
        return Promise.reject(new store/* StoreError */.A(`cannot read ${key}: ${RAILWAY_NOT_DOWNLOADABLE}`, 'unknown'));
    }
    readText(key) {
        // Sidecar lookups ask for `<id>.sha256`: there are none, which is "not found", not a failure.
        return Promise.reject(new store/* StoreError */.A(`${key} does not exist (Railway volume backups have no files)`, 'not-found'));
    }
    async storeChecks(context) {
        return [await this.scheduleCheck(context)];
    }
    /**
     * The `schedule` check: a schedule exists (else a manual backup is all there is), and when
     * `min-retention` is set, the longest-kept schedule keeps backups at least that long.
     */
    async scheduleCheck(opts) {
        let schedules;
        try {
            schedules = await this.listSchedules();
        }
        catch (error) {
            return {
                id: 'schedule',
                status: 'warning',
                summary: `cannot read the volume's backup schedules: ${error instanceof Error ? error.message : String(error)}`,
            };
        }
        const backups = this.backups ?? [];
        const scheduled = backups.filter((b) => b.scheduleId !== null && b.scheduleId !== undefined);
        const manual = backups.length - scheduled.length;
        const newestScheduled = scheduled.reduce((a, b) => (!a || Date.parse(b.createdAt) > Date.parse(a.createdAt) ? b : a), undefined);
        const counts = `${scheduled.length} scheduled and ${manual} manual backup${manual === 1 ? '' : 's'}${newestScheduled
            ? `; newest scheduled ${(0,duration/* formatDuration */.a3)(Math.max(0, (opts.now.getTime() - Date.parse(newestScheduled.createdAt)) / 1000))} ago`
            : ''}`;
        if (schedules.length === 0) {
            return {
                id: 'schedule',
                status: 'warning',
                summary: `no backup schedule on this volume: only manual backups are taken (${counts}); enable daily backups in the volume's Backups tab`,
                value: 0,
            };
        }
        const described = schedules
            .map((s) => `${s.kind.toLowerCase()} (${s.cron}${s.retentionSeconds ? `, kept ${(0,duration/* formatDuration */.a3)(s.retentionSeconds)}` : ''})`)
            .join(', ');
        const longest = Math.max(...schedules.map((s) => s.retentionSeconds ?? 0));
        if (opts.minRetentionSeconds !== undefined && longest < opts.minRetentionSeconds) {
            return {
                id: 'schedule',
                status: 'warning',
                summary: `schedules ${described} keep backups at most ${(0,duration/* formatDuration */.a3)(longest)}, below min-retention ${(0,duration/* formatDuration */.a3)(opts.minRetentionSeconds)}; add a weekly or monthly schedule`,
                value: (0,duration/* formatDuration */.a3)(longest),
                threshold: `≥ ${(0,duration/* formatDuration */.a3)(opts.minRetentionSeconds)}`,
            };
        }
        return {
            id: 'schedule',
            status: 'ok',
            summary: `schedules: ${described}; ${counts}`,
            value: schedules.length,
        };
    }
    resolveVolumeInstance() {
        this.volumeInstanceId ??= (async () => {
            const t = this.options.target;
            if (t.kind === 'volume')
                return t.volumeInstanceId;
            const data = await this.query(VOLUME_INSTANCES_QUERY, { id: t.environmentId });
            if (!data.environment) {
                throw new store/* StoreError */.A(`Railway environment ${t.environmentId} not found`, 'not-found');
            }
            const nodes = data.environment.volumeInstances.edges.map((e) => e.node);
            const mine = nodes.filter((n) => n.serviceId === t.serviceId);
            if (mine.length === 0) {
                throw new store/* StoreError */.A(`service ${t.serviceId} has no volume in environment ${t.environmentId} (${nodes.length} volume${nodes.length === 1 ? '' : 's'} there belong to other services)`, 'not-found');
            }
            return mine[0].id;
        })();
        this.volumeInstanceId.catch(() => {
            this.volumeInstanceId = undefined;
        });
        return this.volumeInstanceId;
    }
    async query(query, variables) {
        const token = tokenFrom(this.env);
        if (!token) {
            throw new store/* StoreError */.A('no Railway token: set RAILWAY_API_TOKEN (an account or workspace token, sent as Authorization: Bearer) ' +
                'or RAILWAY_TOKEN (a project token for this environment, sent as Project-Access-Token)', 'bad-credentials');
        }
        const maxRetries = this.options.maxRetries ?? 4;
        const maxWait = this.options.maxRetryWaitMs ?? 60_000;
        for (let attempt = 0;; attempt++) {
            let response;
            try {
                response = await this.fetchImpl(this.endpoint, {
                    method: 'POST',
                    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...token.headers },
                    body: JSON.stringify({ query, variables }),
                    signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
                });
            }
            catch (error) {
                const cause = error.cause;
                throw new store/* StoreError */.A(`cannot reach the Railway API at ${this.endpoint}: ${cause?.code ?? cause?.message ?? error.message}`, 'unreachable');
            }
            if (response.status === 429 && attempt < maxRetries) {
                await response.body?.cancel().catch(() => undefined);
                await sleep(Math.min(maxWait, retryAfterMs(response, attempt)));
                continue;
            }
            const text = await response.text();
            let body;
            try {
                body = JSON.parse(text);
            }
            catch {
                body = undefined;
            }
            const messages = (body?.errors ?? []).map((e) => e.message ?? '').filter(Boolean);
            if (messages.some((m) => /not authori[sz]ed|unauthori[sz]ed|forbidden/i.test(m)) ||
                response.status === 401 ||
                response.status === 403) {
                throw new store/* StoreError */.A(this.notAuthorized(token, messages[0] ?? `HTTP ${response.status}`), 'access-denied');
            }
            if (response.status === 429) {
                throw new store/* StoreError */.A(`Railway API rate limit: still HTTP 429 after ${maxRetries} retries`, 'unreachable');
            }
            if (messages.length) {
                const notFound = messages.some((m) => /not found|does not exist/i.test(m));
                throw new store/* StoreError */.A(`Railway API: ${(0,secrets/* redactSecrets */.fp)(messages.join('; '))}`, notFound ? 'not-found' : 'unknown');
            }
            if (!response.ok || !body?.data) {
                throw new store/* StoreError */.A(`Railway API answered HTTP ${response.status}: ${(0,secrets/* redactSecrets */.fp)(text.slice(0, 200))}`);
            }
            return body.data;
        }
    }
    notAuthorized(token, message) {
        const what = this.options.target.kind === 'volume'
            ? `volume instance ${this.options.target.volumeInstanceId}`
            : `environment ${this.options.target.environmentId}`;
        const hint = token.kind === 'project'
            ? 'a project token only opens the environment it was created for; create one there (Project Settings → Tokens), ' +
                'or use an account/workspace token in RAILWAY_API_TOKEN'
            : 'use an account or workspace token whose workspace owns this project in RAILWAY_API_TOKEN, ' +
                'or a project token for this environment in RAILWAY_TOKEN';
        return `Railway says "${(0,secrets/* redactSecrets */.fp)(message)}" for ${what} with ${token.described}: ${hint}`;
    }
}
function retryAfterMs(response, attempt) {
    const header = response.headers.get('retry-after');
    if (header) {
        const seconds = Number(header);
        if (Number.isFinite(seconds))
            return Math.max(0, seconds * 1000);
        const date = Date.parse(header);
        if (!Number.isNaN(date))
            return Math.max(0, date - Date.now());
    }
    const reset = Number(response.headers.get('x-ratelimit-reset'));
    if (Number.isFinite(reset) && reset > 0) {
        // Epoch seconds, as Railway's X-RateLimit-Reset.
        return Math.max(0, reset * 1000 - Date.now());
    }
    return 1000 * 2 ** attempt;
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
function openRailwayStore(url, env, inputName = 'source') {
    return new RailwayStore({ target: parseRailwayUrl(url, inputName), env });
}

;// CONCATENATED MODULE: ./src/stores/s3-store.ts



function s3SettingsFromEnv(env, forcePathStyle) {
    const region = nonEmpty(env.AWS_REGION) ?? nonEmpty(env.AWS_DEFAULT_REGION) ?? 'us-east-1';
    // The service-specific variable wins, as in the AWS CLI and SDKs.
    const endpoint = nonEmpty(env.AWS_ENDPOINT_URL_S3) ?? nonEmpty(env.AWS_ENDPOINT_URL);
    const accessKeyId = nonEmpty(env.AWS_ACCESS_KEY_ID);
    const secretAccessKey = nonEmpty(env.AWS_SECRET_ACCESS_KEY);
    const sessionToken = nonEmpty(env.AWS_SESSION_TOKEN);
    (0,secrets/* addSecret */.Ck)(secretAccessKey);
    (0,secrets/* addSecret */.Ck)(sessionToken);
    return {
        region,
        endpoint,
        forcePathStyle: forcePathStyle ?? /^(true|1|yes)$/i.test(env.AWS_S3_FORCE_PATH_STYLE ?? ''),
        credentials: accessKeyId && secretAccessKey
            ? { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) }
            : undefined,
    };
}
const PART_SIZE = 8 * 1024 * 1024;
// Parts in flight: memory stays at about QUEUE_SIZE × PART_SIZE whatever the object's size.
const QUEUE_SIZE = 2;
const PERMISSION = {
    list: 's3:ListBucket',
    read: 's3:GetObject',
    write: 's3:PutObject',
    delete: 's3:DeleteObject',
};
class S3Store {
    kind = 's3';
    displayUrl;
    bucket;
    prefix;
    config;
    connected;
    endpointForMessages;
    constructor(options) {
        const settings = s3SettingsFromEnv(options.env ?? {}, options.forcePathStyle);
        this.bucket = options.bucket;
        this.prefix = normalisePrefix(options.prefix ?? '');
        this.displayUrl = `s3://${this.bucket}/${this.prefix}`;
        this.endpointForMessages = (0,secrets/* redactUrl */.BO)(settings.endpoint ?? `https://s3.${settings.region}.amazonaws.com`).replace(/\/$/, '');
        const env = options.env ?? {};
        // Only the real process environment may fall back to the SDK's own chain (profiles, instance
        // role, web identity): an explicit env without keys must not pick up keys from elsewhere.
        const credentials = settings.credentials ?? (env === process.env ? undefined : noCredentials);
        const config = {
            region: settings.region,
            endpoint: settings.endpoint,
            forcePathStyle: settings.forcePathStyle,
            credentials,
            // The env object passed in is the only source of configuration: no silent process.env override.
            ignoreConfiguredEndpointUrls: true,
            maxAttempts: options.maxAttempts ?? 3,
            requestHandler: {
                connectionTimeout: options.connectionTimeoutMs ?? 5_000,
                // Until the response headers (for an upload: through one part's body).
                requestTimeout: options.requestTimeoutMs ?? 60_000,
                // By default the SDK only logs a warning when requestTimeout passes and keeps waiting.
                throwOnRequestTimeout: true,
                // Idle time while a body streams: a stalled download fails, a 50 GB one that keeps moving does not.
                socketTimeout: options.socketTimeoutMs ?? 60_000,
            },
            // S3-compatible stores (R2, B2, MinIO, s3rver) reject or mangle the SDK's default trailing
            // checksums; S3 itself does not need them.
            requestChecksumCalculation: 'WHEN_REQUIRED',
            responseChecksumValidation: 'WHEN_REQUIRED',
            followRegionRedirects: true,
        };
        this.config = config;
    }
    /**
     * The AWS SDK is a large share of the bundle: it is loaded on first use, so a run against a
     * folder (and `--help`) starts without it.
     */
    connect() {
        this.connected ??= __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19)).then((sdk) => ({ sdk, client: new sdk.S3Client(this.config) }));
        return this.connected;
    }
    async *list() {
        const { sdk, client } = await this.connect();
        const pages = sdk.paginateListObjectsV2({ client, pageSize: 1000 }, { Bucket: this.bucket, Prefix: this.prefix || undefined });
        try {
            for await (const page of pages) {
                for (const item of page.Contents ?? []) {
                    if (!item.Key)
                        continue;
                    const key = item.Key.slice(this.prefix.length);
                    // Zero-byte `folder/` markers made by consoles are not objects anyone backed up.
                    if (key === '' || key.endsWith('/'))
                        continue;
                    yield { key, size: item.Size ?? 0, lastModified: item.LastModified ?? new Date(0) };
                }
            }
        }
        catch (error) {
            throw this.storeError(error, 'list');
        }
    }
    async read(key, range) {
        try {
            const { sdk, client } = await this.connect();
            const response = await client.send(new sdk.GetObjectCommand({
                Bucket: this.bucket,
                Key: this.prefix + key,
                Range: range ? `bytes=${range.start}-${range.end}` : undefined,
            }));
            const body = response.Body;
            if (!body)
                return external_node_stream_.Readable.from([]);
            if (body instanceof external_node_stream_.Readable)
                return body;
            return external_node_stream_.Readable.fromWeb(body);
        }
        catch (error) {
            throw this.storeError(error, 'read', key);
        }
    }
    async readText(key) {
        try {
            const { sdk, client } = await this.connect();
            const response = await client.send(new sdk.GetObjectCommand({ Bucket: this.bucket, Key: this.prefix + key }));
            return (await response.Body?.transformToString('utf8')) ?? '';
        }
        catch (error) {
            throw this.storeError(error, 'read', key);
        }
    }
    async write(key, body, options) {
        let size = 0;
        // Counting in a Transform (not a 'data' listener) keeps the stream paused until Upload pulls it.
        const counted = new external_node_stream_.Transform({
            transform(chunk, _encoding, callback) {
                size += chunk.length;
                callback(null, chunk);
            },
        });
        body.on('error', (error) => counted.destroy(error));
        body.pipe(counted);
        const [{ client }, { Upload }] = await Promise.all([this.connect(), Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(358)]).then(__webpack_require__.t.bind(__webpack_require__, 2358, 19))]);
        const upload = new Upload({
            client,
            params: {
                Bucket: this.bucket,
                Key: this.prefix + key,
                Body: counted,
                ContentType: options?.contentType ?? 'application/octet-stream',
            },
            partSize: PART_SIZE,
            queueSize: QUEUE_SIZE,
            // An aborted multipart upload left behind costs money and never shows up in a listing.
            leavePartsOnError: false,
        });
        try {
            await upload.done();
        }
        catch (error) {
            throw this.storeError(error, 'write', key);
        }
        return { size };
    }
    async writeText(key, text) {
        try {
            const { sdk, client } = await this.connect();
            await client.send(new sdk.PutObjectCommand({
                Bucket: this.bucket,
                Key: this.prefix + key,
                Body: text,
                ContentType: key.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8',
            }));
        }
        catch (error) {
            throw this.storeError(error, 'write', key);
        }
    }
    async delete(key) {
        try {
            const { sdk, client } = await this.connect();
            await client.send(new sdk.DeleteObjectCommand({ Bucket: this.bucket, Key: this.prefix + key }));
        }
        catch (error) {
            throw this.storeError(error, 'delete', key);
        }
    }
    /** Frees the client's sockets; a short-lived CLI run does not need it. */
    destroy() {
        void this.connected?.then(({ client }) => client.destroy());
    }
    storeError(error, operation, key) {
        return s3StoreError(error, {
            operation,
            bucket: this.bucket,
            key: key === undefined ? undefined : this.prefix + key,
            endpoint: this.endpointForMessages,
        });
    }
}
const NETWORK_CAUSES = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host not found (DNS lookup failed)',
    ECONNRESET: 'connection reset',
    ETIMEDOUT: 'connection timed out',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    EPIPE: 'connection closed',
    CERT_HAS_EXPIRED: 'TLS certificate expired',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'untrusted TLS certificate',
};
/** Turns whatever the SDK threw into a StoreError a person can act on. Never includes a secret. */
function s3StoreError(error, context) {
    if (error instanceof store/* StoreError */.A)
        return error;
    const err = (error ?? {});
    const name = err.name ?? '';
    const status = err.$metadata?.httpStatusCode;
    const detail = (0,secrets/* redactSecrets */.fp)(err.message ?? String(error));
    const make = (message, code) => new store/* StoreError */.A((0,secrets/* redactSecrets */.fp)(message), code);
    const networkCode = err.code ?? err.errors?.find((e) => e.code)?.code;
    if (networkCode && NETWORK_CAUSES[networkCode]) {
        return make(`cannot reach endpoint ${context.endpoint}: ${NETWORK_CAUSES[networkCode]}`, 'unreachable');
    }
    if (name === 'TimeoutError' ||
        /timed? ?out/i.test(name) ||
        (status === undefined && /timeout|timed out/i.test(detail))) {
        return make(`cannot reach endpoint ${context.endpoint}: no answer in time (${detail})`, 'unreachable');
    }
    switch (name) {
        case 'NoSuchBucket':
            return make(`bucket "${context.bucket}" does not exist (at ${context.endpoint})`, 'no-bucket');
        case 'NoSuchKey':
            return make(`object "${context.key}" does not exist in bucket "${context.bucket}"`, 'not-found');
        case 'InvalidAccessKeyId':
        case 'SignatureDoesNotMatch':
        case 'InvalidToken':
        case 'ExpiredToken':
        case 'TokenRefreshRequired':
        case 'AuthorizationHeaderMalformed':
            return make(`credentials rejected (${name}: ${detail})`, 'bad-credentials');
        case 'CredentialsProviderError':
            return make('no credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or use aws-actions/configure-aws-credentials)', 'bad-credentials');
        case 'AccessDenied':
        case 'AllAccessDisabled':
        case 'Forbidden':
            return accessDenied(context, make);
        case 'PermanentRedirect':
        case 'AuthorizationQueryParametersError':
            return make(`bucket "${context.bucket}" is not reachable with this region or endpoint (${name}: ${detail})`, 'unknown');
        default:
            break;
    }
    if (status === 403)
        return accessDenied(context, make);
    if (status === 404) {
        return context.key === undefined
            ? make(`bucket "${context.bucket}" does not exist (at ${context.endpoint})`, 'no-bucket')
            : make(`object "${context.key}" does not exist in bucket "${context.bucket}"`, 'not-found');
    }
    const what = context.key === undefined ? `bucket "${context.bucket}"` : `"${context.key}" in bucket "${context.bucket}"`;
    return make(`S3 ${context.operation} of ${what} failed: ${name || 'error'}${status ? ` (HTTP ${status})` : ''}: ${detail}`, 'unknown');
}
function accessDenied(context, make) {
    const on = context.key === undefined ? context.bucket : `${context.bucket}/${context.key}`;
    return make(`access denied: the credentials lack ${PERMISSION[context.operation]} on ${on}`, 'access-denied');
}
async function noCredentials() {
    throw Object.assign(new Error('no AWS credentials in the environment'), { name: 'CredentialsProviderError' });
}
function normalisePrefix(prefix) {
    const trimmed = prefix.replace(/^\/+/, '');
    if (trimmed === '')
        return '';
    return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}
function nonEmpty(value) {
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
}

;// CONCATENATED MODULE: ./src/stores/open-store.ts






const open_store_ACCEPTED = 'expected a folder path, file:///path or s3://bucket/prefix';
/**
 * One entry per URL scheme. A new kind of store (railway://) is one more row; `writable: false`
 * rows are refused by openWritableStore.
 */
const SCHEMES = {
    's3:': { writable: true, open: openS3 },
    'file:': { writable: true, open: openFileUrl },
    'railway:': {
        writable: false,
        open: (url, opts, inputName) => openRailwayStore(url, opts.env ?? process.env, inputName),
    },
};
function openStore(url, opts = {}) {
    return open_store_open(url, opts, false);
}
function openWritableStore(url, opts = {}) {
    return open_store_open(url, opts, true);
}
function open_store_open(url, opts, writable) {
    const inputName = opts.inputName ?? 'source';
    const raw = url.trim();
    if (raw === '')
        throw new errors/* InputError */.d(`Invalid ${inputName} "": ${open_store_ACCEPTED}`);
    const scheme = /^([a-z][a-z0-9+.-]*:)\/\//i.exec(raw)?.[1]?.toLowerCase();
    if (scheme === undefined) {
        // Something like `c:x` or `s3:/bucket` is a mistyped URL far more often than a folder name.
        if (/^[a-z][a-z0-9+.-]*:/i.test(raw) && !/^[a-z]:[\\/]/i.test(raw)) {
            throw new errors/* InputError */.d(`Invalid ${inputName} "${shown(raw)}": ${open_store_ACCEPTED}`);
        }
        return new FolderStore(raw);
    }
    const entry = SCHEMES[scheme];
    if (!entry)
        throw new errors/* InputError */.d(`Invalid ${inputName} "${shown(raw)}": ${open_store_ACCEPTED}`);
    if (writable && !entry.writable) {
        throw new errors/* InputError */.d(`Invalid ${inputName} "${shown(raw)}": ${scheme}// stores are read-only; ${open_store_ACCEPTED}`);
    }
    return entry.open(raw, opts, inputName);
}
function openS3(url, opts, inputName) {
    const match = /^s3:\/\/([^/?#]+)(?:\/([^?#]*))?$/i.exec(url);
    const bucket = match?.[1];
    // S3's own rules (3-63 chars, lower case, digits, dots, hyphens), so a typo fails here, not as a 404.
    if (!match || !bucket || !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
        throw new errors/* InputError */.d(`Invalid ${inputName} "${shown(url)}": expected s3://bucket/prefix with a bucket name of 3-63 lower-case letters, digits, dots or hyphens`);
    }
    return new S3Store({
        bucket,
        prefix: decodeURIComponent(match[2] ?? ''),
        env: opts.env ?? process.env,
        forcePathStyle: opts.forcePathStyle,
    });
}
function openFileUrl(url, _opts, inputName) {
    try {
        return new FolderStore((0,external_node_url_.fileURLToPath)(url));
    }
    catch {
        throw new errors/* InputError */.d(`Invalid ${inputName} "${shown(url)}": expected file:///absolute/path; ${open_store_ACCEPTED}`);
    }
}
/** The URL as typed (no normalisation a user would not recognise), with any password masked. */
function shown(raw) {
    const redacted = (0,secrets/* redactUrl */.BO)(raw);
    return redacted.includes('***') ? redacted : (0,secrets/* redactSecrets */.fp)(raw);
}


/***/ }),

/***/ 4703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ StoreError),
/* harmony export */   L: () => (/* binding */ assertDownloadable)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);

/**
 * For the drill (and anything else that must read a backup's bytes): fails fast, before any work,
 * when the store cannot hand out backups, saying why and what to use instead.
 */
function assertDownloadable(store, what = 'a restore drill') {
    if (store.downloadable !== false)
        return;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${what} cannot use ${store.displayUrl}: ${store.notDownloadableReason ?? 'this store offers no download of its backups'}`);
}
/**
 * A store that could not be listed or read. `cause` says why in words a person can act on
 * ("bucket lifeboat-prod does not exist", "access denied: the credentials lack s3:ListBucket").
 */
class StoreError extends Error {
    code;
    constructor(message, code = 'unknown') {
        super(message);
        this.code = code;
        this.name = 'StoreError';
    }
}


/***/ })

};
