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
  takeRepeated: () => (/* binding */ takeRepeated)
});

// EXTERNAL MODULE: ./src/drill/target.ts
var drill_target = __webpack_require__(2988);
// EXTERNAL MODULE: ./src/recovery/fetch-selected.ts
var fetch_selected = __webpack_require__(9925);
// EXTERNAL MODULE: ./src/recovery/recovery-settings.ts
var recovery_settings = __webpack_require__(7408);
// EXTERNAL MODULE: ./src/drill/restore.ts
var restore = __webpack_require__(9119);
// EXTERNAL MODULE: ./src/postgres/client.ts
var client = __webpack_require__(8620);
// EXTERNAL MODULE: ./src/settings/duration.ts
var duration = __webpack_require__(1145);
// EXTERNAL MODULE: ./src/stores/open-store.ts + 3 modules
var open_store = __webpack_require__(2046);
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
    const target = await (0,drill_target/* openUrlTarget */.RP)(settings.target, {
        allowOverwrite: settings.allowOverwrite,
        productionDatabaseUrl: settings.productionDatabaseUrl,
        lookup: environment.lookup,
    });
    logger.info(`Target ${target.description}${target.hadTables ? ': holds tables, restoring over them (--allow-overwrite)' : ''}`);
    const store = (0,open_store/* openStore */.C)(settings.source, { env: environment.env, forcePathStyle: settings.s3ForcePathStyle });
    try {
        return await (0,fetch_selected/* withFetchedBackup */.QH)(store, settings, logger, async (f) => {
            (0,fetch_selected/* requireTables */.Dr)(f, settings.tables.map(recovery_settings.qualifiedName));
            const started = Date.now();
            let summary;
            try {
                const restored = await (0,restore/* restoreArchive */.By)({
                    file: f.fetched.file,
                    container: f.container,
                    target,
                    jobs: settings.jobs,
                    binDir: settings.postgresBinDir,
                    logger,
                    pgDumpVersion: f.backup.manifest?.pg_dump_version,
                    tables: settings.tables,
                });
                summary = `${restored.summary} in ${(0,duration/* formatDuration */.a3)((Date.now() - started) / 1000)}`;
            }
            catch (error) {
                throw new fetch_selected/* RecoveryError */.gN(error instanceof restore/* RestoreError */.DZ ? error.message : `restore failed: ${(0,errors/* errorMessage */.g)(error)}`);
            }
            const names = settings.tables.length ? settings.tables.map(recovery_settings.qualifiedName) : undefined;
            const tables = await countTables(target.url, names, f.backup.manifest?.tables);
            const wrong = tables.filter((t) => t.expected_rows !== undefined && t.rows !== t.expected_rows);
            const checks = [
                { id: 'backup', status: 'ok', summary: `${f.backup.key}, taken ${f.backup.time.toISOString()} (${f.reason})` },
                ...f.checks,
                { id: 'restore', status: 'ok', summary },
                {
                    id: 'rows',
                    status: wrong.length ? 'critical' : 'ok',
                    summary: wrong.length
                        ? `${wrong.map((t) => `${t.name} has ${t.rows} rows, the manifest says ${t.expected_rows}`).join('; ')}`
                        : `${tables.length} table(s), ${tables.reduce((n, t) => n + t.rows, 0)} rows` +
                            (f.backup.manifest ? ', as in the backup manifest' : ''),
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
    finally {
        store.destroy?.();
    }
}
async function countTables(url, only, manifest) {
    return (0,client/* withClient */.SV)(url, async (c) => {
        const names = only ?? (await userTables(c));
        const out = [];
        for (const name of names) {
            const [schema, table] = splitOnce(name);
            const { rows } = await c.query(`SELECT count(*) AS n FROM ${c.escapeIdentifier(schema)}.${c.escapeIdentifier(table)}`);
            const expected = manifest?.[name]?.rows;
            out.push({ name, rows: Number(rows[0].n), ...(expected !== undefined ? { expected_rows: expected } : {}) });
        }
        return out;
    });
}
function splitOnce(name) {
    const i = name.indexOf('.');
    return [name.slice(0, i), name.slice(i + 1)];
}
async function userTables(c) {
    const { rows } = await c.query(`SELECT n.nspname || '.' || c.relname AS name
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
       AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
     ORDER BY 1`);
    return rows.map((r) => r.name);
}

// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
// EXTERNAL MODULE: ./src/cli/cli-logger.ts
var cli_logger = __webpack_require__(1877);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/restore-command.ts







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
    const raw = (0,flags/* parseFlags */.b)('restore', recovery_settings.restoreOptions, rest);
    // Before validation: an error message about any other flag must not be able to echo them.
    for (const url of [raw.target, raw['production-database-url']]) {
        if (url) {
            (0,secrets/* addSecret */.Ck)(url);
            (0,secrets/* addUrlSecrets */.EI)(url);
        }
    }
    const settings = (0,recovery_settings.parseRestoreSettings)(raw, tables);
    const logger = (0,cli_logger/* cliLogger */.$)(ctx.stderr);
    try {
        const result = await restoreBackup(settings, { env: ctx.env, logger });
        const lines = [`Restore of ${result.backup.key} into ${result.target}`];
        for (const c of result.checks)
            lines.push(`  ${SYMBOL[c.status]} ${c.id.padEnd(8)} ${c.summary}`);
        for (const t of result.tables) {
            const expected = t.expected_rows === undefined ? '' : ` (manifest: ${t.expected_rows})`;
            lines.push(`    ${t.name}: ${t.rows} rows${expected}`);
        }
        lines.push(result.status === 'ok' ? 'RESTORED' : 'CRITICAL: restored, but the rows differ from the backup manifest');
        ctx.stdout.write(`${(0,secrets/* redactSecrets */.fp)(lines.join('\n'))}\n`);
        return result.status === 'ok' ? 0 : 2;
    }
    catch (error) {
        // A refused target is a usage error (exit 3): nothing was read, nothing was written.
        if (error instanceof drill_target/* TargetRefusedError */.Sr) {
            // The drill's message speaks the action's language; this is the command line.
            const message = error.message.replace('set allow-overwrite: true', 'pass --allow-overwrite');
            ctx.stderr.write(`lifeboat restore: ${(0,secrets/* redactSecrets */.fp)(message)}; nothing was restored\n`);
            return 3;
        }
        if (error instanceof fetch_selected/* RecoveryError */.gN) {
            ctx.stderr.write(`lifeboat restore: ${(0,secrets/* redactSecrets */.fp)(error.message)}\n`);
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
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _drill_fetch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1893);
/* harmony import */ var _drill_run_drill_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5511);
/* harmony import */ var _drill_select_backup_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9408);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(17);
/* harmony import */ var _verify_verify_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3294);










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
    const listing = await (0,_discovery_list_backups_js__WEBPACK_IMPORTED_MODULE_0__/* .listBackups */ .C)(store, { timezone: settings.timezone, database: settings.database }, logger);
    if (!listing.backups)
        throw new RecoveryError(listing.check.summary);
    const selection = (0,_drill_select_backup_js__WEBPACK_IMPORTED_MODULE_9__/* .selectBackup */ .V)(listing.backups, settings.backup);
    if (!selection.backup)
        throw new RecoveryError(`${selection.reason} in ${store.displayUrl}`);
    const backup = selection.backup;
    logger.info(`Backup ${backup.key}, taken ${backup.time.toISOString()} (${selection.reason})`);
    const workDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(node_os__WEBPACK_IMPORTED_MODULE_3___default().tmpdir(), 'lifeboat-recovery-'));
    onWorkDir(workDir);
    const fetched = await (0,_drill_fetch_js__WEBPACK_IMPORTED_MODULE_5__/* .fetchBackup */ .T)(store, backup, {
        file: node_path__WEBPACK_IMPORTED_MODULE_4___default().join(workDir, 'backup'),
        expected: await (0,_drill_run_drill_js__WEBPACK_IMPORTED_MODULE_6__/* .expectedChecksum */ .kq)(store, backup),
        pgRestore: (0,_verify_verify_js__WEBPACK_IMPORTED_MODULE_8__/* .pgRestoreResolver */ .Q)(settings.postgresBinDir),
        logger,
    }).catch((error) => {
        throw new RecoveryError(`cannot read ${backup.key}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .g)(error)}`);
    });
    // The restore itself reads every data block: the content check would repeat it.
    const checks = fetched.integrity.checks.filter((c) => c.id !== 'content');
    const bad = checks.find((c) => c.status === 'critical');
    if (bad)
        throw new RecoveryError(`${backup.key} failed its ${bad.id} check: ${bad.summary}`);
    const container = (0,_drill_run_drill_js__WEBPACK_IMPORTED_MODULE_6__/* .restorable */ .wq)(fetched);
    if ('why' in container)
        throw new RecoveryError(`cannot restore ${backup.key}: ${container.why}`);
    return { backup, reason: selection.reason, fetched, container: container.container, checks, workDir };
}
/**
 * Refuses table names the archive does not hold: pg_restore --table would silently select nothing.
 * Judged from the archive reader's per-table counts; when it could not count, pg_restore decides.
 */
function requireTables(f, names) {
    const have = f.fetched.integrity.tables?.map((t) => t.name);
    if (!have)
        return;
    const missing = names.filter((n) => !have.includes(n));
    if (missing.length === 0)
        return;
    const shown = have.length > 12 ? `${have.slice(0, 12).join(', ')}, …` : have.join(', ');
    throw new RecoveryError(`${f.backup.key} holds no table ${missing.join(', ')}; its tables are: ${shown || 'none'}`);
}
/** Runs `work` on the fetched backup and always deletes the local copy afterwards. */
async function withFetchedBackup(store, settings, logger, work) {
    // The local copy can be as large as the backup: an interrupted restore must not leave it in /tmp.
    // process.exit skips finally blocks but runs 'exit' listeners.
    let workDir;
    const removeWorkDir = () => {
        if (workDir)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(workDir, { recursive: true, force: true });
    };
    const onSignal = (signal) => process.exit(signal === 'SIGINT' ? 130 : 143);
    process.on('exit', removeWorkDir);
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
        const fetched = await fetchSelected(store, settings, logger, (dir) => (workDir = dir));
        return await work(fetched);
    }
    finally {
        if (workDir)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(workDir, { recursive: true, force: true }).catch(() => removeWorkDir());
        process.off('exit', removeWorkDir);
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}


/***/ }),

/***/ 7408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   extractOptions: () => (/* binding */ extractOptions),
/* harmony export */   parseExtractSettings: () => (/* binding */ parseExtractSettings),
/* harmony export */   parseRestoreSettings: () => (/* binding */ parseRestoreSettings),
/* harmony export */   parseTableName: () => (/* binding */ parseTableName),
/* harmony export */   qualifiedName: () => (/* binding */ qualifiedName),
/* harmony export */   restoreOptions: () => (/* binding */ restoreOptions)
/* harmony export */ });
/* harmony import */ var _drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5708);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);


/**
 * `lifeboat restore` and `lifeboat extract` select and read backups exactly as the drill does, so
 * their shared options are the drill's own specs and are validated by the drill's parser: the same
 * flag means the same thing, with the same error message, in all three commands.
 */
const shared = {
    source: _drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_0__.drillOptions.source,
    backup: _drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_0__.drillOptions.backup,
    'postgres-bin-dir': _drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_0__.drillOptions['postgres-bin-dir'],
    database: _drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_0__.drillOptions.database,
    timezone: _drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_0__.drillOptions.timezone,
    's3-force-path-style': _drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_0__.drillOptions['s3-force-path-style'],
};
const restoreOptions = {
    ...shared,
    target: {
        description: 'The postgresql:// URL of the database to restore into. It must hold no tables unless --allow-overwrite.',
        required: true,
    },
    table: {
        description: 'Restore only this table, schema.table (definition and data, as pg_restore --table); repeat for more. Default: everything.',
    },
    'allow-overwrite': {
        description: 'Restore even though the target database already holds tables (its restored objects are dropped first).',
        default: 'false',
        boolean: true,
    },
    'production-database-url': _drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_0__.drillOptions['production-database-url'],
    jobs: _drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_0__.drillOptions.jobs,
};
const extractOptions = {
    ...shared,
    table: {
        description: 'The table whose data to write to stdout as SQL (COPY … FROM stdin), schema.table; load it with psql.',
        required: true,
    },
};
/** `schema.table`, or a bare `table` in public; quotes are not needed (names are matched exactly). */
function parseTableName(text) {
    const t = text.trim();
    const m = /^(?:([^.\s]+)\.)?([^.\s]+)$/.exec(t);
    if (!m)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`Invalid table "${text}": expected schema.table, like public.inventory_ledger`);
    return { schema: m[1] ?? 'public', table: m[2] };
}
function qualifiedName(t) {
    return `${t.schema}.${t.table}`;
}
function parseSelection(raw, extra) {
    // /dev/null: the drill parser resolves a checks file, which restore and extract never read.
    return (0,_drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_0__.parseDrillSettings)({ ...pick(raw, Object.keys(shared)), ...extra, checks: '/dev/null' });
}
function pick(raw, keys) {
    return Object.fromEntries(keys.filter((k) => raw[k] !== undefined).map((k) => [k, raw[k]]));
}
/** `tables` are the repeated --table values (the flag parser keeps only the last of a repeated flag). */
function parseRestoreSettings(raw, tables) {
    const target = raw.target?.trim();
    if (!target)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`Missing target: ${restoreOptions.target.description}`);
    if (target.toLowerCase() === 'ephemeral') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('Invalid target "ephemeral": restore writes into a database you keep; for a throwaway restore run lifeboat drill');
    }
    const s = parseSelection(raw, {
        target,
        'allow-overwrite': raw['allow-overwrite'],
        'production-database-url': raw['production-database-url'],
        jobs: raw.jobs,
    });
    return {
        source: s.source,
        backup: s.backup,
        postgresBinDir: s.postgresBinDir,
        database: s.database,
        timezone: s.timezone,
        s3ForcePathStyle: s.s3ForcePathStyle,
        target: s.target,
        tables: tables.map(parseTableName),
        allowOverwrite: s.allowOverwrite,
        productionDatabaseUrl: s.productionDatabaseUrl,
        jobs: s.jobs,
    };
}
function parseExtractSettings(raw) {
    if (!raw.table?.trim())
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`Missing table: ${extractOptions.table.description}`);
    const table = parseTableName(raw.table);
    const s = parseSelection(raw, {});
    return {
        source: s.source,
        backup: s.backup,
        postgresBinDir: s.postgresBinDir,
        database: s.database,
        timezone: s.timezone,
        s3ForcePathStyle: s.s3ForcePathStyle,
        table,
    };
}


/***/ })

};
