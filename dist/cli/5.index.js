export const id = 5;
export const ids = [5,262,881];
export const modules = {

/***/ 5708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ib: () => (/* binding */ parseDrillSettings),
/* harmony export */   uI: () => (/* binding */ drillOptions)
/* harmony export */ });
/* unused harmony exports DEFAULT_CHECKS_FILE, drillSettings */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2857);
/* harmony import */ var _fleet_fleet_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6303);
/* harmony import */ var _settings_decryption_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9616);
/* harmony import */ var _settings_discovery_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1491);
/* harmony import */ var _settings_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(266);
/* harmony import */ var _settings_postgres_bin_dir_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8072);
/* harmony import */ var _settings_publication_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9419);
/* harmony import */ var _settings_restore_target_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6614);
/* harmony import */ var _settings_selection_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2975);
/* harmony import */ var _settings_settings_group_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3378);
/* harmony import */ var _postgres_version_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8353);











const DEFAULT_CHECKS_FILE = '.github/lifeboat.yml';
const zPostgresVersion = () => zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP().transform((text, ctx) => {
    const parsed = (0,_postgres_version_js__WEBPACK_IMPORTED_MODULE_9__/* .parsePostgresVersion */ ["do"])(text);
    if (parsed)
        return parsed;
    return (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_3__/* .refuse */ .TR)(ctx, _postgres_version_js__WEBPACK_IMPORTED_MODULE_9__/* .POSTGRES_VERSION_HINT */ .X8);
});
/** What only the drill has: its checks, the server it boots, its RTO/RPO targets and its extra proofs. */
const drillChecks = (0,_settings_settings_group_js__WEBPACK_IMPORTED_MODULE_8__/* .settingsGroup */ .h)({
    checks: {
        description: 'The checks file (tables, freshness, assertions, smoke, amcheck). A missing default file means no extra checks.',
        default: DEFAULT_CHECKS_FILE,
    },
    'postgres-version': {
        description: 'Which PostgreSQL to restore into: auto (the major the backup was dumped from, found on the runner or installed from the PostgreSQL apt repository on GitHub-hosted Ubuntu runners), a major like 17, or runner (the newest binaries found).',
        default: 'auto',
    },
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
}, {
    checks: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP().optional(),
    'postgres-version': zPostgresVersion(),
    'rto-target': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_3__/* .zDuration */ .tk)(),
    'rpo-target': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_3__/* .zDuration */ .tk)(),
    'smoke-command': zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP().optional(),
    amcheck: (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_3__/* .zBoolean */ .Rh)(),
    keep: (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_3__/* .zBoolean */ .Rh)(),
}, (v, raw) => ({
    /** Path of the checks file; relative paths are resolved against the working directory. */
    checksFile: v.checks || DEFAULT_CHECKS_FILE,
    /** Given explicitly (flag/input): then a missing file is an error, not "no extra checks". */
    checksFileExplicit: raw.checks !== undefined && raw.checks.trim() !== '' && raw.checks.trim() !== DEFAULT_CHECKS_FILE,
    postgresVersion: v['postgres-version'],
    rtoTargetSeconds: v['rto-target'],
    rpoTargetSeconds: v['rpo-target'],
    smokeCommand: v['smoke-command']?.trim() || undefined,
    amcheck: v.amcheck,
    keep: v.keep,
}));
const drillSettings = (0,_settings_settings_group_js__WEBPACK_IMPORTED_MODULE_8__/* .composeSettings */ .s)((0,_settings_discovery_js__WEBPACK_IMPORTED_MODULE_2__/* .discovery */ .HD)(), (0,_settings_selection_js__WEBPACK_IMPORTED_MODULE_7__/* .selection */ .r1)(), (0,_settings_restore_target_js__WEBPACK_IMPORTED_MODULE_6__/* .restoreTarget */ .k)('drill'), drillChecks, _settings_postgres_bin_dir_js__WEBPACK_IMPORTED_MODULE_4__/* .restoreBinDir */ .H, _settings_decryption_js__WEBPACK_IMPORTED_MODULE_1__/* .decryption */ .M, _fleet_fleet_options_js__WEBPACK_IMPORTED_MODULE_0__/* .drillFleet */ .ck, _settings_publication_js__WEBPACK_IMPORTED_MODULE_5__/* .publication */ .LJ);
const { options: drillOptions, parse: parseDrillSettings } = drillSettings;


/***/ }),

/***/ 5948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ drill)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _stores_open_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9660);
/* harmony import */ var _stores_readable_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2228);
/* harmony import */ var _bytes_pg_restore_sink_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4417);
/* harmony import */ var _fleet_fleet_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6262);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17);
/* harmony import */ var _run_drill_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7504);







/** The one implementation behind `lifeboat drill` and the restore-drill action. */
async function drill(settings, environment) {
    // A broken checks file is a configuration error: found before any backup is fetched.
    const checks = await drillChecks(settings, environment.cwd);
    if (checks && !settings.checksFileExplicit && !settings.name) {
        // Found, not given: said first, so nobody reads a verdict without knowing whose checks made it.
        const where = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(environment.cwd ?? process.cwd(), checks.path);
        environment.logger.info(`Using the checks file ${where} (found by default; --checks / the checks input names another)`);
    }
    else if (checks) {
        environment.logger.info(`Checks from ${checks.path}`);
    }
    // Railway volume snapshots cannot be downloaded: say so before any work, with what to do instead.
    const store = (0,_stores_readable_js__WEBPACK_IMPORTED_MODULE_2__/* .requireReadable */ .CM)((0,_stores_open_store_js__WEBPACK_IMPORTED_MODULE_1__/* .openStore */ .Ch)(settings.source, { env: environment.env, forcePathStyle: settings.s3ForcePathStyle }));
    const result = await (0,_run_drill_js__WEBPACK_IMPORTED_MODULE_6__/* .runDrill */ .B)(settings, {
        store,
        logger: environment.logger,
        now: environment.now,
        pgRestore: (0,_bytes_pg_restore_sink_js__WEBPACK_IMPORTED_MODULE_3__/* .pgRestoreResolver */ .QD)(settings.postgresBinDir),
        checks,
        env: environment.env,
        ...environment.overrides,
    });
    return { ...result, checks };
}
/**
 * The checks of this drill: the single-database file's, or with `name` the fleet entry's own. A
 * fleet file without `name` is refused rather than drilling with no checks.
 */
async function drillChecks(settings, cwd) {
    const file = await (0,_fleet_fleet_file_js__WEBPACK_IMPORTED_MODULE_4__.loadLifeboatFile)(settings.checksFile, {
        explicit: settings.checksFileExplicit || settings.name !== undefined,
        cwd,
        inputName: 'checks',
    });
    if (settings.name)
        return (0,_fleet_fleet_file_js__WEBPACK_IMPORTED_MODULE_4__.selectEntry)(file, settings.name).checks;
    if (file?.databases) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(`Missing name: ${file.path} lists databases (${file.databases.map((e) => e.name).join(', ')}); set name to the one to drill`);
    }
    return file?.checks;
}


/***/ }),

/***/ 8353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X8: () => (/* binding */ POSTGRES_VERSION_HINT),
  WU: () => (/* binding */ PostgresVersionUnavailable),
  iM: () => (/* binding */ binariesForMajor),
  "do": () => (/* binding */ parsePostgresVersion),
  Iw: () => (/* binding */ postgresVersionCheck),
  uN: () => (/* binding */ versionsFromArchive),
  Ns: () => (/* binding */ versionsFromManifest),
  n2: () => (/* binding */ wantedMajor)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/archive/index.ts + 10 modules
var archive = __webpack_require__(9942);
// EXTERNAL MODULE: ./src/postgres/binaries.ts
var binaries = __webpack_require__(1758);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/postgres/install-postgres.ts



const OUTPUT_TAIL = 4096;
function systemRunner(env) {
    return {
        run: (command, args, opts = {}) => new Promise((resolve) => {
            const child = (0,external_node_child_process_.spawn)(command, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
            let output = '';
            const take = (d) => (output = (output + d.toString('utf8')).slice(-OUTPUT_TAIL));
            child.stdout.on('data', take);
            child.stderr.on('data', take);
            child.on('error', (error) => resolve({ code: null, output: error.message }));
            child.on('close', (code) => resolve({ code, output }));
            child.stdin.end(opts.input ?? '');
        }),
    };
}
/**
 * Whether this is a GitHub-hosted Ubuntu runner: passwordless sudo, apt, and postgresql-common
 * (which carries the PostgreSQL apt repository's setup script). Anywhere else installing system
 * packages is not Lifeboat's call.
 */
function canInstallPostgres(env) {
    return env.RUNNER_ENVIRONMENT === 'github-hosted' && /^ubuntu/i.test(env.ImageOS ?? '');
}
const PGDG_SETUP = '/usr/share/postgresql-common/pgdg/apt.postgresql.org.sh';
function pgdgConfigured(aptSources = '/etc/apt/sources.list.d') {
    try {
        return (0,external_node_fs_.readdirSync)(aptSources).some((f) => (0,external_node_fs_.readFileSync)(external_node_path_default().join(aptSources, f), 'utf8').includes('apt.postgresql.org'));
    }
    catch {
        return false;
    }
}
/**
 * Installs PostgreSQL `major` (server, client tools and contrib: `postgresql-<major>`) from the
 * PostgreSQL project's apt repository, without the packaged cluster a drill does not need. Throws
 * with the failing command and its last output.
 */
async function installPostgres(major, opts) {
    const steps = [
        // The drill boots its own throwaway cluster; a packaged one would only hold a port and memory.
        { args: ['install', '-d', '/etc/postgresql-common/createcluster.d'] },
        {
            args: ['tee', '/etc/postgresql-common/createcluster.d/lifeboat.conf'],
            input: 'create_main_cluster = false\n',
        },
        // The setup script adds the repository and its key and runs apt-get update.
        ...(pgdgConfigured(opts.aptSources) ? [{ args: ['apt-get', 'update', '-qq'] }] : [{ args: [PGDG_SETUP, '-y'] }]),
        {
            args: [
                'env',
                'DEBIAN_FRONTEND=noninteractive',
                'apt-get',
                'install',
                '-y',
                '-qq',
                '--no-install-recommends',
                `postgresql-${major}`,
            ],
        },
    ];
    opts.logger.info(`Installing PostgreSQL ${major} from the PostgreSQL apt repository (apt.postgresql.org)`);
    for (const step of steps) {
        opts.logger.info(`$ sudo ${step.args.join(' ')}`);
        const { code, output } = await opts.runner.run('sudo', step.args, { input: step.input });
        if (code !== 0) {
            const last = output.trim().split('\n').slice(-1)[0] ?? '';
            throw new Error(`\`sudo ${step.args.join(' ')}\` failed (exit ${code ?? 'not started'})${last ? `: ${last}` : ''}`);
        }
    }
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/drill/postgres-version.ts





const POSTGRES_VERSION_HINT = 'expected auto, runner or a PostgreSQL major like 17';
function parsePostgresVersion(text) {
    const t = text.trim().toLowerCase();
    if (t === '' || t === 'auto')
        return { kind: 'auto' };
    if (t === 'runner')
        return { kind: 'runner' };
    if (/^\d{2}$/.test(t) && Number(t) >= 10)
        return { kind: 'major', major: Number(t) };
    return undefined;
}
const version = (text) => (text ? (0,binaries/* tryParsePgVersion */.sf)(`PostgreSQL ${text}`) : undefined);
/** From a Lifeboat manifest: known before anything is fetched. */
function versionsFromManifest(manifest) {
    const server = version(manifest?.server_version);
    return server ? { server, pgDump: version(manifest?.pg_dump_version), from: 'the manifest' } : undefined;
}
const HEAD_BYTES = 64 * 1024;
/**
 * From the local copy (already unwrapped): the custom or tar archive's header (remoteVersion and
 * pg_dump's version), or a plain dump's "-- Dumped from database version" comment.
 */
async function versionsFromArchive(file, container) {
    const handle = await (0,promises_.open)(file, 'r');
    let head;
    try {
        const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
        head = buffer.subarray(0, bytesRead);
    }
    finally {
        await handle.close();
    }
    if (container === 'plain') {
        const text = head.toString('utf8');
        const server = version(/^-- Dumped from database version (.+)$/m.exec(text)?.[1]);
        const pgDump = version(/^-- Dumped by pg_dump(?:all)? version (.+)$/m.exec(text)?.[1]);
        return server ? { server, pgDump, from: "the dump's header" } : undefined;
    }
    const header = await (0,archive/* peekHeader */.Hc)(head);
    const server = version(header?.serverVersion);
    return server ? { server, pgDump: version(header?.dumpVersion), from: 'the archive header' } : undefined;
}
/** The server major to restore into, or undefined for the runner's newest binaries. */
function wantedMajor(setting, versions) {
    if (setting.kind === 'major')
        return setting.major;
    if (setting.kind === 'auto')
        return versions?.server?.major;
    return undefined;
}
/** The major a version-matched drill needs is not here and could not be installed: what to do, in one line. */
class PostgresVersionUnavailable extends Error {
    constructor(message) {
        super(message);
        this.name = 'PostgresVersionUnavailable';
    }
}
/**
 * The server binaries of `major`: found on this machine, else installed from the PostgreSQL apt
 * repository on a GitHub-hosted Ubuntu runner, else a PostgresVersionUnavailable naming both
 * versions and how to provide the wanted one.
 */
async function binariesForMajor(major, opts) {
    const search = { binDir: opts.binDir, searchPath: opts.searchPath, libRoot: opts.libRoot };
    const first = await (0,binaries/* findBinariesOfMajor */.j8)(major, search);
    if (first.binaries)
        return first.binaries;
    const why = opts.versions?.server
        ? `the backup came from PostgreSQL ${opts.versions.server.version}`
        : `postgres-version asks for PostgreSQL ${major}`;
    const here = opts.binDir
        ? `postgres-bin-dir ${opts.binDir} holds ${first.others[0] ? `PostgreSQL ${first.others[0]}` : 'no PostgreSQL server'}`
        : first.others.length
            ? `this machine has PostgreSQL ${first.others.join(', ')}`
            : 'this machine has no PostgreSQL server';
    const remedy = `install PostgreSQL ${major} (\`sudo apt-get install postgresql-${major}\` from apt.postgresql.org) or set ` +
        `postgres-bin-dir to its bin directory; postgres-version: runner restores into what is here instead`;
    if (opts.binDir || !canInstallPostgres(opts.env)) {
        throw new PostgresVersionUnavailable(`${why}, but ${here}, not ${major}: ${remedy}`);
    }
    try {
        await installPostgres(major, { runner: opts.runner ?? systemRunner(opts.env), logger: opts.logger });
    }
    catch (error) {
        throw new PostgresVersionUnavailable(`${why}, but ${here} and installing PostgreSQL ${major} failed (${(0,errors/* errorMessage */.g)(error)}): ${remedy}`);
    }
    const after = await (0,binaries/* findBinariesOfMajor */.j8)(major, search);
    if (after.binaries)
        return after.binaries;
    throw new PostgresVersionUnavailable(`${why}, but ${here}, and PostgreSQL ${major} is still missing after installing postgresql-${major}: ${remedy}`);
}
/** "restored into PostgreSQL 17.2; the backup came from PostgreSQL 17.6": the drill's proof is version-matched, or says it is not. */
function postgresVersionCheck(restoredInto, versions, setting) {
    const into = `restored into PostgreSQL ${restoredInto.version}`;
    if (!versions?.server) {
        return {
            id: 'postgres-version',
            status: 'skipped',
            summary: `${into}; the backup does not say which PostgreSQL it came from (no manifest, no version in its header)`,
            display: { value: restoredInto.version },
        };
    }
    const came = `the backup came from PostgreSQL ${versions.server.version}${versions.pgDump ? ` (pg_dump ${versions.pgDump.version})` : ''}, per ${versions.from}`;
    if (versions.server.major === restoredInto.major) {
        return {
            id: 'postgres-version',
            status: 'ok',
            summary: `${into}; ${came}`,
            display: { value: restoredInto.version, threshold: versions.server.version },
        };
    }
    const because = setting.kind === 'runner'
        ? 'postgres-version: runner'
        : setting.kind === 'major'
            ? `postgres-version: ${setting.major}`
            : 'the target runs another major';
    return {
        id: 'postgres-version',
        status: 'warning',
        summary: `${into}; ${came}: not the major production runs (${because}), so this drill proves less than a version-matched one`,
        display: { value: restoredInto.version, threshold: versions.server.version },
    };
}


/***/ }),

/***/ 7504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ rtoParts),
  B: () => (/* binding */ runDrill)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/discovery/list-backups.ts
var list_backups = __webpack_require__(6654);
// EXTERNAL MODULE: ./src/discovery/manifest.ts
var manifest = __webpack_require__(281);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/postgres/ephemeral-cluster.ts
var ephemeral_cluster = __webpack_require__(3635);
;// CONCATENATED MODULE: ./src/postgres/reap-orphans.ts




/** Written into a drill's working directory: whose it is, so a later drill can tell it is orphaned. */
const OWNER_FILE = '.lifeboat-owner';
/** Marks `dir` as owned by this process. */
async function markOwned(dir) {
    await (0,promises_.writeFile)(external_node_path_default().join(dir, OWNER_FILE), String(process.pid));
}
async function ownerOf(file, field) {
    try {
        const text = await (0,promises_.readFile)(file, 'utf8');
        const pid = Number(field ? JSON.parse(text)[field] : text.trim());
        return Number.isInteger(pid) && pid > 0 ? pid : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * A SIGKILLed or OOM-killed drill runs no cleanup: its PostgreSQL keeps running and its data dir
 * and local copy stay in TMPDIR. Every drill first stops and removes what such drills left: only
 * directories whose marker names an owner process that is gone (kept clusters name none).
 */
async function reapOrphans(logger, parent = external_node_os_default().tmpdir()) {
    let names;
    try {
        names = await (0,promises_.readdir)(parent);
    }
    catch {
        return 0;
    }
    let reaped = 0;
    for (const name of names) {
        const dir = external_node_path_default().join(parent, name);
        try {
            if (name.startsWith('lifeboat-pg-')) {
                const owner = await ownerOf(external_node_path_default().join(dir, ephemeral_cluster/* CLUSTER_MARKER */.WE), 'ownerPid');
                if (owner === undefined || owner === process.pid || (0,ephemeral_cluster/* isProcessAlive */.jW)(owner))
                    continue;
                await (0,ephemeral_cluster/* stopClusterAt */.yC)(dir);
            }
            else if (name.startsWith('lifeboat-drill-')) {
                const owner = await ownerOf(external_node_path_default().join(dir, OWNER_FILE));
                if (owner === undefined || owner === process.pid || (0,ephemeral_cluster/* isProcessAlive */.jW)(owner))
                    continue;
                await (0,promises_.rm)(dir, { recursive: true, force: true });
            }
            else {
                continue;
            }
            reaped++;
            logger.info(`Removed ${dir}, left by a drill (pid gone) that did not clean up`);
        }
        catch (error) {
            logger.warning(`could not remove ${dir}, left by an earlier drill: ${error.message}`);
        }
    }
    return reaped;
}

// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/report/report-builder.ts
var report_builder = __webpack_require__(7156);
// EXTERNAL MODULE: ./src/restore/fetch.ts
var fetch = __webpack_require__(3338);
// EXTERNAL MODULE: ./src/restore/restorable.ts
var restorable = __webpack_require__(6747);
// EXTERNAL MODULE: ./src/restore/restore-runner.ts + 2 modules
var restore_runner = __webpack_require__(4064);
// EXTERNAL MODULE: ./src/restore/select-backup.ts
var select_backup = __webpack_require__(2455);
// EXTERNAL MODULE: ./src/restore/target.ts + 2 modules
var restore_target = __webpack_require__(5728);
// EXTERNAL MODULE: ./src/stores/store.ts
var store = __webpack_require__(4703);
// EXTERNAL MODULE: ./src/util/cleanup.ts
var cleanup = __webpack_require__(4532);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/drill/disk-check.ts




/**
 * Room for the local copy (a gzip wrapper inflates about 5×) and, on this machine's disk for an
 * ephemeral target, the restored tables and indexes (about 4× a compressed dump). An estimate that
 * errs large: failing before the fetch is cheap, running out of disk mid-restore is not.
 */
const GZIP_EXPANSION = 5;
const DATABASE_EXPANSION = 4;
/** `du -s` of a freshly initdb'd PostgreSQL 15 data directory: 42 MB. */
const EMPTY_CLUSTER_BYTES = 42 * 1024 * 1024;
/** WAL segments kept around during a restore (wal_level minimal still writes index builds' WAL). */
const WAL_HEADROOM_BYTES = 64 * 1024 * 1024;
const WAL_SHARE = 0.1;
/** Whether the drill's local copy (and, for an ephemeral target, the cluster) fits in `dir`. */
async function diskCheck(backup, ephemeral, dir, freeBytes = systemFreeBytes) {
    const gzipped = /\.(gz|tgz)$/i.test(backup.key);
    const copy = backup.size * (gzipped ? GZIP_EXPANSION : 1);
    // A gzip-wrapped dump is usually tar or plain (uncompressed inside); a bare one usually custom (compressed).
    const database = gzipped ? copy * 1.5 : backup.size * DATABASE_EXPANSION;
    // An ephemeral target is a whole cluster: its empty data directory (initdb, ~40 MB on PostgreSQL
    // 15–17) and WAL written while the data is loaded, before checkpoints recycle it.
    const cluster = ephemeral ? EMPTY_CLUSTER_BYTES + WAL_HEADROOM_BYTES + database * WAL_SHARE : 0;
    const needed = copy + (ephemeral ? database + cluster : 0);
    let free;
    try {
        free = await freeBytes(dir);
    }
    catch (error) {
        return { id: 'disk', status: 'skipped', summary: `cannot tell the free space in ${dir}: ${(0,errors/* errorMessage */.g)(error)}` };
    }
    const what = ephemeral ? 'the local copy and the restored database' : 'the local copy';
    if (free < needed) {
        return {
            id: 'disk',
            status: 'critical',
            summary: `will not fit: ${what} need about ${(0,format/* formatBytes */.z3)(needed)} (from the ${(0,format/* formatBytes */.z3)(backup.size)} backup), ` +
                `only ${(0,format/* formatBytes */.z3)(free)} free in ${dir}; use a larger or self-hosted runner, or set TMPDIR to a bigger disk`,
            ...(0,report_report/* measure */.xP)('bytes', free, { threshold: needed }),
        };
    }
    return {
        id: 'disk',
        status: 'ok',
        summary: `${(0,format/* formatBytes */.z3)(free)} free in ${dir}; ${what} need about ${(0,format/* formatBytes */.z3)(needed)}`,
        ...(0,report_report/* measure */.xP)('bytes', free, { threshold: needed }),
    };
}
async function systemFreeBytes(dir) {
    const s = await (0,promises_.statfs)(dir);
    return s.bavail * s.bsize;
}

// EXTERNAL MODULE: ./src/drill/postgres-version.ts + 1 modules
var postgres_version = __webpack_require__(8353);
// EXTERNAL MODULE: ./src/postgres/client.ts
var client = __webpack_require__(8620);
// EXTERNAL MODULE: ./src/postgres/row-counts.ts
var row_counts = __webpack_require__(3804);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/drill/smoke-command.ts


const SMOKE_TAIL = 4096;
const DEFAULT_TIMEOUT_MS = 15 * 60_000;
/** Between SIGTERM and SIGKILL for what the command left running. */
const GRACE_MS = 2_000;
/** Signals a whole process group; a group already gone is fine. */
function signalGroup(pgid, signal) {
    if (pgid === undefined)
        return;
    try {
        process.kill(-pgid, signal);
    }
    catch {
        // ESRCH: nothing left in the group.
    }
}
/**
 * Runs `sh -c command` in a process group of its own. The usual smoke pattern starts the app in
 * the background (`app & probe; exit 0`): when the shell exits, everything it left in its group
 * gets SIGTERM, then SIGKILL, and the result is taken at once, without waiting for the pipes the
 * background processes inherited. The deadline and the drill's own exit kill the group too.
 */
function runInGroup(command, env, timeoutMs) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)('sh', ['-c', command], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
        const pgid = child.pid;
        let tail = '';
        let settled = false;
        const take = (d) => {
            tail = (tail + d.toString('utf8')).slice(-SMOKE_TAIL);
        };
        child.stdout.on('data', take);
        child.stderr.on('data', take);
        const killOnExit = () => signalGroup(pgid, 'SIGKILL');
        process.once('exit', killOnExit);
        const timer = setTimeout(() => signalGroup(pgid, 'SIGKILL'), timeoutMs);
        const finish = (outcome) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            signalGroup(pgid, 'SIGTERM');
            const done = () => {
                clearTimeout(kill);
                process.off('exit', killOnExit);
                resolve({ ...outcome, tail });
            };
            // The pipes close once the group is gone: the last output is read first. Whatever ignores
            // SIGTERM is killed, and pipes it still holds are not waited for.
            const kill = setTimeout(() => {
                signalGroup(pgid, 'SIGKILL');
                child.stdout.destroy();
                child.stderr.destroy();
                done();
            }, GRACE_MS);
            child.once('close', done);
        };
        child.on('error', (e) => finish({ code: null, signal: null, tail, error: e.message }));
        child.on('exit', (code, signal) => finish({ code, signal, tail }));
    });
}
/** The drill's `smoke-command`: run against the restored database, judged by its exit status. */
async function runSmoke(command, input) {
    input.logger.info('Running the smoke command against the restored database');
    const env = {};
    // Inherited PG* could point the command at another database: only the restored one's are passed.
    for (const [k, v] of Object.entries(process.env)) {
        if (v !== undefined && !k.startsWith('PG') && k !== 'DATABASE_URL')
            env[k] = v;
    }
    Object.assign(env, input.target.env);
    const started = Date.now();
    const result = await runInGroup(command, env, input.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const seconds = (Date.now() - started) / 1000;
    const lastLine = (0,secrets/* redactSecrets */.fp)(result.tail.trim().split('\n').slice(-1)[0] ?? '').slice(0, 200);
    for (const line of result.tail.trim().split('\n').slice(-20))
        if (line)
            input.logger.info(`smoke: ${line}`);
    if (result.code === 0) {
        return { id: 'smoke', status: 'ok', summary: `the smoke command exited 0 after ${seconds.toFixed(1)}s`, value: 0 };
    }
    const how = result.error
        ? `could not start: ${result.error}`
        : result.signal
            ? `was killed by ${result.signal}`
            : `exited ${result.code}`;
    return {
        id: 'smoke',
        status: 'critical',
        summary: `the smoke command ${how} after ${seconds.toFixed(1)}s${lastLine ? `: ${lastLine}` : ''}`,
        value: result.code ?? -1,
    };
}

;// CONCATENATED MODULE: ./src/drill/verify-restore.ts






/** PRODUCT.md §4.5: proves the restored data, one check per family. */
async function verifyRestore(input) {
    const checks = [];
    const { tables, check, missing } = await (0,client/* withClient */.SV)(input.target.url, (c) => tableCounts(c, input));
    checks.push(check);
    const present = tables.filter((t) => !missing.has(t.name));
    let dataRpoSeconds;
    if (input.checks?.freshness.length) {
        const freshness = await (0,client/* withClient */.SV)(input.target.url, (c) => freshnessCheck(c, input));
        checks.push(freshness.check);
        dataRpoSeconds = freshness.dataRpoSeconds;
    }
    for (const assertion of input.checks?.assertions ?? []) {
        input.logger.info(`Assertion: ${assertion.name}`);
        checks.push(await (0,client/* withClient */.SV)(input.target.url, (c) => runAssertion(c, assertion)));
    }
    if (input.amcheck) {
        input.logger.info('Checking btree indexes with amcheck');
        checks.push(await (0,client/* withClient */.SV)(input.target.url, (c) => amcheckIndexes(c)));
    }
    const smoke = input.smokeCommand ?? input.checks?.smoke;
    if (smoke)
        checks.push(await runSmoke(smoke, { ...input, timeoutMs: input.smokeTimeoutMs }));
    return {
        checks,
        tables,
        dataRpoSeconds,
        tablesRestored: present.length,
        rowsRestored: present.reduce((sum, t) => sum + t.rows, 0),
    };
}
/** The table a name means as quoted SQL; an unknown one keeps its name so the query fails naming it. */
async function quoted(c, name) {
    const t = (await (0,row_counts/* resolveTable */.NC)(c, name)) ?? { schema: 'public', table: name };
    return `${c.escapeIdentifier(t.schema)}.${c.escapeIdentifier(t.table)}`;
}
/** count(*) without ONLY: a parent's whole tree (reported beside its own rows, never added to totals). */
async function countTreeRows(c, name) {
    const t = await (0,row_counts/* resolveTable */.NC)(c, name);
    if (!t)
        return undefined;
    const { rows } = await c.query(`SELECT count(*) AS n FROM ${c.escapeIdentifier(t.schema)}.${c.escapeIdentifier(t.table)}`);
    return Number(rows[0].n);
}
async function allUserTables(c) {
    const { rows } = await c.query(`SELECT n.nspname || '.' || c.relname AS name
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
       AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
     ORDER BY 1`);
    return rows.map((r) => r.name);
}
/** `db/schema.table` → the database to count it in (undefined: the target's own) and the table. */
function located(input, name) {
    const slash = name.indexOf('/');
    const database = slash > 0 ? name.slice(0, slash) : undefined;
    if (!database || !input.databases?.includes(database))
        return { table: name };
    const table = name.slice(slash + 1);
    if (input.target.kind !== 'ephemeral' || database === input.target.database)
        return { table };
    return { database, table };
}
async function countIn(c, input, database, name) {
    const count = async (client) => {
        const table = await (0,row_counts/* resolveTable */.NC)(client, name);
        return table && (0,row_counts/* countOwnRows */.rF)(client, table);
    };
    if (!database)
        return count(c);
    return (0,client/* withClient */.SV)((0,client/* withDatabase */.kR)(input.target.url, database), count).catch(() => undefined);
}
/** Every user table of the target, or of each database the script created (as `db/schema.table`). */
async function everyTable(c, input) {
    if (input.target.kind !== 'ephemeral' || !input.databases?.length)
        return allUserTables(c);
    const out = [];
    for (const db of input.databases) {
        const names = await (0,client/* withClient */.SV)((0,client/* withDatabase */.kR)(input.target.url, db), allUserTables).catch(() => []);
        out.push(...names.map((n) => `${db}/${n}`));
    }
    return out;
}
/**
 * Row counts against the best expectation available: the manifest's exact counts, else the exact
 * counts of a plain dump's COPY blocks, plus the checks file's `min_rows`. A table that is missing or
 * off by a single row fails the drill.
 */
async function tableCounts(c, input) {
    const exact = new Map();
    let exactFrom;
    if (input.manifestTables && Object.keys(input.manifestTables).length) {
        for (const [name, { rows }] of Object.entries(input.manifestTables))
            exact.set(name, rows);
        exactFrom = 'the manifest';
    }
    else if (input.scannedTables?.length) {
        for (const t of input.scannedTables)
            exact.set(t.name, t.rows);
        exactFrom = "the dump's COPY blocks";
    }
    const minimum = new Map((input.checks?.tables ?? []).map((t) => [t.name, t.minRows]));
    const names = exact.size || minimum.size ? [...new Set([...exact.keys(), ...minimum.keys()])] : await everyTable(c, input);
    const children = await (0,row_counts/* inheritanceChildren */.yU)(c);
    const tables = [];
    const problems = [];
    const missing = new Set();
    for (const name of names) {
        const { database, table: relation } = located(input, name);
        const rows = await countIn(c, input, database, relation);
        const expected = exact.get(name);
        const min = minimum.get(name);
        if (rows === undefined) {
            missing.add(name);
            problems.push(`${name} is missing`);
            tables.push({ name, rows: 0, ...(expected !== undefined ? { expected_rows: expected } : {}) });
            continue;
        }
        // A parent also reports its tree; a manifest from before 'own-rows' counted parents that way.
        const tree = children.has(name) ? await countTreeRows(c, relation) : undefined;
        const treeCounted = tree !== undefined && exactFrom === 'the manifest' && input.manifestCounting !== 'own-rows';
        const compared = treeCounted ? tree : rows;
        tables.push({
            name,
            rows,
            ...(expected !== undefined && !treeCounted ? { expected_rows: expected } : {}),
            ...(tree !== undefined ? { tree_rows: tree } : {}),
        });
        const treeExpected = exactFrom === 'the manifest' ? input.manifestTables?.[name]?.tree : undefined;
        if (expected !== undefined && compared !== expected) {
            problems.push(`${name} has ${(0,format/* formatCount */.B4)(compared)} rows${treeCounted ? ' in its tree' : ''}, ${exactFrom} says ${(0,format/* formatCount */.B4)(expected)}`);
        }
        else if (treeExpected !== undefined && tree !== undefined && tree !== treeExpected) {
            problems.push(`${name} has ${(0,format/* formatCount */.B4)(tree)} rows in its tree, ${exactFrom} says ${(0,format/* formatCount */.B4)(treeExpected)}`);
        }
        else if (min !== undefined && (tree ?? rows) < min) {
            // min_rows of a parent means its tree: a partitioned table's rows all live in its partitions.
            problems.push(`${name} has ${(0,format/* formatCount */.B4)(tree ?? rows)} rows, fewer than min_rows ${(0,format/* formatCount */.B4)(min)}`);
        }
    }
    const present = tables.filter((t) => !missing.has(t.name));
    const total = present.reduce((sum, t) => sum + t.rows, 0);
    if (problems.length) {
        return {
            tables,
            missing,
            check: {
                id: 'tables',
                status: 'critical',
                summary: problems.slice(0, 5).join('; ') + (problems.length > 5 ? `; and ${problems.length - 5} more` : ''),
                value: total,
            },
        };
    }
    if (!exact.size && !minimum.size) {
        return {
            tables,
            missing,
            check: names.length === 0
                ? { id: 'tables', status: 'critical', summary: 'the restored database holds no tables', value: 0 }
                : {
                    id: 'tables',
                    status: 'skipped',
                    summary: `${(0,format/* plural */.LS)(names.length, 'table')}, ${(0,format/* plural */.LS)(total, 'row')} restored; not compared: no manifest and no tables: in the checks file`,
                    value: total,
                },
        };
    }
    const how = exactFrom ? `every count equals ${exactFrom}` : 'every table has at least its min_rows';
    return {
        tables,
        missing,
        check: {
            id: 'tables',
            status: 'ok',
            summary: `${(0,format/* plural */.LS)(tables.length, 'table')}, ${(0,format/* plural */.LS)(total, 'row')}: ${how}`,
            value: total,
        },
    };
}
async function freshnessCheck(c, input) {
    const specs = input.checks?.freshness ?? [];
    let newest;
    const problems = [];
    for (const spec of specs) {
        const name = `${spec.table}.${spec.column}`;
        try {
            const { rows } = await c.query(`SELECT extract(epoch FROM max(${c.escapeIdentifier(spec.column)})::timestamptz)::text AS e FROM ${await quoted(c, spec.table)}`);
            if (rows[0].e === null) {
                problems.push(`${name}: no rows, so no point in time`);
                continue;
            }
            const at = new Date(Number(rows[0].e) * 1000);
            if (!newest || at > newest.at)
                newest = { name, at };
        }
        catch (error) {
            problems.push(`${name}: ${(0,errors/* errorMessage */.g)(error)}`);
        }
    }
    if (!newest) {
        return { check: { id: 'freshness', status: 'critical', summary: problems.join('; ') || 'no freshness column' } };
    }
    // Data newer than the backup's time means a clock or name is off, not a negative data loss.
    const dataRpoSeconds = Math.max(0, Math.round((input.backupTime.getTime() - newest.at.getTime()) / 1000));
    const over = dataRpoSeconds > input.rpoTargetSeconds;
    const base = `newest ${newest.name} is ${newest.at.toISOString()}, ${(0,format/* formatDuration */.a3)(dataRpoSeconds)} before the backup was taken` +
        (over ? ` (more than the RPO target ${(0,format/* formatDuration */.a3)(input.rpoTargetSeconds)})` : '');
    return {
        dataRpoSeconds,
        check: {
            id: 'freshness',
            status: problems.length || over ? 'critical' : 'ok',
            summary: [base, ...problems].join('; '),
            value: dataRpoSeconds,
            threshold: input.rpoTargetSeconds,
        },
    };
}
/** `tenant-isolation:…`, `balances:…` or `assertion:…`: the prefix places it in the runbook checklist. */
function assertionCheckId(assertion) {
    const full = assertion.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
    // Cut at a word boundary: a slug cut mid-word reads as a different name.
    const cut = full.length <= 48 ? full : full.slice(0, 49).replace(/-[^-]*$/, '') || full.slice(0, 48);
    const slug = cut || 'unnamed';
    return `${assertion.checklist ?? 'assertion'}:${slug}`;
}
/**
 * Runs one assertion in a transaction that is always rolled back, as `as_role` (SET LOCAL ROLE)
 * after its `setup`, so it sees what that role would see and leaves nothing behind.
 */
async function runAssertion(c, assertion) {
    const id = assertionCheckId(assertion);
    const as = assertion.asRole ? ` as ${assertion.asRole}` : '';
    try {
        await c.query('BEGIN');
        await c.query("SET LOCAL statement_timeout = '10min'");
        if (assertion.asRole)
            await c.query(`SET LOCAL ROLE ${c.escapeIdentifier(assertion.asRole)}`);
        if (assertion.setup)
            await c.query(assertion.setup);
        const result = await c.query({ text: assertion.sql, rowMode: 'array' });
        const verdict = judge(assertion, result.rows, result.fields.map((f) => f.name));
        return {
            id,
            label: assertion.name,
            status: verdict.ok ? 'ok' : 'critical',
            summary: `${assertion.name}${as}: ${verdict.summary}`,
            // Opted in by the checks file: the job summary and the JSON report show it, issues never do.
            ...(assertion.showValue && result.rows.length > 0
                ? { shown_value: show(result.rows[0][0]) }
                : {}),
        };
    }
    catch (error) {
        return {
            id,
            label: assertion.name,
            status: 'critical',
            summary: (0,secrets/* redactSecrets */.fp)(`${assertion.name}${as}: query failed: ${(0,errors/* errorMessage */.g)(error)}`),
        };
    }
    finally {
        await c.query('ROLLBACK').catch(() => undefined);
    }
}
function judge(assertion, rows, columns) {
    const expect = assertion.expect;
    if (expect.kind === 'no_rows') {
        // Only the count and the columns: the rows themselves may be customer data and end up in an issue.
        return rows.length === 0
            ? { ok: true, summary: 'no rows, as expected' }
            : { ok: false, summary: `returned ${(0,format/* plural */.LS)(rows.length, 'row')} (${columns.join(', ')}), expected none` };
    }
    // What came back is described by its type and the row count, never its value: it may be
    // customer data, and a summary ends up in issues.
    const first = rows[0]?.[0];
    const got = `returned ${describeType(first)} (${(0,format/* plural */.LS)(rows.length, 'row')})`;
    if (expect.kind === 'true') {
        if (rows.length === 0)
            return { ok: false, summary: 'returned no rows, expected true' };
        return first === true ? { ok: true, summary: 'true' } : { ok: false, summary: `${got}, expected true` };
    }
    if (rows.length === 0)
        return { ok: false, summary: `returned no rows, expected ${show(expect.value)}` };
    return equalValues(first, expect.value)
        ? { ok: true, summary: `equals ${show(expect.value)}` }
        : { ok: false, summary: `${got}, expected ${show(expect.value)}` };
}
/** "a text value", "NULL", "a timestamp value": what a value is, without what it says. */
function describeType(value) {
    if (value === null || value === undefined)
        return 'NULL';
    if (value instanceof Date)
        return 'a timestamp value';
    if (Buffer.isBuffer(value))
        return 'a bytea value';
    if (Array.isArray(value))
        return 'an array value';
    if (typeof value === 'object')
        return 'a json value';
    if (typeof value === 'string')
        return /^-?\d+(\.\d+)?$/.test(value) ? 'a numeric value' : 'a text value';
    return `a ${typeof value} value`;
}
/** pg hands numerics and bigints over as strings; YAML hands over numbers: compare by meaning. */
function equalValues(actual, expected) {
    if (actual === null || actual === undefined)
        return expected === null;
    if (typeof expected === 'number')
        return Number(actual) === expected;
    if (typeof expected === 'boolean')
        return actual === expected;
    if (actual instanceof Date)
        return actual.getTime() === new Date(String(expected)).getTime();
    if (typeof actual === 'object' || typeof expected === 'object')
        return JSON.stringify(actual) === JSON.stringify(expected);
    return String(actual) === String(expected);
}
function show(value) {
    const text = value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
    return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
async function amcheckIndexes(c) {
    const available = await c.query("SELECT installed_version FROM pg_available_extensions WHERE name = 'amcheck'");
    if (available.rows.length === 0) {
        return {
            id: 'amcheck',
            status: 'skipped',
            summary: 'the amcheck extension is not installed on the target (postgresql-contrib)',
        };
    }
    const preinstalled = available.rows[0].installed_version !== null;
    try {
        if (!preinstalled)
            await c.query('CREATE EXTENSION amcheck');
        const { rows: indexes } = await c.query(`SELECT c.oid, c.oid::regclass::text AS name,
              CASE WHEN c.relkind = 'I' THEN 'partitioned (no storage of its own; its partitions'' indexes are checked)'
                   WHEN a.amname <> 'btree' THEN a.amname || ' (amcheck checks btree only)'
                   WHEN NOT (i.indisvalid AND i.indisready) THEN 'not valid (an interrupted CREATE INDEX CONCURRENTLY)'
              END AS skip
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
       JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relpersistence <> 't'
         AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'
       ORDER BY 2`);
        const checkable = indexes.filter((index) => index.skip === null);
        const skipped = new Map();
        for (const index of indexes) {
            if (index.skip !== null)
                skipped.set(index.skip, (skipped.get(index.skip) ?? 0) + 1);
        }
        const skippedText = skipped.size
            ? `; ${(0,format/* plural */.LS)([...skipped.values()].reduce((a, b) => a + b, 0), 'index', 'indexes')} skipped: ${[...skipped].map(([why, count]) => `${count} ${why}`).join(', ')}`
            : '';
        const broken = [];
        for (const index of checkable) {
            try {
                // heapallindexed: every heap tuple must be findable through the index, not just the index be well-formed.
                await c.query('SELECT bt_index_check(index => $1::oid::regclass, heapallindexed => true)', [index.oid]);
            }
            catch (error) {
                broken.push(`${index.name}: ${(0,errors/* errorMessage */.g)(error)}`);
            }
        }
        if (broken.length) {
            return {
                id: 'amcheck',
                status: 'critical',
                summary: `corrupt index(es): ${broken.slice(0, 3).join('; ')}${skippedText}`,
                value: broken.length,
            };
        }
        return {
            id: 'amcheck',
            status: 'ok',
            summary: `bt_index_check passed on ${(0,format/* plural */.LS)(checkable.length, 'btree index', 'btree indexes')}${skippedText}`,
            value: checkable.length,
        };
    }
    finally {
        // The restored database should look like the backup, not like the backup plus our tooling.
        if (!preinstalled)
            await c.query('DROP EXTENSION IF EXISTS amcheck').catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./src/drill/run-drill.ts



















/**
 * PRODUCT.md §4, as its phases: select → fetch (the target boots beside it) → target → restore →
 * prove the data → measure RTO and RPO → report. A phase that fails adds its critical check and
 * the drill goes straight to the report, after removing what it made (local copy, target).
 */
async function runDrill(settings, deps) {
    const clock = deps.now ?? (() => new Date());
    const report = (0,report_builder/* startReport */.Fg)('drill', deps.store.displayUrl, clock, { database: settings.database });
    const drill = {
        settings,
        deps,
        logger: deps.logger,
        clock,
        report,
        result: { report: undefined },
    };
    const backup = await run_drill_select(drill);
    if (backup)
        await (0,cleanup/* interruptible */.In)(() => recover(drill, backup));
    drill.result.report = report.finish();
    return drill.result;
}
/** Everything after the selection; its finally releases the target and removes the local copy. */
async function recover(drill, backup) {
    const { report, settings } = drill;
    const slot = new TargetSlot(drill, backup);
    let workDir;
    let keep = false;
    try {
        if (!(await prepare(drill, backup, slot)))
            return report.add(rpoCheck(drill, backup));
        // RTO starts here: the fetch, and (in parallel, it needs no data) the throwaway cluster's boot.
        const fetchStart = Date.now();
        workDir = await makeWorkDir(drill);
        const fetched = await fetchLocalCopy(drill, backup, slot, { workDir: workDir.path, started: fetchStart });
        const target = await readyTarget(drill, slot, fetched);
        const blocked = report.blocker();
        if (!target || blocked || 'why' in fetched.container) {
            const why = blocked
                ? `${blocked.id}: ${blocked.summary}`
                : 'why' in fetched.container
                    ? fetched.container.why
                    : 'no target';
            return report.add({ id: 'restore', status: 'critical', summary: `not attempted: ${why}` }, rpoCheck(drill, backup));
        }
        const restored = await restore(drill, backup, {
            file: fetched.file.file,
            container: fetched.container.container,
            target,
            versions: fetched.versions,
        });
        if (!restored) {
            keep = settings.keep;
            return report.add(rpoCheck(drill, backup));
        }
        await prove(drill, backup, fetched.file, target, restored.databases);
        measureRtoRpo(drill, backup, fetchStart);
        keep = settings.keep;
    }
    finally {
        await slot.release(keep);
        await workDir?.remove();
    }
}
/** Select: the backup to drill, from the store's listing, as `backup` asks (the newest by default). */
async function run_drill_select(drill) {
    const { settings, report, deps } = drill;
    const listing = await (0,list_backups/* listBackups */.Cw)(deps.store, { timezone: settings.timezone, database: settings.database }, drill.logger);
    report.add(listing.check);
    if (!listing.backups)
        return undefined;
    const selection = (0,select_backup/* selectBackup */.V)(listing.backups, settings.backup);
    if (!selection.backup) {
        report.add({ id: 'backup', status: 'critical', summary: `${selection.reason} in ${deps.store.displayUrl}` });
        return undefined;
    }
    const backup = selection.backup;
    drill.result.backup = backup;
    report.add({
        id: 'backup',
        status: 'ok',
        summary: `${backup.key}, taken ${backup.time.toISOString()} (${selection.reason})`,
        display: { value: backup.key },
    });
    report.set({ backup: backupSummary(backup) });
    return backup;
}
/**
 * Before anything is fetched: what an earlier drill killed left behind, a URL target (refused
 * before a byte is downloaded), and room on disk. False when the drill cannot go on.
 */
async function prepare(drill, backup, slot) {
    const { settings, deps, report } = drill;
    // Clusters live in TMPDIR, local copies in the work parent (the same, unless a test says otherwise).
    for (const parent of new Set([external_node_os_default().tmpdir(), deps.workParentDir ?? external_node_os_default().tmpdir()])) {
        await reapOrphans(drill.logger, parent);
    }
    if (settings.target !== 'ephemeral' && !(await slot.openUrl(settings.target)))
        return false;
    const disk = await diskCheck(backup, settings.target === 'ephemeral', deps.workParentDir ?? external_node_os_default().tmpdir(), deps.freeBytes);
    report.add(disk);
    return disk.status !== 'critical';
}
async function makeWorkDir(drill) {
    const workDir = await (0,cleanup/* makeTempDir */.mk)(drill.deps.workParentDir ?? external_node_os_default().tmpdir(), 'lifeboat-drill-');
    await markOwned(workDir.path);
    drill.result.workDir = workDir.path;
    drill.logger.info(`Working directory ${workDir.path}`);
    return workDir;
}
/**
 * Fetch: the backup read once into a local copy in `workDir`, its checksum and archive proven on
 * the way. The ephemeral target boots meanwhile when the major to boot is already known.
 */
async function fetchLocalCopy(drill, backup, slot, at) {
    const { settings, deps, report, logger } = drill;
    let versions = (0,postgres_version/* versionsFromManifest */.Ns)(backup.manifest);
    // Otherwise the boot waits for the archive's header to say which major to boot.
    if (settings.postgresVersion.kind !== 'auto' || versions !== undefined)
        slot.boot(versions);
    logger.info(`Fetching ${backup.key} (${(0,format/* formatBytes */.z3)(backup.size)})`);
    let expected;
    let sidecarUnreadable = false;
    try {
        expected = await (0,manifest/* expectedChecksum */.kq)(deps.store, backup);
    }
    catch (error) {
        sidecarUnreadable = true;
        report.add({ id: 'checksum', status: 'critical', summary: (0,errors/* errorMessage */.g)(error) });
    }
    let file;
    try {
        file = await (0,fetch/* fetchBackup */.T)(deps.store, backup, {
            file: external_node_path_default().join(at.workDir, 'backup'),
            expected,
            pgRestore: deps.pgRestore,
            logger,
            decryption: { passphrase: settings.decryptionPassphrase, ageIdentity: settings.ageIdentity },
        });
    }
    catch (error) {
        // A read that failed after its retries already names the key, the cause and the offset.
        const why = error instanceof store/* StoreError */.A ? (0,errors/* errorMessage */.g)(error) : `cannot read ${backup.key}: ${(0,errors/* errorMessage */.g)(error)}`;
        report.add({ id: 'fetch', status: 'critical', summary: why });
    }
    report.phase('fetch', seconds(Date.now() - at.started));
    if (!file)
        return { container: { why: 'the backup could not be fetched' }, versions };
    const integrity = file.integrity;
    report.set({ backup: backupSummary(backup, { format: integrity.format.description, sha256: integrity.sha256 }) });
    // The restore reads every data block; a separate content pass would only repeat it.
    report.add(...integrity.checks.filter((c) => c.id !== 'content' && !(c.id === 'checksum' && sidecarUnreadable)));
    const container = (0,restorable/* restorable */.w)(file);
    if (!('why' in container) && container.container !== 'directory') {
        versions ??= await (0,postgres_version/* versionsFromArchive */.uN)(file.file, container.container).catch(() => undefined);
    }
    return { file, container, versions };
}
/** Target: the cluster booted now if the fetch had to say which major first; then awaited. */
async function readyTarget(drill, slot, fetched) {
    if (!slot.started && !('why' in fetched.container) && !drill.report.blocker())
        slot.boot(fetched.versions);
    return slot.ready();
}
/** Restore: pg_restore or psql into the target. Undefined (and a critical check) when it failed. */
async function restore(drill, backup, input) {
    const { settings, report } = drill;
    const restoreStart = Date.now();
    try {
        const restored = await (0,restore_runner/* restoreArchive */.By)({
            file: input.file,
            container: input.container,
            target: input.target,
            jobs: settings.jobs,
            binDir: settings.postgresBinDir,
            logger: drill.logger,
            pgDumpVersion: backup.manifest?.pg_dump_version,
            // The backup's own record of its roles; without one, what the checks file declares.
            roles: backup.manifest?.roles ?? drill.deps.checks?.roles,
        });
        report.add({
            id: 'restore',
            status: 'ok',
            summary: `${restored.summary} in ${(0,format/* formatDuration */.a3)((Date.now() - restoreStart) / 1000)}`,
            ...(0,report_report/* measure */.xP)('seconds', seconds(Date.now() - restoreStart)),
        }, (0,postgres_version/* postgresVersionCheck */.Iw)({ major: input.target.serverMajor, version: input.target.serverVersion }, input.versions, settings.postgresVersion));
        return { databases: restored.databases };
    }
    catch (error) {
        const message = error instanceof restore_runner/* RestoreError */.DZ || error instanceof restore_target/* TargetRefusedError */.Sr
            ? error.message
            : `restore failed: ${(0,errors/* errorMessage */.g)(error)}`;
        report.add({ id: 'restore', status: 'critical', summary: message });
        // A script that would write outside the target was refused before psql ran: nothing was written.
        if (error instanceof restore_target/* TargetRefusedError */.Sr)
            report.set({ refused: error.message });
        return undefined;
    }
    finally {
        report.phase('restore', seconds(Date.now() - restoreStart));
    }
}
/** Prove: the restored data against the manifest, the archive's counts and the checks file. */
async function prove(drill, backup, fetched, target, databases) {
    const { settings, deps, report } = drill;
    const verifyStart = Date.now();
    drill.logger.info('Verifying the restored data');
    const verified = await verifyRestore({
        target,
        manifestTables: backup.manifest?.tables,
        manifestCounting: backup.manifest?.counting,
        scannedTables: fetched.integrity.tables,
        checks: deps.checks,
        backupTime: backup.time,
        rpoTargetSeconds: settings.rpoTargetSeconds,
        amcheck: settings.amcheck || deps.checks?.amcheck === true,
        smokeCommand: settings.smokeCommand,
        databases,
        logger: drill.logger,
    });
    report.add(...verified.checks);
    report.phase('verify', seconds(Date.now() - verifyStart));
    report.set({ tables: verified.tables });
    drill.result.tablesRestored = verified.tablesRestored;
    drill.result.rowsRestored = verified.rowsRestored;
}
/** Measure: RTO from the start of the fetch to the end of the proof, and RPO, the backup's age. */
function measureRtoRpo(drill, backup, fetchStart) {
    const { settings, report } = drill;
    const rto = seconds(Date.now() - fetchStart);
    report.set({ rto_seconds: rto });
    const over = rto > settings.rtoTargetSeconds;
    const target = (0,format/* formatDuration */.a3)(settings.rtoTargetSeconds);
    report.add({
        id: 'rto',
        status: over ? 'critical' : 'ok',
        summary: `${rtoParts(report.phases, rto)}: ` +
            `recovered in ${(0,format/* formatDuration */.a3)(rto)}${over ? `, more than the RTO target ${target}` : ` (target ${target})`}`,
        value: rto,
        threshold: settings.rtoTargetSeconds,
    }, rpoCheck(drill, backup, true));
}
/**
 * The backup's age as the data a restore would lose. Only a drill that restored proved anything
 * about it: otherwise it is neutral (skipped), never a green tick next to a failed restore.
 */
function rpoCheck(drill, backup, restored = false) {
    const { settings } = drill;
    const rpo = Math.max(0, Math.round((drill.clock().getTime() - backup.time.getTime()) / 1000));
    drill.report.set({ rpo_seconds: rpo });
    const over = rpo > settings.rpoTargetSeconds;
    return {
        id: 'rpo',
        status: over ? 'critical' : restored ? 'ok' : 'skipped',
        summary: `the backup is ${(0,format/* formatDuration */.a3)(rpo)} old: restoring it now loses ${(0,format/* formatDuration */.a3)(rpo)} of data${over ? `, more than the RPO target ${(0,format/* formatDuration */.a3)(settings.rpoTargetSeconds)}` : ''}${restored ? '' : ' (nothing was restored)'}`,
        ...(0,report_report/* measure */.xP)('seconds', rpo, { threshold: settings.rpoTargetSeconds }),
    };
}
/**
 * The drill's target: a database URL opened before the fetch, or a throwaway cluster booted beside
 * it (or after it, once the archive says which major to boot). `release` disposes of it, or keeps
 * it for later steps, whatever happened in between.
 */
class TargetSlot {
    drill;
    backup;
    target;
    booting;
    constructor(drill, backup) {
        this.drill = drill;
        this.backup = backup;
    }
    get started() {
        return this.target !== undefined || this.booting !== undefined;
    }
    /** Opens the URL target with its safety rules; false (and a critical check) when refused or unreachable. */
    async openUrl(url) {
        const { settings, deps, report } = this.drill;
        try {
            this.target = await (0,restore_target/* openUrlTarget */.RP)(url, {
                allowOverwrite: settings.allowOverwrite,
                productionDatabaseUrl: settings.productionDatabaseUrl,
                lookup: deps.lookup,
                env: deps.env,
            });
        }
        catch (error) {
            report.add({ id: 'target', status: 'critical', summary: (0,errors/* errorMessage */.g)(error) });
            if (error instanceof restore_target/* TargetRefusedError */.Sr)
                report.set({ refused: error.message });
            return false;
        }
        const target = this.target;
        this.drill.result.target = { kind: 'url', description: target.description };
        report.add({
            id: 'target',
            status: 'ok',
            summary: `${target.description}${target.hadTables ? ': holds tables, restoring over them (allow-overwrite)' : ''}`,
        });
        return true;
    }
    /** Starts the ephemeral cluster of the major `versions` and the settings call for; awaited by `ready`. */
    boot(versions) {
        if (this.started)
            return;
        const { settings, deps, logger, result, report } = this.drill;
        const bootStart = Date.now();
        const major = (0,postgres_version/* wantedMajor */.n2)(settings.postgresVersion, versions);
        this.booting = (async () => {
            const binDir = major === undefined
                ? settings.postgresBinDir
                : (await (0,postgres_version/* binariesForMajor */.iM)(major, {
                    binDir: settings.postgresBinDir,
                    env: deps.env ?? process.env,
                    logger,
                    versions,
                    runner: deps.runner,
                })).binDir;
            return (0,restore_target/* startEphemeralTarget */.hT)({
                binDir,
                database: (0,restore_target/* restoreDatabaseName */.N1)(this.backup.manifest?.database),
                logger,
                parentDir: deps.clusterParentDir,
            });
        })().then((t) => {
            report.phase('target', seconds(Date.now() - bootStart));
            result.target = { kind: 'ephemeral', description: t.description, tempDir: t.tempDir, dataDir: t.dataDir };
            logger.info(`Target: ${t.description}`);
            this.target = t;
            return t;
        });
        // Awaited in ready() or release(); until then a failure must not surface as an unhandled rejection.
        this.booting.catch(() => undefined);
    }
    /** The target once booted or opened; a failed boot is the target check's critical finding. */
    async ready() {
        const { report } = this.drill;
        if (this.booting) {
            try {
                await this.booting;
            }
            catch (error) {
                report.add({
                    id: 'target',
                    status: 'critical',
                    summary: error instanceof postgres_version/* PostgresVersionUnavailable */.WU
                        ? error.message
                        : `could not start the ephemeral cluster: ${(0,errors/* errorMessage */.g)(error)}`,
                });
            }
        }
        if (this.target && !report.checks.some((c) => c.id === 'target')) {
            report.add({ id: 'target', status: 'ok', summary: this.target.description });
        }
        return this.target;
    }
    async release(keep) {
        const { logger, result } = this.drill;
        // A boot still in flight (the fetch failed first) must be awaited, or its cluster would outlive us.
        if (this.booting)
            await this.booting.catch(() => undefined);
        const target = this.target;
        if (target && keep && target.kind === 'ephemeral') {
            result.kept = target;
            logger.info(`Keeping ${target.description} for later steps`);
        }
        else if (target) {
            await target
                .dispose()
                .catch((error) => logger.warning(`could not remove the drill's target: ${(0,errors/* errorMessage */.g)(error)}`));
        }
    }
}
function backupSummary(backup, found = {}) {
    return { key: backup.key, time: backup.time.toISOString(), size: backup.size, ...found };
}
function seconds(ms) {
    return Math.round(ms / 100) / 10;
}
/**
 * `fetch 3s and target 6s side by side (6s), restore 1s, verify 1s`: every phase, with the two that
 * run together counted once, so the parts add up to the RTO.
 */
function rtoParts(phases, rto) {
    const { fetch, target, restore = 0, verify = 0 } = phases;
    const before = Math.max(0, rto - restore - verify);
    const first = target === undefined
        ? `fetch ${(0,format/* formatDuration */.a3)(fetch ?? before)}`
        : `fetch ${(0,format/* formatDuration */.a3)(fetch ?? 0)} and target ${(0,format/* formatDuration */.a3)(target)} side by side (${(0,format/* formatDuration */.a3)(before)})`;
    return `${first}, restore ${(0,format/* formatDuration */.a3)(restore)}, verify ${(0,format/* formatDuration */.a3)(verify)}`;
}


/***/ }),

/***/ 6262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  entryOptions: () => (/* binding */ entryOptions),
  loadLifeboatFile: () => (/* binding */ loadLifeboatFile),
  matrixOf: () => (/* binding */ matrixOf),
  parseLifeboatFile: () => (/* binding */ parseLifeboatFile),
  selectEntry: () => (/* binding */ selectEntry),
  withFleetEntry: () => (/* binding */ withFleetEntry)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./src/postgres/identifiers.ts
var identifiers = __webpack_require__(9467);
// EXTERNAL MODULE: ./src/postgres/role-specs.ts
var role_specs = __webpack_require__(1618);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/fleet/checks-file.ts







const CHECKLIST_TAGS = ['tenant-isolation', 'balances'];
const EXPECT_HINT = 'expected no_rows, true or { equals: V }';
const expectSchema = schemas/* unknown */.L5J().transform((value, ctx) => {
    if (value === 'no_rows')
        return { kind: 'no_rows' };
    if (value === true)
        return { kind: 'true' };
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const keys = Object.keys(value);
        if (keys.length === 1 && keys[0] === 'equals')
            return { kind: 'equals', value: value.equals };
    }
    ctx.addIssue({ code: 'custom', message: EXPECT_HINT });
    return core/* NEVER */.tm;
});
/**
 * `schema.table` as SQL reads names (unquoted parts fold to lower case; `public."Order Items"` and
 * `"tenant.acme".orders` keep theirs), kept as `schema.table` unquoted, like the manifest's names.
 */
const tableName = schemas/* string */.YjP()
    .trim()
    .transform((text, ctx) => {
    try {
        const t = (0,identifiers/* parseTableIdentifier */.xt)(text);
        return `${t.schema}.${t.table}`;
    }
    catch (error) {
        ctx.addIssue({
            code: 'custom',
            message: `${(0,errors/* errorMessage */.g)(error)}: expected schema.table, like public.orders or public."Order Items"`,
        });
        return core/* NEVER */.tm;
    }
});
const nonEmpty = schemas/* string */.YjP().trim().min(1, 'must not be empty');
/** The drill checks of one database: the whole single-database file, or one fleet entry's `checks:`. */
const checksSchema = schemas/* object */.Ikc({
    tables: schemas/* array */.YOg(schemas/* preprocess */.vkY((v) => (typeof v === 'string' ? { name: v } : v), schemas/* strictObject */.rej({ name: tableName, min_rows: schemas/* number */.aig().int().nonnegative().default(1) })))
        .default([]),
    freshness: schemas/* array */.YOg(schemas/* strictObject */.rej({ table: tableName, column: nonEmpty })).default([]),
    assertions: schemas/* array */.YOg(schemas/* strictObject */.rej({
        name: nonEmpty.optional(),
        sql: nonEmpty,
        expect: expectSchema,
        as_role: nonEmpty.optional(),
        setup: nonEmpty.optional(),
        checklist: schemas/* enum */.k5n(CHECKLIST_TAGS).optional(),
        show_value: schemas/* boolean */.zMY().optional(),
    }))
        .default([]),
    smoke: nonEmpty.optional(),
    amcheck: schemas/* boolean */.zMY().optional(),
    roles: schemas/* array */.YOg(role_specs/* roleSpecSchema */.lg).optional(),
})
    .strict();
/**
 * Reads the checks file. The default path may be absent (no extra checks: undefined); a file named
 * explicitly must exist. Every problem is an InputError naming the file and line.
 */
async function loadChecksFile(file, opts) {
    const text = await readConfigText(file, { ...opts, inputName: 'checks' });
    return text === undefined ? undefined : parseChecksFile(text, file);
}
/** The file's text; undefined when it is absent and was not named explicitly. */
async function readConfigText(file, opts) {
    try {
        return await (0,promises_.readFile)(external_node_path_default().resolve(opts.cwd ?? process.cwd(), file), 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' && !opts.explicit)
            return undefined;
        throw new errors/* InputError */.d(code === 'ENOENT'
            ? `Invalid ${opts.inputName} "${file}": the file does not exist`
            : `Cannot read ${opts.inputName} file ${file}: ${error.message}`);
    }
}
function parseChecksFile(text, file) {
    const { doc, lineCounter, data, label } = parseYaml(text, file);
    if (typeof data !== 'object' || Array.isArray(data)) {
        throw new errors/* InputError */.d(`${label} line 1: expected a mapping with tables, freshness, assertions, smoke, amcheck or roles`);
    }
    const parsed = checksSchema.safeParse(data);
    if (!parsed.success)
        throw schemaError(doc, lineCounter, label, parsed.error.issues[0], expectedKeys);
    return toChecksFile(parsed.data, file);
}
/** A YAML file parsed with line positions; a syntax error is an InputError naming file and line. */
function parseYaml(text, file) {
    const label = external_node_path_default().basename(file);
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const error = doc.errors[0];
        const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
        throw new errors/* InputError */.d(`${label} line ${line}: ${error.message.split('\n')[0]}`);
    }
    return { doc, lineCounter, data: doc.toJS() ?? {}, label };
}
/**
 * A zod issue as one line naming the file, the line and the key ("lifeboat.yml line 7:
 * databases[1].warn-after: expected a duration …"); an unknown key points at the key itself, the
 * likeliest typo ("assertion:" for "assertions:"), with the keys allowed there.
 */
function schemaError(doc, lineCounter, label, issue, allowed) {
    let issuePath = issue.path.filter((p) => typeof p !== 'symbol');
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
        issuePath = [...issuePath, issue.keys[0]];
        message = `unknown key (expected ${allowed(issuePath)})`;
    }
    const line = lineOf(doc, lineCounter, issuePath);
    return new errors/* InputError */.d(`${label} line ${line}: ${formatPath(issuePath) || '(top level)'}: ${message}`);
}
/** The parsed `checksSchema` value as the drill uses it (`file` only names it in messages). */
function toChecksFile(v, file) {
    return {
        path: file,
        tables: v.tables.map((t) => ({ name: t.name, minRows: t.min_rows })),
        freshness: v.freshness.map((f) => ({ table: f.table, column: f.column })),
        assertions: v.assertions.map((a, i) => ({
            name: a.name ?? `assertions[${i}]`,
            sql: a.sql,
            expect: a.expect,
            asRole: a.as_role,
            setup: a.setup,
            checklist: a.checklist,
            showValue: a.show_value,
        })),
        smoke: v.smoke,
        amcheck: v.amcheck,
        ...(v.roles ? { roles: v.roles } : {}),
    };
}
/** The keys allowed where `issuePath` (relative to the checks) points, for unknown-key messages. */
function expectedKeys(issuePath) {
    const depth = issuePath.length;
    const parent = issuePath[0];
    if (depth === 1)
        return 'tables, freshness, assertions, smoke, amcheck or roles';
    if (parent === 'tables')
        return 'name, min_rows';
    if (parent === 'roles')
        return 'name, bypassrls, inherit, createrole, createdb, member_of';
    if (parent === 'freshness')
        return 'table, column';
    return 'name, sql, expect, as_role, setup, checklist, show_value';
}
/**
 * The line of the deepest node of `issuePath` that exists, read from the key when it is a mapping
 * entry (a block value starts on the next line); a missing key points at its parent.
 */
function lineOf(doc, lineCounter, issuePath) {
    for (let n = issuePath.length; n >= 0; n--) {
        const parent = n > 0 ? doc.getIn(issuePath.slice(0, n - 1), true) : undefined;
        if (n > 0 && (0,dist/* isMap */.jh)(parent)) {
            const pair = parent.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === issuePath[n - 1]);
            const key = pair?.key;
            if (key?.range)
                return lineCounter.linePos(key.range[0]).line;
            continue;
        }
        const node = doc.getIn(issuePath.slice(0, n), true);
        if (node && typeof node === 'object' && node.range)
            return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
}
function formatPath(issuePath) {
    return issuePath.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

// EXTERNAL MODULE: ./src/bytes/integrity-pass.ts + 3 modules
var integrity_pass = __webpack_require__(6875);
// EXTERNAL MODULE: ./src/settings/options.ts + 2 modules
var options = __webpack_require__(266);
// EXTERNAL MODULE: ./src/fleet/fleet-options.ts
var fleet_options = __webpack_require__(6303);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
;// CONCATENATED MODULE: ./src/fleet/fleet-file.ts







const SECRET_INPUTS = ['decryption-passphrase', 'age-identity'];
// GitHub keeps secret names in capitals (letters, digits, underscores, not starting with a digit or
// GITHUB_); a passphrase or an AGE-SECRET-KEY pasted here is almost never shaped like that.
const SECRET_NAME = /^(?!GITHUB_)[A-Z_][A-Z0-9_]{0,99}$/;
const SECRET_NAME_HINT = 'expected the name of a secret in capitals, like BACKUP_PASSPHRASE, not its value (the value given is not shown)';
const fleet_file_text = (v) => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v);
const scalar = (schema) => schemas/* preprocess */.vkY(fleet_file_text, schema);
const fleet_file_nonEmpty = schemas/* string */.YjP().trim().min(1, 'must not be empty');
const required = schemas/* string */.YjP({
    error: (issue) => (issue.input === undefined ? 'missing: every entry needs a name and a source' : undefined),
});
/** Every option an entry may set, validated as its input is; kept as text for the settings parsers. */
const ENTRY_OPTIONS = {
    database: scalar(fleet_file_nonEmpty),
    'warn-after': scalar((0,options/* zDuration */.tk)()),
    'critical-after': scalar((0,options/* zDuration */.tk)()),
    'min-size': scalar((0,options/* zSize */.gr)()),
    'max-shrink': scalar((0,options/* zPercent */._t)()),
    integrity: scalar((0,options/* zEnum */.kD)(integrity_pass/* INTEGRITY_LEVELS */.a)),
    window: scalar((0,options/* zDuration */.tk)()),
    'min-retention': scalar((0,options/* zDuration */.tk)()),
    timezone: scalar((0,options/* zTimeZone */.CZ)()),
    's3-force-path-style': scalar((0,options/* zBoolean */.Rh)()),
    'postgres-bin-dir': scalar(fleet_file_nonEmpty),
    'rto-target': scalar((0,options/* zDuration */.tk)()),
    'rpo-target': scalar((0,options/* zDuration */.tk)()),
};
const secretName = scalar(schemas/* string */.YjP().regex(SECRET_NAME, SECRET_NAME_HINT));
const secretValueRefused = (input) => schemas/* unknown */.L5J().superRefine((_, ctx) => {
    ctx.addIssue({
        code: 'custom',
        message: `a secret's value does not belong in this file: name the secret with ${input}-secret: NAME and pass it to the step as an environment variable (the value given is not shown)`,
    });
});
const entrySchema = schemas/* strictObject */.rej({
    name: scalar(required.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/, 'expected letters, digits, ".", "_" or "-", like billing-eu')),
    source: scalar(required.trim().min(1, 'must not be empty')),
    ...Object.fromEntries(Object.entries(ENTRY_OPTIONS).map(([k, v]) => [k, v.optional()])),
    'decryption-passphrase-secret': secretName.optional(),
    'age-identity-secret': secretName.optional(),
    'decryption-passphrase': secretValueRefused('decryption-passphrase').optional(),
    'age-identity': secretValueRefused('age-identity').optional(),
    checks: checksSchema.optional(),
});
const fleetSchema = schemas/* strictObject */.rej({ databases: schemas/* array */.YOg(entrySchema).min(1, 'must list at least one database') });
const ENTRY_KEYS = [
    'name',
    'source',
    ...Object.keys(ENTRY_OPTIONS),
    'decryption-passphrase-secret',
    'age-identity-secret',
    'checks',
];
function allowedKeys(issuePath) {
    if (issuePath.length <= 1)
        return 'databases (or, for one database, tables, freshness, assertions, smoke, amcheck or roles)';
    if (issuePath.length === 3)
        return ENTRY_KEYS.join(', ');
    // databases[i].checks.…: the checks file's own keys.
    return expectedKeys(issuePath.slice(3));
}
/** Parses either form; the single-database form is exactly today's checks file. */
function parseLifeboatFile(text, file) {
    const { doc, lineCounter, data, label } = parseYaml(text, file);
    if (!data || typeof data !== 'object' || Array.isArray(data) || !('databases' in data)) {
        // The single-database form keeps its own parser and messages.
        return { path: file, checks: parseChecksFile(text, file) };
    }
    const parsed = fleetSchema.safeParse(data);
    if (!parsed.success)
        throw schemaError(doc, lineCounter, label, parsed.error.issues[0], allowedKeys);
    const seen = new Set();
    const databases = parsed.data.databases.map((e, i) => {
        if (seen.has(e.name)) {
            throw schemaError(doc, lineCounter, label, {
                code: 'custom',
                path: ['databases', i, 'name'],
                message: `"${e.name}" names an earlier entry too`,
                input: e.name,
            }, allowedKeys);
        }
        seen.add(e.name);
        const options = {};
        for (const key of ['source', ...Object.keys(ENTRY_OPTIONS)]) {
            const raw = data.databases[i][key];
            if (raw !== undefined && raw !== null)
                options[key] = String(raw);
        }
        return {
            name: e.name,
            options,
            secrets: {
                ...(e['decryption-passphrase-secret'] ? { 'decryption-passphrase': e['decryption-passphrase-secret'] } : {}),
                ...(e['age-identity-secret'] ? { 'age-identity': e['age-identity-secret'] } : {}),
            },
            ...(e.checks ? { checks: toChecksFile(e.checks, `${file} (${e.name})`) } : {}),
        };
    });
    return { path: file, databases };
}
/** Reads the file; a missing default file is undefined, a file named explicitly must exist. */
async function loadLifeboatFile(file, opts) {
    const text = await readConfigText(file, { ...opts, inputName: opts.inputName ?? 'config' });
    return text === undefined ? undefined : parseLifeboatFile(text, file);
}
/** The entry called `name`, or one line listing the names there are. */
function selectEntry(file, name) {
    if (!file.databases) {
        throw new errors/* InputError */.d(`Invalid name "${name}": ${file.path} lists no databases: (it holds one database's checks)`);
    }
    const entry = file.databases.find((e) => e.name === name);
    if (!entry) {
        throw new errors/* InputError */.d(`Invalid name "${name}": expected one of ${file.databases.map((e) => e.name).join(', ')} (the databases of ${file.path})`);
    }
    return entry;
}
/**
 * The raw options of one entry's run: the entry's values over the inputs/flags, and each secret it
 * names read from the environment variable of that name (unless the input itself carries a value).
 */
function entryOptions(entry, raw, env) {
    const merged = { ...raw, ...entry.options };
    for (const input of SECRET_INPUTS) {
        const secret = entry.secrets[input];
        if (!secret || raw[input])
            continue;
        const value = env[secret];
        if (!value) {
            throw new errors/* InputError */.d(`database ${entry.name}: ${input}-secret names ${secret}, but no environment variable ${secret} is set; ` +
                `give the step env: ${secret}: \${{ secrets.${secret} }}`);
        }
        (0,secrets/* addSecret */.Ck)(value);
        merged[input] = value;
    }
    return merged;
}
/** What `strategy.matrix` takes: one job per database, each selecting its entry with `name`. */
function matrixOf(file) {
    if (!file.databases)
        throw new errors/* InputError */.d(`${file.path} lists no databases: nothing to fan out`);
    return { include: file.databases.map((e) => ({ name: e.name })) };
}
/**
 * With `name` set, the raw options of that entry's run (entryOptions); without, `raw` as it is.
 * A file named by `name` must exist, so a typo in its path is not "no databases".
 */
async function withFleetEntry(raw, opts) {
    const name = raw.name?.trim();
    if (!name)
        return { raw };
    const file = await loadLifeboatFile(opts.file || fleet_options/* DEFAULT_CONFIG_FILE */.Cu, { explicit: true, cwd: opts.cwd });
    const entry = selectEntry(file, name);
    return { raw: entryOptions(entry, raw, opts.env), entry };
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


/***/ })

};
