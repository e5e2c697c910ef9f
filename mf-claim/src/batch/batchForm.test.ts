import { describe, expect, it } from 'vitest';
import { type AccountFilterValues, accountFilter, lastMonthOver, runFormIssues } from './batchForm.js';

describe('batch run form', () => {
  it('the last month over is the one before today’s, across the year', () => {
    expect(lastMonthOver('2026-03-15')).toEqual({ year: 2026, month: 2 });
    expect(lastMonthOver('2026-01-01')).toEqual({ year: 2025, month: 12 });
  });

  it('a year 2000-2100 and a month 1-12 that is over', () => {
    expect(runFormIssues({ year: '2026', month: '2' }, '2026-03-15')).toEqual({});
    expect(runFormIssues({ year: '2026', month: '3' }, '2026-03-15')).toEqual({ month: 'DATE_IN_FUTURE' });
    expect(runFormIssues({ year: '2027', month: '1' }, '2026-03-15')).toEqual({ month: 'DATE_IN_FUTURE' });
    expect(runFormIssues({ year: '1999', month: '13' }, '2026-03-15')).toEqual({ year: 'OUT_OF_RANGE', month: 'OUT_OF_RANGE' });
    expect(runFormIssues({ year: '20x6', month: '' }, '2026-03-15')).toEqual({ year: 'OUT_OF_RANGE', month: 'OUT_OF_RANGE' });
  });
});

describe('account preview filter', () => {
  const base: AccountFilterValues = { period: 'month', year: '2026', month: '2', from: '', to: '', locationId: '', healthFacilityId: '', productId: '' };
  it('a month, a year or a range, with the location, facility and product given', () => {
    expect(accountFilter(base)).toEqual({ year: 2026, month: 2 });
    expect(accountFilter({ ...base, period: 'year', locationId: '7', productId: '2' })).toEqual({ year: 2026, locationId: '7', productId: '2' });
    expect(accountFilter({ ...base, period: 'range', from: '2026-01-01', to: '2026-01-31', healthFacilityId: '3' })).toEqual({
      dateFrom: '2026-01-01',
      dateTo: '2026-01-31',
      healthFacilityId: '3',
    });
  });
  it('nothing to ask while the period is incomplete or out of order', () => {
    expect(accountFilter({ ...base, year: '26' })).toBeNull();
    expect(accountFilter({ ...base, year: '1999' })).toBeNull();
    expect(accountFilter({ ...base, month: '' })).toBeNull();
    expect(accountFilter({ ...base, period: 'range', from: '2026-02-01', to: '2026-01-01' })).toBeNull();
    expect(accountFilter({ ...base, period: 'range', from: '2026-02-01', to: '' })).toBeNull();
  });
});
