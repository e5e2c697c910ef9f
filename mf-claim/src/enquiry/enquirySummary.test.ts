import { describe, expect, it } from 'vitest';
import { latestClaims, summaryCounts, twelveMonthsBefore } from './enquirySummary.js';

describe('enquiry claims summary', () => {
  it('twelve months back, the 29th of February falling on the 28th', () => {
    expect(twelveMonthsBefore('2026-03-15')).toBe('2025-03-15');
    expect(twelveMonthsBefore('2028-02-29')).toBe('2027-02-28');
    expect(twelveMonthsBefore('2029-02-28')).toBe('2028-02-28');
  });

  it('counts in status order, capped ones marked', () => {
    const n = (totalCount: number, totalCountCapped = false) => ({ totalCount, totalCountCapped });
    expect(summaryCounts({ rejected: n(1), entered: n(2), checked: n(0), processed: n(1000, true), valuated: n(4) })).toEqual([
      { key: 'entered', status: 2, count: 2, capped: false },
      { key: 'checked', status: 4, count: 0, capped: false },
      { key: 'processed', status: 8, count: 1000, capped: true },
      { key: 'valuated', status: 16, count: 4, capped: false },
      { key: 'rejected', status: 1, count: 1, capped: false },
    ]);
  });

  it('the latest claims by the visit’s last day, then the newest id', () => {
    const c = (id: string, visitFrom: string, visitTo: string | null = null) => ({ id, visitFrom, visitTo });
    const claims = [c('1', '2026-01-01', '2026-01-20'), c('2', '2026-01-10'), c('3', '2026-01-10'), c('4', '2025-12-01')];
    expect(latestClaims(claims, 3).map((x) => x.id)).toEqual(['1', '3', '2']);
    expect(latestClaims([], 5)).toEqual([]);
  });
});
