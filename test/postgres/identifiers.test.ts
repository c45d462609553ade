import { describe, expect, it } from 'vitest';
import {
  IdentifierError,
  parseQualifiedName,
  parseTableIdentifier,
  quoteIdentifier,
  quoteQualifiedName,
} from '../../src/postgres/identifiers.js';

describe('parseQualifiedName', () => {
  it.each([
    ['public."Table With Spaces"', ['public', 'Table With Spaces']],
    ['"tenant.acme".orders', ['tenant.acme', 'orders']],
    ['Public.T', ['public', 't']],
    ['"Sales"."Q""1"""', ['Sales', 'Q"1"']],
    ['straße."Übersicht"', ['straße', 'Übersicht']],
    [' s . t ', ['s', 't']],
  ])('%s', (text, parts) => {
    expect(parseQualifiedName(text)).toEqual(parts);
  });

  it.each(['', 'a..b', '"open', 'a."', 'a b', '.a'])('refuses %j', (text) => {
    expect(() => parseQualifiedName(text)).toThrow(IdentifierError);
  });
});

describe('parseTableIdentifier', () => {
  it('defaults the schema and refuses three parts', () => {
    expect(parseTableIdentifier('orders')).toEqual({ schema: 'public', table: 'orders' });
    expect(parseTableIdentifier('"a.b"')).toEqual({ schema: 'public', table: 'a.b' });
    expect(() => parseTableIdentifier('db.s.t')).toThrow(/too many dots/);
  });
});

describe('quoteIdentifier', () => {
  it('quotes only what needs it, and round-trips', () => {
    expect(quoteIdentifier('orders')).toBe('orders');
    expect(quoteIdentifier('Orders')).toBe('"Orders"');
    expect(quoteIdentifier('user')).toBe('"user"');
    expect(quoteIdentifier('a"b')).toBe('"a""b"');
    expect(quoteQualifiedName(['tenant.acme', 'orders'])).toBe('"tenant.acme".orders');
    for (const parts of [
      ['s', 'Table With Spaces'],
      ['tenant.acme', 'x"y'],
      ['ü', 'select'],
    ]) {
      expect(parseQualifiedName(quoteQualifiedName(parts))).toEqual(parts);
    }
  });
});
