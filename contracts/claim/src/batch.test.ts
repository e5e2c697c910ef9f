import { describe, expect, it } from 'vitest';
import { allocatedShare, applyIndex, daysIncluded, distributionPeriod, monthOver, relativeIndex } from './batch.js';

describe('relative pricing batch', () => {
  it('the index: allocated × distribution ÷ valuated relative amounts; 1 with none', () => {
    expect(relativeIndex(1000, 60, 800)).toBe('0.7500');
    expect(relativeIndex('1200.00', '100', '1000.00')).toBe('1.2000');
    expect(relativeIndex(1000, 60, 0)).toBe('1.0000');
    expect(applyIndex('150.00', '0.7500')).toBe('112.50');
  });
  it('the period a run prices: every month (M), a quarter in its last month (Q), the year in December (Y)', () => {
    expect(distributionPeriod('M', 2026, 2)).toEqual({ number: 2, from: '2026-02-01', to: '2026-02-28' });
    expect(distributionPeriod('Q', 2026, 5)).toBeNull();
    expect(distributionPeriod('Q', 2026, 6)).toEqual({ number: 2, from: '2026-04-01', to: '2026-06-30' });
    expect(distributionPeriod('Y', 2026, 11)).toBeNull();
    expect(distributionPeriod('Y', 2026, 12)).toEqual({ number: 1, from: '2026-01-01', to: '2026-12-31' });
  });
  it('allocated contributions: the days of the policy inside the period', () => {
    expect(daysIncluded('2026-01-01', '2026-12-31')).toBe(365);
    expect(daysIncluded('2026-02-01', '2026-01-01')).toBe(0);
    // 365 days of 3650 → 31 days of January
    expect(allocatedShare('3650', { from: '2026-01-01', to: '2026-12-31' }, { from: '2026-01-01', to: '2026-01-31' })).toBe(3_100_000n);
    expect(allocatedShare('3650', { from: '2027-01-01', to: '2027-12-31' }, { from: '2026-01-01', to: '2026-01-31' })).toBe(0n);
  });
  it('a month is run once it is over', () => {
    expect(monthOver(2026, 10, '2026-10-31')).toBe(false);
    expect(monthOver(2026, 10, '2026-11-01')).toBe(true);
  });
});
