import { describe, expect, it } from 'vitest';
import { currencySymbol, datePattern, datePlaceholder, formatDateInput, formatMoneyInput, parseDateInput, parseMoneyInput } from './localeInput.js';

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

  it('writes the placeholder with the letters of the language, in the order of its locale', () => {
    const french = { d: 'jj', m: 'mm', y: 'aaaa' };
    expect(datePlaceholder(datePattern('fr'), french)).toBe('jj/mm/aaaa');
    expect(datePlaceholder(datePattern('en'), { d: 'dd', m: 'mm', y: 'yyyy' })).toBe('mm/dd/yyyy');
    expect(datePlaceholder(datePattern('en-GB'), { d: 'dd', m: 'mm', y: 'yyyy' })).toBe('dd/mm/yyyy');
    // German orders like French but separates with dots; ISO-ordered locales put the year first.
    expect(datePlaceholder(datePattern('de'), { d: 'TT', m: 'MM', y: 'JJJJ' })).toBe('TT.MM.JJJJ');
    expect(datePlaceholder(datePattern('sv'), { d: 'dd', m: 'mm', y: 'åååå' })).toBe('åååå-mm-dd');
    // A letter the pack does not translate falls back to English.
    expect(datePlaceholder(datePattern('fr'), { d: 'jj', m: '' })).toBe('jj/mm/yyyy');
    expect(datePlaceholder(datePattern('fr'))).toBe('dd/mm/yyyy');
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

  // No page of mf-insuree or mf-admin has an amount field yet: the money field's round trip is held here.
  const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

  it('French: "1 234,50" with the currency after it, and back to a decimal string', () => {
    expect(spaces(formatMoneyInput('1234.5', 'fr', 'EUR'))).toBe('1 234,50');
    expect(currencySymbol('fr', 'EUR')).toBe('€');
    expect(currencySymbol('fr', 'XOF')).toBe('F\u202fCFA');
    // What the field shows, fed back as a clerk would leave it, gives the same value.
    for (const value of ['1234.50', '0.05', '1000000.00', '-12.30']) expect(parseMoneyInput(formatMoneyInput(value, 'fr', 'EUR'), 'fr')).toBe(value);
    // Typed with ordinary, no-break or narrow spaces, or none.
    for (const typed of ['1 234,50', '1\u00a0234,50', '1\u202f234,50', '1234,50', ' 1234,5 ']) expect(parseMoneyInput(typed, 'fr')).toMatch(/^1234\.50?$/);
    // A currency without cents (XOF) shows none, but never rounds what was typed.
    expect(spaces(formatMoneyInput('1234', 'fr', 'XOF'))).toBe('1 234');
    expect(spaces(formatMoneyInput('1234.5', 'fr', 'XOF'))).toBe('1 234,5');
    expect(spaces(formatMoneyInput('1234.505', 'fr', 'EUR'))).toBe('1 234,505');
    expect(spaces(formatMoneyInput('1234.500', 'fr', 'EUR'))).toBe('1 234,50');
  });

  it('English: "1,234.50", and refuses what is not an amount', () => {
    expect(formatMoneyInput(1234.5, 'en', 'USD')).toBe('1,234.50');
    expect(formatMoneyInput('', 'en', 'USD')).toBe('');
    expect(formatMoneyInput(null, 'en', 'USD')).toBe('');
    expect(currencySymbol('en', 'USD')).toBe('$');
    expect(parseMoneyInput('1234.5', 'en')).toBe('1234.5');
    for (const typed of ['1.234,50', '12,34.5', '1 2a', '', '--1', '1.2.3']) expect(parseMoneyInput(typed, 'en'), typed).toBeNull();
    // A comma is a decimal sign in French, a grouping sign in English: "12,5" is never read as 125.
    expect(parseMoneyInput('12,5', 'fr')).toBe('12.5');
    expect(parseMoneyInput('12,5', 'en')).toBeNull();
    expect(parseMoneyInput('1 234.50', 'en')).toBe('1234.50');
  });

  it('groups only by three, and takes a keypad point as the decimal sign where it is not a grouping sign', () => {
    expect(parseMoneyInput('12.5', 'fr')).toBe('12.5');
    expect(parseMoneyInput('1 23,5', 'fr')).toBeNull();
    expect(parseMoneyInput('1,234.50', 'fr')).toBeNull();
    expect(parseMoneyInput('1.234,50', 'de')).toBe('1234.50');
    expect(parseMoneyInput('1,5', 'de')).toBe('1.5');
  });
});
