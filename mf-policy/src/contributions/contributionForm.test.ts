import { describe, expect, it } from 'vitest';
import {
  contributionToForm,
  createContributionInput,
  formFieldOf,
  newContribution,
  offersPutInForce,
  prefillAmount,
  todayIso,
  updateContributionInput,
  validateContributionForm,
} from './contributionForm.js';

const IDLE = { id: '7', status: 1, balance: '30000.00' };
const TODAY = '2026-11-27';

describe('the amount prefilled with the balance', () => {
  it('is the balance when something is owed', () => {
    expect(newContribution(IDLE, TODAY)).toEqual({
      payer: null,
      receipt: '',
      amount: '30000.00',
      payDate: TODAY,
      payType: 'C',
      isPhotoFee: false,
      putInForce: false,
    });
  });
  it('is empty when the policy is paid up', () => {
    expect(prefillAmount('0.00')).toBe('');
    expect(prefillAmount(null)).toBe('');
    expect(prefillAmount('nonsense')).toBe('');
  });
  it("today is the server's UTC day", () => {
    expect(todayIso(new Date('2026-11-27T23:30:00Z'))).toBe('2026-11-27');
  });
});

describe('put in force offered only for a partial payment on an Idle policy', () => {
  it('is offered below the balance', () => {
    expect(offersPutInForce({ amount: '10000', isPhotoFee: false }, IDLE)).toBe(true);
    expect(offersPutInForce({ amount: '29999.99', isPhotoFee: false }, IDLE)).toBe(true);
  });
  it('is not offered for the whole balance or more', () => {
    expect(offersPutInForce({ amount: '30000', isPhotoFee: false }, IDLE)).toBe(false);
    expect(offersPutInForce({ amount: '35000.00', isPhotoFee: false }, IDLE)).toBe(false);
  });
  it('is not offered for a photo fee, an Active policy, or an empty or invalid amount', () => {
    expect(offersPutInForce({ amount: '100', isPhotoFee: true }, IDLE)).toBe(false);
    expect(offersPutInForce({ amount: '100', isPhotoFee: false }, { ...IDLE, status: 2 })).toBe(false);
    expect(offersPutInForce({ amount: '', isPhotoFee: false }, IDLE)).toBe(false);
    expect(offersPutInForce({ amount: '0', isPhotoFee: false }, IDLE)).toBe(false);
    expect(offersPutInForce({ amount: '12,5x', isPhotoFee: false }, IDLE)).toBe(false);
  });
});

describe('form → input', () => {
  const values = { ...newContribution(IDLE, TODAY), receipt: '  R-001 ', amount: ' 10000.00', payer: { id: '3', name: 'Donor' }, putInForce: true };
  it('createPremium gets trimmed fields, the payer id and putInForce when it was offered', () => {
    expect(createContributionInput(values, IDLE)).toEqual({
      policyId: '7',
      payerId: '3',
      amount: '10000.00',
      receipt: 'R-001',
      payDate: TODAY,
      payType: 'C',
      isPhotoFee: false,
      putInForce: true,
    });
  });
  it('putInForce is dropped when the payment is not partial (the checkbox may still be ticked)', () => {
    expect(createContributionInput({ ...values, amount: '30000.00' }, IDLE).putInForce).toBe(false);
  });
  it('updatePremium carries the version it was loaded at, and no payer clears it', () => {
    const stored = { id: '9', version: 4, amount: '500.00', receipt: 'R-9', payDate: '2026-10-01', payType: 'B', isPhotoFee: true, payer: null };
    const form = contributionToForm(stored);
    expect(form).toEqual({ payer: null, receipt: 'R-9', amount: '500.00', payDate: '2026-10-01', payType: 'B', isPhotoFee: true, putInForce: false });
    expect(updateContributionInput(form, stored)).toEqual({
      id: '9',
      version: 4,
      payerId: null,
      amount: '500.00',
      receipt: 'R-9',
      payDate: '2026-10-01',
      payType: 'B',
      isPhotoFee: true,
    });
  });
});

describe('the form runs the contract rules', () => {
  const valid = { ...newContribution(IDLE, TODAY), receipt: 'R-1' };
  const codes = (v: typeof valid) => Object.fromEntries(validateContributionForm(v, '7', TODAY).map((i) => [i.path, i.code]));
  it('a complete contribution passes', () => {
    expect(codes(valid)).toEqual({});
  });
  it('refuses a missing receipt, a zero amount, a future date and an empty pay type', () => {
    expect(codes({ ...valid, receipt: ' ', amount: '0', payDate: '2026-11-28', payType: '' })).toEqual({
      receipt: 'REQUIRED',
      amount: 'OUT_OF_RANGE',
      payDate: 'DATE_IN_FUTURE',
      payType: 'REQUIRED',
    });
  });
  it('a funding contribution needs its payer, on the payer field', () => {
    expect(codes({ ...valid, payType: 'F' })).toEqual({ payer: 'REQUIRED' });
    expect(codes({ ...valid, payType: 'F', payer: { id: '1', name: 'State' } })).toEqual({});
  });
  it("server errors land on the form's fields", () => {
    expect(formFieldOf('payerId')).toBe('payer');
    expect(formFieldOf('receipt')).toBe('receipt');
    expect(formFieldOf('policyId')).toBeNull();
    expect(formFieldOf(null)).toBeNull();
  });
});
