import { describe, expect, it } from 'vitest';
import { parseBoolean } from '../../src/settings/boolean.js';
import { InputError } from '../../src/util/errors.js';

describe('parseBoolean', () => {
  it.each([
    ['true', true],
    ['TRUE', true],
    [' yes ', true],
    ['On', true],
    ['1', true],
    ['false', false],
    ['No', false],
    ['OFF', false],
    ['0', false],
  ])('reads %j as %s', (text, value) => {
    expect(parseBoolean(text, 'issue')).toBe(value);
  });

  it.each(['maybe', '', '2', 'y', 'truee', 'false\n1'])('refuses %j naming the input and the grammar', (text) => {
    expect(() => parseBoolean(text, 'issue')).toThrow(InputError);
    expect(() => parseBoolean(text, 'issue')).toThrow(
      `Invalid issue "${text}": expected true, false, yes, no, on, off, 1 or 0`,
    );
  });
});
