export const id = 753;
export const ids = [753];
export const modules = {

/***/ 8753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  demoCommand: () => (/* binding */ demoCommand),
  demoOptions: () => (/* binding */ demoOptions)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
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
// EXTERNAL MODULE: ./src/util/cleanup.ts
var cleanup = __webpack_require__(4532);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/verify/verify.ts + 5 modules
var verify = __webpack_require__(5686);
// EXTERNAL MODULE: ./src/verify/verify-settings.ts + 1 modules
var verify_settings = __webpack_require__(1189);
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
    // Ours unless the caller gave one: removed at the end, or on exit if the demo is interrupted.
    const own = opts.dir ? undefined : await (0,cleanup/* makeTempDir */.mk)(external_node_os_default().tmpdir(), 'lifeboat-demo-backups-');
    const dir = opts.dir ?? own.path;
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
        const made = await (0,backup/* backup */.R)((0,backup_settings/* parseBackupSettings */.tR)({ 'database-url': databaseUrl, dest: dir, ...common }), {
            env: opts.env,
            logger,
        });
        record('create-backup', made.report);
        const verified = await (0,verify/* verify */.M)((0,verify_settings/* parseVerifySettings */.k$)({ source: dir, ...common }), { env: opts.env, logger });
        record('verify-backup', verified.report);
        const drilled = await (0,drill/* drill */.E)((0,drill_settings/* parseDrillSettings */.Ib)({ source: dir, checks: checksFile, ...common }), {
            env: opts.env,
            logger,
        });
        record('restore-drill', drilled.report);
    }
    finally {
        await production?.stop();
        await own?.remove();
    }
    return { reports, status: (0,report/* worstStatus */.A4)(reports.map((r) => r.report.status)), dir };
}

// EXTERNAL MODULE: ./src/report/render.ts + 1 modules
var render = __webpack_require__(998);
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


/***/ })

};
