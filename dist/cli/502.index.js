export const id = 502;
export const ids = [502];
export const modules = {

/***/ 6502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   backupOptions: () => (/* binding */ backupOptions),
/* harmony export */   parseBackupSettings: () => (/* binding */ parseBackupSettings)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8532);
/* harmony import */ var _settings_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1145);
/* harmony import */ var _settings_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8031);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);




const backupOptions = {
    'database-url': {
        description: 'Connection URL of the database to back up (postgres://user:password@host:5432/db). Pass it from a secret, e.g. ${{ secrets.DATABASE_URL }}; every part of it is masked.',
        required: true,
        secret: true,
    },
    dest: {
        description: 'Where to write the backup: a folder path, file:///path or s3://bucket/prefix.',
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
    },
    'postgres-bin-dir': {
        description: 'Directory with pg_dump; found automatically when empty (it must be at least as new as the server).',
        default: '',
    },
    ..._settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .commonOptions */ .OP,
};
const zCompress = () => zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
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
        return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
    }
    return { value: t.toLowerCase(), method: m[1].toLowerCase() };
});
const zKeepDays = () => zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
    .optional()
    .transform((text, ctx) => {
    const t = text?.trim() ?? '';
    if (t === '')
        return undefined;
    // A bare number means days here (the input is called keep-days); durations like 36h also work.
    const seconds = /^\d+(\.\d+)?$/.test(t) ? Number(t) * 86_400 : (0,_settings_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDurationSeconds */ .lW)(t);
    if (seconds === undefined || !(seconds > 0)) {
        ctx.addIssue({ code: 'custom', message: 'expected a number of days like 14, or a duration like 14d' });
        return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
    }
    return seconds;
});
const zKeepCount = () => zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
    .optional()
    .transform((text, ctx) => {
    const t = text?.trim() ?? '';
    if (t === '')
        return undefined;
    if (!/^\d+$/.test(t) || Number(t) < 1) {
        // 0 would mean "delete everything", which retention never does.
        ctx.addIssue({ code: 'custom', message: 'expected a whole number of backups, at least 1' });
        return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
    }
    return Number(t);
});
const schema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    'database-url': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().trim().min(1),
    dest: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().trim().min(1),
    'name-prefix': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    compress: zCompress(),
    'keep-days': zKeepDays(),
    'keep-count': zKeepCount(),
    'dry-run': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zBoolean */ .Rh)(),
    's3-force-path-style': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zBoolean */ .Rh)(),
    'postgres-bin-dir': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    'fail-on': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zEnum */ .kD)(['critical', 'warning', 'never']),
    'report-path': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
})
    .loose();
function parseBackupSettings(raw) {
    const v = (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOptions */ .Ac)(backupOptions, schema, raw);
    const databaseUrl = v['database-url'];
    if (!/^postgres(ql)?:\/\//i.test(databaseUrl)) {
        // Never echo the value: it is a secret even when malformed.
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('Invalid database-url: expected a postgres:// or postgresql:// connection URL');
    }
    try {
        new URL(databaseUrl);
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('Invalid database-url: not a valid URL (percent-encode special characters in the password)');
    }
    const namePrefix = v['name-prefix'] ?? '';
    if (namePrefix.startsWith('/') || namePrefix.split('/').some((part) => part === '..' || part === '.')) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Invalid name-prefix "${namePrefix}": must be relative to dest, without . or .. segments`);
    }
    return {
        databaseUrl,
        dest: v.dest,
        namePrefix,
        compress: v.compress,
        keepSeconds: v['keep-days'],
        keepCount: v['keep-count'],
        dryRun: v['dry-run'],
        s3ForcePathStyle: v['s3-force-path-style'],
        postgresBinDir: v['postgres-bin-dir'] || undefined,
        failOn: v['fail-on'],
        reportPath: v['report-path'] || undefined,
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
