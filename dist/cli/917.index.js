export const id = 917;
export const ids = [917,608];
export const modules = {

/***/ 8118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ reportCommand)
/* harmony export */ });
/* harmony import */ var _report_render_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6340);
/* harmony import */ var _report_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8850);
/* harmony import */ var _settings_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8031);
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4537);
/* harmony import */ var _cli_logger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1877);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5377);






/**
 * Flags → settings → core → report on stdout → exit code, the same for every report command.
 * The CLI follows the monitoring convention out of the box: `fail-on` defaults to warning, so a
 * warning exits 1 and a critical 2.
 */
function reportCommand(spec) {
    return async (argv, ctx) => {
        const raw = (0,_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFlags */ .b)(spec.name, spec.options, argv);
        spec.fromEnv?.(raw, ctx.env);
        (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecrets */ .dg)(spec.options, raw);
        raw['fail-on'] ??= 'warning';
        const json = raw.json === 'true';
        const settings = spec.parse(raw);
        const { report } = await spec.run(settings, { env: ctx.env, logger: (0,_cli_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .cliLogger */ .$)(ctx.stderr, { quiet: json }) });
        if (json) {
            ctx.stdout.write(`${(0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redactSecrets */ .fp)(JSON.stringify(report, null, 2))}\n`);
        }
        else {
            const epilogue = spec.epilogue?.(report);
            ctx.stdout.write(`${(0,_report_render_js__WEBPACK_IMPORTED_MODULE_0__/* .renderText */ .S5)(report)}${epilogue ? `\n${(0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redactSecrets */ .fp)(epilogue)}` : ''}\n`);
        }
        return (0,_report_report_js__WEBPACK_IMPORTED_MODULE_1__/* .exitCodeFor */ .Rr)(report.status, settings.failOn);
    };
}


/***/ }),

/***/ 3989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyCommand: () => (/* binding */ verifyCommand)
/* harmony export */ });
/* harmony import */ var _settings_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8031);
/* harmony import */ var _verify_verify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3294);
/* harmony import */ var _verify_verify_settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(608);
/* harmony import */ var _report_command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8118);




const verifyCommand = (0,_report_command_js__WEBPACK_IMPORTED_MODULE_3__/* .reportCommand */ .E)({
    name: 'verify',
    options: _verify_verify_settings_js__WEBPACK_IMPORTED_MODULE_2__.verifyOptions,
    parse: _verify_verify_settings_js__WEBPACK_IMPORTED_MODULE_2__.parseVerifySettings,
    run: _verify_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .verify */ .M,
    fromEnv: _settings_options_js__WEBPACK_IMPORTED_MODULE_0__/* .decryptionFromEnv */ .NF,
});


/***/ }),

/***/ 6340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S5: () => (/* binding */ renderText)
/* harmony export */ });
/* unused harmony exports renderMarkdown, checkTable, verdictLine */
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4537);
/* harmony import */ var _settings_size_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7232);


const SYMBOL = { ok: '✓', warning: '!', critical: '✗', skipped: '-' };
const EMOJI = { ok: '✅', warning: '⚠️', critical: '❌', skipped: '➖' };
const TITLE = {
    verify: 'Backup verification',
    drill: 'Restore drill',
    backup: 'Backup',
};
/** Human output of the CLI: one line per check with a symbol, then the verdict. */
function renderText(report) {
    const lines = [`${TITLE[report.kind]} of ${report.source}`];
    if (report.backup) {
        lines.push(`  backup ${report.backup.key} (${report.backup.time}, ${(0,_settings_size_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(report.backup.size)})`);
    }
    // Long ids (assertion names) overflow instead of pushing every summary off the screen.
    const width = Math.min(Math.max(...report.checks.map((c) => c.id.length), 5), 12);
    for (const c of report.checks) {
        lines.push(`  ${SYMBOL[c.status]} ${c.id.padEnd(width)}  ${c.status.padEnd(8)} ${c.summary}`);
    }
    lines.push(`${report.status.toUpperCase()}: ${verdictLine(report)}`);
    return (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(lines.join('\n'));
}
/** Job summary (GitHub-flavoured Markdown): a verdict line and the check table with values and thresholds. */
function renderMarkdown(report, opts = {}) {
    const out = [`## ${EMOJI[report.status]} ${TITLE[report.kind]}: ${report.status}`, '', verdictLine(report), ''];
    if (report.backup) {
        out.push(`Backup \`${report.backup.key}\` taken ${report.backup.time}, ${formatBytes(report.backup.size)}` +
            `${report.backup.format ? `, ${report.backup.format}` : ''} — from \`${report.source}\``, '');
    }
    else {
        out.push(`Source: \`${report.source}\``, '');
    }
    out.push(checkTable(report.checks));
    if (opts.runUrl)
        out.push('', `[Workflow run](${opts.runUrl})`);
    return redactSecrets(out.join('\n'));
}
function checkTable(checks) {
    const rows = ['| | check | status | value | threshold | details |', '|---|---|---|---|---|---|'];
    for (const c of checks) {
        rows.push(`| ${EMOJI[c.status]} | \`${c.id}\` | ${c.status} | ${cell(c.value)} | ${cell(c.threshold)} | ${cell(c.summary)} |`);
    }
    return rows.join('\n');
}
function cell(value) {
    if (value === undefined || value === null || value === '')
        return '';
    return String(value).replaceAll('|', '\\|').replaceAll('\n', ' ');
}
/** "newest backup is 26h old (critical after 25h)": the worst check's summary, or all is well. */
function verdictLine(report) {
    const failing = report.checks.filter((c) => c.status === report.status && report.status !== 'ok');
    if (failing.length === 0)
        return 'all checks passed';
    return failing.map((c) => `${c.id}: ${c.summary}`).join('; ');
}


/***/ }),

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


/***/ }),

/***/ 4377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w$: () => (/* binding */ datetime)
/* harmony export */ });
/* unused harmony exports date, time, duration */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3759);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);



function datetime(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._isoDateTime */ .G1(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodISODateTime */ .You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}


/***/ })

};
