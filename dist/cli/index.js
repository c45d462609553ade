#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5377:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BK: () => (/* binding */ helpText),
/* harmony export */   bQ: () => (/* binding */ parseFlags)
/* harmony export */ });
/* unused harmony export cliDefault */
/* harmony import */ var _settings_boolean_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(709);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(17);
/* harmony import */ var _report_render_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(998);



/**
 * The one flag grammar of every command: `--name value` and `--name=value` for values; `--flag`,
 * `--no-flag` and `--flag=true|false|yes|no|on|off|1|0` for booleans. Flags absent from argv are
 * taken from the environment variables their spec names (keys and URLs stay out of `ps` and shell
 * history), then from the CLI's own default, so `--help` and the run use the same table.
 */
function parseFlags(command, specs, argv, env = {}) {
    const raw = {};
    const unknown = (arg) => new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`Unknown option ${arg}; see lifeboat ${command} --help`);
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (!arg.startsWith('--') || arg === '--') {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`Unexpected argument "${arg}": options are --name value; see lifeboat ${command} --help`);
        }
        const eq = arg.indexOf('=');
        const name = arg.slice(2, eq === -1 ? undefined : eq);
        const inline = eq === -1 ? undefined : arg.slice(eq + 1);
        const spec = cliSpec(specs, name);
        if (spec?.boolean) {
            // `--flag true` as older scripts write it: no command takes positionals, so this is unambiguous.
            const spaced = inline === undefined && argv[i + 1] !== undefined ? (0,_settings_boolean_js__WEBPACK_IMPORTED_MODULE_0__/* .booleanOrUndefined */ .yD)(argv[i + 1]) : undefined;
            if (spaced !== undefined)
                i++;
            raw[name] = String(inline === undefined ? (spaced ?? true) : (0,_settings_boolean_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBoolean */ .yG)(inline, `--${name}`));
            continue;
        }
        const negated = name.startsWith('no-') ? name.slice(3) : undefined;
        if (negated !== undefined && cliSpec(specs, negated)?.boolean) {
            if (inline !== undefined)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`Invalid --${name}: it takes no value (use --${negated}=false)`);
            raw[negated] = 'false';
            continue;
        }
        if (!spec)
            throw unknown(`--${name}`);
        if (inline !== undefined) {
            raw[name] = inline;
            continue;
        }
        const next = argv[i + 1];
        // `--warn-after -1h` reaches the validator (which says what is accepted); `--source --json` does not.
        if (next === undefined || (next.startsWith('--') && isFlag(specs, next))) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`Missing value for --${name}: ${spec.description}`);
        }
        raw[name] = next;
        i++;
    }
    for (const [name, spec] of Object.entries(specs)) {
        if (spec.only === 'action' || raw[name] !== undefined)
            continue;
        const fromEnv = spec.env?.map((v) => env[v]).find((v) => v !== undefined && v !== '');
        if (fromEnv !== undefined)
            raw[name] = fromEnv;
        else if (spec.cliDefault !== undefined)
            raw[name] = spec.cliDefault;
    }
    return raw;
}
function cliSpec(specs, name) {
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    return spec && spec.only !== 'action' ? spec : undefined;
}
function isFlag(specs, arg) {
    const name = arg.slice(2).split('=')[0];
    return cliSpec(specs, name) !== undefined || cliSpec(specs, name.replace(/^no-/, ''))?.boolean === true;
}
/** The default the CLI runs with when the flag is absent (and no environment variable is set). */
function cliDefault(spec) {
    const value = spec.cliDefault ?? spec.default;
    return value === '' ? undefined : value;
}
const HELP_WIDTH = 100;
function helpText(command, summary, specs) {
    const rows = [];
    for (const [name, spec] of Object.entries(specs)) {
        if (spec.only === 'action')
            continue;
        const flag = spec.boolean ? `--[no-]${name}` : `--${name} <value>`;
        const def = cliDefault(spec);
        const notes = [
            def !== undefined ? `default: ${def}` : spec.required ? 'required' : undefined,
            spec.env?.length ? `env: ${spec.env.join(' or ')}` : undefined,
        ].filter(Boolean);
        rows.push([flag, `${spec.description}${notes.length ? ` (${notes.join('; ')})` : ''}`]);
    }
    rows.push(['--help', 'Show this help.'], ['--version', 'Print the version and the commit of the build.']);
    const width = Math.max(...rows.map(([flag]) => flag.length));
    const lines = [`Usage: lifeboat ${command} [options]`, '', summary, '', 'Options:'];
    for (const [flag, text] of rows) {
        const wrapped = (0,_report_render_js__WEBPACK_IMPORTED_MODULE_2__/* .wrap */ .LV)(text, HELP_WIDTH - width - 4);
        lines.push(`  ${flag.padEnd(width)}  ${wrapped[0]}`);
        for (const more of wrapped.slice(1))
            lines.push(`  ${' '.repeat(width)}  ${more}`);
    }
    return lines.join('\n');
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7271);

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), {
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7271:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: EXIT_USAGE

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __nccwpck_require__(17);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __nccwpck_require__(4537);
// EXTERNAL MODULE: ./src/settings/messages.ts
var messages = __nccwpck_require__(5045);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __nccwpck_require__(5377);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/cli/version.ts


// scripts/build.mjs writes the package version and the source commit over these two tokens in the
// bundle; run from source (tests, tsx) they stay as they are and are looked up instead.
const BUILT_VERSION = "0.1.0";
const BUILT_COMMIT = "81e620bf0e84";
/** `lifeboat 0.1.0 (commit 1a2b3c4d5e6f)`: what `--version` prints. */
function versionText() {
    const { version, commit } = buildInfo();
    return `lifeboat ${version} (commit ${commit})`;
}
function buildInfo() {
    if (!BUILT_VERSION.startsWith('__LIFEBOAT'))
        return { version: BUILT_VERSION, commit: BUILT_COMMIT };
    // Not `new URL('../../', import.meta.url)`: ncc would bundle that as an asset whose id depends on the
    // checkout's path, and dist/ must be the same bytes wherever it is built.
    const here = import.meta.url;
    const root = new URL('../../', here);
    let version = 'unknown';
    try {
        version = JSON.parse((0,external_node_fs_.readFileSync)(new URL('package.json', root), 'utf8')).version;
    }
    catch {
        // not in a checkout: the version stays unknown
    }
    let commit = 'unknown';
    try {
        commit = (0,external_node_child_process_.execFileSync)('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    }
    catch {
        // no git: the commit stays unknown
    }
    return { version, commit: `${commit}, unbundled` };
}

;// CONCATENATED MODULE: ./src/cli/main.ts





const EXIT_USAGE = 3;
const commands = {
    verify: {
        summary: 'Check that the newest backup is recent and intact.',
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(654), __nccwpck_require__.e(901), __nccwpck_require__.e(82), __nccwpck_require__.e(875), __nccwpck_require__.e(570), __nccwpck_require__.e(407)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3989)).then((m) => ({ options: m.verifyOptions, run: m.verifyCommand })),
    },
    drill: {
        summary: 'Restore a backup into a throwaway Postgres, prove the data, measure RTO and RPO.',
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(654), __nccwpck_require__.e(815), __nccwpck_require__.e(698), __nccwpck_require__.e(901), __nccwpck_require__.e(82), __nccwpck_require__.e(875), __nccwpck_require__.e(300), __nccwpck_require__.e(5), __nccwpck_require__.e(723)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7104)).then((m) => ({ options: m.drillOptions, run: m.drillCommand })),
    },
    backup: {
        summary: 'Back up a database with pg_dump into a store, with a sha256 and a manifest; apply retention.',
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(654), __nccwpck_require__.e(698), __nccwpck_require__.e(901), __nccwpck_require__.e(82), __nccwpck_require__.e(44), __nccwpck_require__.e(459)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3082)).then((m) => ({ options: m.backupOptions, run: m.backupCommand })),
    },
    matrix: {
        summary: 'Print the strategy.matrix of the fleet file for GitHub Actions: {"include":[{"name":…},…]}.',
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(213)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2213)).then((m) => ({ options: m.matrixOptions, run: m.matrixCommand })),
    },
    list: {
        summary: 'List every backup of a store, newest first: time, age, size, format, sidecars, gaps and totals.',
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(654), __nccwpck_require__.e(901), __nccwpck_require__.e(82), __nccwpck_require__.e(672)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8282)).then((m) => ({ options: m.listOptions, run: m.listCommand })),
    },
    demo: {
        summary: 'Back up, verify and restore-drill a sample database on a throwaway PostgreSQL.',
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(654), __nccwpck_require__.e(815), __nccwpck_require__.e(698), __nccwpck_require__.e(901), __nccwpck_require__.e(82), __nccwpck_require__.e(875), __nccwpck_require__.e(300), __nccwpck_require__.e(5), __nccwpck_require__.e(44), __nccwpck_require__.e(570), __nccwpck_require__.e(753)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8753)).then((m) => ({ options: m.demoOptions, run: m.demoCommand })),
    },
    restore: {
        summary: 'Restore a backup (latest, a key, or the newest before a time) into a database you keep; --table for single tables.',
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(654), __nccwpck_require__.e(698), __nccwpck_require__.e(901), __nccwpck_require__.e(82), __nccwpck_require__.e(875), __nccwpck_require__.e(300), __nccwpck_require__.e(615)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5615)).then((m) => ({ options: m.restoreOptions, run: m.restoreCommand })),
    },
    extract: {
        summary: "Write one table's data from a backup to stdout as SQL (load it with psql): no restore needed.",
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(654), __nccwpck_require__.e(698), __nccwpck_require__.e(901), __nccwpck_require__.e(82), __nccwpck_require__.e(875), __nccwpck_require__.e(300), __nccwpck_require__.e(292)]).then(__nccwpck_require__.bind(__nccwpck_require__, 292)).then((m) => ({ options: m.extractOptions, run: m.extractCommand })),
    },
};
function usage() {
    const lines = ['Usage: lifeboat <command> [options]', '', 'Commands:'];
    for (const [name, c] of Object.entries(commands))
        lines.push(`  ${name.padEnd(8)} ${c.summary}`);
    lines.push('', 'Exit codes: 0 ok, 1 warning, 2 critical, 3 usage or configuration error.');
    lines.push('Run `lifeboat <command> --help` for its options, `lifeboat --version` for the version.');
    return lines.join('\n');
}
/** Runs one CLI invocation and returns its exit code; never throws, never prints a stack trace. */
async function main(argv, ctx) {
    const [name, ...rest] = argv;
    if (name === '--version' || name === '-V' || name === 'version' || rest.includes('--version')) {
        ctx.stdout.write(`${versionText()}\n`);
        return 0;
    }
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        ctx.stdout.write(`${usage()}\n`);
        return name ? 0 : EXIT_USAGE;
    }
    const command = commands[name];
    if (!command) {
        ctx.stderr.write(`lifeboat: unknown command "${name}"; expected one of ${Object.keys(commands).join(', ')}\n`);
        return EXIT_USAGE;
    }
    let specs = {};
    try {
        const { options, run } = await command.load();
        specs = options;
        if (rest.includes('--help') || rest.includes('-h')) {
            ctx.stdout.write(`${(0,flags/* helpText */.BK)(name, command.summary, options)}\n`);
            return 0;
        }
        return await run(rest, ctx);
    }
    catch (error) {
        if (error instanceof errors/* InputError */.d) {
            ctx.stderr.write(`lifeboat ${name}: ${(0,secrets/* redactSecrets */.fp)((0,messages/* cliWording */.F)(error.message, specs))}\n`);
            return EXIT_USAGE;
        }
        ctx.stderr.write(`lifeboat ${name}: ${(0,secrets/* redactSecrets */.fp)((0,messages/* cliWording */.F)((0,errors/* errorMessage */.g)(error), specs))}\n`);
        if (ctx.env.LIFEBOAT_DEBUG && error instanceof Error && error.stack)
            ctx.stderr.write(`${(0,secrets/* redactSecrets */.fp)(error.stack)}\n`);
        return 2;
    }
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ nounFor),
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   BC: () => (/* binding */ shortHash),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   fU: () => (/* binding */ formatTime),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   nV: () => (/* binding */ formatAge),
/* harmony export */   xv: () => (/* binding */ truncate),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/**
 * Human formatting shared by every renderer (terminal, job summary, issue): one spelling of a size, a
 * duration, a count and a hash wherever Lifeboat shows one.
 */
const BYTE_UNITS = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
/** `512` → `512 B`, `1536` → `1.5 KiB`, `3 GiB` → `3.0 GiB`; binary units, as `--max-size` parses them. */
function formatBytes(bytes) {
    if (!Number.isFinite(bytes))
        return String(bytes);
    const sign = bytes < 0 ? '-' : '';
    let v = Math.abs(bytes);
    if (v < 1024)
        return `${sign}${Math.round(v)} B`;
    let i = -1;
    do {
        v /= 1024;
        i++;
    } while (v >= 1023.95 && i < BYTE_UNITS.length - 1);
    return `${sign}${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ${BYTE_UNITS[i]}`;
}
/**
 * `93600` → `26h`, `5400` → `1h30m`, `90` → `1m30s`, `302400` → `3d12h`: at most two units, no spaces, so
 * the text is also a valid duration input (the inverse of parseDurationSeconds for messages and thresholds).
 */
function formatDuration(seconds) {
    const [sign, parts] = durationParts(seconds, 3);
    return parts.length ? sign + parts.join('') : '0s';
}
/**
 * An age or a gap for tables and lists: `31h12m` under two days, `2d 4h` from two days on. Days read better
 * than hours once the number of hours stops being a glance ("52h" vs "2d 4h").
 */
function formatAge(seconds) {
    const [sign, parts] = durationParts(seconds, 2);
    return parts.length ? sign + parts.join(parts[0].endsWith('d') ? ' ' : '') : '0s';
}
/** The two most significant units of a span; whole days only from `daysFrom` days on. */
function durationParts(seconds, daysFrom) {
    if (!Number.isFinite(seconds))
        return ['', [String(seconds)]];
    const sign = seconds < 0 ? '-' : '';
    let s = Math.round(Math.abs(seconds));
    const parts = [];
    const days = Math.floor(s / 86400);
    if (days >= daysFrom) {
        parts.push(`${days}d`);
        s -= days * 86400;
    }
    const hours = Math.floor(s / 3600);
    if (hours)
        parts.push(`${hours}h`);
    s -= hours * 3600;
    const minutes = Math.floor(s / 60);
    if (minutes)
        parts.push(`${minutes}m`);
    s -= minutes * 60;
    // Seconds are noise next to hours ("40h1s"); they matter only for short spans.
    if (s && hours === 0 && parts.length < 2 && !(days >= daysFrom))
        parts.push(`${s}s`);
    return [sign, parts.slice(0, 2)];
}
/** `408040` → `408,040`: thousands separators in every count Lifeboat prints, whatever the locale. */
function formatCount(n) {
    return Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: 2 }) : String(n);
}
/**
 * `plural(1, 'table')` → `1 table`, `plural(20000, 'backup')` → `20,000 backups`,
 * `plural(2, 'entry', 'entries')` → `2 entries`.
 */
function plural(n, singular, pluralForm = `${singular}s`) {
    return `${formatCount(n)} ${n === 1 ? singular : pluralForm}`;
}
/** The noun alone, for phrases where the count is printed elsewhere or spelled out. */
function nounFor(n, singular, pluralForm = `${singular}s`) {
    return n === 1 ? singular : pluralForm;
}
/** The first 12 hex digits of a digest: enough to tell backups apart, short enough for a table cell. */
function shortHash(hex) {
    return hex.trim().toLowerCase().slice(0, 12);
}
/** `2026-11-29T10:05:00.000Z` → `2026-11-29 10:05 UTC`: minute precision, always UTC. */
function formatTime(at) {
    const d = typeof at === 'string' ? new Date(at) : at;
    if (Number.isNaN(d.getTime()))
        return String(at);
    return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
/** `0.4213` → `42%`, `0.0042` → `0.4%`. */
function formatPercent(fraction) {
    const p = fraction * 100;
    return `${p !== 0 && Math.abs(p) < 10 ? p.toFixed(1) : p.toFixed(0)}%`;
}
/**
 * Shortens `text` to at most `width` characters, cutting at the last word boundary and ending with `…`
 * (a cut mid-word reads as a different name). A single word longer than `width` is cut where it must be.
 */
function truncate(text, width) {
    if (text.length <= width)
        return text;
    if (width <= 1)
        return '…'.slice(0, width);
    const room = text.slice(0, width - 1);
    const boundary = Math.max(room.lastIndexOf(' '), room.lastIndexOf('-'), room.lastIndexOf('_'), room.lastIndexOf('.'));
    const cut = boundary > width / 3 ? room.slice(0, boundary) : room;
    return `${cut.replace(/[\s\-_.,:;]+$/, '')}…`;
}


/***/ }),

/***/ 998:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _X: () => (/* binding */ DEFAULT_COLUMNS),
  nI: () => (/* binding */ paint),
  S5: () => (/* binding */ renderText),
  rz: () => (/* binding */ verdictLines),
  LV: () => (/* binding */ wrap)
});

// UNUSED EXPORTS: verdictLine

// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __nccwpck_require__(8850);
;// CONCATENATED MODULE: ./src/report/families.ts
/**
 * Verify checks by family. `history` holds past facts (a gap last week stays a gap for 14 days after
 * the backups are back), so it must not keep a freshness issue open, and is not filed unless asked for.
 */
const VERIFY_FAMILIES = {
    store: 'freshness',
    exists: 'freshness',
    recency: 'freshness',
    future: 'freshness',
    size: 'freshness',
    checksum: 'integrity',
    archive: 'integrity',
    content: 'integrity',
    rows: 'integrity',
    manifest: 'integrity',
    gaps: 'history',
    retention: 'history',
    'drill-age': 'drill-overdue',
};
function familyOf(kind, checkId) {
    if (kind === 'drill')
        return 'drill';
    if (kind === 'backup')
        return 'backup';
    // Store checks of a platform (Railway's `schedule`, `retention`) and any check added later without a
    // family still get reported rather than silently dropped.
    return VERIFY_FAMILIES[checkId] ?? 'freshness';
}
const FAMILY_ORDER = (/* unused pure expression or super */ null && (['freshness', 'integrity', 'history', 'drill-overdue', 'drill', 'backup']));
/** Families that are reported but get no issue unless the workflow asks for them. */
const QUIET_FAMILIES = new Set(['history']);

// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __nccwpck_require__(4537);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __nccwpck_require__(2011);
;// CONCATENATED MODULE: ./src/report/render.ts




const SYMBOL = { ok: '✓', warning: '!', critical: '✗', skipped: '-' };
const TITLE = {
    verify: 'Backup verification',
    drill: 'Restore drill',
    backup: 'Backup',
};
/** Human output is laid out for this many columns unless the terminal says otherwise. */
const DEFAULT_COLUMNS = 100;
// Wider ids (assertion names) are cut at a word boundary; the full name is in the summary.
const MAX_ID_WIDTH = 24;
const STATUS_WIDTH = 'critical'.length;
const ANSI = {
    ok: ['\x1b[32m', '\x1b[39m'],
    warning: ['\x1b[33m', '\x1b[39m'],
    critical: ['\x1b[31m', '\x1b[39m'],
    skipped: ['\x1b[2m', '\x1b[22m'],
    dim: ['\x1b[2m', '\x1b[22m'],
    bold: ['\x1b[1m', '\x1b[22m'],
};
function paint(color, style, text) {
    return color ? `${ANSI[style][0]}${text}${ANSI[style][1]}` : text;
}
/**
 * Human output of the CLI: the backup, one aligned row per check (summaries wrapped to the terminal),
 * then the verdict: one line per failing family of checks, never the whole list again.
 */
function renderText(report, opts = {}) {
    const columns = opts.columns ?? DEFAULT_COLUMNS;
    const lines = [paint(opts.color, 'bold', `${TITLE[report.kind]} of ${report.source}`)];
    if (report.backup) {
        const b = report.backup;
        lines.push(`  backup ${b.key}`, `         taken ${(0,format/* formatTime */.fU)(b.time)}, ${(0,format/* formatBytes */.z3)(b.size)}${b.format ? `, ${b.format}` : ''}`);
    }
    const idWidth = Math.min(Math.max(...report.checks.map((c) => shownId(c).length), 5), MAX_ID_WIDTH);
    const indent = 2 + 2 + idWidth + 2 + STATUS_WIDTH + 1;
    for (const c of report.checks) {
        const summary = wrap(c.summary, Math.max(30, columns - indent));
        const head = `  ${paint(opts.color, c.status, SYMBOL[c.status])} ${(0,format/* truncate */.xv)(shownId(c), idWidth).padEnd(idWidth)}  ` +
            `${paint(opts.color, c.status, c.status.padEnd(STATUS_WIDTH))} `;
        lines.push(`${head}${summary[0] ?? ''}`);
        for (const more of summary.slice(1))
            lines.push(`${' '.repeat(indent)}${more}`);
    }
    if (opts.epilogue)
        lines.push(opts.epilogue);
    lines.push(...verdictLines(report, columns).map((l, i) => (i === 0 ? paint(opts.color, report.status, l) : l)));
    return (0,secrets/* redactSecrets */.fp)(lines.join('\n'));
}
/** An assertion by its name as written; every other check by its id. */
function shownId(c) {
    return c.label ?? c.id;
}
/** The failing checks grouped by the family an issue would file them under, worst family first. */
function failingFamilies(report) {
    const byFamily = new Map();
    for (const c of report.checks) {
        if (c.status !== 'warning' && c.status !== 'critical')
            continue;
        const family = familyOf(report.kind, c.id);
        byFamily.set(family, [...(byFamily.get(family) ?? []), c]);
    }
    const worstFirst = (a, b) => (0,report_report/* statusRank */.Tx)(b.status) - (0,report_report/* statusRank */.Tx)(a.status);
    return [...byFamily.values()].map((checks) => checks.sort(worstFirst)).sort((a, b) => worstFirst(a[0], b[0]));
}
/**
 * `CRITICAL: restore: pg_restore failed … (+2 more)`: one line per failing family, each the worst
 * check's summary cut to the width, so a failed drill ends in a line or two, not a wall of text.
 */
function verdictLines(report, columns = DEFAULT_COLUMNS) {
    const families = failingFamilies(report);
    if (families.length === 0)
        return [`${report.status.toUpperCase()}: all checks passed`];
    return families.map((checks) => {
        const [worst] = checks;
        const more = checks.length > 1 ? ` (+${checks.length - 1} more)` : '';
        // An assertion's summary starts with its name: saying it twice would only push the reason off the line.
        // An assertion's summary starts with its (long) name: shorten the name, keep the reason after it.
        const label = worst.label;
        const text = label !== undefined && worst.summary.startsWith(label)
            ? `${(0,format/* truncate */.xv)(label, 40)}${worst.summary.slice(label.length)}`
            : `${(0,format/* truncate */.xv)(shownId(worst), MAX_ID_WIDTH)}: ${worst.summary}`;
        const head = `${worst.status.toUpperCase()}: `;
        return `${head}${(0,format/* truncate */.xv)(text, Math.max(20, columns - head.length - more.length))}${more}`;
    });
}
/** "newest backup is 26h old (critical after 25h)": the worst check of each failing family, or all is well. */
function verdictLine(report) {
    const families = failingFamilies(report);
    if (families.length === 0)
        return 'all checks passed';
    return families
        .map((checks) => `${checks[0].id}: ${checks[0].summary}${checks.length > 1 ? ` (+${checks.length - 1} more)` : ''}`)
        .join('; ');
}
/** Breaks `text` into lines of at most `width` columns at spaces; a longer word (a key, a URL) stands alone. */
function wrap(text, width) {
    const lines = [];
    let line = '';
    for (const word of text.split(' ')) {
        if (line && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else {
            line = line ? `${line} ${word}` : word;
        }
    }
    if (line || lines.length === 0)
        lines.push(line);
    return lines;
}


/***/ }),

/***/ 8850:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ worstStatus),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   Tx: () => (/* binding */ statusRank),
/* harmony export */   l4: () => (/* binding */ reportJson),
/* harmony export */   xP: () => (/* binding */ measure)
/* harmony export */ });
/* unused harmony exports REPORT_SCHEMA, shouldFail, REFUSED_EXIT_CODE, displayValue, displayThreshold */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2011);

/** Version of the JSON report; schema/lifeboat-report-2.json describes it. */
const REPORT_SCHEMA = 'lifeboat-report/2';
/** The report as machines get it (`--format json`, the action's report file): stamped with its schema. */
function reportJson(report) {
    const { schema: _schema, ...rest } = report;
    return JSON.stringify({ schema: REPORT_SCHEMA, ...rest }, null, 2);
}
const rank = { skipped: 0, ok: 0, warning: 1, critical: 2 };
function statusRank(status) {
    return rank[status];
}
function worstStatus(statuses) {
    let worst = 'ok';
    for (const s of statuses) {
        if (s !== 'skipped' && rank[s] > rank[worst])
            worst = s;
    }
    return worst;
}
/** Whether a run with this verdict should fail the step / exit non-zero. */
function shouldFail(status, failOn) {
    if (failOn === 'never')
        return false;
    return rank[status] >= rank[failOn];
}
/** Exit code of a refusal: a usage or configuration error, like bad input. */
const REFUSED_EXIT_CODE = 3;
/**
 * Monitoring exit codes: 0 ok, 1 warning, 2 critical; 3 for a run that refused its target (and for
 * usage errors, which never reach a report).
 */
function exitCodeFor(outcome, failOn) {
    if (outcome.refused)
        return REFUSED_EXIT_CODE;
    return shouldFail(outcome.status, failOn) ? rank[outcome.status] : 0;
}
const DISPLAY = {
    seconds: _format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3,
    bytes: _format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3,
    count: _format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4,
    ratio: _format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9,
};
/**
 * The numeric part of a check: `value` and thresholds in base units, with their display strings.
 * `thresholdText` replaces the formatted threshold when one number cannot say it ("≥ 1.0 KiB").
 */
function measure(unit, value, limits = {}) {
    const show = DISPLAY[unit];
    const display = {};
    if (value !== undefined || limits.valueText)
        display.value = limits.valueText ?? show(value);
    if (limits.thresholdText ?? limits.threshold !== undefined) {
        display.threshold = limits.thresholdText ?? show(limits.threshold);
    }
    return {
        ...(value !== undefined ? { value } : {}),
        ...(limits.threshold !== undefined ? { threshold: limits.threshold } : {}),
        ...(limits.warning !== undefined ? { warning_threshold: limits.warning } : {}),
        unit,
        display,
    };
}
/** A check's value as people read it, whether numeric or text-only. */
function displayValue(c) {
    return (c.display?.value ?? (c.value === undefined ? undefined : c.unit ? DISPLAY[c.unit](c.value) : formatCount(c.value)));
}
function displayThreshold(c) {
    return (c.display?.threshold ??
        (c.threshold === undefined ? undefined : c.unit ? DISPLAY[c.unit](c.threshold) : formatCount(c.threshold)));
}


/***/ }),

/***/ 709:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Vk: () => (/* binding */ BOOLEAN_HINT),
/* harmony export */   yD: () => (/* binding */ booleanOrUndefined),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(17);

const BOOLEAN_HINT = 'true, false, yes, no, on, off, 1 or 0';
const TRUE = new Set(['true', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'no', 'off', '0']);
/** `true`/`false` for a word of the boolean grammar, undefined for anything else. */
function booleanOrUndefined(text) {
    const t = text.trim().toLowerCase();
    if (TRUE.has(t))
        return true;
    if (FALSE.has(t))
        return false;
    return undefined;
}
/**
 * The one boolean grammar of every input and flag: `true/false/yes/no/on/off/1/0`, any case.
 * Anything else is an InputError naming the input, so `issue: maybe` never silently means "yes".
 */
function parseBoolean(text, input = 'value') {
    const value = booleanOrUndefined(text);
    if (value !== undefined)
        return value;
    const shown = text.length > 80 ? `${text.slice(0, 80)}…` : text;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`Invalid ${input} "${shown}": expected ${BOOLEAN_HINT}`);
}


/***/ }),

/***/ 5045:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ cliWording)
/* harmony export */ });
/**
 * Lifeboat's messages name options the way a workflow does (`set allow-overwrite: true`,
 * `Invalid warn-after "25 hours"`): the core and the actions speak inputs. The command line renders
 * the same messages in its own syntax through this one table of phrases, so a message is written
 * once and reads right in both places: `pass --allow-overwrite`, `Invalid --warn-after "25 hours"`.
 * Only these phrases and only the command's own option names are rewritten: ordinary words that
 * happen to be option names ("source", "database") are left alone elsewhere.
 */
const PHRASES = [
    { pattern: (n) => new RegExp(`\\b(Invalid|Missing) ${n}(?=[ :"])`, 'g'), cli: (n, _s, m) => `${m[1]} --${n}` },
    {
        pattern: (n) => new RegExp(`\\b([Ss])et ${n}: true\\b`, 'g'),
        cli: (n, _s, m) => `${m[1] === 'S' ? 'P' : 'p'}ass --${n}`,
    },
    {
        pattern: (n) => new RegExp(`\\b([Ss])et ${n}: false\\b`, 'g'),
        cli: (n, _s, m) => `${m[1] === 'S' ? 'P' : 'p'}ass --no-${n}`,
    },
    {
        pattern: (n) => new RegExp(`\\b([Ss])et \`?${n}\`?( to)?(?![\\w-])`, 'g'),
        cli: (n, _s, m) => `${m[1] === 'S' ? 'P' : 'p'}ass --${n}${m[2] ? ' with' : ''}`,
    },
    { pattern: (n) => new RegExp(`\\bas ${n}\\b`, 'g'), cli: (n) => `as --${n}` },
    { pattern: (n) => new RegExp(`\\bpoint ${n} at\\b`, 'g'), cli: (n) => `point --${n} at` },
];
/** The command-line wording of a message written in the actions' terms (see PHRASES). */
function cliWording(message, specs) {
    // Longest names first: `age-identity` before a hypothetical `age`.
    const names = Object.keys(specs)
        .filter((n) => specs[n].only !== 'action')
        .sort((a, b) => b.length - a.length);
    let out = message;
    for (const name of names) {
        const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        for (const phrase of PHRASES) {
            out = out.replace(phrase.pattern(escaped), (...m) => phrase.cli(name, specs, m));
        }
    }
    return out;
}


/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError),
/* harmony export */   g: () => (/* binding */ errorMessage)
/* harmony export */ });
/**
 * Bad input from a user: one line naming the input, the value and what is accepted.
 * Entries print `message` alone (never a stack) and exit 3 / fail the step.
 */
class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 4537:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   Ck: () => (/* binding */ addSecret),
/* harmony export */   EI: () => (/* binding */ addUrlSecrets),
/* harmony export */   fp: () => (/* binding */ redactSecrets)
/* harmony export */ });
/* unused harmony exports onSecret, clearSecretsForTests */
/**
 * Every secret Lifeboat learns (database passwords, S3 keys, tokens) is registered here, so that
 * every sink (job summary, report file, issue body, CLI output) can scrub it with one call.
 * The action entries also forward each one to `core.setSecret` through `onSecret`.
 */
const secrets = new Set();
const listeners = [];
// Very short values would scrub ordinary words out of reports ("a", "on"): a real secret is longer.
const MIN_SECRET_LENGTH = 4;
function addSecret(value) {
    if (!value || value.length < MIN_SECRET_LENGTH || secrets.has(value))
        return;
    secrets.add(value);
    // URL-encoded forms show up in connection strings.
    const encoded = encodeURIComponent(value);
    if (encoded !== value)
        secrets.add(encoded);
    for (const listener of listeners)
        listener(value);
}
function onSecret(listener) {
    listeners.push(listener);
    for (const s of secrets)
        listener(s);
}
function redactSecrets(text) {
    let out = text;
    // Longest first so a secret containing another is scrubbed whole.
    for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
        out = out.split(s).join('***');
    }
    return out;
}
/** Registers every secret part of a URL (password, sensitive query parameters). */
function addUrlSecrets(raw) {
    try {
        const url = new URL(raw);
        if (url.password) {
            addSecret(url.password);
            addSecret(decodeURIComponent(url.password));
        }
        for (const [name, value] of url.searchParams) {
            if (SENSITIVE_PARAMS.test(name))
                addSecret(value);
        }
    }
    catch {
        // Not a URL: nothing to learn from it.
    }
}
const SENSITIVE_PARAMS = /pass|secret|token|signature|key|credential/i;
/**
 * A URL fit for logs and issues: the password and sensitive query parameters replaced by `***`.
 * Anything that does not parse as a URL is returned with registered secrets scrubbed.
 */
function redactUrl(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        return redactSecrets(raw);
    }
    if (url.password)
        url.password = '***';
    for (const name of [...url.searchParams.keys()]) {
        if (SENSITIVE_PARAMS.test(name))
            url.searchParams.set(name, '***');
    }
    return redactSecrets(url.toString().replace('%2A%2A%2A', '***'));
}
/** For tests: forget everything learnt so far. */
function clearSecretsForTests() {
    secrets.clear();
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 1553:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8253:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util/types");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
