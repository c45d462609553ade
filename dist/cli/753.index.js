export const id = 753;
export const ids = [753,608];
export const modules = {

/***/ 8753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  demoCommand: () => (/* binding */ demoCommand),
  demoOptions: () => (/* binding */ demoOptions)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/backup/backup.ts + 4 modules
var backup = __webpack_require__(1044);
// EXTERNAL MODULE: ./src/backup/backup-settings.ts
var backup_settings = __webpack_require__(6502);
// EXTERNAL MODULE: ./src/drill/drill.ts + 1 modules
var drill = __webpack_require__(1677);
// EXTERNAL MODULE: ./src/drill/drill-settings.ts
var drill_settings = __webpack_require__(5708);
// EXTERNAL MODULE: ./src/postgres/binaries.ts
var binaries = __webpack_require__(1758);
// EXTERNAL MODULE: ./src/postgres/ephemeral-cluster.ts + 1 modules
var ephemeral_cluster = __webpack_require__(7889);
// EXTERNAL MODULE: ./src/report/report.ts
var report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/verify/verify.ts + 5 modules
var verify = __webpack_require__(3294);
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
    const checksFile = opts.checksFile ?? ((0,external_node_fs_.existsSync)(drill_settings.DEFAULT_CHECKS_FILE) ? drill_settings.DEFAULT_CHECKS_FILE : undefined);
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

// EXTERNAL MODULE: ./src/report/render.ts
var render = __webpack_require__(6340);
// EXTERNAL MODULE: ./src/settings/duration.ts
var duration = __webpack_require__(1145);
// EXTERNAL MODULE: ./src/cli/cli-logger.ts
var cli_logger = __webpack_require__(1877);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/demo-command.ts






const demoOptions = {
    dir: { description: 'Keep the demo backups in this folder (default: a temporary folder, deleted afterwards).' },
    checks: { description: 'Checks file for the drill.', default: '.github/lifeboat.yml' },
    'postgres-bin-dir': { description: 'Directory with the PostgreSQL binaries; found automatically when empty.' },
    json: { description: 'Print the three reports as one JSON array.', boolean: true },
};
async function demoCommand(argv, ctx) {
    const raw = (0,flags/* parseFlags */.b)('demo', demoOptions, argv);
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
        const figures = drill?.rto_seconds !== undefined ? ` — restored in ${(0,duration/* formatDuration */.a3)(drill.rto_seconds)} (RTO target 1h)` : '';
        ctx.stdout.write(`\nDemo ${result.status}: ${result.reports.map((r) => `${r.step} ${r.report.status}`).join(', ')}${figures}\n`);
    }
    return (0,report/* exitCodeFor */.Rr)(result.status, 'warning');
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


/***/ })

};
