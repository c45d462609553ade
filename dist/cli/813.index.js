export const id = 813;
export const ids = [813];
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

/***/ 9408:
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


/***/ }),

/***/ 4813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ pgRestoreResolver),
  M: () => (/* binding */ verify)
});

// EXTERNAL MODULE: ./src/postgres/binaries.ts
var binaries = __webpack_require__(1758);
// EXTERNAL MODULE: ./src/stores/open-store.ts + 3 modules
var open_store = __webpack_require__(9660);
// EXTERNAL MODULE: ./src/discovery/list-backups.ts
var list_backups = __webpack_require__(6654);
// EXTERNAL MODULE: ./src/backup/backup-key.ts
var backup_key = __webpack_require__(2024);
// EXTERNAL MODULE: ./src/backup/incomplete.ts
var backup_incomplete = __webpack_require__(8227);
// EXTERNAL MODULE: ./src/discovery/manifest.ts
var manifest = __webpack_require__(281);
// EXTERNAL MODULE: ./src/integrity/integrity-pass.ts + 2 modules
var integrity_pass = __webpack_require__(2845);
// EXTERNAL MODULE: ./src/drill/select-backup.ts
var select_backup = __webpack_require__(9408);
// EXTERNAL MODULE: ./src/report/format.ts
var report_format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/report/report.ts
var report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/stores/store.ts
var stores_store = __webpack_require__(4703);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
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

// EXTERNAL MODULE: ./src/verify/schedule-checks.ts
var schedule_checks = __webpack_require__(2628);
;// CONCATENATED MODULE: ./src/verify/run-verify.ts














/** PRODUCT.md §3: finds the newest backup, checks it is recent and intact, and returns the verdict. */
async function runVerify(settings, deps) {
    const clock = deps.now ?? (() => new Date());
    const startedAt = clock();
    const { store, logger } = deps;
    const checks = [];
    const listing = await (0,list_backups/* listBackups */.Cw)(store, { timezone: settings.timezone, database: settings.database }, logger);
    const finish = (newest, extra = {}) => ({
        newest,
        backups: listing.backups,
        report: {
            status: (0,report/* worstStatus */.A4)(checks.map((c) => c.status)),
            kind: 'verify',
            source: store.displayUrl,
            ...(settings.database ? { database: settings.database } : {}),
            checks: checks.map(redactCheck),
            started_at: startedAt.toISOString(),
            finished_at: clock().toISOString(),
            ...extra,
        },
    });
    checks.push(listing.check);
    if (!listing.backups)
        return finish();
    let backups = listing.backups;
    const mixed = settings.database ? undefined : mixedDatabasesCheck(backups, store.displayUrl);
    if (mixed) {
        checks.push(mixed);
        return finish();
    }
    // A Lifeboat backup whose manifest is missing did not complete: never "the newest good backup".
    const incompleteKeys = (0,backup_incomplete/* findIncompleteBackups */.j)(backups);
    const incomplete = backups.filter((b) => incompleteKeys.has(b.key));
    backups = backups.filter((b) => !incompleteKeys.has(b.key));
    const manifest = manifestCheck(backups, incomplete);
    if (backups.length === 0) {
        if (manifest)
            checks.push(manifest);
        checks.push({
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
        checks.push({ id: 'exists', status: 'critical', summary: `${selection.reason} in ${store.displayUrl}`, value: 0 });
        return finish();
    }
    const newest = selection.backup;
    const what = settings.backup.kind === 'latest' ? 'newest backup' : 'the chosen backup';
    checks.push({
        id: 'exists',
        status: 'ok',
        summary: `${(0,report_format/* plural */.LS)(backups.length, 'backup')} found; judging ${newest.key} (${selection.reason})`,
        ...(0,report/* measure */.xP)('count', backups.length),
    });
    checks.push((0,schedule_checks/* recencyCheck */.W9)(newest, now, settings, what));
    checks.push((0,schedule_checks/* futureCheck */.kC)(newest, now, what));
    const older = backups.filter((b) => b.time.getTime() < newest.time.getTime());
    checks.push((0,schedule_checks/* sizeCheck */.i2)(newest, older.slice(0, 7), settings, what));
    if (settings.backup.kind !== 'latest' && incompleteKeys.has(newest.key)) {
        checks.push({
            id: 'manifest',
            status: 'critical',
            summary: `${newest.key} has no Lifeboat manifest: create-backup did not finish it`,
        });
    }
    else if (manifest) {
        checks.push(manifest);
    }
    let sha256;
    let format;
    let counted;
    if (settings.integrity === 'none') {
        for (const id of ['checksum', 'archive', 'content']) {
            checks.push({ id, status: 'skipped', summary: 'integrity: none' });
        }
    }
    else if (store.downloadable === false) {
        const why = store.notDownloadableReason ?? 'this store offers no download of its backups';
        for (const id of ['checksum', 'archive', 'content'])
            checks.push({ id, status: 'skipped', summary: why });
    }
    else {
        const integrity = await verifyIntegrity(newest, settings, deps);
        if (integrity.store)
            checks[checks.indexOf(listing.check)] = integrity.store;
        checks.push(...integrity.checks);
        sha256 = integrity.sha256;
        format = integrity.format;
        counted = integrity;
    }
    const rows = rowsCheck(newest.manifest, counted);
    checks.push(rows.check);
    const tables = rows.tables;
    checks.push((0,schedule_checks/* gapsCheck */.gD)(backups, now, settings));
    if (settings.minRetentionSeconds !== undefined)
        checks.push((0,schedule_checks/* retentionCheck */.JX)(backups, now, settings.minRetentionSeconds));
    if (store.storeChecks) {
        checks.push(...(await store.storeChecks({ now, minRetentionSeconds: settings.minRetentionSeconds })));
    }
    if (deps.drillAge)
        checks.push(await deps.drillAge());
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
async function verifyIntegrity(backup, settings, deps) {
    const { store, logger } = deps;
    let expected;
    const checks = [];
    try {
        expected = await expectedChecksum(store, backup);
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
/** The manifest's sha256 wins over a `.sha256` sidecar: it is written last, after the upload completed. */
async function expectedChecksum(store, backup) {
    if (backup.manifest?.sha256)
        return { sha256: backup.manifest.sha256, from: 'manifest' };
    if (backup.sidecars.sha256) {
        const sha = await (0,manifest/* readSha256Sidecar */.xW)(store, backup.sidecars.sha256);
        if (sha)
            return { sha256: sha, from: '.sha256 sidecar' };
    }
    return undefined;
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
function redactCheck(check) {
    return {
        ...check,
        summary: (0,secrets/* redactSecrets */.fp)(check.summary),
        ...(check.display?.value ? { display: { ...check.display, value: (0,secrets/* redactSecrets */.fp)(check.display.value) } } : {}),
    };
}

;// CONCATENATED MODULE: ./src/verify/verify.ts



/** The one implementation behind `lifeboat verify` and the verify-backup action. */
async function verify(settings, environment) {
    const store = (0,open_store/* openStore */.C)(settings.source, { env: environment.env, forcePathStyle: settings.s3ForcePathStyle });
    return runVerify(settings, {
        store,
        logger: environment.logger,
        now: environment.now,
        drillAge: environment.drillAge,
        pgRestore: pgRestoreResolver(settings.postgresBinDir),
    });
}
/** The newest pg_restore reads the most archive versions; absence is reported, not thrown. */
function pgRestoreResolver(binDir) {
    let found;
    return () => {
        found ??= (0,binaries/* findClientTool */.vc)('pg_restore', { binDir }).catch(() => undefined);
        return found;
    };
}


/***/ })

};
