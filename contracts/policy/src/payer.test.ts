import { describe, expect, it } from 'vitest';
import { emailRule, validatePayer } from './payer.js';

describe('validatePayer', () => {
  it('accepts a full payer and a minimal one', () => {
    expect(validatePayer({ type: 'G', name: 'Ministry of Health', address: 'Box 1', phone: '+255 1', email: 'moh@example.org' })).toEqual([]);
    expect(validatePayer({ type: 'D', name: 'Donor' })).toEqual([]);
  });

  it('requires a type of the list and a name', () => {
    expect(validatePayer({})).toEqual([
      { path: 'type', code: 'REQUIRED' },
      { path: 'name', code: 'REQUIRED' },
    ]);
    expect(validatePayer({ type: 'X', name: 'a' })).toEqual([{ path: 'type', code: 'INVALID' }]);
  });

  it('bounds the texts and checks the email', () => {
    expect(validatePayer({ type: 'O', name: 'n'.repeat(101), email: 'not-an-email' })).toEqual([
      { path: 'name', code: 'TOO_LONG' },
      { path: 'email', code: 'INVALID_FORMAT' },
    ]);
    expect(emailRule('a@b')).toBe('INVALID_FORMAT');
    expect(emailRule('a b@c.org')).toBe('INVALID_FORMAT');
    expect(emailRule(' ok@c.org ')).toBeNull();
    expect(emailRule(`${'a'.repeat(50)}@c.org`)).toBe('TOO_LONG');
    expect(emailRule(null)).toBeNull();
  });

  it('partial: only the fields given, and a name cannot be cleared', () => {
    expect(validatePayer({ phone: '1' }, { partial: true })).toEqual([]);
    expect(validatePayer({ name: null }, { partial: true })).toEqual([{ path: 'name', code: 'REQUIRED' }]);
  });
});
