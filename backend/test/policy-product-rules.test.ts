/** The product's rules on the server (service/productRules.ts: @kente/contract-policy's, with messages): no server, no database. */
import { describe, expect, it } from 'vitest';
import { lineRules, productRules } from '../src/modules/policy/service/productRules.js';

const ok = { code: 'P1', name: 'Plan', dateFrom: '2025-01-01', dateTo: '2025-12-31' };
const fields = (errors: { field: string | null; code: string }[]) => errors.map((e) => `${e.field}:${e.code}`);

describe('product rules', () => {
  it('accepts a minimal product and the same day as both dates', () => {
    expect(productRules(ok)).toEqual([]);
    expect(productRules({ ...ok, dateTo: ok.dateFrom })).toEqual([]);
  });
  it('requires code, name and dates; refuses emptying a defaulted field', () => {
    expect(fields(productRules({ code: ' ', name: null, dateFrom: undefined, dateTo: '2025-01-01' }))).toEqual([
      'code:REQUIRED',
      'name:REQUIRED',
      'dateFrom:REQUIRED',
    ]);
    expect(fields(productRules({ ...ok, lumpSum: null, maxMembers: null }))).toEqual(['maxMembers:REQUIRED', 'lumpSum:REQUIRED']);
    expect(productRules({ ...ok, name: '' }).map((e) => e.message)).toEqual(['Name is required.']);
  });
  it('bounds code length, dates order and format, amounts, counts and percentages', () => {
    expect(fields(productRules({ ...ok, code: 'ABCDEFGHI' }))).toEqual(['code:TOO_LONG']);
    expect(fields(productRules({ ...ok, dateFrom: '2026-01-01' }))).toEqual(['dateTo:DATE_BEFORE_START']);
    expect(fields(productRules({ ...ok, dateTo: '2025-02-30' }))).toEqual(['dateTo:INVALID_FORMAT']);
    expect(fields(productRules({ ...ok, maxPolicy: '-0.01', threshold: -1, enrolmentDiscountPerc: 100, renewalDiscountPerc: 100.5 }))).toEqual([
      'threshold:OUT_OF_RANGE',
      'renewalDiscountPerc:OUT_OF_RANGE',
      'maxPolicy:OUT_OF_RANGE',
    ]);
    expect(productRules({ ...ok, renewalDiscountPerc: 101 })[0]?.message).toBe('Must be between 0 and 100 %.');
    expect(fields(productRules({ ...ok, maxMembers: 0, insurancePeriod: 0 }))).toEqual(['insurancePeriod:OUT_OF_RANGE', 'maxMembers:OUT_OF_RANGE']);
    expect(fields(productRules({ ...ok, ceilingInterpretation: 'H' }))).toEqual([]);
    expect(fields(productRules({ ...ok, ceilingInterpretation: 'Z' }))).toEqual(['ceilingInterpretation:INVALID']);
  });
  it('reads start cycles as dd-mm days that exist', () => {
    expect(productRules({ ...ok, startCycle1: '01-01', startCycle2: '31-12', startCycle4: '30-04' })).toEqual([]);
    expect(productRules({ ...ok, startCycle3: '31-06' })).toEqual([
      { field: 'startCycle3', code: 'INVALID_FORMAT', message: 'A start cycle is a day and month, dd-mm.' },
    ]);
  });
});

describe('covered line rules', () => {
  it('accepts the openIMIS defaults and a fixed amount over 100', () => {
    expect(lineRules({})).toEqual([]);
    expect(lineRules({ limitationType: 'F', limitAdult: '2500' })).toEqual([]);
  });
  it('caps a co-insurance limit at 100 % per visit kind, refuses negatives and unknown codes', () => {
    expect(fields(lineRules({ limitAdult: '100.01', limitationTypeE: 'F', limitChildE: '900', limitChildR: '101' }, 's'))).toEqual([
      's.limitAdult:OUT_OF_RANGE',
      's.limitChildR:OUT_OF_RANGE',
    ]);
    expect(fields(lineRules({ priceOrigin: 'X', limitationType: 'Q', waitingPeriodChild: -1, ceilingExclusionAdult: 'Z' }))).toEqual([
      'priceOrigin:INVALID',
      'limitationType:INVALID',
      'waitingPeriodChild:OUT_OF_RANGE',
      'ceilingExclusionAdult:INVALID',
    ]);
  });
});
