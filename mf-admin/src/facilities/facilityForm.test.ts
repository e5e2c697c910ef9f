import { describe, expect, it } from 'vitest';
import {
  addCatchment,
  catchmentErrorRow,
  catchmentInput,
  catchmentPercentIssue,
  catchmentRows,
  facilityInput,
  facilityToForm,
  priceListsFor,
  validateFacility,
} from './facilityForm.js';

const facility = {
  code: 'HF1',
  name: 'Kilima Dispensary',
  level: 'D',
  legalForm: 'G',
  careType: 'O',
  location: { id: '20', name: 'Rapta', type: 'D', parent: { id: '10', name: 'Tahida', type: 'R' } },
  address: null,
  phone: '+255 1',
  email: null,
  servicePriceList: { id: '5' },
  itemPriceList: null,
};

describe('health facility form', () => {
  it('reads the district with its region and sends blank texts and no price list as null', () => {
    const form = facilityToForm(facility);
    expect(form.location).toEqual({ R: '10', D: '20' });
    expect(facilityInput({ ...form, name: ' Kilima ', phone: ' ' })).toMatchObject({
      name: 'Kilima',
      locationId: '20',
      phone: null,
      address: null,
      servicePriceListId: '5',
      itemPriceListId: null,
    });
  });

  it('asks for what the server requires and checks lengths and the email', () => {
    const empty = facilityToForm(null);
    expect(validateFacility(empty).map((i) => `${i.path}:${i.code}`)).toEqual([
      'code:REQUIRED',
      'name:REQUIRED',
      'level:REQUIRED',
      'legalForm:REQUIRED',
      'careType:REQUIRED',
      'location:REQUIRED',
    ]);
    const form = { ...facilityToForm(facility), code: '123456789', email: 'not-an-email', accCode: 'x'.repeat(26) };
    expect(validateFacility(form)).toEqual([
      { path: 'code', code: 'TOO_LONG' },
      { path: 'accCode', code: 'TOO_LONG' },
      { path: 'email', code: 'INVALID' },
    ]);
    form.accCode = 'ACC-1';
    expect(validateFacility({ ...form, location: { R: '10' }, code: 'HF1', email: 'a@b.org' })).toEqual([{ path: 'location', code: 'REQUIRED' }]);
  });

  it("offers the national price lists and those of the facility's region and district", () => {
    const lists = [
      { id: '1', locationId: null },
      { id: '2', locationId: '10' },
      { id: '3', locationId: '20' },
      { id: '4', locationId: '21' },
      { id: '5', locationId: '11' },
    ];
    expect(priceListsFor(lists, '10', '20').map((l) => l.id)).toEqual(['1', '2', '3']);
    expect(priceListsFor(lists, undefined, undefined).map((l) => l.id)).toEqual(['1']);
  });
});

describe('catchment', () => {
  const village = { id: '7', code: 'V01', name: 'Jamu' };
  it('adds a village once, at 100 % by default', () => {
    const one = addCatchment([], village);
    expect(one).toEqual([{ locationId: '7', code: 'V01', name: 'Jamu', percent: '100' }]);
    expect(addCatchment(one, village)).toEqual(one);
  });
  it('sends whole percentages from 0 to 100 and nothing while one is wrong', () => {
    const rows = catchmentRows([{ locationId: '7', percent: 40, location: { code: 'V01', name: 'Jamu' } }]);
    expect(catchmentInput(rows)).toEqual([{ locationId: '7', percent: 40 }]);
    expect(catchmentInput([{ ...rows[0], percent: ' 0 ' } as never])).toEqual([{ locationId: '7', percent: 0 }]);
    for (const bad of ['101', '-1', '2.5', 'x', '']) expect(catchmentInput([{ ...rows[0], percent: bad } as never])).toBeNull();
    expect(catchmentPercentIssue('')).toBe('required');
    expect(catchmentPercentIssue('150')).toBe('range');
  });
  it('finds the row a server error names', () => {
    expect(catchmentErrorRow('catchments.3.percent')).toEqual({ index: 3, field: 'percent' });
    expect(catchmentErrorRow('catchments')).toBeNull();
  });
});
