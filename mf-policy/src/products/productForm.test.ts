import { PRODUCT_FIELDS } from '@kente/contract-policy';
import { describe, expect, it } from 'vitest';
import {
  chunks,
  createProductInput,
  duplicateInput,
  firstErrorTab,
  lineInput,
  lineToForm,
  PRODUCT_FORM_TABS,
  PRODUCT_TAB_FIELDS,
  productInput,
  productToForm,
  tabOfField,
  validateDuplicateForm,
  validateLineForm,
  validateProductForm,
} from './productForm.js';

describe('product form tabs', () => {
  it('shows every field of the contract on exactly one tab', () => {
    const shown = PRODUCT_FORM_TABS.flatMap((tab) => PRODUCT_TAB_FIELDS[tab]);
    expect([...shown].sort()).toEqual([...PRODUCT_FIELDS].sort());
    expect(new Set(shown).size).toBe(shown.length);
  });

  it('finds the tab of a server field and of a form field', () => {
    expect(tabOfField('dateTo')).toBe('main');
    expect(tabOfField('locationId')).toBe('main');
    expect(tabOfField('location')).toBe('main');
    expect(tabOfField('premiumAdult')).toBe('contribution');
    expect(tabOfField('startCycle3')).toBe('contribution');
    expect(tabOfField('dedIpPolicy')).toBe('ceilings');
    expect(tabOfField('maxNoSurgery')).toBe('ceilings');
    expect(tabOfField('version')).toBeNull();
    expect(tabOfField(null)).toBeNull();
  });

  it('opens the first tab in the form order that holds an error, whatever the order of the errors', () => {
    expect(firstErrorTab(['maxPolicy', 'lumpSum'])).toBe('contribution');
    expect(firstErrorTab(['maxPolicy', null, 'code'])).toBe('main');
    expect(firstErrorTab([null, 'id'])).toBeNull();
  });
});

describe('product form values', () => {
  it('gives a new product the defaults the server would, so none of its required fields is blank', () => {
    const values = productToForm(null);
    expect(values.insurancePeriod).toBe('12');
    expect(values.lumpSum).toBe('0');
    expect(values.ceilingInterpretation).toBe('I');
    expect(values.location).toEqual({});
    expect(validateProductForm({ ...values, code: 'NEW1', name: 'New', dateFrom: '2026-01-01', dateTo: '2026-12-31' })).toEqual([]);
  });

  it('turns a stored district product into a region and district path and back into its id', () => {
    const values = productToForm({
      code: 'D1',
      name: 'District',
      insurancePeriod: 12,
      lumpSum: '1000.00',
      maxNoSurgery: null,
      location: { id: '7', name: 'Mwanga', type: 'D', parent: { id: '2', name: 'Kilima', type: 'R' } },
      conversionProduct: { id: '3', code: 'FAM01', name: 'Family' },
    });
    expect(values.location).toEqual({ R: '2', D: '7' });
    expect(values.maxNoSurgery).toBe('');
    const input = productInput(values);
    expect(input.locationId).toBe('7');
    expect(input.conversionProductId).toBe('3');
    expect(input.insurancePeriod).toBe(12);
    expect(input.lumpSum).toBe('1000.00');
    expect(input.maxNoSurgery).toBeNull();
    expect(productInput({ ...values, location: { R: '2' } }).locationId).toBe('2');
    expect(productInput({ ...values, location: {} }).locationId).toBeNull();
  });

  it('sends counts and percents as numbers, amounts as decimals, and leaves blanks out of a creation', () => {
    const values = {
      ...productToForm(null),
      code: ' C1 ',
      name: 'N',
      dateFrom: '2026-01-01',
      dateTo: '2026-12-31',
      renewalDiscountPerc: '10',
      premiumAdult: '1500.50',
    };
    const input = createProductInput(values);
    expect(input).toMatchObject({ code: 'C1', insurancePeriod: 12, renewalDiscountPerc: 10, premiumAdult: '1500.50' });
    expect('premiumChild' in input).toBe(false);
    expect('locationId' in input).toBe(false);
  });

  it('checks the contract rules on the form fields: dateTo before dateFrom, counts, percents', () => {
    const base = { ...productToForm(null), code: 'C1', name: 'N', dateFrom: '2026-06-01', dateTo: '2026-01-01' };
    expect(validateProductForm(base)).toEqual([{ path: 'dateTo', code: 'DATE_BEFORE_START' }]);
    const bad = validateProductForm({ ...base, dateTo: '2026-12-31', insurancePeriod: 'twelve', renewalDiscountPerc: '12.5', code: '' });
    expect(bad).toEqual(
      expect.arrayContaining([
        { path: 'code', code: 'REQUIRED' },
        { path: 'insurancePeriod', code: 'INVALID_FORMAT' },
        { path: 'renewalDiscountPerc', code: 'INVALID_FORMAT' },
      ]),
    );
    expect(validateProductForm({ ...base, dateTo: '2026-12-31', renewalDiscountPerc: '101' })).toEqual([{ path: 'renewalDiscountPerc', code: 'OUT_OF_RANGE' }]);
  });
});

describe('covered line settings', () => {
  it("starts from openIMIS's defaults and sends blanks as null, quantities as numbers", () => {
    const values = lineToForm(null);
    expect(values.priceOrigin).toBe('P');
    expect(values.limitAdult).toBe('100.00');
    expect(values.limitNoAdult).toBe('');
    const input = lineInput({ ...values, limitNoAdult: '3', waitingPeriodChild: '2' });
    expect(input).toMatchObject({ priceOrigin: 'P', limitNoAdult: 3, waitingPeriodChild: 2, limitNoChild: null, ceilingExclusionAdult: null });
  });

  it('refuses a co-insurance above 100 % but takes a fixed amount above it', () => {
    expect(validateLineForm({ ...lineToForm(null), limitAdult: '120' })).toEqual([{ path: 'limitAdult', code: 'OUT_OF_RANGE' }]);
    expect(validateLineForm({ ...lineToForm(null), limitationType: 'F', limitAdult: '1200' })).toEqual([]);
  });

  it('splits ids into calls of at most 1000', () => {
    const ids = Array.from({ length: 2345 }, (_, i) => String(i));
    expect(chunks(ids).map((batch) => batch.length)).toEqual([1000, 1000, 345]);
    expect(chunks([])).toEqual([]);
  });
});

describe('duplicate', () => {
  it('checks the new code and name only, and keeps the original location unless one is chosen', () => {
    expect(validateDuplicateForm({ code: '', name: 'x', location: {} })).toEqual([{ path: 'code', code: 'REQUIRED' }]);
    expect(validateDuplicateForm({ code: 'TOOLONGCODE', name: 'x', location: {} })).toEqual([{ path: 'code', code: 'TOO_LONG' }]);
    expect(duplicateInput('4', { code: ' C2 ', name: 'Copy', location: {} })).toEqual({ id: '4', code: 'C2', name: 'Copy' });
    expect(duplicateInput('4', { code: 'C2', name: 'Copy', location: { R: '2', D: '7' } })).toMatchObject({ locationId: '7' });
  });
});
