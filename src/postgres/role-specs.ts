// The roles a database's rows answer to, as the drill must recreate them for `as_role` to see what
// production sees: the attributes that change what a role can read (BYPASSRLS, INHERIT…) and the
// groups it belongs to. Never LOGIN, never a password: a drill's roles cannot sign in.
import type pg from 'pg';
import { z } from 'zod';

/**
 * One role: the manifest's `roles` entries (read from the catalog by create-backup) and the checks
 * file's `roles:` section (declared by hand) share this shape. Absent attributes are PostgreSQL's
 * defaults (INHERIT, no BYPASSRLS, no CREATEROLE, no CREATEDB).
 */
export const roleSpecSchema = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty'),
  bypassrls: z.boolean().optional(),
  inherit: z.boolean().optional(),
  createrole: z.boolean().optional(),
  createdb: z.boolean().optional(),
  /** Roles this role is a member of (GRANT group TO role). */
  member_of: z.array(z.string().trim().min(1, 'must not be empty')).optional(),
});

export type RoleSpec = z.infer<typeof roleSpecSchema>;

/**
 * The cluster's roles as the catalog holds them (pg_roles, pg_auth_members), minus PostgreSQL's own
 * `pg_*` roles, which every server has; memberships in those are kept. pg_roles never shows passwords.
 */
export async function readRoleSpecs(c: pg.Client): Promise<RoleSpec[]> {
  const { rows } = await c.query<{
    name: string;
    bypassrls: boolean;
    inherit: boolean;
    createrole: boolean;
    createdb: boolean;
    member_of: string[] | null;
  }>(`
    SELECT r.rolname AS name, r.rolbypassrls AS bypassrls, r.rolinherit AS inherit,
           r.rolcreaterole AS createrole, r.rolcreatedb AS createdb,
           ARRAY(SELECT g.rolname::text FROM pg_catalog.pg_auth_members m
                 JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
                 WHERE m.member = r.oid ORDER BY 1) AS member_of
    FROM pg_catalog.pg_roles r
    WHERE r.rolname !~ '^pg_'
    ORDER BY 1`);
  return rows.map((r) => ({
    name: r.name,
    bypassrls: r.bypassrls,
    inherit: r.inherit,
    createrole: r.createrole,
    createdb: r.createdb,
    member_of: r.member_of ?? [],
  }));
}

/** `CREATE ROLE … NOLOGIN` with the spec's attributes; a role never gets LOGIN or a password. */
export function createRoleSql(c: Pick<pg.Client, 'escapeIdentifier'>, name: string, spec?: RoleSpec): string {
  const options = ['NOLOGIN'];
  if (spec?.bypassrls) options.push('BYPASSRLS');
  if (spec?.inherit === false) options.push('NOINHERIT');
  if (spec?.createrole) options.push('CREATEROLE');
  if (spec?.createdb) options.push('CREATEDB');
  return `CREATE ROLE ${c.escapeIdentifier(name)} ${options.join(' ')}`;
}

/**
 * Every role name to create, in order: the referenced ones, then the specs' roles and the groups
 * they belong to (a member of a policy's group may be named nowhere in the dump). `pg_*` are built in.
 */
export function rolesToCreate(referenced: string[], specs: RoleSpec[]): string[] {
  const names = new Set(referenced);
  for (const spec of specs) {
    names.add(spec.name);
    for (const group of spec.member_of ?? []) names.add(group);
  }
  return [...names].filter((n) => !n.startsWith('pg_'));
}
