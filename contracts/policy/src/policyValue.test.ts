import { describe, expect, it } from 'vitest';
import { WarningCodes } from './codes.js';
import { type PolicyMember, policyValue } from './policyValue.js';
import type { ProductRules } from './product.js';

const head: PolicyMember = { birthDate: '1985-05-05', relationship: null };
const spouse: PolicyMember = { birthDate: '1989-09-09', relationship: 'SP' };
const child: PolicyMember = { birthDate: '2016-03-01', relationship: 'SO' };
const otherAdult: PolicyMember = { birthDate: '1950-01-01', relationship: 'OT' };
const otherChild: PolicyMember = { birthDate: '2019-07-07', relationship: 'OT' };

/** openIMIS policy/tests/test_values.py "SIMPLE" products */
const perMember: ProductRules = {
  insurancePeriod: 12,
  maxMembers: 5,
  premiumAdult: '300',
  premiumChild: '200',
  registrationLumpSum: '250',
  generalAssemblyLumpSum: '130',
};
const lumpWithCycles: ProductRules = {
  insurancePeriod: 12,
  maxMembers: 5,
  lumpSum: '200',
  threshold: 2,
  gracePeriodEnrolment: 1,
  startCycle1: '01-01',
  startCycle2: '01-06',
  premiumAdult: '300',
  premiumChild: '200',
  registrationFee: '10',
  generalAssemblyFee: '5',
};

describe('policyValue: contribution', () => {
  it('per member: adults × premium_adult + children × premium_child, plus lump-sum fees (openIMIS test_new_policy_basis)', () => {
    const two = policyValue(perMember, [head, spouse], { enrolDate: '2020-11-10', stage: 'N' });
    expect(two.value).toBe('980.00'); // 2 × 300 + 250 + 130
    expect(two.dates).toMatchObject({ startDate: '2020-11-10', expiryDate: '2021-11-09' });
    const three = policyValue(perMember, [head, spouse, child], { enrolDate: '2020-11-01', stage: 'N' });
    expect(three).toMatchObject({ value: '1180.00', contribution: '800.00', registration: '250.00', generalAssembly: '130.00', discount: '0.00' });
    expect(three.dates).toMatchObject({ startDate: '2020-11-01', expiryDate: '2021-10-31' });
    expect(three.warnings).toEqual([]);
  });

  it('lump sum with a threshold: extra adults and children beyond it pay per person; fees per member (test_new_policy_lump_sum_and_cycles)', () => {
    const two = policyValue(lumpWithCycles, [head, spouse], { enrolDate: '2020-11-10', stage: 'N' });
    expect(two.value).toBe('230.00'); // 200 + 2 × 10 + 2 × 5
    expect(two.dates).toMatchObject({ startDate: '2021-01-01', expiryDate: '2021-12-31' });
    const three = policyValue(lumpWithCycles, [head, spouse, child], { enrolDate: '2021-01-11', stage: 'N' });
    expect(three.value).toBe('445.00'); // 200 + 1 × 200 + 3 × 10 + 3 × 5
    expect(three.counts).toMatchObject({ adults: 2, extraAdults: 0, children: 0, extraChildren: 1, total: 3 });
    expect(three.dates.startDate).toBe('2021-01-01'); // still in cycle 1's grace month

    const lowThreshold = { ...lumpWithCycles, threshold: 1 };
    const family = policyValue(lowThreshold, [head, spouse, child, { ...child, birthDate: '2018-01-01' }], { enrolDate: '2021-01-11', stage: 'N' });
    // 200 + 1 extra adult × 300 + 2 extra children × 200 = 900; fees 4 × 15
    expect(family).toMatchObject({ contribution: '900.00', value: '960.00' });
    expect(family.counts).toMatchObject({ adults: 1, extraAdults: 1, children: 0, extraChildren: 2 });
  });

  it('"other" members (relationship OT) are always charged per person, even under a lump sum', () => {
    const lump = { ...lumpWithCycles, threshold: 4 };
    const result = policyValue(lump, [head, spouse, otherAdult, otherChild], { enrolDate: '2021-01-11', stage: 'N' });
    // 200 (head and spouse within the lump) + 300 + 200 for the others; fees 4 × 15
    expect(result.contribution).toBe('700.00');
    expect(result.value).toBe('760.00');
    expect(result.counts).toMatchObject({ adults: 2, otherAdults: 1, otherChildren: 1, total: 4 });
    const perPerson = policyValue(perMember, [head, otherAdult, otherChild], { enrolDate: '2021-01-11', stage: 'N' });
    expect(perPerson.contribution).toBe('800.00');
  });

  it('ages count on the enrolment date: adult from the 18th birthday', () => {
    const turning = { birthDate: '2003-01-11', relationship: 'SO' };
    expect(policyValue(perMember, [turning], { enrolDate: '2021-01-10', stage: 'N' }).contribution).toBe('200.00');
    expect(policyValue(perMember, [turning], { enrolDate: '2021-01-11', stage: 'N' }).contribution).toBe('300.00');
    expect(policyValue(perMember, [turning], { enrolDate: '2021-01-11', stage: 'N', ageOfMajority: 21 }).contribution).toBe('200.00');
    // born on 29 February: 18 on 1 March in a common year
    const leap = { birthDate: '2004-02-29', relationship: 'DA' };
    expect(policyValue(perMember, [leap], { enrolDate: '2022-02-28', stage: 'N' }).contribution).toBe('200.00');
    expect(policyValue(perMember, [leap], { enrolDate: '2022-03-01', stage: 'N' }).contribution).toBe('300.00');
  });

  it('members beyond the maximum are dropped (adults kept first) with a warning (test_new_policy_admin_period_max_members_insurance_period)', () => {
    const product: ProductRules = { ...lumpWithCycles, maxMembers: 2, threshold: 1, administrationPeriod: 1, insurancePeriod: 6 };
    const two = policyValue(product, [head, spouse], { enrolDate: '2021-01-10', stage: 'N' });
    expect(two.value).toBe('530.00'); // 200 + 300 + 2 × 10 + 2 × 5
    expect(two.dates).toMatchObject({ referenceDate: '2021-02-10', startDate: '2021-06-01', expiryDate: '2021-11-30' });
    expect(two.warnings).toEqual([]);
    const three = policyValue(product, [child, head, spouse], { enrolDate: '2021-12-11', stage: 'N' });
    expect(three.value).toBe('530.00'); // the child is not charged
    expect(three.counts).toMatchObject({ total: 2, dropped: 1, children: 0, extraChildren: 0 });
    expect(three.dates).toMatchObject({ startDate: '2022-01-01', expiryDate: '2022-06-30' });
    expect(three.warnings).toEqual([{ code: WarningCodes.maxMembersExceeded, max: 2, count: 3 }]);
  });

  it('no maximum (null or 0) drops nobody', () => {
    const result = policyValue({ ...perMember, maxMembers: 0 }, [head, spouse, child, child, child, child], { enrolDate: '2021-01-11', stage: 'N' });
    expect(result.counts.total).toBe(6);
    expect(result.warnings).toEqual([]);
  });
});

describe('policyValue: fees and discounts', () => {
  it('the registration fee is charged on a new policy only; the general assembly on both', () => {
    const renewal = policyValue(perMember, [head, spouse], { enrolDate: '2021-11-01', stage: 'R', previousExpiry: '2021-11-09' });
    expect(renewal).toMatchObject({ registration: '0.00', generalAssembly: '130.00', value: '730.00' });
    const perHead = { ...lumpWithCycles, registrationFee: '10.50' };
    expect(policyValue(perHead, [head, spouse], { enrolDate: '2020-11-10', stage: 'N' }).registration).toBe('21.00');
    expect(policyValue(perHead, [head, spouse], { enrolDate: '2020-11-10', stage: 'R', previousExpiry: '2020-12-31' }).registration).toBe('0.00');
  });

  it('renewal discount when renewing at least the discount period before the previous expiry', () => {
    const product = { ...perMember, renewalDiscountPerc: '10', renewalDiscountPeriod: 1 };
    const input = { stage: 'R' as const, previousExpiry: '2021-11-30' };
    // deadline: 2021-12-01 − 1 month = 2021-11-01
    const early = policyValue(product, [head, spouse], { ...input, enrolDate: '2021-11-01' });
    expect(early).toMatchObject({ discount: '73.00', value: '657.00' }); // (600 + 130) × 10 %
    expect(early.dates).toMatchObject({ referenceDate: '2021-12-01', startDate: '2021-12-01', expiryDate: '2022-11-30' });
    const late = policyValue(product, [head, spouse], { ...input, enrolDate: '2021-11-02' });
    expect(late).toMatchObject({ discount: '0.00', value: '730.00' });
    // no previous policy known: no discount
    expect(policyValue(product, [head, spouse], { stage: 'R', enrolDate: '2021-11-01' }).discount).toBe('0.00');
  });

  it('enrolment discount only for products with cycles, when enrolling the period before the start', () => {
    const product = { ...lumpWithCycles, enrolmentDiscountPerc: '12.5', enrolmentDiscountPeriod: 1 };
    // start 2021-01-01, deadline 2020-12-01
    const early = policyValue(product, [head, spouse], { enrolDate: '2020-11-10', stage: 'N' });
    expect(early).toMatchObject({ discount: '28.75', value: '201.25' }); // 230 × 12.5 %
    expect(policyValue(product, [head, spouse], { enrolDate: '2020-12-02', stage: 'N' }).discount).toBe('0.00');
    const noCycles = { ...perMember, enrolmentDiscountPerc: '50', enrolmentDiscountPeriod: 1 };
    expect(policyValue(noCycles, [head, spouse], { enrolDate: '2020-11-10', stage: 'N' }).discount).toBe('0.00');
  });

  it('money stays exact with decimal premiums', () => {
    const product = { ...perMember, premiumAdult: '0.1', premiumChild: '0.2', registrationLumpSum: null, generalAssemblyLumpSum: null };
    expect(policyValue(product, [head, child], { enrolDate: '2021-01-11', stage: 'N' }).value).toBe('0.30');
  });
});
