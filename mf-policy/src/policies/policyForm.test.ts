import { describe, expect, it } from 'vitest';
import {
  blockerKey,
  canRenew,
  createPolicyInput,
  eligible,
  inForce,
  limitKey,
  policyChanges,
  previewable,
  renewalDaysOf,
  renewalProductId,
  renewPolicyInput,
  statusColor,
  statusKey,
  validatePolicyForm,
  warningText,
  windowChoices,
} from './policyForm.js';

const TODAY = '2026-11-27';

describe('status labels', () => {
  it('names each openIMIS status code and colours what needs attention', () => {
    expect([1, 2, 4, 8].map(statusKey)).toEqual(['status.1', 'status.2', 'status.4', 'status.8']);
    expect([1, 2, 4, 8].map(statusColor)).toEqual(['warning', 'success', 'error', 'default']);
  });
});

describe('the policy form', () => {
  it('needs a product and an enrolment date that is not in the future', () => {
    expect(validatePolicyForm({ productId: '', enrolDate: '', officerId: '' }, TODAY)).toEqual([
      { path: 'productId', code: 'REQUIRED' },
      { path: 'enrolDate', code: 'REQUIRED' },
    ]);
    expect(validatePolicyForm({ productId: '3', enrolDate: '2026-11-28', officerId: '' }, TODAY)).toEqual([{ path: 'enrolDate', code: 'DATE_IN_FUTURE' }]);
    expect(validatePolicyForm({ productId: '3', enrolDate: '2026-02-30', officerId: '' }, TODAY).map((i) => i.path)).toEqual(['enrolDate']);
    expect(previewable({ productId: '3', enrolDate: TODAY, officerId: '' }, TODAY)).toBe(true);
    expect(previewable({ productId: '3', enrolDate: '27/11/2026', officerId: '' }, TODAY)).toBe(false);
  });

  it('turns the form into the inputs of createPolicy and renewPolicy, no officer as null', () => {
    expect(createPolicyInput('12', { productId: '3', enrolDate: TODAY, officerId: '' })).toEqual({
      familyId: '12',
      productId: '3',
      enrolDate: TODAY,
      officerId: null,
    });
    expect(renewPolicyInput('40', { productId: '4', enrolDate: TODAY, officerId: '7' })).toEqual({
      id: '40',
      productId: '4',
      enrolDate: TODAY,
      officerId: '7',
    });
  });

  it('sends only what changed to updatePolicy (absent = unchanged), and clears the officer with null', () => {
    const policy = { enrolDate: '2026-11-01', officerId: '7', product: { id: '3' } };
    expect(policyChanges(policy, { productId: '3', enrolDate: '2026-11-01', officerId: '7' })).toEqual({});
    expect(policyChanges(policy, { productId: '4', enrolDate: '2026-11-02', officerId: '' })).toEqual({
      productId: '4',
      enrolDate: '2026-11-02',
      officerId: null,
    });
  });

  it("renews on the product's conversion product by default, else the same product", () => {
    expect(renewalProductId({ product: { id: '3', conversionProduct: { id: '9' } } })).toBe('9');
    expect(renewalProductId({ product: { id: '3', conversionProduct: null } })).toBe('3');
  });
});

describe('warnings', () => {
  const t = (keys: string[], options: Record<string, unknown>) => `${keys.join('|')} ${JSON.stringify(options)}`;
  it('translates a warning by its code with its numbers, the amount in money, the English message as the fallback', () => {
    const text = warningText({ code: 'MAX_MEMBERS_EXCEEDED', message: 'Too many', count: 9, max: 6, amount: '10.00' }, t, (v) => `TZS ${v}`);
    expect(text).toBe('warnings.MAX_MEMBERS_EXCEEDED|warnings.other {"count":9,"max":6,"amount":"TZS 10.00","message":"Too many"}');
  });
});

describe('renewing', () => {
  const active = (id: string, expiryDate: string, previousPolicyId: string | null = null) => ({ id, status: 2, expiryDate, previousPolicyId });
  it('offers an Active policy expiring within the days, or an Expired one, not yet continued', () => {
    expect(canRenew(active('1', '2026-12-10'), [], 14, TODAY)).toBe(true);
    expect(canRenew(active('1', '2026-12-12'), [], 14, TODAY)).toBe(false);
    expect(canRenew(active('1', '2027-06-01'), [], null, TODAY)).toBe(true);
    expect(canRenew({ id: '1', status: 8, expiryDate: '2025-01-01' }, [], 14, TODAY)).toBe(true);
    expect(canRenew({ id: '1', status: 8, expiryDate: '2025-01-01' }, [active('2', '2026-01-01', '1')], 14, TODAY)).toBe(false);
    expect(canRenew({ id: '1', status: 1, expiryDate: '2026-12-01' }, [], 14, TODAY)).toBe(false);
    expect(canRenew({ id: '1', status: 4, expiryDate: '2026-12-01' }, [], 14, TODAY)).toBe(false);
  });

  it('keeps only the policies in force', () => {
    expect(inForce([{ status: 1 }, { status: 2 }, { status: 8 }])).toEqual([{ status: 2 }]);
  });
});

describe('renewals and the enquiry', () => {
  it('takes the window from the URL when it is 1-366 whole days, else from the module config, else 14', () => {
    expect(renewalDaysOf('30', 21)).toBe(30);
    expect(renewalDaysOf('0', 21)).toBe(21);
    expect(renewalDaysOf('400', 21)).toBe(21);
    expect(renewalDaysOf('7.5', 21)).toBe(21);
    expect(renewalDaysOf(null, undefined)).toBe(14);
    expect(windowChoices(21)).toEqual([7, 14, 21, 30, 60, 90]);
    expect(windowChoices(undefined)).toEqual([7, 14, 30, 60, 90]);
    expect(windowChoices(14, 366)).toEqual([7, 14, 30, 60, 90, 366]);
  });

  it('names blockers and limits by their codes', () => {
    expect(blockerKey('NO_OFFICER')).toBe('renewals.blockers.NO_OFFICER');
    expect(limitKey('maxNoConsultation')).toBe('product.fields.maxNoConsultation');
  });

  it('reads eligible when the server lists a policy in force', () => {
    expect(eligible([])).toBe(false);
    expect(eligible([{ status: 2 }])).toBe(true);
  });
});
