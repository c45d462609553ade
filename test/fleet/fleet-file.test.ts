import { describe, expect, it } from 'vitest';
import { entryOptions, matrixOf, parseLifeboatFile, selectEntry } from '../../src/fleet/fleet-file.js';
import { InputError } from '../../src/util/errors.js';

const FLEET = `# three databases
databases:
  - name: app
    source: /srv/backups/app
    warn-after: 20h
    critical-after: 30h
    checks:
      tables:
        - public.users
  - name: billing
    source: s3://acme-backups/shared
    database: billing
    s3-force-path-style: true
    decryption-passphrase-secret: BILLING_PASSPHRASE
    max-shrink: 30%
  - name: shop
    source: s3://acme-backups/shared
    database: shop
    integrity: archive
`;

function refusal(text: string): string {
  try {
    parseLifeboatFile(text, '.github/lifeboat.yml');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('accepted');
}

describe('the fleet file', () => {
  it('lists each database with its options as inputs would give them, its secrets by name, its checks', () => {
    const file = parseLifeboatFile(FLEET, '.github/lifeboat.yml');
    expect(file.databases?.map((e) => e.name)).toEqual(['app', 'billing', 'shop']);
    expect(file.databases?.[0].options).toEqual({
      source: '/srv/backups/app',
      'warn-after': '20h',
      'critical-after': '30h',
    });
    expect(file.databases?.[0].checks?.tables).toEqual([{ name: 'public.users', minRows: 1 }]);
    expect(file.databases?.[1].options).toMatchObject({ database: 'billing', 's3-force-path-style': 'true' });
    expect(file.databases?.[1].secrets).toEqual({ 'decryption-passphrase': 'BILLING_PASSPHRASE' });
    expect(matrixOf(file)).toEqual({ include: [{ name: 'app' }, { name: 'billing' }, { name: 'shop' }] });
  });

  it('the single-database form (today’s checks file) keeps working', () => {
    const file = parseLifeboatFile('tables:\n  - public.orders\namcheck: true\n', 'lifeboat.yml');
    expect(file.databases).toBeUndefined();
    expect(file.checks?.tables).toEqual([{ name: 'public.orders', minRows: 1 }]);
    expect(() => matrixOf(file)).toThrow(/lists no databases/);
  });

  it('an entry’s options win over the inputs; its secret comes from the variable it names', () => {
    const entry = selectEntry(parseLifeboatFile(FLEET, 'f.yml'), 'billing');
    const raw = entryOptions(
      entry,
      { source: 'ignored', 'warn-after': '23h', 'fail-on': 'never' },
      { BILLING_PASSPHRASE: 'pp-9f2' },
    );
    expect(raw).toMatchObject({
      source: 's3://acme-backups/shared',
      database: 'billing',
      'warn-after': '23h',
      'fail-on': 'never',
      'decryption-passphrase': 'pp-9f2',
    });
    expect(() => entryOptions(entry, {}, {})).toThrow(
      /^database billing: decryption-passphrase-secret names BILLING_PASSPHRASE, but no environment variable BILLING_PASSPHRASE is set/,
    );
    expect(() => selectEntry(parseLifeboatFile(FLEET, 'f.yml'), 'payroll')).toThrow(
      /^Invalid name "payroll": expected one of app, billing, shop/,
    );
  });

  it('an unknown key is refused naming the key and its line', () => {
    expect(refusal(FLEET.replace('    max-shrink: 30%', '    max_shrink: 30%'))).toBe(
      'lifeboat.yml line 15: databases[1].max_shrink: unknown key (expected name, source, database, warn-after, critical-after, min-size, max-shrink, integrity, window, min-retention, timezone, s3-force-path-style, postgres-bin-dir, rto-target, rpo-target, decryption-passphrase-secret, age-identity-secret, checks)',
    );
    expect(refusal(FLEET.replace('      tables:', '      table:'))).toBe(
      'lifeboat.yml line 8: databases[0].checks.table: unknown key (expected tables, freshness, assertions, smoke, amcheck or roles)',
    );
    expect(refusal(`${FLEET}tables: []\n`)).toMatch(/^lifeboat\.yml line 20: tables: unknown key \(expected databases/);
  });

  it('a bad value is refused naming the key, the line and what is accepted', () => {
    expect(refusal(FLEET.replace('warn-after: 20h', 'warn-after: 20 hours'))).toBe(
      'lifeboat.yml line 5: databases[0].warn-after: expected a duration like 90m, 23h, 14d or 1h30m',
    );
    expect(
      refusal(FLEET.replace('  - name: shop\n    source: s3://acme-backups/shared\n', '  - name: shop\n')),
    ).toMatch(/^lifeboat\.yml line 16: databases\[2\]\.source: missing: every entry needs a name and a source$/);
    expect(refusal(FLEET.replace('name: shop', 'name: app'))).toMatch(
      /^lifeboat\.yml line 16: databases\[2\]\.name: "app" names an earlier entry too$/,
    );
  });

  it('a secret value pasted where a secret name belongs: one line naming key and line, the value never shown', () => {
    const pasted = 'correct horse-battery staple 9!';
    const message = refusal(FLEET.replace('BILLING_PASSPHRASE', `"${pasted}"`));
    expect(message).toBe(
      'lifeboat.yml line 14: databases[1].decryption-passphrase-secret: expected the name of a secret in capitals, like BACKUP_PASSPHRASE, not its value (the value given is not shown)',
    );
    const age = 'AGE-SECRET-KEY-1QQPQ9XZQ5YFQ0G3VYPQ2K8T6HN5Q4Z6L2RMXCG2Y8JW0DL4E9SQS6XW8KL';
    const ageMessage = refusal(
      FLEET.replace('    integrity: archive', `    integrity: archive\n    age-identity-secret: ${age}`),
    );
    expect(ageMessage).toMatch(
      /^lifeboat\.yml line 20: databases\[2\]\.age-identity-secret: expected the name of a secret/,
    );
    // The value itself under the input's own name: refused the same way.
    const direct = refusal(
      FLEET.replace('decryption-passphrase-secret: BILLING_PASSPHRASE', `decryption-passphrase: ${pasted}`),
    );
    expect(direct).toMatch(
      /^lifeboat\.yml line 14: databases\[1\]\.decryption-passphrase: a secret's value does not belong in this file: name the secret with decryption-passphrase-secret: NAME/,
    );
    for (const m of [message, ageMessage, direct]) {
      expect(m.split('\n')).toHaveLength(1);
      expect(m).not.toContain('horse');
      expect(m).not.toContain('AGE-SECRET-KEY-1QQ');
    }
  });
});
