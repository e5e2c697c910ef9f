/**
 * The product fields the value and date rules read, and the product's field rules: each answers
 * an error code on a path (like @kente/contract-insuree), never a text.
 */
import { applyRules, isBlank as blank, type FieldIssue as CoreFieldIssue, type FieldRule, type ValidateOptions } from '@kente/contract-core';
import { CEILING_EXCLUSIONS, CEILING_INTERPRETATIONS, type ErrorCode, ErrorCodes, LIMITATION_TYPES, PRICE_ORIGINS } from './codes.js';
import { amount, count, cycle, date, MAX_PERCENT, oneOf, text } from './fieldRules.js';
import { type DecimalInput, parseMoney } from './money.js';

/** What policyValue and policyDates read from a product (null or missing counts as 0 / none). */
export interface ProductRules {
  /** months of cover (12 by default in openIMIS) */
  insurancePeriod: number;
  /** months between enrolment and start, for new policies */
  administrationPeriod?: number | null;
  maxMembers?: number | null;
  /** members included in the lump sum */
  threshold?: number | null;
  lumpSum?: DecimalInput;
  premiumAdult?: DecimalInput;
  premiumChild?: DecimalInput;
  registrationLumpSum?: DecimalInput;
  registrationFee?: DecimalInput;
  generalAssemblyLumpSum?: DecimalInput;
  generalAssemblyFee?: DecimalInput;
  /** percent, e.g. "10" */
  enrolmentDiscountPerc?: DecimalInput;
  /** months before the start by which enrolment earns the discount */
  enrolmentDiscountPeriod?: number | null;
  renewalDiscountPerc?: DecimalInput;
  renewalDiscountPeriod?: number | null;
  /** months (cycles: after the cycle start during which one still joins that cycle) */
  gracePeriodEnrolment?: number | null;
  gracePeriodRenewal?: number | null;
  /** months to pay, free enrolment (no cycles) */
  gracePeriodPayment?: number | null;
  /** "dd-mm" */
  startCycle1?: string | null;
  startCycle2?: string | null;
  startCycle3?: string | null;
  startCycle4?: string | null;
  maxInstallments?: number | null;
}

export const MAX_PRODUCT_CODE = 8;
export const MAX_PRODUCT_NAME = 100;
export const MAX_ACCOUNT_CODE = 25;
/** months: a product covers at most 10 years, periods are small counts */
export const MAX_PERIOD_MONTHS = 120;
export { MAX_PERCENT };

/** The contribution amounts (≥ 0), in the order the forms and the server list them. */
export const CONTRIBUTION_MONEY_FIELDS = [
  'lumpSum',
  'premiumAdult',
  'premiumChild',
  'registrationLumpSum',
  'registrationFee',
  'generalAssemblyLumpSum',
  'generalAssemblyFee',
] as const;

/** Deductibles and ceilings (general, in-patient, out-patient; per treatment, insuree, policy) and maximum amounts per care kind, ≥ 0. */
export const CEILING_MONEY_FIELDS = [
  'dedTreatment',
  'dedInsuree',
  'dedPolicy',
  'dedIpTreatment',
  'dedIpInsuree',
  'dedIpPolicy',
  'dedOpTreatment',
  'dedOpInsuree',
  'dedOpPolicy',
  'maxTreatment',
  'maxInsuree',
  'maxPolicy',
  'maxIpTreatment',
  'maxIpInsuree',
  'maxIpPolicy',
  'maxOpTreatment',
  'maxOpInsuree',
  'maxOpPolicy',
  'maxPolicyExtraMember',
  'maxPolicyExtraMemberIp',
  'maxPolicyExtraMemberOp',
  'maxCeilingPolicy',
  'maxCeilingPolicyIp',
  'maxCeilingPolicyOp',
  'maxAmountConsultation',
  'maxAmountSurgery',
  'maxAmountDelivery',
  'maxAmountHospitalization',
  'maxAmountAntenatal',
] as const;
export type CeilingMoneyField = (typeof CEILING_MONEY_FIELDS)[number];

/** Maximum numbers of consultations, surgeries, ... a policy covers, ≥ 0. */
export const MAX_COUNT_FIELDS = ['maxNoConsultation', 'maxNoSurgery', 'maxNoDelivery', 'maxNoHospitalization', 'maxNoVisits', 'maxNoAntenatal'] as const;
export type MaxCountField = (typeof MAX_COUNT_FIELDS)[number];

/** Every money field of a product: contributions, then deductibles and ceilings. */
export const PRODUCT_MONEY_FIELDS = [...CONTRIBUTION_MONEY_FIELDS, ...CEILING_MONEY_FIELDS] as const;
/** Whole numbers of a product (months, members, instalments, maximum counts). */
export const PRODUCT_COUNT_FIELDS = [
  'insurancePeriod',
  'administrationPeriod',
  'maxMembers',
  'threshold',
  'maxInstallments',
  'renewalDiscountPeriod',
  'enrolmentDiscountPeriod',
  'gracePeriodEnrolment',
  'gracePeriodRenewal',
  'gracePeriodPayment',
  ...MAX_COUNT_FIELDS,
] as const;
/** Percentages, 0 to MAX_PERCENT. */
export const PRODUCT_PERCENT_FIELDS = ['renewalDiscountPerc', 'enrolmentDiscountPerc'] as const;
/** Start cycles, "dd-mm". */
export const PRODUCT_CYCLE_FIELDS = ['startCycle1', 'startCycle2', 'startCycle3', 'startCycle4'] as const;

/** The product's fields (a form edits them, the server stores them): main, contribution, deductibles and ceilings. */
export interface ProductFields extends ProductRules, Partial<Record<CeilingMoneyField, DecimalInput>>, Partial<Record<MaxCountField, number | null>> {
  code: string;
  name: string;
  /** null: national */
  locationId?: string | null;
  dateFrom: string;
  dateTo: string;
  conversionProductId?: string | null;
  accCodePremiums?: string | null;
  accCodeRemuneration?: string | null;
  ceilingInterpretation?: string | null;
}

/** A covered service or item line of a product. */
export interface ProductLineFields {
  priceOrigin?: string | null;
  limitationType?: string | null;
  limitationTypeR?: string | null;
  limitationTypeE?: string | null;
  limitAdult?: DecimalInput;
  limitChild?: DecimalInput;
  limitAdultR?: DecimalInput;
  limitChildR?: DecimalInput;
  limitAdultE?: DecimalInput;
  limitChildE?: DecimalInput;
  limitNoAdult?: number | null;
  limitNoChild?: number | null;
  waitingPeriodAdult?: number | null;
  waitingPeriodChild?: number | null;
  ceilingExclusionAdult?: string | null;
  ceilingExclusionChild?: string | null;
}

/** openIMIS's defaults for a new covered line: price list, 100 % co-insurance for every visit type. */
export const PRODUCT_LINE_DEFAULTS = Object.freeze({
  priceOrigin: 'P',
  limitationType: 'C',
  limitationTypeR: 'C',
  limitationTypeE: 'C',
  limitAdult: '100.00',
  limitChild: '100.00',
  limitAdultR: '100.00',
  limitChildR: '100.00',
  limitAdultE: '100.00',
  limitChildE: '100.00',
} as const satisfies ProductLineFields);

/** A line with the defaults filled in where the input leaves a field blank. */
export function withLineDefaults<T extends ProductLineFields>(line: T): T & { [K in keyof typeof PRODUCT_LINE_DEFAULTS]: string } {
  const filled = { ...line } as Record<string, unknown>;
  for (const [key, value] of Object.entries(PRODUCT_LINE_DEFAULTS)) if (blank(filled[key])) filled[key] = value;
  return filled as unknown as T & { [K in keyof typeof PRODUCT_LINE_DEFAULTS]: string };
}

export type FieldIssue = CoreFieldIssue<ErrorCode>;
export type { ValidateOptions };

const months = count(false, 0, MAX_PERIOD_MONTHS);
type Rule = FieldRule<ErrorCode>;
/** One rule for each of `keys`. */
const each = <K extends string>(keys: readonly K[], rule: Rule) => Object.fromEntries(keys.map((key) => [key, rule])) as Record<K, Rule>;

export const productRules: { [K in keyof ProductFields]-?: Rule } = {
  code: text(MAX_PRODUCT_CODE, true),
  name: text(MAX_PRODUCT_NAME, true),
  locationId: () => null,
  dateFrom: date(true),
  dateTo: date(true),
  conversionProductId: () => null,
  accCodePremiums: text(MAX_ACCOUNT_CODE, false),
  accCodeRemuneration: text(MAX_ACCOUNT_CODE, false),
  ceilingInterpretation: oneOf(CEILING_INTERPRETATIONS),
  insurancePeriod: count(true, 1, MAX_PERIOD_MONTHS),
  administrationPeriod: months,
  /** a policy covers at least one member */
  maxMembers: count(false, 1),
  threshold: count(false),
  ...each(CONTRIBUTION_MONEY_FIELDS, amount()),
  enrolmentDiscountPerc: amount({ max: MAX_PERCENT }),
  enrolmentDiscountPeriod: months,
  renewalDiscountPerc: amount({ max: MAX_PERCENT }),
  renewalDiscountPeriod: months,
  gracePeriodEnrolment: months,
  gracePeriodRenewal: months,
  gracePeriodPayment: months,
  ...each(PRODUCT_CYCLE_FIELDS, cycle),
  maxInstallments: count(false),
  ...each(CEILING_MONEY_FIELDS, amount()),
  ...each(MAX_COUNT_FIELDS, count(false)),
};

/** The product fields a form edits and the server stores: one list for both sides. */
export const PRODUCT_FIELDS = Object.keys(productRules) as (keyof ProductFields)[];

const LIMIT_PAIRS = [
  ['limitationType', 'limitAdult', 'limitChild'],
  ['limitationTypeR', 'limitAdultR', 'limitChildR'],
  ['limitationTypeE', 'limitAdultE', 'limitChildE'],
] as const;

export const productLineRules: { [K in keyof ProductLineFields]-?: Rule } = {
  priceOrigin: oneOf(PRICE_ORIGINS),
  limitationType: oneOf(LIMITATION_TYPES),
  limitationTypeR: oneOf(LIMITATION_TYPES),
  limitationTypeE: oneOf(LIMITATION_TYPES),
  limitAdult: amount(),
  limitChild: amount(),
  limitAdultR: amount(),
  limitChildR: amount(),
  limitAdultE: amount(),
  limitChildE: amount(),
  limitNoAdult: count(false),
  limitNoChild: count(false),
  waitingPeriodAdult: months,
  waitingPeriodChild: months,
  ceilingExclusionAdult: oneOf(CEILING_EXCLUSIONS),
  ceilingExclusionChild: oneOf(CEILING_EXCLUSIONS),
};

/** The fields of a covered service or item line. */
export const PRODUCT_LINE_FIELDS = Object.keys(productLineRules) as (keyof ProductLineFields)[];

/**
 * A product's main and contribution fields. Cross-field: date_to ≥ date_from (on dateTo).
 * On update (`partial`), pass the stored dates with the changed ones so the pair is checked.
 */
export function validateProduct(input: Partial<ProductFields> | Record<string, unknown>, options: ValidateOptions = {}): FieldIssue[] {
  const values = input as Record<string, unknown>;
  const issues = applyRules(productRules, values, options);
  const failed = new Set(issues.map((issue) => issue.path));
  const path = (key: string) => (options.prefix ? `${options.prefix}.${key}` : key);
  const { dateFrom, dateTo } = values;
  if (typeof dateFrom === 'string' && typeof dateTo === 'string' && !failed.has(path('dateFrom')) && !failed.has(path('dateTo')) && dateTo < dateFrom)
    issues.push({ path: path('dateTo'), code: ErrorCodes.dateBeforeStart });
  return issues;
}

/** A covered service or item line: codes, limits ≥ 0, and a co-insurance (C) limit ≤ 100 %. Blank types count as the default C. */
export function validateProductLine(input: ProductLineFields | Record<string, unknown>, options: ValidateOptions = {}): FieldIssue[] {
  const values = input as Record<string, unknown>;
  const issues = applyRules(productLineRules, values, options);
  const failed = new Set(issues.map((issue) => issue.path));
  const path = (key: string) => (options.prefix ? `${options.prefix}.${key}` : key);
  for (const [typeKey, ...limitKeys] of LIMIT_PAIRS) {
    const type = blank(values[typeKey]) ? PRODUCT_LINE_DEFAULTS[typeKey] : values[typeKey];
    if (type !== 'C') continue;
    for (const key of limitKeys) {
      const value = values[key];
      if (blank(value) || failed.has(path(key))) continue;
      if (parseMoney(value as string | number) > BigInt(MAX_PERCENT) * 10_000n) issues.push({ path: path(key), code: ErrorCodes.outOfRange });
    }
  }
  return issues;
}
