import { describe, expect, it } from 'vitest';
import { ErrorCodes, PAY_TYPES, PAYER_TYPES, POLICY_STATUSES, PolicyStatus } from './codes.js';
import { PRODUCT_FIELDS, PRODUCT_LINE_DEFAULTS, PRODUCT_LINE_FIELDS, validateProduct, validateProductLine, withLineDefaults } from './product.js';

const valid = { code: 'BASIC', name: 'Basic cover', dateFrom: '2024-01-01', dateTo: '2030-12-31', insurancePeriod: 12 };

describe('code lists', () => {
  it("keeps openIMIS's codes", () => {
    expect(POLICY_STATUSES).toEqual([1, 2, 4, 8]);
    expect(PolicyStatus).toEqual({ idle: 1, active: 2, suspended: 4, expired: 8 });
    expect(PAY_TYPES).toEqual(['B', 'C', 'M', 'F']);
    expect(PAYER_TYPES).toEqual(['C', 'D', 'G', 'L', 'O', 'P']);
  });
});

describe('validateProduct', () => {
  it('accepts a complete product', () => {
    expect(
      validateProduct({
        ...valid,
        lumpSum: '10000.00',
        threshold: 6,
        maxMembers: 10,
        premiumAdult: 1500,
        registrationFee: '0',
        enrolmentDiscountPerc: '12.5',
        enrolmentDiscountPeriod: 1,
        startCycle1: '01-01',
        startCycle2: '31-07',
        ceilingInterpretation: 'I',
      }),
    ).toEqual([]);
  });

  it('answers codes per field: code required and at most 8 characters, amounts ≥ 0, percentages ≤ 100, periods whole months', () => {
    expect(
      validateProduct({
        code: 'TOOLONGCODE',
        name: ' ',
        dateFrom: '2024-02-30',
        dateTo: '2030-12-31',
        insurancePeriod: 0,
        lumpSum: '-1',
        premiumAdult: '1e3',
        renewalDiscountPerc: '100.01',
        gracePeriodPayment: 1.5,
        ceilingInterpretation: 'X',
      }),
    ).toEqual([
      { path: 'code', code: ErrorCodes.tooLong },
      { path: 'name', code: ErrorCodes.required },
      { path: 'dateFrom', code: ErrorCodes.invalidFormat },
      { path: 'ceilingInterpretation', code: ErrorCodes.invalid },
      { path: 'insurancePeriod', code: ErrorCodes.outOfRange },
      { path: 'lumpSum', code: ErrorCodes.outOfRange },
      { path: 'premiumAdult', code: ErrorCodes.invalidFormat },
      { path: 'renewalDiscountPerc', code: ErrorCodes.outOfRange },
      { path: 'gracePeriodPayment', code: ErrorCodes.invalidFormat },
    ]);
    expect(validateProduct({ ...valid, code: '' })).toEqual([{ path: 'code', code: ErrorCodes.required }]);
  });

  it('lists its fields once for the form and the server', () => {
    expect(PRODUCT_FIELDS).toContain('startCycle4');
    expect(PRODUCT_LINE_FIELDS).toContain('ceilingExclusionChild');
  });

  it('deductibles, ceilings and maximum counts: amounts and whole numbers ≥ 0', () => {
    expect(validateProduct({ ...valid, maxPolicy: '-0.01', dedIpInsuree: '0', maxNoVisits: -1, maxNoSurgery: 2 })).toEqual([
      { path: 'maxPolicy', code: ErrorCodes.outOfRange },
      { path: 'maxNoVisits', code: ErrorCodes.outOfRange },
    ]);
    expect(PRODUCT_FIELDS).toEqual(expect.arrayContaining(['maxCeilingPolicyOp', 'maxAmountAntenatal', 'maxNoAntenatal']));
  });

  it('date_from ≤ date_to', () => {
    expect(validateProduct({ ...valid, dateTo: '2023-12-31' })).toEqual([{ path: 'dateTo', code: ErrorCodes.dateBeforeStart }]);
    expect(validateProduct({ ...valid, dateTo: valid.dateFrom })).toEqual([]);
  });

  it('start cycles are "dd-mm" days that exist every year', () => {
    expect(validateProduct({ ...valid, startCycle1: '31-04', startCycle2: '29-02', startCycle3: '1-1', startCycle4: '28-02' })).toEqual([
      { path: 'startCycle1', code: ErrorCodes.invalidFormat },
      { path: 'startCycle2', code: ErrorCodes.invalidFormat },
      { path: 'startCycle3', code: ErrorCodes.invalidFormat },
    ]);
  });

  it('on update checks only what is given, and a required field cannot be cleared', () => {
    expect(validateProduct({ threshold: 3 }, { partial: true })).toEqual([]);
    expect(validateProduct({ code: null }, { partial: true, prefix: 'input' })).toEqual([{ path: 'input.code', code: ErrorCodes.required }]);
  });
});

describe('product lines (covered services and items)', () => {
  it('defaults: price origin P, co-insurance 100 % for every visit type', () => {
    expect(withLineDefaults({ limitAdult: '80' })).toMatchObject({ priceOrigin: 'P', limitationType: 'C', limitAdult: '80', limitChild: '100.00' });
    expect(validateProductLine(PRODUCT_LINE_DEFAULTS)).toEqual([]);
  });

  it('a co-insurance (C) limit is a percentage ≤ 100; a fixed (F) limit any amount ≥ 0', () => {
    expect(validateProductLine({ limitationType: 'C', limitAdult: '100.5', limitationTypeE: 'F', limitAdultE: '2500' })).toEqual([
      { path: 'limitAdult', code: ErrorCodes.outOfRange },
    ]);
    // a blank type is the default C
    expect(validateProductLine({ limitChildR: '150' }, { prefix: 'services.0' })).toEqual([{ path: 'services.0.limitChildR', code: ErrorCodes.outOfRange }]);
    expect(validateProductLine({ limitationType: 'F', limitAdult: '-1' })).toEqual([{ path: 'limitAdult', code: ErrorCodes.outOfRange }]);
  });

  it('codes and counts', () => {
    expect(validateProductLine({ priceOrigin: 'X', limitationType: 'Z', ceilingExclusionAdult: 'Q', waitingPeriodChild: -1, limitNoAdult: 2 })).toEqual([
      { path: 'priceOrigin', code: ErrorCodes.invalid },
      { path: 'limitationType', code: ErrorCodes.invalid },
      { path: 'waitingPeriodChild', code: ErrorCodes.outOfRange },
      { path: 'ceilingExclusionAdult', code: ErrorCodes.invalid },
    ]);
  });
});
