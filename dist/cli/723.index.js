export const id = 723;
export const ids = [723];
export const modules = {

/***/ 7104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   drillCommand: () => (/* binding */ drillCommand)
/* harmony export */ });
/* harmony import */ var _drill_drill_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1677);
/* harmony import */ var _drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5708);
/* harmony import */ var _settings_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1145);
/* harmony import */ var _settings_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8031);
/* harmony import */ var _report_command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8118);





const drillCommand = (0,_report_command_js__WEBPACK_IMPORTED_MODULE_4__/* .reportCommand */ .E)({
    name: 'drill',
    options: _drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_1__.drillOptions,
    parse: _drill_drill_settings_js__WEBPACK_IMPORTED_MODULE_1__.parseDrillSettings,
    run: _drill_drill_js__WEBPACK_IMPORTED_MODULE_0__/* .drill */ .E,
    fromEnv: _settings_options_js__WEBPACK_IMPORTED_MODULE_3__/* .decryptionFromEnv */ .NF,
    epilogue: rtoLine,
});
/** "RTO 9s (fetch 0s, target 6s, restore 1s, verify 1s); RPO 10s": the two numbers the runbook asks for. */
function rtoLine(report) {
    if (report.rto_seconds === undefined && report.rpo_seconds === undefined)
        return undefined;
    const phases = Object.entries(report.phases ?? {})
        .map(([name, s]) => `${name} ${(0,_settings_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(s)}`)
        .join(', ');
    const rto = report.rto_seconds === undefined ? 'not measured' : (0,_settings_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(report.rto_seconds);
    const rpo = report.rpo_seconds === undefined ? '?' : (0,_settings_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(report.rpo_seconds);
    return `RTO ${rto}${phases ? ` (${phases})` : ''}; RPO ${rpo}`;
}


/***/ }),

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

/***/ 1677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ drill)
});

// EXTERNAL MODULE: ./src/stores/open-store.ts + 3 modules
var open_store = __webpack_require__(2046);
// EXTERNAL MODULE: ./src/stores/store.ts
var stores_store = __webpack_require__(4703);
// EXTERNAL MODULE: ./src/verify/verify.ts + 5 modules
var verify = __webpack_require__(3294);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/drill/checks-file.ts





const CHECKLIST_TAGS = ['tenant-isolation', 'balances'];
const EXPECT_HINT = 'expected no_rows, true or { equals: V }';
const expectSchema = schemas/* unknown */.L5J().transform((value, ctx) => {
    if (value === 'no_rows')
        return { kind: 'no_rows' };
    if (value === true)
        return { kind: 'true' };
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const keys = Object.keys(value);
        if (keys.length === 1 && keys[0] === 'equals')
            return { kind: 'equals', value: value.equals };
    }
    ctx.addIssue({ code: 'custom', message: EXPECT_HINT });
    return core/* NEVER */.tm;
});
const tableName = schemas/* string */.YjP()
    .trim()
    .regex(/^[^.\s]+(\.[^.\s]+)?$/, 'expected schema.table, like public.orders');
const nonEmpty = schemas/* string */.YjP().trim().min(1, 'must not be empty');
const fileSchema = schemas/* object */.Ikc({
    tables: schemas/* array */.YOg(schemas/* preprocess */.vkY((v) => (typeof v === 'string' ? { name: v } : v), schemas/* strictObject */.rej({ name: tableName, min_rows: schemas/* number */.aig().int().nonnegative().default(1) })))
        .default([]),
    freshness: schemas/* array */.YOg(schemas/* strictObject */.rej({ table: tableName, column: nonEmpty })).default([]),
    assertions: schemas/* array */.YOg(schemas/* strictObject */.rej({
        name: nonEmpty.optional(),
        sql: nonEmpty,
        expect: expectSchema,
        as_role: nonEmpty.optional(),
        setup: nonEmpty.optional(),
        checklist: schemas/* enum */.k5n(CHECKLIST_TAGS).optional(),
    }))
        .default([]),
    smoke: nonEmpty.optional(),
    amcheck: schemas/* boolean */.zMY().optional(),
})
    .strict();
/**
 * Reads the checks file. The default path may be absent (no extra checks: undefined); a file named
 * explicitly must exist. Every problem is an InputError naming the file and line.
 */
async function loadChecksFile(file, opts) {
    const full = external_node_path_default().resolve(opts.cwd ?? process.cwd(), file);
    let text;
    try {
        text = await (0,promises_.readFile)(full, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' && !opts.explicit)
            return undefined;
        throw new errors/* InputError */.d(code === 'ENOENT'
            ? `Invalid checks "${file}": the file does not exist`
            : `Cannot read checks file ${file}: ${error.message}`);
    }
    return parseChecksFile(text, file);
}
function parseChecksFile(text, file) {
    const label = external_node_path_default().basename(file);
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const error = doc.errors[0];
        const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
        throw new errors/* InputError */.d(`${label} line ${line}: ${error.message.split('\n')[0]}`);
    }
    const data = doc.toJS() ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) {
        throw new errors/* InputError */.d(`${label} line 1: expected a mapping with tables, freshness, assertions, smoke or amcheck`);
    }
    const parsed = fileSchema.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        let issuePath = issue.path.filter((p) => typeof p !== 'symbol');
        let message = issue.message;
        if (issue.code === 'unrecognized_keys') {
            // Point at the stray key itself, the likeliest typo ("assertion:" for "assertions:").
            issuePath = [...issuePath, issue.keys[0]];
            message = `unknown key (expected ${expectedKeys(issuePath)})`;
        }
        const line = lineOf(doc, lineCounter, issuePath);
        throw new errors/* InputError */.d(`${label} line ${line}: ${formatPath(issuePath) || '(top level)'}: ${message}`);
    }
    const v = parsed.data;
    return {
        path: file,
        tables: v.tables.map((t) => ({ name: qualify(t.name), minRows: t.min_rows })),
        freshness: v.freshness.map((f) => ({ table: qualify(f.table), column: f.column })),
        assertions: v.assertions.map((a, i) => ({
            name: a.name ?? `assertions[${i}]`,
            sql: a.sql,
            expect: a.expect,
            asRole: a.as_role,
            setup: a.setup,
            checklist: a.checklist,
        })),
        smoke: v.smoke,
        amcheck: v.amcheck,
    };
}
function qualify(name) {
    return name.includes('.') ? name : `public.${name}`;
}
function expectedKeys(issuePath) {
    const depth = issuePath.length;
    const parent = issuePath[0];
    if (depth === 1)
        return 'tables, freshness, assertions, smoke or amcheck';
    if (parent === 'tables')
        return 'name, min_rows';
    if (parent === 'freshness')
        return 'table, column';
    return 'name, sql, expect, as_role, setup, checklist';
}
/**
 * The line of the deepest node of `issuePath` that exists, read from the key when it is a mapping
 * entry (a block value starts on the next line); a missing key points at its parent.
 */
function lineOf(doc, lineCounter, issuePath) {
    for (let n = issuePath.length; n >= 0; n--) {
        const parent = n > 0 ? doc.getIn(issuePath.slice(0, n - 1), true) : undefined;
        if (n > 0 && (0,dist/* isMap */.jh)(parent)) {
            const pair = parent.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === issuePath[n - 1]);
            const key = pair?.key;
            if (key?.range)
                return lineCounter.linePos(key.range[0]).line;
            continue;
        }
        const node = doc.getIn(issuePath.slice(0, n), true);
        if (node && typeof node === 'object' && node.range)
            return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
}
function formatPath(issuePath) {
    return issuePath.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

// EXTERNAL MODULE: ./src/drill/run-drill.ts + 1 modules
var run_drill = __webpack_require__(5511);
;// CONCATENATED MODULE: ./src/drill/drill.ts





/** The one implementation behind `lifeboat drill` and the restore-drill action. */
async function drill(settings, environment) {
    // A broken checks file is a configuration error: found before any backup is fetched.
    const checks = await loadChecksFile(settings.checksFile, {
        explicit: settings.checksFileExplicit,
        cwd: environment.cwd,
    });
    if (checks)
        environment.logger.info(`Checks from ${checks.path}`);
    const store = (0,open_store/* openStore */.C)(settings.source, { env: environment.env, forcePathStyle: settings.s3ForcePathStyle });
    // Railway volume snapshots cannot be downloaded: say so before any work, with what to do instead.
    (0,stores_store/* assertDownloadable */.L)(store);
    const result = await (0,run_drill/* runDrill */.BT)(settings, {
        store,
        logger: environment.logger,
        now: environment.now,
        pgRestore: (0,verify/* pgRestoreResolver */.Q)(settings.postgresBinDir),
        checks,
        ...environment.overrides,
    });
    return { ...result, checks };
}


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


/***/ })

};
