import type { LifeboatManifest } from '../discovery/manifest.js';
import type { Check, TableCount } from '../report/report.js';

const n = (value: number) => value.toLocaleString('en-US');
const SHOWN = 3;

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
  const counted = new Map(tables.map((t) => [t.name, t.rows]));
  const partitioned = new Set(archive?.partitioned ?? []);
  const differences: string[] = [];
  let compared = 0;
  let rows = 0;
  for (const [name, { rows: expected }] of Object.entries(manifest.tables)) {
    const found = counted.get(name);
    if (found === undefined) {
      // A partitioned table's count(*) covers its partitions, which the archive counts one by one.
      if (partitioned.has(name)) continue;
      differences.push(`${name}: manifest ${n(expected)} rows, not in the archive`);
    } else if (found !== expected) {
      differences.push(`${name}: manifest ${n(expected)} rows, archive ${n(found)}`);
    }
    compared++;
    rows += expected;
  }
  const withExpected = tables.map((t) => {
    const expected = manifest.tables[t.name]?.rows;
    return expected === undefined ? t : { ...t, expected_rows: expected };
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
