export const id = 672;
export const ids = [672];
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

/***/ 608:
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

/***/ 8282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  listCommand: () => (/* binding */ listCommand),
  listOptions: () => (/* binding */ listOptions),
  listSettings: () => (/* binding */ listSettings),
  listStore: () => (/* binding */ listStore)
});

// EXTERNAL MODULE: ./src/backup/incomplete.ts
var incomplete = __webpack_require__(608);
// EXTERNAL MODULE: ./src/discovery/list-backups.ts
var list_backups = __webpack_require__(6654);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/report/render.ts + 1 modules
var render = __webpack_require__(998);
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

// EXTERNAL MODULE: ./src/settings/discovery.ts
var discovery = __webpack_require__(1491);
// EXTERNAL MODULE: ./src/settings/options.ts + 2 modules
var options = __webpack_require__(266);
// EXTERNAL MODULE: ./src/settings/publication.ts
var publication = __webpack_require__(9419);
// EXTERNAL MODULE: ./src/settings/settings-group.ts
var settings_group = __webpack_require__(3378);
// EXTERNAL MODULE: ./src/stores/open-store.ts + 3 modules
var open_store = __webpack_require__(9660);
// EXTERNAL MODULE: ./src/util/logger.ts
var logger = __webpack_require__(6618);
// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/list-command.ts












const listSettings = (0,settings_group/* composeSettings */.s)((0,discovery/* discovery */.HD)('Where the backups live: a folder path, file:///path, s3://bucket/prefix or a railway:// URL.'), (0,settings_group/* settingsGroup */.h)({
    gap: { description: 'Mark an interval between two backups longer than this as a gap.', default: '25h' },
    format: { description: 'Output on stdout: text or json.', default: 'text' },
    json: { description: 'Same as --format json.', boolean: true },
}, { gap: (0,options/* zDuration */.tk)(), format: (0,options/* zEnum */.kD)(['text', 'json']), json: (0,options/* zBoolean */.Rh)() }, (v) => ({ gapSeconds: v.gap, format: (0,publication/* outputFormatOf */.Oz)(v) })));
const listOptions = listSettings.options;
/**
 * `lifeboat list`: every backup of a store, newest first, from the listing alone (no backup is
 * read), with gaps and totals. Exit 0, or 2 when the store cannot be listed.
 */
async function listCommand(argv, ctx) {
    const raw = (0,flags/* parseFlags */.bQ)('list', listOptions, argv, ctx.env);
    const settings = listSettings.parse(raw);
    const store = (0,open_store/* openStore */.Ch)(settings.source, { env: ctx.env, forcePathStyle: settings.s3ForcePathStyle });
    const described = await listStore(store, { ...settings, now: new Date() });
    if ('error' in described) {
        ctx.stderr.write(`lifeboat list: ${(0,secrets/* redactSecrets */.fp)(described.error)}\n`);
        return 2;
    }
    ctx.stdout.write(settings.format === 'json'
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
