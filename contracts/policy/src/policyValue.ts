/**
 * A policy's value from its product and the family (openIMIS policy/values.py family_counts,
 * sum_contributions, sum_general_assemblies, sum_registrations, discount).
 */
import type { RELATIONSHIPS } from '@kente/contract-insuree';
import { type PolicyStage, type PolicyWarning, WarningCodes } from './codes.js';
import { addDays, addMonths, type IsoDate } from './dates.js';
import { type DecimalInput, parseMoney, percentOf, roundToCents, toDecimal, type Units } from './money.js';
import { hasCycles, type PolicyDates, policyDates } from './policyDates.js';
import type { ProductRules } from './product.js';

/** openIMIS's relationship 7 "other": never part of the lump sum, always charged per person. */
export const OTHER_RELATIONSHIP = 'OT' satisfies (typeof RELATIONSHIPS)[number];
export const DEFAULT_AGE_OF_MAJORITY = 18;

export interface PolicyMember {
  birthDate: IsoDate;
  /** relationship to the head (null for the head) */
  relationship?: string | null;
}

export interface PolicyValueInput {
  enrolDate: IsoDate;
  stage: PolicyStage;
  /** renewal: the expiry of the policy it continues (dates and renewal discount) */
  previousExpiry?: IsoDate | null;
  /** default 18 */
  ageOfMajority?: number;
}

/** Who is charged how: "in lump" members are covered by the lump sum (or charged per person without one). */
export interface MemberCounts {
  adults: number;
  extraAdults: number;
  otherAdults: number;
  children: number;
  extraChildren: number;
  otherChildren: number;
  /** members counted (after the maximum) */
  total: number;
  /** members left out by the product's maximum */
  dropped: number;
}

export interface PolicyValue {
  /** what the family pays: contribution + general assembly + registration − discount, "1180.00" */
  value: string;
  contribution: string;
  generalAssembly: string;
  registration: string;
  /** the enrolment or renewal discount taken off (0.00 when none) */
  discount: string;
  counts: MemberCounts;
  dates: PolicyDates;
  warnings: PolicyWarning[];
}

/**
 * Counts the family by age (adult from the 18th birthday, on the enrolment date) and relationship, dropping members beyond
 * the product's maximum in openIMIS's order: adults first kept, then children, other children,
 * other adults.
 */
export function memberCounts(product: Pick<ProductRules, 'maxMembers' | 'threshold'>, members: readonly PolicyMember[], adultsBornBy: IsoDate): MemberCounts {
  let adults = 0;
  let children = 0;
  let otherAdults = 0;
  let otherChildren = 0;
  for (const member of members) {
    const adult = member.birthDate <= adultsBornBy;
    const other = member.relationship === OTHER_RELATIONSHIP;
    if (other) adult ? otherAdults++ : otherChildren++;
    else adult ? adults++ : children++;
  }
  const all = members.length;
  let room = product.maxMembers ? product.maxMembers : Number.POSITIVE_INFINITY;
  const keep = (n: number) => {
    const kept = Math.min(n, room);
    room -= kept;
    return kept;
  };
  adults = keep(adults);
  children = keep(children);
  otherChildren = keep(otherChildren);
  otherAdults = keep(otherAdults);
  const threshold = product.threshold ?? 0;
  const extraAdults = threshold ? Math.max(0, adults - threshold) : 0;
  const extraChildren = threshold ? Math.max(0, children + adults - extraAdults - threshold) : 0;
  const total = adults + children + otherAdults + otherChildren;
  return {
    adults: adults - extraAdults,
    extraAdults,
    otherAdults,
    children: children - extraChildren,
    extraChildren,
    otherChildren,
    total,
    dropped: all - total,
  };
}

const times = (n: number, amount: DecimalInput): Units => BigInt(n) * parseMoney(amount);

export function policyValue(product: ProductRules, members: readonly PolicyMember[], input: PolicyValueInput): PolicyValue {
  const dates = policyDates(product, input);
  const adultsBornBy = addMonths(input.enrolDate, -12 * (input.ageOfMajority ?? DEFAULT_AGE_OF_MAJORITY));
  const counts = memberCounts(product, members, adultsBornBy);
  const warnings: PolicyWarning[] = [];
  if (counts.dropped > 0) warnings.push({ code: WarningCodes.maxMembersExceeded, max: product.maxMembers ?? 0, count: members.length });

  const lumpSum = parseMoney(product.lumpSum);
  let contribution =
    lumpSum > 0n
      ? lumpSum + times(counts.extraAdults, product.premiumAdult) + times(counts.extraChildren, product.premiumChild)
      : times(counts.adults, product.premiumAdult) + times(counts.children, product.premiumChild);
  contribution += times(counts.otherAdults, product.premiumAdult) + times(counts.otherChildren, product.premiumChild);
  contribution = roundToCents(contribution);

  const assemblyLump = parseMoney(product.generalAssemblyLumpSum);
  const generalAssembly = roundToCents(assemblyLump > 0n ? assemblyLump : times(counts.total, product.generalAssemblyFee));
  const registrationLump = parseMoney(product.registrationLumpSum);
  const registration = input.stage === 'N' ? roundToCents(registrationLump > 0n ? registrationLump : times(counts.total, product.registrationFee)) : 0n;

  const gross = contribution + generalAssembly + registration;
  const discountPercent = discountFor(product, input, dates);
  const discount = discountPercent ? percentOf(gross, discountPercent) : 0n;

  return {
    value: toDecimal(gross - discount),
    contribution: toDecimal(contribution),
    generalAssembly: toDecimal(generalAssembly),
    registration: toDecimal(registration),
    discount: toDecimal(discount),
    counts,
    dates,
    warnings,
  };
}

/**
 * New policy (products with cycles): the enrolment discount when enrolling at least the
 * discount period before the start. Renewal: the renewal discount when renewing at least the
 * period before the previous policy ends. Both need a percent and a period, as in openIMIS.
 */
function discountFor(product: ProductRules, input: PolicyValueInput, dates: PolicyDates): DecimalInput {
  if (input.stage === 'N') {
    if (parseMoney(product.enrolmentDiscountPerc) <= 0n || !product.enrolmentDiscountPeriod || !hasCycles(product)) return null;
    return input.enrolDate <= addMonths(dates.startDate, -product.enrolmentDiscountPeriod) ? product.enrolmentDiscountPerc : null;
  }
  if (parseMoney(product.renewalDiscountPerc) <= 0n || !product.renewalDiscountPeriod || !input.previousExpiry) return null;
  const deadline = addMonths(addDays(input.previousExpiry, 1), -product.renewalDiscountPeriod);
  return input.enrolDate <= deadline ? product.renewalDiscountPerc : null;
}
