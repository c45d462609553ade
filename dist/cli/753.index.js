export const id = 753;
export const ids = [753,648];
export const modules = {

/***/ 8753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  demoCommand: () => (/* binding */ demoCommand),
  demoOptions: () => (/* binding */ demoOptions)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/backup/backup.ts + 4 modules
var backup = __webpack_require__(1044);
// EXTERNAL MODULE: ./src/backup/backup-settings.ts
var backup_settings = __webpack_require__(6502);
// EXTERNAL MODULE: ./src/drill/drill.ts
var drill = __webpack_require__(5948);
// EXTERNAL MODULE: ./src/drill/drill-settings.ts
var drill_settings = __webpack_require__(5708);
// EXTERNAL MODULE: ./src/postgres/binaries.ts
var binaries = __webpack_require__(1758);
// EXTERNAL MODULE: ./src/postgres/ephemeral-cluster.ts
var ephemeral_cluster = __webpack_require__(3635);
// EXTERNAL MODULE: ./src/report/report.ts
var report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/verify/verify.ts + 3 modules
var verify = __webpack_require__(4813);
// EXTERNAL MODULE: ./src/verify/verify-settings.ts
var verify_settings = __webpack_require__(608);
// EXTERNAL MODULE: ./src/postgres/client.ts
var client = __webpack_require__(8620);
;// CONCATENATED MODULE: ./src/demo/sample-database.ts


const SAMPLE_TABLES = [
    'public.tenants',
    'public.users',
    'public.items',
    'public.inventory_ledger',
    'public.inventory_balances',
];
/** The table and column whose newest value says how fresh the data is (for the drill's data RPO). */
const SAMPLE_FRESHNESS = { table: 'public.inventory_ledger', column: 'created_at' };
const SAMPLE_ROLES = { owner: 'inventory_owner', reader: 'tenant_reader' };
/**
 * Item names that make COPY work for its living: tabs, newlines, carriage returns and backslashes
 * must be escaped in the dump and unescaped on restore, `\N` as text must not become NULL, and
 * multi-byte characters must survive the encoding round trip.
 */
const TRICKY_ITEM_NAMES = [
    'Plain widget',
    'Tab\tseparated\tname',
    'Line one\nline two',
    'Back\\slash and \\N (not null)',
    'Carriage\r\nreturn',
    'Ünïcødé — 日本語 ✓ 🚀',
    `Quote's "double"`,
    'Comma, semicolon; pipe | end',
];
/**
 * The two canonical checks of the example checks file, in its vocabulary (`sql`, `expect`,
 * `as_role`, `setup`).
 */
const SAMPLE_ASSERTIONS = {
    /**
     * A tenant role sees its own rows and only those. True only if the reader sees some rows and
     * every one belongs to tenant 1: a restore that lost the policies leaks rows, one that lost the
     * grants or the data sees none.
     */
    tenantIsolation: {
        name: 'tenant isolation: tenant_reader with app.tenant_id = 1 sees only tenant 1',
        as_role: 'tenant_reader',
        setup: "SET app.tenant_id = '1'",
        sql: `SELECT count(*) > 0 AND bool_and(tenant_id = 1)
FROM (
  SELECT tenant_id FROM public.items
  UNION ALL SELECT tenant_id FROM public.inventory_ledger
  UNION ALL SELECT tenant_id FROM public.inventory_balances
) AS visible`,
        expect: true,
    },
    /** Every balance equals the sum of its ledger deltas; any row returned is a mismatch. */
    balancesMatchLedger: {
        name: 'balances equal ledger sums',
        sql: `SELECT COALESCE(b.tenant_id, l.tenant_id) AS tenant_id,
       COALESCE(b.item_id, l.item_id) AS item_id,
       b.balance,
       l.total AS ledger_total
FROM public.inventory_balances AS b
FULL JOIN (
  SELECT tenant_id, item_id, SUM(delta) AS total
  FROM public.inventory_ledger
  GROUP BY tenant_id, item_id
) AS l ON l.tenant_id = b.tenant_id AND l.item_id = b.item_id
WHERE b.balance IS DISTINCT FROM COALESCE(l.total, 0)`,
        expect: 'no_rows',
    },
};
function resolveOptions(opts) {
    const resolved = {
        tenants: opts.tenants ?? 3,
        usersPerTenant: opts.usersPerTenant ?? 10,
        itemsPerTenant: opts.itemsPerTenant ?? 50,
        ledgerRows: opts.ledgerRows ?? 5000,
    };
    for (const [name, value] of Object.entries(resolved)) {
        const min = name === 'ledgerRows' || name === 'usersPerTenant' ? 0 : 1;
        if (!Number.isSafeInteger(value) || value < min) {
            throw new errors/* InputError */.d(`sample database option ${name} = ${value}: expected an integer >= ${min}`);
        }
    }
    return resolved;
}
// Roles are cluster-wide while the tables are per database: a second sample database on the same
// cluster (or two loads racing) must find the roles already there, not fail on them.
const ROLES_SQL = `
DO $$
BEGIN
  BEGIN
    CREATE ROLE inventory_owner NOLOGIN;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
  END;
  BEGIN
    CREATE ROLE tenant_reader NOLOGIN;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
  END;
END
$$`;
const SCHEMA_SQL = `
CREATE TABLE public.tenants (
  id integer PRIMARY KEY,
  name text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE public.users (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  tenant_id integer NOT NULL,
  email text NOT NULL UNIQUE,
  display_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE public.items (
  id bigint PRIMARY KEY,
  tenant_id integer NOT NULL,
  sku text NOT NULL,
  name text NOT NULL,
  description text,
  unit_price numeric(12, 2) NOT NULL,
  attributes jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE TABLE public.inventory_ledger (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  tenant_id integer NOT NULL,
  item_id bigint NOT NULL,
  delta integer NOT NULL,
  reason text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE public.inventory_balances (
  tenant_id integer NOT NULL,
  item_id bigint NOT NULL,
  balance bigint NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, item_id)
);
COMMENT ON COLUMN public.inventory_ledger.created_at IS 'freshness: the newest value is the data''s point in time';
`;
// Constraints and secondary indexes come after the bulk load, as pg_restore does it: one
// validating pass instead of a trigger or index insertion per row.
const CONSTRAINTS_SQL = `
ALTER TABLE public.users ADD CONSTRAINT users_tenant_fk FOREIGN KEY (tenant_id) REFERENCES public.tenants (id);
ALTER TABLE public.items ADD CONSTRAINT items_tenant_fk FOREIGN KEY (tenant_id) REFERENCES public.tenants (id);
ALTER TABLE public.items ADD CONSTRAINT items_tenant_sku_key UNIQUE (tenant_id, sku);
ALTER TABLE public.inventory_ledger ADD CONSTRAINT ledger_item_fk FOREIGN KEY (item_id) REFERENCES public.items (id);
ALTER TABLE public.inventory_ledger ADD CONSTRAINT ledger_tenant_fk FOREIGN KEY (tenant_id) REFERENCES public.tenants (id);
ALTER TABLE public.inventory_balances ADD CONSTRAINT balances_item_fk FOREIGN KEY (item_id) REFERENCES public.items (id);
CREATE INDEX users_tenant_idx ON public.users (tenant_id);
CREATE INDEX ledger_tenant_item_idx ON public.inventory_ledger (tenant_id, item_id);
CREATE INDEX ledger_created_at_idx ON public.inventory_ledger (created_at);
`;
// The policy reads the tenant from a setting; NULLIF turns an unset-then-reset '' into "no tenant"
// (no rows) instead of a cast error.
const SECURITY_SQL = `
ALTER TABLE public.tenants OWNER TO inventory_owner;
ALTER TABLE public.users OWNER TO inventory_owner;
ALTER TABLE public.items OWNER TO inventory_owner;
ALTER TABLE public.inventory_ledger OWNER TO inventory_owner;
ALTER TABLE public.inventory_balances OWNER TO inventory_owner;
GRANT USAGE ON SCHEMA public TO tenant_reader;
GRANT SELECT ON public.tenants, public.users, public.items, public.inventory_ledger, public.inventory_balances TO tenant_reader;
ALTER TABLE public.items ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.items FORCE ROW LEVEL SECURITY;
ALTER TABLE public.inventory_ledger ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.inventory_ledger FORCE ROW LEVEL SECURITY;
ALTER TABLE public.inventory_balances ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.inventory_balances FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON public.items FOR SELECT TO tenant_reader
  USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::int);
CREATE POLICY tenant_isolation ON public.inventory_ledger FOR SELECT TO tenant_reader
  USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::int);
CREATE POLICY tenant_isolation ON public.inventory_balances FOR SELECT TO tenant_reader
  USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::int);
`;
/**
 * Creates the schema, roles and rows in the database of `url` (which must exist and hold none of
 * these tables) and returns each table's row count.
 */
async function loadSampleDatabase(url, opts = {}) {
    const o = resolveOptions(opts);
    return (0,client/* withClient */.SV)(url, async (c) => {
        // Role creation commits on its own: catalog rows for roles are shared, and holding them inside
        // the data transaction would block a parallel load on another database of the same cluster.
        await c.query(ROLES_SQL);
        await c.query('BEGIN');
        try {
            await c.query(SCHEMA_SQL);
            // Timestamps are anchored on one moment so the newest ledger row is "now" (fresh data).
            await c.query(`SELECT set_config('lifeboat.loaded_at', $1, true)`, [new Date().toISOString()]);
            await c.query(`INSERT INTO public.tenants (id, name, created_at)
         SELECT t, 'Tenant ' || t || CASE WHEN t = 1 THEN ' — Åcme GmbH' ELSE '' END,
                current_setting('lifeboat.loaded_at')::timestamptz - interval '400 days' + t * interval '1 day'
         FROM generate_series(1, $1::int) AS t`, [o.tenants]);
            await c.query(`INSERT INTO public.users (tenant_id, email, display_name, created_at)
         SELECT t, 'user' || u || '@tenant' || t || '.example.com', 'User ' || u || ' of tenant ' || t,
                current_setting('lifeboat.loaded_at')::timestamptz - interval '300 days' + u * interval '1 hour'
         FROM generate_series(1, $1::int) AS t, generate_series(1, $2::int) AS u
         ORDER BY t, u`, [o.tenants, o.usersPerTenant]);
            // Item ids are (tenant - 1) * itemsPerTenant + i, so the ledger can address items arithmetically.
            await c.query(`INSERT INTO public.items (id, tenant_id, sku, name, description, unit_price, attributes)
         SELECT (t - 1)::bigint * $2 + i, t,
                format('T%s-SKU-%s', t, lpad(i::text, 6, '0')),
                ($3::text[])[1 + (i - 1) % cardinality($3::text[])] || ' #' || i,
                CASE WHEN i % 7 = 0 THEN NULL WHEN i % 7 = 1 THEN E'\\\\N' ELSE 'Item ' || i || E' of tenant ' || t END,
                ((i * 37) % 10000) / 100.0 + 1,
                jsonb_build_object('color', (ARRAY['red', 'green', 'blue'])[1 + i % 3], 'weight_g', i * 10)
         FROM generate_series(1, $1::int) AS t, generate_series(1, $2::int) AS i`, [o.tenants, o.itemsPerTenant, TRICKY_ITEM_NAMES]);
            // Ledger rows rotate through tenants and items, spread over 30 days ending at load time.
            await c.query(`INSERT INTO public.inventory_ledger (tenant_id, item_id, delta, reason, created_at)
         SELECT tenant_id, (tenant_id - 1)::bigint * $3 + 1 + ((g - 1) / $2) % $3,
                CASE WHEN g % 5 = 0 THEN -((g * 7919) % 20 + 1) ELSE (g * 104729) % 50 + 1 END,
                (ARRAY['purchase', 'sale', 'adjustment', 'return'])[1 + g % 4],
                current_setting('lifeboat.loaded_at')::timestamptz
                  - make_interval(secs => ($1::bigint - g) * (2592000.0 / $1::bigint))
         FROM generate_series(1, $1::bigint) AS g,
              LATERAL (SELECT (1 + (g - 1) % $2)::int AS tenant_id) AS x`, [o.ledgerRows, o.tenants, o.itemsPerTenant]);
            await c.query(`INSERT INTO public.inventory_balances (tenant_id, item_id, balance, updated_at)
         SELECT i.tenant_id, i.id, COALESCE(SUM(l.delta), 0),
                COALESCE(MAX(l.created_at), current_setting('lifeboat.loaded_at')::timestamptz)
         FROM public.items AS i
         LEFT JOIN public.inventory_ledger AS l ON l.item_id = i.id
         GROUP BY i.tenant_id, i.id`);
            await c.query(CONSTRAINTS_SQL);
            await c.query(SECURITY_SQL);
            await c.query('COMMIT');
        }
        catch (error) {
            await c.query('ROLLBACK').catch(() => { });
            throw error;
        }
        // Planner statistics, so drills and benchmarks against the source do not start blind.
        await c.query('ANALYZE public.tenants, public.users, public.items, public.inventory_ledger, public.inventory_balances');
        const tables = {};
        for (const table of SAMPLE_TABLES) {
            const { rows } = await c.query(`SELECT count(*) AS n FROM ${table}`);
            tables[table] = Number(rows[0].n);
        }
        return { tables };
    });
}
/** Creates an empty database on the cluster of `clusterUrl` and returns its URL. */
async function createDatabase(clusterUrl, name) {
    await (0,client/* withClient */.SV)(clusterUrl, async (c) => {
        await c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`);
    });
    return (0,client/* withDatabase */.kR)(clusterUrl, name);
}

;// CONCATENATED MODULE: ./src/demo/demo.ts















const INSTALL_HINT = 'lifeboat demo needs the PostgreSQL server binaries (initdb, pg_ctl, postgres) and pg_dump/pg_restore: ' +
    'on Debian/Ubuntu `sudo apt-get install postgresql`, on macOS `brew install postgresql@16`, ' +
    'or point --postgres-bin-dir at a bin directory';
/**
 * The demo's checks, found from this module wherever Lifeboat is installed (a clone, `npm link`, the
 * bundle), never from the directory the demo is run in. ncc copies the file next to the bundle
 * (dist/cli/lifeboat.yml) and turns this expression into that file's path: a string, not a URL.
 */
const demoChecks = __webpack_require__.ab + "lifeboat.yml";
const DEMO_CHECKS_FILE = typeof demoChecks === 'string' ? demoChecks : (0,external_node_url_.fileURLToPath)(demoChecks);
/**
 * PRODUCT.md §9: a throwaway "production" PostgreSQL with the sample inventory database, then the
 * three actions' cores in the order a team runs them: create-backup → verify-backup → restore-drill.
 */
async function runDemo(opts) {
    try {
        await (0,binaries/* findPostgresBinaries */.S6)({ binDir: opts.postgresBinDir });
    }
    catch (error) {
        throw new errors/* InputError */.d(`${INSTALL_HINT} (${(0,errors/* errorMessage */.g)(error)})`);
    }
    const { logger } = opts;
    const dir = opts.dir ?? (await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'lifeboat-demo-backups-')));
    const checksFile = opts.checksFile ?? DEMO_CHECKS_FILE;
    const reports = [];
    const record = (step, report) => {
        reports.push({ step, report });
        opts.onReport(step, report);
    };
    let production;
    try {
        logger.info('Starting a throwaway "production" PostgreSQL with the sample inventory database');
        production = await (0,ephemeral_cluster/* startEphemeralCluster */.ot)({ binDir: opts.postgresBinDir, tuneForRestore: false, logger });
        const databaseUrl = await createDatabase(production.url(), 'inventory');
        const { tables } = await loadSampleDatabase(databaseUrl, opts.sample);
        logger.info(`Loaded ${Object.entries(tables)
            .map(([name, rows]) => `${name} (${rows})`)
            .join(', ')}`);
        const common = { 'postgres-bin-dir': opts.postgresBinDir };
        const made = await (0,backup/* backup */.R)((0,backup_settings.parseBackupSettings)({ 'database-url': databaseUrl, dest: dir, ...common }), {
            env: opts.env,
            logger,
        });
        record('create-backup', made.report);
        const verified = await (0,verify/* verify */.M)((0,verify_settings.parseVerifySettings)({ source: dir, ...common }), { env: opts.env, logger });
        record('verify-backup', verified.report);
        const drilled = await (0,drill/* drill */.E)((0,drill_settings.parseDrillSettings)({ source: dir, checks: checksFile, ...common }), {
            env: opts.env,
            logger,
        });
        record('restore-drill', drilled.report);
    }
    finally {
        await production?.stop();
        if (!opts.dir)
            await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
    return { reports, status: (0,report/* worstStatus */.A4)(reports.map((r) => r.report.status)), dir };
}

// EXTERNAL MODULE: ./src/report/render.ts + 1 modules
var render = __webpack_require__(2488);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/cli/cli-logger.ts
var cli_logger = __webpack_require__(1877);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/demo-command.ts






const demoOptions = {
    dir: { description: 'Keep the demo backups in this folder (default: a temporary folder, deleted afterwards).' },
    checks: { description: "Checks file for the drill (default: the demo's own, examples/lifeboat.yml)." },
    'postgres-bin-dir': { description: 'Directory with the PostgreSQL binaries; found automatically when empty.' },
    json: { description: 'Print the three reports as one JSON array.', boolean: true },
};
async function demoCommand(argv, ctx) {
    const raw = (0,flags/* parseFlags */.bQ)('demo', demoOptions, argv);
    const json = raw.json === 'true';
    let step = 0;
    const result = await runDemo({
        dir: raw.dir,
        checksFile: raw.checks,
        postgresBinDir: raw['postgres-bin-dir'],
        env: ctx.env,
        logger: (0,cli_logger/* cliLogger */.$)(ctx.stderr, { quiet: json }),
        onReport: (name, report) => {
            if (json)
                return;
            step++;
            ctx.stdout.write(`\n── ${step}/3 ${name} ${'─'.repeat(Math.max(0, 60 - name.length))}\n${(0,render/* renderText */.S5)(report)}\n`);
        },
    });
    if (json) {
        ctx.stdout.write(`${JSON.stringify(result.reports.map((r) => r.report), null, 2)}\n`);
    }
    else {
        const drill = result.reports.find((r) => r.step === 'restore-drill')?.report;
        const figures = drill?.rto_seconds !== undefined ? ` — restored in ${(0,format/* formatDuration */.a3)(drill.rto_seconds)} (RTO target 1h)` : '';
        ctx.stdout.write(`\nDemo ${result.status}: ${result.reports.map((r) => `${r.step} ${r.report.status}`).join(', ')}${figures}\n`);
    }
    return (0,report/* exitCodeFor */.Rr)({ status: result.status }, 'warning');
}


/***/ }),

/***/ 5948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ drill)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _stores_open_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9660);
/* harmony import */ var _stores_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4703);
/* harmony import */ var _verify_verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4813);
/* harmony import */ var _fleet_fleet_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5648);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17);
/* harmony import */ var _run_drill_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3681);







/** The one implementation behind `lifeboat drill` and the restore-drill action. */
async function drill(settings, environment) {
    // A broken checks file is a configuration error: found before any backup is fetched.
    const checks = await drillChecks(settings, environment.cwd);
    if (checks && !settings.checksFileExplicit && !settings.name) {
        // Found, not given: said first, so nobody reads a verdict without knowing whose checks made it.
        const where = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(environment.cwd ?? process.cwd(), checks.path);
        environment.logger.info(`Using the checks file ${where} (found by default; --checks / the checks input names another)`);
    }
    else if (checks) {
        environment.logger.info(`Checks from ${checks.path}`);
    }
    const store = (0,_stores_open_store_js__WEBPACK_IMPORTED_MODULE_1__/* .openStore */ .C)(settings.source, { env: environment.env, forcePathStyle: settings.s3ForcePathStyle });
    // Railway volume snapshots cannot be downloaded: say so before any work, with what to do instead.
    (0,_stores_store_js__WEBPACK_IMPORTED_MODULE_2__/* .assertDownloadable */ .L)(store);
    const result = await (0,_run_drill_js__WEBPACK_IMPORTED_MODULE_6__/* .runDrill */ .BT)(settings, {
        store,
        logger: environment.logger,
        now: environment.now,
        pgRestore: (0,_verify_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .pgRestoreResolver */ .Q)(settings.postgresBinDir),
        checks,
        env: environment.env,
        ...environment.overrides,
    });
    return { ...result, checks };
}
/**
 * The checks of this drill: the single-database file's, or with `name` the fleet entry's own. A
 * fleet file without `name` is refused rather than drilling with no checks.
 */
async function drillChecks(settings, cwd) {
    const file = await (0,_fleet_fleet_file_js__WEBPACK_IMPORTED_MODULE_4__.loadLifeboatFile)(settings.checksFile, {
        explicit: settings.checksFileExplicit || settings.name !== undefined,
        cwd,
        inputName: 'checks',
    });
    if (settings.name)
        return (0,_fleet_fleet_file_js__WEBPACK_IMPORTED_MODULE_4__.selectEntry)(file, settings.name).checks;
    if (file?.databases) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(`Missing name: ${file.path} lists databases (${file.databases.map((e) => e.name).join(', ')}); set name to the one to drill`);
    }
    return file?.checks;
}


/***/ }),

/***/ 5648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  entryOptions: () => (/* binding */ entryOptions),
  loadLifeboatFile: () => (/* binding */ loadLifeboatFile),
  matrixOf: () => (/* binding */ matrixOf),
  parseLifeboatFile: () => (/* binding */ parseLifeboatFile),
  selectEntry: () => (/* binding */ selectEntry),
  withFleetEntry: () => (/* binding */ withFleetEntry)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./src/postgres/identifiers.ts
var identifiers = __webpack_require__(9467);
// EXTERNAL MODULE: ./src/restore/role-specs.ts
var role_specs = __webpack_require__(2901);
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
/**
 * `schema.table` as SQL reads names (unquoted parts fold to lower case; `public."Order Items"` and
 * `"tenant.acme".orders` keep theirs), kept as `schema.table` unquoted, like the manifest's names.
 */
const tableName = schemas/* string */.YjP()
    .trim()
    .transform((text, ctx) => {
    try {
        const t = (0,identifiers/* parseTableIdentifier */.xt)(text);
        return `${t.schema}.${t.table}`;
    }
    catch (error) {
        ctx.addIssue({
            code: 'custom',
            message: `${(0,errors/* errorMessage */.g)(error)}: expected schema.table, like public.orders or public."Order Items"`,
        });
        return core/* NEVER */.tm;
    }
});
const nonEmpty = schemas/* string */.YjP().trim().min(1, 'must not be empty');
/** The drill checks of one database: the whole single-database file, or one fleet entry's `checks:`. */
const checksSchema = schemas/* object */.Ikc({
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
        show_value: schemas/* boolean */.zMY().optional(),
    }))
        .default([]),
    smoke: nonEmpty.optional(),
    amcheck: schemas/* boolean */.zMY().optional(),
    roles: schemas/* array */.YOg(role_specs/* roleSpecSchema */.lg).optional(),
})
    .strict();
/**
 * Reads the checks file. The default path may be absent (no extra checks: undefined); a file named
 * explicitly must exist. Every problem is an InputError naming the file and line.
 */
async function loadChecksFile(file, opts) {
    const text = await readConfigText(file, { ...opts, inputName: 'checks' });
    return text === undefined ? undefined : parseChecksFile(text, file);
}
/** The file's text; undefined when it is absent and was not named explicitly. */
async function readConfigText(file, opts) {
    try {
        return await (0,promises_.readFile)(external_node_path_default().resolve(opts.cwd ?? process.cwd(), file), 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' && !opts.explicit)
            return undefined;
        throw new errors/* InputError */.d(code === 'ENOENT'
            ? `Invalid ${opts.inputName} "${file}": the file does not exist`
            : `Cannot read ${opts.inputName} file ${file}: ${error.message}`);
    }
}
function parseChecksFile(text, file) {
    const { doc, lineCounter, data, label } = parseYaml(text, file);
    if (typeof data !== 'object' || Array.isArray(data)) {
        throw new errors/* InputError */.d(`${label} line 1: expected a mapping with tables, freshness, assertions, smoke, amcheck or roles`);
    }
    const parsed = checksSchema.safeParse(data);
    if (!parsed.success)
        throw schemaError(doc, lineCounter, label, parsed.error.issues[0], expectedKeys);
    return toChecksFile(parsed.data, file);
}
/** A YAML file parsed with line positions; a syntax error is an InputError naming file and line. */
function parseYaml(text, file) {
    const label = external_node_path_default().basename(file);
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const error = doc.errors[0];
        const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
        throw new errors/* InputError */.d(`${label} line ${line}: ${error.message.split('\n')[0]}`);
    }
    return { doc, lineCounter, data: doc.toJS() ?? {}, label };
}
/**
 * A zod issue as one line naming the file, the line and the key ("lifeboat.yml line 7:
 * databases[1].warn-after: expected a duration …"); an unknown key points at the key itself, the
 * likeliest typo ("assertion:" for "assertions:"), with the keys allowed there.
 */
function schemaError(doc, lineCounter, label, issue, allowed) {
    let issuePath = issue.path.filter((p) => typeof p !== 'symbol');
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
        issuePath = [...issuePath, issue.keys[0]];
        message = `unknown key (expected ${allowed(issuePath)})`;
    }
    const line = lineOf(doc, lineCounter, issuePath);
    return new errors/* InputError */.d(`${label} line ${line}: ${formatPath(issuePath) || '(top level)'}: ${message}`);
}
/** The parsed `checksSchema` value as the drill uses it (`file` only names it in messages). */
function toChecksFile(v, file) {
    return {
        path: file,
        tables: v.tables.map((t) => ({ name: t.name, minRows: t.min_rows })),
        freshness: v.freshness.map((f) => ({ table: f.table, column: f.column })),
        assertions: v.assertions.map((a, i) => ({
            name: a.name ?? `assertions[${i}]`,
            sql: a.sql,
            expect: a.expect,
            asRole: a.as_role,
            setup: a.setup,
            checklist: a.checklist,
            showValue: a.show_value,
        })),
        smoke: v.smoke,
        amcheck: v.amcheck,
        ...(v.roles ? { roles: v.roles } : {}),
    };
}
/** The keys allowed where `issuePath` (relative to the checks) points, for unknown-key messages. */
function expectedKeys(issuePath) {
    const depth = issuePath.length;
    const parent = issuePath[0];
    if (depth === 1)
        return 'tables, freshness, assertions, smoke, amcheck or roles';
    if (parent === 'tables')
        return 'name, min_rows';
    if (parent === 'roles')
        return 'name, bypassrls, inherit, createrole, createdb, member_of';
    if (parent === 'freshness')
        return 'table, column';
    return 'name, sql, expect, as_role, setup, checklist, show_value';
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

// EXTERNAL MODULE: ./src/integrity/integrity-pass.ts + 2 modules
var integrity_pass = __webpack_require__(2845);
// EXTERNAL MODULE: ./src/settings/options.ts + 2 modules
var options = __webpack_require__(266);
// EXTERNAL MODULE: ./src/fleet/fleet-options.ts
var fleet_options = __webpack_require__(6303);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
;// CONCATENATED MODULE: ./src/fleet/fleet-file.ts







const SECRET_INPUTS = ['decryption-passphrase', 'age-identity'];
// GitHub keeps secret names in capitals (letters, digits, underscores, not starting with a digit or
// GITHUB_); a passphrase or an AGE-SECRET-KEY pasted here is almost never shaped like that.
const SECRET_NAME = /^(?!GITHUB_)[A-Z_][A-Z0-9_]{0,99}$/;
const SECRET_NAME_HINT = 'expected the name of a secret in capitals, like BACKUP_PASSPHRASE, not its value (the value given is not shown)';
const fleet_file_text = (v) => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v);
const scalar = (schema) => schemas/* preprocess */.vkY(fleet_file_text, schema);
const fleet_file_nonEmpty = schemas/* string */.YjP().trim().min(1, 'must not be empty');
const required = schemas/* string */.YjP({
    error: (issue) => (issue.input === undefined ? 'missing: every entry needs a name and a source' : undefined),
});
/** Every option an entry may set, validated as its input is; kept as text for the settings parsers. */
const ENTRY_OPTIONS = {
    database: scalar(fleet_file_nonEmpty),
    'warn-after': scalar((0,options/* zDuration */.tk)()),
    'critical-after': scalar((0,options/* zDuration */.tk)()),
    'min-size': scalar((0,options/* zSize */.gr)()),
    'max-shrink': scalar((0,options/* zPercent */._t)()),
    integrity: scalar((0,options/* zEnum */.kD)(integrity_pass/* INTEGRITY_LEVELS */.a)),
    window: scalar((0,options/* zDuration */.tk)()),
    'min-retention': scalar((0,options/* zDuration */.tk)()),
    timezone: scalar((0,options/* zTimeZone */.CZ)()),
    's3-force-path-style': scalar((0,options/* zBoolean */.Rh)()),
    'postgres-bin-dir': scalar(fleet_file_nonEmpty),
    'rto-target': scalar((0,options/* zDuration */.tk)()),
    'rpo-target': scalar((0,options/* zDuration */.tk)()),
};
const secretName = scalar(schemas/* string */.YjP().regex(SECRET_NAME, SECRET_NAME_HINT));
const secretValueRefused = (input) => schemas/* unknown */.L5J().superRefine((_, ctx) => {
    ctx.addIssue({
        code: 'custom',
        message: `a secret's value does not belong in this file: name the secret with ${input}-secret: NAME and pass it to the step as an environment variable (the value given is not shown)`,
    });
});
const entrySchema = schemas/* strictObject */.rej({
    name: scalar(required.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/, 'expected letters, digits, ".", "_" or "-", like billing-eu')),
    source: scalar(required.trim().min(1, 'must not be empty')),
    ...Object.fromEntries(Object.entries(ENTRY_OPTIONS).map(([k, v]) => [k, v.optional()])),
    'decryption-passphrase-secret': secretName.optional(),
    'age-identity-secret': secretName.optional(),
    'decryption-passphrase': secretValueRefused('decryption-passphrase').optional(),
    'age-identity': secretValueRefused('age-identity').optional(),
    checks: checksSchema.optional(),
});
const fleetSchema = schemas/* strictObject */.rej({ databases: schemas/* array */.YOg(entrySchema).min(1, 'must list at least one database') });
const ENTRY_KEYS = [
    'name',
    'source',
    ...Object.keys(ENTRY_OPTIONS),
    'decryption-passphrase-secret',
    'age-identity-secret',
    'checks',
];
function allowedKeys(issuePath) {
    if (issuePath.length <= 1)
        return 'databases (or, for one database, tables, freshness, assertions, smoke, amcheck or roles)';
    if (issuePath.length === 3)
        return ENTRY_KEYS.join(', ');
    // databases[i].checks.…: the checks file's own keys.
    return expectedKeys(issuePath.slice(3));
}
/** Parses either form; the single-database form is exactly today's checks file. */
function parseLifeboatFile(text, file) {
    const { doc, lineCounter, data, label } = parseYaml(text, file);
    if (!data || typeof data !== 'object' || Array.isArray(data) || !('databases' in data)) {
        // The single-database form keeps its own parser and messages.
        return { path: file, checks: parseChecksFile(text, file) };
    }
    const parsed = fleetSchema.safeParse(data);
    if (!parsed.success)
        throw schemaError(doc, lineCounter, label, parsed.error.issues[0], allowedKeys);
    const seen = new Set();
    const databases = parsed.data.databases.map((e, i) => {
        if (seen.has(e.name)) {
            throw schemaError(doc, lineCounter, label, {
                code: 'custom',
                path: ['databases', i, 'name'],
                message: `"${e.name}" names an earlier entry too`,
                input: e.name,
            }, allowedKeys);
        }
        seen.add(e.name);
        const options = {};
        for (const key of ['source', ...Object.keys(ENTRY_OPTIONS)]) {
            const raw = data.databases[i][key];
            if (raw !== undefined && raw !== null)
                options[key] = String(raw);
        }
        return {
            name: e.name,
            options,
            secrets: {
                ...(e['decryption-passphrase-secret'] ? { 'decryption-passphrase': e['decryption-passphrase-secret'] } : {}),
                ...(e['age-identity-secret'] ? { 'age-identity': e['age-identity-secret'] } : {}),
            },
            ...(e.checks ? { checks: toChecksFile(e.checks, `${file} (${e.name})`) } : {}),
        };
    });
    return { path: file, databases };
}
/** Reads the file; a missing default file is undefined, a file named explicitly must exist. */
async function loadLifeboatFile(file, opts) {
    const text = await readConfigText(file, { ...opts, inputName: opts.inputName ?? 'config' });
    return text === undefined ? undefined : parseLifeboatFile(text, file);
}
/** The entry called `name`, or one line listing the names there are. */
function selectEntry(file, name) {
    if (!file.databases) {
        throw new errors/* InputError */.d(`Invalid name "${name}": ${file.path} lists no databases: (it holds one database's checks)`);
    }
    const entry = file.databases.find((e) => e.name === name);
    if (!entry) {
        throw new errors/* InputError */.d(`Invalid name "${name}": expected one of ${file.databases.map((e) => e.name).join(', ')} (the databases of ${file.path})`);
    }
    return entry;
}
/**
 * The raw options of one entry's run: the entry's values over the inputs/flags, and each secret it
 * names read from the environment variable of that name (unless the input itself carries a value).
 */
function entryOptions(entry, raw, env) {
    const merged = { ...raw, ...entry.options };
    for (const input of SECRET_INPUTS) {
        const secret = entry.secrets[input];
        if (!secret || raw[input])
            continue;
        const value = env[secret];
        if (!value) {
            throw new errors/* InputError */.d(`database ${entry.name}: ${input}-secret names ${secret}, but no environment variable ${secret} is set; ` +
                `give the step env: ${secret}: \${{ secrets.${secret} }}`);
        }
        (0,secrets/* addSecret */.Ck)(value);
        merged[input] = value;
    }
    return merged;
}
/** What `strategy.matrix` takes: one job per database, each selecting its entry with `name`. */
function matrixOf(file) {
    if (!file.databases)
        throw new errors/* InputError */.d(`${file.path} lists no databases: nothing to fan out`);
    return { include: file.databases.map((e) => ({ name: e.name })) };
}
/**
 * With `name` set, the raw options of that entry's run (entryOptions); without, `raw` as it is.
 * A file named by `name` must exist, so a typo in its path is not "no databases".
 */
async function withFleetEntry(raw, opts) {
    const name = raw.name?.trim();
    if (!name)
        return { raw };
    const file = await loadLifeboatFile(opts.file || fleet_options/* DEFAULT_CONFIG_FILE */.Cu, { explicit: true, cwd: opts.cwd });
    const entry = selectEntry(file, name);
    return { raw: entryOptions(entry, raw, opts.env), entry };
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
