import { describe, expect, it } from 'vitest';
import { catalogInput, catalogToForm, parseOverride, patientFlags, patientMask, validateCatalog } from './medicalForm.js';

describe('medical forms', () => {
  it('turns the patient-category bitmask into four checkboxes and back (0 = anyone = 15)', () => {
    expect(patientFlags(5)).toEqual({ male: true, female: false, adult: true, minor: false });
    expect(patientFlags(0)).toEqual({ male: true, female: true, adult: true, minor: true });
    expect(patientMask({ male: false, female: true, adult: false, minor: true })).toBe(10);
    for (let m = 1; m <= 15; m++) expect(patientMask(patientFlags(m))).toBe(m);
  });

  it("sends only the kind's fields: a service's category and level, an item's package, a diagnosis its code and name", () => {
    const values = { ...catalogToForm(null), code: ' S9 ', name: 'Scan', type: 'C', price: '12.50', careType: 'O', frequency: '' };
    expect(catalogInput('S', values)).toEqual({
      code: 'S9',
      name: 'Scan',
      type: 'C',
      category: 'O',
      level: 'S',
      price: '12.50',
      careType: 'O',
      patientCategory: 15,
      frequency: null,
    });
    expect(catalogInput('I', { ...values, type: 'D', frequency: '30' })).toMatchObject({ package: null, frequency: 30 });
    expect(catalogInput('I', values)).not.toHaveProperty('category');
    expect(catalogInput('D', values)).toEqual({ code: 'S9', name: 'Scan' });
  });

  it('checks the rules the server checks, on the right fields', () => {
    expect(validateCatalog('S', catalogToForm(null)).map((i) => i.path)).toEqual(['code', 'name', 'type', 'careType', 'price']);
    const ok = { ...catalogToForm(null), code: 'A1', name: 'A', type: 'P', careType: 'B', price: '3' };
    expect(validateCatalog('S', ok)).toEqual([]);
    expect(validateCatalog('S', { ...ok, price: '3.456' })).toEqual([{ path: 'price', code: 'INVALID_FORMAT' }]);
    expect(validateCatalog('S', { ...ok, type: 'D' })).toEqual([{ path: 'type', code: 'INVALID' }]);
    expect(validateCatalog('I', { ...ok, type: 'D', frequency: '-1' })).toEqual([{ path: 'frequency', code: 'OUT_OF_RANGE' }]);
    expect(validateCatalog('S', { ...ok, patient: { male: false, female: false, adult: false, minor: false } })).toEqual([
      { path: 'patient', code: 'REQUIRED' },
    ]);
    expect(validateCatalog('D', { ...catalogToForm(null), code: 'A000000001', name: 'x' })).toEqual([{ path: 'code', code: 'TOO_LONG' }]);
  });

  it('reads a price override: blank is none, a comma is a decimal point, anything else is refused', () => {
    expect(parseOverride('')).toEqual({ ok: true, value: null });
    expect(parseOverride(' 12,5 ')).toEqual({ ok: true, value: '12.5' });
    expect(parseOverride('-3')).toEqual({ ok: false });
    expect(parseOverride('1.234')).toEqual({ ok: false });
  });
});

describe('price list form', () => {
  it('turns a district list into a region / district path, a national one into none', async () => {
    const { priceListToForm, priceListLocation, validatePriceList } = await import('./medicalForm.js');
    const district = priceListToForm({ kind: 'S', name: 'Mwanga services', location: { id: '7', type: 'D', parent: { id: '2' } } });
    expect(district.location).toEqual({ R: '2', D: '7' });
    expect(priceListLocation(district)).toBe('7');
    expect(priceListLocation(priceListToForm({ kind: 'I', name: 'National', location: null }))).toBeNull();
    expect(validatePriceList(priceListToForm(null))).toEqual([{ path: 'name', code: 'REQUIRED' }]);
  });
});
