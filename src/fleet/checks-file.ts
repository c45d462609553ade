import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { parseTableIdentifier } from '../postgres/identifiers.js';
import { roleSpecSchema, type RoleSpec } from '../postgres/role-specs.js';
import { errorMessage, InputError } from '../util/errors.js';

export type Expectation = { kind: 'no_rows' } | { kind: 'true' } | { kind: 'equals'; value: unknown };

export const CHECKLIST_TAGS = ['tenant-isolation', 'balances'] as const;
export type ChecklistTag = (typeof CHECKLIST_TAGS)[number];

export interface TableExpectation {
  /** `schema.table`; a bare name means `public.name`. */
  name: string;
  minRows: number;
}

export interface FreshnessSpec {
  table: string;
  column: string;
}

export interface Assertion {
  name: string;
  sql: string;
  expect: Expectation;
  asRole?: string;
  setup?: string;
  checklist?: ChecklistTag;
  /** The value it returned goes into the job summary and the JSON report (never into issues). */
  showValue?: boolean;
}

export interface ChecksFile {
  /** As given, for messages. */
  path: string;
  tables: TableExpectation[];
  freshness: FreshnessSpec[];
  assertions: Assertion[];
  smoke?: string;
  amcheck?: boolean;
  /** Roles the drill creates (NOLOGIN) with these attributes and memberships, when the manifest records none. */
  roles?: RoleSpec[];
}

const EXPECT_HINT = 'expected no_rows, true or { equals: V }';

const expectSchema = z.unknown().transform((value, ctx): Expectation => {
  if (value === 'no_rows') return { kind: 'no_rows' };
  if (value === true) return { kind: 'true' };
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === 'equals')
      return { kind: 'equals', value: (value as { equals: unknown }).equals };
  }
  ctx.addIssue({ code: 'custom', message: EXPECT_HINT });
  return z.NEVER;
});

/**
 * `schema.table` as SQL reads names (unquoted parts fold to lower case; `public."Order Items"` and
 * `"tenant.acme".orders` keep theirs), kept as `schema.table` unquoted, like the manifest's names.
 */
const tableName = z
  .string()
  .trim()
  .transform((text, ctx) => {
    try {
      const t = parseTableIdentifier(text);
      return `${t.schema}.${t.table}`;
    } catch (error) {
      ctx.addIssue({
        code: 'custom',
        message: `${errorMessage(error)}: expected schema.table, like public.orders or public."Order Items"`,
      });
      return z.NEVER;
    }
  });

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** The drill checks of one database: the whole single-database file, or one fleet entry's `checks:`. */
export const checksSchema = z
  .object({
    tables: z
      .array(
        z.preprocess(
          (v) => (typeof v === 'string' ? { name: v } : v),
          z.strictObject({ name: tableName, min_rows: z.number().int().nonnegative().default(1) }),
        ),
      )
      .default([]),
    freshness: z.array(z.strictObject({ table: tableName, column: nonEmpty })).default([]),
    assertions: z
      .array(
        z.strictObject({
          name: nonEmpty.optional(),
          sql: nonEmpty,
          expect: expectSchema,
          as_role: nonEmpty.optional(),
          setup: nonEmpty.optional(),
          checklist: z.enum(CHECKLIST_TAGS).optional(),
          show_value: z.boolean().optional(),
        }),
      )
      .default([]),
    smoke: nonEmpty.optional(),
    amcheck: z.boolean().optional(),
    roles: z.array(roleSpecSchema).optional(),
  })
  .strict();

/**
 * Reads the checks file. The default path may be absent (no extra checks: undefined); a file named
 * explicitly must exist. Every problem is an InputError naming the file and line.
 */
export async function loadChecksFile(
  file: string,
  opts: { explicit: boolean; cwd?: string },
): Promise<ChecksFile | undefined> {
  const text = await readConfigText(file, { ...opts, inputName: 'checks' });
  return text === undefined ? undefined : parseChecksFile(text, file);
}

/** The file's text; undefined when it is absent and was not named explicitly. */
export async function readConfigText(
  file: string,
  opts: { explicit: boolean; cwd?: string; inputName: string },
): Promise<string | undefined> {
  try {
    return await readFile(path.resolve(opts.cwd ?? process.cwd(), file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !opts.explicit) return undefined;
    throw new InputError(
      code === 'ENOENT'
        ? `Invalid ${opts.inputName} "${file}": the file does not exist`
        : `Cannot read ${opts.inputName} file ${file}: ${(error as Error).message}`,
    );
  }
}

export function parseChecksFile(text: string, file: string): ChecksFile {
  const { doc, lineCounter, data, label } = parseYaml(text, file);
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(
      `${label} line 1: expected a mapping with tables, freshness, assertions, smoke, amcheck or roles`,
    );
  }
  const parsed = checksSchema.safeParse(data);
  if (!parsed.success) throw schemaError(doc, lineCounter, label, parsed.error.issues[0], expectedKeys);
  return toChecksFile(parsed.data, file);
}

/** A YAML file parsed with line positions; a syntax error is an InputError naming file and line. */
export function parseYaml(
  text: string,
  file: string,
): { doc: Document; lineCounter: LineCounter; data: unknown; label: string } {
  const label = path.basename(file);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
    throw new InputError(`${label} line ${line}: ${error.message.split('\n')[0]}`);
  }
  return { doc, lineCounter, data: doc.toJS() ?? {}, label };
}

/**
 * A zod issue as one line naming the file, the line and the key ("lifeboat.yml line 7:
 * databases[1].warn-after: expected a duration …"); an unknown key points at the key itself, the
 * likeliest typo ("assertion:" for "assertions:"), with the keys allowed there.
 */
export function schemaError(
  doc: Document,
  lineCounter: LineCounter,
  label: string,
  issue: z.core.$ZodIssue,
  allowed: (issuePath: (string | number)[]) => string,
): InputError {
  let issuePath = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    issuePath = [...issuePath, issue.keys[0]];
    message = `unknown key (expected ${allowed(issuePath)})`;
  }
  const line = lineOf(doc, lineCounter, issuePath);
  return new InputError(`${label} line ${line}: ${formatPath(issuePath) || '(top level)'}: ${message}`);
}

/** The parsed `checksSchema` value as the drill uses it (`file` only names it in messages). */
export function toChecksFile(v: z.output<typeof checksSchema>, file: string): ChecksFile {
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
export function expectedKeys(issuePath: (string | number)[]): string {
  const depth = issuePath.length;
  const parent = issuePath[0];
  if (depth === 1) return 'tables, freshness, assertions, smoke, amcheck or roles';
  if (parent === 'tables') return 'name, min_rows';
  if (parent === 'roles') return 'name, bypassrls, inherit, createrole, createdb, member_of';
  if (parent === 'freshness') return 'table, column';
  return 'name, sql, expect, as_role, setup, checklist, show_value';
}

/**
 * The line of the deepest node of `issuePath` that exists, read from the key when it is a mapping
 * entry (a block value starts on the next line); a missing key points at its parent.
 */
function lineOf(doc: Document, lineCounter: LineCounter, issuePath: (string | number)[]): number {
  for (let n = issuePath.length; n >= 0; n--) {
    const parent = n > 0 ? doc.getIn(issuePath.slice(0, n - 1), true) : undefined;
    if (n > 0 && isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === issuePath[n - 1]);
      const key = pair?.key as { range?: [number, number, number] } | undefined;
      if (key?.range) return lineCounter.linePos(key.range[0]).line;
      continue;
    }
    const node = doc.getIn(issuePath.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return 1;
}

function formatPath(issuePath: (string | number)[]): string {
  return issuePath.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
