export const id = 502;
export const ids = [502];
export const modules = {

/***/ 6502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   backupOptions: () => (/* binding */ backupOptions),
/* harmony export */   isRailwayDest: () => (/* binding */ isRailwayDest),
/* harmony export */   parseBackupSettings: () => (/* binding */ parseBackupSettings)
/* harmony export */ });
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _settings_local_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9671);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8532);
/* harmony import */ var _settings_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1145);
/* harmony import */ var _settings_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(266);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);






const backupOptions = {
    'database-url': {
        description: 'Connection URL of the database to back up (postgres://user:password@host:5432/db), from a secret; every part of it is masked. Not used with a railway:// dest.',
        default: '',
        secret: true,
        env: ['LIFEBOAT_DATABASE_URL', 'DATABASE_URL'],
    },
    dest: {
        description: "Where to write the backup: a folder path, file:///path or s3://bucket/prefix; or a railway:// URL to have Railway back up the service's volume (a volume backup in its Backups tab).",
        required: true,
    },
    'name-prefix': {
        description: 'Prepended to every key, e.g. `prod/` or `nightly-`; the key is <name-prefix><database>_<UTC time>.dump.',
        default: '',
    },
    compress: {
        description: "pg_dump --compress value: a level 0-9 (gzip), or with pg_dump 16+ a method such as zstd, zstd:9, lz4 or none. Empty: pg_dump's default.",
        default: '',
    },
    'keep-days': {
        description: 'Retention: delete Lifeboat backups older than this many days (e.g. 14 or 14d). Off when empty.',
        default: '',
    },
    'keep-count': {
        description: 'Retention: keep at most this many Lifeboat backups of this database. Off when empty.',
        default: '',
    },
    'dry-run': {
        description: 'Make the backup, but only list what retention would delete.',
        boolean: true,
        default: 'false',
    },
    's3-force-path-style': {
        description: 'Use path-style S3 addressing (MinIO, some S3-compatible stores).',
        default: 'false',
        boolean: true,
    },
    'postgres-bin-dir': {
        description: 'Directory with pg_dump; found automatically when empty (it must be at least as new as the server).',
        default: '',
    },
    lock: {
        description: 'railway:// dest only: lock the new volume backup so that it never expires.',
        boolean: true,
        default: 'false',
    },
    ..._settings_options_js__WEBPACK_IMPORTED_MODULE_3__/* .commonOptions */ .OP,
};
const zCompress = () => zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
    .optional()
    .transform((text, ctx) => {
    const t = text?.trim() ?? '';
    if (t === '')
        return undefined;
    if (/^\d$/.test(t))
        return { value: t };
    const m = /^(gzip|lz4|zstd|none)(?::([A-Za-z0-9=,_-]+))?$/i.exec(t);
    if (!m) {
        ctx.addIssue({
            code: 'custom',
            message: 'expected a level 0-9 or a method: gzip, lz4, zstd or none, optionally with :level',
        });
        return zod__WEBPACK_IMPORTED_MODULE_6__/* .NEVER */ .tm;
    }
    return { value: t.toLowerCase(), method: m[1].toLowerCase() };
});
const zKeepDays = () => zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
    .optional()
    .transform((text, ctx) => {
    const t = text?.trim() ?? '';
    if (t === '')
        return undefined;
    // A bare number means days here (the input is called keep-days); durations like 36h also work.
    const seconds = /^\d+(\.\d+)?$/.test(t) ? Number(t) * 86_400 : (0,_settings_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDurationSeconds */ .lW)(t);
    if (seconds === undefined || !(seconds > 0) || !Number.isFinite(seconds) || seconds > 100 * 366 * 86_400) {
        ctx.addIssue({ code: 'custom', message: 'expected a number of days like 14, or a duration like 14d' });
        return zod__WEBPACK_IMPORTED_MODULE_6__/* .NEVER */ .tm;
    }
    return seconds;
});
const zKeepCount = () => zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
    .optional()
    .transform((text, ctx) => {
    const t = text?.trim() ?? '';
    if (t === '')
        return undefined;
    if (!/^\d+$/.test(t) || Number(t) < 1 || !Number.isSafeInteger(Number(t))) {
        // 0 would mean "delete everything", which retention never does.
        ctx.addIssue({ code: 'custom', message: 'expected a whole number of backups, at least 1' });
        return zod__WEBPACK_IMPORTED_MODULE_6__/* .NEVER */ .tm;
    }
    return Number(t);
});
const schema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    'database-url': zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().trim().optional(),
    dest: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().trim().min(1),
    'name-prefix': zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    compress: zCompress(),
    'keep-days': zKeepDays(),
    'keep-count': zKeepCount(),
    'dry-run': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_3__/* .zBoolean */ .Rh)(),
    's3-force-path-style': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_3__/* .zBoolean */ .Rh)(),
    'postgres-bin-dir': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_3__/* .zBinDir */ .jn)(['pg_dump']),
    lock: (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_3__/* .zBoolean */ .Rh)(),
    'fail-on': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_3__/* .zEnum */ .kD)(['critical', 'warning', 'never']),
    'report-path': zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
})
    .loose();
function isRailwayDest(dest) {
    return /^railway:\/\//i.test(dest.trim());
}
function parseBackupSettings(raw) {
    const v = (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_3__/* .parseOptions */ .Ac)(backupOptions, schema, raw);
    const railway = isRailwayDest(v.dest);
    if (v.lock && !railway) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`Invalid lock "true": only a railway:// dest has backups to lock; dest is "${v.dest}"`);
    }
    const databaseUrl = v['database-url'] ?? '';
    if (railway) {
        // Railway snapshots the volume itself: a connection URL would go unused, so none is asked for.
        for (const name of ['name-prefix', 'compress', 'keep-days', 'keep-count']) {
            if (v[name] !== undefined && v[name] !== '') {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`Invalid ${name} "${raw[name]}": not used with a railway:// dest (Railway names, compresses and expires its volume backups itself)`);
            }
        }
        return { ...common(v), databaseUrl: '', dest: v.dest };
    }
    if (databaseUrl === '')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`Missing database-url: ${backupOptions['database-url'].description}`);
    if (!/^postgres(ql)?:\/\//i.test(databaseUrl)) {
        // Never echo the value: it is a secret even when malformed.
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d('Invalid database-url: expected a postgres:// or postgresql:// connection URL');
    }
    try {
        new URL(databaseUrl);
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d('Invalid database-url: not a valid URL (percent-encode special characters in the password)');
    }
    const namePrefix = v['name-prefix'] ?? '';
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
    if (/[\u0000-\u001f\u007f]/.test(namePrefix)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`Invalid name-prefix ${JSON.stringify(namePrefix)}: control characters (newline, tab …) are not allowed in backup names`);
    }
    if (namePrefix.startsWith('/') || namePrefix.split('/').some((part) => part === '..' || part === '.')) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`Invalid name-prefix "${namePrefix}": must be relative to dest, without . or .. segments`);
    }
    const folder = localFolderOf(v.dest);
    if (folder !== undefined)
        (0,_settings_local_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .requireBackupFolder */ .Ov)(folder, v.dest);
    return { ...common(v), databaseUrl, dest: v.dest, namePrefix };
}
/** The directory a folder dest names (a path or file:///path); undefined for s3:// and other stores. */
function localFolderOf(dest) {
    const t = dest.trim();
    if (/^file:\/\//i.test(t)) {
        try {
            return (0,node_url__WEBPACK_IMPORTED_MODULE_0__.fileURLToPath)(t);
        }
        catch {
            return undefined; // openWritableStore names the problem.
        }
    }
    return /^[a-z][a-z0-9+.-]*:/i.test(t) && !/^[a-z]:[\\/]/i.test(t) ? undefined : t;
}
function common(v) {
    return {
        namePrefix: '',
        compress: v.compress,
        keepSeconds: v['keep-days'],
        keepCount: v['keep-count'],
        dryRun: v['dry-run'],
        s3ForcePathStyle: v['s3-force-path-style'],
        postgresBinDir: v['postgres-bin-dir'] || undefined,
        lock: v.lock,
        failOn: v['fail-on'],
        reportPath: v['report-path'] || undefined,
    };
}


/***/ }),

/***/ 1145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fp: () => (/* binding */ DURATION_HINT),
/* harmony export */   lW: () => (/* binding */ parseDurationSeconds)
/* harmony export */ });
/* unused harmony export requireDuration */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);

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
function requireDuration(input, text) {
    const seconds = parseDurationSeconds(text);
    if (seconds === undefined) {
        throw new InputError(`Invalid ${input} "${text}": expected ${DURATION_HINT}.`);
    }
    return seconds;
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
  OP: () => (/* binding */ commonOptions),
  kM: () => (/* binding */ decryptionOptions),
  Lx: () => (/* binding */ discoveryOptions),
  Ac: () => (/* binding */ parseOptions),
  dg: () => (/* binding */ registerSecrets),
  Aq: () => (/* binding */ zAgeIdentity),
  jn: () => (/* binding */ zBinDir),
  Rh: () => (/* binding */ zBoolean),
  tk: () => (/* binding */ zDuration),
  kD: () => (/* binding */ zEnum),
  DP: () => (/* binding */ zOptionalDuration),
  _t: () => (/* binding */ zPercent),
  gr: () => (/* binding */ zSize),
  CZ: () => (/* binding */ zTimeZone)
});

// UNUSED EXPORTS: withDefaults

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
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
const zDuration = (opts = {}) => schemas/* string */.YjP().transform((text, ctx) => {
    const seconds = (0,duration/* parseDurationSeconds */.lW)(text);
    if (seconds === undefined || (!opts.allowZero && seconds <= 0)) {
        ctx.addIssue({ code: 'custom', message: `expected ${duration/* DURATION_HINT */.Fp}` });
        return core/* NEVER */.tm;
    }
    return seconds;
});
const zOptionalDuration = () => schemas/* string */.YjP().optional().pipe(zDuration().optional());
const zSize = () => schemas/* string */.YjP().transform((text, ctx) => {
    const bytes = parseSizeBytes(text);
    if (bytes === undefined) {
        ctx.addIssue({ code: 'custom', message: `expected ${SIZE_HINT}` });
        return core/* NEVER */.tm;
    }
    return bytes;
});
const zPercent = () => schemas/* string */.YjP().transform((text, ctx) => {
    const m = /^(\d+(?:\.\d+)?)\s*%?$/.exec(text.trim());
    const v = m ? Number(m[1]) : NaN;
    if (!m || v < 0 || v > 100) {
        ctx.addIssue({ code: 'custom', message: 'expected a percentage from 0% to 100%, like 50%' });
        return core/* NEVER */.tm;
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
    ctx.addIssue({ code: 'custom', message: `expected ${settings_boolean/* BOOLEAN_HINT */.Vk}` });
    return core/* NEVER */.tm;
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
        ctx.addIssue({ code: 'custom', message: `expected one of ${values.join(', ')}` });
        return core/* NEVER */.tm;
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
        boolean: true,
    },
};
const zTimeZone = () => schemas/* string */.YjP().refine((zone) => {
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
        env: ['LIFEBOAT_DECRYPTION_PASSPHRASE'],
    },
    'age-identity': {
        description: 'age identity (AGE-SECRET-KEY-1… lines) of age-encrypted backups, from a secret.',
        default: '',
        secret: true,
        env: ['LIFEBOAT_AGE_IDENTITY'],
    },
};
/** Options every command shares. */
const commonOptions = {
    'fail-on': {
        description: 'Which verdict fails the step / exits non-zero: critical, warning or never.',
        default: 'critical',
        // A terminal or a monitoring agent wants 1 for a warning, as check_* plugins exit.
        cliDefault: 'warning',
    },
    'report-path': {
        description: 'Where to write the JSON report.',
        default: 'lifeboat-report.json',
        only: 'action',
    },
    format: {
        description: 'Output on stdout: text, json (the report, schema lifeboat-report/2) or nagios (one line with perfdata).',
        default: 'text',
        only: 'cli',
    },
    json: { description: 'Same as --format json.', boolean: true, only: 'cli' },
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


/***/ })

};
