export const id = 989;
export const ids = [989];
export const modules = {

/***/ 5217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ terminalOf)
/* harmony export */ });
/* harmony import */ var _report_render_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2488);

/**
 * Whether `stream` is a terminal, whether to colour it (NO_COLOR and TERM=dumb say no; a pipe never
 * gets colour) and how wide to lay out human output.
 */
function terminalOf(ctx, stream = ctx.stdout) {
    const s = stream;
    const tty = s.isTTY === true;
    const color = tty && ctx.env.NO_COLOR === undefined && ctx.env.TERM !== 'dumb';
    const columns = tty && s.columns ? Math.min(s.columns, _report_render_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_COLUMNS */ ._X) : _report_render_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_COLUMNS */ ._X;
    return { tty, color, columns };
}


/***/ }),

/***/ 3662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B$: () => (/* binding */ outputFormat),
  EF: () => (/* binding */ reportCommand)
});

// UNUSED EXPORTS: OUTPUT_FORMATS

// EXTERNAL MODULE: ./src/report/render.ts + 1 modules
var render = __webpack_require__(2488);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
;// CONCATENATED MODULE: ./src/report/nagios.ts


const UOM = { seconds: 's', bytes: 'B', count: '', ratio: '%' };
// Checks whose threshold is a floor (too small is bad): their ranges read `N:` in the plugin format.
const FLOORS = new Set(['size', 'disk', 'retention', 'schedule']);
/**
 * `LIFEBOAT VERIFY CRITICAL - recency: … | recency=93600s;82800;90000 size=52428800B;;1024:`: the one
 * line a Nagios/Icinga check plugin prints, perfdata in base units with the warning and critical ranges.
 */
function renderNagios(report) {
    const [verdict] = (0,render/* verdictLines */.rz)(report, Number.MAX_SAFE_INTEGER);
    const text = verdict.replace(/^[A-Z]+: /, '');
    const perf = report.checks.filter((c) => typeof c.value === 'number').map(perfdata);
    const head = `LIFEBOAT ${report.kind.toUpperCase()} ${report.status.toUpperCase()} - ${text}`;
    return (0,secrets/* redactSecrets */.fp)(`${head.replaceAll('|', '/')}${perf.length ? ` | ${perf.join(' ')}` : ''}`);
}
function perfdata(c) {
    const uom = c.unit === 'ratio' ? '%' : c.unit ? UOM[c.unit] : '';
    const scale = (n) => String(c.unit === 'ratio' ? round(n * 100) : Math.round(n));
    const range = (n) => (n === undefined ? '' : FLOORS.has(c.id) ? `${scale(n)}:` : scale(n));
    const label = /^[A-Za-z0-9_.-]+$/.test(c.id) ? c.id : `'${c.id.replaceAll("'", '')}'`;
    const parts = [`${scale(c.value)}${uom}`, range(c.warning_threshold), range(c.threshold)];
    while (parts.length > 1 && parts.at(-1) === '')
        parts.pop();
    return `${label}=${parts.join(';')}`;
}
function round(n) {
    return Math.round(n * 1000) / 1000;
}

// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/settings/messages.ts
var messages = __webpack_require__(5045);
// EXTERNAL MODULE: ./src/settings/options.ts + 2 modules
var options = __webpack_require__(266);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/cli/cli-logger.ts
var cli_logger = __webpack_require__(1877);
// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
// EXTERNAL MODULE: ./src/cli/flags.ts
var cli_flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/report-command.ts










const OUTPUT_FORMATS = ['text', 'json', 'nagios'];
/** `--format`, with `--json` as its older spelling. */
function outputFormat(raw, accepted = OUTPUT_FORMATS) {
    if (raw.json === 'true')
        return 'json';
    const format = (raw.format ?? 'text').trim().toLowerCase();
    if (!accepted.includes(format)) {
        throw new errors/* InputError */.d(`Invalid --format "${raw.format}": expected one of ${accepted.join(', ')}`);
    }
    return format;
}
/** Flags → settings → core → report on stdout → exit code, the same for every report command. */
function reportCommand(spec) {
    return async (argv, ctx) => {
        const flags = (0,cli_flags/* parseFlags */.bQ)(spec.name, spec.options, argv, ctx.env);
        const raw = spec.prepare ? await spec.prepare(flags, ctx.env) : flags;
        (0,options/* registerSecrets */.dg)(spec.options, raw);
        const format = outputFormat(raw);
        const settings = spec.parse(raw);
        const terminal = (0,context/* terminalOf */.g)(ctx);
        const reword = (m) => (0,messages/* cliWording */.F)(m, spec.options);
        const logger = (0,cli_logger/* cliLogger */.$)(ctx.stderr, { quiet: format !== 'text', tty: (0,context/* terminalOf */.g)(ctx, ctx.stderr).tty, reword });
        const result = await spec.run(settings, { env: ctx.env, logger }).finally(() => logger.finish());
        const report = {
            ...result.report,
            checks: result.report.checks.map((c) => ({ ...c, summary: reword(c.summary) })),
        };
        if (report.refused) {
            // A refusal reads like restore's: one line, exit 3. Machines still get the report that records it.
            ctx.stderr.write(`lifeboat ${spec.name}: ${(0,secrets/* redactSecrets */.fp)(reword(report.refused))}; nothing was restored\n`);
            if (format !== 'text')
                ctx.stdout.write(`${report_command_render(report, format, terminal, spec.epilogue)}\n`);
        }
        else {
            ctx.stdout.write(`${report_command_render(report, format, terminal, spec.epilogue)}\n`);
        }
        return (0,report_report/* exitCodeFor */.Rr)(report, settings.failOn);
    };
}
function report_command_render(report, format, terminal, epilogue) {
    if (format === 'json')
        return (0,secrets/* redactSecrets */.fp)((0,report_report/* reportJson */.l4)(report));
    if (format === 'nagios')
        return renderNagios(report);
    return (0,render/* renderText */.S5)(report, { ...terminal, epilogue: epilogue?.(report) });
}


/***/ }),

/***/ 3989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyCommand: () => (/* binding */ verifyCommand)
/* harmony export */ });
/* harmony import */ var _fleet_fleet_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6303);
/* harmony import */ var _report_render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2488);
/* harmony import */ var _report_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8850);
/* harmony import */ var _settings_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(266);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4537);
/* harmony import */ var _verify_verify_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4813);
/* harmony import */ var _verify_verify_settings_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(608);
/* harmony import */ var _cli_logger_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1877);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5377);
/* harmony import */ var _report_command_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3662);











const verifyOne = (0,_report_command_js__WEBPACK_IMPORTED_MODULE_10__/* .reportCommand */ .EF)({
    name: 'verify',
    options: _verify_verify_settings_js__WEBPACK_IMPORTED_MODULE_7__.verifyOptions,
    parse: _verify_verify_settings_js__WEBPACK_IMPORTED_MODULE_7__.parseVerifySettings,
    run: _verify_verify_js__WEBPACK_IMPORTED_MODULE_6__/* .verify */ .M,
    prepare: (raw, env) => (0,_fleet_fleet_options_js__WEBPACK_IMPORTED_MODULE_0__/* .applyFleetEntry */ .z0)(raw, { file: raw.config, env }),
});
/** `lifeboat verify`: one database (by flags, or `--name` from the fleet file), or `--all` of them. */
async function verifyCommand(argv, ctx) {
    const raw = (0,_flags_js__WEBPACK_IMPORTED_MODULE_9__/* .parseFlags */ .bQ)('verify', _verify_verify_settings_js__WEBPACK_IMPORTED_MODULE_7__.verifyOptions, argv, ctx.env);
    if (raw.all !== 'true')
        return verifyOne(argv, ctx);
    for (const flag of ['source', 'name']) {
        if (raw[flag] !== undefined) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`Invalid --${flag} with --all: --all verifies every database of the fleet file`);
        }
    }
    const maxParallel = Number(raw['max-parallel'] ?? _verify_verify_settings_js__WEBPACK_IMPORTED_MODULE_7__.verifyOptions['max-parallel'].default);
    if (!Number.isInteger(maxParallel) || maxParallel < 1 || maxParallel > 32) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`Invalid max-parallel "${raw['max-parallel']}": expected a whole number from 1 to 32`);
    }
    (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecrets */ .dg)(_verify_verify_settings_js__WEBPACK_IMPORTED_MODULE_7__.verifyOptions, raw);
    const json = (0,_report_command_js__WEBPACK_IMPORTED_MODULE_10__/* .outputFormat */ .B$)(raw) === 'json';
    const [{ loadLifeboatFile }, { verifyFleet }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(648)]).then(__webpack_require__.bind(__webpack_require__, 5648)),
        Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(186)]).then(__webpack_require__.bind(__webpack_require__, 8186)),
    ]);
    const file = await loadLifeboatFile(raw.config ?? _fleet_fleet_options_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG_FILE */ .Cu, { explicit: true });
    const logger = (0,_cli_logger_js__WEBPACK_IMPORTED_MODULE_8__/* .cliLogger */ .$)(ctx.stderr, { quiet: json });
    const result = await verifyFleet(file, raw, { env: ctx.env, logger, maxParallel, verifyOne: _verify_verify_js__WEBPACK_IMPORTED_MODULE_6__/* .verify */ .M }).finally(() => logger.finish());
    if (json) {
        const out = {
            status: result.status,
            kind: 'verify',
            databases: result.sections.map((s) => ({ name: s.name, ...s.report })),
        };
        ctx.stdout.write(`${(0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .redactSecrets */ .fp)(JSON.stringify(out, null, 2))}\n`);
    }
    else {
        const sections = result.sections.map((s) => `== ${s.name} ==\n${(0,_report_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderText */ .S5)(s.report)}`);
        const tally = result.sections.map((s) => `${s.name} ${s.report.status}`).join(', ');
        ctx.stdout.write(`${sections.join('\n\n')}\n\n${result.status.toUpperCase()}: ${result.sections.length} databases (${tally})\n`);
    }
    return (0,_report_report_js__WEBPACK_IMPORTED_MODULE_2__/* .exitCodeFor */ .Rr)({ status: result.status }, result.failOn);
}


/***/ }),

/***/ 608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseVerifySettings: () => (/* binding */ parseVerifySettings),
/* harmony export */   verifyOptions: () => (/* binding */ verifyOptions)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2857);
/* harmony import */ var _integrity_integrity_pass_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2845);
/* harmony import */ var _drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5708);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2011);
/* harmony import */ var _settings_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(266);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _fleet_fleet_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6303);







const verifyOptions = {
    source: {
        description: 'Where the backups live: a folder path, file:///path, s3://bucket/prefix, or a railway:// URL for Railway volume backups (metadata only).',
        required: true,
    },
    backup: {
        description: 'Which backup to judge: latest, an exact key, or before:<ISO time> (the newest taken before then, as the drill picks it).',
        default: 'latest',
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
        description: 'Warn when the last successful restore drill is older than this; a drill never run is a notice until this long after the first verify. off: no drill-age check.',
        default: '92d',
        only: 'action',
    },
    'issue-history': {
        description: 'Also file an issue for the history checks (gaps, retention); by default they are only reported.',
        default: 'false',
        only: 'action',
    },
    ..._fleet_fleet_options_js__WEBPACK_IMPORTED_MODULE_4__/* .fleetOptions */ .Lk,
    ..._fleet_fleet_options_js__WEBPACK_IMPORTED_MODULE_4__/* .fleetCliOptions */ .Pk,
    ..._settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .commonOptions */ .OP,
};
const schema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    source: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().trim().min(1),
    backup: (0,_drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_1__.zBackup)(),
    'warn-after': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zDuration */ .tk)(),
    'critical-after': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zDuration */ .tk)(),
    'min-size': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zSize */ .gr)(),
    'max-shrink': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zPercent */ ._t)(),
    integrity: (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zEnum */ .kD)(_integrity_integrity_pass_js__WEBPACK_IMPORTED_MODULE_0__/* .INTEGRITY_LEVELS */ .a),
    window: (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zDuration */ .tk)(),
    'min-retention': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zOptionalDuration */ .DP)(),
    database: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    timezone: (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zTimeZone */ .CZ)(),
    's3-force-path-style': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zBoolean */ .Rh)(),
    'postgres-bin-dir': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zBinDir */ .jn)(['pg_restore']),
    'decryption-passphrase': zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    'age-identity': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zAgeIdentity */ .Aq)(),
    'drill-workflow': zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    'drill-max-age': zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
        .optional()
        .transform((text) => (text?.trim().toLowerCase() === 'off' ? undefined : text))
        .pipe((0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zDuration */ .tk)().optional()),
    'fail-on': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .zEnum */ .kD)(['critical', 'warning', 'never']),
    'report-path': zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
})
    .loose();
function parseVerifySettings(raw) {
    const v = (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_2__/* .parseOptions */ .Ac)(verifyOptions, schema, raw);
    if (v['warn-after'] > v['critical-after']) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`Invalid warn-after "${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatDuration */ .a3)(v['warn-after'])}": must not be greater than critical-after (${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatDuration */ .a3)(v['critical-after'])}).`);
    }
    return {
        source: v.source,
        backup: v.backup,
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
