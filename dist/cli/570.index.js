export const id = 570;
export const ids = [570];
export const modules = {

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

/***/ 1189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k$: () => (/* binding */ parseVerifySettings),
  GD: () => (/* binding */ verifyOptions)
});

// UNUSED EXPORTS: verifySettings

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/bytes/integrity-pass.ts + 3 modules
var integrity_pass = __webpack_require__(6875);
// EXTERNAL MODULE: ./src/fleet/fleet-options.ts
var fleet_options = __webpack_require__(6303);
// EXTERNAL MODULE: ./src/settings/decryption.ts
var decryption = __webpack_require__(9616);
// EXTERNAL MODULE: ./src/settings/discovery.ts
var discovery = __webpack_require__(1491);
// EXTERNAL MODULE: ./src/settings/options.ts + 2 modules
var options = __webpack_require__(266);
// EXTERNAL MODULE: ./src/settings/postgres-bin-dir.ts
var postgres_bin_dir = __webpack_require__(8072);
// EXTERNAL MODULE: ./src/settings/publication.ts
var publication = __webpack_require__(9419);
// EXTERNAL MODULE: ./src/settings/selection.ts
var selection = __webpack_require__(2975);
// EXTERNAL MODULE: ./src/settings/settings-group.ts
var settings_group = __webpack_require__(3378);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/settings/thresholds.ts




/** When a store's backups are too old, too small or too few: verify's runbook, per fleet entry too. */
const thresholds = (0,settings_group/* settingsGroup */.h)({
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
    window: { description: 'How far back to look for gaps between backups.', default: '14d' },
    'min-retention': {
        description: 'Warn unless the oldest backup is at least this old (e.g. 14d). Off when empty.',
        default: '',
    },
}, {
    'warn-after': (0,options/* zDuration */.tk)(),
    'critical-after': (0,options/* zDuration */.tk)(),
    'min-size': (0,options/* zSize */.gr)(),
    'max-shrink': (0,options/* zPercent */._t)(),
    window: (0,options/* zDuration */.tk)(),
    'min-retention': (0,options/* zOptionalDuration */.DP)(),
}, (v) => {
    if (v['warn-after'] > v['critical-after']) {
        throw new errors/* InputError */.d(`Invalid warn-after "${(0,format/* formatDuration */.a3)(v['warn-after'])}": must not be greater than critical-after (${(0,format/* formatDuration */.a3)(v['critical-after'])}).`);
    }
    return {
        warnAfterSeconds: v['warn-after'],
        criticalAfterSeconds: v['critical-after'],
        minSizeBytes: v['min-size'],
        maxShrink: v['max-shrink'],
        windowSeconds: v.window,
        minRetentionSeconds: v['min-retention'],
    };
});

;// CONCATENATED MODULE: ./src/verify/verify-settings.ts











/** What only verify has: how deep it reads, and the drill-age check and history issues of the action. */
const verifyChecks = (0,settings_group/* settingsGroup */.h)({
    integrity: {
        description: 'How deep to check the newest backup: none, checksum, archive (TOC parses) or full (every data block).',
        default: 'full',
    },
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
}, {
    integrity: (0,options/* zEnum */.kD)(integrity_pass/* INTEGRITY_LEVELS */.a),
    'drill-workflow': schemas/* string */.YjP().optional(),
    'drill-max-age': schemas/* string */.YjP()
        .optional()
        .transform((text) => (text?.trim().toLowerCase() === 'off' ? undefined : text))
        .pipe((0,options/* zDuration */.tk)().optional()),
    'issue-history': (0,options/* zBoolean */.Rh)(),
}, (v) => ({
    integrity: v.integrity,
    drillWorkflow: v['drill-workflow'] || undefined,
    drillMaxAgeSeconds: v['drill-max-age'],
    issueHistory: v['issue-history'],
}));
const verifySettings = (0,settings_group/* composeSettings */.s)((0,discovery/* discovery */.HD)('Where the backups live: a folder path, file:///path, s3://bucket/prefix, or a railway:// URL for Railway volume backups (metadata only).'), (0,selection/* selection */.r1)('Which backup to judge: latest, an exact key, or before:<ISO time> (the newest taken before then, as the drill picks it).'), thresholds, verifyChecks, (0,postgres_bin_dir/* postgresBinDir */.S)('Directory with the PostgreSQL client tools (pg_restore); found automatically when empty.', [
    'pg_restore',
]), decryption/* decryption */.M, fleet_options/* verifyFleet */.K2, publication/* publication */.LJ);
const { options: verifyOptions, parse: parseVerifySettings } = verifySettings;


/***/ }),

/***/ 5686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ verify)
});

// EXTERNAL MODULE: ./src/bytes/pg-restore-sink.ts
var pg_restore_sink = __webpack_require__(4417);
// EXTERNAL MODULE: ./src/stores/open-store.ts + 3 modules
var open_store = __webpack_require__(9660);
// EXTERNAL MODULE: ./src/discovery/list-backups.ts
var list_backups = __webpack_require__(6654);
// EXTERNAL MODULE: ./src/backup/backup-key.ts
var backup_key = __webpack_require__(2024);
// EXTERNAL MODULE: ./src/backup/incomplete.ts
var backup_incomplete = __webpack_require__(608);
// EXTERNAL MODULE: ./src/discovery/manifest.ts
var manifest = __webpack_require__(281);
// EXTERNAL MODULE: ./src/bytes/integrity-pass.ts + 3 modules
var integrity_pass = __webpack_require__(6875);
// EXTERNAL MODULE: ./src/restore/select-backup.ts
var select_backup = __webpack_require__(2455);
// EXTERNAL MODULE: ./src/report/format.ts
var report_format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/report/report-builder.ts
var report_builder = __webpack_require__(7156);
// EXTERNAL MODULE: ./src/stores/readable.ts
var readable = __webpack_require__(2228);
// EXTERNAL MODULE: ./src/stores/store.ts
var stores_store = __webpack_require__(4703);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/discovery/discover.ts + 2 modules
var discover = __webpack_require__(4005);
;// CONCATENATED MODULE: ./src/verify/mixed-databases.ts

/**
 * A prefix holding backups of several databases (`app_…`, `billing_…`) without `database` set:
 * verifying "the newest" would check one database and stay silent about the others going stale,
 * so verify stops and asks, listing what it found. The database comes from the name, else the
 * manifest or the archive's own header (Databasus' bare uuid keys). Undefined when one database or none.
 */
function mixedDatabasesCheck(backups, displayUrl) {
    const found = new Map();
    for (const backup of backups) {
        const name = backup.database ?? (0,discover/* databaseFromName */.P0)(backup.key);
        if (name === undefined)
            continue;
        const entry = found.get(name);
        if (!entry)
            found.set(name, { count: 1, newest: backup.time });
        else {
            entry.count++;
            if (backup.time > entry.newest)
                entry.newest = backup.time;
        }
    }
    if (found.size < 2)
        return undefined;
    const list = [...found.entries()]
        .sort((a, b) => b[1].newest.getTime() - a[1].newest.getTime())
        .map(([name, e]) => `${name} (${e.count} backup${e.count === 1 ? '' : 's'}, newest ${e.newest.toISOString()})`);
    return {
        id: 'exists',
        status: 'critical',
        summary: `${displayUrl} holds backups of ${found.size} databases: ${list.join(', ')}. ` +
            `Set database to one of them (one entry per database in the fleet file, or one verify step each): Lifeboat does not pick one for you`,
        value: found.size,
    };
}

;// CONCATENATED MODULE: ./src/verify/rows-check.ts
const n = (value) => value.toLocaleString('en-US');
const SHOWN = 3;
/**
 * What differs between a manifest's count and the archive's, in words, or undefined. Counts are own
 * rows on both sides; manifests written before 'own-rows' hold count(*) for a parent, so there its
 * tree total is what must match.
 */
function countDifference(manifest, expected, found) {
    if (manifest.counting !== 'own-rows' && found.tree_rows !== undefined) {
        return expected.rows === found.tree_rows
            ? undefined
            : `manifest ${n(expected.rows)} rows in its tree, archive ${n(found.tree_rows)}`;
    }
    if (found.rows !== expected.rows)
        return `manifest ${n(expected.rows)} rows, archive ${n(found.rows)}`;
    if (expected.tree !== undefined && found.tree_rows !== undefined && expected.tree !== found.tree_rows) {
        return `manifest ${n(expected.tree)} rows in its tree, archive ${n(found.tree_rows)}`;
    }
    return undefined;
}
/**
 * The manifest's counts were taken in the dump's own snapshot, so every table must be in the
 * archive with exactly that many rows: the daily verify proves the rows are there without a restore.
 * Returns the check and the archive's tables with `expected_rows` filled in where the manifest has them.
 */
function rowsCheck(manifest, archive) {
    const tables = archive?.tables;
    if (!manifest) {
        return {
            check: { id: 'rows', status: 'skipped', summary: 'no Lifeboat manifest to compare row counts with' },
            tables,
        };
    }
    if (!tables) {
        return {
            check: {
                id: 'rows',
                status: 'skipped',
                summary: "not checked: the archive's row counts are not available (its data blocks were not read)",
            },
        };
    }
    const counted = new Map(tables.map((t) => [t.name, t]));
    const partitioned = new Set(archive?.partitioned ?? []);
    const differences = [];
    let compared = 0;
    let rows = 0;
    for (const [name, expected] of Object.entries(manifest.tables)) {
        // A partitioned parent has no data entry: its own rows are 0 (a plain dump's scan cannot tell it
        // is partitioned, but an 'own-rows' manifest records it as a parent with no rows of its own).
        const noData = partitioned.has(name) || (expected.tree !== undefined && expected.rows === 0);
        const found = counted.get(name) ?? (noData ? { name, rows: 0 } : undefined);
        compared++;
        if (found === undefined) {
            differences.push(`${name}: manifest ${n(expected.rows)} rows, not in the archive`);
            continue;
        }
        rows += found.rows;
        const difference = countDifference(manifest, expected, found);
        if (difference)
            differences.push(`${name}: ${difference}`);
    }
    const withExpected = tables.map((t) => {
        const expected = manifest.tables[t.name];
        if (expected === undefined)
            return t;
        // Before 'own-rows', a parent's manifest count was its tree: shown against its own rows it would mislead.
        if (manifest.counting !== 'own-rows' && t.tree_rows !== undefined)
            return t;
        return { ...t, expected_rows: expected.rows };
    });
    if (differences.length) {
        const more = differences.length > SHOWN ? ` and ${differences.length - SHOWN} more` : '';
        return {
            check: {
                id: 'rows',
                status: 'critical',
                summary: `${differences.length} of ${compared} tables differ from the manifest: ` +
                    `${differences.slice(0, SHOWN).join('; ')}${more}`,
                value: differences.length,
                threshold: 0,
            },
            tables: withExpected,
        };
    }
    return {
        check: {
            id: 'rows',
            status: 'ok',
            summary: `all ${compared} tables of the manifest are in the archive with its exact row counts (${n(rows)} rows)`,
            value: rows,
        },
        tables: withExpected,
    };
}

// EXTERNAL MODULE: ./src/stores/railway-store.ts
var railway_store = __webpack_require__(7361);
;// CONCATENATED MODULE: ./src/verify/store-policy.ts




/**
 * Checks only one kind of store can answer, appended to verify's report: Railway's backup schedules.
 * Other stores have no policy of their own to check.
 */
async function storePolicyChecks(store, context) {
    return store instanceof railway_store.RailwayStore ? [await scheduleCheck(store, context)] : [];
}
/**
 * The `schedule` check: a schedule exists (else a manual backup is all there is), and when
 * `min-retention` is set, the longest-kept schedule keeps backups at least that long.
 */
async function scheduleCheck(store, opts) {
    let schedules;
    let backups;
    try {
        schedules = await store.listSchedules();
        // The listing verify already made, kept by the store: no second request.
        backups = await store.listBackups();
    }
    catch (error) {
        return {
            id: 'schedule',
            status: 'warning',
            summary: `cannot read the volume's backup schedules: ${(0,errors/* errorMessage */.g)(error)}`,
        };
    }
    const scheduled = backups.filter((b) => b.scheduleId !== null && b.scheduleId !== undefined);
    const manual = backups.length - scheduled.length;
    const newestScheduled = scheduled.reduce((a, b) => (!a || Date.parse(b.createdAt) > Date.parse(a.createdAt) ? b : a), undefined);
    const counts = `${scheduled.length} scheduled and ${manual} manual backup${manual === 1 ? '' : 's'}${newestScheduled
        ? `; newest scheduled ${(0,report_format/* formatDuration */.a3)(Math.max(0, (opts.now.getTime() - Date.parse(newestScheduled.createdAt)) / 1000))} ago`
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
        .map((s) => `${s.kind.toLowerCase()} (${s.cron}${s.retentionSeconds ? `, kept ${(0,report_format/* formatDuration */.a3)(s.retentionSeconds)}` : ''})`)
        .join(', ');
    const longest = Math.max(...schedules.map((s) => s.retentionSeconds ?? 0));
    if (opts.minRetentionSeconds !== undefined && longest < opts.minRetentionSeconds) {
        return {
            id: 'schedule',
            status: 'warning',
            summary: `schedules ${described} keep backups at most ${(0,report_format/* formatDuration */.a3)(longest)}, below min-retention ${(0,report_format/* formatDuration */.a3)(opts.minRetentionSeconds)}; add a weekly or monthly schedule`,
            ...(0,report_report/* measure */.xP)('seconds', longest, {
                threshold: opts.minRetentionSeconds,
                thresholdText: `≥ ${(0,report_format/* formatDuration */.a3)(opts.minRetentionSeconds)}`,
            }),
        };
    }
    return {
        id: 'schedule',
        status: 'ok',
        summary: `schedules: ${described}; ${counts}`,
        value: schedules.length,
    };
}

// EXTERNAL MODULE: ./src/util/calendar.ts
var calendar = __webpack_require__(5200);
;// CONCATENATED MODULE: ./src/verify/schedule-checks.ts



/** A few minutes of clock skew between the backup host and the runner is normal, not a finding. */
const FUTURE_TOLERANCE_SECONDS = 300;
function ageSeconds(backup, now) {
    return (now.getTime() - backup.time.getTime()) / 1000;
}
function recencyCheck(newest, now, settings, what = 'newest backup') {
    const age = Math.max(0, ageSeconds(newest, now));
    const m = (0,report_report/* measure */.xP)('seconds', age, {
        threshold: settings.criticalAfterSeconds,
        warning: settings.warnAfterSeconds,
        thresholdText: `warning after ${(0,report_format/* formatDuration */.a3)(settings.warnAfterSeconds)}, critical after ${(0,report_format/* formatDuration */.a3)(settings.criticalAfterSeconds)}`,
    });
    const value = (0,report_format/* formatDuration */.a3)(age);
    const crossed = [
        ['critical', settings.criticalAfterSeconds],
        ['warning', settings.warnAfterSeconds],
    ];
    for (const [status, limit] of crossed) {
        if (age > limit) {
            const summary = `${what} is ${value} old (${status} after ${(0,report_format/* formatDuration */.a3)(limit)})`;
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
            summary: `${what}'s time ${newest.time.toISOString()} (from its ${newest.timeSource}) is ${(0,report_format/* formatDuration */.a3)(ahead)} in the future: clock skew or a wrong name`,
            ...(0,report_report/* measure */.xP)('seconds', ahead, { threshold: FUTURE_TOLERANCE_SECONDS }),
        };
    }
    return { id: 'future', status: 'ok', summary: `${what}'s time is not in the future` };
}
function sizeCheck(newest, previous, settings, what = 'newest backup') {
    const value = (0,report_format/* formatBytes */.z3)(newest.size);
    const m = (0,report_report/* measure */.xP)('bytes', newest.size, {
        threshold: settings.minSizeBytes,
        thresholdText: `≥ ${(0,report_format/* formatBytes */.z3)(settings.minSizeBytes)}`,
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
            summary: `${what} is ${value}, below the minimum of ${(0,report_format/* formatBytes */.z3)(settings.minSizeBytes)}`,
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
                summary: `${what} is ${value}, ${shrink}% smaller than the median of the previous ${previous.length} (${(0,report_format/* formatBytes */.z3)(median)})`,
                ...(0,report_report/* measure */.xP)('bytes', newest.size, {
                    threshold: Math.round(floor),
                    thresholdText: `≥ ${(0,report_format/* formatBytes */.z3)(floor)} (${Math.round(settings.maxShrink * 100)}% below the median)`,
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
    const thresholdText = `gaps ≤ ${(0,report_format/* formatDuration */.a3)(settings.criticalAfterSeconds)} within ${(0,report_format/* formatDuration */.a3)(settings.windowSeconds)}`;
    let largest = 0;
    const gaps = [];
    const missed = [];
    for (let i = 1; i < inWindow.length; i++) {
        const from = inWindow[i - 1].time;
        const to = inWindow[i].time;
        const gap = (to.getTime() - from.getTime()) / 1000;
        largest = Math.max(largest, gap);
        if (gap > settings.criticalAfterSeconds) {
            gaps.push(`${from.toISOString().slice(0, 16)}Z → ${to.toISOString().slice(0, 16)}Z (${(0,report_format/* formatDuration */.a3)(gap)})`);
            missed.push(...(0,calendar/* daysBetween */.Y)(from, to));
        }
    }
    if (gaps.length === 0) {
        return {
            id: 'gaps',
            status: 'ok',
            summary: `${(0,report_format/* plural */.LS)(inWindow.length, 'backup')} in the last ${(0,report_format/* formatDuration */.a3)(settings.windowSeconds)}, no gap over ${(0,report_format/* formatDuration */.a3)(settings.criticalAfterSeconds)}`,
            // The largest interval, so monitoring can watch it approach the limit.
            ...(0,report_report/* measure */.xP)('seconds', largest, { threshold: settings.criticalAfterSeconds, thresholdText }),
        };
    }
    const days = missed.length ? `; no backup on ${missed.join(', ')}` : '';
    return {
        id: 'gaps',
        status: 'warning',
        summary: `${(0,report_format/* plural */.LS)(gaps.length, 'gap')} over ${(0,report_format/* formatDuration */.a3)(settings.criticalAfterSeconds)} in the last ${(0,report_format/* formatDuration */.a3)(settings.windowSeconds)}: ${gaps.join('; ')}${days}`,
        ...(0,report_report/* measure */.xP)('seconds', largest, { threshold: settings.criticalAfterSeconds, thresholdText }),
    };
}
function retentionCheck(backups, now, minRetentionSeconds) {
    const oldest = backups.reduce((a, b) => (b.time < a.time ? b : a));
    const age = ageSeconds(oldest, now);
    const value = (0,report_format/* formatDuration */.a3)(age);
    const m = (0,report_report/* measure */.xP)('seconds', age, {
        threshold: minRetentionSeconds,
        thresholdText: `≥ ${(0,report_format/* formatDuration */.a3)(minRetentionSeconds)}`,
    });
    if (age < minRetentionSeconds) {
        return {
            id: 'retention',
            status: 'warning',
            summary: `oldest backup is ${value} old: history is shorter than the ${(0,report_format/* formatDuration */.a3)(minRetentionSeconds)} required`,
            ...m,
        };
    }
    return { id: 'retention', status: 'ok', summary: `oldest backup is ${value} old`, ...m };
}
function medianOf(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

;// CONCATENATED MODULE: ./src/verify/run-verify.ts
















/** PRODUCT.md §3: finds the newest backup, checks it is recent and intact, and returns the verdict. */
async function runVerify(settings, deps) {
    const clock = deps.now ?? (() => new Date());
    const { store, logger } = deps;
    const report = (0,report_builder/* startReport */.Fg)('verify', store.displayUrl, clock, { database: settings.database });
    const listing = await (0,list_backups/* listBackups */.Cw)(store, { timezone: settings.timezone, database: settings.database }, logger);
    const finish = (newest, fields = {}) => ({
        newest,
        backups: listing.backups,
        report: report.finish(fields),
    });
    report.add(listing.check);
    if (!listing.backups)
        return finish();
    let backups = listing.backups;
    const mixed = settings.database ? undefined : mixedDatabasesCheck(backups, store.displayUrl);
    if (mixed) {
        report.add(mixed);
        return finish();
    }
    // A Lifeboat backup whose manifest is missing did not complete: never "the newest good backup".
    const incompleteKeys = (0,backup_incomplete/* findIncompleteBackups */.j)(backups);
    const incomplete = backups.filter((b) => incompleteKeys.has(b.key));
    backups = backups.filter((b) => !incompleteKeys.has(b.key));
    const manifest = manifestCheck(backups, incomplete);
    if (backups.length === 0) {
        if (manifest)
            report.add(manifest);
        report.add({
            id: 'exists',
            status: 'critical',
            summary: `no ${incomplete.length ? 'complete ' : ''}backups found in ${store.displayUrl}${settings.database ? ` for database ${settings.database}` : ''}${incomplete.length ? ` (${incomplete.length} incomplete: no Lifeboat manifest)` : ''}`,
            value: 0,
        });
        return finish();
    }
    const now = clock();
    // `backup: KEY|before:TIME` picks exactly as the drill does, from the same listing, so verify judges
    // the backup a drill (or restore) for the same time would restore. `latest` is the newest complete one.
    const selection = settings.backup.kind === 'latest'
        ? { backup: backups[0], reason: `newest of ${(0,report_format/* plural */.LS)(backups.length, 'complete backup')}` }
        : (0,select_backup/* selectBackup */.V)(listing.backups, settings.backup);
    if (!selection.backup) {
        report.add({ id: 'exists', status: 'critical', summary: `${selection.reason} in ${store.displayUrl}`, value: 0 });
        return finish();
    }
    const newest = selection.backup;
    const what = settings.backup.kind === 'latest' ? 'newest backup' : 'the chosen backup';
    report.add({
        id: 'exists',
        status: 'ok',
        summary: `${(0,report_format/* plural */.LS)(backups.length, 'backup')} found; judging ${newest.key} (${selection.reason})`,
        ...(0,report_report/* measure */.xP)('count', backups.length),
    });
    report.add(recencyCheck(newest, now, settings, what), futureCheck(newest, now, what));
    const older = backups.filter((b) => b.time.getTime() < newest.time.getTime());
    report.add(sizeCheck(newest, older.slice(0, 7), settings, what));
    if (settings.backup.kind !== 'latest' && incompleteKeys.has(newest.key)) {
        report.add({
            id: 'manifest',
            status: 'critical',
            summary: `${newest.key} has no Lifeboat manifest: create-backup did not finish it`,
        });
    }
    else if (manifest) {
        report.add(manifest);
    }
    let sha256;
    let format;
    let counted;
    if (settings.integrity === 'none') {
        report.skip(['checksum', 'archive', 'content'], 'integrity: none');
    }
    else if (!(0,readable/* isReadable */.hS)(store)) {
        report.skip(['checksum', 'archive', 'content'], (0,readable/* notReadableReason */.KR)(store));
    }
    else {
        const integrity = await verifyIntegrity(store, newest, settings, deps);
        if (integrity.store)
            report.replace(listing.check, integrity.store);
        report.add(...integrity.checks);
        sha256 = integrity.sha256;
        format = integrity.format;
        counted = integrity;
    }
    const rows = rowsCheck(newest.manifest, counted);
    report.add(rows.check);
    const tables = rows.tables;
    report.add(gapsCheck(backups, now, settings));
    if (settings.minRetentionSeconds !== undefined)
        report.add(retentionCheck(backups, now, settings.minRetentionSeconds));
    report.add(...(await storePolicyChecks(store, { now, minRetentionSeconds: settings.minRetentionSeconds })));
    if (deps.drillAge)
        report.add(await deps.drillAge());
    return finish(newest, {
        backup: {
            key: newest.key,
            time: newest.time.toISOString(),
            size: newest.size,
            format,
            sha256,
            reason: selection.reason,
        },
        ...(tables && tables.length ? { tables } : {}),
    });
}
async function verifyIntegrity(store, backup, settings, deps) {
    const { logger } = deps;
    let expected;
    const checks = [];
    try {
        expected = await (0,manifest/* expectedChecksum */.kq)(store, backup);
    }
    catch (error) {
        checks.push({ id: 'checksum', status: 'critical', summary: (0,errors/* errorMessage */.g)(error) });
    }
    logger.info(`Reading ${backup.key} (${settings.integrity} integrity)`);
    let result;
    try {
        // A read that fails half-way (connection reset, object deleted) is a finding about the backup,
        // not a crash of the run: it lands in the archive check like an unreadable file.
        result = await (0,integrity_pass/* runIntegrityPass */.i)(await store.read(backup.key), {
            level: settings.integrity,
            expected,
            totalBytes: backup.size,
            pgRestore: deps.pgRestore,
            logger,
            decryption: { passphrase: settings.decryptionPassphrase, ageIdentity: settings.ageIdentity },
        });
    }
    catch (error) {
        if (error instanceof stores_store/* StoreError */.A && error.code === 'read-failed') {
            // Retried and resumed, and still the store would not hand the bytes over: a store problem
            // (the freshness family), never a verdict on a backup nobody could read to the end.
            const why = 'not checked: the backup could not be read (see the store check)';
            return {
                store: { id: 'store', status: 'critical', summary: error.message },
                checks: [
                    ...(checks.length ? checks : [{ id: 'checksum', status: 'skipped', summary: why }]),
                    { id: 'archive', status: 'skipped', summary: why },
                    { id: 'content', status: 'skipped', summary: why },
                ],
            };
        }
        const why = `cannot read ${backup.key}: ${(0,errors/* errorMessage */.g)(error)}`;
        return {
            checks: [
                ...(checks.length ? checks : [{ id: 'checksum', status: 'skipped', summary: why }]),
                { id: 'archive', status: 'critical', summary: why },
                { id: 'content', status: 'skipped', summary: 'not checked: the backup could not be read' },
            ],
        };
    }
    // A sidecar that could not be read already produced the checksum verdict.
    const integrityChecks = checks.length ? result.checks.filter((c) => c.id !== 'checksum') : result.checks;
    return {
        checks: [...checks, ...integrityChecks],
        sha256: result.sha256,
        format: result.format.description,
        tables: result.tables,
        partitioned: result.partitioned,
    };
}
/**
 * Says which Lifeboat backups are incomplete (no manifest) and whether one of them is the latest
 * attempt; undefined when the store holds no Lifeboat backups at all, to keep other reports as they were.
 */
function manifestCheck(backups, incomplete) {
    const newest = backups[0];
    // Whether the newest backups completed is unknown while their manifests cannot be read.
    const unreadable = backups.find((b) => b.manifestUnreadable !== undefined);
    if (unreadable) {
        return {
            id: 'manifest',
            status: 'critical',
            summary: `cannot read the Lifeboat manifest of ${unreadable.key}: ${unreadable.manifestUnreadable}`,
        };
    }
    const shown = (list) => list
        .slice(0, 3)
        .map((b) => b.key)
        .join(', ') + (list.length > 3 ? ` and ${list.length - 3} more` : '');
    if (incomplete.length > 0) {
        const newer = newest ? incomplete.filter((b) => b.time.getTime() > newest.time.getTime()) : incomplete;
        if (newer.length > 0) {
            return {
                id: 'manifest',
                status: 'warning',
                summary: `${shown(newer)} has no Lifeboat manifest: the backup did not complete and is not counted${newest ? `; newest complete backup is ${newest.key}` : ''}`,
                value: newer.length,
            };
        }
        return {
            id: 'manifest',
            status: 'ok',
            summary: `newest backup has its Lifeboat manifest; ${incomplete.length} older incomplete backups (no manifest) ignored: ${shown(incomplete)}`,
            value: incomplete.length,
        };
    }
    if (newest?.manifest && (0,backup_key/* isLifeboatBackupKey */._z)(newest.key)) {
        return {
            id: 'manifest',
            status: 'ok',
            summary: `newest backup has its Lifeboat manifest (${Object.keys(newest.manifest.tables).length} tables)`,
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/verify/verify.ts



/** The one implementation behind `lifeboat verify` and the verify-backup action. */
async function verify(settings, environment) {
    const store = (0,open_store/* openStore */.Ch)(settings.source, { env: environment.env, forcePathStyle: settings.s3ForcePathStyle });
    return runVerify(settings, {
        store,
        logger: environment.logger,
        now: environment.now,
        drillAge: environment.drillAge,
        pgRestore: (0,pg_restore_sink/* pgRestoreResolver */.QD)(settings.postgresBinDir),
    });
}


/***/ })

};
