import type pg from 'pg';
import { withClient, withDatabase } from '../postgres/client.js';
import { countOwnRows, inheritanceChildren, resolveTable } from '../postgres/row-counts.js';
import type { Check, TableCount } from '../report/report.js';
import { formatCount, formatDuration, plural } from '../report/format.js';
import { errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { redactSecrets } from '../util/secrets.js';
import type { Assertion, ChecksFile } from '../fleet/checks-file.js';
import { runSmoke } from './smoke-command.js';
import type { DrillTarget } from '../restore/target.js';

export interface VerifyRestoreInput {
  target: DrillTarget;
  /** Exact counts from the manifest (same snapshot as the dump). */
  manifestTables?: Record<string, { rows: number; tree?: number }>;
  /** The manifest's counting ('own-rows'); before it, a parent's count was its whole tree. */
  manifestCounting?: 'own-rows';
  /** Exact counts from the COPY blocks of a plain dump, when there is no manifest. */
  scannedTables?: TableCount[];
  checks?: ChecksFile;
  backupTime: Date;
  rpoTargetSeconds: number;
  amcheck: boolean;
  smokeCommand?: string;
  logger: Logger;
  /**
   * Databases a plain script named (pg_dump --create, pg_dumpall): its tables are `db/schema.table`,
   * counted in that database of the drill's cluster, or in the target a URL restore retargeted them to.
   */
  databases?: string[];
  /** Smoke command timeout; default 15 minutes. */
  smokeTimeoutMs?: number;
}

export interface VerifyRestoreOutcome {
  checks: Check[];
  tables: TableCount[];
  /** Backup time − newest freshness value, when the checks file names freshness columns. */
  dataRpoSeconds?: number;
  /** Tables present in the restored database, and their rows (missing tables excluded). */
  tablesRestored: number;
  rowsRestored: number;
}

/** PRODUCT.md §4.5: proves the restored data, one check per family. */
export async function verifyRestore(input: VerifyRestoreInput): Promise<VerifyRestoreOutcome> {
  const checks: Check[] = [];
  const { tables, check, missing } = await withClient(input.target.url, (c) => tableCounts(c, input));
  checks.push(check);
  const present = tables.filter((t) => !missing.has(t.name));

  let dataRpoSeconds: number | undefined;
  if (input.checks?.freshness.length) {
    const freshness = await withClient(input.target.url, (c) => freshnessCheck(c, input));
    checks.push(freshness.check);
    dataRpoSeconds = freshness.dataRpoSeconds;
  }

  for (const assertion of input.checks?.assertions ?? []) {
    input.logger.info(`Assertion: ${assertion.name}`);
    checks.push(await withClient(input.target.url, (c) => runAssertion(c, assertion)));
  }

  if (input.amcheck) {
    input.logger.info('Checking btree indexes with amcheck');
    checks.push(await withClient(input.target.url, (c) => amcheckIndexes(c)));
  }

  const smoke = input.smokeCommand ?? input.checks?.smoke;
  if (smoke) checks.push(await runSmoke(smoke, { ...input, timeoutMs: input.smokeTimeoutMs }));

  return {
    checks,
    tables,
    dataRpoSeconds,
    tablesRestored: present.length,
    rowsRestored: present.reduce((sum, t) => sum + t.rows, 0),
  };
}

/** The table a name means as quoted SQL; an unknown one keeps its name so the query fails naming it. */
async function quoted(c: pg.Client, name: string): Promise<string> {
  const t = (await resolveTable(c, name)) ?? { schema: 'public', table: name };
  return `${c.escapeIdentifier(t.schema)}.${c.escapeIdentifier(t.table)}`;
}

/** count(*) without ONLY: a parent's whole tree (reported beside its own rows, never added to totals). */
async function countTreeRows(c: pg.Client, name: string): Promise<number | undefined> {
  const t = await resolveTable(c, name);
  if (!t) return undefined;
  const { rows } = await c.query<{ n: string }>(
    `SELECT count(*) AS n FROM ${c.escapeIdentifier(t.schema)}.${c.escapeIdentifier(t.table)}`,
  );
  return Number(rows[0].n);
}

async function allUserTables(c: pg.Client): Promise<string[]> {
  const { rows } = await c.query<{ name: string }>(
    `SELECT n.nspname || '.' || c.relname AS name
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
       AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
     ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

/** `db/schema.table` → the database to count it in (undefined: the target's own) and the table. */
function located(input: VerifyRestoreInput, name: string): { database?: string; table: string } {
  const slash = name.indexOf('/');
  const database = slash > 0 ? name.slice(0, slash) : undefined;
  if (!database || !input.databases?.includes(database)) return { table: name };
  const table = name.slice(slash + 1);
  if (input.target.kind !== 'ephemeral' || database === input.target.database) return { table };
  return { database, table };
}

async function countIn(
  c: pg.Client,
  input: VerifyRestoreInput,
  database: string | undefined,
  name: string,
): Promise<number | undefined> {
  const count = async (client: pg.Client) => {
    const table = await resolveTable(client, name);
    return table && countOwnRows(client, table);
  };
  if (!database) return count(c);
  return withClient(withDatabase(input.target.url, database), count).catch(() => undefined);
}

/** Every user table of the target, or of each database the script created (as `db/schema.table`). */
async function everyTable(c: pg.Client, input: VerifyRestoreInput): Promise<string[]> {
  if (input.target.kind !== 'ephemeral' || !input.databases?.length) return allUserTables(c);
  const out: string[] = [];
  for (const db of input.databases) {
    const names = await withClient(withDatabase(input.target.url, db), allUserTables).catch(() => []);
    out.push(...names.map((n) => `${db}/${n}`));
  }
  return out;
}

/**
 * Row counts against the best expectation available: the manifest's exact counts, else the exact
 * counts of a plain dump's COPY blocks, plus the checks file's `min_rows`. A table that is missing or
 * off by a single row fails the drill.
 */
async function tableCounts(
  c: pg.Client,
  input: VerifyRestoreInput,
): Promise<{ tables: TableCount[]; check: Check; missing: Set<string> }> {
  const exact = new Map<string, number>();
  let exactFrom: string | undefined;
  if (input.manifestTables && Object.keys(input.manifestTables).length) {
    for (const [name, { rows }] of Object.entries(input.manifestTables)) exact.set(name, rows);
    exactFrom = 'the manifest';
  } else if (input.scannedTables?.length) {
    for (const t of input.scannedTables) exact.set(t.name, t.rows);
    exactFrom = "the dump's COPY blocks";
  }
  const minimum = new Map((input.checks?.tables ?? []).map((t) => [t.name, t.minRows]));

  const names =
    exact.size || minimum.size ? [...new Set([...exact.keys(), ...minimum.keys()])] : await everyTable(c, input);
  const children = await inheritanceChildren(c);
  const tables: TableCount[] = [];
  const problems: string[] = [];
  const missing = new Set<string>();
  for (const name of names) {
    const { database, table: relation } = located(input, name);
    const rows = await countIn(c, input, database, relation);
    const expected = exact.get(name);
    const min = minimum.get(name);
    if (rows === undefined) {
      missing.add(name);
      problems.push(`${name} is missing`);
      tables.push({ name, rows: 0, ...(expected !== undefined ? { expected_rows: expected } : {}) });
      continue;
    }
    // A parent also reports its tree; a manifest from before 'own-rows' counted parents that way.
    const tree = children.has(name) ? await countTreeRows(c, relation) : undefined;
    const treeCounted = tree !== undefined && exactFrom === 'the manifest' && input.manifestCounting !== 'own-rows';
    const compared = treeCounted ? tree : rows;
    tables.push({
      name,
      rows,
      ...(expected !== undefined && !treeCounted ? { expected_rows: expected } : {}),
      ...(tree !== undefined ? { tree_rows: tree } : {}),
    });
    const treeExpected = exactFrom === 'the manifest' ? input.manifestTables?.[name]?.tree : undefined;
    if (expected !== undefined && compared !== expected) {
      problems.push(
        `${name} has ${formatCount(compared)} rows${treeCounted ? ' in its tree' : ''}, ${exactFrom} says ${formatCount(expected)}`,
      );
    } else if (treeExpected !== undefined && tree !== undefined && tree !== treeExpected) {
      problems.push(
        `${name} has ${formatCount(tree)} rows in its tree, ${exactFrom} says ${formatCount(treeExpected)}`,
      );
    } else if (min !== undefined && (tree ?? rows) < min) {
      // min_rows of a parent means its tree: a partitioned table's rows all live in its partitions.
      problems.push(`${name} has ${formatCount(tree ?? rows)} rows, fewer than min_rows ${formatCount(min)}`);
    }
  }
  const present = tables.filter((t) => !missing.has(t.name));
  const total = present.reduce((sum, t) => sum + t.rows, 0);
  if (problems.length) {
    return {
      tables,
      missing,
      check: {
        id: 'tables',
        status: 'critical',
        summary: problems.slice(0, 5).join('; ') + (problems.length > 5 ? `; and ${problems.length - 5} more` : ''),
        value: total,
      },
    };
  }
  if (!exact.size && !minimum.size) {
    return {
      tables,
      missing,
      check:
        names.length === 0
          ? { id: 'tables', status: 'critical', summary: 'the restored database holds no tables', value: 0 }
          : {
              id: 'tables',
              status: 'skipped',
              summary: `${plural(names.length, 'table')}, ${plural(total, 'row')} restored; not compared: no manifest and no tables: in the checks file`,
              value: total,
            },
    };
  }
  const how = exactFrom ? `every count equals ${exactFrom}` : 'every table has at least its min_rows';
  return {
    tables,
    missing,
    check: {
      id: 'tables',
      status: 'ok',
      summary: `${plural(tables.length, 'table')}, ${plural(total, 'row')}: ${how}`,
      value: total,
    },
  };
}

async function freshnessCheck(
  c: pg.Client,
  input: VerifyRestoreInput,
): Promise<{ check: Check; dataRpoSeconds?: number }> {
  const specs = input.checks?.freshness ?? [];
  let newest: { name: string; at: Date } | undefined;
  const problems: string[] = [];
  for (const spec of specs) {
    const name = `${spec.table}.${spec.column}`;
    try {
      const { rows } = await c.query<{ e: string | null }>(
        `SELECT extract(epoch FROM max(${c.escapeIdentifier(spec.column)})::timestamptz)::text AS e FROM ${await quoted(c, spec.table)}`,
      );
      if (rows[0].e === null) {
        problems.push(`${name}: no rows, so no point in time`);
        continue;
      }
      const at = new Date(Number(rows[0].e) * 1000);
      if (!newest || at > newest.at) newest = { name, at };
    } catch (error) {
      problems.push(`${name}: ${errorMessage(error)}`);
    }
  }
  if (!newest) {
    return { check: { id: 'freshness', status: 'critical', summary: problems.join('; ') || 'no freshness column' } };
  }
  // Data newer than the backup's time means a clock or name is off, not a negative data loss.
  const dataRpoSeconds = Math.max(0, Math.round((input.backupTime.getTime() - newest.at.getTime()) / 1000));
  const over = dataRpoSeconds > input.rpoTargetSeconds;
  const base =
    `newest ${newest.name} is ${newest.at.toISOString()}, ${formatDuration(dataRpoSeconds)} before the backup was taken` +
    (over ? ` (more than the RPO target ${formatDuration(input.rpoTargetSeconds)})` : '');
  return {
    dataRpoSeconds,
    check: {
      id: 'freshness',
      status: problems.length || over ? 'critical' : 'ok',
      summary: [base, ...problems].join('; '),
      value: dataRpoSeconds,
      threshold: input.rpoTargetSeconds,
    },
  };
}

/** `tenant-isolation:…`, `balances:…` or `assertion:…`: the prefix places it in the runbook checklist. */
export function assertionCheckId(assertion: Assertion): string {
  const full = assertion.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  // Cut at a word boundary: a slug cut mid-word reads as a different name.
  const cut = full.length <= 48 ? full : full.slice(0, 49).replace(/-[^-]*$/, '') || full.slice(0, 48);
  const slug = cut || 'unnamed';
  return `${assertion.checklist ?? 'assertion'}:${slug}`;
}

/**
 * Runs one assertion in a transaction that is always rolled back, as `as_role` (SET LOCAL ROLE)
 * after its `setup`, so it sees what that role would see and leaves nothing behind.
 */
export async function runAssertion(c: pg.Client, assertion: Assertion): Promise<Check> {
  const id = assertionCheckId(assertion);
  const as = assertion.asRole ? ` as ${assertion.asRole}` : '';
  try {
    await c.query('BEGIN');
    await c.query("SET LOCAL statement_timeout = '10min'");
    if (assertion.asRole) await c.query(`SET LOCAL ROLE ${c.escapeIdentifier(assertion.asRole)}`);
    if (assertion.setup) await c.query(assertion.setup);
    const result = await c.query({ text: assertion.sql, rowMode: 'array' });
    const verdict = judge(
      assertion,
      result.rows as unknown[][],
      result.fields.map((f) => f.name),
    );
    return {
      id,
      label: assertion.name,
      status: verdict.ok ? 'ok' : 'critical',
      summary: `${assertion.name}${as}: ${verdict.summary}`,
      // Opted in by the checks file: the job summary and the JSON report show it, issues never do.
      ...(assertion.showValue && result.rows.length > 0
        ? { shown_value: show((result.rows as unknown[][])[0][0]) }
        : {}),
    };
  } catch (error) {
    return {
      id,
      label: assertion.name,
      status: 'critical',
      summary: redactSecrets(`${assertion.name}${as}: query failed: ${errorMessage(error)}`),
    };
  } finally {
    await c.query('ROLLBACK').catch(() => undefined);
  }
}

function judge(assertion: Assertion, rows: unknown[][], columns: string[]): { ok: boolean; summary: string } {
  const expect = assertion.expect;
  if (expect.kind === 'no_rows') {
    // Only the count and the columns: the rows themselves may be customer data and end up in an issue.
    return rows.length === 0
      ? { ok: true, summary: 'no rows, as expected' }
      : { ok: false, summary: `returned ${plural(rows.length, 'row')} (${columns.join(', ')}), expected none` };
  }
  // What came back is described by its type and the row count, never its value: it may be
  // customer data, and a summary ends up in issues.
  const first = rows[0]?.[0];
  const got = `returned ${describeType(first)} (${plural(rows.length, 'row')})`;
  if (expect.kind === 'true') {
    if (rows.length === 0) return { ok: false, summary: 'returned no rows, expected true' };
    return first === true ? { ok: true, summary: 'true' } : { ok: false, summary: `${got}, expected true` };
  }
  if (rows.length === 0) return { ok: false, summary: `returned no rows, expected ${show(expect.value)}` };
  return equalValues(first, expect.value)
    ? { ok: true, summary: `equals ${show(expect.value)}` }
    : { ok: false, summary: `${got}, expected ${show(expect.value)}` };
}

/** "a text value", "NULL", "a timestamp value": what a value is, without what it says. */
function describeType(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (value instanceof Date) return 'a timestamp value';
  if (Buffer.isBuffer(value)) return 'a bytea value';
  if (Array.isArray(value)) return 'an array value';
  if (typeof value === 'object') return 'a json value';
  if (typeof value === 'string') return /^-?\d+(\.\d+)?$/.test(value) ? 'a numeric value' : 'a text value';
  return `a ${typeof value} value`;
}

/** pg hands numerics and bigints over as strings; YAML hands over numbers: compare by meaning. */
function equalValues(actual: unknown, expected: unknown): boolean {
  if (actual === null || actual === undefined) return expected === null;
  if (typeof expected === 'number') return Number(actual) === expected;
  if (typeof expected === 'boolean') return actual === expected;
  if (actual instanceof Date) return actual.getTime() === new Date(String(expected)).getTime();
  if (typeof actual === 'object' || typeof expected === 'object')
    return JSON.stringify(actual) === JSON.stringify(expected);
  return String(actual) === String(expected);
}

function show(value: unknown): string {
  const text =
    value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

async function amcheckIndexes(c: pg.Client): Promise<Check> {
  const available = await c.query("SELECT installed_version FROM pg_available_extensions WHERE name = 'amcheck'");
  if (available.rows.length === 0) {
    return {
      id: 'amcheck',
      status: 'skipped',
      summary: 'the amcheck extension is not installed on the target (postgresql-contrib)',
    };
  }
  const preinstalled = available.rows[0].installed_version !== null;
  try {
    if (!preinstalled) await c.query('CREATE EXTENSION amcheck');
    const { rows: indexes } = await c.query<{ oid: number; name: string; skip: string | null }>(
      `SELECT c.oid, c.oid::regclass::text AS name,
              CASE WHEN c.relkind = 'I' THEN 'partitioned (no storage of its own; its partitions'' indexes are checked)'
                   WHEN a.amname <> 'btree' THEN a.amname || ' (amcheck checks btree only)'
                   WHEN NOT (i.indisvalid AND i.indisready) THEN 'not valid (an interrupted CREATE INDEX CONCURRENTLY)'
              END AS skip
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
       JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relpersistence <> 't'
         AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'
       ORDER BY 2`,
    );
    const checkable = indexes.filter((index) => index.skip === null);
    const skipped = new Map<string, number>();
    for (const index of indexes) {
      if (index.skip !== null) skipped.set(index.skip, (skipped.get(index.skip) ?? 0) + 1);
    }
    const skippedText = skipped.size
      ? `; ${plural(
          [...skipped.values()].reduce((a, b) => a + b, 0),
          'index',
          'indexes',
        )} skipped: ${[...skipped].map(([why, count]) => `${count} ${why}`).join(', ')}`
      : '';
    const broken: string[] = [];
    for (const index of checkable) {
      try {
        // heapallindexed: every heap tuple must be findable through the index, not just the index be well-formed.
        await c.query('SELECT bt_index_check(index => $1::oid::regclass, heapallindexed => true)', [index.oid]);
      } catch (error) {
        broken.push(`${index.name}: ${errorMessage(error)}`);
      }
    }
    if (broken.length) {
      return {
        id: 'amcheck',
        status: 'critical',
        summary: `corrupt index(es): ${broken.slice(0, 3).join('; ')}${skippedText}`,
        value: broken.length,
      };
    }
    return {
      id: 'amcheck',
      status: 'ok',
      summary: `bt_index_check passed on ${plural(checkable.length, 'btree index', 'btree indexes')}${skippedText}`,
      value: checkable.length,
    };
  } finally {
    // The restored database should look like the backup, not like the backup plus our tooling.
    if (!preinstalled) await c.query('DROP EXTENSION IF EXISTS amcheck').catch(() => undefined);
  }
}
