import { describe, expect, it } from 'vitest';
import { childLevel, locationInput, locationToForm, parentLevel, validateLocation } from './locationForm.js';

const village = {
  code: 'V1',
  name: 'Kilima',
  type: 'V',
  parent: { id: '30', name: 'Ward', type: 'M', parent: { id: '20', name: 'District', type: 'D', parent: { id: '10', name: 'Region', type: 'R' } } },
};

describe('location form', () => {
  it('knows the levels above and below', () => {
    expect(parentLevel('R')).toBeNull();
    expect(parentLevel('V')).toBe('M');
    expect(childLevel('D')).toBe('M');
    expect(childLevel('V')).toBeNull();
  });

  it('reads the parent chain into the cascade and sends the chosen municipality as the parent (a move)', () => {
    const form = locationToForm(village);
    expect(form.parent).toEqual({ R: '10', D: '20', M: '30' });
    expect(locationInput('V')({ ...form, code: ' V1 ', parent: { R: '10', D: '21', M: '31' } })).toEqual({ code: 'V1', name: 'Kilima', parentId: '31' });
  });

  it('sends no parent for a region', () => {
    expect(locationInput('R')({ code: 'R1', name: 'North', parent: {} })).toEqual({ code: 'R1', name: 'North' });
  });

  it('asks for code, name and a parent at the level above, within the server limits', () => {
    expect(validateLocation('V')({ code: ' ', name: '', parent: { R: '10', D: '20' } })).toEqual([
      { path: 'code', code: 'REQUIRED' },
      { path: 'name', code: 'REQUIRED' },
      { path: 'parent', code: 'REQUIRED' },
    ]);
    expect(validateLocation('R')({ code: '123456789', name: 'x'.repeat(101), parent: {} })).toEqual([
      { path: 'code', code: 'TOO_LONG' },
      { path: 'name', code: 'TOO_LONG' },
    ]);
    expect(validateLocation('M')({ code: 'M1', name: 'Ward', parent: { R: '10', D: '20' } })).toEqual([]);
  });
});
