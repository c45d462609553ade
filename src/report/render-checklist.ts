import { worstStatus, type Check, type CheckStatus, type Report } from './report.js';
import { formatBytes, formatDuration, plural } from './format.js';

const EMOJI: Record<CheckStatus, string> = { ok: '✅', warning: '⚠️', critical: '❌', skipped: '➖' };

export interface ChecklistRow {
  item: string;
  status: CheckStatus;
  figures: string;
}

/**
 * The runbook's quarterly checklist, each row answered by the checks that prove it. A row no check
 * speaks to is `skipped` (➖), never ✅: an unasked question is not a passed one.
 */
export function drillChecklist(report: Report): ChecklistRow[] {
  const by = (pred: (c: Check) => boolean) => report.checks.filter(pred);
  const ids = (...wanted: string[]) => by((c) => wanted.includes(c.id));
  const prefixed = (prefix: string) => by((c) => c.id.startsWith(`${prefix}:`));

  const row = (item: string, checks: Check[], okFigures: () => string, none = 'not checked'): ChecklistRow => {
    if (checks.length === 0) return { item, status: 'skipped', figures: none };
    const evaluated = checks.filter((c) => c.status !== 'skipped');
    if (evaluated.length === 0) return { item, status: 'skipped', figures: checks.map((c) => c.summary).join('; ') };
    const status = worstStatus(evaluated.map((c) => c.status));
    const bad = evaluated.filter((c) => c.status !== 'ok');
    return { item, status, figures: status === 'ok' ? okFigures() : bad.map((c) => c.summary).join('; ') };
  };

  const tables = report.tables ?? [];
  const rows = tables.reduce((sum, t) => sum + t.rows, 0);
  const assertions = prefixed('assertion');
  const passed = (list: Check[]) => `${list.filter((c) => c.status === 'ok').length}/${list.length} passed`;
  const freshness = ids('freshness')[0];
  const phases = report.phases ?? {};

  return [
    row('Backup accessible', ids('store', 'backup', 'fetch', 'checksum', 'archive'), () => {
      const b = report.backup;
      if (!b) return 'listed';
      const sha = ids('checksum').find((c) => c.status === 'ok') ? ', sha256 verified' : '';
      return `\`${b.key}\` (${formatBytes(b.size)}${b.format ? `, ${b.format}` : ''})${sha}`;
    }),
    row('Restore completed', ids('target', 'disk', 'restore', 'postgres-version'), () => {
      const into = ids('postgres-version')[0]?.display;
      const versions = into?.value
        ? ` into PostgreSQL ${into.value}${into.threshold ? ` (the backup came from ${into.threshold})` : ''}`
        : '';
      return `${phases.restore !== undefined ? `restored in ${formatDuration(phases.restore)}` : 'restored'}${versions}`;
    }),
    row('Row counts', ids('tables'), () => {
      const exact = tables.some((t) => t.expected_rows !== undefined);
      return `${plural(tables.length, 'table')}, ${plural(rows, 'row')}${exact ? ', every count exact' : ''}`;
    }),
    row('App connects', ids('smoke'), () => ids('smoke')[0].summary, 'no smoke command'),
    row('Assertions', assertions, () => passed(assertions), 'no assertions in the checks file'),
    row(
      'Tenant isolation',
      prefixed('tenant-isolation'),
      () => passed(prefixed('tenant-isolation')),
      'no assertion tagged tenant-isolation',
    ),
    row('Balances', prefixed('balances'), () => passed(prefixed('balances')), 'no assertion tagged balances'),
    row('No corruption', ids('amcheck'), () => ids('amcheck')[0].summary, 'amcheck not enabled'),
    row('RTO', ids('rto'), () =>
      report.rto_seconds !== undefined
        ? `${formatDuration(report.rto_seconds)} (target ${formatDuration(Number(ids('rto')[0].threshold))})`
        : '',
    ),
    row('RPO', ids('rpo', 'freshness'), () => {
      const rpo = ids('rpo')[0];
      const parts = [
        `${formatDuration(Number(rpo?.value ?? 0))} (target ${formatDuration(Number(rpo?.threshold ?? 0))})`,
      ];
      if (freshness?.value !== undefined)
        parts.push(`data ${formatDuration(Number(freshness.value))} older than the backup`);
      return parts.join('; ');
    }),
  ];
}

export function renderChecklist(report: Report): string {
  const lines = ['| | runbook check | result |', '|---|---|---|'];
  for (const r of drillChecklist(report)) {
    lines.push(`| ${EMOJI[r.status]} | ${r.item} | ${r.figures.replaceAll('|', '\\|').replaceAll('\n', ' ')} |`);
  }
  return lines.join('\n');
}
