export const id = 262;
export const ids = [262];
export const modules = {

/***/ 6262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  withFleetEntry: () => (/* binding */ withFleetEntry)
});

// UNUSED EXPORTS: entryOptions, loadLifeboatFile, matrixOf, parseLifeboatFile, selectEntry

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
// EXTERNAL MODULE: ./src/postgres/role-specs.ts
var role_specs = __webpack_require__(1618);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/fleet/checks-file.ts







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

// EXTERNAL MODULE: ./src/bytes/integrity-pass.ts + 11 modules
var integrity_pass = __webpack_require__(525);
// EXTERNAL MODULE: ./src/settings/options.ts + 4 modules
var options = __webpack_require__(3039);
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
        throw new InputError(`${file.path} lists no databases: nothing to fan out`);
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


/***/ })

};
