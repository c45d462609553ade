export const id = 723;
export const ids = [723];
export const modules = {

/***/ 5217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ terminalOf)
/* harmony export */ });
/* harmony import */ var _report_render_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(998);

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

/***/ 7104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   drillCommand: () => (/* binding */ drillCommand),
/* harmony export */   drillOptions: () => (/* reexport safe */ _drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_2__.uI)
/* harmony export */ });
/* harmony import */ var _drill_drill_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5948);
/* harmony import */ var _drill_run_drill_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7504);
/* harmony import */ var _drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5708);
/* harmony import */ var _fleet_fleet_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6303);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2011);
/* harmony import */ var _report_command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3662);






/** The option table `--help` shows, beside the command that runs with it. */

const drillCommand = (0,_report_command_js__WEBPACK_IMPORTED_MODULE_4__/* .reportCommand */ .E)({
    name: 'drill',
    options: _drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .drillOptions */ .uI,
    parse: _drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDrillSettings */ .Ib,
    run: _drill_drill_js__WEBPACK_IMPORTED_MODULE_0__/* .drill */ .E,
    // `--name`: the fleet entry's source, targets, secrets and checks (from the --checks file).
    prepare: (raw, env) => (0,_fleet_fleet_options_js__WEBPACK_IMPORTED_MODULE_3__/* .applyFleetEntry */ .z0)(raw, { file: raw.checks, env }),
    epilogue: rtoLine,
});
/**
 * "RTO 9s (fetch 3s and target 6s side by side (6s), restore 1s, verify 1s); RPO 10s": the two numbers
 * the runbook asks for. Without a restore there is no RTO, and the RPO is only the backup's age.
 */
function rtoLine(report) {
    if (report.rto_seconds === undefined && report.rpo_seconds === undefined)
        return undefined;
    const rto = report.rto_seconds === undefined
        ? 'not measured (nothing was restored)'
        : `${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatDuration */ .a3)(report.rto_seconds)} (${(0,_drill_run_drill_js__WEBPACK_IMPORTED_MODULE_1__/* .rtoParts */ .c)(report.phases ?? {}, report.rto_seconds)})`;
    const rpo = report.rpo_seconds === undefined
        ? 'not measured'
        : `${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatDuration */ .a3)(report.rpo_seconds)}${report.rto_seconds === undefined ? " (the backup's age)" : ''}`;
    return `RTO ${rto}; RPO ${rpo}`;
}


/***/ }),

/***/ 3662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ reportCommand)
});

// EXTERNAL MODULE: ./src/report/render.ts + 1 modules
var render = __webpack_require__(998);
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
// EXTERNAL MODULE: ./src/cli/cli-logger.ts
var cli_logger = __webpack_require__(1877);
// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
// EXTERNAL MODULE: ./src/cli/flags.ts
var cli_flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/report-command.ts








/** Flags → settings → core → report on stdout → exit code, the same for every report command. */
function reportCommand(spec) {
    return async (argv, ctx) => {
        const flags = (0,cli_flags/* parseFlags */.bQ)(spec.name, spec.options, argv, ctx.env);
        const raw = spec.prepare ? await spec.prepare(flags, ctx.env) : flags;
        const settings = spec.parse(raw);
        const format = settings.format;
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


/***/ })

};
