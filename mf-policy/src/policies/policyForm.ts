/**
 * The pure half of the policy pages: status and stage labels, the form's rules (the
 * contract's), form values -> the mutations' inputs, the value warnings' texts, and when
 * a policy may be renewed. No React here, so it is unit-tested as is.
 */
import { ErrorCodes, notFutureDateRule, PolicyStatus } from '@kente/contract-policy';
import type { FieldIssue } from '@kente/sdk/forms';

/** The chip colour of a status: what needs a clerk's attention stands out. */
export type StatusColor = 'default' | 'success' | 'warning' | 'error';

/** The translation key of a status (`status.1` Idle ... `status.8` Expired); an unknown code reads as itself. */
export function statusKey(status: number): string {
  return `status.${status}`;
}

export function statusColor(status: number): StatusColor {
  if (status === PolicyStatus.active) return 'success';
  if (status === PolicyStatus.idle) return 'warning';
  if (status === PolicyStatus.suspended) return 'error';
  return 'default';
}

/** `stage.N` New, `stage.R` Renewal. */
export function stageKey(stage: string): string {
  return `stage.${stage}`;
}

/** What the new-policy, edit and renewal forms hold: ids as strings, '' for none, an ISO enrolment date. */
export interface PolicyFormValues {
  productId: string;
  enrolDate: string;
  /** the enrolment officer (a user id), '' for none */
  officerId: string;
}

export const POLICY_FORM_FIELDS = ['productId', 'enrolDate', 'officerId'] as const;

/** Today as the server counts it (UTC), an ISO date. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The rules the server applies first: a product, and an enrolment date that is real and not in the future. */
export function validatePolicyForm(values: PolicyFormValues, today: string = todayIso()): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!values.productId) issues.push({ path: 'productId', code: ErrorCodes.required });
  const date = notFutureDateRule(values.enrolDate, today);
  if (date) issues.push({ path: 'enrolDate', code: date });
  return issues;
}

/** True when the form says enough to ask the server for the value and dates. */
export function previewable(values: PolicyFormValues, today: string = todayIso()): boolean {
  return validatePolicyForm(values, today).length === 0;
}

const officerOf = (values: PolicyFormValues) => values.officerId || null;

export function createPolicyInput(familyId: string, values: PolicyFormValues) {
  return { familyId, productId: values.productId, enrolDate: values.enrolDate, officerId: officerOf(values) };
}

/** Only what changed goes to updatePolicy (a field absent is unchanged; the editor adds id and version). */
export function policyChanges(policy: { enrolDate: string; officerId: string | null; product: { id: string } | null }, values: PolicyFormValues) {
  return {
    ...(values.productId !== policy.product?.id ? { productId: values.productId } : {}),
    ...(values.enrolDate !== policy.enrolDate ? { enrolDate: values.enrolDate } : {}),
    ...(officerOf(values) !== (policy.officerId ?? null) ? { officerId: officerOf(values) } : {}),
  };
}

export function renewPolicyInput(policyId: string, values: PolicyFormValues) {
  return { id: policyId, productId: values.productId, enrolDate: values.enrolDate, officerId: officerOf(values) };
}

/** A renewal's product by default: the old product's conversion product, else the same one (openIMIS). */
export function renewalProductId(policy: { product: { id: string; conversionProduct: { id: string } | null } | null }): string {
  return policy.product?.conversionProduct?.id ?? policy.product?.id ?? '';
}

/** A warning of the value computation, as the server sends it. */
export interface ValueWarning {
  code: string;
  message: string;
  count?: number | null;
  max?: number | null;
  amount?: string | null;
}

/**
 * The translation of a warning: `warnings.<CODE>` with its numbers (count, max, amount formatted
 * in the console's currency); the server's English message when the code is unknown here.
 */
export function warningText(warning: ValueWarning, t: (key: string[], options: Record<string, unknown>) => string, money: (value: string) => string): string {
  return t([`warnings.${warning.code}`, 'warnings.other'], {
    count: warning.count ?? 0,
    max: warning.max ?? 0,
    amount: warning.amount == null ? '' : money(warning.amount),
    message: warning.message,
  });
}

/** A policy as far as renewing it is concerned. */
export interface RenewablePolicy {
  id: string;
  status: number;
  expiryDate: string;
  previousPolicyId?: string | null;
}

/**
 * May this policy be renewed now? An Active policy expiring within `days` days, or an Expired
 * one, that no other policy of the family continues yet (`days` null: any Active policy, as on the
 * policy page, where a clerk may renew early). A Suspended or Idle policy is not renewed.
 */
export function canRenew(policy: RenewablePolicy, familyPolicies: readonly RenewablePolicy[], days: number | null, today: string = todayIso()): boolean {
  if (familyPolicies.some((p) => p.previousPolicyId === policy.id)) return false;
  if (policy.status === PolicyStatus.expired) return true;
  if (policy.status !== PolicyStatus.active) return false;
  if (days === null) return true;
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCDate(limit.getUTCDate() + days);
  return policy.expiryDate <= limit.toISOString().slice(0, 10);
}

/** Policies in force on a day: Active (not Expired, as the server reads status today). */
export function inForce<T extends { status: number }>(policies: readonly T[]): T[] {
  return policies.filter((p) => p.status === PolicyStatus.active);
}

/** Eligible on the enquiry's date: the server lists only the policies in force then that cover the insuree. */
export function eligible(policies: readonly unknown[]): boolean {
  return policies.length > 0;
}

/** The label of a product's ceiling or count field, as the product form names it. */
export function limitKey(field: string): string {
  return `product.fields.${field}`;
}

/** The translation key of a renewal blocker (PRODUCT_EXPIRED, NO_OFFICER, NO_MEMBERS). */
export function blockerKey(code: string): string {
  return `renewals.blockers.${code}`;
}

/** The renewal window in days: the URL's if a whole number 1-366, else the module's `renewalDays`, else 14. */
export function renewalDaysOf(fromUrl: string | null, configured: number | undefined): number {
  const days = Number(fromUrl);
  if (fromUrl && Number.isInteger(days) && days >= 1 && days <= 366) return days;
  return configured ?? 14;
}

/** The renewal windows offered: a week to a quarter, the configured one and the one in force (a bookmarked URL's). */
export function windowChoices(configured: number | undefined, current?: number): number[] {
  return [...new Set([7, 14, 30, 60, 90, configured ?? 14, ...(current ? [current] : [])])].sort((a, b) => a - b);
}
