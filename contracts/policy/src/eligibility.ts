/**
 * Who a policy covers, whether it is in force on a day, what is left of its product's limits and
 * what stops its renewal (openIMIS InsureePolicy, the eligibility enquiry, the renewal reminders).
 */
import { PolicyStatus } from './codes.js';
import { addDays, addMonths, type IsoDate } from './dates.js';
import { type DecimalInput, parseMoney, toDecimal } from './money.js';
import { DEFAULT_AGE_OF_MAJORITY, OTHER_RELATIONSHIP } from './policyValue.js';
import { CEILING_MONEY_FIELDS, type CeilingMoneyField, MAX_COUNT_FIELDS, type MaxCountField } from './product.js';

export interface FamilyMember {
  birthDate: IsoDate;
  relationship?: string | null;
  /** ACTIVE, INACTIVE, DECEASED */
  status?: string | null;
  /** the day the member joined the family (their record's creation) */
  joinedOn?: IsoDate | null;
}

export interface CoveringPolicy {
  enrolDate: IsoDate;
  expiryDate: IsoDate;
}

/**
 * The members a policy covers, in the order given (the family's order, head first): those present
 * during the policy (born and joined by its expiry), deceased members left out, and at most the
 * product's `maxMembers`, kept in openIMIS's order as the value counts them (adults on the
 * enrolment date first, then children, other children, other adults).
 */
export function coveredMembers<M extends FamilyMember>(
  product: { maxMembers?: number | null },
  members: readonly M[],
  policy: CoveringPolicy,
  ageOfMajority = DEFAULT_AGE_OF_MAJORITY,
): M[] {
  const present = members.filter((m) => m.status !== 'DECEASED' && m.birthDate <= policy.expiryDate && (!m.joinedOn || m.joinedOn <= policy.expiryDate));
  const adultsBornBy = addMonths(policy.enrolDate, -12 * ageOfMajority);
  const rank = (m: M) => {
    const adult = m.birthDate <= adultsBornBy;
    if (m.relationship === OTHER_RELATIONSHIP) return adult ? 3 : 2;
    return adult ? 0 : 1;
  };
  const room = product.maxMembers ? product.maxMembers : Number.POSITIVE_INFINITY;
  const kept = new Set(
    present
      .map((m, i) => ({ m, i, r: rank(m) }))
      .sort((a, b) => a.r - b.r || a.i - b.i)
      .slice(0, room)
      .map((x) => x.m),
  );
  return present.filter((m) => kept.has(m));
}

export interface PolicyPeriod {
  /** stored status: 1 Idle, 2 Active, 4 Suspended, 8 Expired */
  status: number;
  startDate: IsoDate;
  effectiveDate?: IsoDate | null;
  expiryDate: IsoDate;
}

/**
 * In force on `date`: an Active policy (or one stored Expired, which was active until its expiry)
 * from its effective date (its start when none) to its expiry. Idle and Suspended policies never are.
 */
export function inForceAt(policy: PolicyPeriod, date: IsoDate): boolean {
  if (policy.status !== PolicyStatus.active && policy.status !== PolicyStatus.expired) return false;
  const from = policy.effectiveDate && policy.effectiveDate > policy.startDate ? policy.effectiveDate : policy.startDate;
  return from <= date && date <= policy.expiryDate;
}

export interface AmountLimit {
  field: CeilingMoneyField;
  max: string;
  used: string;
  /** max − used, never below 0 */
  remaining: string;
}
export interface CountLimit {
  field: MaxCountField;
  max: number;
  used: number;
  remaining: number;
}
export type ProductLimits = Partial<Record<CeilingMoneyField, DecimalInput | null>> & Partial<Record<MaxCountField, number | null>>;
/** What claims already used of a policy's limits, per field (absent = 0). */
export type LimitUsage = Partial<Record<CeilingMoneyField, DecimalInput>> & Partial<Record<MaxCountField, number>>;

/** The product's deductibles, ceilings and maximum counts that are set, with what is used and left of each. */
export function remainingLimits(product: ProductLimits, used: LimitUsage = {}): { amounts: AmountLimit[]; counts: CountLimit[] } {
  const amounts: AmountLimit[] = [];
  for (const field of CEILING_MONEY_FIELDS) {
    const max = product[field];
    if (max === null || max === undefined || max === '') continue;
    const u = parseMoney(used[field] ?? 0);
    const left = parseMoney(max) - u;
    amounts.push({ field, max: toDecimal(parseMoney(max)), used: toDecimal(u), remaining: toDecimal(left > 0n ? left : 0n) });
  }
  const counts: CountLimit[] = [];
  for (const field of MAX_COUNT_FIELDS) {
    const max = product[field];
    if (max === null || max === undefined) continue;
    const u = used[field] ?? 0;
    counts.push({ field, max, used: u, remaining: Math.max(0, max - u) });
  }
  return { amounts, counts };
}

export const RenewalBlockers = {
  /** the renewal product (the conversion product, else the same) is not valid on the renewal date */
  productExpired: 'PRODUCT_EXPIRED',
  /** the policy has no enrolment officer to renew it */
  noOfficer: 'NO_OFFICER',
  /** the family has no member the renewal would cover (all deceased or gone) */
  noMembers: 'NO_MEMBERS',
} as const;
export type RenewalBlocker = (typeof RenewalBlockers)[keyof typeof RenewalBlockers];

/** The day a renewal starts: the day after the expiry. */
export const renewalDate = (expiryDate: IsoDate): IsoDate => addDays(expiryDate, 1);

/** Why a policy cannot simply be renewed: codes the console translates (none = renewable). */
export function renewalBlockers(
  policy: { expiryDate: IsoDate; officerId?: unknown },
  renewalProduct: { dateFrom: IsoDate; dateTo: IsoDate } | null,
  coveredCount?: number,
): RenewalBlocker[] {
  const blockers: RenewalBlocker[] = [];
  const day = renewalDate(policy.expiryDate);
  if (!renewalProduct || day < renewalProduct.dateFrom || day > renewalProduct.dateTo) blockers.push(RenewalBlockers.productExpired);
  if (policy.officerId === null || policy.officerId === undefined) blockers.push(RenewalBlockers.noOfficer);
  if (coveredCount === 0) blockers.push(RenewalBlockers.noMembers);
  return blockers;
}
