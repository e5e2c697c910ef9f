import { describe, expect, it } from 'vitest';
import { ErrorCodes, PolicyStatus, WarningCodes } from './codes.js';
import { applyContribution, CONTRIBUTION_FIELDS, type PolicyState, paidAmount, policyBalance, statusAt, validateContribution } from './contribution.js';

const idle: PolicyState = { value: '1180.00', status: PolicyStatus.idle, startDate: '2024-07-01', expiryDate: '2025-06-30', effectiveDate: null };

describe('applyContribution', () => {
  it('a partial payment leaves the policy Idle and says the balance', () => {
    const effect = applyContribution(idle, [], { amount: '500', payDate: '2024-05-10' });
    expect(effect).toEqual({
      status: PolicyStatus.idle,
      effectiveDate: null,
      balanceBefore: '1180.00',
      balance: '680.00',
      paid: '500.00',
      activated: false,
      warnings: [],
    });
  });

  it('the payment that completes the value activates it, effective the later of pay date and start', () => {
    const beforeStart = applyContribution(idle, [{ amount: '500' }], { amount: '680', payDate: '2024-05-10' });
    expect(beforeStart).toMatchObject({ status: PolicyStatus.active, effectiveDate: '2024-07-01', balance: '0.00', activated: true });
    const afterStart = applyContribution(idle, [{ amount: '500' }], { amount: '680.00', payDate: '2024-07-20' });
    expect(afterStart.effectiveDate).toBe('2024-07-20');
  });

  it('a partial payment put in force activates it now (not before its start)', () => {
    const now = applyContribution({ ...idle, startDate: '2024-05-01' }, [], { amount: '100', payDate: '2024-05-10' }, { enforce: true });
    expect(now).toMatchObject({ status: PolicyStatus.active, effectiveDate: '2024-05-10', balance: '1080.00' });
    const early = applyContribution(idle, [], { amount: '100', payDate: '2024-05-10' }, { enforce: true });
    expect(early.effectiveDate).toBe('2024-07-01');
  });

  it('an overpayment activates it and warns with the excess', () => {
    const effect = applyContribution(idle, [], { amount: '1200', payDate: '2024-07-05' });
    expect(effect).toMatchObject({ status: PolicyStatus.active, effectiveDate: '2024-07-05', balance: '-20.00' });
    expect(effect.warnings).toEqual([{ code: WarningCodes.overpaid, amount: '20.00' }]);
  });

  it('photo fees are recorded but neither count in the sums nor activate', () => {
    const contributions = [{ amount: '1000' }, { amount: '50', isPhotoFee: true }];
    expect(paidAmount(contributions)).toBe('1000.00');
    expect(policyBalance(idle, contributions)).toBe('180.00');
    const fee = applyContribution(idle, contributions, { amount: '500', payDate: '2024-05-10', isPhotoFee: true });
    expect(fee).toMatchObject({ status: PolicyStatus.idle, paid: '1000.00', balance: '180.00', activated: false, warnings: [] });
    const rest = applyContribution(idle, contributions, { amount: '180', payDate: '2024-05-10' });
    expect(rest).toMatchObject({ status: PolicyStatus.active, activated: true });
  });

  it('warns past the maximum number of instalments (photo fees not counted)', () => {
    const effect = applyContribution(
      idle,
      [{ amount: '100' }, { amount: '5', isPhotoFee: true }, { amount: '100' }],
      { amount: '100', payDate: '2024-05-10' },
      { maxInstallments: 2 },
    );
    expect(effect.warnings).toEqual([{ code: WarningCodes.maxInstallmentsExceeded, max: 2, count: 3 }]);
    expect(applyContribution(idle, [{ amount: '100' }], { amount: '100', payDate: '2024-05-10' }, { maxInstallments: 2 }).warnings).toEqual([]);
  });

  it('does not reactivate or re-date a policy that is not Idle', () => {
    const active = { ...idle, status: PolicyStatus.active, effectiveDate: '2024-07-01' };
    const more = applyContribution(active, [{ amount: '1180' }], { amount: '10', payDate: '2024-08-01' });
    expect(more).toMatchObject({ status: PolicyStatus.active, effectiveDate: '2024-07-01', activated: false });
    const suspended = applyContribution({ ...idle, status: PolicyStatus.suspended }, [], { amount: '1180', payDate: '2024-08-01' });
    expect(suspended).toMatchObject({ status: PolicyStatus.suspended, activated: false });
    expect(suspended.warnings).toEqual([{ code: WarningCodes.policyNotIdle }]);
    // Idle in the table but expired by date on the pay date
    const late = applyContribution(idle, [], { amount: '1180', payDate: '2025-07-01' });
    expect(late).toMatchObject({ status: PolicyStatus.idle, activated: false });
  });
});

describe('statusAt', () => {
  it('is Expired (8) once the expiry date has passed, whatever is stored', () => {
    const active = { status: PolicyStatus.active, expiryDate: '2025-06-30' };
    expect(statusAt(active, '2025-06-30')).toBe(PolicyStatus.active);
    expect(statusAt(active, '2025-07-01')).toBe(PolicyStatus.expired);
    expect(statusAt({ status: PolicyStatus.idle, expiryDate: '2025-06-30' }, '2026-01-01')).toBe(PolicyStatus.expired);
    expect(statusAt({ status: PolicyStatus.suspended, expiryDate: '2025-06-30' }, '2025-01-01')).toBe(PolicyStatus.suspended);
  });
});

describe('validateContribution', () => {
  const valid = { policyId: '12', amount: '500.00', receipt: 'R-001', payDate: '2024-05-10', payType: 'C' };
  it('accepts a payment and answers codes per field', () => {
    expect(validateContribution(valid, { today: '2024-05-10' })).toEqual([]);
    expect(CONTRIBUTION_FIELDS).toContain('isPhotoFee');
    expect(
      validateContribution({ amount: '0', receipt: ' ', payDate: '2024-05-11', payType: 'X', isPhotoFee: 'yes' }, { today: '2024-05-10', prefix: 'input' }),
    ).toEqual([
      { path: 'input.policyId', code: ErrorCodes.required },
      { path: 'input.amount', code: ErrorCodes.outOfRange },
      { path: 'input.receipt', code: ErrorCodes.required },
      { path: 'input.payDate', code: ErrorCodes.dateInFuture },
      { path: 'input.payType', code: ErrorCodes.invalid },
      { path: 'input.isPhotoFee', code: ErrorCodes.invalid },
    ]);
    expect(validateContribution({ amount: '-5' }, { partial: true })).toEqual([{ path: 'amount', code: ErrorCodes.outOfRange }]);
  });
});
