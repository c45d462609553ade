import { describe, expect, it } from 'vitest';
import { createRoleSql, roleSpecSchema, rolesToCreate } from '../../src/postgres/role-specs.js';

const c = { escapeIdentifier: (s: string) => `"${s.replace(/"/g, '""')}"` };

describe('role specs', () => {
  it('a role is created NOLOGIN with exactly the attributes recorded, never LOGIN or a password', () => {
    expect(
      createRoleSql(c, 'svc', { name: 'svc', bypassrls: true, inherit: false, createrole: true, createdb: true }),
    ).toBe('CREATE ROLE "svc" NOLOGIN BYPASSRLS NOINHERIT CREATEROLE CREATEDB');
    expect(createRoleSql(c, 'plain', { name: 'plain', bypassrls: false, inherit: true })).toBe(
      'CREATE ROLE "plain" NOLOGIN',
    );
    expect(createRoleSql(c, 'Odd "one"')).toBe('CREATE ROLE "Odd ""one""" NOLOGIN');
  });

  it('the roles to create: referenced first, then recorded roles and their groups, built-in pg_* left out', () => {
    expect(
      rolesToCreate(
        ['owner', 'tenant_a'],
        [{ name: 'alice', member_of: ['tenant_a', 'pg_read_all_data', 'auditors'] }, { name: 'owner' }],
      ),
    ).toEqual(['owner', 'tenant_a', 'alice', 'auditors']);
  });

  it('login and password are not attributes a spec accepts', () => {
    expect(roleSpecSchema.safeParse({ name: 'x', password: 'p' }).success).toBe(false);
    expect(roleSpecSchema.safeParse({ name: 'x', login: true }).success).toBe(false);
  });
});
