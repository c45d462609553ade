import { describe, expect, it } from 'vitest';
import { loadChecksFile, parseChecksFile } from '../../src/fleet/checks-file.js';
import { InputError } from '../../src/util/errors.js';
import { EXAMPLE_CHECKS, REPO } from '../drill/helpers.js';

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
