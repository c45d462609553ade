export const id = 294;
export const ids = [294];
export const modules = {

/***/ 6654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ listBackups)
/* harmony export */ });
/* harmony import */ var _stores_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4703);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8277);


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


/***/ }),

/***/ 3294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ pgRestoreResolver),
  M: () => (/* binding */ verify)
});

// EXTERNAL MODULE: ./src/postgres/binaries.ts
var binaries = __webpack_require__(1758);
// EXTERNAL MODULE: ./src/stores/open-store.ts + 3 modules
var open_store = __webpack_require__(2046);
// EXTERNAL MODULE: ./src/discovery/list-backups.ts
var list_backups = __webpack_require__(6654);
// EXTERNAL MODULE: ./src/backup/backup-key.ts
var backup_key = __webpack_require__(2024);
;// CONCATENATED MODULE: ./src/backup/incomplete.ts

/**
 * Backups create-backup started but did not finish: its manifest is written last, so a Lifeboat
 * backup without a usable manifest is incomplete, however intact its bytes look.
 *
 * The name alone (`<db>_<YYYY-MM-DDTHH-MM-SS-mmmZ>.dump`) is not proof: it is what
 * `new Date().toISOString()` with `:`/`.` replaced gives any script, often with a `.sha256` next to
 * it. Proof is another backup of the same series (same prefix and database) that has its Lifeboat
 * manifest. So the first backup ever made into a store, if it failed, is not caught; every later one is.
 */
function findIncompleteBackups(backups) {
    const ours = new Set();
    for (const b of backups) {
        const series = (0,backup_key/* lifeboatSeriesOf */.BW)(b.key);
        if (series !== undefined && b.sidecars.manifest !== undefined && b.manifestError === undefined)
            ours.add(series);
    }
    const incomplete = new Set();
    for (const b of backups) {
        const series = (0,backup_key/* lifeboatSeriesOf */.BW)(b.key);
        if (series === undefined || !ours.has(series))
            continue;
        if (b.sidecars.manifest === undefined || b.manifestError !== undefined)
            incomplete.add(b.key);
    }
    return incomplete;
}

// EXTERNAL MODULE: ./src/discovery/manifest.ts
var manifest = __webpack_require__(281);
// EXTERNAL MODULE: ./src/integrity/integrity-pass.ts + 12 modules
var integrity_pass = __webpack_require__(3163);
// EXTERNAL MODULE: ./src/report/report.ts
var report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
// EXTERNAL MODULE: ./src/discovery/discover.ts + 1 modules
var discover = __webpack_require__(8277);
;// CONCATENATED MODULE: ./src/verify/mixed-databases.ts

/**
 * A prefix holding backups of several databases (`app_…`, `billing_…`) without `database` set:
 * verifying "the newest" would check one database and stay silent about the others going stale,
 * so verify stops and asks, listing what it found. Undefined when the names carry one database or none.
 */
function mixedDatabasesCheck(backups, displayUrl) {
    const found = new Map();
    for (const backup of backups) {
        const name = (0,discover/* databaseFromName */.P0)(backup.key);
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
            `Set database to one of them (one verify step per database): Lifeboat does not pick one for you`,
        value: found.size,
    };
}

;// CONCATENATED MODULE: ./src/verify/rows-check.ts
const n = (value) => value.toLocaleString('en-US');
const SHOWN = 3;
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
    const counted = new Map(tables.map((t) => [t.name, t.rows]));
    const partitioned = new Set(archive?.partitioned ?? []);
    const differences = [];
    let compared = 0;
    let rows = 0;
    for (const [name, { rows: expected }] of Object.entries(manifest.tables)) {
        const found = counted.get(name);
        if (found === undefined) {
            // A partitioned table's count(*) covers its partitions, which the archive counts one by one.
            if (partitioned.has(name))
                continue;
            differences.push(`${name}: manifest ${n(expected)} rows, not in the archive`);
        }
        else if (found !== expected) {
            differences.push(`${name}: manifest ${n(expected)} rows, archive ${n(found)}`);
        }
        compared++;
        rows += expected;
    }
    const withExpected = tables.map((t) => {
        const expected = manifest.tables[t.name]?.rows;
        return expected === undefined ? t : { ...t, expected_rows: expected };
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

// EXTERNAL MODULE: ./src/settings/duration.ts
var duration = __webpack_require__(1145);
// EXTERNAL MODULE: ./src/settings/size.ts
var size = __webpack_require__(7232);
;// CONCATENATED MODULE: ./src/verify/schedule-checks.ts


/** A few minutes of clock skew between the backup host and the runner is normal, not a finding. */
const FUTURE_TOLERANCE_SECONDS = 300;
const DAY = 86400;
function ageSeconds(backup, now) {
    return (now.getTime() - backup.time.getTime()) / 1000;
}
function recencyCheck(newest, now, settings) {
    const age = Math.max(0, ageSeconds(newest, now));
    const threshold = `warning after ${(0,duration/* formatDuration */.a3)(settings.warnAfterSeconds)}, critical after ${(0,duration/* formatDuration */.a3)(settings.criticalAfterSeconds)}`;
    const value = (0,duration/* formatDuration */.a3)(age);
    const crossed = [
        ['critical', settings.criticalAfterSeconds],
        ['warning', settings.warnAfterSeconds],
    ];
    for (const [status, limit] of crossed) {
        if (age > limit) {
            const summary = `newest backup is ${value} old (${status} after ${(0,duration/* formatDuration */.a3)(limit)})`;
            return { id: 'recency', status, summary, value, threshold };
        }
    }
    return { id: 'recency', status: 'ok', summary: `newest backup is ${value} old`, value, threshold };
}
function futureCheck(newest, now) {
    const ahead = -ageSeconds(newest, now);
    if (ahead > FUTURE_TOLERANCE_SECONDS) {
        return {
            id: 'future',
            status: 'warning',
            summary: `newest backup's time ${newest.time.toISOString()} (from its ${newest.timeSource}) is ${(0,duration/* formatDuration */.a3)(ahead)} in the future: clock skew or a wrong name`,
            value: (0,duration/* formatDuration */.a3)(ahead),
            threshold: (0,duration/* formatDuration */.a3)(FUTURE_TOLERANCE_SECONDS),
        };
    }
    return { id: 'future', status: 'ok', summary: 'newest backup time is not in the future' };
}
function sizeCheck(newest, previous, settings) {
    const value = (0,size/* formatBytes */.z3)(newest.size);
    if (newest.size === 0) {
        return {
            id: 'size',
            status: 'critical',
            summary: `newest backup ${newest.key} is empty (0 bytes)`,
            value,
            threshold: (0,size/* formatBytes */.z3)(settings.minSizeBytes),
        };
    }
    if (newest.size < settings.minSizeBytes) {
        return {
            id: 'size',
            status: 'critical',
            summary: `newest backup is ${value}, below the minimum of ${(0,size/* formatBytes */.z3)(settings.minSizeBytes)}`,
            value,
            threshold: (0,size/* formatBytes */.z3)(settings.minSizeBytes),
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
                summary: `newest backup is ${value}, ${shrink}% smaller than the median of the previous ${previous.length} (${(0,size/* formatBytes */.z3)(median)})`,
                value,
                threshold: `${Math.round(settings.maxShrink * 100)}% shrink`,
            };
        }
    }
    return {
        id: 'size',
        status: 'ok',
        summary: `newest backup is ${value}`,
        value,
        threshold: `≥ ${(0,size/* formatBytes */.z3)(settings.minSizeBytes)}`,
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
    const threshold = `gaps ≤ ${(0,duration/* formatDuration */.a3)(settings.criticalAfterSeconds)} within ${(0,duration/* formatDuration */.a3)(settings.windowSeconds)}`;
    const gaps = [];
    const missed = [];
    for (let i = 1; i < inWindow.length; i++) {
        const from = inWindow[i - 1].time;
        const to = inWindow[i].time;
        const gap = (to.getTime() - from.getTime()) / 1000;
        if (gap > settings.criticalAfterSeconds) {
            gaps.push(`${from.toISOString().slice(0, 16)}Z → ${to.toISOString().slice(0, 16)}Z (${(0,duration/* formatDuration */.a3)(gap)})`);
            missed.push(...daysBetween(from, to));
        }
    }
    if (gaps.length === 0) {
        return {
            id: 'gaps',
            status: 'ok',
            summary: `${inWindow.length} backup${inWindow.length === 1 ? '' : 's'} in the last ${(0,duration/* formatDuration */.a3)(settings.windowSeconds)}, no gap over ${(0,duration/* formatDuration */.a3)(settings.criticalAfterSeconds)}`,
            value: 0,
            threshold,
        };
    }
    const days = missed.length ? `; no backup on ${missed.join(', ')}` : '';
    return {
        id: 'gaps',
        status: 'warning',
        summary: `${gaps.length} gap${gaps.length > 1 ? 's' : ''} over ${(0,duration/* formatDuration */.a3)(settings.criticalAfterSeconds)} in the last ${(0,duration/* formatDuration */.a3)(settings.windowSeconds)}: ${gaps.join('; ')}${days}`,
        value: gaps.length,
        threshold,
    };
}
function retentionCheck(backups, now, minRetentionSeconds) {
    const oldest = backups.reduce((a, b) => (b.time < a.time ? b : a));
    const age = ageSeconds(oldest, now);
    const value = (0,duration/* formatDuration */.a3)(age);
    const threshold = `≥ ${(0,duration/* formatDuration */.a3)(minRetentionSeconds)}`;
    if (age < minRetentionSeconds) {
        return {
            id: 'retention',
            status: 'warning',
            summary: `oldest backup is ${value} old: history is shorter than the ${(0,duration/* formatDuration */.a3)(minRetentionSeconds)} required`,
            value,
            threshold,
        };
    }
    return { id: 'retention', status: 'ok', summary: `oldest backup is ${value} old`, value, threshold };
}
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

;// CONCATENATED MODULE: ./src/verify/run-verify.ts











/** PRODUCT.md §3: finds the newest backup, checks it is recent and intact, and returns the verdict. */
async function runVerify(settings, deps) {
    const clock = deps.now ?? (() => new Date());
    const startedAt = clock();
    const { store, logger } = deps;
    const checks = [];
    const finish = (newest, extra = {}) => ({
        newest,
        report: {
            status: (0,report/* worstStatus */.A4)(checks.map((c) => c.status)),
            kind: 'verify',
            source: store.displayUrl,
            checks: checks.map(redactCheck),
            started_at: startedAt.toISOString(),
            finished_at: clock().toISOString(),
            ...extra,
        },
    });
    const listing = await (0,list_backups/* listBackups */.C)(store, { timezone: settings.timezone, database: settings.database }, logger);
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
    const incompleteKeys = findIncompleteBackups(backups);
    const incomplete = backups.filter((b) => incompleteKeys.has(b.key));
    backups = backups.filter((b) => !incompleteKeys.has(b.key));
    const manifest = manifestCheck(backups[0], incomplete);
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
    const newest = backups[0];
    const now = clock();
    checks.push({
        id: 'exists',
        status: 'ok',
        summary: `${backups.length} backup${backups.length === 1 ? '' : 's'} found; newest is ${newest.key}`,
        value: backups.length,
    });
    checks.push(recencyCheck(newest, now, settings));
    checks.push(futureCheck(newest, now));
    checks.push(sizeCheck(newest, backups.slice(1, 8), settings));
    if (manifest)
        checks.push(manifest);
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
        checks.push(...integrity.checks);
        sha256 = integrity.sha256;
        format = integrity.format;
        counted = integrity;
    }
    const rows = rowsCheck(newest.manifest, counted);
    checks.push(rows.check);
    const tables = rows.tables;
    checks.push(gapsCheck(backups, now, settings));
    if (settings.minRetentionSeconds !== undefined)
        checks.push(retentionCheck(backups, now, settings.minRetentionSeconds));
    if (store.storeChecks) {
        checks.push(...(await store.storeChecks({ now, minRetentionSeconds: settings.minRetentionSeconds })));
    }
    if (deps.drillAge)
        checks.push(await deps.drillAge());
    return finish(newest, {
        backup: { key: newest.key, time: newest.time.toISOString(), size: newest.size, format, sha256 },
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
function manifestCheck(newest, incomplete) {
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
        ...(typeof check.value === 'string' ? { value: (0,secrets/* redactSecrets */.fp)(check.value) } : {}),
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
