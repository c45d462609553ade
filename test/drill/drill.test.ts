import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drillChecklist } from '../../src/report/render-checklist.js';
import { issueBody } from '../../src/github/issue-body.js';
import type { IssueState } from '../../src/github/issue-state.js';
import { renderSummary } from '../../src/report/summary.js';
import { subjectsFor } from '../../src/github/subjects.js';
import type { Report } from '../../src/report/report.js';
import { findClientTool } from '../../src/postgres/binaries.js';
import { sharedCluster } from '../support/postgres.js';
import {
  addBackup,
  check,
  EXAMPLE_CHECKS,
  leftovers,
  newStoreDir,
  runDrillFor,
  sampleSource,
  stampedKey,
  type Source,
} from './helpers.js';

let source: Source;
let leaky: Source;
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);

beforeAll(async () => {
  source = await sampleSource('drill_src');
  // A database whose policy was "fixed" into letting every tenant see everything.
  leaky = await sampleSource('drill_leaky', {
    ledgerRows: 300,
    afterLoad: `DROP POLICY tenant_isolation ON public.items;
                CREATE POLICY tenant_isolation ON public.items FOR SELECT TO tenant_reader USING (true);`,
  });
});

afterAll(async () => {
  await (await sharedCluster()).stop();
  for (const s of [source, leaky]) if (s) await rm(s.dir, { recursive: true, force: true });
});

function expectSourceCounts(tables: { name: string; rows: number }[] | undefined) {
  expect(Object.fromEntries((tables ?? []).map((t) => [t.name, t.rows]))).toEqual(source.tables);
}

describe('drills that pass', () => {
  it('custom archive with a manifest: every count exact, example checks and amcheck pass, RTO/RPO measured', async () => {
    const store = await newStoreDir(source.dir, 'custom');
    const time = hoursAgo(2);
    await addBackup(store, stampedKey('inventory', time, '.dump'), source.dumps.custom, {
      manifest: { tables: source.tables, createdAt: time },
    });
    const { report, target, workDir } = await runDrillFor({ source: store, checks: EXAMPLE_CHECKS, amcheck: 'true' });

    expect(report.status, JSON.stringify(report.checks, null, 1)).toBe('ok');
    expect(report.kind).toBe('drill');
    expect(check(report, 'checksum').status).toBe('ok');
    expect(check(report, 'tables').summary).toContain('every count equals the manifest');
    expectSourceCounts(report.tables);
    for (const t of report.tables!) expect(t.expected_rows).toBe(source.tables[t.name]);
    expect(check(report, 'amcheck').status).toBe('ok');
    expect(check(report, 'tenant-isolation:tenant-reader-with-app-tenant-id-1-sees-only').status).toBe('ok');
    expect(check(report, 'balances:balances-equal-ledger-sums').status).toBe('ok');
    // RPO is the backup's age (2h), RTO the wall time of fetch → verify, both against their targets.
    expect(report.rpo_seconds).toBeGreaterThanOrEqual(7200);
    expect(report.rpo_seconds).toBeLessThan(7200 + 600);
    expect(report.rto_seconds).toBeGreaterThan(0);
    expect(report.rto_seconds).toBeGreaterThanOrEqual(report.phases!.restore + report.phases!.verify);
    expect(Object.keys(report.phases!)).toEqual(expect.arrayContaining(['fetch', 'restore', 'verify']));
    expect(drillChecklist(report).map((r) => [r.item, r.status])).toEqual([
      ['Backup accessible', 'ok'],
      ['Restore completed', 'ok'],
      ['Row counts', 'ok'],
      ['App connects', 'skipped'],
      ['Assertions', 'ok'],
      ['Tenant isolation', 'ok'],
      ['Balances', 'ok'],
      ['No corruption', 'ok'],
      ['RTO', 'ok'],
      ['RPO', 'ok'],
    ]);
    expect(leftovers(target, workDir)).toEqual([]);
  });

  it('gzipped tar archive (Railway template style) restores with every table at the source count', async () => {
    const store = await newStoreDir(source.dir, 'targz');
    await addBackup(store, `backup-${hoursAgo(1).toISOString().replace(/[:.]/g, '-')}.tar.gz`, source.dumps.tar, {
      gzip: true,
    });
    const { report } = await runDrillFor({ source: store, checks: EXAMPLE_CHECKS });
    expect(report.status, JSON.stringify(report.checks, null, 1)).toBe('ok');
    expect(check(report, 'archive').summary).toContain('tar');
    // Exact counts come from the archive's own data when it can be counted in the stream, else min_rows.
    expect(check(report, 'tables').summary).toMatch(
      /every count equals the dump's COPY blocks|every table has at least its min_rows/,
    );
    expectSourceCounts(report.tables);
  });

  it('gzipped plain SQL restores through psql, counts checked exactly against its COPY blocks', async () => {
    const store = await newStoreDir(source.dir, 'sqlgz');
    await addBackup(store, stampedKey('inventory', hoursAgo(1), '.sql.gz'), source.dumps.plain, { gzip: true });
    const { report } = await runDrillFor({ source: store, checks: EXAMPLE_CHECKS });
    expect(report.status, JSON.stringify(report.checks, null, 1)).toBe('ok');
    expect(check(report, 'restore').summary).toContain('psql');
    expect(check(report, 'tables').summary).toContain("every count equals the dump's COPY blocks");
    expectSourceCounts(report.tables);
  });
});

describe('drills that fail, naming the cause', () => {
  it('a row count one off from the manifest and a table the manifest lists but the backup lacks', async () => {
    const store = await newStoreDir(source.dir, 'offbyone');
    const time = hoursAgo(1);
    const tables = { ...source.tables, 'public.items': source.tables['public.items'] + 1, 'public.ghosts': 3 };
    await addBackup(store, stampedKey('inventory', time, '.dump'), source.dumps.custom, {
      manifest: { tables, createdAt: time },
    });
    const { report, target, workDir } = await runDrillFor({ source: store });
    expect(report.status).toBe('critical');
    const t = check(report, 'tables');
    expect(t.status).toBe('critical');
    expect(t.summary).toContain(
      `public.items has ${source.tables['public.items']} rows, the manifest says ${source.tables['public.items'] + 1}`,
    );
    expect(t.summary).toContain('public.ghosts is missing');
    expect(check(report, 'restore').status).toBe('ok');
    expect(leftovers(target, workDir)).toEqual([]);
  });

  it('a failing assertion', async () => {
    const store = await newStoreDir(source.dir, 'assertion');
    await addBackup(store, stampedKey('inventory', hoursAgo(1), '.dump'), source.dumps.custom);
    const checksFile = path.join(source.dir, 'wrong.yml');
    await writeFile(
      checksFile,
      'assertions:\n  - name: three tenants\n    sql: SELECT count(*) FROM public.tenants\n    expect: { equals: 4 }\n',
    );
    const { report } = await runDrillFor({ source: store, checks: checksFile });
    expect(report.status).toBe('critical');
    const failing = report.checks.filter((c) => c.status === 'critical');
    expect(failing.map((c) => c.id)).toEqual(['assertion:three-tenants']);
    expect(failing[0].summary).toBe('three tenants: returned a numeric value (1 row), expected 4');
  });

  it('an assertion returning a customer e-mail: in no summary, report or issue; show_value opts in for the summary and report', async () => {
    const store = await newStoreDir(source.dir, 'planted');
    await addBackup(store, stampedKey('inventory', hoursAgo(1), '.dump'), source.dumps.custom);
    const planted = 'cust_CD4core@example.test';
    const checksFile = path.join(source.dir, 'planted.yml');
    const assertion = (name: string, extra = '') =>
      `  - name: ${name}\n    sql: SELECT '${planted}'::text WHERE true\n    expect: { equals: nobody }\n${extra}`;
    await writeFile(checksFile, `assertions:\n${assertion('hidden')}`);
    const hidden = (await runDrillFor({ source: store, checks: checksFile })).report;
    await writeFile(checksFile, `assertions:\n${assertion('shown', '    show_value: true\n')}`);
    const shown = (await runDrillFor({ source: store, checks: checksFile })).report;

    const issueBodies = (report: Report) =>
      subjectsFor(report).map((subject) =>
        issueBody({
          subject,
          report,
          run: { now: new Date() },
          state: {
            v: 2,
            status: subject.status,
            facts: {},
            notified_at: '',
            first_seen: '',
            last_seen: '',
          } as IssueState,
        }),
      );
    expect(check(hidden, 'assertion:hidden').summary).toBe('hidden: returned a text value (1 row), expected nobody');
    for (const text of [JSON.stringify(hidden), renderSummary(hidden), ...issueBodies(hidden)]) {
      expect(text).not.toContain(planted);
    }
    expect(check(shown, 'assertion:shown').shown_value).toBe(planted);
    expect(JSON.stringify(shown)).toContain(planted);
    expect(renderSummary(shown)).toContain(planted);
    const bodies = issueBodies(shown);
    expect(bodies.join('\n')).toContain('assertion:shown');
    for (const body of bodies) expect(body).not.toContain(planted);
  });

  it('a tenant role that can see another tenant’s rows (a backup of a database with a broken policy)', async () => {
    const store = await newStoreDir(leaky.dir, 'leaky');
    await addBackup(store, stampedKey('inventory', hoursAgo(1), '.dump'), leaky.dumps.custom);
    const { report } = await runDrillFor({ source: store, checks: EXAMPLE_CHECKS });
    expect(report.status).toBe('critical');
    const isolation = check(report, 'tenant-isolation:tenant-reader-with-app-tenant-id-1-sees-only');
    expect(isolation.status).toBe('critical');
    expect(isolation.summary).toContain('returned a boolean value (1 row), expected true');
    expect(drillChecklist(report).find((r) => r.item === 'Tenant isolation')?.status).toBe('critical');
    expect(check(report, 'balances:balances-equal-ledger-sums').status).toBe('ok');
  });

  it('a smoke command exiting 1, and an RTO target of 1s', async () => {
    const store = await newStoreDir(source.dir, 'smoke');
    await addBackup(store, stampedKey('inventory', hoursAgo(1), '.dump'), source.dumps.custom);
    const { report } = await runDrillFor({
      source: store,
      'rto-target': '1s',
      'smoke-command':
        // The sleep makes the drill outlast the 1s target on any machine: the RTO verdict must not depend on speed.
        'test -n "$DATABASE_URL" && psql -Atc "select count(*) from public.tenants" >&2; sleep 1.2; echo app failed to boot >&2; exit 1',
    });
    expect(report.status).toBe('critical');
    const smoke = check(report, 'smoke');
    expect(smoke.status).toBe('critical');
    expect(smoke.summary).toMatch(/exited 1 after [\d.]+s: app failed to boot/);
    const rto = check(report, 'rto');
    expect(rto.status).toBe('critical');
    expect(rto.summary).toContain('more than the RTO target 1s');
    expect(report.rto_seconds).toBeGreaterThan(1);
  });

  it('a backup older than the RPO target', async () => {
    const store = await newStoreDir(source.dir, 'old');
    const time = hoursAgo(30);
    await addBackup(store, stampedKey('inventory', time, '.dump'), source.dumps.custom, {
      manifest: { tables: source.tables, createdAt: time },
    });
    const { report } = await runDrillFor({ source: store, 'rpo-target': '24h' });
    expect(report.status).toBe('critical');
    const rpo = check(report, 'rpo');
    expect(rpo.status).toBe('critical');
    expect(rpo.summary).toContain('more than the RPO target 24h');
    expect(report.rpo_seconds).toBeGreaterThanOrEqual(30 * 3600);
    // Everything else about the restore was fine: the verdict comes from the RPO alone.
    expect(report.checks.filter((c) => c.status === 'critical').map((c) => c.id)).toEqual(['rpo']);
  });

  it('a restore error: a custom archive truncated after its table of contents fails with pg_restore’s message and leaves nothing behind', async () => {
    const store = await newStoreDir(source.dir, 'truncated');
    const full = await readFile(source.dumps.custom);
    const cut = path.join(source.dir, 'truncated.dump');
    await writeFile(cut, full.subarray(0, Math.floor(full.length * 0.6)));
    await addBackup(store, stampedKey('inventory', hoursAgo(1), '.dump'), cut);
    const { report, target, workDir } = await runDrillFor({ source: store });
    expect(report.status).toBe('critical');
    expect(check(report, 'archive').status).toBe('ok');
    const restore = check(report, 'restore');
    expect(restore.status).toBe('critical');
    expect(restore.summary, JSON.stringify(report.checks)).toMatch(
      /^pg_restore failed: .*(end of file|could not read|unexpected|could not find block ID .* corrupt archive)/i,
    );
    expect(report.rto_seconds).toBeUndefined();
    expect(target?.tempDir).toBeTruthy();
    expect(leftovers(target, workDir)).toEqual([]);
  });

  it('a restore error in plain SQL names the failing line', async () => {
    const store = await newStoreDir(source.dir, 'badsql');
    const sql = await readFile(source.dumps.plain, 'utf8');
    const broken = path.join(source.dir, 'broken.sql');
    await writeFile(
      broken,
      sql.replace('CREATE TABLE public.items (', 'CREATE TABLE public.items (\n    oops nosuchtype,'),
    );
    await addBackup(store, stampedKey('inventory', hoursAgo(1), '.sql.gz'), broken, { gzip: true });
    const { report } = await runDrillFor({ source: store });
    const restore = check(report, 'restore');
    expect(restore.status).toBe('critical');
    expect(restore.summary).toMatch(/^psql failed: line \d+: ERROR: type "nosuchtype" does not exist/);
  });

  it('an archive made by a newer pg_dump than the binaries: both versions and the install hint', async () => {
    const store = await newStoreDir(source.dir, 'newer');
    const bytes = await readFile(source.dumps.custom);
    // Only PostgreSQL 15 is installed, so a PostgreSQL 16 archive is made by hand: format 1.15 is
    // 1.14 with the compression int (sign byte + 4 bytes, after "PGDMP", version, int/off size and
    // format) replaced by one algorithm byte (1 = gzip). The data offsets shift, which pg_restore 15
    // never gets to see: it stops at the version.
    expect([bytes[5], bytes[6], bytes[8]]).toEqual([1, 14, 4]);
    const header = Buffer.from(bytes.subarray(0, 11));
    header[6] = 15;
    const patched = path.join(source.dir, 'newer.dump');
    await writeFile(patched, Buffer.concat([header, Buffer.from([1]), bytes.subarray(16)]));
    const time = hoursAgo(1);
    await addBackup(store, stampedKey('inventory', time, '.dump'), patched, {
      manifest: { tables: source.tables, createdAt: time, pgDumpVersion: '16.4' },
    });
    const pgRestore = await findClientTool('pg_restore');
    const { report } = await runDrillFor({ source: store });
    const restore = check(report, 'restore');
    expect(restore.status).toBe('critical');
    expect(restore.summary).toContain('pg_dump 16.4');
    expect(restore.summary).toContain(`pg_restore ${pgRestore.version} cannot read`);
    expect(restore.summary).toContain('sudo apt-get install postgresql-16');
  });

  it('not enough disk: refused before anything is fetched or booted', async () => {
    const store = await newStoreDir(source.dir, 'disk');
    await addBackup(store, stampedKey('inventory', hoursAgo(1), '.dump'), source.dumps.custom);
    const { report, target, workDir } = await runDrillFor({ source: store }, { freeBytes: async () => 1000 });
    const disk = check(report, 'disk');
    expect(disk.status).toBe('critical');
    expect(disk.summary).toMatch(/^will not fit: .* only 1000 B free/);
    expect(target).toBeUndefined();
    expect(workDir).toBeUndefined();
  });

  it('the estimate counts the empty cluster and WAL: a small dump does not fit in 60 MiB', async () => {
    const store = await newStoreDir(source.dir, 'disk-cluster');
    await addBackup(store, stampedKey('inventory', hoursAgo(1), '.dump'), source.dumps.custom);
    const free = 60 * 1024 * 1024;
    const { report, workDir } = await runDrillFor({ source: store }, { freeBytes: async () => free });
    const disk = check(report, 'disk');
    expect(disk.status).toBe('critical');
    // 42 MiB of initdb and 64 MiB of WAL headroom on top of the copy and the restored data.
    expect(Number(disk.threshold)).toBeGreaterThan(106 * 1024 * 1024);
    expect(workDir).toBeUndefined();
  });
});

describe('selecting with before:', () => {
  it('picks the newest backup taken before the time, and says clearly when there is none', async () => {
    const store = await newStoreDir(source.dir, 'before');
    const times = [
      new Date('2025-01-18T02:00:00Z'),
      new Date('2025-01-19T02:00:00Z'),
      new Date('2025-01-20T02:00:00Z'),
    ];
    for (const t of times) await addBackup(store, stampedKey('inventory', t, '.dump'), source.dumps.custom);
    // No disk: the selection is all this test is about, so stop right after it.
    const noDisk = { freeBytes: async () => 0 };
    const picked = await runDrillFor({ source: store, backup: 'before:2025-01-19T14:30:00Z' }, noDisk);
    expect(check(picked.report, 'backup').display?.value).toBe(stampedKey('inventory', times[1], '.dump'));
    expect(check(picked.report, 'backup').summary).toContain('newest backup taken before 2025-01-19T14:30:00.000Z');

    const none = await runDrillFor({ source: store, backup: 'before:2025-01-18T01:00:00Z' }, noDisk);
    const b = check(none.report, 'backup');
    expect(b.status).toBe('critical');
    expect(b.summary).toBe(
      `no backup was taken before 2025-01-18T01:00:00.000Z: the oldest of 3 backups is "${stampedKey('inventory', times[0], '.dump')}", taken 2025-01-18T02:00:00.000Z in ${store}`,
    );
  });
});
