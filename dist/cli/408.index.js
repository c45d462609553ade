export const id = 408;
export const ids = [408,708];
export const modules = {

/***/ 5708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_CHECKS_FILE: () => (/* binding */ DEFAULT_CHECKS_FILE),
/* harmony export */   drillOptions: () => (/* binding */ drillOptions),
/* harmony export */   parseDrillSettings: () => (/* binding */ parseDrillSettings)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8532);
/* harmony import */ var _settings_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8031);
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4537);




const DEFAULT_CHECKS_FILE = '.github/lifeboat.yml';
const drillOptions = {
    source: {
        description: 'Where the backups live: a folder path, file:///path or s3://bucket/prefix.',
        required: true,
    },
    backup: {
        description: 'Which backup to restore: latest, an exact key, or before:<ISO time> (the newest backup taken before that moment).',
        default: 'latest',
    },
    checks: {
        description: 'The checks file (tables, freshness, assertions, smoke, amcheck). A missing default file means no extra checks.',
        default: DEFAULT_CHECKS_FILE,
    },
    target: {
        description: 'Where to restore: ephemeral (a throwaway cluster on this machine) or a postgresql:// URL of a scratch database.',
        default: 'ephemeral',
    },
    'allow-overwrite': {
        description: 'Restore into a URL target even when its database already holds tables.',
        default: 'false',
        boolean: true,
    },
    'production-database-url': {
        description: 'The production database: a target that is the same host, port and database is always refused.',
        default: '',
        secret: true,
    },
    'postgres-bin-dir': {
        description: 'Directory with the PostgreSQL binaries (initdb, pg_ctl, postgres, pg_restore, psql); found automatically when empty.',
        default: '',
    },
    jobs: { description: 'Parallel pg_restore jobs: a number, or auto for the CPU count.', default: 'auto' },
    'rto-target': {
        description: 'Critical when fetch + restore + verification take longer than this (recovery time objective).',
        default: '1h',
    },
    'rpo-target': {
        description: 'Critical when the restored backup (or its newest data) is older than this (recovery point objective).',
        default: '24h',
    },
    'smoke-command': {
        description: 'A shell command run with DATABASE_URL and PG* of the restored database; a non-zero exit fails the drill.',
        default: '',
    },
    amcheck: {
        description: 'Check every btree index of the restored database with amcheck (bt_index_check).',
        default: 'false',
        boolean: true,
    },
    keep: {
        description: 'Leave the restored ephemeral database running for later steps (output database-url); the post step removes it.',
        default: 'false',
        only: 'action',
    },
    ..._settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .discoveryOptions */ .Lx,
    ..._settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .decryptionOptions */ .kM,
    ..._settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .commonOptions */ .OP,
};
const zBackup = () => zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().transform((text, ctx) => {
    const t = text.trim();
    if (t === '' || t.toLowerCase() === 'latest')
        return { kind: 'latest' };
    if (t.toLowerCase().startsWith('before:')) {
        const when = t.slice('before:'.length).trim();
        // Date.parse accepts "March 7"; an incident time must be unambiguous, so ISO 8601 only.
        const ms = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i.test(when)
            ? Date.parse(/[T ]/.test(when) && !/(Z|[+-]\d{2}:?\d{2})$/i.test(when) ? `${when}Z` : when)
            : NaN;
        if (Number.isNaN(ms)) {
            ctx.addIssue({ code: 'custom', message: 'expected before:<ISO 8601 time>, like before:2025-01-18T14:30:00Z' });
            return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
        }
        return { kind: 'before', time: new Date(ms) };
    }
    return { kind: 'key', key: t };
});
const zTarget = () => zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().transform((text, ctx) => {
    const t = text.trim();
    if (t === '' || t.toLowerCase() === 'ephemeral')
        return 'ephemeral';
    if (/^postgres(ql)?:\/\//i.test(t)) {
        try {
            new URL(t);
            return t;
        }
        catch {
            // fall through to the message below
        }
    }
    ctx.addIssue({
        code: 'custom',
        message: 'expected ephemeral or a postgresql://user:password@host:port/database URL',
    });
    return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
});
const zJobs = () => zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().transform((text, ctx) => {
    const t = text.trim().toLowerCase();
    if (t === '' || t === 'auto')
        return Math.max(1, node_os__WEBPACK_IMPORTED_MODULE_0___default().availableParallelism?.() ?? node_os__WEBPACK_IMPORTED_MODULE_0___default().cpus().length);
    const n = Number(t);
    if (!Number.isInteger(n) || n < 1 || n > 256) {
        ctx.addIssue({ code: 'custom', message: 'expected auto or a whole number from 1 to 256' });
        return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
    }
    return n;
});
const schema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    source: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().trim().min(1),
    backup: zBackup(),
    checks: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    target: zTarget(),
    'allow-overwrite': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zBoolean */ .Rh)(),
    'production-database-url': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    'postgres-bin-dir': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    jobs: zJobs(),
    'rto-target': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zDuration */ .tk)(),
    'rpo-target': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zDuration */ .tk)(),
    'smoke-command': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    amcheck: (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zBoolean */ .Rh)(),
    keep: (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zBoolean */ .Rh)(),
    database: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    timezone: (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zTimeZone */ .CZ)(),
    's3-force-path-style': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zBoolean */ .Rh)(),
    'decryption-passphrase': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    'age-identity': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    'fail-on': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zEnum */ .kD)(['critical', 'warning', 'never']),
    'report-path': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
})
    .loose();
function parseDrillSettings(raw) {
    // Registered before parsing, so even an error message quoting a URL cannot leak a password.
    for (const name of ['target', 'production-database-url']) {
        const value = raw[name];
        if (value)
            (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .addUrlSecrets */ .EI)(value);
    }
    (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .addSecret */ .Ck)(raw['production-database-url']);
    const v = (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOptions */ .Ac)(drillOptions, schema, raw);
    const explicit = raw.checks !== undefined && raw.checks.trim() !== '' && raw.checks.trim() !== DEFAULT_CHECKS_FILE;
    return {
        source: v.source,
        backup: v.backup,
        checksFile: v.checks || DEFAULT_CHECKS_FILE,
        checksFileExplicit: explicit,
        target: v.target,
        allowOverwrite: v['allow-overwrite'],
        productionDatabaseUrl: v['production-database-url']?.trim() || undefined,
        postgresBinDir: v['postgres-bin-dir'] || undefined,
        jobs: v.jobs,
        rtoTargetSeconds: v['rto-target'],
        rpoTargetSeconds: v['rpo-target'],
        smokeCommand: v['smoke-command']?.trim() || undefined,
        amcheck: v.amcheck,
        keep: v.keep,
        database: v.database || undefined,
        timezone: v.timezone,
        s3ForcePathStyle: v['s3-force-path-style'],
        decryptionPassphrase: v['decryption-passphrase'] || undefined,
        ageIdentity: v['age-identity'] || undefined,
        failOn: v['fail-on'],
        reportPath: v['report-path'] || undefined,
    };
}


/***/ }),

/***/ 7408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   extractOptions: () => (/* binding */ extractOptions),
/* harmony export */   parseExtractSettings: () => (/* binding */ parseExtractSettings),
/* harmony export */   parseRestoreSettings: () => (/* binding */ parseRestoreSettings),
/* harmony export */   parseTableName: () => (/* binding */ parseTableName),
/* harmony export */   qualifiedName: () => (/* binding */ qualifiedName),
/* harmony export */   restoreOptions: () => (/* binding */ restoreOptions)
/* harmony export */ });
/* harmony import */ var _drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5708);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);


/**
 * `lifeboat restore` and `lifeboat extract` select and read backups exactly as the drill does, so
 * their shared options are the drill's own specs and are validated by the drill's parser: the same
 * flag means the same thing, with the same error message, in all three commands.
 */
const shared = {
    source: _drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_0__.drillOptions.source,
    backup: _drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_0__.drillOptions.backup,
    'postgres-bin-dir': _drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_0__.drillOptions['postgres-bin-dir'],
    database: _drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_0__.drillOptions.database,
    timezone: _drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_0__.drillOptions.timezone,
    's3-force-path-style': _drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_0__.drillOptions['s3-force-path-style'],
};
const restoreOptions = {
    ...shared,
    target: {
        description: 'The postgresql:// URL of the database to restore into. It must hold no tables unless --allow-overwrite.',
        required: true,
    },
    table: {
        description: 'Restore only this table, schema.table (definition and data, as pg_restore --table); repeat for more. Default: everything.',
    },
    'allow-overwrite': {
        description: 'Restore even though the target database already holds tables (its restored objects are dropped first).',
        default: 'false',
        boolean: true,
    },
    'production-database-url': _drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_0__.drillOptions['production-database-url'],
    jobs: _drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_0__.drillOptions.jobs,
};
const extractOptions = {
    ...shared,
    table: {
        description: 'The table whose data to write to stdout as SQL (COPY … FROM stdin), schema.table; load it with psql.',
        required: true,
    },
};
/** `schema.table`, or a bare `table` in public; quotes are not needed (names are matched exactly). */
function parseTableName(text) {
    const t = text.trim();
    const m = /^(?:([^.\s]+)\.)?([^.\s]+)$/.exec(t);
    if (!m)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`Invalid table "${text}": expected schema.table, like public.inventory_ledger`);
    return { schema: m[1] ?? 'public', table: m[2] };
}
function qualifiedName(t) {
    return `${t.schema}.${t.table}`;
}
function parseSelection(raw, extra) {
    // /dev/null: the drill parser resolves a checks file, which restore and extract never read.
    return (0,_drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_0__.parseDrillSettings)({ ...pick(raw, Object.keys(shared)), ...extra, checks: '/dev/null' });
}
function pick(raw, keys) {
    return Object.fromEntries(keys.filter((k) => raw[k] !== undefined).map((k) => [k, raw[k]]));
}
/** `tables` are the repeated --table values (the flag parser keeps only the last of a repeated flag). */
function parseRestoreSettings(raw, tables) {
    const target = raw.target?.trim();
    if (!target)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`Missing target: ${restoreOptions.target.description}`);
    if (target.toLowerCase() === 'ephemeral') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('Invalid target "ephemeral": restore writes into a database you keep; for a throwaway restore run lifeboat drill');
    }
    const s = parseSelection(raw, {
        target,
        'allow-overwrite': raw['allow-overwrite'],
        'production-database-url': raw['production-database-url'],
        jobs: raw.jobs,
    });
    return {
        source: s.source,
        backup: s.backup,
        postgresBinDir: s.postgresBinDir,
        database: s.database,
        timezone: s.timezone,
        s3ForcePathStyle: s.s3ForcePathStyle,
        target: s.target,
        tables: tables.map(parseTableName),
        allowOverwrite: s.allowOverwrite,
        productionDatabaseUrl: s.productionDatabaseUrl,
        jobs: s.jobs,
    };
}
function parseExtractSettings(raw) {
    if (!raw.table?.trim())
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`Missing table: ${extractOptions.table.description}`);
    const table = parseTableName(raw.table);
    const s = parseSelection(raw, {});
    return {
        source: s.source,
        backup: s.backup,
        postgresBinDir: s.postgresBinDir,
        database: s.database,
        timezone: s.timezone,
        s3ForcePathStyle: s.s3ForcePathStyle,
        table,
    };
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
