export const id = 213;
export const ids = [213];
export const modules = {

/***/ 2213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   matrixCommand: () => (/* binding */ matrixCommand),
/* harmony export */   matrixOptions: () => (/* binding */ matrixOptions)
/* harmony export */ });
/* harmony import */ var _fleet_fleet_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6303);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5377);


const matrixOptions = { config: _fleet_fleet_options_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyFleet */ .K2.options.config };
/**
 * `lifeboat matrix`: one line of JSON for `strategy.matrix` (`fromJSON(…)`), one include per database,
 * so that GitHub runs one job per database and each selects its entry with `name`.
 */
async function matrixCommand(argv, ctx) {
    const raw = (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFlags */ .bQ)('matrix', matrixOptions, argv);
    const { loadLifeboatFile, matrixOf } = await Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(815), __webpack_require__.e(901), __webpack_require__.e(875), __webpack_require__.e(881)]).then(__webpack_require__.bind(__webpack_require__, 6262));
    const file = await loadLifeboatFile(raw.config ?? _fleet_fleet_options_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG_FILE */ .Cu, { explicit: true });
    ctx.stdout.write(`${JSON.stringify(matrixOf(file))}\n`);
    return 0;
}


/***/ }),

/***/ 6303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ DEFAULT_CONFIG_FILE),
/* harmony export */   K2: () => (/* binding */ verifyFleet),
/* harmony export */   ck: () => (/* binding */ drillFleet),
/* harmony export */   z0: () => (/* binding */ applyFleetEntry)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var _settings_settings_group_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3378);


// Kept apart from fleet-file.ts so that the option tables cost no YAML parser at start-up.
const DEFAULT_CONFIG_FILE = '.github/lifeboat.yml';
const nameOf = (v) => ({ name: v.name?.trim() || undefined });
/** `name` picks a fleet entry: verify reads it from `config`. */
const verifyFleet = (0,_settings_settings_group_js__WEBPACK_IMPORTED_MODULE_0__/* .settingsGroup */ .h)({
    name: {
        description: 'Only this entry of the fleet file (databases: in config): its source, database, thresholds and secrets (by name) apply.',
        default: '',
    },
    config: {
        description: 'The fleet file that lists databases: (read when name is set).',
        default: DEFAULT_CONFIG_FILE,
    },
    all: { description: 'Verify every database of the fleet file, one section each.', boolean: true, only: 'cli' },
    'max-parallel': {
        description: 'With --all: how many databases are verified at the same time.',
        default: '2',
        only: 'cli',
    },
}, { name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() }, (v) => nameOf(v));
/** The drill reads its fleet entry from its `checks` file. */
const drillFleet = (0,_settings_settings_group_js__WEBPACK_IMPORTED_MODULE_0__/* .settingsGroup */ .h)({
    name: {
        description: 'Only this entry of the fleet file (databases: in checks): its source, database, targets, secrets (by name) and checks apply.',
        default: '',
    },
}, { name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() }, (v) => nameOf(v));
/**
 * With `name` set, the raw options of that entry's run (its values over the inputs, its secrets read
 * from the environment variables they name); without, `raw` as it is.
 */
async function applyFleetEntry(raw, opts) {
    if (!raw.name?.trim())
        return raw;
    const { withFleetEntry } = await Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(815), __webpack_require__.e(901), __webpack_require__.e(875), __webpack_require__.e(881)]).then(__webpack_require__.bind(__webpack_require__, 6262));
    return (await withFleetEntry(raw, opts)).raw;
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


/***/ })

};
