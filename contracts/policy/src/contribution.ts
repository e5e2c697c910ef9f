/**
 * What a contribution (openIMIS "premium") does to its policy (openIMIS contribution/services.py
 * premium_updated), and a policy's status on a given day.
 */
import { applyRules, type FieldIssue, type ValidateOptions } from '@kente/contract-core';
import { type ErrorCode, ErrorCodes, PAY_TYPES, type PayType, type PolicyStatus, type PolicyWarning, PolicyStatus as Status, WarningCodes } from './codes.js';
import { type IsoDate, maxDate } from './dates.js';
import { amount, oneOf, text } from './fieldRules.js';
import { type DecimalInput, parseMoney, toDecimal } from './money.js';
import { notFutureDateRule } from './policyDates.js';

export interface PolicyState {
  value: DecimalInput;
  status: PolicyStatus;
  startDate: IsoDate;
  expiryDate: IsoDate;
  effectiveDate?: IsoDate | null;
}

export interface ContributionAmount {
  amount: DecimalInput;
  /** a photo fee is recorded but counts neither in the sums nor towards the value */
  isPhotoFee?: boolean | null;
}

export interface Payment extends ContributionAmount {
  payDate: IsoDate;
}

export interface ContributionOptions {
  /** put the policy in force even though the payment is partial (the console asks) */
  enforce?: boolean;
  /** the product's maximum number of instalments (a warning past it) */
  maxInstallments?: number | null;
}

export interface ContributionEffect {
  /** the policy's status after the payment */
  status: PolicyStatus;
  effectiveDate: IsoDate | null;
  /** value − earlier contributions, before this payment */
  balanceBefore: string;
  /** value − every contribution, this one included; negative when overpaid */
  balance: string;
  /** every contribution counted, this one included */
  paid: string;
  /** true when the payment moved the policy to Active */
  activated: boolean;
  warnings: PolicyWarning[];
}

/** Sum of the contributions that count (photo fees excluded). */
export function paidAmount(contributions: readonly ContributionAmount[]): string {
  return toDecimal(counted(contributions).reduce((total, c) => total + parseMoney(c.amount), 0n));
}

/** value − contributions that count. */
export function policyBalance(policy: Pick<PolicyState, 'value'>, contributions: readonly ContributionAmount[]): string {
  return toDecimal(parseMoney(policy.value) - parseMoney(paidAmount(contributions)));
}

const counted = (contributions: readonly ContributionAmount[]) => contributions.filter((c) => !c.isPhotoFee);

/**
 * The effect of a new payment given the policy's earlier contributions. Full payment (reaching
 * the value) → Active, effective = the later of the pay date and the start; partial → unchanged
 * unless `enforce`; only an Idle policy (not expired by date) is activated.
 */
export function applyContribution(
  policy: PolicyState,
  contributions: readonly ContributionAmount[],
  payment: Payment,
  options: ContributionOptions = {},
): ContributionEffect {
  const earlier = counted(contributions).reduce((total, c) => total + parseMoney(c.amount), 0n);
  const value = parseMoney(policy.value);
  const balanceBefore = value - earlier;
  const amount = payment.isPhotoFee ? 0n : parseMoney(payment.amount);
  const paid = earlier + amount;
  const warnings: PolicyWarning[] = [];
  const instalments = counted(contributions).length + (payment.isPhotoFee ? 0 : 1);
  if (options.maxInstallments && instalments > options.maxInstallments)
    warnings.push({ code: WarningCodes.maxInstallmentsExceeded, max: options.maxInstallments, count: instalments });
  if (!payment.isPhotoFee && paid > value) warnings.push({ code: WarningCodes.overpaid, amount: toDecimal(paid - value) });

  let status = policy.status;
  let effectiveDate = policy.effectiveDate ?? null;
  let activated = false;
  const idle = statusAt(policy, payment.payDate) === Status.idle;
  if (!payment.isPhotoFee && idle && (amount >= balanceBefore || options.enforce)) {
    status = Status.active;
    effectiveDate = maxDate(payment.payDate, policy.startDate);
    activated = true;
  } else if (!payment.isPhotoFee && !idle) {
    warnings.push({ code: WarningCodes.policyNotIdle });
  }
  return { status, effectiveDate, balanceBefore: toDecimal(balanceBefore), balance: toDecimal(value - paid), paid: toDecimal(paid), activated, warnings };
}

/**
 * The status on `date` (YYYY-MM-DD): a policy whose expiry is before that day is Expired (8)
 * whatever is stored, so answers are right without a nightly job.
 */
export function statusAt(policy: Pick<PolicyState, 'status' | 'expiryDate'>, date: IsoDate): PolicyStatus {
  return policy.expiryDate < date ? Status.expired : policy.status;
}

export const MAX_RECEIPT = 50;

/** A contribution as a form edits it and the server stores it. */
export interface ContributionFields {
  policyId: string;
  payerId?: string | null;
  amount: DecimalInput;
  receipt: string;
  payDate: IsoDate;
  payType: PayType;
  isPhotoFee?: boolean | null;
}

/** The contribution's field rules; `today` bounds the pay date (no payment in the future). */
export function contributionRules(today?: IsoDate): { [K in keyof ContributionFields]-?: (value: unknown) => ErrorCode | null } {
  return {
    policyId: (value) => (value === undefined || value === null || value === '' ? ErrorCodes.required : null),
    payerId: () => null,
    amount: amount({ required: true, positive: true }),
    receipt: text(MAX_RECEIPT, true),
    payDate: (value) => notFutureDateRule(value, today),
    payType: (value) => (value === undefined || value === null || value === '' ? ErrorCodes.required : oneOf(PAY_TYPES)(value)),
    isPhotoFee: (value) => (value === undefined || value === null || typeof value === 'boolean' ? null : ErrorCodes.invalid),
  };
}

export const CONTRIBUTION_FIELDS = Object.keys(contributionRules()) as (keyof ContributionFields)[];

/** Amount > 0, receipt required (its uniqueness per product is the server's), a pay date not in the future, a pay type B/C/M/F. */
export function validateContribution(
  input: Partial<ContributionFields> | Record<string, unknown>,
  options: ValidateOptions & { today?: IsoDate } = {},
): FieldIssue<ErrorCode>[] {
  return applyRules(contributionRules(options.today), input as Record<string, unknown>, options);
}
