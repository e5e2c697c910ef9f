import { describe, expect, it } from 'vitest';
import type { ReportParam } from './definitions.js';
import { reportQuery, validateParams } from './validate.js';

const premiumCollection: ReportParam[] = [
  { name: 'dateFrom', type: 'date', required: true },
  { name: 'dateTo', type: 'date', required: true },
  { name: 'regionId', type: 'location', level: 'region' },
  { name: 'payType', type: 'enum', options: ['C', 'B', 'M'] },
];

describe('validateParams', () => {
  it('asks for the required parameters and nothing else', () => {
    expect(validateParams(premiumCollection, {})).toEqual({ dateFrom: { code: 'REQUIRED' }, dateTo: { code: 'REQUIRED' } });
    expect(validateParams(premiumCollection, { dateFrom: '2025-01-01', dateTo: '2025-12-31' })).toEqual({});
  });

  it('refuses a date that is not a real day, a month, quarter or year of the wrong shape, an unknown option', () => {
    const params: ReportParam[] = [
      { name: 'date', type: 'date' },
      { name: 'month', type: 'month' },
      { name: 'quarter', type: 'quarter' },
      { name: 'year', type: 'year' },
      { name: 'payType', type: 'enum', options: ['C'] },
    ];
    const errors = validateParams(params, { date: '2025-02-30', month: '2025-13', quarter: '2025-Q5', year: '25', payType: 'X' });
    expect(Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, v.code]))).toEqual({
      date: 'INVALID',
      month: 'INVALID',
      quarter: 'INVALID',
      year: 'INVALID',
      payType: 'INVALID',
    });
    expect(validateParams(params, { date: '2024-02-29', month: '2025-12', quarter: '2025-Q4', year: '2025', payType: 'C' })).toEqual({});
  });

  it('keeps numbers within their bounds', () => {
    const params: ReportParam[] = [{ name: 'year', type: 'year', min: 2000, max: 2100 }];
    expect(validateParams(params, { year: '1999' })).toEqual({ year: { code: 'OUT_OF_RANGE', min: 2000, max: 2100 } });
    expect(validateParams(params, { year: '2100' })).toEqual({});
  });

  it('refuses a period that ends before it starts, on its end', () => {
    expect(validateParams(premiumCollection, { dateFrom: '2025-06-01', dateTo: '2025-05-31' })).toEqual({ dateTo: { code: 'ORDER', other: 'dateFrom' } });
    expect(validateParams(premiumCollection, { dateFrom: '2025-06-01', dateTo: '2025-06-01' })).toEqual({});
  });
});

describe('reportQuery', () => {
  it('sends the filled parameters and the language, not the empty ones', () => {
    expect(reportQuery(premiumCollection, { dateFrom: '2025-01-01', dateTo: '2025-12-31', regionId: '' }, 'fr')).toBe(
      'dateFrom=2025-01-01&dateTo=2025-12-31&lang=fr',
    );
  });
});
