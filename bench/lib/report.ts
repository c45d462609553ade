/** One line of the results table. */
export interface Row {
  case: string;
  measure: string;
  lifeboat: string;
  baseline: string;
  ratio: string;
  target: string;
  /** `yes` / `NO`, or `—` where the issue sets no target. */
  met: string;
}

export interface CaseResult {
  id: string;
  title: string;
  rows: Row[];
  /** Medians, samples and profiles, for results.json. */
  data: Record<string, unknown>;
  notes: string[];
  error?: string;
}

export const s = (seconds: number) => (Number.isFinite(seconds) ? `${seconds.toFixed(2)} s` : 'n/a');
export const mib = (kib: number) => (Number.isFinite(kib) ? `${(kib / 1024).toFixed(1)} MiB` : 'n/a');
export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
export const rate = (bytes: number, seconds: number) => `${(bytes / 1e6 / seconds).toFixed(0)} MB/s`;
export const x = (ratio: number) => (Number.isFinite(ratio) ? ratio.toFixed(2) : 'n/a');
export const met = (ok: boolean | undefined) => (ok === undefined ? 'n/a' : ok ? 'yes' : 'NO');

export function renderTable(cases: CaseResult[]): string {
  const header: Row = { case: '#', measure: 'measure', lifeboat: 'Lifeboat', baseline: 'baseline', ratio: 'ratio', target: 'target', met: 'met' };
  const rows: Row[] = [];
  for (const c of cases) {
    if (c.error && c.rows.length === 0) {
      rows.push({ case: c.id, measure: c.title, lifeboat: `not measured: ${c.error}`, baseline: '', ratio: '', target: '', met: 'n/a' });
    }
    rows.push(...c.rows);
  }
  const cols = Object.keys(header) as (keyof Row)[];
  const widths = cols.map((k) => Math.max(...[header, ...rows].map((r) => r[k].length)));
  const line = (r: Row) => `| ${cols.map((k, i) => r[k].padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** Samples without their captured output: results.json keeps numbers, not logs. */
export function stripOutput<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (k, v) => (k === 'stdout' || k === 'stderr' ? undefined : typeof v === 'number' ? Number(v.toFixed(4)) : v)),
  ) as T;
}
