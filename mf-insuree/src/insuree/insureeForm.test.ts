import { DEFAULT_INSURANCE_NUMBER_CONFIG, generateInsuranceNumber } from '@kente/contract-insuree';
import { describe, expect, it } from 'vitest';
import { emptyInsuree, insureeFormField, insureeInput, validateInsureeForm } from './insureeForm.js';

const valid = () => ({
  ...emptyInsuree(),
  insuranceNumber: generateInsuranceNumber('1234567'),
  lastName: 'Mensah',
  otherNames: 'Ama',
  gender: 'F',
  birthDate: '1980-05-01',
});

describe('insuree form', () => {
  it('accepts a complete insuree', () => {
    expect(validateInsureeForm(valid(), DEFAULT_INSURANCE_NUMBER_CONFIG)).toEqual([]);
  });

  it("runs the contract's rules under the form's prefix", () => {
    const issues = validateInsureeForm({ ...valid(), insuranceNumber: '123456789', lastName: ' ' }, DEFAULT_INSURANCE_NUMBER_CONFIG, 'head');
    expect(issues).toEqual([
      { path: 'head.insuranceNumber', code: 'INVALID_CHECK_DIGIT' },
      { path: 'head.lastName', code: 'REQUIRED' },
    ]);
  });

  it('asks for a village when only part of the current location is chosen', () => {
    expect(validateInsureeForm({ ...valid(), currentVillage: { R: '1', D: '2' } }, DEFAULT_INSURANCE_NUMBER_CONFIG)).toEqual([
      { path: 'currentVillage', code: 'REQUIRED' },
    ]);
  });

  it('sends blanks as null and pickers as ids', () => {
    const input = insureeInput({
      ...valid(),
      phone: '  ',
      currentVillage: { R: '1', D: '2', M: '3', V: '4' },
      healthFacility: { id: '9', code: 'HF', name: 'H' },
    });
    expect(input).toMatchObject({ phone: null, currentVillageId: '4', healthFacilityId: '9', lastName: 'Mensah' });
  });

  it("maps the server's field names to the form's", () => {
    expect(insureeFormField('insuree.currentVillageId')).toBe('insuree.currentVillage');
    expect(insureeFormField('healthFacilityId')).toBe('healthFacility');
    expect(insureeFormField('lastName')).toBe('lastName');
  });
});
