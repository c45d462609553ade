export const id = 608;
export const ids = [608];
export const modules = {

/***/ 608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseVerifySettings: () => (/* binding */ parseVerifySettings),
/* harmony export */   verifyOptions: () => (/* binding */ verifyOptions)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2857);
/* harmony import */ var _integrity_integrity_pass_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3163);
/* harmony import */ var _settings_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1145);
/* harmony import */ var _settings_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8031);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);





const verifyOptions = {
    source: {
        description: 'Where the backups live: a folder path, file:///path, s3://bucket/prefix, or a railway:// URL for Railway volume backups (metadata only).',
        required: true,
    },
    'warn-after': { description: 'Warn when the newest backup is older than this.', default: '23h' },
    'critical-after': {
        description: 'Critical when the newest backup is older than this; also the largest allowed gap between backups.',
        default: '25h',
    },
    'min-size': { description: 'Critical when the newest backup is smaller than this.', default: '1KiB' },
    'max-shrink': {
        description: 'Warn when the newest backup is this much smaller than the median of the previous 7.',
        default: '50%',
    },
    integrity: {
        description: 'How deep to check the newest backup: none, checksum, archive (TOC parses) or full (every data block).',
        default: 'full',
    },
    window: { description: 'How far back to look for gaps between backups.', default: '14d' },
    'min-retention': {
        description: 'Warn unless the oldest backup is at least this old (e.g. 14d). Off when empty.',
        default: '',
    },
    ..._settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .discoveryOptions */ .Lx,
    'postgres-bin-dir': {
        description: 'Directory with the PostgreSQL client tools (pg_restore); found automatically when empty.',
        default: '',
    },
    ..._settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .decryptionOptions */ .kM,
    'drill-workflow': {
        description: 'Workflow file of the restore drill, for the drill-age check.',
        default: 'restore-drill.yml',
        only: 'action',
    },
    'drill-max-age': {
        description: 'Warn when the last successful restore drill is older than this.',
        default: '92d',
        only: 'action',
    },
    ..._settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .commonOptions */ .OP,
};
const schema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    source: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().trim().min(1),
    'warn-after': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zDuration */ .tk)(),
    'critical-after': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zDuration */ .tk)(),
    'min-size': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zSize */ .gr)(),
    'max-shrink': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zPercent */ ._t)(),
    integrity: (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zEnum */ .kD)(_integrity_integrity_pass_js__WEBPACK_IMPORTED_MODULE_0__/* .INTEGRITY_LEVELS */ .a),
    window: (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zDuration */ .tk)(),
    'min-retention': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zOptionalDuration */ .DP)(),
    database: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    timezone: (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zTimeZone */ .CZ)(),
    's3-force-path-style': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zBoolean */ .Rh)(),
    'postgres-bin-dir': zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    'decryption-passphrase': zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    'age-identity': zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    'drill-workflow': zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    'drill-max-age': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zOptionalDuration */ .DP)(),
    'fail-on': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zEnum */ .kD)(['critical', 'warning', 'never']),
    'report-path': zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
})
    .loose();
function parseVerifySettings(raw) {
    const v = (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .parseOptions */ .Ac)(verifyOptions, schema, raw);
    if (v['warn-after'] > v['critical-after']) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`Invalid warn-after "${(0,_settings_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(v['warn-after'])}": must not be greater than critical-after (${(0,_settings_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(v['critical-after'])}).`);
    }
    return {
        source: v.source,
        warnAfterSeconds: v['warn-after'],
        criticalAfterSeconds: v['critical-after'],
        minSizeBytes: v['min-size'],
        maxShrink: v['max-shrink'],
        integrity: v.integrity,
        windowSeconds: v.window,
        minRetentionSeconds: v['min-retention'],
        database: v.database || undefined,
        timezone: v.timezone,
        s3ForcePathStyle: v['s3-force-path-style'],
        postgresBinDir: v['postgres-bin-dir'] || undefined,
        decryptionPassphrase: v['decryption-passphrase'] || undefined,
        ageIdentity: v['age-identity'] || undefined,
        failOn: v['fail-on'],
        reportPath: v['report-path'] || undefined,
        drillWorkflow: v['drill-workflow'] || undefined,
        drillMaxAgeSeconds: v['drill-max-age'],
    };
}


/***/ })

};
