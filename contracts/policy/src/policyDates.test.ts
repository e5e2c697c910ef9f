import { describe, expect, it } from 'vitest';
import { ErrorCodes } from './codes.js';
import { notFutureDateRule, policyDates } from './policyDates.js';
import type { ProductRules } from './product.js';

const free: ProductRules = { insurancePeriod: 12 };
const cycles: ProductRules = { insurancePeriod: 12, startCycle1: '01-01', startCycle2: '01-07', gracePeriodEnrolment: 1, gracePeriodRenewal: 2 };

describe('policyDates without cycles', () => {
  it('starts on enrolment (+ administration period for a new policy) and expires a period later − 1 day', () => {
    expect(policyDates(free, { enrolDate: '2024-03-15', stage: 'N' })).toEqual({
      enrolDate: '2024-03-15',
      referenceDate: '2024-03-15',
      startDate: '2024-03-15',
      expiryDate: '2025-03-14',
      lastPaymentDate: null,
    });
    const admin = policyDates({ ...free, administrationPeriod: 1 }, { enrolDate: '2024-01-31', stage: 'N' });
    expect(admin).toMatchObject({ startDate: '2024-02-29', expiryDate: '2025-02-28' });
    // no administration period on a renewal
    expect(policyDates({ ...free, administrationPeriod: 1 }, { enrolDate: '2024-01-31', stage: 'R' }).startDate).toBe('2024-01-31');
  });

  it('month ends: a month of cover from 31 January ends on the last day of February', () => {
    expect(policyDates({ insurancePeriod: 1 }, { enrolDate: '2023-01-31', stage: 'N' }).expiryDate).toBe('2023-02-28');
    expect(policyDates({ insurancePeriod: 1 }, { enrolDate: '2024-01-31', stage: 'N' }).expiryDate).toBe('2024-02-29');
    expect(policyDates({ insurancePeriod: 6 }, { enrolDate: '2024-08-31', stage: 'N' }).expiryDate).toBe('2025-02-28');
  });

  it('a renewal continues the previous policy: it starts the day after its expiry, or on enrolment if later', () => {
    expect(policyDates(free, { enrolDate: '2024-12-20', stage: 'R', previousExpiry: '2024-12-31' })).toMatchObject({
      referenceDate: '2025-01-01',
      startDate: '2025-01-01',
      expiryDate: '2025-12-31',
    });
    expect(policyDates(free, { enrolDate: '2025-02-10', stage: 'R', previousExpiry: '2024-12-31' }).startDate).toBe('2025-02-10');
  });

  it('last payment date: enrolment + payment grace − 1 day (new), start + grace − 1 day (renewal)', () => {
    const product = { ...free, gracePeriodPayment: 2 };
    expect(policyDates(product, { enrolDate: '2024-03-15', stage: 'N' }).lastPaymentDate).toBe('2024-05-14');
    expect(policyDates(product, { enrolDate: '2024-12-20', stage: 'R', previousExpiry: '2024-12-31' }).lastPaymentDate).toBe('2025-02-28');
  });
});

describe('policyDates with cycles', () => {
  it('starts on the first cycle on or after the reference date less the grace period', () => {
    // reference 2024-03-15 − 1 month = 2024-02-15 → cycle 01-07
    expect(policyDates(cycles, { enrolDate: '2024-03-15', stage: 'N' })).toMatchObject({
      startDate: '2024-07-01',
      expiryDate: '2025-06-30',
      lastPaymentDate: '2024-07-31',
    });
    // within the grace month of cycle 1: joins it
    expect(policyDates(cycles, { enrolDate: '2024-01-31', stage: 'N' }).startDate).toBe('2024-01-01');
    // past the grace month: the next cycle
    expect(policyDates(cycles, { enrolDate: '2024-02-02', stage: 'N' }).startDate).toBe('2024-07-01');
    // after the last cycle of the year (grace too): the first cycle of next year
    expect(policyDates(cycles, { enrolDate: '2024-08-15', stage: 'N' }).startDate).toBe('2025-01-01');
    // on the cycle day itself
    expect(policyDates({ ...cycles, gracePeriodEnrolment: 0 }, { enrolDate: '2024-07-01', stage: 'N' }).startDate).toBe('2024-07-01');
  });

  it('a renewal uses the renewal grace period', () => {
    // 2024-09-01 − 2 months = 2024-07-01 → cycle 01-07 this year
    expect(policyDates(cycles, { enrolDate: '2024-09-01', stage: 'R' })).toMatchObject({ startDate: '2024-07-01', lastPaymentDate: '2024-08-31' });
    expect(policyDates(cycles, { enrolDate: '2024-09-02', stage: 'R' }).startDate).toBe('2025-01-01');
  });

  it('the administration period moves the reference before the grace is taken off', () => {
    const product = { ...cycles, administrationPeriod: 1 };
    // 2024-05-31 + 1 month = 2024-06-30, − 1 month = 2024-05-30 → 01-07
    expect(policyDates(product, { enrolDate: '2024-05-31', stage: 'N' }).startDate).toBe('2024-07-01');
  });

  it('cycles in any order, blank slots and a single late cycle', () => {
    const unordered: ProductRules = { insurancePeriod: 12, startCycle1: null, startCycle2: '01-10', startCycle3: '01-04' };
    expect(policyDates(unordered, { enrolDate: '2024-02-10', stage: 'N' }).startDate).toBe('2024-04-01');
    expect(policyDates(unordered, { enrolDate: '2024-04-02', stage: 'N' }).startDate).toBe('2024-10-01');
    expect(policyDates(unordered, { enrolDate: '2024-10-02', stage: 'N' }).startDate).toBe('2025-04-01');
  });
});

describe('notFutureDateRule', () => {
  it('a real date, not in the future', () => {
    expect(notFutureDateRule('2024-05-10', '2024-05-10')).toBeNull();
    expect(notFutureDateRule('2024-05-11', '2024-05-10')).toBe(ErrorCodes.dateInFuture);
    expect(notFutureDateRule('2024-02-30', '2024-05-10')).toBe(ErrorCodes.invalidFormat);
    expect(notFutureDateRule(null)).toBe(ErrorCodes.required);
  });
});
