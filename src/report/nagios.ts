import type { Check, Report } from './report.js';
import { verdictLines } from './render.js';
import { redactSecrets } from '../util/secrets.js';

const UOM: Record<NonNullable<Check['unit']>, string> = { seconds: 's', bytes: 'B', count: '', ratio: '%' };

// Checks whose threshold is a floor (too small is bad): their ranges read `N:` in the plugin format.
const FLOORS = new Set(['size', 'disk', 'retention', 'schedule']);

/**
 * `LIFEBOAT VERIFY CRITICAL - recency: … | recency=93600s;82800;90000 size=52428800B;;1024:`: the one
 * line a Nagios/Icinga check plugin prints, perfdata in base units with the warning and critical ranges.
 */
export function renderNagios(report: Report): string {
  const [verdict] = verdictLines(report, Number.MAX_SAFE_INTEGER);
  const text = verdict.replace(/^[A-Z]+: /, '');
  const perf = report.checks.filter((c) => typeof c.value === 'number').map(perfdata);
  const head = `LIFEBOAT ${report.kind.toUpperCase()} ${report.status.toUpperCase()} - ${text}`;
  return redactSecrets(`${head.replaceAll('|', '/')}${perf.length ? ` | ${perf.join(' ')}` : ''}`);
}

function perfdata(c: Check): string {
  const uom = c.unit === 'ratio' ? '%' : c.unit ? UOM[c.unit] : '';
  const scale = (n: number) => String(c.unit === 'ratio' ? round(n * 100) : Math.round(n));
  const range = (n: number | undefined) => (n === undefined ? '' : FLOORS.has(c.id) ? `${scale(n)}:` : scale(n));
  const label = /^[A-Za-z0-9_.-]+$/.test(c.id) ? c.id : `'${c.id.replaceAll("'", '')}'`;
  const parts = [`${scale(c.value as number)}${uom}`, range(c.warning_threshold), range(c.threshold)];
  while (parts.length > 1 && parts.at(-1) === '') parts.pop();
  return `${label}=${parts.join(';')}`;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
