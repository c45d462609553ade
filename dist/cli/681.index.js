export const id = 681;
export const ids = [681];
export const modules = {

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
/* harmony import */ var _integrity_integrity_pass_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2845);
/* harmony import */ var _integrity_decode_layers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(354);
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
        const out = this.out;
        if (this.decompressError || out.destroyed)
            return done();
        if (out.write(chunk))
            return done();
        // Every way the stage can stop taking bytes settles the write: a gunzip that failed is destroyed
        // and closes without ever draining, and a callback never called leaves the whole pass unsettled.
        const resume = () => {
            out.off('drain', resume);
            out.off('error', resume);
            out.off('close', resume);
            done();
        };
        out.once('drain', resume);
        out.once('error', resume);
        out.once('close', resume);
    }
    _final(done) {
        // A damaged gzip ended the file already: it may be closed before the copy is.
        if (this.file.closed)
            return done();
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
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _archive_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2514);
/* harmony import */ var _restore_table_selection_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2817);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _integrity_pg_restore_sink_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1969);
/* harmony import */ var _postgres_binaries_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1758);
/* harmony import */ var _postgres_client_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8620);
/* harmony import */ var _postgres_run_tool_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1697);
/* harmony import */ var _restore_plain_script_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9492);
/* harmony import */ var _restore_referenced_roles_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7303);
/* harmony import */ var _restore_role_specs_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(2901);
/* harmony import */ var _restore_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(3304);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(17);
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(4537);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(2860);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(2011);




















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
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(unpacked.root, { recursive: true, force: true });
    }
}
/** Untars a directory archive next to the local copy; the folder is the one holding toc.dat. */
async function unpackDirectory(file) {
    const root = `${file}.unpacked`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(root, { recursive: true });
    const run = await (0,_postgres_run_tool_js__WEBPACK_IMPORTED_MODULE_10__/* .runTool */ .qI)('tar', ['-xf', file, '-C', root, '--no-same-owner', '--no-same-permissions'], {});
    if (run.exitCode !== 0) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(root, { recursive: true, force: true });
        throw new RestoreError(`could not unpack the directory archive: ${run.stderr.trim().split('\n')[0]}`);
    }
    const toc = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(root, { recursive: true })).map(String).find((f) => node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(f) === 'toc.dat');
    if (!toc) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(root, { recursive: true, force: true });
        throw new RestoreError('the directory archive holds no toc.dat');
    }
    return { root, folder: node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(toc)) };
}
async function restoreFile(input) {
    const { container, target, logger } = input;
    const toolName = container === 'plain' ? 'psql' : 'pg_restore';
    let tool;
    try {
        tool = await (0,_postgres_binaries_js__WEBPACK_IMPORTED_MODULE_8__/* .findClientTool */ .vc)(toolName, { binDir: input.binDir ?? target.binDir });
    }
    catch (error) {
        throw new RestoreError((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .errorMessage */ .g)(error));
    }
    if (input.tables?.length && container === 'plain') {
        throw new RestoreError('a plain SQL backup can only be restored whole: --table needs a custom or tar archive (lifeboat extract --table reads one table from any format)');
    }
    let plan;
    if (container === 'plain') {
        logger.info('Reading the plain SQL script statement by statement');
        plan = await (0,_restore_plain_script_js__WEBPACK_IMPORTED_MODULE_11__/* .planPlainScript */ .F4)(input.file, scriptTargetOf(target));
        if (plan.refusals.length) {
            throw new _target_js__WEBPACK_IMPORTED_MODULE_17__/* .TargetRefusedError */ .Sr(`refusing to run the plain SQL script into ${target.database}: ${plan.refusals[0]}` +
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
        logger.info(`Created ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_18__/* .plural */ .LS)(created.length, 'role')} as NOLOGIN: ${created.join(', ')}`);
    // A script that creates its databases runs from the maintenance database, as pg_dumpall's are meant to.
    const createsDatabases = !!plan && target.kind === 'ephemeral' && (plan.cluster || plan.created.length > 0);
    const { dbname, env } = (0,_postgres_client_js__WEBPACK_IMPORTED_MODULE_9__/* .connectionForTools */ .Zx)(createsDatabases ? (0,_postgres_client_js__WEBPACK_IMPORTED_MODULE_9__/* .withDatabase */ .kR)(target.url, 'postgres') : target.url);
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
    const script = plan ? (0,_restore_plain_script_js__WEBPACK_IMPORTED_MODULE_11__/* .rewrittenScript */ .Up)(input.file, scriptTargetOf(target)) : undefined;
    const run = await runStreaming(tool.path, args, env, logger, script);
    if (run.exitCode !== 0 || run.spawnError) {
        throw new RestoreError(await describeFailure(container, tool, run, input));
    }
    const rewrite = plan && target.kind === 'url' ? (0,_restore_plain_script_js__WEBPACK_IMPORTED_MODULE_11__/* .describeRewrite */ .Ge)(plan, target.database) : undefined;
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
    const report = await (0,_archive_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readArchive */ .bL)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(input.file), { workers: 0, checkFields: false });
    const selection = (0,_restore_table_selection_js__WEBPACK_IMPORTED_MODULE_5__/* .selectTables */ .e)(report.toc, input.tables, node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(input.file));
    const missing = await missingPrerequisites(target, selection.prerequisites);
    const creatable = missing.filter((e) => e.desc === 'SCHEMA' || e.desc === 'TYPE' || e.desc === 'DOMAIN');
    const absent = missing.filter((e) => !creatable.includes(e));
    if (absent.length) {
        throw new RestoreError(`the selected tables need ${absent.map((e) => `${e.desc.toLowerCase()} ${e.namespace ? `${e.namespace}.` : ''}${e.tag}`).join(', ')}, ` +
            `which ${target.database} lacks: restore the whole backup into a scratch database, or use lifeboat extract --table for the data alone`);
    }
    const ids = new Set([...selection.ids, ...creatable.map((e) => e.dumpId)]);
    const ordered = report.toc.filter((e) => ids.has(e.dumpId)).map((e) => e.dumpId);
    const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(input.file), 'restore-tables.list');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(file, (0,_restore_table_selection_js__WEBPACK_IMPORTED_MODULE_5__/* .listFile */ .DK)(report.toc, ordered));
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
    return (0,_postgres_client_js__WEBPACK_IMPORTED_MODULE_9__/* .withClient */ .SV)(target.url, async (c) => {
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
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(cmd, args, {
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
                    stderr += `could not read the script: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .errorMessage */ .g)(error)}\n`;
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
        const lines = node_readline__WEBPACK_IMPORTED_MODULE_6___default().createInterface({ input: child.stderr });
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
    const newer = (0,_integrity_pg_restore_sink_js__WEBPACK_IMPORTED_MODULE_7__/* .unsupportedArchiveVersion */ .ks)(run.stderr);
    if (newer)
        return newerDumpMessage(newer, tool, input.pgDumpVersion);
    if (run.signal)
        return `${container === 'plain' ? 'psql' : 'pg_restore'} was killed by ${run.signal}`;
    if (container !== 'plain')
        return (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_16__/* .redactSecrets */ .fp)(`pg_restore failed: ${(0,_integrity_pg_restore_sink_js__WEBPACK_IMPORTED_MODULE_7__/* .firstPgError */ .wm)(run.stderr)}`);
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
    return (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_16__/* .redactSecrets */ .fp)(message);
}
function newerDumpMessage(archiveVersion, tool, pgDumpVersion) {
    const needs = (0,_integrity_pg_restore_sink_js__WEBPACK_IMPORTED_MODULE_7__/* .minimumMajorForArchive */ .dr)(archiveVersion);
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
        return m ? (0,_postgres_binaries_js__WEBPACK_IMPORTED_MODULE_8__/* .tryParsePgVersion */ .sf)(`PostgreSQL ${m[1]}`) : undefined;
    }
    finally {
        await handle.close();
    }
}
async function rolesFromArchive(tool, file, container, pgDumpVersion) {
    // The schema as SQL holds every OWNER TO, GRANT … TO and CREATE POLICY … TO; it is small (no data).
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(tool.path, ['--schema-only', `--format=${FORMAT_FLAG[container]}`, '-f', '-', file], {
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
        const newer = (0,_integrity_pg_restore_sink_js__WEBPACK_IMPORTED_MODULE_7__/* .unsupportedArchiveVersion */ .ks)(stderr);
        if (newer)
            throw new RestoreError(newerDumpMessage(newer, tool, pgDumpVersion));
        throw new RestoreError((0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_16__/* .redactSecrets */ .fp)(`pg_restore could not read the archive's schema: ${(0,_integrity_pg_restore_sink_js__WEBPACK_IMPORTED_MODULE_7__/* .firstPgError */ .wm)(stderr)}`));
    }
    return roles;
}
/** Every role name a schema script's statements reference, in first-seen order. COPY data is not read. */
async function rolesFromStream(input) {
    const roles = new _restore_referenced_roles_js__WEBPACK_IMPORTED_MODULE_12__/* .RoleCollector */ .Sy();
    for await (const item of (0,_restore_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_14__/* .lexPlainSql */ .mf)(input))
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
    const roles = (0,_restore_role_specs_js__WEBPACK_IMPORTED_MODULE_13__/* .rolesToCreate */ .P4)(referenced, specs);
    if (roles.length === 0)
        return [];
    const specOf = new Map(specs.map((s) => [s.name, s]));
    const needed = new Set(referenced);
    return (0,_postgres_client_js__WEBPACK_IMPORTED_MODULE_9__/* .withClient */ .SV)(target.url, async (c) => {
        const existing = await c.query('SELECT rolname FROM pg_roles WHERE rolname = ANY($1)', [
            roles,
        ]);
        const have = new Set(existing.rows.map((r) => r.rolname));
        const created = [];
        const tryQuery = (sql) => c.query(sql).then(() => undefined, (error) => error);
        for (const role of roles) {
            if (have.has(role))
                continue;
            let error = await tryQuery((0,_restore_role_specs_js__WEBPACK_IMPORTED_MODULE_13__/* .createRoleSql */ .Zn)(c, role, specOf.get(role)));
            if (error && error.code === '42710')
                continue;
            if (error && specOf.has(role) && needed.has(role)) {
                logger.warning((0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_16__/* .redactSecrets */ .fp)(`role ${role} created without its recorded attributes: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .errorMessage */ .g)(error)}`));
                error = await tryQuery((0,_restore_role_specs_js__WEBPACK_IMPORTED_MODULE_13__/* .createRoleSql */ .Zn)(c, role));
            }
            if (!error) {
                created.push(role);
            }
            else if (needed.has(role)) {
                throw new RestoreError((0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_16__/* .redactSecrets */ .fp)(`cannot create role ${role}, which the archive references (owners, grants, policies): ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .errorMessage */ .g)(error)}; ` +
                    'create it on the target first or give the target user CREATEROLE'));
            }
            else {
                logger.warning((0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_16__/* .redactSecrets */ .fp)(`recorded role ${role} not created: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .errorMessage */ .g)(error)}`));
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
                    logger.warning((0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_16__/* .redactSecrets */ .fp)(`role ${role} not made a member of ${group}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .errorMessage */ .g)(error)}`));
            }
        }
        return created;
    });
}


/***/ }),

/***/ 3681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kq: () => (/* binding */ expectedChecksum),
  wq: () => (/* binding */ restorable),
  cG: () => (/* binding */ rtoParts),
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
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/stores/store.ts
var stores_store = __webpack_require__(4703);
// EXTERNAL MODULE: ./src/integrity/decode-layers.ts + 1 modules
var decode_layers = __webpack_require__(354);
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
// EXTERNAL MODULE: ./src/drill/target.ts + 2 modules
var drill_target = __webpack_require__(2860);
// EXTERNAL MODULE: ./src/postgres/client.ts
var client = __webpack_require__(8620);
// EXTERNAL MODULE: ./src/postgres/row-counts.ts
var row_counts = __webpack_require__(3804);
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

// EXTERNAL MODULE: ./src/drill/postgres-version.ts + 1 modules
var postgres_version = __webpack_require__(8353);
// EXTERNAL MODULE: ./src/util/interrupt.ts
var interrupt = __webpack_require__(8479);
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
            ...(settings.database ? { database: settings.database } : {}),
            checks: checks.map(redactCheck),
            started_at: startedAt.toISOString(),
            finished_at: clock().toISOString(),
            ...extra,
            ...(extra.refused ? { refused: (0,secrets/* redactSecrets */.fp)(extra.refused) } : {}),
            ...(Object.keys(phases).length ? { phases } : {}),
        };
        return result;
    };
    const listing = await (0,list_backups/* listBackups */.Cw)(store, { timezone: settings.timezone, database: settings.database }, logger);
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
        display: { value: backup.key },
    });
    extra = { backup: { key: backup.key, time: backup.time.toISOString(), size: backup.size } };
    /**
     * The backup's age as the data a restore would lose. Only a drill that restored proved anything
     * about it: otherwise it is neutral (skipped), never a green tick next to a failed restore.
     */
    const rpoCheck = (restored = false) => {
        const rpo = Math.max(0, Math.round((clock().getTime() - backup.time.getTime()) / 1000));
        extra.rpo_seconds = rpo;
        const over = rpo > settings.rpoTargetSeconds;
        return {
            id: 'rpo',
            status: over ? 'critical' : restored ? 'ok' : 'skipped',
            summary: `the backup is ${(0,format/* formatDuration */.a3)(rpo)} old: restoring it now loses ${(0,format/* formatDuration */.a3)(rpo)} of data${over ? `, more than the RPO target ${(0,format/* formatDuration */.a3)(settings.rpoTargetSeconds)}` : ''}${restored ? '' : ' (nothing was restored)'}`,
            ...(0,report/* measure */.xP)('seconds', rpo, { threshold: settings.rpoTargetSeconds }),
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
    const onSignal = interrupt/* exitOnSignal */.aQ;
    process.on('exit', removeWorkDir);
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
    let keepTarget = false;
    try {
        // Clusters live in TMPDIR, local copies in the work parent (the same, unless a test says otherwise).
        for (const parent of new Set([external_node_os_default().tmpdir(), deps.workParentDir ?? external_node_os_default().tmpdir()]))
            await reapOrphans(logger, parent);
        if (settings.target !== 'ephemeral') {
            try {
                target = await (0,drill_target/* openUrlTarget */.RP)(settings.target, {
                    allowOverwrite: settings.allowOverwrite,
                    productionDatabaseUrl: settings.productionDatabaseUrl,
                    lookup: deps.lookup,
                    env: deps.env,
                });
            }
            catch (error) {
                checks.push({ id: 'target', status: 'critical', summary: (0,errors/* errorMessage */.g)(error) });
                if (error instanceof drill_target/* TargetRefusedError */.Sr)
                    extra.refused = error.message;
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
        await markOwned(workDir);
        result.workDir = workDir;
        logger.info(`Working directory ${workDir}`);
        // The PostgreSQL the backup came from: from its manifest now, else from the archive once fetched.
        let versions = (0,postgres_version/* versionsFromManifest */.Ns)(backup.manifest);
        const bootTarget = () => {
            const bootStart = Date.now();
            const major = (0,postgres_version/* wantedMajor */.n2)(settings.postgresVersion, versions);
            pendingTarget = (async () => {
                const binDir = major === undefined
                    ? settings.postgresBinDir
                    : (await (0,postgres_version/* binariesForMajor */.iM)(major, {
                        binDir: settings.postgresBinDir,
                        env: deps.env ?? process.env,
                        logger,
                        versions,
                        runner: deps.runner,
                    })).binDir;
                return (0,drill_target/* startEphemeralTarget */.hT)({
                    binDir,
                    database: (0,drill_target/* restoreDatabaseName */.N1)(backup.manifest?.database),
                    logger,
                    parentDir: deps.clusterParentDir,
                });
            })().then((t) => {
                phases.target = seconds(Date.now() - bootStart);
                result.target = { kind: 'ephemeral', description: t.description, tempDir: t.tempDir, dataDir: t.dataDir };
                logger.info(`Target: ${t.description}`);
                target = t;
                return t;
            });
            // Awaited below; until then a failure must not surface as an unhandled rejection.
            pendingTarget.catch(() => undefined);
        };
        // Booted alongside the fetch when the major is already known (or not wanted); otherwise it
        // waits for the archive's header to say which major to boot.
        const bootNow = settings.postgresVersion.kind !== 'auto' || versions !== undefined;
        if (!target && bootNow)
            bootTarget();
        logger.info(`Fetching ${backup.key} (${(0,format/* formatBytes */.z3)(backup.size)})`);
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
            // A read that failed after its retries already names the key, the cause and the offset.
            const why = error instanceof stores_store/* StoreError */.A ? (0,errors/* errorMessage */.g)(error) : `cannot read ${backup.key}: ${(0,errors/* errorMessage */.g)(error)}`;
            checks.push({ id: 'fetch', status: 'critical', summary: why });
        }
        phases.fetch = seconds(Date.now() - fetchStart);
        if (fetched) {
            const integrity = fetched.integrity;
            extra.backup = { ...extra.backup, format: integrity.format.description, sha256: integrity.sha256 };
            // The restore reads every data block; a separate content pass would only repeat it.
            checks.push(...integrity.checks.filter((c) => c.id !== 'content' && !(c.id === 'checksum' && sidecarUnreadable)));
        }
        const container = fetched ? restorable(fetched) : { why: 'the backup could not be fetched' };
        if (!('why' in container) && container.container !== 'directory') {
            versions ??= await (0,postgres_version/* versionsFromArchive */.uN)(fetched.file, container.container).catch(() => undefined);
        }
        if (!target && !pendingTarget && !('why' in container) && !checks.some((c) => c.status === 'critical')) {
            bootTarget();
        }
        if (pendingTarget) {
            try {
                await pendingTarget;
            }
            catch (error) {
                checks.push({
                    id: 'target',
                    status: 'critical',
                    summary: error instanceof postgres_version/* PostgresVersionUnavailable */.WU
                        ? error.message
                        : `could not start the ephemeral cluster: ${(0,errors/* errorMessage */.g)(error)}`,
                });
            }
        }
        if (target && !checks.some((c) => c.id === 'target')) {
            checks.push({ id: 'target', status: 'ok', summary: target.description });
        }
        const blocked = checks.find((c) => c.status === 'critical');
        if (!target || blocked || 'why' in container) {
            const why = blocked ? `${blocked.id}: ${blocked.summary}` : 'why' in container ? container.why : 'no target';
            checks.push({ id: 'restore', status: 'critical', summary: `not attempted: ${why}` });
            checks.push(rpoCheck());
            return finish();
        }
        const restoreStart = Date.now();
        let scriptDatabases;
        try {
            const restored = await (0,restore/* restoreArchive */.By)({
                file: fetched.file,
                container: container.container,
                target,
                jobs: settings.jobs,
                binDir: settings.postgresBinDir,
                logger,
                pgDumpVersion: backup.manifest?.pg_dump_version,
                // The backup's own record of its roles; without one, what the checks file declares.
                roles: backup.manifest?.roles ?? deps.checks?.roles,
            });
            scriptDatabases = restored.databases;
            checks.push({
                id: 'restore',
                status: 'ok',
                summary: `${restored.summary} in ${(0,format/* formatDuration */.a3)((Date.now() - restoreStart) / 1000)}`,
                ...(0,report/* measure */.xP)('seconds', seconds(Date.now() - restoreStart)),
            });
            checks.push((0,postgres_version/* postgresVersionCheck */.Iw)({ major: target.serverMajor, version: target.serverVersion }, versions, settings.postgresVersion));
        }
        catch (error) {
            phases.restore = seconds(Date.now() - restoreStart);
            const message = error instanceof restore/* RestoreError */.DZ || error instanceof drill_target/* TargetRefusedError */.Sr
                ? error.message
                : `restore failed: ${(0,errors/* errorMessage */.g)(error)}`;
            checks.push({ id: 'restore', status: 'critical', summary: message });
            // A script that would write outside the target was refused before psql ran: nothing was written.
            if (error instanceof drill_target/* TargetRefusedError */.Sr)
                extra.refused = error.message;
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
            manifestCounting: backup.manifest?.counting,
            scannedTables: fetched.integrity.tables,
            checks: deps.checks,
            backupTime: backup.time,
            rpoTargetSeconds: settings.rpoTargetSeconds,
            amcheck: settings.amcheck || deps.checks?.amcheck === true,
            smokeCommand: settings.smokeCommand,
            databases: scriptDatabases,
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
            summary: `${rtoParts(phases, rto)}: ` +
                `recovered in ${(0,format/* formatDuration */.a3)(rto)}${overRto ? `, more than the RTO target ${(0,format/* formatDuration */.a3)(settings.rtoTargetSeconds)}` : ` (target ${(0,format/* formatDuration */.a3)(settings.rtoTargetSeconds)})`}`,
            value: rto,
            threshold: settings.rtoTargetSeconds,
        });
        checks.push(rpoCheck(true));
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
        return { why: `${format.description}: encrypted, and no key was given: set ${(0,decode_layers/* keyInputFor */.Hs)(format.encryption)}` };
    }
    if (format.compression !== 'none' && format.compression !== 'gzip') {
        return { why: `${format.description}: ${format.compression} is not supported by the drill yet` };
    }
    if (format.container === 'unknown')
        return { why: `not a PostgreSQL backup: ${format.description}` };
    return { container: format.directory ? 'directory' : format.container };
}
/** `du -s` of a freshly initdb'd PostgreSQL 15 data directory: 42 MB. */
const EMPTY_CLUSTER_BYTES = 42 * 1024 * 1024;
/** WAL segments kept around during a restore (wal_level minimal still writes index builds' WAL). */
const WAL_HEADROOM_BYTES = 64 * 1024 * 1024;
const WAL_SHARE = 0.1;
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
            ...(0,report/* measure */.xP)('bytes', free, { threshold: needed }),
        };
    }
    return {
        id: 'disk',
        status: 'ok',
        summary: `${(0,format/* formatBytes */.z3)(free)} free in ${dir}; ${what} need about ${(0,format/* formatBytes */.z3)(needed)}`,
        ...(0,report/* measure */.xP)('bytes', free, { threshold: needed }),
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
        ...(check.display?.value ? { display: { ...check.display, value: (0,secrets/* redactSecrets */.fp)(check.display.value) } } : {}),
    };
}


/***/ }),

/***/ 2860:
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
;// CONCATENATED MODULE: ./src/drill/target.ts





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
/* unused harmony exports stopAllClusters, detachCluster, liveClusterCount, findFreePort, waitForPostgres */
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
