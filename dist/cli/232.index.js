export const id = 232;
export const ids = [232];
export const modules = {

/***/ 5708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_CHECKS_FILE: () => (/* binding */ DEFAULT_CHECKS_FILE),
/* harmony export */   drillOptions: () => (/* binding */ drillOptions),
/* harmony export */   parseDrillSettings: () => (/* binding */ parseDrillSettings)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8532);
/* harmony import */ var _settings_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8031);
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4537);




const DEFAULT_CHECKS_FILE = '.github/lifeboat.yml';
const drillOptions = {
    source: {
        description: 'Where the backups live: a folder path, file:///path or s3://bucket/prefix.',
        required: true,
    },
    backup: {
        description: 'Which backup to restore: latest, an exact key, or before:<ISO time> (the newest backup taken before that moment).',
        default: 'latest',
    },
    checks: {
        description: 'The checks file (tables, freshness, assertions, smoke, amcheck). A missing default file means no extra checks.',
        default: DEFAULT_CHECKS_FILE,
    },
    target: {
        description: 'Where to restore: ephemeral (a throwaway cluster on this machine) or a postgresql:// URL of a scratch database.',
        default: 'ephemeral',
    },
    'allow-overwrite': {
        description: 'Restore into a URL target even when its database already holds tables.',
        default: 'false',
        boolean: true,
    },
    'production-database-url': {
        description: 'The production database: a target that is the same host, port and database is always refused.',
        default: '',
        secret: true,
    },
    'postgres-bin-dir': {
        description: 'Directory with the PostgreSQL binaries (initdb, pg_ctl, postgres, pg_restore, psql); found automatically when empty.',
        default: '',
    },
    jobs: { description: 'Parallel pg_restore jobs: a number, or auto for the CPU count.', default: 'auto' },
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
    ..._settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .discoveryOptions */ .Lx,
    ..._settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .decryptionOptions */ .kM,
    ..._settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .commonOptions */ .OP,
};
const zBackup = () => zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().transform((text, ctx) => {
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
            ctx.addIssue({ code: 'custom', message: 'expected before:<ISO 8601 time>, like before:2025-01-18T14:30:00Z' });
            return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
        }
        return { kind: 'before', time: new Date(ms) };
    }
    return { kind: 'key', key: t };
});
const zTarget = () => zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().transform((text, ctx) => {
    const t = text.trim();
    if (t === '' || t.toLowerCase() === 'ephemeral')
        return 'ephemeral';
    if (/^postgres(ql)?:\/\//i.test(t)) {
        try {
            new URL(t);
            return t;
        }
        catch {
            // fall through to the message below
        }
    }
    ctx.addIssue({
        code: 'custom',
        message: 'expected ephemeral or a postgresql://user:password@host:port/database URL',
    });
    return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
});
const zJobs = () => zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().transform((text, ctx) => {
    const t = text.trim().toLowerCase();
    if (t === '' || t === 'auto')
        return Math.max(1, node_os__WEBPACK_IMPORTED_MODULE_0___default().availableParallelism?.() ?? node_os__WEBPACK_IMPORTED_MODULE_0___default().cpus().length);
    const n = Number(t);
    if (!Number.isInteger(n) || n < 1 || n > 256) {
        ctx.addIssue({ code: 'custom', message: 'expected auto or a whole number from 1 to 256' });
        return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
    }
    return n;
});
const schema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    source: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().trim().min(1),
    backup: zBackup(),
    checks: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    target: zTarget(),
    'allow-overwrite': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zBoolean */ .Rh)(),
    'production-database-url': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    'postgres-bin-dir': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    jobs: zJobs(),
    'rto-target': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zDuration */ .tk)(),
    'rpo-target': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zDuration */ .tk)(),
    'smoke-command': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    amcheck: (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zBoolean */ .Rh)(),
    keep: (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zBoolean */ .Rh)(),
    database: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    timezone: (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zTimeZone */ .CZ)(),
    's3-force-path-style': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zBoolean */ .Rh)(),
    'decryption-passphrase': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    'age-identity': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    'fail-on': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zEnum */ .kD)(['critical', 'warning', 'never']),
    'report-path': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
})
    .loose();
function parseDrillSettings(raw) {
    // Registered before parsing, so even an error message quoting a URL cannot leak a password.
    for (const name of ['target', 'production-database-url']) {
        const value = raw[name];
        if (value)
            (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .addUrlSecrets */ .EI)(value);
    }
    (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .addSecret */ .Ck)(raw['production-database-url']);
    const v = (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOptions */ .Ac)(drillOptions, schema, raw);
    const explicit = raw.checks !== undefined && raw.checks.trim() !== '' && raw.checks.trim() !== DEFAULT_CHECKS_FILE;
    return {
        source: v.source,
        backup: v.backup,
        checksFile: v.checks || DEFAULT_CHECKS_FILE,
        checksFileExplicit: explicit,
        target: v.target,
        allowOverwrite: v['allow-overwrite'],
        productionDatabaseUrl: v['production-database-url']?.trim() || undefined,
        postgresBinDir: v['postgres-bin-dir'] || undefined,
        jobs: v.jobs,
        rtoTargetSeconds: v['rto-target'],
        rpoTargetSeconds: v['rpo-target'],
        smokeCommand: v['smoke-command']?.trim() || undefined,
        amcheck: v.amcheck,
        keep: v.keep,
        database: v.database || undefined,
        timezone: v.timezone,
        s3ForcePathStyle: v['s3-force-path-style'],
        decryptionPassphrase: v['decryption-passphrase'] || undefined,
        ageIdentity: v['age-identity'] || undefined,
        failOn: v['fail-on'],
        reportPath: v['report-path'] || undefined,
    };
}


/***/ }),

/***/ 1893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ fetchBackup)
/* harmony export */ });
/* unused harmony export LocalCopy */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _integrity_integrity_pass_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3163);
/* harmony import */ var _integrity_decode_layers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5012);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(17);








/**
 * The local file pg_restore/psql will read, written from the raw stream as it passes: a gzip
 * wrapper (kartoza's .dmp.gz, Railway's .tar.gz, .sql.gz) is peeled on the way because pg_restore
 * cannot read it and `--jobs` needs a seekable file anyway.
 */
class LocalCopy extends node_stream__WEBPACK_IMPORTED_MODULE_2__.Writable {
    path;
    out;
    file;
    gunzip;
    /** Set when the gzip wrapper is damaged; the integrity pass reports it, the drill stops before restoring. */
    decompressError;
    gzipped = false;
    constructor(path) {
        super();
        this.path = path;
        this.file = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(path);
        this.file.on('error', (error) => this.destroy(error));
    }
    _write(chunk, _enc, done) {
        if (!this.out) {
            if (chunk[0] === 0x1f && chunk[1] === 0x8b) {
                this.gzipped = true;
                this.gunzip = (0,node_zlib__WEBPACK_IMPORTED_MODULE_4__.createGunzip)();
                this.gunzip.on('error', (error) => {
                    this.decompressError = error.message;
                    this.gunzip?.unpipe(this.file);
                    this.file.end();
                });
                this.gunzip.pipe(this.file);
                this.out = this.gunzip;
            }
            else {
                this.out = this.file;
            }
        }
        if (this.decompressError)
            return done();
        if (this.out.write(chunk))
            return done();
        const resume = () => {
            this.out?.off('drain', resume);
            this.out?.off('error', resume);
            done();
        };
        this.out.once('drain', resume);
        // A broken gzip never drains: carry on so the pass can finish and report it.
        this.out.once('error', resume);
    }
    _final(done) {
        this.file.once('close', () => done());
        if (this.decompressError || !this.out || this.out === this.file) {
            if (!this.file.writableEnded)
                this.file.end();
        }
        else {
            this.out.end();
        }
    }
    /** Bytes written to disk (decompressed size for gzip). */
    get bytesOnDisk() {
        return this.file.bytesWritten;
    }
}
/** One read of the backup: sha256, `pg_restore --list` (or the SQL scan) and the local copy, together. */
async function fetchBackup(store, backup, opts) {
    const stream = await store.read(backup.key);
    const copy = new LocalCopy(opts.file);
    const integrity = await (0,_integrity_integrity_pass_js__WEBPACK_IMPORTED_MODULE_5__/* .runIntegrityPass */ .i)(stream, {
        level: 'archive',
        expected: opts.expected,
        totalBytes: backup.size,
        pgRestore: opts.pgRestore,
        logger: opts.logger,
        tee: copy,
        decryption: opts.decryption,
    });
    const result = {
        integrity,
        file: opts.file,
        bytesOnDisk: copy.bytesOnDisk,
        decompressError: copy.decompressError,
    };
    // The copy peeled a gzip wrapper on the way; zip entries and encryption (pgbackweb, gpg, openssl,
    // age) are peeled from the local copy, so the store is still read only once.
    const layers = (integrity.format.layers ?? []).slice(copy.gzipped ? 1 : 0);
    if (!copy.decompressError && integrity.format.container !== 'unknown' && layers.length > 0) {
        await peelLocalCopy(result, opts);
    }
    return result;
}
async function peelLocalCopy(result, opts) {
    const plain = `${opts.file}.plain`;
    try {
        const { stream } = await (0,_integrity_decode_layers_js__WEBPACK_IMPORTED_MODULE_6__/* .openDecoded */ .BA)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(opts.file), opts.decryption);
        const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(plain);
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(stream, out);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(plain, opts.file);
        result.bytesOnDisk = out.bytesWritten;
        result.decoded = true;
        opts.logger.info(`Decoded the local copy (${(result.integrity.format.layers ?? []).join(' → ')})`);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(plain, { force: true });
        result.decodeError = `cannot decode the backup for restoring: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .g)(error)}`;
    }
}


/***/ }),

/***/ 9119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ restoreArchive),
/* harmony export */   DZ: () => (/* binding */ RestoreError),
/* harmony export */   ZJ: () => (/* binding */ newerDumpMessage)
/* harmony export */ });
/* unused harmony export rolesFromStream */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _integrity_pg_restore_sink_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1969);
/* harmony import */ var _postgres_binaries_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1758);
/* harmony import */ var _postgres_client_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8620);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(17);
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4537);









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
    const { container, target, logger } = input;
    const toolName = container === 'plain' ? 'psql' : 'pg_restore';
    let tool;
    try {
        tool = await (0,_postgres_binaries_js__WEBPACK_IMPORTED_MODULE_5__/* .findClientTool */ .vc)(toolName, { binDir: input.binDir ?? target.binDir });
    }
    catch (error) {
        throw new RestoreError((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .g)(error));
    }
    logger.info('Finding the roles the archive references');
    const roles = container === 'plain'
        ? await rolesFromStream((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(input.file))
        : await rolesFromArchive(tool, input.file, container, input.pgDumpVersion);
    const created = await createMissingRoles(target, roles);
    if (created.length)
        logger.info(`Created ${created.length} role(s) as NOLOGIN: ${created.join(', ')}`);
    if (input.tables?.length && container === 'plain') {
        throw new RestoreError('a plain SQL backup can only be restored whole: --table needs a custom or tar archive (lifeboat extract --table reads one table from any format)');
    }
    const { dbname, env } = (0,_postgres_client_js__WEBPACK_IMPORTED_MODULE_6__/* .connectionForTools */ .Zx)(target.url);
    let args;
    let how;
    if (container === 'plain') {
        args = ['-X', '-q', '--no-password', '-v', 'ON_ERROR_STOP=1', '--dbname', dbname, '-f', input.file];
        how = `psql -v ON_ERROR_STOP=1 (${tool.version})`;
    }
    else {
        // pg_restore runs --jobs only from custom (and directory) archives; tar is restored serially.
        const jobs = container === 'custom' ? input.jobs : 1;
        args = [
            '--verbose',
            `--jobs=${jobs}`,
            '--no-password',
            '--exit-on-error',
            `--format=${container === 'tar' ? 't' : 'c'}`,
            ...(target.hadTables ? ['--clean', '--if-exists'] : []),
            ...tableSelection(input.tables),
            '--dbname',
            dbname,
            input.file,
        ];
        how = `pg_restore --jobs ${jobs} (${tool.version})`;
    }
    logger.info(`Restoring with ${how} into ${target.database}`);
    const run = await runStreaming(tool.path, args, env, logger);
    if (run.exitCode !== 0 || run.spawnError) {
        throw new RestoreError(await describeFailure(container, tool, run, input));
    }
    return {
        summary: `${how} restored the ${container} archive into ${target.database}${roles.length ? ` (roles: ${roles.join(', ')})` : ''}`,
        roles,
        tool: tool.path,
    };
}
/**
 * pg_restore matches `--table` against bare table names and `--schema` against schema names, each
 * list alone: tables from two schemas also select a same-named table in the other schema.
 */
function tableSelection(tables) {
    if (!tables?.length)
        return [];
    const schemas = [...new Set(tables.map((t) => t.schema))];
    return [...schemas.map((s) => `--schema=${s}`), ...tables.map((t) => `--table=${t.table}`)];
}
function runStreaming(cmd, args, env, logger) {
    return new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        let spawnError;
        let last = Date.now();
        const started = Date.now();
        const lines = node_readline__WEBPACK_IMPORTED_MODULE_3___default().createInterface({ input: child.stderr });
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
    const newer = (0,_integrity_pg_restore_sink_js__WEBPACK_IMPORTED_MODULE_4__/* .unsupportedArchiveVersion */ .ks)(run.stderr);
    if (newer)
        return newerDumpMessage(newer, tool, input.pgDumpVersion);
    if (run.signal)
        return `${container === 'plain' ? 'psql' : 'pg_restore'} was killed by ${run.signal}`;
    if (container !== 'plain')
        return (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_8__/* .redactSecrets */ .fp)(`pg_restore failed: ${(0,_integrity_pg_restore_sink_js__WEBPACK_IMPORTED_MODULE_4__/* .firstPgError */ .wm)(run.stderr)}`);
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
    return (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_8__/* .redactSecrets */ .fp)(message);
}
function newerDumpMessage(archiveVersion, tool, pgDumpVersion) {
    const needs = (0,_integrity_pg_restore_sink_js__WEBPACK_IMPORTED_MODULE_4__/* .minimumMajorForArchive */ .dr)(archiveVersion);
    const dumpedBy = pgDumpVersion
        ? `pg_dump ${pgDumpVersion}`
        : `a newer pg_dump${needs ? ` (PostgreSQL ${needs}+)` : ''}`;
    return (`the archive (format ${archiveVersion}) was made by ${dumpedBy}, which pg_restore ${tool.version} cannot read: ` +
        `install PostgreSQL ${needs ?? 'client tools as new as the dump'}` +
        `${needs ? ` (e.g. \`sudo apt-get install postgresql-${needs}\`)` : ''} and set postgres-bin-dir to its bin directory`);
}
/** "-- Dumped by pg_dump version 17.2" in a plain dump's header. */
async function plainDumpVersion(file) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, 'r');
    try {
        const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
        const m = /Dumped by pg_dump version ([^\n]+)/.exec(buffer.subarray(0, bytesRead).toString('utf8'));
        return m ? (0,_postgres_binaries_js__WEBPACK_IMPORTED_MODULE_5__/* .tryParsePgVersion */ .sf)(`PostgreSQL ${m[1]}`) : undefined;
    }
    finally {
        await handle.close();
    }
}
async function rolesFromArchive(tool, file, container, pgDumpVersion) {
    // The schema as SQL holds every OWNER TO, GRANT … TO and CREATE POLICY … TO; it is small (no data).
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(tool.path, ['--schema-only', `--format=${container === 'tar' ? 't' : 'c'}`, '-f', '-', file], {
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
        const newer = (0,_integrity_pg_restore_sink_js__WEBPACK_IMPORTED_MODULE_4__/* .unsupportedArchiveVersion */ .ks)(stderr);
        if (newer)
            throw new RestoreError(newerDumpMessage(newer, tool, pgDumpVersion));
        throw new RestoreError((0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_8__/* .redactSecrets */ .fp)(`pg_restore could not read the archive's schema: ${(0,_integrity_pg_restore_sink_js__WEBPACK_IMPORTED_MODULE_4__/* .firstPgError */ .wm)(stderr)}`));
    }
    return roles;
}
const IDENT = String.raw `(?:"(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_$]*)`;
const IDENT_LIST = String.raw `${IDENT}(?:\s*,\s*${IDENT})*`;
const ROLE_PATTERNS = [
    new RegExp(String.raw `\bOWNER TO (${IDENT})`),
    new RegExp(String.raw `^GRANT .+ TO (${IDENT_LIST})(?: WITH (?:GRANT|ADMIN) OPTION)?(?: GRANTED BY ${IDENT})?;`),
    new RegExp(String.raw `^REVOKE .+ FROM (${IDENT_LIST})(?: CASCADE)?;`),
    new RegExp(String.raw `^CREATE POLICY .+? TO (${IDENT_LIST})(?: USING| WITH CHECK|;)`),
    new RegExp(String.raw `^ALTER DEFAULT PRIVILEGES FOR ROLE (${IDENT_LIST})`),
    new RegExp(String.raw `^SET SESSION AUTHORIZATION '?(${IDENT})'?;`),
];
const NOT_ROLES = new Set(['public', 'current_user', 'session_user', 'current_role']);
/** Every role name a schema script references, in first-seen order. COPY data is skipped, not scanned. */
async function rolesFromStream(input) {
    const found = new Set();
    let inCopy = false;
    const lines = node_readline__WEBPACK_IMPORTED_MODULE_3___default().createInterface({ input, crlfDelay: Infinity });
    for await (const line of lines) {
        if (inCopy) {
            if (line === '\\.')
                inCopy = false;
            continue;
        }
        if (/^COPY .* FROM stdin;$/.test(line)) {
            inCopy = true;
            continue;
        }
        if (line.startsWith('--') || line === '')
            continue;
        for (const pattern of ROLE_PATTERNS) {
            const m = pattern.exec(line);
            if (!m)
                continue;
            for (const name of splitIdentifiers(m[1])) {
                if (!NOT_ROLES.has(name.toLowerCase()) && !name.startsWith('pg_'))
                    found.add(name);
            }
        }
    }
    return [...found];
}
function splitIdentifiers(list) {
    const out = [];
    for (const m of list.matchAll(new RegExp(IDENT, 'g'))) {
        const raw = m[0];
        out.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw.toLowerCase());
    }
    return out;
}
/** Creates (NOLOGIN) the roles the target lacks; roles are cluster-wide, so existing ones are left alone. */
async function createMissingRoles(target, roles) {
    if (roles.length === 0)
        return [];
    return (0,_postgres_client_js__WEBPACK_IMPORTED_MODULE_6__/* .withClient */ .SV)(target.url, async (c) => {
        const existing = await c.query('SELECT rolname FROM pg_roles WHERE rolname = ANY($1)', [
            roles,
        ]);
        const have = new Set(existing.rows.map((r) => r.rolname));
        const created = [];
        for (const role of roles) {
            if (have.has(role))
                continue;
            try {
                await c.query(`CREATE ROLE ${c.escapeIdentifier(role)} NOLOGIN`);
                created.push(role);
            }
            catch (error) {
                if (error.code === '42710')
                    continue;
                throw new RestoreError((0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_8__/* .redactSecrets */ .fp)(`cannot create role ${role}, which the archive references (owners, grants, policies): ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .g)(error)}; ` +
                    'create it on the target first or give the target user CREATEROLE'));
            }
        }
        return created;
    });
}


/***/ }),

/***/ 5511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kq: () => (/* binding */ expectedChecksum),
  wq: () => (/* binding */ restorable),
  BT: () => (/* binding */ runDrill)
});

// EXTERNAL MODULE: ./src/discovery/list-backups.ts
var list_backups = __webpack_require__(6654);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/discovery/manifest.ts
var manifest = __webpack_require__(281);
// EXTERNAL MODULE: ./src/report/report.ts
var report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/settings/duration.ts
var duration = __webpack_require__(1145);
// EXTERNAL MODULE: ./src/settings/size.ts
var size = __webpack_require__(7232);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
// EXTERNAL MODULE: ./src/drill/fetch.ts
var fetch = __webpack_require__(1893);
// EXTERNAL MODULE: ./src/drill/restore.ts
var restore = __webpack_require__(9119);
// EXTERNAL MODULE: ./src/drill/select-backup.ts
var select_backup = __webpack_require__(9408);
// EXTERNAL MODULE: ./src/drill/target.ts
var drill_target = __webpack_require__(2988);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/postgres/client.ts
var client = __webpack_require__(8620);
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
        checks.push(await runSmoke(smoke, input));
    return {
        checks,
        tables,
        dataRpoSeconds,
        tablesRestored: present.length,
        rowsRestored: present.reduce((sum, t) => sum + t.rows, 0),
    };
}
function splitName(name) {
    const dot = name.indexOf('.');
    return dot < 0 ? { schema: 'public', table: name } : { schema: name.slice(0, dot), table: name.slice(dot + 1) };
}
function quoted(c, name) {
    const { schema, table } = splitName(name);
    return `${c.escapeIdentifier(schema)}.${c.escapeIdentifier(table)}`;
}
async function tableExists(c, name) {
    const { schema, table } = splitName(name);
    const { rows } = await c.query(`SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r', 'p')`, [schema, table]);
    return rows.length > 0;
}
async function countRows(c, name) {
    if (!(await tableExists(c, name)))
        return undefined;
    const { rows } = await c.query(`SELECT count(*) AS n FROM ${quoted(c, name)}`);
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
const fmt = (n) => n.toLocaleString('en-US');
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
    const names = exact.size || minimum.size ? [...new Set([...exact.keys(), ...minimum.keys()])] : await allUserTables(c);
    const tables = [];
    const problems = [];
    const missing = new Set();
    for (const name of names) {
        const rows = await countRows(c, name);
        const expected = exact.get(name);
        const min = minimum.get(name);
        if (rows === undefined) {
            missing.add(name);
            problems.push(`${name} is missing`);
            tables.push({ name, rows: 0, ...(expected !== undefined ? { expected_rows: expected } : {}) });
            continue;
        }
        tables.push({ name, rows, ...(expected !== undefined ? { expected_rows: expected } : {}) });
        if (expected !== undefined && rows !== expected) {
            problems.push(`${name} has ${fmt(rows)} rows, ${exactFrom} says ${fmt(expected)}`);
        }
        else if (min !== undefined && rows < min) {
            problems.push(`${name} has ${fmt(rows)} rows, fewer than min_rows ${fmt(min)}`);
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
                    summary: `${names.length} tables, ${fmt(total)} rows restored; not compared: no manifest and no tables: in the checks file`,
                    value: total,
                },
        };
    }
    const how = exactFrom ? `every count equals ${exactFrom}` : 'every table has at least its min_rows';
    return {
        tables,
        missing,
        check: { id: 'tables', status: 'ok', summary: `${tables.length} tables, ${fmt(total)} rows: ${how}`, value: total },
    };
}
async function freshnessCheck(c, input) {
    const specs = input.checks?.freshness ?? [];
    let newest;
    const problems = [];
    for (const spec of specs) {
        const name = `${spec.table}.${spec.column}`;
        try {
            const { rows } = await c.query(`SELECT extract(epoch FROM max(${c.escapeIdentifier(spec.column)})::timestamptz)::text AS e FROM ${quoted(c, spec.table)}`);
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
    const base = `newest ${newest.name} is ${newest.at.toISOString()}, ${(0,duration/* formatDuration */.a3)(dataRpoSeconds)} before the backup was taken` +
        (over ? ` (more than the RPO target ${(0,duration/* formatDuration */.a3)(input.rpoTargetSeconds)})` : '');
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
    const slug = assertion.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 48) || 'unnamed';
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
        return { id, status: verdict.ok ? 'ok' : 'critical', summary: `${assertion.name}${as}: ${verdict.summary}` };
    }
    catch (error) {
        return {
            id,
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
            : { ok: false, summary: `returned ${fmt(rows.length)} row(s) (${columns.join(', ')}), expected none` };
    }
    const first = rows[0]?.[0];
    if (expect.kind === 'true') {
        if (rows.length === 0)
            return { ok: false, summary: 'returned no rows, expected true' };
        return first === true
            ? { ok: true, summary: 'true' }
            : { ok: false, summary: `returned ${show(first)}, expected true` };
    }
    if (rows.length === 0)
        return { ok: false, summary: `returned no rows, expected ${show(expect.value)}` };
    return equalValues(first, expect.value)
        ? { ok: true, summary: `equals ${show(expect.value)}` }
        : { ok: false, summary: `returned ${show(first)}, expected ${show(expect.value)}` };
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
        const { rows } = await c.query(`SELECT c.oid, c.oid::regclass::text AS name
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
       JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE a.amname = 'btree' AND i.indisvalid AND i.indisready AND c.relpersistence <> 't'
         AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'
       ORDER BY 2`);
        const broken = [];
        for (const index of rows) {
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
                summary: `corrupt index(es): ${broken.slice(0, 3).join('; ')}`,
                value: broken.length,
            };
        }
        return {
            id: 'amcheck',
            status: 'ok',
            summary: `bt_index_check passed on ${rows.length} btree indexes`,
            value: rows.length,
        };
    }
    finally {
        // The restored database should look like the backup, not like the backup plus our tooling.
        if (!preinstalled)
            await c.query('DROP EXTENSION IF EXISTS amcheck').catch(() => undefined);
    }
}
const SMOKE_TAIL = 4096;
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
    const result = await new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)('sh', ['-c', command], { env, stdio: ['ignore', 'pipe', 'pipe'] });
        let tail = '';
        let error;
        const take = (d) => {
            tail = (tail + d.toString('utf8')).slice(-SMOKE_TAIL);
        };
        child.stdout.on('data', take);
        child.stderr.on('data', take);
        const timer = setTimeout(() => child.kill('SIGKILL'), input.smokeTimeoutMs ?? 15 * 60_000);
        // A drill stopped by a signal exits without waiting: the app it booted must not outlive it.
        const killOnExit = () => child.kill('SIGKILL');
        process.once('exit', killOnExit);
        child.on('error', (e) => {
            error = e.message;
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            process.off('exit', killOnExit);
            resolve({ code, signal, tail, error });
        });
    });
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

;// CONCATENATED MODULE: ./src/drill/run-drill.ts
















/**
 * Room for the local copy (a gzip wrapper inflates about 5×) and, on this machine's disk for an
 * ephemeral target, the restored tables and indexes (about 4× a compressed dump). An estimate that
 * errs large: failing before the fetch is cheap, running out of disk mid-restore is not.
 */
const GZIP_EXPANSION = 5;
const DATABASE_EXPANSION = 4;
/** PRODUCT.md §4: select, fetch + verify, restore, prove the data, measure RTO and RPO. */
async function runDrill(settings, deps) {
    const clock = deps.now ?? (() => new Date());
    const startedAt = clock();
    const { store, logger } = deps;
    const checks = [];
    const phases = {};
    const result = { report: undefined };
    let extra = {};
    const finish = () => {
        result.report = {
            status: (0,report/* worstStatus */.A4)(checks.map((c) => c.status)),
            kind: 'drill',
            source: store.displayUrl,
            checks: checks.map(redactCheck),
            started_at: startedAt.toISOString(),
            finished_at: clock().toISOString(),
            ...extra,
            ...(Object.keys(phases).length ? { phases } : {}),
        };
        return result;
    };
    const listing = await (0,list_backups/* listBackups */.C)(store, { timezone: settings.timezone, database: settings.database }, logger);
    checks.push(listing.check);
    if (!listing.backups)
        return finish();
    const backups = listing.backups;
    const selection = (0,select_backup/* selectBackup */.V)(backups, settings.backup);
    if (!selection.backup) {
        checks.push({ id: 'backup', status: 'critical', summary: `${selection.reason} in ${store.displayUrl}` });
        return finish();
    }
    const backup = selection.backup;
    result.backup = backup;
    checks.push({
        id: 'backup',
        status: 'ok',
        summary: `${backup.key}, taken ${backup.time.toISOString()} (${selection.reason})`,
        value: backup.key,
    });
    extra = { backup: { key: backup.key, time: backup.time.toISOString(), size: backup.size } };
    const rpoCheck = () => {
        const rpo = Math.max(0, Math.round((clock().getTime() - backup.time.getTime()) / 1000));
        extra.rpo_seconds = rpo;
        const over = rpo > settings.rpoTargetSeconds;
        return {
            id: 'rpo',
            status: over ? 'critical' : 'ok',
            summary: `the backup is ${(0,duration/* formatDuration */.a3)(rpo)} old: restoring it now loses ${(0,duration/* formatDuration */.a3)(rpo)} of data${over ? `, more than the RPO target ${(0,duration/* formatDuration */.a3)(settings.rpoTargetSeconds)}` : ''}`,
            value: rpo,
            threshold: settings.rpoTargetSeconds,
        };
    };
    let target;
    let pendingTarget;
    let workDir;
    const removeWorkDir = () => {
        if (workDir)
            (0,external_node_fs_.rmSync)(workDir, { recursive: true, force: true });
    };
    // process.exit (the cluster module's signal handler) skips finally blocks but runs 'exit' listeners.
    const onSignal = (signal) => process.exit(signal === 'SIGINT' ? 130 : 143);
    process.on('exit', removeWorkDir);
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
    let keepTarget = false;
    try {
        if (settings.target !== 'ephemeral') {
            try {
                target = await (0,drill_target/* openUrlTarget */.RP)(settings.target, {
                    allowOverwrite: settings.allowOverwrite,
                    productionDatabaseUrl: settings.productionDatabaseUrl,
                    lookup: deps.lookup,
                });
            }
            catch (error) {
                checks.push({ id: 'target', status: 'critical', summary: (0,errors/* errorMessage */.g)(error) });
                checks.push(rpoCheck());
                return finish();
            }
            result.target = { kind: 'url', description: target.description };
            checks.push({
                id: 'target',
                status: 'ok',
                summary: `${target.description}${target.hadTables ? ': holds tables, restoring over them (allow-overwrite)' : ''}`,
            });
        }
        const workParent = deps.workParentDir ?? external_node_os_default().tmpdir();
        const disk = await diskCheck(backup, settings.target === 'ephemeral', workParent, deps.freeBytes);
        checks.push(disk);
        if (disk.status === 'critical') {
            checks.push(rpoCheck());
            return finish();
        }
        // RTO starts here: the fetch, and (in parallel, it needs no data) the throwaway cluster's boot.
        const fetchStart = Date.now();
        workDir = await (0,promises_.mkdtemp)(external_node_path_default().join(workParent, 'lifeboat-drill-'));
        result.workDir = workDir;
        logger.info(`Working directory ${workDir}`);
        if (!target) {
            const bootStart = Date.now();
            pendingTarget = (0,drill_target/* startEphemeralTarget */.hT)({
                binDir: settings.postgresBinDir,
                database: (0,drill_target/* restoreDatabaseName */.N1)(backup.manifest?.database),
                logger,
                parentDir: deps.clusterParentDir,
            }).then((t) => {
                phases.target = seconds(Date.now() - bootStart);
                result.target = { kind: 'ephemeral', description: t.description, tempDir: t.tempDir, dataDir: t.dataDir };
                logger.info(`Target: ${t.description}`);
                target = t;
                return t;
            });
            // Awaited below; until then a failure must not surface as an unhandled rejection.
            pendingTarget.catch(() => undefined);
        }
        logger.info(`Fetching ${backup.key} (${(0,size/* formatBytes */.z3)(backup.size)})`);
        let fetched;
        let expected;
        let sidecarUnreadable = false;
        try {
            expected = await expectedChecksum(store, backup);
        }
        catch (error) {
            sidecarUnreadable = true;
            checks.push({ id: 'checksum', status: 'critical', summary: (0,errors/* errorMessage */.g)(error) });
        }
        try {
            fetched = await (0,fetch/* fetchBackup */.T)(store, backup, {
                file: external_node_path_default().join(workDir, 'backup'),
                expected,
                pgRestore: deps.pgRestore,
                logger,
                decryption: { passphrase: settings.decryptionPassphrase, ageIdentity: settings.ageIdentity },
            });
        }
        catch (error) {
            checks.push({ id: 'fetch', status: 'critical', summary: `cannot read ${backup.key}: ${(0,errors/* errorMessage */.g)(error)}` });
        }
        phases.fetch = seconds(Date.now() - fetchStart);
        if (fetched) {
            const integrity = fetched.integrity;
            extra.backup = { ...extra.backup, format: integrity.format.description, sha256: integrity.sha256 };
            // The restore reads every data block; a separate content pass would only repeat it.
            checks.push(...integrity.checks.filter((c) => c.id !== 'content' && !(c.id === 'checksum' && sidecarUnreadable)));
        }
        if (pendingTarget) {
            try {
                await pendingTarget;
            }
            catch (error) {
                checks.push({
                    id: 'target',
                    status: 'critical',
                    summary: `could not start the ephemeral cluster: ${(0,errors/* errorMessage */.g)(error)}`,
                });
            }
        }
        if (target && !checks.some((c) => c.id === 'target')) {
            checks.push({ id: 'target', status: 'ok', summary: target.description });
        }
        const container = fetched ? restorable(fetched) : { why: 'the backup could not be fetched' };
        const blocked = checks.find((c) => c.status === 'critical');
        if (!target || blocked || 'why' in container) {
            const why = blocked ? `${blocked.id}: ${blocked.summary}` : 'why' in container ? container.why : 'no target';
            checks.push({ id: 'restore', status: 'critical', summary: `not attempted: ${why}` });
            checks.push(rpoCheck());
            return finish();
        }
        const restoreStart = Date.now();
        try {
            const restored = await (0,restore/* restoreArchive */.By)({
                file: fetched.file,
                container: container.container,
                target,
                jobs: settings.jobs,
                binDir: settings.postgresBinDir,
                logger,
                pgDumpVersion: backup.manifest?.pg_dump_version,
            });
            checks.push({
                id: 'restore',
                status: 'ok',
                summary: `${restored.summary} in ${(0,duration/* formatDuration */.a3)((Date.now() - restoreStart) / 1000)}`,
                value: seconds(Date.now() - restoreStart),
            });
        }
        catch (error) {
            phases.restore = seconds(Date.now() - restoreStart);
            const message = error instanceof restore/* RestoreError */.DZ ? error.message : `restore failed: ${(0,errors/* errorMessage */.g)(error)}`;
            checks.push({ id: 'restore', status: 'critical', summary: message });
            checks.push(rpoCheck());
            keepTarget = settings.keep;
            return finish();
        }
        phases.restore = seconds(Date.now() - restoreStart);
        const verifyStart = Date.now();
        logger.info('Verifying the restored data');
        const verified = await verifyRestore({
            target,
            manifestTables: backup.manifest?.tables,
            scannedTables: fetched.integrity.tables,
            checks: deps.checks,
            backupTime: backup.time,
            rpoTargetSeconds: settings.rpoTargetSeconds,
            amcheck: settings.amcheck || deps.checks?.amcheck === true,
            smokeCommand: settings.smokeCommand,
            logger,
        });
        checks.push(...verified.checks);
        const end = Date.now();
        phases.verify = seconds(end - verifyStart);
        extra.tables = verified.tables;
        result.tablesRestored = verified.tablesRestored;
        result.rowsRestored = verified.rowsRestored;
        const rto = seconds(end - fetchStart);
        extra.rto_seconds = rto;
        const overRto = rto > settings.rtoTargetSeconds;
        checks.push({
            id: 'rto',
            status: overRto ? 'critical' : 'ok',
            summary: `fetch ${(0,duration/* formatDuration */.a3)(phases.fetch)}, restore ${(0,duration/* formatDuration */.a3)(phases.restore)}, verify ${(0,duration/* formatDuration */.a3)(phases.verify)}: ` +
                `recovered in ${(0,duration/* formatDuration */.a3)(rto)}${overRto ? `, more than the RTO target ${(0,duration/* formatDuration */.a3)(settings.rtoTargetSeconds)}` : ` (target ${(0,duration/* formatDuration */.a3)(settings.rtoTargetSeconds)})`}`,
            value: rto,
            threshold: settings.rtoTargetSeconds,
        });
        checks.push(rpoCheck());
        keepTarget = settings.keep;
        return finish();
    }
    finally {
        // A boot still in flight (the fetch failed first) must be awaited, or its cluster would outlive us.
        if (pendingTarget)
            await pendingTarget.catch(() => undefined);
        if (target && keepTarget && target.kind === 'ephemeral') {
            result.kept = target;
            logger.info(`Keeping ${target.description} for later steps`);
        }
        else if (target) {
            await target
                .dispose()
                .catch((error) => logger.warning(`could not remove the drill's target: ${(0,errors/* errorMessage */.g)(error)}`));
        }
        if (workDir)
            await (0,promises_.rm)(workDir, { recursive: true, force: true }).catch(() => removeWorkDir());
        process.off('exit', removeWorkDir);
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
    }
}
function seconds(ms) {
    return Math.round(ms / 100) / 10;
}
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
            : { container: format.container };
    }
    if (format.encryption)
        return { why: `${format.description}: encrypted backups cannot be restored without a key` };
    if (format.compression !== 'none' && format.compression !== 'gzip') {
        return { why: `${format.description}: ${format.compression} is not supported by the drill yet` };
    }
    if (format.container === 'unknown')
        return { why: `not a PostgreSQL backup: ${format.description}` };
    return { container: format.container };
}
async function diskCheck(backup, ephemeral, dir, freeBytes = systemFreeBytes) {
    const gzipped = /\.(gz|tgz)$/i.test(backup.key);
    const copy = backup.size * (gzipped ? GZIP_EXPANSION : 1);
    // A gzip-wrapped dump is usually tar or plain (uncompressed inside); a bare one usually custom (compressed).
    const database = gzipped ? copy * 1.5 : backup.size * DATABASE_EXPANSION;
    const needed = copy + (ephemeral ? database : 0);
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
            summary: `will not fit: ${what} need about ${(0,size/* formatBytes */.z3)(needed)} (from the ${(0,size/* formatBytes */.z3)(backup.size)} backup), ` +
                `only ${(0,size/* formatBytes */.z3)(free)} free in ${dir}; use a larger or self-hosted runner, or set TMPDIR to a bigger disk`,
            value: free,
            threshold: needed,
        };
    }
    return {
        id: 'disk',
        status: 'ok',
        summary: `${(0,size/* formatBytes */.z3)(free)} free in ${dir}; ${what} need about ${(0,size/* formatBytes */.z3)(needed)}`,
        value: free,
        threshold: needed,
    };
}
async function systemFreeBytes(dir) {
    const s = await (0,promises_.statfs)(dir);
    return s.bavail * s.bsize;
}
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
function redactCheck(check) {
    return {
        ...check,
        summary: (0,secrets/* redactSecrets */.fp)(check.summary),
        ...(typeof check.value === 'string' ? { value: (0,secrets/* redactSecrets */.fp)(check.value) } : {}),
    };
}


/***/ }),

/***/ 9408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ selectBackup)
/* harmony export */ });
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
            return { backup: newest, reason: `newest of ${backups.length} backups` };
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
                    `the oldest of ${backups.length} backups is "${oldest.key}", taken ${oldest.time.toISOString()}`,
            };
        }
    }
}


/***/ }),

/***/ 2988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N1: () => (/* binding */ restoreDatabaseName),
/* harmony export */   RP: () => (/* binding */ openUrlTarget),
/* harmony export */   Sr: () => (/* binding */ TargetRefusedError),
/* harmony export */   hT: () => (/* binding */ startEphemeralTarget)
/* harmony export */ });
/* unused harmony exports endpointOf, sameDatabase, envForUrl */
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1553);
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_dns_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _postgres_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8620);
/* harmony import */ var _postgres_ephemeral_cluster_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7889);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4537);





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
const systemLookup = async (host) => {
    if (host.startsWith('/'))
        return [host];
    const found = await node_dns_promises__WEBPACK_IMPORTED_MODULE_0___default().lookup(host, { all: true });
    return found.map((a) => a.address);
};
/**
 * Whether two URLs reach the same database: same port and database name, and hosts that resolve to
 * a common address (localhost and 127.0.0.1 are the same server). A host that does not resolve is
 * compared by name, so a typo never makes two different servers look alike, nor hides a match.
 */
async function sameDatabase(a, b, lookup = systemLookup) {
    const x = endpointOf(a);
    const y = endpointOf(b);
    if (x.port !== y.port || x.database !== y.database)
        return false;
    if (x.host === y.host)
        return true;
    const [ax, ay] = await Promise.all([lookup(x.host).catch(() => [x.host]), lookup(y.host).catch(() => [y.host])]);
    return ax.some((address) => ay.includes(address));
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
    (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .addUrlSecrets */ .EI)(url);
    if (opts.productionDatabaseUrl) {
        (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .addUrlSecrets */ .EI)(opts.productionDatabaseUrl);
        if (await sameDatabase(url, opts.productionDatabaseUrl, opts.lookup)) {
            const e = endpointOf(url);
            throw new TargetRefusedError(`refusing target ${(0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .BO)(url)}: it is the production database (${e.host}:${e.port}/${e.database} ` +
                `is production-database-url); a drill restores into a scratch database or an ephemeral cluster`);
        }
    }
    const e = endpointOf(url);
    const facts = await (0,_postgres_client_js__WEBPACK_IMPORTED_MODULE_1__/* .withClient */ .SV)(url, async (c) => {
        const version = await c.query("SELECT current_setting('server_version') AS v, current_setting('server_version_num') AS n");
        const tables = await c.query(`SELECT n.nspname || '.' || c.relname AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
         AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
       ORDER BY 1 LIMIT 4`);
        return { version: version.rows[0].v, num: Number(version.rows[0].n), tables: tables.rows.map((r) => r.name) };
    }).catch((error) => {
        throw new TargetRefusedError(`cannot connect to target ${(0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .BO)(url)}: ${(0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .redactSecrets */ .fp)((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .g)(error))}`);
    });
    if (facts.tables.length > 0 && !opts.allowOverwrite) {
        const shown = facts.tables.slice(0, 3).join(', ') + (facts.tables.length > 3 ? ', …' : '');
        throw new TargetRefusedError(`refusing target ${(0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .BO)(url)}: database ${e.database} already holds tables (${shown}); ` +
            'point target at an empty scratch database, or set allow-overwrite: true to restore over it');
    }
    return {
        kind: 'url',
        url,
        env: envForUrl(url),
        database: e.database,
        serverVersion: facts.version,
        serverMajor: Math.floor(facts.num / 10000),
        description: `${(0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .BO)(url)} (PostgreSQL ${facts.version})`,
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
    const cluster = await (0,_postgres_ephemeral_cluster_js__WEBPACK_IMPORTED_MODULE_2__/* .startEphemeralCluster */ .ot)({
        binDir: opts.binDir,
        tuneForRestore: true,
        logger: opts.logger,
        parentDir: opts.parentDir,
    });
    opts.onCluster?.(cluster);
    try {
        if (opts.database !== 'postgres') {
            await (0,_postgres_client_js__WEBPACK_IMPORTED_MODULE_1__/* .withClient */ .SV)(cluster.url(), (c) => c.query(`CREATE DATABASE ${c.escapeIdentifier(opts.database)}`));
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

/***/ 7889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ot: () => (/* binding */ startEphemeralCluster)
});

// UNUSED EXPORTS: CLUSTER_MARKER, detachCluster, findFreePort, isProcessAlive, liveClusterCount, stopAllClusters, stopClusterAt, waitForPostgres

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/util/logger.ts
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

// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
// EXTERNAL MODULE: ./src/postgres/binaries.ts
var postgres_binaries = __webpack_require__(1758);
// EXTERNAL MODULE: ./src/postgres/client.ts
var client = __webpack_require__(8620);
// EXTERNAL MODULE: ./src/postgres/run-tool.ts
var run_tool = __webpack_require__(1697);
;// CONCATENATED MODULE: ./src/postgres/ephemeral-cluster.ts












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
const live = new Set();
let handlersInstalled = false;
function readPostmasterPid(dataDir) {
    try {
        const pid = Number((0,external_node_fs_.readFileSync)(external_node_path_default().join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
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
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
    }
    catch {
        // Without /proc (macOS) signal 0 is all we know; with it, a missing entry means it just exited.
        return !(0,external_node_fs_.existsSync)('/proc/self/stat');
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
        const { cmd, args } = (0,run_tool/* asServerUser */.br)(t.pgCtl, ['stop', '-D', t.dataDir, '-m', 'immediate', '-w', '-t', '10', '-s']);
        (0,external_node_child_process_.spawnSync)(cmd, args, { stdio: 'ignore', timeout: 15_000, cwd: external_node_os_default().tmpdir() });
        if (isProcessAlive(pid)) {
            try {
                process.kill(pid, 'SIGKILL');
            }
            catch {
                // Gone in the meantime.
            }
        }
    }
    (0,external_node_fs_.rmSync)(t.tempDir, { recursive: true, force: true });
    live.delete(t);
}
function installHandlers() {
    if (handlersInstalled)
        return;
    handlersInstalled = true;
    const onSignal = (signal) => {
        for (const t of [...live]) {
            try {
                stopSync(t);
            }
            catch {
                // Keep going: the other clusters still deserve their cleanup.
            }
        }
        // Having a listener replaced Node's default of dying on the signal: finish the job ourselves.
        process.exit(signal === 'SIGINT' ? 130 : 143);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    process.on('exit', () => {
        for (const t of [...live]) {
            try {
                stopSync(t);
            }
            catch {
                // Best effort while exiting.
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
    for (const t of live)
        if (t.tempDir === tempDir)
            live.delete(t);
}
function liveClusterCount() {
    return live.size;
}
/**
 * Stops a cluster started by another process (an Action's main step) from its temp dir, read from
 * saved state. Refuses directories without the marker, so a bad state value cannot delete anything else.
 */
async function stopClusterAt(tempDir) {
    const markerFile = path.join(tempDir, CLUSTER_MARKER);
    let marker;
    try {
        marker = JSON.parse(await readFile(markerFile, 'utf8'));
    }
    catch {
        if (!existsSync(tempDir))
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
            await (0,run_tool/* runTool */.qI)(t.pgCtl, ['stop', '-D', t.dataDir, '-m', mode, '-w', '-t', '30', '-s'], {
                asServerUser: true,
                cwd: external_node_os_default().tmpdir(),
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
    await (0,promises_.rm)(t.tempDir, { recursive: true, force: true });
    live.delete(t);
}
function serverUserIds() {
    try {
        const uid = Number((0,external_node_child_process_.execFileSync)('id', ['-u', run_tool/* SERVER_USER */.kR], { encoding: 'utf8' }).trim());
        const gid = Number((0,external_node_child_process_.execFileSync)('id', ['-g', run_tool/* SERVER_USER */.kR], { encoding: 'utf8' }).trim());
        return { uid, gid };
    }
    catch {
        throw new Error(`Running as root, PostgreSQL must run as the \`${run_tool/* SERVER_USER */.kR}\` user, which does not exist: create it (\`useradd --system ${run_tool/* SERVER_USER */.kR}\`) or run as a non-root user`);
    }
}
/** A port nobody listens on right now. Another process may still take it before postgres does: callers retry. */
function findFreePort() {
    return new Promise((resolve, reject) => {
        const server = external_node_net_default().createServer();
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
        const text = await (0,promises_.readFile)(logFile, 'utf8');
        return (0,secrets/* redactSecrets */.fp)(text.trimEnd().split('\n').slice(-lines).join('\n'));
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
    const logger = opts.logger ?? silentLogger;
    const binaries = opts.binaries ?? (await (0,postgres_binaries/* findPostgresBinaries */.S6)({ binDir: opts.binDir }));
    installHandlers();
    const tempDir = await (0,promises_.mkdtemp)(external_node_path_default().join(opts.parentDir ?? external_node_os_default().tmpdir(), TEMP_PREFIX));
    const dataDir = external_node_path_default().join(tempDir, 'data');
    const logFile = external_node_path_default().join(tempDir, 'server.log');
    const tracked = { tempDir, dataDir, pgCtl: binaries.tool('pg_ctl') };
    live.add(tracked);
    try {
        await (0,promises_.writeFile)(external_node_path_default().join(tempDir, CLUSTER_MARKER), JSON.stringify({ dataDir, pgCtl: tracked.pgCtl }));
        const ids = (0,run_tool/* needsServerUser */.AM)() ? serverUserIds() : undefined;
        if (ids) {
            await (0,promises_.chown)(tempDir, ids.uid, ids.gid);
            const probe = await (0,run_tool/* runTool */.qI)('test', ['-w', tempDir, '-a', '-x', tempDir], { asServerUser: true, cwd: '/' });
            if (probe.exitCode !== 0) {
                throw new Error(`The \`${run_tool/* SERVER_USER */.kR}\` user cannot use ${tempDir}: every directory above it must be traversable by that user (or pass another parent directory / set TMPDIR)`);
            }
        }
        const password = (0,external_node_crypto_.randomBytes)(24).toString('base64url');
        (0,secrets/* addSecret */.Ck)(password);
        const pwfile = external_node_path_default().join(tempDir, 'pwfile');
        await (0,promises_.writeFile)(pwfile, `${password}\n`, { mode: 0o600 });
        if (ids)
            await (0,promises_.chown)(pwfile, ids.uid, ids.gid);
        const init = await (0,run_tool/* runTool */.qI)(binaries.tool('initdb'), [
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
        await (0,promises_.rm)(pwfile, { force: true });
        if (init.exitCode !== 0) {
            throw new Error(`initdb (PostgreSQL ${binaries.version}) failed with exit code ${init.exitCode}: ${(0,secrets/* redactSecrets */.fp)((init.stderr || init.stdout).trim())}`);
        }
        // Our settings live in their own file so a port retry can rewrite them without touching initdb's.
        await (0,promises_.appendFile)(external_node_path_default().join(dataDir, 'postgresql.conf'), `\ninclude 'lifeboat.conf'\n`);
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
            const confFile = external_node_path_default().join(dataDir, 'lifeboat.conf');
            await (0,promises_.writeFile)(confFile, `${conf}\n`);
            if (ids)
                await (0,promises_.chown)(confFile, ids.uid, ids.gid);
            // pg_ctl appends to the log as the server user: a root-owned leftover would stop it.
            await (0,promises_.rm)(logFile, { force: true });
            const start = await (0,run_tool/* runTool */.qI)(binaries.tool('pg_ctl'), ['start', '-w', '-t', String(opts.startTimeoutSeconds ?? 60), '-D', dataDir, '-l', logFile, '-s'], { asServerUser: true, cwd: tempDir });
            if (start.exitCode === 0)
                break;
            const tail = await logTail(logFile);
            if (attempt < PORT_ATTEMPTS &&
                /could not bind|address already in use|could not create any TCP\/IP sockets/i.test(tail)) {
                logger.info(`Port ${port} was taken before PostgreSQL could bind it; trying another`);
                continue;
            }
            throw new Error(`PostgreSQL ${binaries.version} did not start (pg_ctl exit code ${start.exitCode}${start.stderr.trim() ? `: ${(0,secrets/* redactSecrets */.fp)(start.stderr.trim())}` : ''}). Server log:\n${tail}`);
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
            const message = redactSecrets(error instanceof Error ? error.message : String(error));
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


/***/ })

};
