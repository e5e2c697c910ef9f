import { describe, expect, it } from 'vitest';
import { addDays, addMonths, periodEnd } from './dates.js';
import { compareMoney, parseMoney, percentOf, sumMoney, toDecimal } from './money.js';

describe('money', () => {
  it('parses decimals exactly and prints 2 decimals', () => {
    expect(toDecimal(parseMoney('1500.5'))).toBe('1500.50');
    expect(toDecimal(parseMoney(12.25))).toBe('12.25');
    expect(toDecimal(parseMoney(null))).toBe('0.00');
    expect(toDecimal(parseMoney('-3'))).toBe('-3.00');
    expect(toDecimal(parseMoney('9999999999999.9999'))).toBe('10000000000000.00');
    expect(() => parseMoney('1e5')).toThrow(RangeError);
    expect(() => parseMoney('1.23456')).toThrow(RangeError);
  });

  it('adds what floats get wrong', () => {
    // 0.1 + 0.2 !== 0.3 in floats
    expect(toDecimal(sumMoney(['0.1', '0.2']))).toBe('0.30');
    expect(compareMoney(toDecimal(sumMoney(['0.1', '0.2'])), '0.3')).toBe(0);
    // 1.005 * 100 is 100.49999999999999 in floats: the cent rounds half away from zero here
    expect(toDecimal(parseMoney('1.005'))).toBe('1.01');
    expect(toDecimal(parseMoney('-1.005'))).toBe('-1.01');
    expect(toDecimal(parseMoney('1.0049'))).toBe('1.00');
  });

  it('takes percentages to the cent', () => {
    expect(toDecimal(percentOf(parseMoney('445'), '12.5'))).toBe('55.63');
    expect(toDecimal(percentOf(parseMoney('1000'), '10'))).toBe('100.00');
    expect(toDecimal(percentOf(parseMoney('0.05'), '50'))).toBe('0.03');
    // 0.0099 × 50 % = 0.00495: one rounding gives 0.00 (rounding to 0.0050 first would give 0.01)
    expect(toDecimal(percentOf(parseMoney('0.0099'), '50'))).toBe('0.00');
    expect(toDecimal(percentOf(parseMoney('-445'), '12.5'))).toBe('-55.63');
  });
});

describe('dates', () => {
  it('adds months keeping the day, or the last day of a shorter month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-11-15', 3)).toBe('2025-02-15');
    expect(addMonths('2025-01-15', -13)).toBe('2023-12-15');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  });

  it('ends a period the day before its anniversary, never a day short at month ends', () => {
    expect(periodEnd('2024-01-01', 12)).toBe('2024-12-31');
    expect(periodEnd('2024-11-10', 12)).toBe('2025-11-09');
    expect(periodEnd('2024-01-31', 1)).toBe('2024-02-29');
    expect(periodEnd('2023-01-31', 1)).toBe('2023-02-28');
    expect(periodEnd('2023-01-29', 1)).toBe('2023-02-28');
    expect(periodEnd('2023-01-28', 1)).toBe('2023-02-27');
    expect(periodEnd('2024-02-29', 12)).toBe('2025-02-28');
    expect(periodEnd('2024-03-31', 6)).toBe('2024-09-30');
    expect(periodEnd('2024-08-31', 1)).toBe('2024-09-30');
  });
});
