// Roles to pre-create come only from real statements: a GRANT inside a COMMENT string, a function
// body or COPY data names no role.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { restoreArchive } from '../../src/restore/restore-runner.js';
import { openUrlTarget } from '../../src/restore/target.js';
import { withClient, withDatabase } from '../../src/postgres/client.js';
import { rolesInStatement, RoleCollector } from '../../src/restore/referenced-roles.js';
import { silentLogger } from '../../src/util/logger.js';
import { dumpDatabase, sharedCluster } from '../support/postgres.js';

describe('rolesInStatement', () => {
  it.each([
    ['ALTER TABLE public.t OWNER TO app_owner;', ['app_owner']],
    ['ALTER SCHEMA "Sales" OWNER TO "Big Boss";', ['Big Boss']],
    ['GRANT SELECT,INSERT ON TABLE public.t TO reader, "Writer" WITH GRANT OPTION;', ['reader', 'Writer']],
    ['GRANT SELECT(a, b) ON TABLE public.t TO PUBLIC;', []],
    ['REVOKE ALL ON SCHEMA public FROM PUBLIC;', []],
    ['REVOKE ALL ON TABLE public.t FROM loser CASCADE;', ['loser']],
    ['GRANT admins TO alice, bob GRANTED BY root;', ['alice', 'bob', 'admins', 'root']],
    ['REVOKE ADMIN OPTION FOR admins FROM carol;', ['carol', 'admins']],
    [
      'ALTER DEFAULT PRIVILEGES FOR ROLE app_owner IN SCHEMA public GRANT SELECT ON TABLES TO reader2;',
      ['app_owner', 'reader2'],
    ],
    ["CREATE USER MAPPING FOR mapped SERVER remote OPTIONS (user 'x');", ['mapped']],
    ['CREATE USER MAPPING FOR PUBLIC SERVER remote;', []],
    ['CREATE POLICY p ON public.t AS PERMISSIVE FOR SELECT TO auditor, pg_read_all_data USING ((a > 0));', ['auditor']],
    ["SET SESSION AUTHORIZATION 'sessuser';", ['sessuser']],
    ['SET ROLE setrole;', ['setrole']],
    ['CREATE SCHEMA s AUTHORIZATION schema_owner;', ['schema_owner']],
    ["COMMENT ON TABLE t IS 'GRANT ALL ON t TO nobody; ALTER TABLE t OWNER TO ghost;';", []],
    ['CREATE FUNCTION f() RETURNS void LANGUAGE sql AS $$ GRANT ALL ON t TO nobody $$;', []],
    ["SELECT pg_catalog.set_config('search_path', '', false);", []],
  ])('%s', (sql, roles) => {
    expect(rolesInStatement(sql)).toEqual(roles);
  });

  it('leaves out roles the script creates itself', () => {
    const c = new RoleCollector();
    for (const sql of ['CREATE ROLE alice;', 'ALTER TABLE t OWNER TO alice;', 'GRANT SELECT ON t TO bob;']) c.add(sql);
    expect(c.missing()).toEqual(['bob']);
  });
});

describe('restore creates exactly the roles real statements name', () => {
  let dir: string | undefined;
  afterAll(async () => {
    await (await sharedCluster()).stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it.each(['plain', 'custom'] as const)('%s', async (format) => {
    const cluster = await sharedCluster();
    dir ??= await mkdtemp(path.join(os.tmpdir(), 'lifeboat-roles-'));
    const source = `roles_src_${format}`;
    const roles = ['app_owner', 'reader', 'Auditor X', 'reader2'].map((r) => `${r.replace(' ', '_')}_${format}`);
    const [owner, reader, auditor, reader2] = roles;
    const q = (r: string) => `"${r}"`;
    await withClient(cluster.url(), async (c) => {
      for (const r of roles) await c.query(`CREATE ROLE ${q(r)}`);
      await c.query(`CREATE DATABASE ${source}`);
    });
    await withClient(withDatabase(cluster.url(), source), (c) =>
      c.query(`
        CREATE TABLE t (a int, note text);
        INSERT INTO t VALUES (1, E'GRANT ALL ON t TO nobody_${format};\\nALTER TABLE t OWNER TO ghost_${format};');
        ALTER TABLE t OWNER TO ${q(owner)};
        GRANT SELECT ON t TO ${q(reader)};
        ALTER TABLE t ENABLE ROW LEVEL SECURITY;
        CREATE POLICY p ON t FOR SELECT TO ${q(auditor)} USING (a > 0);
        ALTER DEFAULT PRIVILEGES FOR ROLE ${q(owner)} GRANT SELECT ON TABLES TO ${q(reader2)};
        COMMENT ON TABLE t IS 'GRANT ALL ON t TO nobody_${format};
ALTER TABLE t OWNER TO ghost_${format};';
      `),
    );
    const file = path.join(dir, `${source}.${format === 'plain' ? 'sql' : 'dump'}`);
    await dumpDatabase(withDatabase(cluster.url(), source), format, file);
    await withClient(cluster.url(), async (c) => {
      await c.query(`DROP DATABASE ${source}`);
      for (const r of roles) await c.query(`DROP ROLE ${q(r)}`);
      await c.query(`CREATE DATABASE ${source}_scratch`);
    });
    const target = await openUrlTarget(withDatabase(cluster.url(), `${source}_scratch`), { allowOverwrite: false });
    const outcome = await restoreArchive({ file, container: format, target, jobs: 1, logger: silentLogger });
    expect([...outcome.roles].sort()).toEqual([...roles].sort());
    const present = await withClient(cluster.url(), async (c) => {
      const { rows } = await c.query<{ rolname: string }>(
        "SELECT rolname FROM pg_roles WHERE rolname LIKE '%' || $1 ORDER BY 1",
        [`_${format}`],
      );
      return rows.map((r) => r.rolname);
    });
    expect(present).toEqual([...roles].sort());
  });
});
