import { describe, expect, it } from 'vitest';
import { payerInput, payerToForm, validatePayerForm } from './payerForm.js';

describe('payer form', () => {
  it('turns a district payer into a region and district path and back, blanks into null', () => {
    const values = payerToForm({
      type: 'G',
      name: 'Ministry',
      address: null,
      phone: '+255 1',
      location: { id: '7', name: 'Mwanga', type: 'D', parent: { id: '2', name: 'Kilima', type: 'R' } },
    });
    expect(values.location).toEqual({ R: '2', D: '7' });
    expect(payerInput(values)).toEqual({ type: 'G', name: 'Ministry', address: null, locationId: '7', phone: '+255 1', fax: null, email: null });
    expect(payerInput({ ...values, location: {} }).locationId).toBeNull();
  });

  it("checks the contract's rules on the form's fields", () => {
    expect(validatePayerForm(payerToForm(null))).toEqual(
      expect.arrayContaining([
        { path: 'type', code: 'REQUIRED' },
        { path: 'name', code: 'REQUIRED' },
      ]),
    );
    expect(validatePayerForm({ ...payerToForm(null), type: 'D', name: 'Donor', email: 'not an address' })).toEqual([{ path: 'email', code: 'INVALID_FORMAT' }]);
    expect(validatePayerForm({ ...payerToForm(null), type: 'X', name: 'Donor' })).toEqual([{ path: 'type', code: 'INVALID' }]);
  });
});
