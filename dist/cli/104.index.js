export const id = 104;
export const ids = [104];
export const modules = {

/***/ 3082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   backupCommand: () => (/* binding */ backupCommand)
/* harmony export */ });
/* harmony import */ var _backup_backup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1044);
/* harmony import */ var _backup_backup_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6502);
/* harmony import */ var _report_command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8118);



const backupCommand = (0,_report_command_js__WEBPACK_IMPORTED_MODULE_2__/* .reportCommand */ .E)({
    name: 'backup',
    options: _backup_backup_settings_js__WEBPACK_IMPORTED_MODULE_1__.backupOptions,
    parse: _backup_backup_settings_js__WEBPACK_IMPORTED_MODULE_1__.parseBackupSettings,
    run: _backup_backup_js__WEBPACK_IMPORTED_MODULE_0__/* .backup */ .R,
});


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


/***/ })

};
