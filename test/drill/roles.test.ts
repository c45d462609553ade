// Roles, faithful: a BYPASSRLS service role and a member of a policy's group role see in the drill
// exactly the rows they see in the source database, from create-backup's record of the roles or,
// without one, from the checks file's `roles:` section.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/demo/sample-database.js';
import { parseChecksFile } from '../../src/fleet/checks-file.js';
import { withClient } from '../../src/postgres/client.js';
import type { Check } from '../../src/report/report.js';
import { openWritableStore } from '../../src/stores/open-store.js';
import { backupInto } from '../backup/helpers.js';
import { restoreArchive } from '../../src/restore/restore-runner.js';
import type { DrillTarget } from '../../src/restore/target.js';
import { withDatabase } from '../../src/postgres/client.js';
import { memoryLogger } from '../../src/util/logger.js';
import { dumpDatabase, sharedCluster } from '../support/postgres.js';
import { newStoreDir, runDrillFor } from './helpers.js';

// Roles are cluster-wide: names of this file's own.
const SERVICE = 'lbr_service';
const GROUP = 'lbr_tenant_a';
const MEMBER = 'lbr_alice';

const SCHEMA = `
  CREATE ROLE ${SERVICE} NOLOGIN BYPASSRLS;
  CREATE ROLE ${GROUP} NOLOGIN;
  CREATE ROLE ${MEMBER} LOGIN PASSWORD 'never-in-a-manifest-7Qx';
  GRANT ${GROUP} TO ${MEMBER};
  CREATE TABLE docs (id int PRIMARY KEY, tenant text NOT NULL, body text);
  INSERT INTO docs SELECT g, CASE WHEN g % 5 < 3 THEN 'a' ELSE 'b' END, 'doc ' || g FROM generate_series(1, 50) g;
  ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
  CREATE POLICY tenant_a_only ON docs FOR SELECT TO ${GROUP} USING (tenant = 'a');
  GRANT SELECT ON docs TO ${GROUP}, ${SERVICE};
`;

let work: string;
let url: string;
/** Rows each role sees in the source database (the premise, measured). */
const seen: Record<string, number> = {};

beforeAll(async () => {
  const cluster = await sharedCluster();
  url = await createDatabase(cluster.url(), 'roles_rls');
  await withClient(url, async (c) => {
    await c.query(SCHEMA);
    for (const role of [SERVICE, MEMBER]) {
      await c.query('BEGIN');
      await c.query(`SET LOCAL ROLE ${role}`);
      seen[role] = Number((await c.query<{ n: string }>('SELECT count(*) AS n FROM docs')).rows[0].n);
      await c.query('ROLLBACK');
    }
  });
  work = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-roles-'));
}, 60_000);

afterAll(async () => {
  await (await sharedCluster()).stop();
  if (work) await rm(work, { recursive: true, force: true });
});

async function checksFile(name: string, extra = ''): Promise<string> {
  const file = path.join(work, name);
  await writeFile(
    file,
    `assertions:
  - name: service sees every row
    sql: SELECT count(*) FROM docs
    expect: { equals: ${seen[SERVICE]} }
    as_role: ${SERVICE}
  - name: member sees its group's rows
    sql: SELECT count(*) FROM docs
    expect: { equals: ${seen[MEMBER]} }
    as_role: ${MEMBER}
${extra}`,
  );
  return file;
}

const assertions = (checks: Check[]) =>
  Object.fromEntries(checks.filter((c) => c.id.startsWith('assertion:')).map((c) => [c.label, c.status]));

async function manifestPath(store: string): Promise<string> {
  const name = (await readdir(store)).find((f) => f.endsWith('.manifest.json'));
  return path.join(store, name!);
}

describe('roles in the drill', () => {
  it('the premise: in the source the service role sees all 50 rows, the member its group 30', () => {
    expect(seen).toEqual({ [SERVICE]: 50, [MEMBER]: 30 });
  });

  it('create-backup records attributes and memberships, never passwords; the drill recreates them', async () => {
    const store = await newStoreDir(work, 'recorded');
    const backup = await backupInto(openWritableStore(store), { 'database-url': url });
    expect(backup.report.status).toBe('ok');
    const text = await readFile(await manifestPath(store), 'utf8');
    expect(text).not.toContain('never-in-a-manifest');
    const roles = JSON.parse(text).roles as { name: string }[];
    expect(roles.find((r) => r.name === SERVICE)).toEqual({
      name: SERVICE,
      bypassrls: true,
      inherit: true,
      createrole: false,
      createdb: false,
      member_of: [],
    });
    expect(roles.find((r) => r.name === MEMBER)).toMatchObject({ bypassrls: false, member_of: [GROUP] });

    const { report } = await runDrillFor({ source: store, checks: await checksFile('recorded.yml') });
    expect(assertions(report.checks)).toEqual({
      'service sees every row': 'ok',
      "member sees its group's rows": 'ok',
    });
    expect(report.status).toBe('ok');
  }, 240_000);

  it('without the record the drill cannot mirror production; a roles: section in the checks file can', async () => {
    const store = await newStoreDir(work, 'unrecorded');
    expect((await backupInto(openWritableStore(store), { 'database-url': url })).report.status).toBe('ok');
    // A manifest as written before roles were recorded.
    const manifest = await manifestPath(store);
    const { roles: _dropped, ...old } = JSON.parse(await readFile(manifest, 'utf8'));
    await writeFile(manifest, JSON.stringify(old));

    // The control: the service role is created without BYPASSRLS and the member not at all.
    const bare = await runDrillFor({ source: store, checks: await checksFile('bare.yml') });
    expect(assertions(bare.report.checks)).toEqual({
      'service sees every row': 'critical',
      "member sees its group's rows": 'critical',
    });
    expect(bare.report.status).toBe('critical');

    const declared = `roles:
  - name: ${SERVICE}
    bypassrls: true
  - name: ${MEMBER}
    member_of: [${GROUP}]
`;
    const { report } = await runDrillFor({ source: store, checks: await checksFile('declared.yml', declared) });
    expect(assertions(report.checks)).toEqual({
      'service sees every row': 'ok',
      "member sees its group's rows": 'ok',
    });
    expect(report.status).toBe('ok');
  }, 360_000);

  it('a roles: entry with an unknown attribute is one line naming the file, the line and the keys allowed', () => {
    expect(() => parseChecksFile('roles:\n  - name: x\n    login: true\n', '/tmp/lifeboat.yml')).toThrow(
      'lifeboat.yml line 3: roles[0].login: unknown key (expected name, bypassrls, inherit, createrole, createdb, member_of)',
    );
    expect(parseChecksFile('roles:\n  - name: svc\n    bypassrls: true\n', 'c.yml').roles).toEqual([
      { name: 'svc', bypassrls: true },
    ]);
  });

  it('into a URL target whose user may not create BYPASSRLS roles: the recorded role is a warning, the rest is created', async () => {
    const cluster = await sharedCluster();
    const user = 'lbr_drill_user';
    await withClient(cluster.url(), async (c) => {
      await c.query(`CREATE ROLE ${user} LOGIN CREATEROLE PASSWORD 'drill-pw-9'`);
      await c.query(`CREATE DATABASE lbr_scratch OWNER ${user}`);
      // Membership lets pg_restore apply the archive's statements; it does not make the user a superuser.
      const { rows } = await c.query<{ me: string }>('SELECT current_user AS me');
      await c.query(`GRANT ${c.escapeIdentifier(rows[0].me)} TO ${user}`);
    });
    const archive = path.join(work, 'no-owner.dump');
    await withClient(url, (c) => c.query('CREATE TABLE IF NOT EXISTS plain_rows AS SELECT 1 AS x'));
    await dumpDatabase(url, 'custom', archive, ['--no-owner', '--no-acl', '--table=plain_rows']);
    const target = new URL(withDatabase(cluster.url(), 'lbr_scratch'));
    target.username = user;
    target.password = 'drill-pw-9';
    const drillTarget: DrillTarget = {
      kind: 'url',
      url: target.toString(),
      env: {},
      database: 'lbr_scratch',
      serverVersion: '15',
      serverMajor: 15,
      description: 'scratch database',
      hadTables: false,
      dispose: async () => {},
    };
    const logger = memoryLogger();
    await restoreArchive({
      file: archive,
      container: 'custom',
      target: drillTarget,
      jobs: 1,
      logger,
      roles: [
        { name: 'lbr_new_bypass', bypassrls: true },
        { name: 'lbr_new_member', member_of: [GROUP] },
      ],
    });
    expect(logger.lines.join('\n')).toMatch(/recorded role lbr_new_bypass not created: .*superuser/);
    const made = await withClient(cluster.url(), async (c) => {
      const { rows } = await c.query<{ rolname: string; groups: string[] }>(
        `SELECT r.rolname, ARRAY(SELECT g.rolname::text FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                                 WHERE m.member = r.oid) AS groups
         FROM pg_roles r WHERE r.rolname LIKE 'lbr_new_%' ORDER BY 1`,
      );
      return rows;
    });
    expect(made).toEqual([{ rolname: 'lbr_new_member', groups: [GROUP] }]);
  }, 120_000);
});
