import { describe, expect, it } from 'vitest';
import { datePattern, formatDateInput, formatMoneyInput, parseDateInput, parseMoneyInput } from './localeInput.js';

describe('dates in the console language', () => {
  it('French reads and writes dd/mm/yyyy', () => {
    expect(datePattern('fr').placeholder).toBe('dd/mm/yyyy');
    expect(formatDateInput('2015-01-06', 'fr')).toBe('06/01/2015');
    expect(parseDateInput('06/01/2015', 'fr')).toBe('2015-01-06');
    expect(parseDateInput('6/1/2015', 'fr')).toBe('2015-01-06');
  });

  it('English follows its own order', () => {
    expect(datePattern('en').placeholder).toBe('mm/dd/yyyy');
    expect(parseDateInput('01/06/2015', 'en')).toBe('2015-01-06');
  });

  it('accepts ISO and refuses what is not a date', () => {
    expect(parseDateInput('2015-01-06', 'fr')).toBe('2015-01-06');
    expect(parseDateInput('31/02/2015', 'fr')).toBeNull();
    expect(parseDateInput('06/01/15', 'fr')).toBeNull();
    expect(parseDateInput('abc', 'fr')).toBeNull();
    expect(formatDateInput('', 'fr')).toBe('');
  });
});

describe('money in the console language', () => {
  it('parses French grouping and decimal comma', () => {
    expect(parseMoneyInput('1 234,50', 'fr')).toBe('1234.50');
    expect(parseMoneyInput('1,234.50', 'en')).toBe('1234.50');
    expect(parseMoneyInput('12a', 'en')).toBeNull();
  });

  it('shows the currency digits', () => {
    expect(formatMoneyInput('1234.5', 'en', 'USD')).toBe('1,234.50');
    expect(formatMoneyInput('1234', 'fr', 'XOF').replace(/\s/g, ' ')).toBe('1 234');
  });
});
