export const id = 292;
export const ids = [292];
export const modules = {

/***/ 292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  extractCommand: () => (/* binding */ extractCommand),
  extractOptions: () => (/* reexport */ recovery_settings/* extractOptions */.Wi)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/restore/restore-runner.ts + 2 modules
var restore_runner = __webpack_require__(4064);
// EXTERNAL MODULE: ./src/archive/plain-sql-lexer.ts
var plain_sql_lexer = __webpack_require__(6408);
// EXTERNAL MODULE: ./src/bytes/pg-restore-sink.ts
var pg_restore_sink = __webpack_require__(4417);
// EXTERNAL MODULE: ./src/postgres/binaries.ts
var binaries = __webpack_require__(1758);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
// EXTERNAL MODULE: ./src/recovery/fetch-selected.ts
var fetch_selected = __webpack_require__(9925);
// EXTERNAL MODULE: ./src/recovery/recovery-settings.ts
var recovery_settings = __webpack_require__(7408);
;// CONCATENATED MODULE: ./src/recovery/extract-table.ts










/**
 * The runbook's "partial table restore" without a temporary database: one table's data from a
 * backup as SQL (the SET preamble and `COPY … FROM stdin` with its rows) on `out`, to be loaded with
 * psql into a database that has the table. The backup is chosen, read and checked as the drill
 * does; custom and tar archives go through `pg_restore --data-only`, plain SQL dumps are cut.
 */
async function extractTable(settings, out, environment) {
    const name = (0,recovery_settings/* qualifiedName */.OL)(settings.table);
    return (0,fetch_selected/* withFetchedBackup */.QH)(settings, environment, 'an extract', async (f) => {
        (0,fetch_selected/* requireTables */.Dr)(f, [settings.table]);
        const counter = new CopyRowCounter();
        const sink = (chunk) => writeWithBackpressure(out, chunk, counter);
        if (f.container === 'plain')
            await cutPlain(f.fetched.file, settings.table, sink);
        else
            await pgRestoreData(f, settings, sink);
        const expected = f.backup.manifest?.tables[name]?.rows ?? f.fetched.integrity.tables?.find((t) => t.name === name)?.rows;
        return {
            backup: { key: f.backup.key, time: f.backup.time.toISOString() },
            table: name,
            rows: counter.rows,
            ...(expected !== undefined ? { expected_rows: expected } : {}),
        };
    });
}
async function pgRestoreData(f, settings, sink) {
    const tool = await (0,binaries/* findClientTool */.vc)('pg_restore', { binDir: settings.postgresBinDir }).catch((error) => {
        throw new fetch_selected/* RecoveryError */.gN((0,errors/* errorMessage */.g)(error));
    });
    const child = (0,external_node_child_process_.spawn)(tool.path, [
        '--data-only',
        `--format=${f.container === 'tar' ? 't' : 'c'}`,
        `--schema=${settings.table.schema}`,
        `--table=${settings.table.table}`,
        '--file=-',
        f.fetched.file,
    ], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d) => {
        stderr = (stderr + d).slice(-16 * 1024);
    });
    const closed = new Promise((resolve) => {
        child.on('error', (error) => {
            stderr += error.message;
            resolve(null);
        });
        child.on('close', (code) => resolve(code));
    });
    for await (const chunk of child.stdout)
        await sink(chunk);
    const code = await closed;
    if (code !== 0) {
        const newer = (0,pg_restore_sink/* unsupportedArchiveVersion */.ks)(stderr);
        if (newer)
            throw new fetch_selected/* RecoveryError */.gN((0,restore_runner/* newerDumpMessage */.ZJ)(newer, tool, f.backup.manifest?.pg_dump_version));
        throw new fetch_selected/* RecoveryError */.gN((0,secrets/* redactSecrets */.fp)(`pg_restore ${tool.version} failed: ${(0,pg_restore_sink/* firstPgError */.wm)(stderr)}`));
    }
}
/** `COPY schema.table (…) FROM stdin;` → its (schema, table), names as SQL reads them. */
function copyTarget(sql) {
    const tokens = (0,plain_sql_lexer/* tokenize */.qw)(sql);
    const name = (i) => tokens[i]?.kind === 'quoted' ? tokens[i].text : tokens[i]?.lower;
    const dotted = tokens[2]?.kind === 'op' && tokens[2].text === '.';
    const schema = dotted ? name(1) : 'public';
    const table = dotted ? name(3) : name(1);
    return schema !== undefined && table !== undefined ? { schema, table } : undefined;
}
/**
 * From a plain dump: the session settings of its head (encoding, search_path, standard strings: the
 * COPY text depends on them) and the table's COPY block, found statement by statement (a COPY line
 * inside a string or comment is not one). The rest of the dump is skipped unread by psql.
 */
async function cutPlain(file, table, sink) {
    let head = true;
    let ours = false;
    let found = false;
    for await (const item of (0,plain_sql_lexer/* lexPlainSql */.mf)((0,external_node_fs_.createReadStream)(file))) {
        if (item.kind === 'statement') {
            if (item.copyFromStdin) {
                head = false;
                const target = copyTarget(item.sql);
                ours = target?.schema === table.schema && target.table === table.table;
                if (ours) {
                    found = true;
                    await sink(`\n${item.sql}\n`);
                }
            }
            else if (head && /^(SET |SELECT pg_catalog\.set_config\()/.test(item.sql))
                await sink(`${item.sql}\n`);
            else if (head && /^(CREATE|ALTER|COMMENT|GRANT|REVOKE) /.test(item.sql))
                head = false;
        }
        else if (ours && (item.kind === 'copy-data' || item.kind === 'copy-end')) {
            // Bytes, not text: a chunk may end inside a multibyte character.
            await sink(item.kind === 'copy-data' ? item.bytes : Buffer.from(item.raw, 'latin1'));
            if (item.kind === 'copy-end')
                break;
        }
    }
    if (!found)
        throw new fetch_selected/* RecoveryError */.gN(`the plain SQL dump holds no COPY data for ${(0,recovery_settings/* qualifiedName */.OL)(table)}`);
}
/** Counts the data lines of COPY blocks as they stream past (a row never holds a raw newline). */
class CopyRowCounter {
    rows = 0;
    carry = '';
    inCopy = false;
    feed(chunk) {
        const text = this.carry + (typeof chunk === 'string' ? chunk : chunk.toString('latin1'));
        const lines = text.split('\n');
        this.carry = lines.pop() ?? '';
        for (const line of lines) {
            if (this.inCopy) {
                if (line === '\\.')
                    this.inCopy = false;
                else
                    this.rows++;
            }
            else if (/^COPY .* FROM stdin;$/.test(line)) {
                this.inCopy = true;
            }
        }
    }
}
function writeWithBackpressure(out, chunk, counter) {
    counter.feed(chunk);
    if (out.write(chunk))
        return Promise.resolve();
    return new Promise((resolve) => out.once('drain', () => resolve()));
}

// EXTERNAL MODULE: ./src/settings/messages.ts
var messages = __webpack_require__(5045);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/settings/options.ts + 2 modules
var options = __webpack_require__(266);
// EXTERNAL MODULE: ./src/cli/cli-logger.ts
var cli_logger = __webpack_require__(1877);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/extract-command.ts









/** The option table `--help` shows, beside the command that runs with it. */

async function extractCommand(argv, ctx) {
    const raw = (0,flags/* parseFlags */.bQ)('extract', recovery_settings/* extractOptions */.Wi, argv, ctx.env);
    (0,options/* registerSecrets */.dg)(recovery_settings/* extractOptions */.Wi, raw);
    const settings = (0,recovery_settings/* parseExtractSettings */._s)(raw);
    // stdout carries the SQL: everything said about the work goes to stderr.
    const reword = (m) => (0,messages/* cliWording */.F)(m, recovery_settings/* extractOptions */.Wi);
    const logger = (0,cli_logger/* cliLogger */.$)(ctx.stderr, { reword });
    try {
        const result = await extractTable(settings, ctx.stdout, { env: ctx.env, logger });
        const expected = result.expected_rows === undefined ? '' : ` (the backup holds ${(0,format/* formatCount */.B4)(result.expected_rows)})`;
        logger.info(`Wrote ${(0,format/* plural */.LS)(result.rows, 'row')} of ${result.table} from ${result.backup.key}${expected}`);
        if (result.expected_rows !== undefined && result.rows !== result.expected_rows) {
            logger.error(`extracted ${(0,format/* plural */.LS)(result.rows, 'row')} but the backup holds ${(0,format/* formatCount */.B4)(result.expected_rows)}: do not trust this output`);
            return 2;
        }
        return 0;
    }
    catch (error) {
        if (error instanceof fetch_selected/* RecoveryError */.gN) {
            ctx.stderr.write(`lifeboat extract: ${(0,secrets/* redactSecrets */.fp)(reword(error.message))}\n`);
            return 2;
        }
        throw error;
    }
}


/***/ }),

/***/ 9925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ requireTables),
/* harmony export */   QH: () => (/* binding */ withFetchedBackup),
/* harmony export */   gN: () => (/* binding */ RecoveryError)
/* harmony export */ });
/* harmony import */ var _discovery_list_backups_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6654);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _discovery_manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(281);
/* harmony import */ var _restore_fetch_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3338);
/* harmony import */ var _restore_restorable_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6747);
/* harmony import */ var _restore_select_backup_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(2455);
/* harmony import */ var _stores_open_store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9660);
/* harmony import */ var _stores_readable_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2228);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(17);
/* harmony import */ var _bytes_pg_restore_sink_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4417);
/* harmony import */ var _recovery_settings_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7408);
/* harmony import */ var _restore_table_selection_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2817);
/* harmony import */ var _util_cleanup_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4532);














/** The backup could not be found, read or trusted: nothing was written anywhere. Exit 2. */
class RecoveryError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RecoveryError';
    }
}
/**
 * The drill's select → fetch + verify steps, for the on-call commands: the backup is chosen the same
 * way, read once into a local copy with its checksum and table of contents proven on the way, and
 * refused when anything is wrong with it (a restore from a corrupt backup is worse than none).
 * `onWorkDir` learns the local copy's directory as soon as it exists: the caller removes it.
 */
async function fetchSelected(store, settings, logger, onWorkDir) {
    const listing = await (0,_discovery_list_backups_js__WEBPACK_IMPORTED_MODULE_0__/* .listBackups */ .Cw)(store, { timezone: settings.timezone, database: settings.database }, logger);
    if (!listing.backups)
        throw new RecoveryError(listing.check.summary);
    const selection = (0,_restore_select_backup_js__WEBPACK_IMPORTED_MODULE_13__/* .selectBackup */ .V)(listing.backups, settings.backup);
    if (!selection.backup)
        throw new RecoveryError(`${selection.reason} in ${store.displayUrl}`);
    const backup = selection.backup;
    logger.info(`Backup ${backup.key}, taken ${backup.time.toISOString()} (${selection.reason})`);
    const workDir = await (0,_util_cleanup_js__WEBPACK_IMPORTED_MODULE_12__/* .makeTempDir */ .mk)(node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), 'lifeboat-recovery-');
    onWorkDir(workDir);
    const fetched = await (0,_restore_fetch_js__WEBPACK_IMPORTED_MODULE_4__/* .fetchBackup */ .T)(store, backup, {
        file: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(workDir.path, 'backup'),
        expected: await (0,_discovery_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .expectedChecksum */ .kq)(store, backup),
        pgRestore: (0,_bytes_pg_restore_sink_js__WEBPACK_IMPORTED_MODULE_9__/* .pgRestoreResolver */ .QD)(settings.postgresBinDir),
        logger,
        decryption: { passphrase: settings.decryptionPassphrase, ageIdentity: settings.ageIdentity },
    }).catch((error) => {
        throw new RecoveryError(`cannot read ${backup.key}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .g)(error)}`);
    });
    // The restore itself reads every data block: the content check would repeat it.
    const checks = fetched.integrity.checks.filter((c) => c.id !== 'content');
    const bad = checks.find((c) => c.status === 'critical');
    if (bad)
        throw new RecoveryError(`${backup.key} failed its ${bad.id} check: ${bad.summary}`);
    const container = (0,_restore_restorable_js__WEBPACK_IMPORTED_MODULE_5__/* .restorable */ .w)(fetched);
    if ('why' in container)
        throw new RecoveryError(`cannot restore ${backup.key}: ${container.why}`);
    return { backup, reason: selection.reason, fetched, container: container.container, checks, workDir: workDir.path };
}
/**
 * Refuses table names the archive does not hold: pg_restore --table would silently select nothing.
 * Judged from the archive reader's per-table counts; when it could not count, pg_restore decides.
 */
function requireTables(f, tables) {
    const have = f.fetched.integrity.tables?.map((t) => t.name);
    if (!have)
        return;
    const missing = tables.filter((t) => !have.includes((0,_recovery_settings_js__WEBPACK_IMPORTED_MODULE_10__/* .qualifiedName */ .OL)(t)));
    if (missing.length === 0)
        return;
    // The reader's names are "schema.table" unquoted: the first dot is the best split there is.
    const known = have.map((n) => ({ schema: n.slice(0, n.indexOf('.')), table: n.slice(n.indexOf('.') + 1) }));
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .d((0,_restore_table_selection_js__WEBPACK_IMPORTED_MODULE_11__/* .unknownTablesMessage */ .$i)(f.backup.key, missing, known));
}
/**
 * Runs `work` (a restore, an extract: `what`, for the refusal of a store that cannot be read) on the
 * backup fetched from the settings' source, and always deletes the local copy and closes the store.
 */
async function withFetchedBackup(settings, environment, what, work) {
    const store = (0,_stores_readable_js__WEBPACK_IMPORTED_MODULE_7__/* .requireReadable */ .CM)((0,_stores_open_store_js__WEBPACK_IMPORTED_MODULE_6__/* .openStore */ .Ch)(settings.source, { env: environment.env, forcePathStyle: settings.s3ForcePathStyle }), what);
    // The local copy can be as large as the backup: an interrupted restore must not leave it in /tmp.
    let workDir;
    try {
        return await (0,_util_cleanup_js__WEBPACK_IMPORTED_MODULE_12__/* .interruptible */ .In)(async () => {
            try {
                const fetched = await fetchSelected(store, settings, environment.logger, (dir) => (workDir = dir));
                return await work(fetched);
            }
            finally {
                await workDir?.remove();
            }
        });
    }
    finally {
        (0,_stores_open_store_js__WEBPACK_IMPORTED_MODULE_6__/* .closeStore */ .Ej)(store);
    }
}


/***/ }),

/***/ 7408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OL: () => (/* binding */ qualifiedName),
/* harmony export */   VN: () => (/* binding */ parseRestoreSettings),
/* harmony export */   Wi: () => (/* binding */ extractOptions),
/* harmony export */   _s: () => (/* binding */ parseExtractSettings),
/* harmony export */   li: () => (/* binding */ restoreOptions)
/* harmony export */ });
/* unused harmony export parseTableName */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2857);
/* harmony import */ var _postgres_identifiers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9467);
/* harmony import */ var _settings_decryption_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9616);
/* harmony import */ var _settings_discovery_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1491);
/* harmony import */ var _settings_postgres_bin_dir_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8072);
/* harmony import */ var _settings_restore_target_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6614);
/* harmony import */ var _settings_selection_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2975);
/* harmony import */ var _settings_settings_group_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3378);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(17);









/**
 * `schema.table`, or a bare `table` in public, as SQL reads names: unquoted parts fold to lower case,
 * `public."Order Items"` and `"tenant.acme".orders` keep theirs.
 */
function parseTableName(text) {
    try {
        return (0,_postgres_identifiers_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTableIdentifier */ .xt)(text);
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .d(`Invalid table "${text}": ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .g)(error)}; expected schema.table as SQL names, like public.inventory_ledger or public."Order Items"`);
    }
}
function qualifiedName(t) {
    return `${t.schema}.${t.table}`;
}
/**
 * `lifeboat restore` and `lifeboat extract` find, select and decrypt backups as the drill does: the
 * same groups, so the same flag means the same thing, with the same message, in all three commands.
 */
const fetching = [(0,_settings_discovery_js__WEBPACK_IMPORTED_MODULE_2__/* .discovery */ .HD)(), (0,_settings_selection_js__WEBPACK_IMPORTED_MODULE_5__/* .selection */ .r1)(), _settings_postgres_bin_dir_js__WEBPACK_IMPORTED_MODULE_3__/* .restoreBinDir */ .H, _settings_decryption_js__WEBPACK_IMPORTED_MODULE_1__/* .decryption */ .M];
const restoreSettings = (0,_settings_settings_group_js__WEBPACK_IMPORTED_MODULE_6__/* .composeSettings */ .s)(...fetching, (0,_settings_restore_target_js__WEBPACK_IMPORTED_MODULE_4__/* .restoreTarget */ .k)('restore'), (0,_settings_settings_group_js__WEBPACK_IMPORTED_MODULE_6__/* .settingsGroup */ .h)({
    table: {
        description: 'Restore only this table, a SQL name like public.orders or public."Order Items" (its definition, data and dependents); repeat for more. Default: everything.',
    },
}, {}, () => ({})));
const extractSettings = (0,_settings_settings_group_js__WEBPACK_IMPORTED_MODULE_6__/* .composeSettings */ .s)(...fetching, (0,_settings_settings_group_js__WEBPACK_IMPORTED_MODULE_6__/* .settingsGroup */ .h)({
    table: {
        description: 'The table whose data to write to stdout as SQL (COPY … FROM stdin), a SQL name like public.orders or public."Order Items"; load it with psql.',
        required: true,
    },
}, { table: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP() }, (_v, raw) => ({ table: parseTableName(raw.table ?? '') })));
const restoreOptions = restoreSettings.options;
const extractOptions = extractSettings.options;
/** `tables` are the repeated --table values (the flag parser keeps only the last of a repeated flag). */
function parseRestoreSettings(raw, tables) {
    return { ...restoreSettings.parse(raw), tables: tables.map(parseTableName) };
}
function parseExtractSettings(raw) {
    return extractSettings.parse(raw);
}


/***/ })

};
