import type { LifeboatManifest } from '../discovery/manifest.js';
import type { Check, TableCount } from '../report/report.js';

const n = (value: number) => value.toLocaleString('en-US');
const SHOWN = 3;

/**
 * What differs between a manifest's count and the archive's, in words, or undefined. Counts are own
 * rows on both sides; manifests written before 'own-rows' hold count(*) for a parent, so there its
 * tree total is what must match.
 */
function countDifference(
  manifest: LifeboatManifest,
  expected: { rows: number; tree?: number },
  found: TableCount,
): string | undefined {
  if (manifest.counting !== 'own-rows' && found.tree_rows !== undefined) {
    return expected.rows === found.tree_rows
      ? undefined
      : `manifest ${n(expected.rows)} rows in its tree, archive ${n(found.tree_rows)}`;
  }
  if (found.rows !== expected.rows) return `manifest ${n(expected.rows)} rows, archive ${n(found.rows)}`;
  if (expected.tree !== undefined && found.tree_rows !== undefined && expected.tree !== found.tree_rows) {
    return `manifest ${n(expected.tree)} rows in its tree, archive ${n(found.tree_rows)}`;
  }
  return undefined;
}

/**
 * The manifest's counts were taken in the dump's own snapshot, so every table must be in the
 * archive with exactly that many rows: the daily verify proves the rows are there without a restore.
 * Returns the check and the archive's tables with `expected_rows` filled in where the manifest has them.
 */
export function rowsCheck(
  manifest: LifeboatManifest | undefined,
  archive: { tables?: TableCount[]; partitioned?: string[] } | undefined,
): { check: Check; tables?: TableCount[] } {
  const tables = archive?.tables;
  if (!manifest) {
    return {
      check: { id: 'rows', status: 'skipped', summary: 'no Lifeboat manifest to compare row counts with' },
      tables,
    };
  }
  if (!tables) {
    return {
      check: {
        id: 'rows',
        status: 'skipped',
        summary: "not checked: the archive's row counts are not available (its data blocks were not read)",
      },
    };
  }
  const counted = new Map(tables.map((t) => [t.name, t]));
  const partitioned = new Set(archive?.partitioned ?? []);
  const differences: string[] = [];
  let compared = 0;
  let rows = 0;
  for (const [name, expected] of Object.entries(manifest.tables)) {
    // A partitioned parent has no data entry: its own rows are 0 (a plain dump's scan cannot tell it
    // is partitioned, but an 'own-rows' manifest records it as a parent with no rows of its own).
    const noData = partitioned.has(name) || (expected.tree !== undefined && expected.rows === 0);
    const found = counted.get(name) ?? (noData ? { name, rows: 0 } : undefined);
    compared++;
    if (found === undefined) {
      differences.push(`${name}: manifest ${n(expected.rows)} rows, not in the archive`);
      continue;
    }
    rows += found.rows;
    const difference = countDifference(manifest, expected, found);
    if (difference) differences.push(`${name}: ${difference}`);
  }
  const withExpected = tables.map((t) => {
    const expected = manifest.tables[t.name];
    if (expected === undefined) return t;
    // Before 'own-rows', a parent's manifest count was its tree: shown against its own rows it would mislead.
    if (manifest.counting !== 'own-rows' && t.tree_rows !== undefined) return t;
    return { ...t, expected_rows: expected.rows };
  });
  if (differences.length) {
    const more = differences.length > SHOWN ? ` and ${differences.length - SHOWN} more` : '';
    return {
      check: {
        id: 'rows',
        status: 'critical',
        summary:
          `${differences.length} of ${compared} tables differ from the manifest: ` +
          `${differences.slice(0, SHOWN).join('; ')}${more}`,
        value: differences.length,
        threshold: 0,
      },
      tables: withExpected,
    };
  }
  return {
    check: {
      id: 'rows',
      status: 'ok',
      summary: `all ${compared} tables of the manifest are in the archive with its exact row counts (${n(rows)} rows)`,
      value: rows,
    },
    tables: withExpected,
  };
}
