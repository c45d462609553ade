export const id = 282;
export const ids = [282];
export const modules = {

/***/ 8227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ findIncompleteBackups)
/* harmony export */ });
/* harmony import */ var _backup_key_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2024);

/**
 * Backups create-backup started but did not finish: its manifest is written last, so a Lifeboat
 * backup without a usable manifest is incomplete, however intact its bytes look.
 *
 * The name alone (`<db>_<YYYY-MM-DDTHH-MM-SS-mmmZ>.dump`) is not proof: it is what
 * `new Date().toISOString()` with `:`/`.` replaced gives any script. Proof is either a `.sha256`
 * sidecar next to it (create-backup writes dump, then sidecar, then manifest: a sidecar without a
 * manifest is a run that stopped in between, even when it is the store's only backup), or another
 * backup of the same series (same prefix and database) that has its Lifeboat manifest.
 */
function findIncompleteBackups(backups) {
    const ours = new Set();
    for (const b of backups) {
        const series = (0,_backup_key_js__WEBPACK_IMPORTED_MODULE_0__/* .lifeboatSeriesOf */ .BW)(b.key);
        if (series !== undefined && b.sidecars.manifest !== undefined && b.manifestError === undefined)
            ours.add(series);
    }
    const incomplete = new Set();
    for (const b of backups) {
        const series = (0,_backup_key_js__WEBPACK_IMPORTED_MODULE_0__/* .lifeboatSeriesOf */ .BW)(b.key);
        if (series === undefined)
            continue;
        if (!ours.has(series) && b.sidecars.sha256 === undefined)
            continue;
        if (b.sidecars.manifest === undefined || b.manifestError !== undefined)
            incomplete.add(b.key);
    }
    return incomplete;
}


/***/ }),

/***/ 5217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ terminalOf)
/* harmony export */ });
/* harmony import */ var _report_render_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2488);

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

/***/ 8282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  listCommand: () => (/* binding */ listCommand),
  listOptions: () => (/* binding */ listOptions)
});

// UNUSED EXPORTS: listStore

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/backup/incomplete.ts
var incomplete = __webpack_require__(8227);
// EXTERNAL MODULE: ./src/discovery/list-backups.ts
var list_backups = __webpack_require__(6654);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/report/render.ts + 1 modules
var render = __webpack_require__(2488);
;// CONCATENATED MODULE: ./src/report/render-listing.ts



const TIME_SOURCE = {
    manifest: 'manifest',
    name: 'name',
    'last-modified': 'last-modified',
};
function describeFormat(f) {
    return [f.container ?? '?', f.compression, f.encryption].filter(Boolean).join('+');
}
function files(b) {
    const have = [b.sidecars.manifest ? 'manifest' : '', b.sidecars.sha256 ? 'sha256' : ''].filter(Boolean).join(' ');
    return `${have || '-'}${b.incomplete ? ' INCOMPLETE' : ''}`;
}
function gapLine(gap) {
    const days = gap.days_without_backup;
    const none = days.length
        ? `: no backup on ${days.length > 4 ? `${days[0]} … ${days.at(-1)} (${days.length} days)` : days.join(', ')}`
        : '';
    return `gap of ${(0,format/* formatAge */.nV)(gap.seconds)}${none}`;
}
/** The totals under the listing: count and size with the largest gap, then the newest and the oldest. */
function listingTotals(listing) {
    const t = listing.totals;
    if (t.count === 0)
        return [`no backups in ${listing.source}`];
    const now = Date.parse(listing.generated_at);
    const when = (iso) => `${(0,format/* formatTime */.fU)(iso)} (${(0,format/* formatAge */.nV)((now - Date.parse(iso)) / 1000)} ago)`;
    const gaps = listing.gaps.length
        ? ` (${(0,format/* plural */.LS)(listing.gaps.length, 'gap')} over ${(0,format/* formatAge */.nV)(listing.gap_threshold_seconds)})`
        : '';
    const largest = t.largest_interval_seconds === undefined ? '' : `; largest gap ${(0,format/* formatAge */.nV)(t.largest_interval_seconds)}${gaps}`;
    return [
        `${(0,format/* plural */.LS)(t.count, 'backup')}, ${(0,format/* formatBytes */.z3)(t.size)} in total${largest}`,
        `newest ${when(t.newest)}, oldest ${when(t.oldest)}`,
    ];
}
/**
 * `lifeboat list`: one aligned row per backup, newest first, key last (the only cell that may run
 * past the terminal's width), gaps as lines of their own where they fall, totals at the end.
 */
function renderListingText(listing, opts = {}) {
    const header = ['TAKEN (UTC)', 'FROM', 'AGE', 'SIZE', 'FORMAT', 'FILES', 'KEY'];
    const rows = listing.backups.map((b) => [
        (0,format/* formatTime */.fU)(b.time).replace(' UTC', ''),
        TIME_SOURCE[b.time_source],
        (0,format/* formatAge */.nV)(b.age_seconds),
        (0,format/* formatBytes */.z3)(b.size),
        describeFormat(b.format),
        files(b),
        b.key,
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => `  ${cells
        .map((c, i) => (i === cells.length - 1 ? c : i === 3 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
        .join('  ')}`;
    const gapsAfter = new Map(listing.gaps.map((g) => [g.to, g]));
    const out = [`Backups in ${listing.source}, newest first`];
    if (rows.length)
        out.push((0,render/* paint */.nI)(opts.color, 'dim', line(header)));
    listing.backups.forEach((b, i) => {
        const row = line(rows[i]);
        out.push(b.incomplete ? (0,render/* paint */.nI)(opts.color, 'warning', row) : row);
        const gap = gapsAfter.get(b.key);
        if (gap)
            out.push((0,render/* paint */.nI)(opts.color, 'warning', `  ┄┄ ${gapLine(gap)} ┄┄`));
    });
    out.push(...listingTotals(listing));
    return (0,secrets/* redactSecrets */.fp)(out.join('\n'));
}
/** The same table for the verify job summary, folded away under its totals. */
function renderListingMarkdown(listing, opts = {}) {
    const limit = opts.limit ?? 200;
    const gapsAfter = new Map(listing.gaps.map((g) => [g.to, g]));
    const cell = (s) => s.replaceAll('|', '\\|');
    const out = [
        `<details><summary>Backups: ${cell(listingTotals(listing).join('; '))}</summary>`,
        '',
        '| taken (UTC) | from | age | size | format | sidecars | key |',
        '|---|---|---:|---:|---|---|---|',
    ];
    for (const b of listing.backups.slice(0, limit)) {
        out.push(`| ${formatTime(b.time).replace(' UTC', '')} | ${TIME_SOURCE[b.time_source]} | ${formatAge(b.age_seconds)} | ` +
            `${formatBytes(b.size)} | ${describeFormat(b.format)} | ${files(b)} | \`${cell(b.key)}\` |`);
        const gap = gapsAfter.get(b.key);
        if (gap)
            out.push(`| ⚠️ | | | | | | **${cell(gapLine(gap))}** |`);
    }
    if (listing.backups.length > limit) {
        out.push('', `… and ${plural(listing.backups.length - limit, 'older backup')}: \`lifeboat list\` shows them all.`);
    }
    out.push('', '</details>');
    return redactSecrets(out.join('\n'));
}

// EXTERNAL MODULE: ./src/settings/options.ts + 2 modules
var options = __webpack_require__(266);
// EXTERNAL MODULE: ./src/stores/open-store.ts + 3 modules
var open_store = __webpack_require__(9660);
// EXTERNAL MODULE: ./src/util/logger.ts
var logger = __webpack_require__(6618);
// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
// EXTERNAL MODULE: ./src/cli/report-command.ts + 1 modules
var report_command = __webpack_require__(3662);
;// CONCATENATED MODULE: ./src/cli/list-command.ts











const listOptions = {
    source: {
        description: 'Where the backups live: a folder path, file:///path, s3://bucket/prefix or a railway:// URL.',
        required: true,
    },
    ...options/* discoveryOptions */.Lx,
    gap: { description: 'Mark an interval between two backups longer than this as a gap.', default: '25h' },
    format: { description: 'Output on stdout: text or json.', default: 'text' },
    json: { description: 'Same as --format json.', boolean: true },
};
const schema = schemas/* object */.Ikc({
    source: schemas/* string */.YjP().trim().min(1),
    database: schemas/* string */.YjP().optional(),
    timezone: (0,options/* zTimeZone */.CZ)(),
    's3-force-path-style': (0,options/* zBoolean */.Rh)(),
    gap: (0,options/* zDuration */.tk)(),
})
    .loose();
/**
 * `lifeboat list`: every backup of a store, newest first, from the listing alone (no backup is
 * read), with gaps and totals. Exit 0, or 2 when the store cannot be listed.
 */
async function listCommand(argv, ctx) {
    const raw = (0,flags/* parseFlags */.bQ)('list', listOptions, argv, ctx.env);
    (0,options/* registerSecrets */.dg)(listOptions, raw);
    const format = (0,report_command/* outputFormat */.B$)(raw, ['text', 'json']);
    const v = (0,options/* parseOptions */.Ac)(listOptions, schema, raw);
    const store = (0,open_store/* openStore */.C)(v.source, { env: ctx.env, forcePathStyle: v['s3-force-path-style'] });
    const described = await listStore(store, {
        timezone: v.timezone,
        database: v.database || undefined,
        gapSeconds: v.gap,
        now: new Date(),
    });
    if ('error' in described) {
        ctx.stderr.write(`lifeboat list: ${(0,secrets/* redactSecrets */.fp)(described.error)}\n`);
        return 2;
    }
    ctx.stdout.write(format === 'json'
        ? `${(0,secrets/* redactSecrets */.fp)(JSON.stringify(described, null, 2))}\n`
        : `${renderListingText(described, (0,context/* terminalOf */.g)(ctx))}\n`);
    return 0;
}
/**
 * The listing of one store: names, sizes and times from the store's listing, sidecars paired,
 * manifests read for their times; no backup body is read (headers only to tell databases apart
 * under `database`, 16 KiB ranged reads).
 */
async function listStore(store, opts) {
    const listing = await (0,list_backups/* listBackups */.Cw)(store, { timezone: opts.timezone, database: opts.database, readHeaders: 0 }, logger/* silentLogger */.q);
    if (!listing.backups)
        return { error: listing.check.summary };
    return (0,list_backups/* describeBackups */.HY)(store.displayUrl, listing.backups, {
        now: opts.now,
        gapSeconds: opts.gapSeconds,
        incomplete: (0,incomplete/* findIncompleteBackups */.j)(listing.backups),
    });
}


/***/ }),

/***/ 3662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B$: () => (/* binding */ outputFormat),
  EF: () => (/* binding */ reportCommand)
});

// UNUSED EXPORTS: OUTPUT_FORMATS

// EXTERNAL MODULE: ./src/report/render.ts + 1 modules
var render = __webpack_require__(2488);
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
// EXTERNAL MODULE: ./src/settings/options.ts + 2 modules
var options = __webpack_require__(266);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/cli/cli-logger.ts
var cli_logger = __webpack_require__(1877);
// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
// EXTERNAL MODULE: ./src/cli/flags.ts
var cli_flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/report-command.ts










const OUTPUT_FORMATS = ['text', 'json', 'nagios'];
/** `--format`, with `--json` as its older spelling. */
function outputFormat(raw, accepted = OUTPUT_FORMATS) {
    if (raw.json === 'true')
        return 'json';
    const format = (raw.format ?? 'text').trim().toLowerCase();
    if (!accepted.includes(format)) {
        throw new errors/* InputError */.d(`Invalid --format "${raw.format}": expected one of ${accepted.join(', ')}`);
    }
    return format;
}
/** Flags → settings → core → report on stdout → exit code, the same for every report command. */
function reportCommand(spec) {
    return async (argv, ctx) => {
        const flags = (0,cli_flags/* parseFlags */.bQ)(spec.name, spec.options, argv, ctx.env);
        const raw = spec.prepare ? await spec.prepare(flags, ctx.env) : flags;
        (0,options/* registerSecrets */.dg)(spec.options, raw);
        const format = outputFormat(raw);
        const settings = spec.parse(raw);
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

/***/ 6654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cw: () => (/* binding */ listBackups),
/* harmony export */   HY: () => (/* binding */ describeBackups)
/* harmony export */ });
/* unused harmony export formatFromName */
/* harmony import */ var _stores_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4703);
/* harmony import */ var _verify_schedule_checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2628);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4005);



/**
 * The `store` check every command starts with: the backups, newest first, or why the store could not
 * be listed (a missing bucket, a denied permission) as a critical check rather than a crash.
 */
async function listBackups(store, opts, logger) {
    logger.info(`Listing backups in ${store.displayUrl}`);
    try {
        const backups = await (0,_discover_js__WEBPACK_IMPORTED_MODULE_2__/* .discoverBackups */ .jN)(store, opts);
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
                days_without_backup: (0,_verify_schedule_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .daysBetween */ .YM)(older.time, b.time),
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

/***/ 6618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
/* unused harmony export memoryLogger */
const silentLogger = {
    info: () => { },
    warning: () => { },
    error: () => { },
    progress: () => { },
};
function memoryLogger() {
    const lines = [];
    return {
        lines,
        info: (m) => lines.push(`info: ${m}`),
        warning: (m) => lines.push(`warning: ${m}`),
        error: (m) => lines.push(`error: ${m}`),
        progress: (m) => lines.push(`progress: ${m}`),
    };
}


/***/ }),

/***/ 2628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JX: () => (/* binding */ retentionCheck),
/* harmony export */   W9: () => (/* binding */ recencyCheck),
/* harmony export */   YM: () => (/* binding */ daysBetween),
/* harmony export */   gD: () => (/* binding */ gapsCheck),
/* harmony export */   i2: () => (/* binding */ sizeCheck),
/* harmony export */   kC: () => (/* binding */ futureCheck)
/* harmony export */ });
/* unused harmony export ageSeconds */
/* harmony import */ var _report_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8850);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2011);


/** A few minutes of clock skew between the backup host and the runner is normal, not a finding. */
const FUTURE_TOLERANCE_SECONDS = 300;
const DAY = 86400;
function ageSeconds(backup, now) {
    return (now.getTime() - backup.time.getTime()) / 1000;
}
function recencyCheck(newest, now, settings, what = 'newest backup') {
    const age = Math.max(0, ageSeconds(newest, now));
    const m = (0,_report_report_js__WEBPACK_IMPORTED_MODULE_0__/* .measure */ .xP)('seconds', age, {
        threshold: settings.criticalAfterSeconds,
        warning: settings.warnAfterSeconds,
        thresholdText: `warning after ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(settings.warnAfterSeconds)}, critical after ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(settings.criticalAfterSeconds)}`,
    });
    const value = (0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(age);
    const crossed = [
        ['critical', settings.criticalAfterSeconds],
        ['warning', settings.warnAfterSeconds],
    ];
    for (const [status, limit] of crossed) {
        if (age > limit) {
            const summary = `${what} is ${value} old (${status} after ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(limit)})`;
            return { id: 'recency', status, summary, ...m };
        }
    }
    return { id: 'recency', status: 'ok', summary: `${what} is ${value} old`, ...m };
}
function futureCheck(newest, now, what = 'newest backup') {
    const ahead = -ageSeconds(newest, now);
    if (ahead > FUTURE_TOLERANCE_SECONDS) {
        return {
            id: 'future',
            status: 'warning',
            summary: `${what}'s time ${newest.time.toISOString()} (from its ${newest.timeSource}) is ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(ahead)} in the future: clock skew or a wrong name`,
            ...(0,_report_report_js__WEBPACK_IMPORTED_MODULE_0__/* .measure */ .xP)('seconds', ahead, { threshold: FUTURE_TOLERANCE_SECONDS }),
        };
    }
    return { id: 'future', status: 'ok', summary: `${what}'s time is not in the future` };
}
function sizeCheck(newest, previous, settings, what = 'newest backup') {
    const value = (0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(newest.size);
    const m = (0,_report_report_js__WEBPACK_IMPORTED_MODULE_0__/* .measure */ .xP)('bytes', newest.size, {
        threshold: settings.minSizeBytes,
        thresholdText: `≥ ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(settings.minSizeBytes)}`,
    });
    if (newest.size === 0) {
        return {
            id: 'size',
            status: 'critical',
            summary: `${what} ${newest.key} is empty (0 bytes)`,
            ...m,
        };
    }
    if (newest.size < settings.minSizeBytes) {
        return {
            id: 'size',
            status: 'critical',
            summary: `${what} is ${value}, below the minimum of ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(settings.minSizeBytes)}`,
            ...m,
        };
    }
    if (previous.length > 0) {
        const median = medianOf(previous.map((b) => b.size));
        const floor = median * (1 - settings.maxShrink);
        if (newest.size < floor) {
            const shrink = Math.round((1 - newest.size / median) * 100);
            return {
                id: 'size',
                status: 'warning',
                summary: `${what} is ${value}, ${shrink}% smaller than the median of the previous ${previous.length} (${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(median)})`,
                ...(0,_report_report_js__WEBPACK_IMPORTED_MODULE_0__/* .measure */ .xP)('bytes', newest.size, {
                    threshold: Math.round(floor),
                    thresholdText: `≥ ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(floor)} (${Math.round(settings.maxShrink * 100)}% below the median)`,
                }),
            };
        }
    }
    return {
        id: 'size',
        status: 'ok',
        summary: `${what} is ${value}`,
        ...m,
    };
}
/**
 * Walks the backups of the window oldest-first and reports every interval longer than
 * critical-after, naming the calendar days (UTC) on which no backup was taken.
 */
function gapsCheck(backups, now, settings) {
    const since = now.getTime() - settings.windowSeconds * 1000;
    const inWindow = backups
        .filter((b) => b.time.getTime() >= since && b.time.getTime() <= now.getTime())
        .sort((a, b) => a.time.getTime() - b.time.getTime());
    const thresholdText = `gaps ≤ ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(settings.criticalAfterSeconds)} within ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(settings.windowSeconds)}`;
    let largest = 0;
    const gaps = [];
    const missed = [];
    for (let i = 1; i < inWindow.length; i++) {
        const from = inWindow[i - 1].time;
        const to = inWindow[i].time;
        const gap = (to.getTime() - from.getTime()) / 1000;
        largest = Math.max(largest, gap);
        if (gap > settings.criticalAfterSeconds) {
            gaps.push(`${from.toISOString().slice(0, 16)}Z → ${to.toISOString().slice(0, 16)}Z (${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(gap)})`);
            missed.push(...daysBetween(from, to));
        }
    }
    if (gaps.length === 0) {
        return {
            id: 'gaps',
            status: 'ok',
            summary: `${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(inWindow.length, 'backup')} in the last ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(settings.windowSeconds)}, no gap over ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(settings.criticalAfterSeconds)}`,
            // The largest interval, so monitoring can watch it approach the limit.
            ...(0,_report_report_js__WEBPACK_IMPORTED_MODULE_0__/* .measure */ .xP)('seconds', largest, { threshold: settings.criticalAfterSeconds, thresholdText }),
        };
    }
    const days = missed.length ? `; no backup on ${missed.join(', ')}` : '';
    return {
        id: 'gaps',
        status: 'warning',
        summary: `${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(gaps.length, 'gap')} over ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(settings.criticalAfterSeconds)} in the last ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(settings.windowSeconds)}: ${gaps.join('; ')}${days}`,
        ...(0,_report_report_js__WEBPACK_IMPORTED_MODULE_0__/* .measure */ .xP)('seconds', largest, { threshold: settings.criticalAfterSeconds, thresholdText }),
    };
}
function retentionCheck(backups, now, minRetentionSeconds) {
    const oldest = backups.reduce((a, b) => (b.time < a.time ? b : a));
    const age = ageSeconds(oldest, now);
    const value = (0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(age);
    const m = (0,_report_report_js__WEBPACK_IMPORTED_MODULE_0__/* .measure */ .xP)('seconds', age, {
        threshold: minRetentionSeconds,
        thresholdText: `≥ ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(minRetentionSeconds)}`,
    });
    if (age < minRetentionSeconds) {
        return {
            id: 'retention',
            status: 'warning',
            summary: `oldest backup is ${value} old: history is shorter than the ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(minRetentionSeconds)} required`,
            ...m,
        };
    }
    return { id: 'retention', status: 'ok', summary: `oldest backup is ${value} old`, ...m };
}
/** Calendar days (UTC) strictly between two backups: the days on which none was taken. */
function daysBetween(from, to) {
    const days = [];
    const start = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()) + DAY * 1000;
    const end = Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate());
    for (let t = start; t < end; t += DAY * 1000)
        days.push(new Date(t).toISOString().slice(0, 10));
    return days;
}
function medianOf(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}


/***/ })

};
