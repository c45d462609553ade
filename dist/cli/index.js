#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5377:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ helpText),
/* harmony export */   b: () => (/* binding */ parseFlags)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(17);


/** Turns `--name value` flags into the same raw option record the action builds from its inputs. */
function parseFlags(command, specs, argv) {
    const options = { help: { type: 'boolean' } };
    for (const [name, spec] of Object.entries(specs)) {
        if (spec.only === 'action')
            continue;
        options[name] = { type: spec.boolean ? 'boolean' : 'string' };
    }
    let values;
    try {
        ({ values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: joinDashValues(argv, options), options, strict: true, allowPositionals: false }));
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${cleanParseError((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error))}; see lifeboat ${command} --help`);
    }
    const raw = {};
    for (const [name, value] of Object.entries(values)) {
        raw[name] = typeof value === 'boolean' ? String(value) : value;
    }
    return raw;
}
/**
 * `--warn-after -1h` must reach the validator (which says what is accepted) instead of parseArgs'
 * "ambiguous argument": a value that starts with `-` but is no known flag is glued on with `=`.
 */
function joinDashValues(argv, options) {
    const out = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const name = arg.startsWith('--') && !arg.includes('=') ? arg.slice(2) : undefined;
        const next = argv[i + 1];
        if (name &&
            options[name]?.type === 'string' &&
            next?.startsWith('-') &&
            !(next.slice(2) in options && next.startsWith('--'))) {
            out.push(`${arg}=${next}`);
            i++;
        }
        else {
            out.push(arg);
        }
    }
    return out;
}
function cleanParseError(message) {
    // node's messages carry hints for `--foo=-bar` that do not apply here; keep the first sentence.
    return message.split('. ')[0].replace(/^Unknown option '(.*)'$/, 'Unknown option $1');
}
function helpText(command, summary, specs) {
    const lines = [`Usage: lifeboat ${command} [options]`, '', summary, '', 'Options:'];
    for (const [name, spec] of Object.entries(specs)) {
        if (spec.only === 'action')
            continue;
        const flag = spec.boolean ? `--${name}` : `--${name} <value>`;
        const def = spec.default ? ` (default: ${spec.default})` : spec.required ? ' (required)' : '';
        lines.push(`  ${flag.padEnd(30)} ${spec.description}${def}`);
    }
    return lines.join('\n');
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2957);

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), {
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2957:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* unused harmony export EXIT_USAGE */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(17);
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4537);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5377);



const EXIT_USAGE = 3;
const commands = {
    verify: {
        summary: 'Check that the newest backup is recent and intact.',
        load: async () => {
            const [{ verifyOptions }, { verifyCommand }] = await Promise.all([
                Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(789), __nccwpck_require__.e(163), __nccwpck_require__.e(608)]).then(__nccwpck_require__.bind(__nccwpck_require__, 608)),
                Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(789), __nccwpck_require__.e(163), __nccwpck_require__.e(327), __nccwpck_require__.e(294), __nccwpck_require__.e(917)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3989)),
            ]);
            return { options: verifyOptions, run: verifyCommand };
        },
    },
    drill: {
        summary: 'Restore a backup into a throwaway Postgres, prove the data, measure RTO and RPO.',
        load: async () => {
            const [{ drillOptions }, { drillCommand }] = await Promise.all([
                Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(708)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5708)),
                Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(698), __nccwpck_require__.e(815), __nccwpck_require__.e(789), __nccwpck_require__.e(163), __nccwpck_require__.e(327), __nccwpck_require__.e(294), __nccwpck_require__.e(232), __nccwpck_require__.e(723)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7104)),
            ]);
            return { options: drillOptions, run: drillCommand };
        },
    },
    backup: {
        summary: 'Back up a database with pg_dump into a store, with a sha256 and a manifest; apply retention.',
        load: async () => {
            const [{ backupOptions }, { backupCommand }] = await Promise.all([
                Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(502)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6502)),
                Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(698), __nccwpck_require__.e(789), __nccwpck_require__.e(327), __nccwpck_require__.e(752), __nccwpck_require__.e(104)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3082)),
            ]);
            return { options: backupOptions, run: backupCommand };
        },
    },
    demo: {
        summary: 'Back up, verify and restore-drill a sample database on a throwaway PostgreSQL.',
        load: async () => {
            const { demoOptions, demoCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(698), __nccwpck_require__.e(815), __nccwpck_require__.e(789), __nccwpck_require__.e(163), __nccwpck_require__.e(327), __nccwpck_require__.e(294), __nccwpck_require__.e(232), __nccwpck_require__.e(752), __nccwpck_require__.e(753)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8753));
            return { options: demoOptions, run: demoCommand };
        },
    },
    restore: {
        summary: 'Restore a backup (latest, a key, or the newest before a time) into a database you keep; --table for single tables.',
        load: async () => {
            const [{ restoreOptions }, { restoreCommand }] = await Promise.all([
                Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(408)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7408)),
                Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(698), __nccwpck_require__.e(789), __nccwpck_require__.e(163), __nccwpck_require__.e(327), __nccwpck_require__.e(294), __nccwpck_require__.e(232), __nccwpck_require__.e(615)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5615)),
            ]);
            return { options: restoreOptions, run: restoreCommand };
        },
    },
    extract: {
        summary: "Write one table's data from a backup to stdout as SQL (load it with psql): no restore needed.",
        load: async () => {
            const [{ extractOptions }, { extractCommand }] = await Promise.all([
                Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(408)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7408)),
                Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(698), __nccwpck_require__.e(789), __nccwpck_require__.e(163), __nccwpck_require__.e(327), __nccwpck_require__.e(294), __nccwpck_require__.e(232), __nccwpck_require__.e(292)]).then(__nccwpck_require__.bind(__nccwpck_require__, 292)),
            ]);
            return { options: extractOptions, run: extractCommand };
        },
    },
};
function usage() {
    const lines = ['Usage: lifeboat <command> [options]', '', 'Commands:'];
    for (const [name, c] of Object.entries(commands))
        lines.push(`  ${name.padEnd(8)} ${c.summary}`);
    lines.push('', 'Exit codes: 0 ok, 1 warning, 2 critical, 3 usage or configuration error.');
    lines.push('Run `lifeboat <command> --help` for its options.');
    return lines.join('\n');
}
/** Runs one CLI invocation and returns its exit code; never throws, never prints a stack trace. */
async function main(argv, ctx) {
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        ctx.stdout.write(`${usage()}\n`);
        return name ? 0 : EXIT_USAGE;
    }
    const command = commands[name];
    if (!command) {
        ctx.stderr.write(`lifeboat: unknown command "${name}"; expected one of ${Object.keys(commands).join(', ')}\n`);
        return EXIT_USAGE;
    }
    try {
        const { options, run } = await command.load();
        if (rest.includes('--help') || rest.includes('-h')) {
            ctx.stdout.write(`${(0,_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .helpText */ .B)(name, command.summary, options)}\n`);
            return 0;
        }
        return await run(rest, ctx);
    }
    catch (error) {
        if (error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d) {
            ctx.stderr.write(`lifeboat ${name}: ${(0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(error.message)}\n`);
            return EXIT_USAGE;
        }
        ctx.stderr.write(`lifeboat ${name}: ${(0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .g)(error))}\n`);
        if (ctx.env.LIFEBOAT_DEBUG && error instanceof Error && error.stack)
            ctx.stderr.write(`${(0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(error.stack)}\n`);
        return 2;
    }
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
