import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadChecksFile, parseChecksFile } from '../../src/drill/checks-file.js';
import { drillOptions, parseDrillSettings } from '../../src/drill/drill-settings.js';
import { drillChecklist } from '../../src/drill/render-checklist.js';
import { renderSummary } from '../../src/report/summary.js';
import { rolesFromStream } from '../../src/restore/restore-runner.js';
import { selectBackup } from '../../src/restore/select-backup.js';
import type { DiscoveredBackup } from '../../src/discovery/discover.js';
import type { Report } from '../../src/report/report.js';
import { InputError } from '../../src/util/errors.js';
import { EXAMPLE_CHECKS, REPO } from './helpers.js';

describe('checks file', () => {
  it('table names are SQL identifiers: quoted keep case, spaces and dots, unquoted fold', () => {
    const checks = parseChecksFile(
      'tables:\n  - public."Order Items"\n  - name: \'"tenant.acme".orders\'\n    min_rows: 3\n  - Public.T\n  - "ünï"\n' +
        'freshness:\n  - table: public."Order Items"\n    column: created_at\n',
      'checks.yml',
    );
    expect(checks.tables.map((t) => t.name)).toEqual([
      'public.Order Items',
      'tenant.acme.orders',
      'public.t',
      'public.ünï',
    ]);
    expect(checks.freshness[0].table).toBe('public.Order Items');
    expect(() => parseChecksFile('tables:\n  - public."open\n', 'checks.yml')).toThrow(
      /checks\.yml line 2: .*unclosed quote/,
    );
  });

  it('the shipped example parses: five tables, freshness, tagged tenant-isolation and balances assertions, amcheck', async () => {
    const checks = await loadChecksFile(EXAMPLE_CHECKS, { explicit: true });
    expect(checks?.tables.map((t) => t.name)).toEqual([
      'public.tenants',
      'public.users',
      'public.items',
      'public.inventory_ledger',
      'public.inventory_balances',
    ]);
    expect(checks?.freshness).toEqual([{ table: 'public.inventory_ledger', column: 'created_at' }]);
    expect(checks?.assertions.filter((a) => a.checklist === 'tenant-isolation').map((a) => a.asRole)).toEqual([
      'tenant_reader',
      'tenant_reader',
    ]);
    expect(checks?.assertions.find((a) => a.checklist === 'balances')?.expect).toEqual({ kind: 'no_rows' });
    expect(checks?.amcheck).toBe(true);
  });

  it('errors name the file, the line and the field', () => {
    const text = [
      'tables:',
      '  - name: public.a',
      '    min_rows: 2',
      'assertions:',
      '  - sql: SELECT 1',
      '    expect: true',
      '  - sql: SELECT 2',
      '    expect: maybe',
    ].join('\n');
    expect(() => parseChecksFile(text, '.github/lifeboat.yml')).toThrow(
      new InputError('lifeboat.yml line 8: assertions[1].expect: expected no_rows, true or { equals: V }'),
    );
    expect(() => parseChecksFile('tables:\n  - name: a\n    min_rows: -1\n', 'x/lifeboat.yml')).toThrow(
      /^lifeboat.yml line 3: tables\[0\]\.min_rows: /,
    );
    expect(() => parseChecksFile('tables: []\nassertion:\n  - sql: x\n', 'lifeboat.yml')).toThrow(
      'lifeboat.yml line 2: assertion: unknown key (expected tables, freshness, assertions, smoke, amcheck or roles)',
    );
    expect(() => parseChecksFile('assertions:\n  - expect: true\n', 'lifeboat.yml')).toThrow(
      /^lifeboat.yml line 2: assertions\[0\]\.sql: /,
    );
    expect(() => parseChecksFile('tables: [\n', 'lifeboat.yml')).toThrow(/^lifeboat.yml line \d+: /);
  });

  it('{ equals: V } and bare table names', () => {
    const c = parseChecksFile('tables: [orders]\nassertions:\n  - sql: SELECT 1\n    expect: { equals: 1 }\n', 'f.yml');
    expect(c.tables).toEqual([{ name: 'public.orders', minRows: 1 }]);
    expect(c.assertions[0].expect).toEqual({ kind: 'equals', value: 1 });
  });

  it('a missing default file means no extra checks; a missing explicit one is an error', async () => {
    expect(await loadChecksFile('.github/nope.yml', { explicit: false, cwd: REPO })).toBeUndefined();
    await expect(loadChecksFile('.github/nope.yml', { explicit: true, cwd: REPO })).rejects.toThrow(
      'Invalid checks ".github/nope.yml": the file does not exist',
    );
  });
});

describe('drill settings', () => {
  it('defaults', () => {
    const s = parseDrillSettings({ source: '/b' });
    expect(s.backup).toEqual({ kind: 'latest' });
    expect(s.target).toBe('ephemeral');
    expect(s.checksFile).toBe('.github/lifeboat.yml');
    expect(s.checksFileExplicit).toBe(false);
    expect(s.rtoTargetSeconds).toBe(3600);
    expect(s.rpoTargetSeconds).toBe(86400);
    expect(s.jobs).toBeGreaterThanOrEqual(1);
    expect(s.allowOverwrite).toBe(false);
    expect(s.amcheck).toBe(false);
  });
  it('backup selectors and jobs', () => {
    expect(parseDrillSettings({ source: '/b', backup: 'before:2025-01-18T14:30:00Z' }).backup).toEqual({
      kind: 'before',
      time: new Date('2025-01-18T14:30:00Z'),
    });
    expect(parseDrillSettings({ source: '/b', backup: 'before:2025-01-18T14:30' }).backup).toEqual({
      kind: 'before',
      time: new Date('2025-01-18T14:30:00Z'),
    });
    expect(parseDrillSettings({ source: '/b', backup: 'db/app.dump' }).backup).toEqual({
      kind: 'key',
      key: 'db/app.dump',
    });
    expect(parseDrillSettings({ source: '/b', jobs: '6' }).jobs).toBe(6);
    expect(() => parseDrillSettings({ source: '/b', 'rto-target': 'soon' })).toThrow(
      /^Invalid rto-target "soon": expected a duration/,
    );
    expect(parseDrillSettings({ source: '/b', checks: 'ops/checks.yml' }).checksFileExplicit).toBe(true);
  });
});

const at = (key: string, iso: string): DiscoveredBackup => ({
  key,
  size: 10,
  lastModified: new Date(iso),
  time: new Date(iso),
  timeSource: 'name',
  sidecars: {},
});

describe('selectBackup', () => {
  const backups = [at('c', '2025-01-20T02:00:00Z'), at('b', '2025-01-19T02:00:00Z'), at('a', '2025-01-18T02:00:00Z')];
  it('latest, by key, before a time (strictly)', () => {
    expect(selectBackup(backups, { kind: 'latest' }).backup?.key).toBe('c');
    expect(selectBackup(backups, { kind: 'key', key: 'b' }).backup?.key).toBe('b');
    expect(selectBackup(backups, { kind: 'before', time: new Date('2025-01-19T02:00:00Z') }).backup?.key).toBe('a');
    expect(selectBackup(backups, { kind: 'before', time: new Date('2025-01-19T02:00:01Z') }).backup?.key).toBe('b');
  });
  it('says what is there when nothing matches', () => {
    expect(selectBackup(backups, { kind: 'key', key: 'zzz' }).reason).toBe(
      'no backup with key "zzz"; the newest is "c"',
    );
    expect(selectBackup(backups, { kind: 'before', time: new Date('2025-01-01T00:00:00Z') }).reason).toBe(
      'no backup was taken before 2025-01-01T00:00:00.000Z: the oldest of 3 backups is "a", taken 2025-01-18T02:00:00.000Z',
    );
    expect(selectBackup([], { kind: 'latest' }).reason).toBe('no backups found');
  });
});

describe('roles referenced by a schema script', () => {
  it('owners, grants, revokes and policies; not PUBLIC, predefined roles or COPY data', async () => {
    const sql = [
      'ALTER TABLE public.t OWNER TO app_owner;',
      'GRANT SELECT ON TABLE public.t TO reader, "Mixed Case";',
      'REVOKE ALL ON SCHEMA public FROM PUBLIC;',
      'GRANT pg_read_all_data TO auditor;',
      'CREATE POLICY p ON public.t FOR SELECT TO tenant_reader USING ((tenant_id = 1));',
      'COPY public.t (a) FROM stdin;',
      'GRANT x TO not_a_role;',
      '\\.',
      '-- GRANT SELECT ON t TO commented_out;',
    ].join('\n');
    expect(await rolesFromStream(Readable.from([sql]))).toEqual([
      'app_owner',
      'reader',
      'Mixed Case',
      'auditor',
      'tenant_reader',
    ]);
  });
});

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

describe('actions/restore-drill/action.yml', () => {
  it('declares every action option of the table with its description and default, node24, main and post', async () => {
    const yml = parse(await readFile(path.join(REPO, 'actions', 'restore-drill', 'action.yml'), 'utf8'));
    const expected = Object.entries(drillOptions).filter(([, s]) => (s as { only?: string }).only !== 'cli');
    expect(Object.keys(yml.inputs)).toEqual(expected.map(([n]) => n));
    for (const [name, spec] of expected as [string, { description: string; default?: string; required?: boolean }][]) {
      expect(yml.inputs[name].description).toBe(spec.description);
      if (spec.required) expect(yml.inputs[name].required).toBe(true);
      else expect(yml.inputs[name].default).toBe(spec.default ?? '');
    }
    expect(Object.keys(yml.outputs)).toEqual([
      'status',
      'rto-seconds',
      'rpo-seconds',
      'tables-restored',
      'rows-restored',
      'report-path',
      'database-url',
      'issue-number',
    ]);
    for (const o of Object.values(yml.outputs) as { description: string }[])
      expect(o.description.length).toBeGreaterThan(10);
    expect(yml.runs).toEqual({
      using: 'node24',
      main: '../../dist/restore-drill/index.js',
      post: '../../dist/restore-drill-post/index.js',
    });
  });
});
