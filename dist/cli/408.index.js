export const id = 408;
export const ids = [408];
export const modules = {

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
/* harmony import */ var _postgres_identifiers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9467);



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
    'decryption-passphrase': _drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_0__.drillOptions['decryption-passphrase'],
    'age-identity': _drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_0__.drillOptions['age-identity'],
};
const restoreOptions = {
    ...shared,
    target: {
        description: 'The postgresql:// URL of the database to restore into. It must hold no tables unless --allow-overwrite.',
        required: true,
        // Not a whole secret: its password is masked (registerSecrets), its host and database stay readable.
        env: ['LIFEBOAT_TARGET_URL'],
    },
    table: {
        description: 'Restore only this table, a SQL name like public.orders or public."Order Items" (its definition, data and dependents); repeat for more. Default: everything.',
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
        description: 'The table whose data to write to stdout as SQL (COPY … FROM stdin), a SQL name like public.orders or public."Order Items"; load it with psql.',
        required: true,
    },
};
/**
 * `schema.table`, or a bare `table` in public, as SQL reads names: unquoted parts fold to lower case,
 * `public."Order Items"` and `"tenant.acme".orders` keep theirs.
 */
function parseTableName(text) {
    try {
        return (0,_postgres_identifiers_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTableIdentifier */ .xt)(text);
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`Invalid table "${text}": ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error)}; expected schema.table as SQL names, like public.inventory_ledger or public."Order Items"`);
    }
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
        decryptionPassphrase: s.decryptionPassphrase,
        ageIdentity: s.ageIdentity,
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
        decryptionPassphrase: s.decryptionPassphrase,
        ageIdentity: s.ageIdentity,
        table,
    };
}


/***/ })

};
