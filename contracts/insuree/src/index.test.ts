import { describe, expect, it } from 'vitest';
import {
  ErrorCodes,
  generateInsuranceNumber,
  insuranceNumberConfig,
  insuranceNumberRule,
  insureeSchema,
  mod7,
  newFamilySchema,
  today,
  validateFamily,
  validateInsuranceNumber,
  validateInsuree,
  validateStatus,
} from './index.js';

const valid = { insuranceNumber: '123456782', lastName: 'Mwangi', otherNames: 'Juma', gender: 'M', birthDate: '1980-05-01' };

describe('insurance numbers', () => {
  it('computes the mod 7 check digit of the body (openIMIS default)', () => {
    expect(mod7('12345678')).toBe(12345678 % 7);
    expect(generateInsuranceNumber('12345678')).toBe('123456782');
    expect(generateInsuranceNumber(10000001)).toBe(`10000001${10000001 % 7}`);
    // long bodies do not overflow
    expect(mod7('1234567890123456789')).toBe(Number(1234567890123456789n % 7n));
  });

  it('answers codes: REQUIRED, INVALID_FORMAT, INVALID_CHECK_DIGIT', () => {
    expect(validateInsuranceNumber('123456782')).toBeNull();
    expect(validateInsuranceNumber(' 123456782 ')).toBeNull();
    expect(validateInsuranceNumber('')).toBe(ErrorCodes.required);
    expect(validateInsuranceNumber(null)).toBe(ErrorCodes.required);
    expect(validateInsuranceNumber('12345678')).toBe(ErrorCodes.invalidFormat);
    expect(validateInsuranceNumber('12345678A')).toBe(ErrorCodes.invalidFormat);
    expect(validateInsuranceNumber('1234567820')).toBe(ErrorCodes.invalidFormat);
    expect(validateInsuranceNumber('123456783')).toBe(ErrorCodes.invalidCheckDigit);
    expect(validateInsuranceNumber('000000000')).toBe(ErrorCodes.invalidFormat);
    expect(validateInsuranceNumber('0000', insuranceNumberConfig({ length: 4, checkDigit: 'none' }))).toBe(ErrorCodes.invalidFormat);
  });

  it('follows the configuration (length, no check digit)', () => {
    const ten = insuranceNumberConfig({ length: 10, checkDigit: 'none' });
    expect(ten).toEqual({ length: 10, checkDigit: 'none' });
    expect(validateInsuranceNumber('1234567899', ten)).toBeNull();
    expect(validateInsuranceNumber('123456782', ten)).toBe(ErrorCodes.invalidFormat);
    expect(generateInsuranceNumber('12', ten)).toBe('0000000012');
    const eleven = insuranceNumberConfig({ length: 11 });
    expect(generateInsuranceNumber('1234567890', eleven)).toBe(`1234567890${1234567890 % 7}`);
    expect(() => generateInsuranceNumber('123456789012', eleven)).toThrow(RangeError);
  });

  it('falls back to 9 digits / mod7 for a missing or broken configuration', () => {
    expect(insuranceNumberConfig(undefined)).toEqual({ length: 9, checkDigit: 'mod7' });
    expect(insuranceNumberConfig({ length: 'x', checkDigit: 'luhn' })).toEqual({ length: 9, checkDigit: 'mod7' });
    expect(insuranceNumberConfig({ length: 2 })).toEqual({ length: 9, checkDigit: 'mod7' });
  });

  it('has a zod/mini rule whose issue message is the code', () => {
    const rule = insuranceNumberRule();
    expect(rule.safeParse('123456782').success).toBe(true);
    expect(rule.safeParse('123456783').error?.issues[0]?.message).toBe('INVALID_CHECK_DIGIT');
  });
});

describe('field rules', () => {
  it('accepts a complete insuree', () => {
    expect(
      validateInsuree({ ...valid, maritalStatus: 'M', phone: '+255 754 123 456', email: 'juma@example.org', identificationType: 'N', cardIssued: true }),
    ).toEqual([]);
  });

  it('reports each field with a code', () => {
    const issues = validateInsuree(
      {
        insuranceNumber: '123',
        lastName: ' ',
        otherNames: 'x'.repeat(101),
        gender: 'X',
        birthDate: '1899-12-31',
        maritalStatus: 'Q',
        phone: 'abc',
        email: 'a@b',
      },
      undefined,
      { prefix: 'head' },
    );
    expect(issues).toEqual([
      { path: 'head.insuranceNumber', code: 'INVALID_FORMAT' },
      { path: 'head.lastName', code: 'REQUIRED' },
      { path: 'head.otherNames', code: 'TOO_LONG' },
      { path: 'head.gender', code: 'INVALID' },
      { path: 'head.birthDate', code: 'DATE_TOO_EARLY' },
      { path: 'head.maritalStatus', code: 'INVALID' },
      { path: 'head.phone', code: 'INVALID_FORMAT' },
      { path: 'head.email', code: 'INVALID_FORMAT' },
    ]);
  });

  it('refuses birth dates in the future and impossible dates', () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(validateInsuree({ ...valid, birthDate: tomorrow })).toEqual([{ path: 'birthDate', code: 'DATE_IN_FUTURE' }]);
    expect(validateInsuree({ ...valid, birthDate: today() })).toEqual([]);
    expect(validateInsuree({ ...valid, birthDate: '2001-02-30' })).toEqual([{ path: 'birthDate', code: 'INVALID_FORMAT' }]);
  });

  it('checks only the fields present on update, but a required field cannot be cleared', () => {
    expect(validateInsuree({ phone: '0754 111 222' }, undefined, { partial: true })).toEqual([]);
    expect(validateInsuree({ lastName: null }, undefined, { partial: true })).toEqual([{ path: 'lastName', code: 'REQUIRED' }]);
  });

  it('validates a family and a status change', () => {
    expect(validateFamily({ villageId: '12', familyType: 'H', confirmationType: 'S', povertyStatus: true })).toEqual([]);
    expect(validateFamily({ familyType: 'Z' })).toEqual([
      { path: 'villageId', code: 'REQUIRED' },
      { path: 'familyType', code: 'INVALID' },
    ]);
    expect(validateStatus({ status: 'DECEASED' })).toEqual([{ path: 'statusDate', code: 'REQUIRED' }]);
    expect(validateStatus({ status: 'DECEASED', statusDate: '2024-01-01' })).toEqual([]);
    expect(validateStatus({ status: 'GONE' })).toEqual([{ path: 'status', code: 'INVALID' }]);
  });

  it('offers zod/mini schemas with codes as messages and dotted paths', () => {
    const ok = newFamilySchema().safeParse({ villageId: '3', head: valid });
    expect(ok.success).toBe(true);
    const bad = newFamilySchema({ length: 10, checkDigit: 'none' }).safeParse({ villageId: '3', head: valid });
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['head.insuranceNumber', 'INVALID_FORMAT']]);
    expect(insureeSchema().safeParse({ ...valid, gender: 'Q' }).error?.issues[0]?.message).toBe('INVALID');
  });
});
