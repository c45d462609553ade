import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { InputError } from '../util/errors.js';

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

const tableName = z
  .string()
  .trim()
  .regex(/^[^.\s]+(\.[^.\s]+)?$/, 'expected schema.table, like public.orders');

const nonEmpty = z.string().trim().min(1, 'must not be empty');

const fileSchema = z
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
  const full = path.resolve(opts.cwd ?? process.cwd(), file);
  let text: string;
  try {
    text = await readFile(full, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !opts.explicit) return undefined;
    throw new InputError(
      code === 'ENOENT'
        ? `Invalid checks "${file}": the file does not exist`
        : `Cannot read checks file ${file}: ${(error as Error).message}`,
    );
  }
  return parseChecksFile(text, file);
}

export function parseChecksFile(text: string, file: string): ChecksFile {
  const label = path.basename(file);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
    throw new InputError(`${label} line ${line}: ${error.message.split('\n')[0]}`);
  }
  const data = doc.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(`${label} line 1: expected a mapping with tables, freshness, assertions, smoke or amcheck`);
  }
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    let issuePath = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
      // Point at the stray key itself, the likeliest typo ("assertion:" for "assertions:").
      issuePath = [...issuePath, issue.keys[0]];
      message = `unknown key (expected ${expectedKeys(issuePath)})`;
    }
    const line = lineOf(doc, lineCounter, issuePath);
    throw new InputError(`${label} line ${line}: ${formatPath(issuePath) || '(top level)'}: ${message}`);
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
      showValue: a.show_value,
    })),
    smoke: v.smoke,
    amcheck: v.amcheck,
  };
}

function qualify(name: string): string {
  return name.includes('.') ? name : `public.${name}`;
}

function expectedKeys(issuePath: (string | number)[]): string {
  const depth = issuePath.length;
  const parent = issuePath[0];
  if (depth === 1) return 'tables, freshness, assertions, smoke or amcheck';
  if (parent === 'tables') return 'name, min_rows';
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
