import { describe, expect, it } from 'vitest';
import { drillChecklist } from '../../src/report/render-checklist.js';
import type { Report } from '../../src/report/report.js';
import { renderSummary } from '../../src/report/summary.js';

describe('runbook checklist', () => {
  const report: Report = {
    status: 'critical',
    kind: 'drill',
    source: '/b',
    started_at: '',
    finished_at: '',
    backup: { key: 'k.dump', time: '2025-01-01T00:00:00Z', size: 2048, format: 'pg_dump custom archive' },
    rto_seconds: 42,
    rpo_seconds: 7200,
    phases: { fetch: 1, restore: 30, verify: 11 },
    tables: [{ name: 'public.a', rows: 10, expected_rows: 10 }],
    checks: [
      { id: 'store', status: 'ok', summary: 'listed' },
      { id: 'checksum', status: 'ok', summary: 'sha256 matches' },
      { id: 'restore', status: 'ok', summary: 'restored' },
      { id: 'tables', status: 'ok', summary: '1 table' },
      { id: 'tenant-isolation:t1', status: 'critical', summary: 't1 as tenant_reader: returned false, expected true' },
      { id: 'rto', status: 'ok', summary: '', value: 42, threshold: 3600 },
      { id: 'rpo', status: 'ok', summary: '', value: 7200, threshold: 86400 },
    ],
  };
  it('maps checks to rows, with figures, and an unasked row is never ✅', () => {
    const rows = Object.fromEntries(drillChecklist(report).map((r) => [r.item, r]));
    expect(rows['Backup accessible']).toMatchObject({
      status: 'ok',
      figures: '`k.dump` (2.0 KiB, pg_dump custom archive), sha256 verified',
    });
    expect(rows['Row counts']).toMatchObject({ status: 'ok', figures: '1 table, 10 rows, every count exact' });
    expect(rows['Tenant isolation']).toMatchObject({
      status: 'critical',
      figures: 't1 as tenant_reader: returned false, expected true',
    });
    expect(rows['Balances'].status).toBe('skipped');
    expect(rows['App connects']).toMatchObject({ status: 'skipped', figures: 'no smoke command' });
    expect(rows['RTO'].figures).toBe('42s (target 1h)');
    expect(rows['RPO'].figures).toBe('2h (target 24h)');
    const md = renderSummary(report);
    expect(md).toContain('| ❌ | Tenant isolation | t1 as tenant_reader: returned false, expected true |');
    expect(md).toContain('| ✅ | RTO | 42s (target 1h) |');
    expect(md).toContain('| ➖ | Balances |');
  });
});
