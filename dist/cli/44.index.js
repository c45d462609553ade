export const id = 44;
export const ids = [44];
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

/***/ 6502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fI: () => (/* binding */ backupOptions),
/* harmony export */   g9: () => (/* binding */ isRailwayDest),
/* harmony export */   tR: () => (/* binding */ parseBackupSettings)
/* harmony export */ });
/* unused harmony export backupSettings */
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2857);
/* harmony import */ var _settings_discovery_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1491);
/* harmony import */ var _settings_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1145);
/* harmony import */ var _settings_local_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9671);
/* harmony import */ var _settings_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(266);
/* harmony import */ var _settings_postgres_bin_dir_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8072);
/* harmony import */ var _settings_publication_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9419);
/* harmony import */ var _settings_settings_group_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3378);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(17);










const destinationOptions = {
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
    lock: {
        description: 'railway:// dest only: lock the new volume backup so that it never expires.',
        boolean: true,
        default: 'false',
    },
};
const zCompress = () => (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_4__/* .zOptional */ .DX)((t, ctx) => {
    if (/^\d$/.test(t))
        return { value: t };
    const m = /^(gzip|lz4|zstd|none)(?::([A-Za-z0-9=,_-]+))?$/i.exec(t);
    if (!m)
        return (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_4__/* .refuse */ .TR)(ctx, 'expected a level 0-9 or a method: gzip, lz4, zstd or none, optionally with :level');
    return { value: t.toLowerCase(), method: m[1].toLowerCase() };
});
const zKeepDays = () => (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_4__/* .zOptional */ .DX)((t, ctx) => {
    // A bare number means days here (the input is called keep-days); durations like 36h also work.
    const seconds = /^\d+(\.\d+)?$/.test(t) ? Number(t) * 86_400 : (0,_settings_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDurationSeconds */ .l)(t);
    if (seconds === undefined || !(seconds > 0) || !Number.isFinite(seconds) || seconds > 100 * 366 * 86_400) {
        return (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_4__/* .refuse */ .TR)(ctx, 'expected a number of days like 14, or a duration like 14d');
    }
    return seconds;
});
const zKeepCount = () => (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_4__/* .zOptional */ .DX)((t, ctx) => {
    // 0 would mean "delete everything", which retention never does.
    if (!/^\d+$/.test(t) || Number(t) < 1 || !Number.isSafeInteger(Number(t))) {
        return (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_4__/* .refuse */ .TR)(ctx, 'expected a whole number of backups, at least 1');
    }
    return Number(t);
});
const destinationShape = {
    'database-url': zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().trim().optional(),
    dest: zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().trim().min(1),
    'name-prefix': zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().optional(),
    compress: zCompress(),
    'keep-days': zKeepDays(),
    'keep-count': zKeepCount(),
    'dry-run': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_4__/* .zBoolean */ .Rh)(),
    lock: (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_4__/* .zBoolean */ .Rh)(),
};
function isRailwayDest(dest) {
    return /^railway:\/\//i.test(dest.trim());
}
function readDestination(v, raw) {
    const railway = isRailwayDest(v.dest);
    if (v.lock && !railway) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .d(`Invalid lock "true": only a railway:// dest has backups to lock; dest is "${v.dest}"`);
    }
    const databaseUrl = v['database-url'] ?? '';
    if (railway) {
        // Railway snapshots the volume itself: a connection URL would go unused, so none is asked for.
        for (const name of ['name-prefix', 'compress', 'keep-days', 'keep-count']) {
            if (v[name] !== undefined && v[name] !== '') {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .d(`Invalid ${name} "${raw[name]}": not used with a railway:// dest (Railway names, compresses and expires its volume backups itself)`);
            }
        }
        return { ...retention(v), databaseUrl: '', dest: v.dest, namePrefix: '' };
    }
    if (databaseUrl === '')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .d(`Missing database-url: ${destinationOptions['database-url'].description}`);
    if (!/^postgres(ql)?:\/\//i.test(databaseUrl)) {
        // Never echo the value: it is a secret even when malformed.
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .d('Invalid database-url: expected a postgres:// or postgresql:// connection URL');
    }
    try {
        new URL(databaseUrl);
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .d('Invalid database-url: not a valid URL (percent-encode special characters in the password)');
    }
    const namePrefix = v['name-prefix'] ?? '';
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
    if (/[\u0000-\u001f\u007f]/.test(namePrefix)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .d(`Invalid name-prefix ${JSON.stringify(namePrefix)}: control characters (newline, tab …) are not allowed in backup names`);
    }
    if (namePrefix.startsWith('/') || namePrefix.split('/').some((part) => part === '..' || part === '.')) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .d(`Invalid name-prefix "${namePrefix}": must be relative to dest, without . or .. segments`);
    }
    const folder = localFolderOf(v.dest);
    if (folder !== undefined)
        (0,_settings_local_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .requireBackupFolder */ .Ov)(folder, v.dest);
    return { ...retention(v), databaseUrl, dest: v.dest, namePrefix };
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
function retention(v) {
    return {
        compress: v.compress,
        keepSeconds: v['keep-days'],
        keepCount: v['keep-count'],
        dryRun: v['dry-run'],
        lock: v.lock,
    };
}
const backupSettings = (0,_settings_settings_group_js__WEBPACK_IMPORTED_MODULE_7__/* .composeSettings */ .s)((0,_settings_settings_group_js__WEBPACK_IMPORTED_MODULE_7__/* .settingsGroup */ .h)(destinationOptions, destinationShape, readDestination), _settings_discovery_js__WEBPACK_IMPORTED_MODULE_1__/* .s3Addressing */ .L8, (0,_settings_postgres_bin_dir_js__WEBPACK_IMPORTED_MODULE_5__/* .postgresBinDir */ .S)('Directory with pg_dump; found automatically when empty (it must be at least as new as the server).', [
    'pg_dump',
]), _settings_publication_js__WEBPACK_IMPORTED_MODULE_6__/* .publication */ .LJ);
const { options: backupOptions, parse: parseBackupSettings } = backupSettings;


/***/ }),

/***/ 1044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ backup)
});

// EXTERNAL MODULE: ./src/postgres/binaries.ts
var binaries = __webpack_require__(1758);
// EXTERNAL MODULE: ./src/stores/open-store.ts + 3 modules
var open_store = __webpack_require__(9660);
// EXTERNAL MODULE: ./src/util/cleanup.ts
var cleanup = __webpack_require__(4532);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
// EXTERNAL MODULE: ./src/backup/backup-settings.ts
var backup_settings = __webpack_require__(6502);
// EXTERNAL MODULE: ./src/discovery/manifest.ts
var discovery_manifest = __webpack_require__(281);
// EXTERNAL MODULE: ./src/postgres/client.ts
var postgres_client = __webpack_require__(8620);
// EXTERNAL MODULE: ./src/postgres/row-counts.ts
var row_counts = __webpack_require__(3804);
// EXTERNAL MODULE: ./src/report/report-builder.ts
var report_builder = __webpack_require__(7156);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/stores/store.ts
var store = __webpack_require__(4703);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/backup/backup-key.ts
var backup_key = __webpack_require__(2024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/postgres/run-tool.ts
var run_tool = __webpack_require__(1697);
;// CONCATENATED MODULE: ./src/backup/dump-stream.ts







/** pg_dump failed, was killed, or its output could not be stored. The message is fit for a report. */
class DumpError extends Error {
    cleanup;
    constructor(message, 
    /** Cleanups that failed after it (an upload not aborted): report lines of their own. */
    cleanup = []) {
        super(message);
        this.cleanup = cleanup;
        this.name = 'DumpError';
    }
}
// pg_dump's last words are what explains a failure; older output is noise.
const STDERR_TAIL = 8 * 1024;
/**
 * Streams pg_dump's stdout into `store.write(key)` through a tap that hashes and counts the bytes:
 * no temporary file, and memory bounded by the pipes' buffers (plus the store's multipart parts).
 *
 * pg_dump that dies still closes its stdout, which looks like a normal end of stream. The tap
 * therefore ends the stream only once pg_dump has exited 0; any other exit errors the stream, so
 * the store abandons the upload (folder: temp file removed; S3: multipart aborted) instead of
 * publishing a truncated object.
 */
async function dumpToStore(opts) {
    const child = (0,run_tool/* spawnTool */.My)(opts.pgDumpPath, opts.args, { env: opts.env });
    opts.onSpawn?.(child);
    child.stdin?.end();
    let stderr = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (text) => {
        stderr = (stderr + text).slice(-STDERR_TAIL);
    });
    const exited = new Promise((resolve, reject) => {
        child.once('error', reject);
        child.once('exit', (code, signal) => resolve({ code, signal }));
    });
    // Observed here so that a spawn failure is never an unhandled rejection; the tap rethrows it.
    exited.catch(() => { });
    const failure = (exit) => {
        const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
        const said = (0,secrets/* redactSecrets */.fp)(stderr.trim()).split('\n').filter(Boolean).slice(-5).join(' | ');
        return new DumpError(`pg_dump ${how}${said ? `: ${said}` : ' without an error message'}`);
    };
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    let lastProgress = Date.now();
    const every = opts.progressEveryMs ?? 5000;
    const tap = new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            hash.update(chunk);
            size += chunk.length;
            if (Date.now() - lastProgress >= every) {
                lastProgress = Date.now();
                opts.logger.progress(`dumped ${(0,format/* formatBytes */.z3)(size)} to ${opts.key}`);
            }
            callback(null, chunk);
        },
        flush(callback) {
            exited.then((exit) => callback(exit.code === 0 ? null : failure(exit)), (error) => callback(new DumpError(`cannot run pg_dump (${opts.pgDumpPath}): ${error.message}`)));
        },
    });
    if (!child.stdout)
        throw new DumpError('pg_dump has no stdout');
    // Errors either way tear down both ends: a failed upload stops pg_dump's output (and pg_dump with it).
    (0,external_node_stream_.pipeline)(child.stdout, tap, () => { });
    try {
        await opts.store.write(opts.key, tap, { contentType: 'application/octet-stream' });
    }
    catch (error) {
        const stoppedByUs = child.exitCode === null && child.signalCode === null;
        if (stoppedByUs)
            child.kill('SIGTERM');
        const exit = await exited.catch(() => undefined);
        const cleanup = error instanceof store/* StoreError */.A ? error.cleanup : [];
        // pg_dump's own story beats the store's echo of it ("…partial: pg_dump exited with code 1").
        if (exit && exit.code !== 0 && !stoppedByUs)
            throw new DumpError(failure(exit).message, cleanup);
        if (error instanceof DumpError)
            throw error;
        throw new DumpError(`cannot write ${opts.key}: ${(0,secrets/* redactSecrets */.fp)((0,errors/* errorMessage */.g)(error))}`, cleanup);
    }
    const exit = await exited;
    if (exit.code !== 0)
        throw failure(exit);
    return { sha256: hash.digest('hex'), size };
}

// EXTERNAL MODULE: ./src/archive/detect-format.ts
var detect_format = __webpack_require__(259);
// EXTERNAL MODULE: ./src/discovery/discover.ts + 2 modules
var discover = __webpack_require__(4005);
// EXTERNAL MODULE: ./src/report/report.ts
var report = __webpack_require__(8850);
;// CONCATENATED MODULE: ./src/backup/retention.ts






const STAMP_ONLY = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.dump$/;
/**
 * Each rule is a limit of its own: a backup goes when it is beyond `keepCount` or older than
 * `keepSeconds`. Whatever the rules say, the newest backup and `protect` (the one just made) stay.
 * `keep` is newest first, `remove` oldest first.
 */
function planRetention(candidates, rules, now, protect = []) {
    const sorted = [...candidates].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
    const plan = { keep: [], remove: [] };
    sorted.forEach((candidate, index) => {
        const tooMany = rules.keepCount !== undefined && index >= rules.keepCount;
        const tooOld = rules.keepSeconds !== undefined && now.getTime() - candidate.createdAt.getTime() > rules.keepSeconds * 1000;
        const protectedOne = index === 0 || protect.includes(candidate.key);
        if ((tooMany || tooOld) && !protectedOne)
            plan.remove.push(candidate);
        else
            plan.keep.push(candidate);
    });
    // Oldest first: a run cut short has removed the backups least likely to be needed.
    plan.remove.reverse();
    return plan;
}
/**
 * The backups retention may ever touch: this database's series under this name prefix, in the
 * shape create-backup writes, each with a valid Lifeboat manifest that names it. Anything else in
 * the store (other tools' backups, hand-made copies, incomplete runs without a manifest) is not ours
 * to delete.
 */
async function retentionCandidates(store, namePrefix, database) {
    const series = (0,backup_key/* seriesPrefix */.gv)(namePrefix, database);
    // discover's database filter looks at the basename, which a prefix like `nightly-` changes.
    const prefixIsFolder = namePrefix === '' || namePrefix.endsWith('/');
    const found = await (0,discover/* discoverBackups */.jN)(store, {
        database: prefixIsFolder ? (0,backup_key/* safeDatabaseName */.Q0)(database) : undefined,
        // Every manifest of the series must be read: an unread one cannot prove the backup is ours.
        readManifests: Number.MAX_SAFE_INTEGER,
    });
    const candidates = [];
    for (const backup of found) {
        // Exactly `<prefix><db>_<stamp>.dump`: `app_` must not claim `app_staging_<stamp>.dump`.
        if (!backup.key.startsWith(series) || !STAMP_ONLY.test(backup.key.slice(series.length)))
            continue;
        if (!backup.manifest || !backup.sidecars.manifest)
            continue;
        if (basename(backup.manifest.key) !== basename(backup.key) || backup.manifest.database !== database)
            continue;
        const sidecars = [backup.sidecars.sha256, backup.sidecars.meta, backup.sidecars.manifest].filter((k) => k !== undefined);
        candidates.push({ key: backup.key, createdAt: new Date(backup.manifest.created_at), sidecars });
    }
    return candidates;
}
/**
 * Sidecars of this series whose backup is gone: what an earlier run's failed sidecar deletes left.
 * A backup is published body first, so a sidecar without its body is never a backup in the making.
 */
async function leftoverSidecars(store, namePrefix, database) {
    const series = (0,backup_key/* seriesPrefix */.gv)(namePrefix, database);
    const keys = new Set();
    for await (const object of store.list())
        keys.add(object.key);
    return [...keys]
        .filter((key) => {
        const owner = (0,detect_format/* sidecarOwner */.$q)(key);
        return (owner !== undefined &&
            owner.startsWith(series) &&
            STAMP_ONLY.test(owner.slice(series.length)) &&
            !keys.has(owner));
    })
        .sort();
}
async function applyRetention(opts) {
    const rules = describeRules(opts);
    let candidates;
    let leftovers;
    try {
        candidates = await retentionCandidates(opts.store, opts.namePrefix, opts.database);
        leftovers = await leftoverSidecars(opts.store, opts.namePrefix, opts.database);
    }
    catch (error) {
        return {
            check: {
                id: 'retention',
                status: 'warning',
                summary: `retention not applied: cannot list ${opts.store.displayUrl}: ${(0,errors/* errorMessage */.g)(error)}`,
            },
            removed: [],
            kept: [],
        };
    }
    const plan = planRetention(candidates, opts, opts.now, [opts.justWritten]);
    const kept = plan.keep.map((c) => c.key);
    if (opts.dryRun) {
        for (const c of plan.remove)
            opts.logger.info(`dry run: would delete ${c.key} and ${c.sidecars.join(', ')}`);
        for (const key of leftovers)
            opts.logger.info(`dry run: would delete ${key}, left by an earlier run`);
        const also = leftovers.length ? `; and ${(0,format/* plural */.LS)(leftovers.length, 'sidecar')} left by an earlier run` : '';
        return {
            check: {
                id: 'retention',
                status: 'ok',
                summary: plan.remove.length === 0
                    ? `dry run, ${rules}: nothing to delete, ${(0,format/* plural */.LS)(kept.length, 'backup')} kept${also}`
                    : `dry run, ${rules}: would delete ${(0,format/* plural */.LS)(plan.remove.length, 'backup')}: ${plan.remove.map((c) => c.key).join(', ')}${also}`,
                ...(0,report/* measure */.xP)('count', plan.remove.length, { thresholdText: rules }),
            },
            removed: plan.remove.map((c) => c.key),
            kept,
        };
    }
    // Sidecars whose delete fails stay for the next run, which finds them without their body.
    const left = [];
    const deleteSidecar = async (key) => {
        try {
            await opts.store.delete(key);
            return true;
        }
        catch (error) {
            left.push(`${key} (${(0,errors/* errorMessage */.g)(error)})`);
            return false;
        }
    };
    let retried = 0;
    for (const key of leftovers)
        if (await deleteSidecar(key))
            retried++;
    const removed = [];
    const failures = [];
    for (const c of plan.remove) {
        try {
            // The backup first, its manifest last: a run cut short never leaves a Lifeboat-named backup
            // without its manifest (which verify would report as an incomplete backup).
            await opts.store.delete(c.key);
        }
        catch (error) {
            failures.push(`${c.key}: ${(0,errors/* errorMessage */.g)(error)}`);
            continue;
        }
        // Its body gone, the backup is gone: a sidecar that stays is the next run's to remove.
        removed.push(c.key);
        let sidecarsDeleted = 0;
        for (const sidecar of c.sidecars)
            if (await deleteSidecar(sidecar))
                sidecarsDeleted++;
        opts.logger.info(`retention: deleted ${c.key} (${c.createdAt.toISOString()}) and ${(0,format/* plural */.LS)(sidecarsDeleted, 'sidecar')}`);
    }
    const parts = [];
    if (failures.length > 0 || left.length > 0) {
        parts.push(`deleted ${removed.length} of ${(0,format/* plural */.LS)(plan.remove.length, 'backup')}`);
    }
    else if (plan.remove.length > 0) {
        parts.push(`deleted ${(0,format/* plural */.LS)(removed.length, 'backup')}: ${removed.join(', ')}`);
    }
    else {
        parts.push(`nothing to delete, ${(0,format/* plural */.LS)(kept.length, 'backup')} kept`);
    }
    if (retried > 0)
        parts.push(`removed ${(0,format/* plural */.LS)(retried, 'sidecar')} left by an earlier run`);
    if (left.length > 0)
        parts.push(`${(0,format/* plural */.LS)(left.length, 'sidecar')} left, retried next run: ${left.join('; ')}`);
    if (failures.length > 0)
        parts.push(`failed: ${failures.join('; ')}`);
    return {
        check: {
            id: 'retention',
            status: failures.length > 0 || left.length > 0 ? 'warning' : 'ok',
            summary: `${rules}: ${parts.join('; ')}`,
            ...(0,report/* measure */.xP)('count', removed.length, { thresholdText: rules }),
        },
        removed,
        kept,
    };
}
function describeRules(rules) {
    const parts = [];
    if (rules.keepCount !== undefined)
        parts.push(`keep-count ${rules.keepCount}`);
    if (rules.keepSeconds !== undefined)
        parts.push(`keep-days ${(0,format/* formatDuration */.a3)(rules.keepSeconds)}`);
    return parts.join(', ');
}
function basename(key) {
    return key.slice(key.lastIndexOf('/') + 1);
}

// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(3849);
// EXTERNAL MODULE: ./src/postgres/role-specs.ts
var role_specs = __webpack_require__(1618);
;// CONCATENATED MODULE: ./src/backup/snapshot.ts




/**
 * A REPEATABLE READ transaction whose snapshot is exported for `pg_dump --snapshot`: the rows
 * counted here are exactly the rows pg_dump writes, whatever is committed meanwhile. The
 * transaction must stay open at least until pg_dump has imported the snapshot; it is held until
 * the dump ends, which also keeps the snapshot's rows from being vacuumed away under it.
 */
class DumpSnapshot {
    client;
    id;
    server;
    closed = false;
    constructor(client, id, server) {
        this.client = client;
        this.id = id;
        this.server = server;
    }
    static async open(url) {
        const client = new esm/* default.Client */.Ay.Client({
            connectionString: url,
            connectionTimeoutMillis: postgres_client/* CONNECT_TIMEOUT_MS */.cC,
            application_name: 'lifeboat-backup',
        });
        // A server that goes away emits 'error' on the idle client; the pending query reports it instead.
        client.on('error', () => { });
        try {
            await client.connect();
            const info = await client.query("SELECT current_setting('server_version_num') AS num, current_setting('server_version') AS version, current_database() AS db");
            await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
            // The transaction idles while pg_dump works; a server-wide idle timeout would cut it off.
            await client.query('SET LOCAL idle_in_transaction_session_timeout = 0; SET LOCAL statement_timeout = 0');
            // As pg_dump does: a row-level-security policy that would hide rows is an error, not a smaller count.
            await client.query('SET LOCAL row_security = off');
            const { rows } = await client.query('SELECT pg_export_snapshot() AS id');
            const num = Number(info.rows[0].num);
            const major = num >= 100_000 ? Math.floor(num / 10_000) : Math.floor(num / 10_000) + (Math.floor(num / 100) % 100) / 10;
            return new DumpSnapshot(client, rows[0].id, {
                version: info.rows[0].version.split(' ')[0],
                major,
                database: info.rows[0].db,
            });
        }
        catch (error) {
            await client.end().catch(() => { });
            throw error;
        }
    }
    /**
     * The tables pg_dump writes data for: ordinary and partitioned tables in every schema that is
     * not a system schema, minus tables that belong to an extension (pg_dump leaves those to
     * CREATE EXTENSION). Views, foreign tables and sequences hold no rows of their own in a dump.
     */
    async tables() {
        const { rows } = await this.client.query(`
      SELECT n.nspname AS schema, c.relname AS name
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p')
        AND c.relpersistence <> 't'
        AND n.nspname <> 'information_schema'
        AND n.nspname !~ '^pg_'
        AND NOT EXISTS (
          SELECT 1 FROM pg_catalog.pg_depend d
          WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
        )
      ORDER BY 1, 2`);
        return rows;
    }
    /** Own rows (and parents' tree totals) of each table, in the exported snapshot; keys are `schema.table`. */
    countRows(tables, onTable) {
        return (0,row_counts/* countTables */.zF)(this.client, tables.map((t) => ({ schema: t.schema, table: t.name })), onTable);
    }
    /** The roles (attributes, memberships; never passwords) as the dump's snapshot sees the catalog. */
    roles() {
        return (0,role_specs/* readRoleSpecs */.Z1)(this.client);
    }
    /** Ends the transaction and the connection; safe to call twice and after the server went away. */
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        await this.client.query('ROLLBACK').catch(() => { });
        await this.client.end().catch(() => { });
    }
    /** Stops a count in progress (the dump failed, nothing will use the counts). */
    abort() {
        if (this.closed)
            return;
        this.closed = true;
        // end() would wait for the running query; destroying the socket fails it at once.
        const connection = this.client.connection;
        connection?.stream?.destroy();
        this.client.end().catch(() => { });
    }
}

;// CONCATENATED MODULE: ./src/backup/run-backup.ts













const FORMAT = 'pg_dump custom archive';
/**
 * PRODUCT.md §7: pg_dump -Fc streamed to the store with its sha256 computed on the way, row counts
 * from the same snapshot, `<key>.sha256` then `<key>.manifest.json` written last, then retention.
 * A failure at any step removes what was written (best effort) and never writes the manifest.
 */
async function runBackup(settings, deps) {
    // Before anything can be logged: the password, sensitive parameters and the URL as a whole.
    (0,secrets/* addSecret */.Ck)(settings.databaseUrl);
    (0,secrets/* addUrlSecrets */.EI)(settings.databaseUrl);
    const clock = deps.now ?? (() => new Date());
    const { store, logger } = deps;
    const report = (0,report_builder/* startReport */.Fg)('backup', store.displayUrl, clock);
    const finish = (extra = {}, backup) => ({
        ...extra,
        report: report.finish(backup ? { backup } : {}),
    });
    const skip = report.skip;
    const named = databaseNameOf(settings.databaseUrl);
    let snapshot;
    try {
        snapshot = await DumpSnapshot.open(settings.databaseUrl);
    }
    catch (error) {
        report.add({
            id: 'connect',
            status: 'critical',
            summary: `cannot open a snapshot of database ${named}: ${(0,errors/* errorMessage */.g)(error)}`,
        });
        skip(['dump', 'manifest', 'retention'], 'not run: no connection to the database');
        return finish();
    }
    try {
        const { server } = snapshot;
        report.add({
            id: 'connect',
            status: 'ok',
            summary: `snapshot ${snapshot.id} of database ${server.database} on PostgreSQL ${server.version}`,
            display: { value: server.version },
        });
        let pgDump;
        try {
            pgDump = await deps.findPgDump(server.major);
        }
        catch (error) {
            report.add({
                id: 'dump',
                status: 'critical',
                summary: `the server runs PostgreSQL ${server.version}, which needs pg_dump ${server.major} or newer: ${(0,errors/* errorMessage */.g)(error)}`,
                display: { threshold: `pg_dump >= ${server.major}` },
            });
            skip(['manifest', 'retention'], 'not run: no usable pg_dump');
            return finish();
        }
        if (settings.compress?.method && pgDump.major < 16) {
            report.add({
                id: 'dump',
                status: 'critical',
                summary: `compress ${settings.compress.value} names a method, which needs pg_dump 16 or newer; ${pgDump.path} is ${pgDump.version} (use a level 0-9 or newer binaries)`,
            });
            skip(['manifest', 'retention'], 'not run: compress setting unsupported');
            return finish();
        }
        const time = clock();
        const key = (0,backup_key/* backupKeyFor */.vZ)(settings.namePrefix, server.database, time);
        const { dbname, env } = (0,postgres_client/* connectionForTools */.Zx)(settings.databaseUrl);
        const args = [
            '--format=custom',
            `--snapshot=${snapshot.id}`,
            // A CI job has nobody to type a password: fail at once instead of hanging on a prompt.
            '--no-password',
            ...(settings.compress ? [`--compress=${settings.compress.value}`] : []),
            `--dbname=${dbname}`,
        ];
        logger.info(`Backing up ${server.database} (PostgreSQL ${server.version}) with pg_dump ${pgDump.version} to ${key} in ${store.displayUrl}`);
        const began = Date.now();
        let child;
        const dumping = dumpToStore({
            pgDumpPath: pgDump.path,
            args,
            env,
            store,
            key,
            logger,
            onSpawn: (c) => {
                child = c;
                // Stopped first on an interruption, so nothing more is written while the upload is aborted.
                const forget = (0,cleanup/* onInterrupt */.nA)(() => c.kill('SIGTERM'));
                c.once('exit', forget);
            },
        });
        const counting = snapshot.roles().then(async (roles) => ({
            roles,
            tables: await snapshot.countRows(await snapshot.tables()),
        }));
        // Either failing makes the other pointless: stop it instead of waiting for a full table scan or dump.
        let firstFailure;
        dumping.catch(() => {
            firstFailure ??= 'dump';
            snapshot.abort();
        });
        counting.catch(() => {
            firstFailure ??= 'count';
            child?.kill('SIGTERM');
        });
        const [dumpResult, countResult] = await Promise.allSettled([dumping, counting]);
        const seconds = ((Date.now() - began) / 1000).toFixed(1);
        if (dumpResult.status === 'rejected' || countResult.status === 'rejected') {
            // The side that failed first tells the story; the other one was stopped because of it.
            const why = dumpResult.status === 'rejected' && (firstFailure === 'dump' || countResult.status !== 'rejected')
                ? (0,errors/* errorMessage */.g)(dumpResult.reason)
                : `row counts in the dump's snapshot failed: ${(0,errors/* errorMessage */.g)(countResult.reason)}`;
            report.add({
                id: 'dump',
                status: 'critical',
                summary: `backup of ${server.database} failed, nothing kept: ${why}`,
            });
            // The first failure is the story; each failed cleanup (an upload not aborted) is a line of its own.
            const leftovers = dumpResult.status === 'rejected' ? cleanupOf(dumpResult.reason) : [];
            for (const summary of leftovers)
                report.add({ id: 'cleanup', status: 'critical', summary });
            skip(['manifest'], 'not written: the backup failed');
            skip(['retention'], 'not applied: the backup failed');
            report.add(...(await discard(store, key, logger)));
            return finish();
        }
        const dumped = dumpResult.value;
        const { tables, roles } = countResult.value;
        const rowsTotal = (0,row_counts/* totalRows */.wh)(Object.values(tables));
        report.add({
            id: 'dump',
            status: 'ok',
            summary: `pg_dump ${pgDump.version} wrote ${(0,format/* formatBytes */.z3)(dumped.size)} in ${seconds}s; ${(0,format/* plural */.LS)(Object.keys(tables).length, 'table')}, ${(0,format/* plural */.LS)(rowsTotal, 'row')} counted in the same snapshot`,
            value: dumped.size,
        });
        const manifest = {
            format: discovery_manifest/* MANIFEST_FORMAT */.Sn,
            key,
            created_at: time.toISOString(),
            sha256: dumped.sha256,
            size: dumped.size,
            server_version: server.version,
            pg_dump_version: pgDump.version,
            database: server.database,
            counting: 'own-rows',
            tables,
            roles,
        };
        try {
            // Our own schema, checked before publishing: a manifest verify would reject is worse than none.
            discovery_manifest/* lifeboatManifestSchema */.$G.parse(manifest);
            await store.writeText((0,discovery_manifest/* sha256KeyOf */.y_)(key), `${dumped.sha256}  ${run_backup_basename(key)}\n`);
            // Last: its presence is what says the backup completed.
            await store.writeText((0,discovery_manifest/* manifestKeyOf */.en)(key), `${JSON.stringify(manifest, null, 2)}\n`).catch(async (error) => {
                // An answer lost on the way back leaves the write uncertain: what the store holds decides.
                const stored = await (0,discovery_manifest/* readManifest */.WI)(store, key).catch(() => undefined);
                if (stored?.sha256 !== manifest.sha256)
                    throw error;
            });
        }
        catch (error) {
            const cleanup = await discard(store, key, logger);
            report.add({
                id: 'manifest',
                status: 'critical',
                summary: `cannot write the manifest, backup ${cleanup.length ? 'NOT fully discarded' : 'discarded'}: ${(0,errors/* errorMessage */.g)(error)}`,
            });
            // The first failure is the story; each failed cleanup is a line of its own after it.
            report.add(...cleanup);
            skip(['retention'], 'not applied: the backup failed');
            return finish();
        }
        report.add({
            id: 'manifest',
            status: 'ok',
            summary: `${(0,discovery_manifest/* manifestKeyOf */.en)(key)} written with sha256 ${(0,format/* shortHash */.BC)(dumped.sha256)}… and row counts of ${(0,format/* plural */.LS)(Object.keys(tables).length, 'table')}`,
        });
        await snapshot.close();
        const backupSummary = { key, time: manifest.created_at, size: dumped.size, format: FORMAT, sha256: dumped.sha256 };
        if (settings.keepCount === undefined && settings.keepSeconds === undefined) {
            skip(['retention'], 'no keep-days or keep-count set: nothing deleted');
            return finish({ key, manifest }, backupSummary);
        }
        const retention = await applyRetention({
            store,
            namePrefix: settings.namePrefix,
            database: server.database,
            justWritten: key,
            keepCount: settings.keepCount,
            keepSeconds: settings.keepSeconds,
            dryRun: settings.dryRun,
            now: clock(),
            logger,
        });
        report.add(retention.check);
        return finish({ key, manifest, retention: { removed: retention.removed, kept: retention.kept } }, backupSummary);
    }
    finally {
        await snapshot.close();
    }
}
/** Best effort: the object and its sidecar, so nothing half-made looks like a backup. */
/**
 * Removes what a failed backup published. The manifest goes first: without it nothing can pass for
 * a complete backup, whatever of the rest stays. Each delete that fails is a check of its own.
 */
async function discard(store, key, logger) {
    const failed = [];
    for (const k of [(0,discovery_manifest/* manifestKeyOf */.en)(key), key, (0,discovery_manifest/* sha256KeyOf */.y_)(key)]) {
        await store.delete(k).catch((error) => {
            const summary = `could not delete ${k} after the failed backup: ${(0,errors/* errorMessage */.g)(error)}`;
            logger.warning(summary);
            failed.push({ id: 'cleanup', status: 'critical', summary });
        });
    }
    return failed;
}
function cleanupOf(error) {
    return error instanceof DumpError || error instanceof store/* StoreError */.A ? error.cleanup : [];
}
function databaseNameOf(url) {
    try {
        const parsed = new URL(url);
        return decodeURIComponent(parsed.pathname.replace(/^\//, '')) || decodeURIComponent(parsed.username) || '(default)';
    }
    catch {
        return '(unparsable URL)';
    }
}
function run_backup_basename(key) {
    return key.slice(key.lastIndexOf('/') + 1);
}

;// CONCATENATED MODULE: ./src/backup/backup.ts






/** The one implementation behind `lifeboat backup` and the create-backup action. */
async function backup(settings, environment) {
    if ((0,backup_settings/* isRailwayDest */.g9)(settings.dest)) {
        const [{ openRailwayStore }, { runRailwayBackup }] = await Promise.all([
            Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7361)),
            __webpack_require__.e(/* import() */ 96).then(__webpack_require__.bind(__webpack_require__, 1096)),
        ]);
        return runRailwayBackup(settings, {
            store: openRailwayStore(settings.dest, environment.env, 'dest'),
            logger: environment.logger,
            now: environment.now,
        });
    }
    (0,secrets/* addSecret */.Ck)(settings.databaseUrl);
    (0,secrets/* addUrlSecrets */.EI)(settings.databaseUrl);
    const store = (0,open_store/* openWritableStore */.Sv)(settings.dest, {
        env: environment.env,
        forcePathStyle: settings.s3ForcePathStyle,
        inputName: 'dest',
    });
    try {
        // SIGINT/SIGTERM: the partial file is removed and the multipart upload aborted (see the stores).
        return await (0,cleanup/* interruptible */.In)(() => runBackup(settings, {
            store,
            logger: environment.logger,
            now: environment.now,
            findPgDump: (minMajor) => (0,binaries/* findClientTool */.vc)('pg_dump', { binDir: settings.postgresBinDir, minMajor }),
        }));
    }
    finally {
        // Idle keep-alive sockets of the S3 client would hold a short-lived process open.
        (0,open_store/* closeStore */.Ej)(store);
    }
}


/***/ })

};
