/**
 * The contribution form's pure logic: its values, the prefilled amount (the policy's balance),
 * when the "put in force now" choice applies, the contract's rules on the form and the inputs
 * of createPremium / updatePremium. No React: unit-tested on its own.
 */
import { compareMoney, ErrorCodes, type FieldIssue, PAY_TYPES, type PayType, PolicyStatus, parseMoney, validateContribution } from '@kente/contract-policy';

export { PAY_TYPES };

/** The payer chosen in the picker (enough to show it again). */
export interface PayerChoice {
  id: string;
  name: string;
}

export interface ContributionFormValues {
  payer: PayerChoice | null;
  receipt: string;
  /** a decimal string ("1500.00"), '' while empty */
  amount: string;
  /** ISO date */
  payDate: string;
  payType: PayType | '';
  isPhotoFee: boolean;
  /** a new partial payment on an Idle policy: put it in force anyway */
  putInForce: boolean;
}

/** The policy as the form needs it. */
export interface PolicyForForm {
  id: string;
  status: number;
  balance: string;
}

/** The stored contribution the edit form starts from. */
export interface StoredContribution {
  id: string;
  version: number;
  amount: string;
  receipt: string;
  payDate: string;
  payType: string;
  isPhotoFee: boolean;
  payer?: PayerChoice | null;
}

/** Today as the server counts it (UTC): a payment date after it is refused. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

const isPayType = (value: string): value is PayType => (PAY_TYPES as readonly string[]).includes(value);

/** The balance as the amount to prefill: '' when nothing is owed (or the balance is not a number). */
export function prefillAmount(balance: string | null | undefined): string {
  try {
    return parseMoney(balance) > 0n ? (balance as string) : '';
  } catch {
    return '';
  }
}

/** A new contribution on `policy`: amount = its balance, paid today in cash. */
export function newContribution(policy: Pick<PolicyForForm, 'balance'>, today: string = todayIso()): ContributionFormValues {
  return { payer: null, receipt: '', amount: prefillAmount(policy.balance), payDate: today, payType: 'C', isPhotoFee: false, putInForce: false };
}

export function contributionToForm(contribution: StoredContribution): ContributionFormValues {
  return {
    payer: contribution.payer ? { id: contribution.payer.id, name: contribution.payer.name } : null,
    receipt: contribution.receipt,
    amount: contribution.amount,
    payDate: contribution.payDate,
    payType: isPayType(contribution.payType) ? contribution.payType : '',
    isPhotoFee: contribution.isPhotoFee,
    putInForce: false,
  };
}

/** A valid decimal amount (else null). */
function units(amount: string): bigint | null {
  try {
    return amount.trim() === '' ? null : parseMoney(amount);
  } catch {
    return null;
  }
}

/**
 * Whether to offer "put the policy in force now": a new payment (not a photo fee) on an Idle
 * policy, for more than 0 but less than its balance. A full payment activates it anyway.
 */
export function offersPutInForce(values: Pick<ContributionFormValues, 'amount' | 'isPhotoFee'>, policy: Pick<PolicyForForm, 'status' | 'balance'>): boolean {
  if (values.isPhotoFee || policy.status !== PolicyStatus.idle) return false;
  const amount = units(values.amount);
  if (amount === null || amount <= 0n) return false;
  return compareMoney(values.amount, policy.balance) < 0;
}

/**
 * The contract's contribution rules on the form (the ones the server runs), plus the server's
 * payer rule a form can check: a funding contribution names its payer. Paths are the form's.
 */
export function validateContributionForm(values: ContributionFormValues, policyId: string, today: string = todayIso()): FieldIssue[] {
  const issues = validateContribution(
    { policyId, amount: values.amount.trim(), receipt: values.receipt, payDate: values.payDate, payType: values.payType, isPhotoFee: values.isPhotoFee },
    { today },
  );
  if (values.payType === 'F' && !values.payer) issues.push({ path: 'payerId', code: ErrorCodes.required });
  return issues.map((issue) => ({ ...issue, path: issue.path === 'payerId' ? 'payer' : issue.path }));
}

/** Form fields a server error may land on (the server's payerId is the form's payer). */
export const CONTRIBUTION_FORM_FIELDS = ['payer', 'receipt', 'amount', 'payDate', 'payType', 'isPhotoFee'] as const;
export type ContributionFormField = (typeof CONTRIBUTION_FORM_FIELDS)[number];

/** The form field a server error names, or null when the form has no such field. */
export function formFieldOf(serverField: string | null | undefined): ContributionFormField | null {
  const field = serverField === 'payerId' ? 'payer' : serverField;
  return (CONTRIBUTION_FORM_FIELDS as readonly string[]).includes(field ?? '') ? (field as ContributionFormField) : null;
}

const fields = (values: ContributionFormValues) => ({
  payerId: values.payer?.id ?? null,
  amount: values.amount.trim(),
  receipt: values.receipt.trim(),
  payDate: values.payDate,
  payType: values.payType,
  isPhotoFee: values.isPhotoFee,
});

/** createPremium's input; putInForce only where it was offered. */
export function createContributionInput(values: ContributionFormValues, policy: PolicyForForm) {
  return { policyId: policy.id, ...fields(values), putInForce: offersPutInForce(values, policy) && values.putInForce };
}

/** updatePremium's input at the version the form was loaded with (a stale one is a CONFLICT). */
export function updateContributionInput(values: ContributionFormValues, contribution: Pick<StoredContribution, 'id' | 'version'>) {
  return { id: contribution.id, version: contribution.version, ...fields(values) };
}
