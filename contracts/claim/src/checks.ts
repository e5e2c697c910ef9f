/**
 * Submission checks (openIMIS claim/validations.py validate_claim, 111007) in openIMIS's order, on
 * data the backend gathers: the claim, its insuree, the policies in force at the target date that
 * cover the insuree (with their products' covered lines, maxima and what other claims used), and
 * each line's catalogue facts. Pure: no database, reason codes only.
 */
import { addDays, addMonths, DEFAULT_AGE_OF_MAJORITY, parseMoney, toDecimal } from '@kente/contract-policy';
import { ClaimStatus, type LineKind, LineStatus, RejectionReason } from './codes.js';
import { isInPatient, targetDate } from './entry.js';

/** Service categories: S surgery, D delivery, A antenatal, H hospitalisation, C consultation, O other, V visit. */
export type ServiceCategory = 'S' | 'D' | 'A' | 'H' | 'C' | 'O' | 'V';
/** The product's maximum number of claims of a category per policy, and the reason when it is reached. */
export const CATEGORY_MAXIMA = [
  { category: 'C', field: 'maxNoConsultation', reason: RejectionReason.maxConsultations },
  { category: 'S', field: 'maxNoSurgery', reason: RejectionReason.maxSurgeries },
  { category: 'D', field: 'maxNoDelivery', reason: RejectionReason.maxDeliveries },
  { category: 'A', field: 'maxNoAntenatal', reason: RejectionReason.maxAntenatal },
  { category: 'H', field: 'maxNoHospitalization', reason: RejectionReason.maxHospitalisations },
  { category: 'V', field: 'maxNoVisits', reason: RejectionReason.maxVisits },
] as const;
export type CategoryMaxField = (typeof CATEGORY_MAXIMA)[number]['field'];
/** openIMIS's order for the claim's category: the first present among its services. */
const CATEGORY_ORDER: ServiceCategory[] = ['S', 'D', 'A', 'H', 'C', 'O', 'V'];

/** A covered line's settings that submission reads (product_services / product_items). */
export interface CoveredLine {
  limitNoAdult?: number | null;
  limitNoChild?: number | null;
  /** months */
  waitingPeriodAdult?: number | null;
  waitingPeriodChild?: number | null;
}

/** A policy in force at the target date that covers the insuree, in the order to try them. */
export interface CheckPolicy {
  id: number;
  productId: number;
  /** N new, R renewal */
  stage: string;
  /** when cover started (effective date, else start) */
  effectiveDate: string;
  maxima: Partial<Record<CategoryMaxField, number | null>>;
  /** `${kind}:${id}` -> the product's settings for that service or item (absent = not covered) */
  covered: ReadonlyMap<string, CoveredLine>;
  /** `${kind}:${id}` -> quantity other submitted claims of the insuree used on this policy */
  usedQuantity: ReadonlyMap<string, string | number>;
  /** category -> other submitted claims of this policy counted in it */
  usedCategories: Partial<Record<ServiceCategory, number>>;
}

export interface CheckLine {
  kind: LineKind;
  /** the service's or item's id */
  refId: number;
  /** in the register (exists) */
  known: boolean;
  /** in the facility's price list */
  inPriceList: boolean;
  /** I in-patient, O out-patient, B both */
  careType: string;
  /** services: S D A H C O V */
  category?: string | null;
  /** bitmask 1 male, 2 female, 4 adult, 8 minor; 0 or null = anyone */
  patientCategory?: number | null;
  /** days that must pass between two provisions to the insuree; null = none */
  frequency?: number | null;
  /** target dates of other submitted claims of the insuree where this line passed (within `frequency` days before or after: reason 5) */
  previousDates?: readonly string[];
  /** the same service on overlapping dates in another submitted claim of the insuree (reason 6) */
  duplicate?: boolean;
  quantity: string | number;
}

export interface CheckInput {
  claim: { visitFrom: string; visitTo?: string | null; dateClaimed: string };
  /** the facility's care type: I, O or B */
  facilityCareType: string;
  /** null = unknown or deleted */
  insuree: { gender: string; birthDate: string; joinedOn: string; deceasedOn?: string | null } | null;
  policies: readonly CheckPolicy[];
  lines: readonly CheckLine[];
  /** the guarantee number is on another claim and the composition refuses that (reason 6 for the claim) */
  duplicateGuarantee?: boolean;
  ageOfMajority?: number;
}

export interface LineOutcome {
  status: LineStatus;
  reason: RejectionReason;
  /** the approved quantity: the quantity asked, or what is left of the product's maximum (null when rejected) */
  quantityApproved: string | null;
  policyId: number | null;
  productId: number | null;
  /** the quantity was cut to what was left (openIMIS OP-1347) */
  reduced: boolean;
}

export interface CheckOutcome {
  /** 4 Checked when a line passes, else 1 Rejected */
  status: ClaimStatus;
  /** 0 when Checked */
  reason: RejectionReason;
  /** the claim's category (S D A H C O V) */
  category: ServiceCategory;
  lines: LineOutcome[];
}

const keyOf = (line: Pick<CheckLine, 'kind' | 'refId'>) => `${line.kind}:${line.refId}`;
const rejected = (reason: RejectionReason): LineOutcome => ({
  status: LineStatus.rejected,
  reason,
  quantityApproved: null,
  policyId: null,
  productId: null,
  reduced: false,
});

/** The claim's category: the first of S, D, A, H, C, O, V among its known services; H for an in-patient stay without those; else V. */
export function claimCategory(claim: CheckInput['claim'], lines: readonly Pick<CheckLine, 'kind' | 'known' | 'category'>[]): ServiceCategory {
  const present = new Set(lines.filter((l) => l.kind === 'S' && l.known && l.category).map((l) => l.category));
  if (isInPatient(claim)) present.add('H');
  return CATEGORY_ORDER.find((c) => present.has(c)) ?? 'V';
}

/** Whether the patient category bitmask admits the insuree (1 male, 2 female, 4 adult, 8 minor; 0 = anyone). */
export function admitsPatient(mask: number | null | undefined, gender: string, adult: boolean): boolean {
  if (!mask) return true;
  const genders = mask & 3;
  const ages = mask & 12;
  if (genders && !((gender === 'M' && genders & 1) || (gender === 'F' && genders & 2) || genders === 3)) return false;
  if (ages && !((adult && ages & 4) || (!adult && ages & 8))) return false;
  return true;
}

/** Care type 10: an out-patient facility with an in-patient claim or line, an in-patient facility with an out-patient line. */
function careTypeFails(facility: string, line: string, inPatient: boolean): boolean {
  if (facility === 'O') return inPatient || line === 'I';
  if (facility === 'I') return line === 'O';
  return false;
}

/** The claim's status and reason from its lines: Checked when one passes; else Rejected with the shared reason, or 1. */
export function claimOutcome(
  lines: readonly Pick<LineOutcome, 'status' | 'reason'>[],
  stop?: RejectionReason,
): { status: ClaimStatus; reason: RejectionReason } {
  if (lines.some((l) => l.status === LineStatus.passed)) return { status: ClaimStatus.checked, reason: RejectionReason.accepted };
  if (stop !== undefined) return { status: ClaimStatus.rejected, reason: stop };
  const reasons = new Set(lines.map((l) => l.reason));
  const [only] = reasons;
  return { status: ClaimStatus.rejected, reason: reasons.size === 1 && only !== undefined ? only : RejectionReason.notInRegister };
}

/**
 * The checks, openIMIS's order. Claim: 9 target date (missing, or claimed before the visit),
 * 7 insuree unknown or deceased before the visit, 21 no policy in force covering them, 6 guarantee
 * number already used (when refused): each rejects every line. Then each line, first failure wins:
 * 1 not in the register, 2 not in the facility's price list, 10 care type, 4 patient category,
 * 5 frequency, 6 duplicate; then per policy in order, the first whose product covers the line and
 * passes 17 waiting period, 16 maximum provisions (cut to what is left when some is) and, for
 * services when the claim's category is not O, 13/14/15/19/11/12 category maxima; no product
 * covering it: 3; else the first policy's failure.
 */
export function checkClaim(input: CheckInput): CheckOutcome {
  const { claim, insuree, lines } = input;
  const category = claimCategory(claim, lines);
  const all = (reason: RejectionReason): CheckOutcome => ({ status: ClaimStatus.rejected, reason, category, lines: lines.map(() => rejected(reason)) });
  const target = claim.visitFrom ? targetDate(claim) : '';
  if (!target || !claim.dateClaimed || claim.dateClaimed < claim.visitFrom || target < claim.visitFrom) return all(RejectionReason.targetDate);
  if (!insuree || (insuree.deceasedOn && insuree.deceasedOn < claim.visitFrom)) return all(RejectionReason.invalidInsuree);
  if (!input.policies.length) return all(RejectionReason.noCoverage);
  if (input.duplicateGuarantee) return all(RejectionReason.duplicate);

  const adult = insuree.birthDate <= addMonths(target, -12 * (input.ageOfMajority ?? DEFAULT_AGE_OF_MAJORITY));
  const inPatient = isInPatient(claim);
  // what this claim's passed lines add to each policy's used quantities
  const usedHere = new Map<string, bigint>();
  const outcomes = lines.map((line): LineOutcome => {
    if (!line.known) return rejected(RejectionReason.notInRegister);
    if (!line.inPriceList) return rejected(RejectionReason.notInPriceList);
    if (careTypeFails(input.facilityCareType, line.careType, inPatient)) return rejected(RejectionReason.careType);
    if (!admitsPatient(line.patientCategory, insuree.gender, adult)) return rejected(RejectionReason.patientCategory);
    const frequency = line.frequency;
    if (frequency && (line.previousDates ?? []).some((d) => d >= addDays(target, -frequency) && d <= addDays(target, frequency)))
      return rejected(RejectionReason.frequency);
    if (line.duplicate) return rejected(RejectionReason.duplicate);
    const asked = parseMoney(line.quantity);
    let firstFailure: RejectionReason | null = null;
    for (const policy of input.policies) {
      const settings = policy.covered.get(keyOf(line));
      if (!settings) continue;
      const fail = (reason: RejectionReason) => {
        firstFailure ??= reason;
      };
      const waiting = adult ? settings.waitingPeriodAdult : settings.waitingPeriodChild;
      const joinedLater = insuree.joinedOn > policy.effectiveDate;
      const from = joinedLater ? insuree.joinedOn : policy.effectiveDate;
      if (waiting && (policy.stage === 'N' || joinedLater) && target < addMonths(from, waiting)) {
        fail(RejectionReason.waitingPeriod);
        continue;
      }
      let approved = asked;
      const limit = adult ? settings.limitNoAdult : settings.limitNoChild;
      const usageKey = `${policy.id}:${keyOf(line)}`;
      if (limit !== null && limit !== undefined) {
        const used = parseMoney(policy.usedQuantity.get(keyOf(line)) ?? 0) + (usedHere.get(usageKey) ?? 0n);
        const left = parseMoney(limit) - used;
        if (left <= 0n) {
          fail(RejectionReason.maxProvisions);
          continue;
        }
        if (approved > left) approved = left;
      }
      if (line.kind === 'S' && category !== 'O') {
        const counted = new Set<string>([line.category ?? '', ...(inPatient ? ['H'] : []), ...(category === 'V' ? ['V'] : [])]);
        const reached = CATEGORY_MAXIMA.find((m) => {
          const max = policy.maxima[m.field];
          return counted.has(m.category) && max !== null && max !== undefined && (policy.usedCategories[m.category] ?? 0) >= max;
        });
        if (reached) {
          fail(reached.reason);
          continue;
        }
      }
      usedHere.set(usageKey, (usedHere.get(usageKey) ?? 0n) + approved);
      return {
        status: LineStatus.passed,
        reason: RejectionReason.accepted,
        quantityApproved: toDecimal(approved),
        policyId: policy.id,
        productId: policy.productId,
        reduced: approved < asked,
      };
    }
    return rejected(firstFailure ?? RejectionReason.notCovered);
  });
  return { ...claimOutcome(outcomes), category, lines: outcomes };
}
