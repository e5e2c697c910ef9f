import { describe, expect, it } from 'vitest';
import { applyRules, dateRule, dateTimeRule, decimalRule, ErrorCodes, isBlank, searchRule, textRule } from './index.js';

describe('contract-core rules', () => {
  it('dates: calendar dates in range only', () => {
    expect(dateRule('2024-02-29')).toBeNull();
    expect(dateRule('2024-13-45')).toBe(ErrorCodes.invalidFormat);
    expect(dateRule('2023-02-29')).toBe(ErrorCodes.invalidFormat);
    expect(dateRule(1e308)).toBe(ErrorCodes.invalidFormat);
    expect(dateRule('1899-12-31')).toBe(ErrorCodes.outOfRange);
    expect(dateRule('9999-01-01')).toBe(ErrorCodes.outOfRange);
  });
  it('timestamps need a zone and a real date', () => {
    expect(dateTimeRule('2024-05-01T10:00:00Z')).toBeNull();
    expect(dateTimeRule('2024-05-01T10:00:00')).toBe(ErrorCodes.invalidFormat);
    expect(dateTimeRule('2024-13-01T10:00:00Z')).toBe(ErrorCodes.invalidFormat);
  });
  it('decimals: no exponent, no float overflow', () => {
    expect(decimalRule('1500.50')).toBeNull();
    expect(decimalRule(12.5)).toBeNull();
    expect(decimalRule(1e308)).toBe(ErrorCodes.outOfRange);
    expect(decimalRule('1e308')).toBe(ErrorCodes.invalidFormat);
    expect(decimalRule('12345678901234')).toBe(ErrorCodes.outOfRange);
    expect(decimalRule('1.123456')).toBe(ErrorCodes.outOfRange);
    expect(decimalRule(Number.NaN)).toBe(ErrorCodes.invalidFormat);
  });
  it('texts and searches', () => {
    expect(textRule('abc', 3)).toBeNull();
    expect(textRule('abcd', 3)).toBe(ErrorCodes.tooLong);
    expect(textRule('a\u0000b', 10)).toBe(ErrorCodes.invalidFormat);
    expect(searchRule('Mensah Ama')).toBeNull();
    expect(searchRule('a '.repeat(8000))).toBe(ErrorCodes.tooLong);
    expect(searchRule('a b c d e f g')).toBe(ErrorCodes.tooLong);
  });
  it('field rules: one issue a failing field, in order; partial checks only what is given', () => {
    const rules = { name: (v: unknown) => (isBlank(v) ? ErrorCodes.required : null), note: (v: unknown) => textRule(v, 3) };
    expect(applyRules(rules, { name: ' ', note: 'abcd' }, { prefix: 'head' })).toEqual([
      { path: 'head.name', code: ErrorCodes.required },
      { path: 'head.note', code: ErrorCodes.tooLong },
    ]);
    expect(applyRules(rules, { note: 'ab' }, { partial: true })).toEqual([]);
    expect(applyRules(rules, { name: null }, { partial: true })).toEqual([{ path: 'name', code: ErrorCodes.required }]);
  });
});
