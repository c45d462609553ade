export const id = 615;
export const ids = [615];
export const modules = {

/***/ 5615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  restoreCommand: () => (/* binding */ restoreCommand),
  restoreOptions: () => (/* reexport */ recovery_settings/* restoreOptions */.li),
  takeRepeated: () => (/* binding */ takeRepeated)
});

// EXTERNAL MODULE: ./src/restore/target.ts + 2 modules
var restore_target = __webpack_require__(5728);
// EXTERNAL MODULE: ./src/recovery/fetch-selected.ts
var fetch_selected = __webpack_require__(9925);
// EXTERNAL MODULE: ./src/recovery/recovery-settings.ts
var recovery_settings = __webpack_require__(7408);
// EXTERNAL MODULE: ./src/restore/restore-runner.ts + 2 modules
var restore_runner = __webpack_require__(4064);
// EXTERNAL MODULE: ./src/postgres/client.ts
var client = __webpack_require__(8620);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/recovery/restore-backup.ts







/**
 * The on-call restore (`lifeboat restore`): the drill's selection, fetch, checks and restore, into a
 * database the caller keeps. The target's safety rules come first, before anything is downloaded:
 * the production database is always refused (TargetRefusedError), a database holding tables needs
 * allowOverwrite. Nothing is written to the target unless the backup passed its checks.
 */
async function restoreBackup(settings, environment) {
    const { logger } = environment;
    const target = await (0,restore_target/* openUrlTarget */.RP)(settings.target, {
        allowOverwrite: settings.allowOverwrite,
        productionDatabaseUrl: settings.productionDatabaseUrl,
        lookup: environment.lookup,
        env: environment.env,
    });
    logger.info(`Target ${target.description}${target.hadTables ? ': holds tables, restoring over them (--allow-overwrite)' : ''}`);
    return (0,fetch_selected/* withFetchedBackup */.QH)(settings, environment, 'a restore', async (f) => {
        (0,fetch_selected/* requireTables */.Dr)(f, settings.tables);
        const started = Date.now();
        let summary;
        let databases;
        try {
            const restored = await (0,restore_runner/* restoreArchive */.By)({
                file: f.fetched.file,
                container: f.container,
                target,
                jobs: settings.jobs,
                binDir: settings.postgresBinDir,
                logger,
                pgDumpVersion: f.backup.manifest?.pg_dump_version,
                tables: settings.tables,
                toc: f.fetched.integrity.toc,
            });
            summary = `${restored.summary} in ${(0,format/* formatDuration */.a3)((Date.now() - started) / 1000)}`;
            databases = restored.databases;
        }
        catch (error) {
            // A script that would write outside the target is a refusal (exit 3), like a refused target.
            if (error instanceof restore_target/* TargetRefusedError */.Sr || error instanceof errors/* InputError */.d)
                throw error;
            throw new fetch_selected/* RecoveryError */.gN(error instanceof restore_runner/* RestoreError */.DZ ? error.message : `restore failed: ${(0,errors/* errorMessage */.g)(error)}`);
        }
        const names = settings.tables.length ? settings.tables : undefined;
        // Without a manifest the reader's exact COPY counts are the expectation: a restore that left the
        // target empty (or put the tables elsewhere) is never "RESTORED".
        const expected = f.backup.manifest?.tables ?? scannedExpectations(f.fetched.integrity.tables, databases);
        const source = f.backup.manifest ? 'the manifest' : "the dump's COPY blocks";
        const tables = await countTables(target.url, names, expected);
        if (!names) {
            const counted = new Set(tables.map((t) => t.name));
            for (const [name, { rows }] of Object.entries(expected ?? {})) {
                if (!counted.has(name))
                    tables.push({ name, rows: 0, expected_rows: rows });
            }
        }
        const wrong = tables.filter((t) => t.expected_rows !== undefined && t.rows !== t.expected_rows);
        const checks = [
            { id: 'backup', status: 'ok', summary: `${f.backup.key}, taken ${f.backup.time.toISOString()} (${f.reason})` },
            ...f.checks,
            { id: 'restore', status: 'ok', summary },
            {
                id: 'rows',
                status: wrong.length ? 'critical' : 'ok',
                summary: wrong.length
                    ? `${wrong.map((t) => `${t.name} has ${(0,format/* formatCount */.B4)(t.rows)} rows, ${source} says ${(0,format/* formatCount */.B4)(t.expected_rows ?? 0)}`).join('; ')}`
                    : `${(0,format/* plural */.LS)(tables.length, 'table')}, ${(0,format/* plural */.LS)(tables.reduce((n, t) => n + t.rows, 0), 'row')}` + (f.backup.manifest ? ', as in the backup manifest' : expected ? `, as in ${source}` : ''),
            },
        ];
        return {
            backup: { key: f.backup.key, time: f.backup.time.toISOString(), reason: f.reason },
            target: target.description,
            checks,
            tables,
            status: wrong.length ? 'critical' : 'ok',
        };
    });
}
/** The reader's per-table counts, with a plain script's `db/` prefix dropped (everything landed in the target). */
function scannedExpectations(scanned, databases) {
    if (!scanned?.length)
        return undefined;
    const out = {};
    for (const { name, rows } of scanned) {
        const slash = name.indexOf('/');
        const unprefixed = slash > 0 && databases?.includes(name.slice(0, slash)) ? name.slice(slash + 1) : name;
        const local = unprefixed.replace(/ \(#\d+\)$/, '');
        out[local] = { rows: (out[local]?.rows ?? 0) + rows };
    }
    return out;
}
async function countTables(url, only, manifest) {
    return (0,client/* withClient */.SV)(url, async (c) => {
        const tables = only ?? (await userTables(c));
        const out = [];
        for (const t of tables) {
            const name = (0,recovery_settings/* qualifiedName */.OL)(t);
            const { rows } = await c.query(`SELECT count(*) AS n FROM ${c.escapeIdentifier(t.schema)}.${c.escapeIdentifier(t.table)}`);
            const expected = manifest?.[name]?.rows;
            out.push({ name, rows: Number(rows[0].n), ...(expected !== undefined ? { expected_rows: expected } : {}) });
        }
        return out;
    });
}
async function userTables(c) {
    const { rows } = await c.query(`SELECT n.nspname AS schema, c.relname AS table
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
       AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
     ORDER BY 1, 2`);
    return rows;
}

// EXTERNAL MODULE: ./src/settings/messages.ts
var messages = __webpack_require__(5045);
// EXTERNAL MODULE: ./src/settings/options.ts + 2 modules
var options = __webpack_require__(266);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
// EXTERNAL MODULE: ./src/cli/cli-logger.ts
var cli_logger = __webpack_require__(1877);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/restore-command.ts










/** The option table `--help` shows, beside the command that runs with it. */

const SYMBOL = { ok: '✓', warning: '!', critical: '✗', skipped: '-' };
/**
 * Every value of a repeatable flag (`--table a --table b`, `--table=a`), and argv without them: the
 * shared flag parser keeps one value per flag.
 */
function takeRepeated(argv, name) {
    const values = [];
    const rest = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === `--${name}` && i + 1 < argv.length)
            values.push(argv[++i]);
        else if (arg.startsWith(`--${name}=`))
            values.push(arg.slice(name.length + 3));
        else
            rest.push(arg);
    }
    return { values, rest };
}
async function restoreCommand(argv, ctx) {
    const { values: tables, rest } = takeRepeated(argv, 'table');
    const raw = (0,flags/* parseFlags */.bQ)('restore', recovery_settings/* restoreOptions */.li, rest, ctx.env);
    // Before validation: an error message about any other flag must not be able to echo a password or a key.
    (0,options/* registerSecrets */.dg)(recovery_settings/* restoreOptions */.li, raw);
    const settings = (0,recovery_settings/* parseRestoreSettings */.VN)(raw, tables);
    const reword = (m) => (0,messages/* cliWording */.F)(m, recovery_settings/* restoreOptions */.li);
    const logger = (0,cli_logger/* cliLogger */.$)(ctx.stderr, { reword });
    try {
        const result = await restoreBackup(settings, { env: ctx.env, logger });
        const lines = [`Restore of ${result.backup.key} into ${result.target}`];
        const idWidth = Math.max(8, ...result.checks.map((c) => c.id.length));
        for (const c of result.checks)
            lines.push(`  ${SYMBOL[c.status]} ${c.id.padEnd(idWidth)}  ${reword(c.summary)}`);
        const nameWidth = Math.max(0, ...result.tables.map((t) => t.name.length));
        const rowsWidth = Math.max(0, ...result.tables.map((t) => (0,format/* formatCount */.B4)(t.rows).length));
        for (const t of result.tables) {
            const expected = t.expected_rows === undefined ? '' : ` (backup: ${(0,format/* formatCount */.B4)(t.expected_rows)})`;
            lines.push(`    ${t.name.padEnd(nameWidth)}  ${(0,format/* formatCount */.B4)(t.rows).padStart(rowsWidth)} ${(0,format/* nounFor */.Ax)(t.rows, 'row')}${expected}`);
        }
        lines.push(result.status === 'ok' ? 'RESTORED' : 'CRITICAL: restored, but the rows differ from the backup manifest');
        ctx.stdout.write(`${(0,secrets/* redactSecrets */.fp)(lines.join('\n'))}\n`);
        return result.status === 'ok' ? 0 : 2;
    }
    catch (error) {
        // A refused target is a usage error (exit 3): nothing was read, nothing was written.
        if (error instanceof restore_target/* TargetRefusedError */.Sr) {
            ctx.stderr.write(`lifeboat restore: ${(0,secrets/* redactSecrets */.fp)(reword(error.message))}; nothing was restored\n`);
            return 3;
        }
        if (error instanceof fetch_selected/* RecoveryError */.gN) {
            ctx.stderr.write(`lifeboat restore: ${(0,secrets/* redactSecrets */.fp)(reword(error.message))}\n`);
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
