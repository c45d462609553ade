export const id = 82;
export const ids = [82];
export const modules = {

/***/ 4005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P0: () => (/* binding */ databaseFromName),
  jN: () => (/* binding */ discoverBackups)
});

// UNUSED EXPORTS: isBackupCandidate

// EXTERNAL MODULE: ./src/stores/readable.ts
var readable = __webpack_require__(2228);
// EXTERNAL MODULE: ./src/stores/store.ts
var stores_store = __webpack_require__(4703);
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
const dateOnly = (m) => ({
    year: num(m[1]),
    month: num(m[2]),
    day: num(m[3]),
    hour: 0,
    minute: 0,
    second: 0,
    ms: 0,
    dateOnly: true,
});
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
            dateOnly: m[4] === undefined,
        }),
    },
    {
        // 2025-01-18 (midnight)
        regex: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g,
        parse: (m) => dateOnly(m),
    },
    {
        // 20250118 (midnight); the year range check below keeps arbitrary 8-digit numbers out.
        regex: /(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/g,
        weak: true,
        parse: (m) => dateOnly(m),
    },
];
/**
 * The moment a backup was taken, read from its name: the last timestamp-looking run in the
 * basename (a folder named `2025/January/` or a database called `db2024` must not win over the
 * file's own stamp). Undefined when there is none or it names an impossible moment (month 13,
 * Feb 30): a wrong time would be worse than falling back to last-modified.
 *
 * A stamp without a zone is UTC unless `timezone` (IANA, e.g. `Europe/Berlin`) says otherwise. A
 * name with a day but no time of day (kartoza's `PG_db.28-November-2026.dmp.gz`, written at 23:00)
 * is dated no earlier than `lastModified` when that falls on the named day: midnight would make a
 * backup written late in the day look a day older than it is.
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
    let time;
    if (best.offsetMinutes !== undefined)
        time = new Date(wall - best.offsetMinutes * 60_000);
    else if (!timezone || isUtc(timezone))
        time = new Date(wall);
    else
        time = new Date(wall - zoneOffsetMinutes(timezone, wall) * 60_000);
    const modified = opts.lastModified?.getTime();
    if (best.dateOnly && modified !== undefined && modified > time.getTime() && modified - time.getTime() < 86_400_000) {
        return new Date(modified);
    }
    return time;
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

// EXTERNAL MODULE: ./src/archive/detect-format.ts
var detect_format = __webpack_require__(259);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
// EXTERNAL MODULE: ./src/archive/index.ts + 10 modules
var archive = __webpack_require__(9942);
;// CONCATENATED MODULE: ./src/discovery/header-database.ts


/**
 * How much of an object is read to find the database it holds: a custom archive names it in its
 * first hundred bytes, a tar archive after its 512-byte member header, a gzipped one within a few
 * compressed kilobytes; plain SQL with --create says CREATE DATABASE after the SET lines.
 */
const HEADER_BYTES = 16 * 1024;
/**
 * The database a backup holds, as its own first bytes say (ranged read, never the whole object):
 * the custom/tar TOC header's dbname, or a plain script's CREATE DATABASE / \connect. Undefined when
 * they do not say (plain dump without --create, pg_dumpall, encrypted, unreadable).
 */
async function databaseFromHeader(store, key, size) {
    if (size <= 0)
        return undefined;
    let head;
    try {
        head = await readHead(store, key, Math.min(size, HEADER_BYTES));
    }
    catch {
        // A backup that cannot even be read is verify's finding, not discovery's.
        return undefined;
    }
    return databaseIn(head);
}
async function databaseIn(head, depth = 0) {
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b && depth < 2) {
        let inner;
        try {
            inner = external_node_zlib_default().gunzipSync(head, { finishFlush: (external_node_zlib_default()).constants.Z_SYNC_FLUSH });
        }
        catch {
            return undefined;
        }
        return databaseIn(inner, depth + 1);
    }
    const isCustom = head.subarray(0, 5).toString('latin1') === 'PGDMP';
    const isTar = head.length >= 262 && head.subarray(257, 262).toString('latin1') === 'ustar';
    if (isCustom || isTar)
        return (await (0,archive/* peekHeader */.Hc)(head))?.dbname || undefined;
    return plainDatabase(head.toString('utf8'));
}
async function readHead(store, key, bytes) {
    const stream = await store.read(key, { start: 0, end: bytes - 1 });
    const chunks = [];
    let total = 0;
    try {
        for await (const chunk of stream) {
            chunks.push(chunk);
            total += chunk.length;
            if (total >= bytes)
                break;
        }
    }
    finally {
        stream.destroy();
    }
    return Buffer.concat(chunks).subarray(0, bytes);
}
function plainDatabase(text) {
    // pg_dumpall holds every database: no single one to name.
    if (/^--\s*PostgreSQL database cluster dump/m.test(text))
        return undefined;
    const create = /^CREATE DATABASE\s+("(?:[^"]|"")+"|[^\s;]+)/m.exec(text);
    const connect = /^\\connect\s+(?:-reuse-previous=on\s+)?("(?:[^"]|"")+"|\S+)/m.exec(text);
    const name = create?.[1] ?? connect?.[1];
    if (!name)
        return undefined;
    return name.startsWith('"') ? name.slice(1, -1).replace(/""/g, '"') : name;
}

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
    // `pg_dump -Fd` folders (`app.dir`), which a folder store lists as one object.
    'dir',
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
 * Files backup tools write beside the database dumps that are not one: kartoza's `globals.sql`
 * (`pg_dumpall --globals-only`, rewritten on every run) and its per-table dumps (DB_TABLES:
 * `PG_<schema>.<table>_<28-November-2026-23-00>.sql`, where database dumps are `PG_<db>.<date>.dmp`).
 * Either would otherwise pass for the newest backup after the database dumps stopped.
 */
const NOT_A_DATABASE_BACKUP = [
    /^(.*[._-])?globals\.sql(\.(gz|zst|lz4|bz2|xz))?$/i,
    /^[^_]+_[^/]+\.[^/]+_\d{1,2}-[A-Za-z]+-\d{4}(-\d{2}-\d{2})?\.sql(\.(gz|zst))?$/,
];
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
    if (NOT_A_DATABASE_BACKUP.some((pattern) => pattern.test(base)))
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
        const named = databaseFromName(object.key);
        // A name without a database (Databasus' bare uuids) is decided by the header below.
        if (opts.database !== undefined && named !== undefined && !belongsToDatabase(object.key, opts.database))
            continue;
        const fromName = timeFromName(object.key, { timezone: opts.timezone, lastModified: object.lastModified });
        backups.set(object.key, {
            key: object.key,
            size: object.size,
            lastModified: object.lastModified,
            time: fromName ?? object.lastModified,
            timeSource: fromName ? 'name' : 'last-modified',
            sidecars: {},
            ...(named !== undefined ? { database: named, databaseFrom: 'name' } : {}),
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
    // A store that only lists (Railway) has no manifests or headers to read: its listing is all there is.
    if (!(0,readable/* isReadable */.hS)(store))
        return filterByDatabase(sorted, opts);
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
            // A manifest the store would not hand over says nothing about the backup: kept apart.
            if (error instanceof stores_store/* StoreError */.A)
                backup.manifestUnreadable = error.message;
            else
                backup.manifestError = (0,errors/* errorMessage */.g)(error);
        }
    });
    await labelByHeader(store, sorted, opts);
    return filterByDatabase(sorted, opts);
}
function filterByDatabase(sorted, opts) {
    const kept = opts.database === undefined
        ? sorted
        : sorted.filter((b) => b.database === opts.database || belongsToDatabase(b.key, opts.database));
    return sortNewestFirst(kept);
}
const HEADER_READ_CONCURRENCY = 8;
/**
 * Names the database of backups whose names carry none, from their manifest or their first bytes
 * (PRODUCT.md: databases told apart by content), so several databases sharing one store are
 * detected and `database` can pick among them.
 */
async function labelByHeader(store, backups, opts) {
    for (const b of backups) {
        if (b.database === undefined && b.manifest?.database) {
            b.database = b.manifest.database;
            b.databaseFrom = 'manifest';
        }
    }
    const unnamed = backups.filter((b) => b.database === undefined);
    const toRead = opts.database === undefined ? unnamed.slice(0, Math.max(0, opts.readHeaders ?? 20)) : unnamed;
    await forEachLimited(toRead, HEADER_READ_CONCURRENCY, async (backup) => {
        const database = await databaseFromHeader(store, backup.key, backup.size);
        if (database !== undefined) {
            backup.database = database;
            backup.databaseFrom = 'header';
        }
    });
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
/* harmony export */   kq: () => (/* binding */ expectedChecksum),
/* harmony export */   y_: () => (/* binding */ sha256KeyOf)
/* harmony export */ });
/* unused harmony exports SidecarError, parseManifest, parseSha256Sidecar, readSha256Sidecar */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4377);
/* harmony import */ var _postgres_role_specs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1618);
/* harmony import */ var _stores_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4703);



const MANIFEST_FORMAT = 'lifeboat-manifest/1';
const sha256Hex = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/i, 'expected 64 hexadecimal characters');
/**
 * Lifeboat's `<key>.manifest.json` (PRODUCT.md §7), written last by create-backup: its presence
 * means the backup completed; its row counts are exact (same snapshot as the dump).
 */
const lifeboatManifestSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    format: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(MANIFEST_FORMAT),
    key: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    created_at: zod__WEBPACK_IMPORTED_MODULE_3__/* .datetime */ .w$({ offset: true }),
    sha256: sha256Hex.transform((s) => s.toLowerCase()),
    size: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    server_version: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    pg_dump_version: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    database: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    /**
     * 'own-rows': every count is the table's own rows (FROM ONLY) and parents carry `tree`. Absent in
     * manifests written before: there a parent's `rows` is count(*), its whole tree.
     */
    counting: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('own-rows').optional(),
    tables: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(), tree: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().optional() })),
    /**
     * The cluster's roles (attributes and memberships, never passwords) in the dump's snapshot, for
     * the drill to recreate them faithfully. Absent in manifests written before.
     */
    roles: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(_postgres_role_specs_js__WEBPACK_IMPORTED_MODULE_0__/* .roleSpecSchema */ .lg).optional(),
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
/**
 * The sha256 a backup must have: the manifest's wins over a `.sha256` sidecar, because the manifest
 * is written last, after the upload completed. Undefined when the backup carries neither.
 */
async function expectedChecksum(store, backup) {
    if (backup.manifest?.sha256)
        return { sha256: backup.manifest.sha256, from: 'manifest' };
    if (backup.sidecars.sha256) {
        const sha = await readSha256Sidecar(store, backup.sidecars.sha256);
        if (sha)
            return { sha256: sha, from: '.sha256 sidecar' };
    }
    return undefined;
}
async function readIfExists(store, key) {
    try {
        return await store.readText(key);
    }
    catch (error) {
        if (error instanceof _stores_store_js__WEBPACK_IMPORTED_MODULE_1__/* .StoreError */ .A && error.code === 'not-found')
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 1491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HD: () => (/* binding */ discovery),
/* harmony export */   L8: () => (/* binding */ s3Addressing)
/* harmony export */ });
/* unused harmony export SOURCE_DESCRIPTION */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2857);
/* harmony import */ var _settings_group_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3378);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(266);



const s3AddressingOption = {
    's3-force-path-style': {
        description: 'Use path-style S3 addressing (MinIO, some S3-compatible stores).',
        default: 'false',
        boolean: true,
    },
};
/** How an S3 store is addressed: every command that opens a store, the backup's destination too. */
const s3Addressing = (0,_settings_group_js__WEBPACK_IMPORTED_MODULE_0__/* .settingsGroup */ .h)(s3AddressingOption, { 's3-force-path-style': (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zBoolean */ .Rh)() }, (v) => ({
    s3ForcePathStyle: v['s3-force-path-style'],
}));
/** What most commands accept as `source`; verify and list also take a railway:// URL. */
const SOURCE_DESCRIPTION = 'Where the backups live: a folder path, file:///path or s3://bucket/prefix.';
/**
 * Where a command's backups are and how they are told apart in a store: the same for verify, drill,
 * list, restore and extract. Only the description of `source` differs (what the command accepts).
 */
function discovery(sourceDescription = SOURCE_DESCRIPTION) {
    return (0,_settings_group_js__WEBPACK_IMPORTED_MODULE_0__/* .settingsGroup */ .h)({
        source: { description: sourceDescription, required: true },
        database: { description: 'Only backups of this database, when a prefix holds several.', default: '' },
        timezone: {
            description: 'Time zone of timestamps in backup names that carry none (IANA name).',
            default: 'UTC',
        },
        ...s3AddressingOption,
    }, {
        source: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().trim().min(1),
        database: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        timezone: (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zTimeZone */ .CZ)(),
        's3-force-path-style': (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zBoolean */ .Rh)(),
    }, (v) => ({
        source: v.source,
        database: v.database || undefined,
        timezone: v.timezone,
        s3ForcePathStyle: v['s3-force-path-style'],
    }));
}


/***/ }),

/***/ 1145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ DURATION_HINT),
/* harmony export */   l: () => (/* binding */ parseDurationSeconds)
/* harmony export */ });
const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
const DURATION = /^(?:\d+(?:\.\d+)?[smhdw])+$/;
/** A century: longer than any schedule or retention; beyond it a number is a typo. */
const MAX_SECONDS = 100 * 366 * 86_400;
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
    // 400 nines are a number, but not a duration anyone means ("no gap over Infinityd").
    return Number.isFinite(total) && total <= MAX_SECONDS ? total : undefined;
}


/***/ }),

/***/ 9671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IB: () => (/* binding */ requireBinDir),
/* harmony export */   Ov: () => (/* binding */ requireBackupFolder)
/* harmony export */ });
/* unused harmony export requireReportPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);



/**
 * Checks of local paths given as inputs, made while the settings are parsed: before any network
 * or database connection. Only stat/access calls, which return at once even on /proc; nothing is
 * ever opened or read here.
 */
/** Pseudo file systems: writing a report there can block forever or do something else entirely. */
const SPECIAL = ['/proc', '/sys', '/dev'];
function statOf(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file);
    }
    catch {
        return undefined;
    }
}
function isExecutableFile(file) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isFile();
    }
    catch {
        return false;
    }
}
/** A bin directory must exist and hold every tool named (so another one is never used silently). */
function requireBinDir(dir, tools, input = 'postgres-bin-dir') {
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir);
    if (!statOf(resolved)?.isDirectory()) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Invalid ${input} "${dir}": not a directory; expected the directory holding ${tools.join(', ')}`);
    }
    const missing = tools.filter((t) => !isExecutableFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(resolved, t)));
    if (missing.length) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Invalid ${input} "${dir}": it holds no ${missing.join(', ')}; expected the directory holding ${tools.join(', ')} (e.g. /usr/lib/postgresql/16/bin)`);
    }
    return resolved;
}
function underSpecial(resolved) {
    return SPECIAL.find((root) => resolved === root || resolved.startsWith(`${root}/`));
}
/** The nearest existing ancestor of `resolved` (itself when it exists). */
function existingAncestor(resolved) {
    let at = resolved;
    while (!statOf(at) && node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(at) !== at)
        at = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(at);
    return at;
}
/** A directory that is, or can be made, writable: a backup destination, a report's folder. */
function requireWritableDirectory(resolved, shown, input, accepted) {
    const special = underSpecial(resolved);
    if (special)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Invalid ${input} "${shown}": ${special} is not a place for files; ${accepted}`);
    const ancestor = existingAncestor(resolved);
    if (!statOf(ancestor)?.isDirectory()) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Invalid ${input} "${shown}": ${ancestor} is a file, not a directory; ${accepted}`);
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(ancestor, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Invalid ${input} "${shown}": ${ancestor} is not writable; ${accepted}`);
    }
}
/** A folder store to back up into: a directory (made if missing) this process can write. */
function requireBackupFolder(folder, shown, input = 'dest') {
    requireWritableDirectory(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(folder), shown, input, 'expected a writable directory, file:///path or s3://bucket/prefix');
}
/** Where the JSON report goes: a file (not a directory) whose folder exists or can be made. */
function requireReportPath(file, base, input = 'report-path') {
    const resolved = path.resolve(base, file);
    const accepted = 'expected a file path in a writable directory, like lifeboat-report.json';
    if (statOf(resolved)?.isDirectory())
        throw new InputError(`Invalid ${input} "${file}": a directory; ${accepted}`);
    requireWritableDirectory(path.dirname(resolved), file, input, accepted);
    return resolved;
}


/***/ }),

/***/ 266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ac: () => (/* binding */ parseOptions),
  TR: () => (/* binding */ refuse),
  dg: () => (/* binding */ registerSecrets),
  Aq: () => (/* binding */ zAgeIdentity),
  jn: () => (/* binding */ zBinDir),
  Rh: () => (/* binding */ zBoolean),
  tk: () => (/* binding */ zDuration),
  kD: () => (/* binding */ zEnum),
  DX: () => (/* binding */ zOptional),
  DP: () => (/* binding */ zOptionalDuration),
  _t: () => (/* binding */ zPercent),
  gr: () => (/* binding */ zSize),
  CZ: () => (/* binding */ zTimeZone)
});

// UNUSED EXPORTS: withDefaults

// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/settings/age-identity.ts



/** An age X25519 identity as age-keygen writes it: the prefix, then 58 bech32 characters. */
const IDENTITY = /^AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}$/;
const ACCEPTED = 'expected AGE-SECRET-KEY-1… lines as age-keygen writes them, or the path of such a file';
/**
 * Checks the age-identity input before anything connects: every AGE-SECRET-KEY line well formed,
 * or a readable regular file holding such lines. Never echoes the value: it is a secret.
 */
function requireAgeIdentity(value, input = 'age-identity') {
    let text = value;
    if (!/AGE-SECRET-KEY-/i.test(value)) {
        const file = external_node_path_default().resolve(value.trim());
        // Only a regular file is read: a FIFO or /proc entry could block the run forever.
        let regular = false;
        try {
            regular = (0,external_node_fs_.statSync)(file).isFile();
        }
        catch {
            // Reported below.
        }
        if (!regular)
            throw new errors/* InputError */.d(`Invalid ${input}: holds no AGE-SECRET-KEY-1… line and names no file; ${ACCEPTED}`);
        try {
            text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        }
        catch {
            throw new errors/* InputError */.d(`Invalid ${input}: the file it names cannot be read; ${ACCEPTED}`);
        }
    }
    const keys = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => /^AGE-SECRET-KEY-/i.test(l));
    if (keys.length === 0 || keys.some((k) => !IDENTITY.test(k.toUpperCase()))) {
        throw new errors/* InputError */.d(`Invalid ${input}: an AGE-SECRET-KEY line is malformed; ${ACCEPTED}`);
    }
}

// EXTERNAL MODULE: ./src/settings/local-paths.ts
var local_paths = __webpack_require__(9671);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
// EXTERNAL MODULE: ./src/settings/boolean.ts
var settings_boolean = __webpack_require__(709);
// EXTERNAL MODULE: ./src/settings/duration.ts
var duration = __webpack_require__(1145);
;// CONCATENATED MODULE: ./src/settings/size.ts
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
    const bytes = Math.round(Number(m[1]) * unit);
    return Number.isSafeInteger(bytes) ? bytes : undefined;
}

;// CONCATENATED MODULE: ./src/settings/options.ts








/**
 * Registers every secret among raw options before anything can echo them: values of `secret`
 * options whole, and the password of any URL-valued option (database-url, target).
 */
function registerSecrets(specs, raw) {
    for (const [name, value] of Object.entries(raw)) {
        if (!value)
            continue;
        if (specs[name]?.secret)
            (0,secrets/* addSecret */.Ck)(value);
        if (value.includes('://'))
            (0,secrets/* addUrlSecrets */.EI)(value);
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
            throw new errors/* InputError */.d(`Missing ${name}: ${spec.description}`);
        }
    }
    const parsed = schema.safeParse(values);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0] ?? 'input');
    const value = values[name];
    // A secret is never quoted back, even redacted.
    const shown = value === undefined || specs[name]?.secret ? '' : ` "${value.length > 80 ? `${value.slice(0, 80)}…` : value}"`;
    throw new errors/* InputError */.d(`Invalid ${name}${shown}: ${issue.message}`);
}
/** Fails a zod transform with the one message saying what is accepted. */
function refuse(ctx, message) {
    ctx.addIssue({ code: 'custom', message });
    return core/* NEVER */.tm;
}
/** An input that is off when empty; `parse` gets the trimmed text of one that is given. */
const zOptional = (parse) => schemas/* string */.YjP()
    .optional()
    .transform((text, ctx) => {
    const t = text?.trim() ?? '';
    return t === '' ? undefined : parse(t, ctx);
});
const zDuration = (opts = {}) => schemas/* string */.YjP().transform((text, ctx) => {
    const seconds = (0,duration/* parseDurationSeconds */.l)(text);
    if (seconds === undefined || (!opts.allowZero && seconds <= 0)) {
        return refuse(ctx, `expected ${duration/* DURATION_HINT */.F}`);
    }
    return seconds;
});
const zOptionalDuration = () => schemas/* string */.YjP().optional().pipe(zDuration().optional());
const zSize = () => schemas/* string */.YjP().transform((text, ctx) => {
    const bytes = parseSizeBytes(text);
    if (bytes === undefined) {
        return refuse(ctx, `expected ${SIZE_HINT}`);
    }
    return bytes;
});
const zPercent = () => schemas/* string */.YjP().transform((text, ctx) => {
    const m = /^(\d+(?:\.\d+)?)\s*%?$/.exec(text.trim());
    const v = m ? Number(m[1]) : NaN;
    if (!m || v < 0 || v > 100) {
        return refuse(ctx, 'expected a percentage from 0% to 100%, like 50%');
    }
    return v / 100;
});
const zBoolean = () => schemas/* string */.YjP()
    .optional()
    .transform((text, ctx) => {
    if (text === undefined || text.trim() === '')
        return false;
    const value = (0,settings_boolean/* booleanOrUndefined */.yD)(text);
    if (value !== undefined)
        return value;
    return refuse(ctx, `expected ${settings_boolean/* BOOLEAN_HINT */.Vk}`);
});
/** A secret key input, checked but never echoed. */
const zAgeIdentity = () => schemas/* string */.YjP()
    .optional()
    .superRefine((text, ctx) => {
    if (!text?.trim())
        return;
    try {
        requireAgeIdentity(text);
    }
    catch (error) {
        ctx.addIssue({ code: 'custom', message: (0,errors/* errorMessage */.g)(error).replace(/^Invalid age-identity: /, '') });
    }
});
/**
 * A local directory of PostgreSQL tools: must exist and hold `tools` (or every one of `orTools`:
 * the drill takes a directory of server binaries alone, its client tools then come from elsewhere),
 * or another one is used silently.
 */
const zBinDir = (tools, orTools) => schemas/* string */.YjP()
    .optional()
    .superRefine((text, ctx) => {
    if (!text?.trim())
        return;
    try {
        (0,local_paths/* requireBinDir */.IB)(text.trim(), tools);
    }
    catch (error) {
        if (orTools) {
            try {
                (0,local_paths/* requireBinDir */.IB)(text.trim(), orTools);
                return;
            }
            catch {
                // The first set's message says what is missing.
            }
        }
        ctx.addIssue({
            code: 'custom',
            message: (0,errors/* errorMessage */.g)(error).replace(/^Invalid postgres-bin-dir "[^"]*": /, ''),
        });
    }
});
const zEnum = (values) => schemas/* string */.YjP().transform((text, ctx) => {
    const t = text.trim().toLowerCase();
    if (!values.includes(t)) {
        return refuse(ctx, `expected one of ${values.join(', ')}`);
    }
    return t;
});
const zTimeZone = () => schemas/* string */.YjP().refine((zone) => {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return true;
    }
    catch {
        return false;
    }
}, { message: 'expected an IANA time zone like UTC or Europe/Berlin' });


/***/ }),

/***/ 3378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ settingsGroup),
/* harmony export */   s: () => (/* binding */ composeSettings)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(266);


function settingsGroup(options, shape, read) {
    return { options, shape, read: read };
}
function composeSettings(...groups) {
    const options = {};
    for (const name of groups.flatMap((g) => Object.keys(g.options))) {
        // One option, one meaning: a name in two groups would silently take one group's spec and value.
        if (Object.hasOwn(options, name))
            throw new Error(`Option ${name} is in two settings groups`);
        options[name] = groups.find((g) => Object.hasOwn(g.options, name)).options[name];
    }
    const schema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc(Object.assign({}, ...groups.map((g) => g.shape))).loose();
    return {
        options: options,
        parse(raw) {
            (0,_options_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSecrets */ .dg)(options, raw);
            const values = (0,_options_js__WEBPACK_IMPORTED_MODULE_0__/* .parseOptions */ .Ac)(options, schema, raw);
            return Object.assign({}, ...groups.map((g) => g.read(values, raw)));
        },
    };
}


/***/ }),

/***/ 9660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ej: () => (/* binding */ closeStore),
  Ch: () => (/* binding */ openStore),
  Sv: () => (/* binding */ openWritableStore)
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
// EXTERNAL MODULE: ./src/util/cleanup.ts
var cleanup = __webpack_require__(4532);
// EXTERNAL MODULE: ./src/stores/dump-directory.ts
var dump_directory = __webpack_require__(7860);
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
        yield* this.walk(this.root, '', await (0,promises_.realpath)(this.root));
    }
    /**
     * Symbolic links: a link to a directory is not followed (a `current -> .` loop would never end,
     * and what it shows is listed where it really is); a link to a file inside the store is an alias
     * of that file (`latest.dump`), not a second backup; a link to a file elsewhere is listed.
     */
    async *walk(dir, keyPrefix, realRoot) {
        let names;
        try {
            const handle = await (0,promises_.opendir)(dir);
            names = [];
            for await (const entry of handle) {
                // Dot-entries are in-progress writes (`.<name>.partial`) or tooling litter (.DS_Store, .git):
                // listing a half-written backup as the newest one would be a false alarm or worse.
                if (entry.name.startsWith('.'))
                    continue;
                names.push({
                    name: entry.name,
                    isDir: entry.isDirectory(),
                    isFile: entry.isFile() || entry.isSymbolicLink(),
                    isLink: entry.isSymbolicLink(),
                });
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
                const dumpDir = await directoryArchive(full);
                // A `pg_dump -Fd` folder is one backup, read as a tar of its files, not dozens of broken ones.
                if (dumpDir)
                    yield { key, size: dumpDir.size, lastModified: dumpDir.lastModified };
                else
                    yield* this.walk(full, `${key}/`, realRoot);
                continue;
            }
            if (!entry.isFile)
                continue;
            let info;
            try {
                info = await (0,promises_.stat)(full);
                if (entry.isLink && (info.isDirectory() || isInside(await (0,promises_.realpath)(full), realRoot)))
                    continue;
            }
            catch (error) {
                // Deleted between readdir and stat (retention running next door), a dangling symlink, or a loop.
                if (['ENOENT', 'ELOOP'].includes(error.code ?? ''))
                    continue;
                throw fsError(error, full);
            }
            if (info.isFile()) {
                yield { key, size: info.size, lastModified: info.mtime };
            }
        }
    }
    async read(key, range) {
        const file = this.pathOf(key);
        try {
            const info = await (0,promises_.stat)(file);
            if (info.isDirectory()) {
                const dumpDir = await directoryArchive(file);
                if (dumpDir) {
                    const open = async (f) => (0,external_node_fs_.createReadStream)(external_node_path_default().join(file, f.name), { highWaterMark: READ_CHUNK });
                    return (0,dump_directory/* sliced */.bY)((0,dump_directory/* packDumpDirectory */.N4)(external_node_path_default().basename(file), dumpDir.members, open, (e) => fsError(e, file)), range);
                }
            }
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
        // An interrupted backup must not leave its `.KEY.partial` behind.
        const forget = (0,cleanup/* onInterrupt */.nA)(() => (0,promises_.unlink)(temp).catch(() => { }));
        try {
            await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
            await (0,external_node_stream_promises_.pipeline)(body, counter, (0,external_node_fs_.createWriteStream)(temp));
            await (0,promises_.rename)(temp, file);
        }
        catch (error) {
            await (0,promises_.unlink)(temp).catch(() => { });
            throw fsError(error, file, 'write');
        }
        finally {
            forget();
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
        // By relative path, not by prefix: a root of `/` (file:///) ends in a separator already.
        if (isInside(file, this.root))
            return file;
        throw new store/* StoreError */.A(`key "${key}" is outside the folder ${this.root}`, 'not-found');
    }
}
/** The files of a `pg_dump -Fd` folder (one holding toc.dat) as one backup, or null. */
async function directoryArchive(dir) {
    const files = [];
    try {
        const toc = await (0,promises_.stat)(external_node_path_default().join(dir, 'toc.dat'));
        if (!toc.isFile())
            return null;
        const handle = await (0,promises_.opendir)(dir);
        for await (const entry of handle) {
            if (entry.name.startsWith('.') || !entry.isFile())
                continue;
            const info = await (0,promises_.stat)(external_node_path_default().join(dir, entry.name));
            files.push({ name: entry.name, size: info.size, mtime: info.mtime });
        }
    }
    catch (error) {
        if (['ENOENT', 'ENOTDIR'].includes(error.code ?? ''))
            return null;
        throw fsError(error, `folder ${dir}`);
    }
    return (0,dump_directory/* dumpDirectoryObject */.VS)(dir, files) ?? null;
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
            const message = (0,errors/* errorMessage */.g)(error);
            return new store/* StoreError */.A(`${what}: ${message}`, 'unknown');
        }
    }
}
function isInside(file, root) {
    const relative = external_node_path_default().relative(root, file);
    return relative !== '' && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative);
}

// EXTERNAL MODULE: ./src/stores/railway-store.ts
var railway_store = __webpack_require__(7361);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/stores/resumable-read.ts





const READ_RETRY = { attempts: 4, backoffMs: 500, deadlineMs: 10 * 60_000 };
/** Problems that another request will not fix: the object is gone, the credentials cannot read it. */
const FINAL_CODES = new Set(['not-found', 'no-bucket', 'access-denied', 'bad-credentials']);
function isTransient(error) {
    return !(error instanceof store/* StoreError */.A && FINAL_CODES.has(error.code));
}
const CAUSES = {
    ECONNRESET: 'connection reset',
    EPIPE: 'connection closed',
    ETIMEDOUT: 'connection timed out',
    ECONNREFUSED: 'connection refused',
    ERR_STREAM_PREMATURE_CLOSE: 'connection closed early',
};
/** "connection reset" rather than the runtime's "aborted". */
function readCause(error) {
    const code = error?.code;
    if (code && CAUSES[code])
        return CAUSES[code];
    const message = (0,errors/* errorMessage */.g)(error);
    if (/^aborted$/i.test(message))
        return 'connection reset';
    return message;
}
/**
 * One pass over an object that survives the network: when the body fails or ends short, the read
 * continues with a request for the rest, from the last byte handed on. Nothing is ever handed on
 * twice, so a hash of the output is the object's hash. The first request is made (and retried)
 * before this resolves, so "no such object" still rejects here. A read that finally fails is a
 * StoreError (`read-failed`) naming the cause and how far it got.
 */
async function resumableRead(key, open, policy = READ_RETRY, 
/** This read is one part of a larger one (rangedRead): messages say where in the whole object. */
span) {
    const started = Date.now();
    let attempt = 0;
    let offset = 0;
    let size;
    const fail = (error) => {
        const whole = span ? span.total : size;
        const where = (span?.from ?? 0) + offset;
        const at = whole ? ` at ${(0,format/* formatBytes */.z3)(where)} of ${(0,format/* formatBytes */.z3)(whole)}` : where ? ` at ${(0,format/* formatBytes */.z3)(where)}` : '';
        return new store/* StoreError */.A(`could not read ${key} after ${attempt} attempt${attempt === 1 ? '' : 's'}: ${readCause(error)}${at}`, 'read-failed');
    };
    /** Waits before the next attempt, or throws when there is none left. */
    const another = async (error) => {
        if (!isTransient(error))
            throw error;
        if (attempt >= policy.attempts || Date.now() - started >= policy.deadlineMs)
            throw fail(error);
        await (0,external_node_timers_promises_.setTimeout)(policy.backoffMs * 2 ** (attempt - 1));
    };
    const openNext = async () => {
        for (;;) {
            attempt++;
            try {
                const opened = await open(offset);
                if (offset === 0)
                    size = opened.size;
                return opened.body;
            }
            catch (error) {
                await another(error);
            }
        }
    };
    const first = await openNext();
    async function* bytes() {
        let body = first;
        for (;;) {
            try {
                for await (const chunk of body) {
                    offset += chunk.length;
                    yield chunk;
                }
                if (size === undefined || offset >= size)
                    return;
                throw Object.assign(new Error('the connection closed early'), { code: 'ERR_STREAM_PREMATURE_CLOSE' });
            }
            catch (error) {
                // The consumer closed the stream (a ranged read is done with its first part): no retry.
                if (out.destroyed)
                    return;
                await another(error);
                body = await openNext();
            }
        }
    }
    const out = external_node_stream_.Readable.from(bytes(), { objectMode: false });
    return out;
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
// S3's smallest part. Each part is a new Buffer that lib-storage gathers and drops after its upload;
// with 8 MiB parts the garbage's high-water mark grew with the object (a 448 MB backup peaked 1.2×
// the RSS of a 45 MB one), with 5 MiB it stays flat (1.08×, 0.98× in two runs of memory.test.ts).
const PART_SIZE = 5 * 1024 * 1024;
// Parts in flight: memory stays at about QUEUE_SIZE × PART_SIZE whatever the object's size.
const QUEUE_SIZE = 2;
const PERMISSION = {
    list: 's3:ListBucket',
    read: 's3:GetObject',
    write: 's3:PutObject',
    delete: 's3:DeleteObject',
    abort: 's3:AbortMultipartUpload',
};
class S3Store {
    kind = 's3';
    displayUrl;
    bucket;
    prefix;
    config;
    connected;
    endpointForMessages;
    /** `pg_dump -Fd` folders the listing found, by their key, read as one tar of their objects. */
    dumpDirectories = new Map();
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
        // The SDK's notice that its releases after January 2027 need Node 22 is about SDK versions
        // Lifeboat does not ship (the bundle pins one): on Node 20 it was 8 lines of noise per run.
        process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
        this.connected ??= __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19)).then((sdk) => ({ sdk, client: new sdk.S3Client(this.config) }));
        return this.connected;
    }
    list() {
        return (0,dump_directory/* groupDumpDirectories */.v$)(this.listObjects(), (key, members) => this.dumpDirectories.set(key, members));
    }
    async *listObjects() {
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
    /**
     * Streams an object. A whole-object read resumes where it broke off (a Range request pinned to
     * the first answer's ETag), so one reset connection costs one request, not the verdict.
     */
    async read(key, range) {
        const members = this.dumpDirectories.get(key);
        if (members) {
            const folder = key.slice(key.lastIndexOf('/') + 1);
            const tar = (0,dump_directory/* packDumpDirectory */.N4)(folder, members, (m) => this.read(`${key}/${m.name}`), (e) => this.storeError(e, 'read', key));
            return (0,dump_directory/* sliced */.bY)(tar, range);
        }
        if (range)
            return (await this.get(key, `bytes=${range.start}-${range.end}`)).body;
        let etag;
        return resumableRead(key, async (start) => {
            const got = await this.get(key, start > 0 ? `bytes=${start}-` : undefined, etag);
            etag ??= got.etag;
            return got;
        });
    }
    async get(key, range, ifMatch) {
        try {
            const { sdk, client } = await this.connect();
            const response = await client.send(new sdk.GetObjectCommand({ Bucket: this.bucket, Key: this.prefix + key, Range: range, IfMatch: ifMatch }));
            const body = response.Body;
            const stream = !body ? external_node_stream_.Readable.from([]) : body instanceof external_node_stream_.Readable ? body : external_node_stream_.Readable.fromWeb(body);
            return { body: stream, size: response.ContentLength, etag: response.ETag };
        }
        catch (error) {
            throw this.storeError(error, 'read', key);
        }
    }
    /** Manifests and sidecars: read through the same retries as backups. */
    async readText(key) {
        const chunks = [];
        for await (const chunk of await this.read(key))
            chunks.push(chunk);
        return Buffer.concat(chunks).toString('utf8');
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
            // The abort is ours (below): lib-storage's own throws the abort's error in place of the
            // part's, so a denied abort would hide the 500 that failed the upload.
            leavePartsOnError: true,
        });
        const done = upload.done();
        // Once per upload, whether the failure or an interruption gets there first.
        let aborting;
        const abortParts = () => (aborting ??= this.abortMultipart(upload, key));
        // Parts of an interrupted upload stay (and are billed) until the upload is aborted.
        const forget = (0,cleanup/* onInterrupt */.nA)(async () => {
            await upload.abort();
            await done.catch(() => undefined);
            await abortParts();
        });
        try {
            await done;
        }
        catch (error) {
            const failed = this.storeError(error, 'write', key);
            const abortFailure = await abortParts();
            if (abortFailure)
                failed.cleanup.push(abortFailure);
            throw failed;
        }
        finally {
            forget();
        }
        return { size };
    }
    /**
     * Aborts the multipart upload a failed or interrupted write started, so its parts are not kept
     * (and billed). Returns why it could not, as a line for the report.
     */
    async abortMultipart(upload, key) {
        // Upload.abort() only stops lib-storage; the id of the multipart upload is on the instance.
        const uploadId = upload.uploadId;
        if (!uploadId)
            return undefined;
        try {
            const { sdk, client } = await this.connect();
            await client.send(new sdk.AbortMultipartUploadCommand({ Bucket: this.bucket, Key: this.prefix + key, UploadId: uploadId }));
            return undefined;
        }
        catch (error) {
            const why = this.storeError(error, 'abort', key).message;
            return `could not abort the multipart upload of ${this.prefix + key} (its parts stay, and are billed, until aborted): ${why}`;
        }
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






const ACCEPTED = 'expected a folder path, file:///path or s3://bucket/prefix';
/**
 * One entry per URL scheme. A new kind of store (railway://) is one more row; `listing` rows are
 * refused by openWritableStore. Whether a store's backups can be read is readable.ts's to decide.
 */
const SCHEMES = {
    's3:': { capability: 'writable', open: openS3 },
    'file:': { capability: 'writable', open: openFileUrl },
    'railway:': {
        capability: 'listing',
        open: (url, opts, inputName) => (0,railway_store.openRailwayStore)(url, opts.env ?? process.env, inputName),
    },
};
const FOLDER = { capability: 'writable', open: (path) => new FolderStore(path) };
function openStore(url, opts = {}) {
    const { raw, inputName, scheme } = locate(url, opts);
    return scheme.open(raw, opts, inputName);
}
function openWritableStore(url, opts = {}) {
    const { raw, inputName, name, scheme } = locate(url, opts);
    if (scheme.capability !== 'writable') {
        throw new errors/* InputError */.d(`Invalid ${inputName} "${shown(raw)}": ${name}// stores are read-only; ${ACCEPTED}`);
    }
    return scheme.open(raw, opts, inputName);
}
/**
 * Frees what an opened store holds: an S3 client's idle keep-alive sockets would hold a short-lived
 * process open. Folder and Railway stores hold nothing.
 */
function closeStore(store) {
    if (store instanceof S3Store)
        store.destroy();
}
function locate(url, opts) {
    const inputName = opts.inputName ?? 'source';
    const raw = url.trim();
    if (raw === '')
        throw new errors/* InputError */.d(`Invalid ${inputName} "": ${ACCEPTED}`);
    const name = /^([a-z][a-z0-9+.-]*:)\/\//i.exec(raw)?.[1]?.toLowerCase();
    if (name === undefined) {
        // Something like `c:x` or `s3:/bucket` is a mistyped URL far more often than a folder name.
        if (/^[a-z][a-z0-9+.-]*:/i.test(raw) && !/^[a-z]:[\\/]/i.test(raw)) {
            throw new errors/* InputError */.d(`Invalid ${inputName} "${shown(raw)}": ${ACCEPTED}`);
        }
        return { raw, inputName, scheme: FOLDER };
    }
    const scheme = SCHEMES[name];
    if (!scheme)
        throw new errors/* InputError */.d(`Invalid ${inputName} "${shown(raw)}": ${ACCEPTED}`);
    return { raw, inputName, name, scheme };
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
        throw new errors/* InputError */.d(`Invalid ${inputName} "${shown(url)}": expected file:///absolute/path; ${ACCEPTED}`);
    }
}
/** The URL as typed (no normalisation a user would not recognise), with any password masked. */
function shown(raw) {
    const redacted = (0,secrets/* redactUrl */.BO)(raw);
    return redacted.includes('***') ? redacted : (0,secrets/* redactSecrets */.fp)(raw);
}


/***/ }),

/***/ 7361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RAILWAY_API_URL: () => (/* binding */ RAILWAY_API_URL),
/* harmony export */   RAILWAY_DOCUMENTS: () => (/* binding */ RAILWAY_DOCUMENTS),
/* harmony export */   RAILWAY_NOT_DOWNLOADABLE: () => (/* binding */ RAILWAY_NOT_DOWNLOADABLE),
/* harmony export */   RailwayStore: () => (/* binding */ RailwayStore),
/* harmony export */   VOLUME_INSTANCES_PAGE_SIZE: () => (/* binding */ VOLUME_INSTANCES_PAGE_SIZE),
/* harmony export */   openRailwayStore: () => (/* binding */ openRailwayStore),
/* harmony export */   parseRailwayUrl: () => (/* binding */ parseRailwayUrl)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4537);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4703);



const RAILWAY_API_URL = 'https://backboard.railway.com/graphql/v2';
/**
 * Why a Railway volume backup cannot be verified or drilled, and what to do instead. Shown by
 * verify's skipped integrity checks and by the drill's refusal (readable.ts).
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
    const bad = () => new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`Invalid ${inputName} "${url}": ${ACCEPTED}`);
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
        (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .addSecret */ .Ck)(project);
        return {
            kind: 'project',
            headers: { 'Project-Access-Token': project },
            described: 'the project token in RAILWAY_TOKEN (sent as Project-Access-Token)',
        };
    }
    if (account) {
        (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .addSecret */ .Ck)(account);
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
// Paged as Railway's CLI pages it (controllers/project.rs get_environment_instances): 500 a page,
// following pageInfo.endCursor while hasNextPage. Unpaged, a large environment hides volumes.
const VOLUME_INSTANCES_QUERY = `query environmentVolumeInstances($id: String!, $first: Int, $after: String) {
  environment(id: $id) {
    volumeInstances(first: $first, after: $after) {
      edges {
        node {
          id
          serviceId
          mountPath
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}`;
const VOLUME_INSTANCES_PAGE_SIZE = 500;
/** A cursor loop that never ends is a broken API, not a large environment. */
const MAX_VOLUME_INSTANCE_PAGES = 200;
// The CLI's VolumeInstanceBackupCreate.graphql and VolumeInstanceBackupLock.graphql.
const BACKUP_CREATE_MUTATION = `mutation volumeInstanceBackupCreate($volumeInstanceId: String!, $name: String) {
  volumeInstanceBackupCreate(volumeInstanceId: $volumeInstanceId, name: $name) {
    workflowId
  }
}`;
const BACKUP_LOCK_MUTATION = `mutation volumeInstanceBackupLock($volumeInstanceId: String!, $volumeInstanceBackupId: String!) {
  volumeInstanceBackupLock(volumeInstanceId: $volumeInstanceId, volumeInstanceBackupId: $volumeInstanceBackupId)
}`;
/** Every GraphQL document Lifeboat can send to Railway; a test validates each against Railway's schema. */
const RAILWAY_DOCUMENTS = {
    backups: BACKUPS_QUERY,
    schedules: SCHEDULES_QUERY,
    volumeInstances: VOLUME_INSTANCES_QUERY,
    backupCreate: BACKUP_CREATE_MUTATION,
    backupLock: BACKUP_LOCK_MUTATION,
};
const MB = 1024 * 1024;
/**
 * Railway's own volume backups, read through the public GraphQL API (PRODUCT.md §6). Metadata
 * only: list() gives each backup as an object (key = backup id, size = referenced MB, time =
 * createdAt) so recency, gaps and sizes work as for any store. It is no ReadableStore: Railway
 * offers no download of a snapshot.
 */
class RailwayStore {
    options;
    kind = 'railway';
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
    async listBackups(opts = {}) {
        if (this.backups && !opts.fresh)
            return this.backups;
        const volumeInstanceId = await this.resolveVolumeInstance();
        const data = await this.query(BACKUPS_QUERY, {
            volumeInstanceId,
        });
        const list = data.volumeInstanceBackupList ?? [];
        for (const b of list) {
            if (typeof b?.id !== 'string' || Number.isNaN(Date.parse(b.createdAt))) {
                throw new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreError */ .A(`Railway answered a backup without an id or a valid createdAt: ${JSON.stringify(b).slice(0, 200)}`);
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
    /**
     * Starts a backup of the volume (Railway snapshots it in a workflow) and returns the workflow id;
     * the backup itself shows up in listBackups() once the snapshot is taken.
     */
    async startBackup(name) {
        const volumeInstanceId = await this.resolveVolumeInstance();
        const data = await this.query(BACKUP_CREATE_MUTATION, { volumeInstanceId, name });
        return { volumeInstanceId, workflowId: data.volumeInstanceBackupCreate?.workflowId ?? null };
    }
    /** Removes the backup's expiry, so no schedule's retention ever deletes it. */
    async lockBackup(backupId) {
        const volumeInstanceId = await this.resolveVolumeInstance();
        const data = await this.query(BACKUP_LOCK_MUTATION, {
            volumeInstanceId,
            volumeInstanceBackupId: backupId,
        });
        return data.volumeInstanceBackupLock === true;
    }
    /** Every volume instance of the environment, page by page. */
    async volumeInstances(environmentId) {
        const nodes = [];
        let after = null;
        for (let page = 0; page < MAX_VOLUME_INSTANCE_PAGES; page++) {
            const data = await this.query(VOLUME_INSTANCES_QUERY, {
                id: environmentId,
                first: VOLUME_INSTANCES_PAGE_SIZE,
                after,
            });
            if (!data.environment) {
                throw new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreError */ .A(`Railway environment ${environmentId} not found`, 'not-found');
            }
            const connection = data.environment.volumeInstances;
            nodes.push(...connection.edges.map((e) => e.node));
            if (!connection.pageInfo?.hasNextPage)
                return nodes;
            if (!connection.pageInfo.endCursor || connection.pageInfo.endCursor === after) {
                throw new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreError */ .A(`Railway listed more volume instances of environment ${environmentId} without a next cursor`);
            }
            after = connection.pageInfo.endCursor;
        }
        throw new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreError */ .A(`environment ${environmentId} lists more than ${MAX_VOLUME_INSTANCE_PAGES * VOLUME_INSTANCES_PAGE_SIZE} volume instances`);
    }
    resolveVolumeInstance() {
        this.volumeInstanceId ??= (async () => {
            const t = this.options.target;
            if (t.kind === 'volume')
                return t.volumeInstanceId;
            const nodes = await this.volumeInstances(t.environmentId);
            const mine = nodes.filter((n) => n.serviceId === t.serviceId);
            if (mine.length === 0) {
                throw new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreError */ .A(`service ${t.serviceId} has no volume in environment ${t.environmentId} (${nodes.length} volume${nodes.length === 1 ? '' : 's'} there belong to other services)`, 'not-found');
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
            throw new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreError */ .A('no Railway token: set RAILWAY_API_TOKEN (an account or workspace token, sent as Authorization: Bearer) ' +
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
                throw new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreError */ .A(`cannot reach the Railway API at ${this.endpoint}: ${cause?.code ?? cause?.message ?? error.message}`, 'unreachable');
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
                throw new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreError */ .A(this.notAuthorized(token, messages[0] ?? `HTTP ${response.status}`), 'access-denied');
            }
            if (response.status === 429) {
                throw new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreError */ .A(`Railway API rate limit: still HTTP 429 after ${maxRetries} retries`, 'unreachable');
            }
            if (messages.length) {
                const notFound = messages.some((m) => /not found|does not exist/i.test(m));
                throw new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreError */ .A(`Railway API: ${(0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(messages.join('; '))}`, notFound ? 'not-found' : 'unknown');
            }
            if (!response.ok || !body?.data) {
                throw new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreError */ .A(`Railway API answered HTTP ${response.status}: ${(0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(text.slice(0, 200))}`);
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
        return `Railway says "${(0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(message)}" for ${what} with ${token.described}: ${hint}`;
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


/***/ }),

/***/ 2228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CM: () => (/* binding */ requireReadable),
/* harmony export */   KR: () => (/* binding */ notReadableReason),
/* harmony export */   hS: () => (/* binding */ isReadable)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/* harmony import */ var _railway_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7361);


/** Why each kind of store that only lists cannot hand out a backup's bytes, and what to do instead. */
const NOT_READABLE = { railway: _railway_store_js__WEBPACK_IMPORTED_MODULE_1__.RAILWAY_NOT_DOWNLOADABLE };
/** The one place that decides whether a store's backups can be read (Railway's cannot). */
function isReadable(store) {
    return typeof store.read === 'function';
}
/** What verify's skipped integrity checks and a refused drill, restore or extract say. */
function notReadableReason(store) {
    return NOT_READABLE[store.kind] ?? 'this store offers no download of its backups';
}
/**
 * For the drill and anything else that must read a backup's bytes: fails fast, before any work,
 * when the store cannot hand out backups, saying why and what to use instead.
 */
function requireReadable(store, what = 'a restore drill') {
    if (isReadable(store))
        return store;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${what} cannot use ${store.displayUrl}: ${notReadableReason(store)}`);
}


/***/ }),

/***/ 4703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ StoreError)
/* harmony export */ });
/**
 * A store that could not be listed or read. `cause` says why in words a person can act on
 * ("bucket lifeboat-prod does not exist", "access denied: the credentials lack s3:ListBucket").
 */
class StoreError extends Error {
    code;
    /**
     * Cleanups that failed after this error (an upload that could not be aborted): each is a line of
     * its own after the cause, never in its place.
     */
    cleanup = [];
    constructor(message, code = 'unknown') {
        super(message);
        this.code = code;
        this.name = 'StoreError';
    }
}


/***/ }),

/***/ 4532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   In: () => (/* binding */ interruptible),
/* harmony export */   k$: () => (/* binding */ exitCleanlyOnSignal),
/* harmony export */   mk: () => (/* binding */ makeTempDir),
/* harmony export */   nA: () => (/* binding */ onInterrupt),
/* harmony export */   sz: () => (/* binding */ atExit)
/* harmony export */ });
/* unused harmony exports signalExitCode, exitOnSignal */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



const interruptUndos = new Set();
const exitUndos = new Set();
const CLEANUP_LIMIT_MS = 15_000;
/** Registers `undo` for an interruption; the returned function unregisters it. */
function onInterrupt(undo) {
    interruptUndos.add(undo);
    return () => interruptUndos.delete(undo);
}
let exitListener = false;
/** Registers a synchronous `undo` for process exit (signals included); the returned function unregisters it. */
function atExit(undo) {
    if (!exitListener) {
        exitListener = true;
        process.on('exit', () => {
            for (const u of [...exitUndos]) {
                try {
                    u();
                }
                catch {
                    // Best effort while exiting: the other undos still deserve to run.
                }
            }
        });
    }
    exitUndos.add(undo);
    return () => exitUndos.delete(undo);
}
async function makeTempDir(parent, prefix) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(parent, prefix));
    const removeSync = () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
    const forget = atExit(removeSync);
    return {
        path: dir,
        remove: async () => {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true }).catch(() => removeSync());
            forget();
        },
    };
}
/** Exit status of a run stopped by `signal`, as shells report it. */
function signalExitCode(signal) {
    return signal === 'SIGINT' ? 130 : 143;
}
let exiting = false;
/** Commands under way (`interruptible`): they announce an interruption; a bare cluster owner does not. */
let commands = 0;
let holders = 0;
/**
 * The one way a process stops on a signal: one "interrupted" line while a command runs, the
 * interrupt undos (bounded), then exit 130/143, whose 'exit' listeners run the exit undos.
 */
function exitOnSignal(signal) {
    if (exiting)
        return;
    exiting = true;
    if (commands > 0)
        process.stderr.write(`lifeboat: interrupted by ${signal}; cleaning up\n`);
    const code = signalExitCode(signal);
    const pending = [...interruptUndos].map((undo) => Promise.resolve().then(undo));
    if (pending.length === 0)
        process.exit(code);
    setTimeout(() => process.exit(code), CLEANUP_LIMIT_MS).unref();
    void Promise.allSettled(pending).then(() => process.exit(code));
}
/** Listens for SIGINT/SIGTERM until the returned function is called (once per hold). */
function holdSignals() {
    if (holders++ === 0) {
        process.on('SIGINT', exitOnSignal);
        process.on('SIGTERM', exitOnSignal);
    }
    let released = false;
    return () => {
        if (released)
            return;
        released = true;
        if (--holders === 0) {
            process.off('SIGINT', exitOnSignal);
            process.off('SIGTERM', exitOnSignal);
        }
    };
}
/**
 * For the life of the process, SIGINT/SIGTERM exit through the registry rather than kill it on the
 * spot: what owns something no finally block can be trusted to undo (a running cluster) calls this.
 */
function exitCleanlyOnSignal() {
    holdSignals();
}
/** Runs a command's `work` with SIGINT/SIGTERM leading to exitOnSignal, announced. */
async function interruptible(work) {
    const release = holdSignals();
    commands++;
    try {
        return await work();
    }
    finally {
        commands--;
        release();
    }
}


/***/ })

};
