/**
 * Valuation (process, 111011): openIMIS's process_dedrem (uspProcessSingleClaimStep2) on exact money
 * (bigint 1/10,000 of @kente/contract-policy), without the port's bugs (OPENIMIS-RULES section 1):
 * the child columns are used for children, a fixed limit records F, a reviewer's price is kept,
 * earlier category remunerations count, nothing is truncated to an integer.
 *
 * Per passed line, grouped by the policy that covers it, in line order:
 * 1. unit price: the reviewer's approved price when the review was delivered; else by the product's
 *    price origin: O the price asked, P or R the facility's price list price (the asked one when the
 *    line is off the list);
 * 2. work = quantity (approved, else asked) × price; F (fixed, of the visit type's column, adult or
 *    child): at most quantity × limit;
 * 3. the deductible left is taken from it;
 * 4. C (co-insurance): × limit %;
 * 5. the claim category's maximum amount (max_amount_surgery ... by the claim's category) per
 *    treatment: what this claim's earlier lines got counts;
 * 6. the ceiling left (unless the line's ceiling exclusion, adult or child, says B, or H for a
 *    hospital claim, or N for another one): the excess is `exceedCeiling`.
 * Deductibles and ceilings: the general ones (all) when the product sets any, else the in-patient
 * or out-patient ones by `hospital` (the product's ceiling interpretation: I claim type, H facility
 * level). Treatment (this claim), insuree (less what the insuree's other claims on the policy
 * deducted / got), policy (less what all its claims did; the ceiling grows by the extra-member
 * amount for each covered member above the threshold, capped by max_ceiling_policy). When several
 * levels are set the tightest applies (openIMIS takes the first set: a policy ceiling nearly spent
 * would be ignored behind a treatment ceiling).
 * The remunerated amount of a relative-price (R) line is left null: the batch run's index sets it.
 */
import { type DecimalInput, parseMoney, percentOf, toDecimal, type Units } from '@kente/contract-policy';
import type { VisitType } from './codes.js';

/** The product's settings of a covered service or item (product_services / product_items). */
export interface ValuationCover {
  /** P price list, O claimed price, R relative */
  priceOrigin: string;
  limitationType: string;
  limitationTypeR: string;
  limitationTypeE: string;
  limitAdult: DecimalInput;
  limitChild: DecimalInput;
  limitAdultR: DecimalInput;
  limitChildR: DecimalInput;
  limitAdultE: DecimalInput;
  limitChildE: DecimalInput;
  /** H hospital, N non-hospital, B both: not counted against the general ceiling */
  ceilingExclusionAdult?: string | null;
  ceilingExclusionChild?: string | null;
}

/** The product's deductibles, ceilings and category amounts (null = none). */
export interface ValuationProduct {
  dedTreatment?: DecimalInput | null;
  dedInsuree?: DecimalInput | null;
  dedPolicy?: DecimalInput | null;
  dedIpTreatment?: DecimalInput | null;
  dedIpInsuree?: DecimalInput | null;
  dedIpPolicy?: DecimalInput | null;
  dedOpTreatment?: DecimalInput | null;
  dedOpInsuree?: DecimalInput | null;
  dedOpPolicy?: DecimalInput | null;
  maxTreatment?: DecimalInput | null;
  maxInsuree?: DecimalInput | null;
  maxPolicy?: DecimalInput | null;
  maxIpTreatment?: DecimalInput | null;
  maxIpInsuree?: DecimalInput | null;
  maxIpPolicy?: DecimalInput | null;
  maxOpTreatment?: DecimalInput | null;
  maxOpInsuree?: DecimalInput | null;
  maxOpPolicy?: DecimalInput | null;
  maxPolicyExtraMember?: DecimalInput | null;
  maxPolicyExtraMemberIp?: DecimalInput | null;
  maxPolicyExtraMemberOp?: DecimalInput | null;
  maxCeilingPolicy?: DecimalInput | null;
  maxCeilingPolicyIp?: DecimalInput | null;
  maxCeilingPolicyOp?: DecimalInput | null;
  threshold?: number | null;
  maxAmountConsultation?: DecimalInput | null;
  maxAmountSurgery?: DecimalInput | null;
  maxAmountDelivery?: DecimalInput | null;
  maxAmountHospitalization?: DecimalInput | null;
  maxAmountAntenatal?: DecimalInput | null;
}

/** What the other valuated claims deducted and got on the policy: G all, IP in-patient, OP out-patient. */
export interface PreviousAmounts {
  deducted: { G: DecimalInput; IP: DecimalInput; OP: DecimalInput };
  remunerated: { G: DecimalInput; IP: DecimalInput; OP: DecimalInput };
}
const NONE: PreviousAmounts = { deducted: { G: 0, IP: 0, OP: 0 }, remunerated: { G: 0, IP: 0, OP: 0 } };

export interface ValuationPolicy {
  id: number;
  product: ValuationProduct;
  /** members the policy covers (the family-size ceiling) */
  members: number;
  /** the product's own reading of `hospital` (its ceiling interpretation); default: the claim's */
  hospital?: boolean;
  /** other claims of this insuree on the policy */
  insuree?: PreviousAmounts;
  /** other claims of anyone on the policy */
  policy?: PreviousAmounts;
}

export interface ValuationLine {
  /** null: a rejected line (not valuated) */
  policyId: number | null;
  cover: ValuationCover | null;
  quantity: DecimalInput;
  quantityApproved?: DecimalInput | null;
  priceAsked: DecimalInput;
  /** the facility's price list price (null: off its list) */
  priceList?: DecimalInput | null;
  /** the reviewer's price (a delivered review), kept */
  priceReviewed?: DecimalInput | null;
}

export interface ValuationInput {
  visitType: VisitType | string;
  adult: boolean;
  /** in-patient (interpretation I) or at a hospital (H): picks IP/OP deductibles and ceilings and the H/N exclusions */
  hospital: boolean;
  /** the claim's category (S D A H C O V) */
  category: string | null;
  policies: readonly ValuationPolicy[];
  lines: readonly ValuationLine[];
}

export interface ValuatedLine {
  /** the unit price used */
  priceAdjusted: string;
  deductible: string;
  exceedCeiling: string;
  /** what the scheme owes for the line at this price (for R: before the batch index) */
  priceValuated: string;
  /** paid: priceValuated, null for a relative-price line until the batch run */
  remunerated: string | null;
  relative: boolean;
}

export interface PolicyAmounts {
  policyId: number;
  /** which of the product's limits the amounts count against */
  kind: 'G' | 'IP' | 'OP';
  deducted: string;
  remunerated: string;
}

export interface Valuation {
  /** per input line; null for a rejected line */
  lines: (ValuatedLine | null)[];
  /** per policy: what this claim deducted and got (counted against the next claims) */
  policies: PolicyAmounts[];
  /** Σ priceValuated */
  valuated: string;
  /** Σ remunerated of the non-relative lines */
  remunerated: string;
  /** a relative-price line: the claim is Processed until the batch run */
  relative: boolean;
}

const set = (v: DecimalInput | null | undefined): boolean => v !== null && v !== undefined && v !== '';
const min = (a: Units, b: Units): Units => (a < b ? a : b);
const max = (a: Units, b: Units): Units => (a < b ? b : a);
const pos = (a: Units): Units => (a > 0n ? a : 0n);

/** The limitation type and limit of the visit type's columns, adult or child. */
export function lineLimit(cover: ValuationCover, visitType: string, adult: boolean): { type: 'C' | 'F'; limit: Units } {
  const [type, a, c] =
    visitType === 'E'
      ? [cover.limitationTypeE, cover.limitAdultE, cover.limitChildE]
      : visitType === 'R'
        ? [cover.limitationTypeR, cover.limitAdultR, cover.limitChildR]
        : [cover.limitationType, cover.limitAdult, cover.limitChild];
  return { type: type === 'F' ? 'F' : 'C', limit: parseMoney(adult ? a : c) };
}

/** The policy ceiling for a family: + extra per member above the threshold, capped. */
export function familyCeiling(
  max: DecimalInput,
  extra: DecimalInput | null | undefined,
  cap: DecimalInput | null | undefined,
  members: number,
  threshold: number | null | undefined,
): Units {
  let ceiling = parseMoney(max);
  if (set(extra) && threshold !== null && threshold !== undefined && members > threshold) ceiling += BigInt(members - threshold) * parseMoney(extra);
  if (set(cap) && ceiling > parseMoney(cap)) ceiling = parseMoney(cap);
  return ceiling;
}

const CATEGORY_AMOUNT: Record<string, keyof ValuationProduct> = {
  S: 'maxAmountSurgery',
  D: 'maxAmountDelivery',
  A: 'maxAmountAntenatal',
  H: 'maxAmountHospitalization',
  C: 'maxAmountConsultation',
};

/** The deductible and ceiling left for this claim on the policy (null = no ceiling). */
function limitsLeft(policy: ValuationPolicy, hospital: boolean): { kind: 'G' | 'IP' | 'OP'; deductible: Units; ceiling: Units | null } {
  const p = policy.product;
  const kind = limitKind(p, hospital);
  const pick = {
    G: [p.dedTreatment, p.dedInsuree, p.dedPolicy, p.maxTreatment, p.maxInsuree, p.maxPolicy, p.maxPolicyExtraMember, p.maxCeilingPolicy],
    IP: [p.dedIpTreatment, p.dedIpInsuree, p.dedIpPolicy, p.maxIpTreatment, p.maxIpInsuree, p.maxIpPolicy, p.maxPolicyExtraMemberIp, p.maxCeilingPolicyIp],
    OP: [p.dedOpTreatment, p.dedOpInsuree, p.dedOpPolicy, p.maxOpTreatment, p.maxOpInsuree, p.maxOpPolicy, p.maxPolicyExtraMemberOp, p.maxCeilingPolicyOp],
  }[kind];
  const [dedT, dedI, dedP, maxT, maxI, maxP, extra, cap] = pick;
  const ins = policy.insuree ?? NONE;
  const pol = policy.policy ?? NONE;
  const deductibles: Units[] = [];
  if (set(dedT)) deductibles.push(parseMoney(dedT));
  if (set(dedI)) deductibles.push(pos(parseMoney(dedI) - parseMoney(ins.deducted[kind])));
  if (set(dedP)) deductibles.push(pos(parseMoney(dedP) - parseMoney(pol.deducted[kind])));
  const ceilings: Units[] = [];
  if (set(maxT)) ceilings.push(parseMoney(maxT));
  if (set(maxI)) ceilings.push(pos(parseMoney(maxI) - parseMoney(ins.remunerated[kind])));
  if (set(maxP)) ceilings.push(pos(familyCeiling(maxP, extra, cap, policy.members, p.threshold) - parseMoney(pol.remunerated[kind])));
  return {
    kind,
    deductible: deductibles.reduce(max, 0n),
    ceiling: ceilings.length ? ceilings.reduce(min) : null,
  };
}

/** Whether the line's ceiling exclusion keeps it out of the general ceiling. */
export function excludedFromCeiling(exclusion: string | null | undefined, hospital: boolean): boolean {
  return exclusion === 'B' || (exclusion === 'H' && hospital) || (exclusion === 'N' && !hospital);
}

/** The claim's valuation: each passed line's amounts, what each policy's limits took. */
export function valuateClaim(input: ValuationInput): Valuation {
  const policies = new Map(
    input.policies.map((p) => [p.id, { policy: p, left: limitsLeft(p, p.hospital ?? input.hospital), deducted: 0n, remunerated: 0n, category: 0n }]),
  );
  const lines: (ValuatedLine | null)[] = [];
  let valuated = 0n;
  let remunerated = 0n;
  let relative = false;
  for (const line of input.lines) {
    const state = line.policyId === null ? undefined : policies.get(line.policyId);
    if (!state || !line.cover) {
      lines.push(null);
      continue;
    }
    const { cover } = line;
    const quantity = parseMoney(set(line.quantityApproved) ? line.quantityApproved : line.quantity);
    const price = set(line.priceReviewed)
      ? parseMoney(line.priceReviewed)
      : cover.priceOrigin === 'O'
        ? parseMoney(line.priceAsked)
        : parseMoney(set(line.priceList) ? line.priceList : line.priceAsked);
    let work = (quantity * price) / 10_000n;
    const { type, limit } = lineLimit(cover, input.visitType, input.adult);
    if (type === 'F') work = min(work, (quantity * limit) / 10_000n);
    const deductible = min(work, state.left.deductible);
    state.left.deductible -= deductible;
    state.deducted += deductible;
    work -= deductible;
    if (type === 'C') work = percentOf(work, toDecimal(limit));
    const categoryField = input.category ? CATEGORY_AMOUNT[input.category] : undefined;
    const categoryMax = categoryField ? state.policy.product[categoryField] : null;
    if (typeof categoryMax === 'string' || typeof categoryMax === 'number') {
      work = min(work, pos(parseMoney(categoryMax) - state.category));
      state.category += work;
    }
    let exceed = 0n;
    const exclusion = input.adult ? cover.ceilingExclusionAdult : cover.ceilingExclusionChild;
    if (state.left.ceiling !== null && !excludedFromCeiling(exclusion, state.policy.hospital ?? input.hospital)) {
      const paid = min(work, state.left.ceiling);
      exceed = work - paid;
      work = paid;
      state.left.ceiling -= paid;
    }
    state.remunerated += work;
    const isRelative = cover.priceOrigin === 'R';
    relative ||= isRelative;
    valuated += work;
    if (!isRelative) remunerated += work;
    lines.push({
      priceAdjusted: toDecimal(price),
      deductible: toDecimal(deductible),
      exceedCeiling: toDecimal(exceed),
      priceValuated: toDecimal(work),
      remunerated: isRelative ? null : toDecimal(work),
      relative: isRelative,
    });
  }
  return {
    lines,
    policies: [...policies.values()]
      .filter((s) => s.deducted > 0n || s.remunerated > 0n || input.lines.some((l) => l.policyId === s.policy.id && l.cover))
      .map((s) => ({ policyId: s.policy.id, kind: s.left.kind, deducted: toDecimal(s.deducted), remunerated: toDecimal(s.remunerated) })),
    valuated: toDecimal(valuated),
    remunerated: toDecimal(remunerated),
    relative,
  };
}

/** The kind of deductible/ceiling a claim's amounts count against: G when the product sets general ones, else IP or OP. */
export function limitKind(product: ValuationProduct, hospital: boolean): 'G' | 'IP' | 'OP' {
  const general = [product.dedTreatment, product.dedInsuree, product.dedPolicy, product.maxTreatment, product.maxInsuree, product.maxPolicy].some(set);
  return general ? 'G' : hospital ? 'IP' : 'OP';
}
