/**
 * The product's rules as pure functions (no database, no GraphQL): the field lists of each kind and
 * the checks of openIMIS (section 3 of OPENIMIS-RULES.md). They depend on @kente/contract-core only,
 * so they can move into a `contracts/policy` package for the console form to share.
 */
import { type ErrorCode, ErrorCodes, isIsoDate } from '@kente/contract-core';

export interface RuleError {
  field: string;
  code: ErrorCode;
  message: string;
}

export const PRODUCT_CODE_MAX = 8;
export const PRODUCT_NAME_MAX = 100;

/** Money fields of a product (numeric(18,2), never negative). */
export const PRODUCT_MONEY_FIELDS = [
  'lumpSum',
  'premiumAdult',
  'premiumChild',
  'registrationLumpSum',
  'registrationFee',
  'generalAssemblyLumpSum',
  'generalAssemblyFee',
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

/** Whole numbers of a product (months, counts, members), never negative. */
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
  'maxNoConsultation',
  'maxNoSurgery',
  'maxNoDelivery',
  'maxNoHospitalization',
  'maxNoVisits',
  'maxNoAntenatal',
] as const;

/** Percentages, 0 to 100. */
export const PRODUCT_PERCENT_FIELDS = ['renewalDiscountPerc', 'enrolmentDiscountPerc'] as const;
export const PRODUCT_CYCLE_FIELDS = ['startCycle1', 'startCycle2', 'startCycle3', 'startCycle4'] as const;
export const PRODUCT_TEXT_FIELDS = ['code', 'name', 'accCodePremiums', 'accCodeRemuneration', 'ceilingInterpretation'] as const;
export const PRODUCT_DATE_FIELDS = ['dateFrom', 'dateTo'] as const;

/** Every scalar field a product input carries (besides ids), as the table names them. */
export const PRODUCT_FIELDS = [
  ...PRODUCT_TEXT_FIELDS,
  ...PRODUCT_DATE_FIELDS,
  ...PRODUCT_MONEY_FIELDS,
  ...PRODUCT_COUNT_FIELDS,
  ...PRODUCT_PERCENT_FIELDS,
  ...PRODUCT_CYCLE_FIELDS,
] as const;
export type ProductField = (typeof PRODUCT_FIELDS)[number];

/** The product's non-null columns: required on create (code, name, dates) or never null (the others have defaults). */
export const PRODUCT_REQUIRED_FIELDS = [
  'code',
  'name',
  'dateFrom',
  'dateTo',
  'insurancePeriod',
  'administrationPeriod',
  'maxMembers',
  'gracePeriodEnrolment',
  'gracePeriodRenewal',
  'gracePeriodPayment',
  'lumpSum',
  'ceilingInterpretation',
] as const satisfies readonly ProductField[];

/** What the rules read of a product: every field optional (a partial update is checked merged with the stored row). */
export type ProductValues = { [K in ProductField]?: string | number | null };

/** I by claim type (in/out-patient), H by facility level. */
export const CEILING_INTERPRETATIONS = ['I', 'H'] as const;
export const PRICE_ORIGINS = ['P', 'O', 'R'] as const;
export const LIMITATION_TYPES = ['C', 'F'] as const;
export const CEILING_EXCLUSIONS = ['H', 'N', 'B'] as const;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A start cycle "dd-mm": a day that exists in some year (29-02 allowed). */
export function isCycle(value: string): boolean {
  const match = /^(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const day = Number(match[1]);
  const month = Number(match[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= (DAYS_IN_MONTH[month - 1] ?? 0);
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const num = (v: string | number) => (typeof v === 'number' ? v : Number(v));

function nonNegative(errors: RuleError[], values: Record<string, unknown>, fields: readonly string[], max?: number): void {
  for (const field of fields) {
    const v = values[field];
    if (blank(v)) continue;
    const n = num(v as string | number);
    if (Number.isNaN(n)) errors.push({ field, code: ErrorCodes.invalidFormat, message: 'Must be a number.' });
    else if (n < 0) errors.push({ field, code: ErrorCodes.outOfRange, message: 'Must not be negative.' });
    else if (max !== undefined && n > max) errors.push({ field, code: ErrorCodes.outOfRange, message: `Must be at most ${max}.` });
  }
}

function oneOf(errors: RuleError[], field: string, value: unknown, allowed: readonly string[]): void {
  if (!blank(value) && !allowed.includes(String(value))) errors.push({ field, code: ErrorCodes.invalid, message: `Must be one of ${allowed.join(', ')}.` });
}

/**
 * A product's checks. `creating`: code, name and validity dates are required; on an update the
 * caller passes the stored row merged with the changes, so every rule sees the whole product.
 */
export function productRules(values: ProductValues): RuleError[] {
  const errors: RuleError[] = [];
  for (const field of PRODUCT_REQUIRED_FIELDS) {
    // code, name and dates must be there; the others may be absent (their defaults) but never emptied
    const absent = ['code', 'name', 'dateFrom', 'dateTo'].includes(field) ? blank(values[field]) : values[field] === null;
    if (absent) errors.push({ field, code: ErrorCodes.required, message: `${field} is required.` });
  }
  const code = typeof values.code === 'string' ? values.code.trim() : '';
  if (code.length > PRODUCT_CODE_MAX) errors.push({ field: 'code', code: ErrorCodes.tooLong, message: `Code must be at most ${PRODUCT_CODE_MAX} characters.` });
  const name = typeof values.name === 'string' ? values.name.trim() : '';
  if (name.length > PRODUCT_NAME_MAX) errors.push({ field: 'name', code: ErrorCodes.tooLong, message: `Name must be at most ${PRODUCT_NAME_MAX} characters.` });
  for (const field of PRODUCT_DATE_FIELDS) {
    const v = values[field];
    if (!blank(v) && !isIsoDate(String(v))) errors.push({ field, code: ErrorCodes.invalidFormat, message: 'Must be a date (YYYY-MM-DD).' });
  }
  const { dateFrom, dateTo } = values;
  if (typeof dateFrom === 'string' && typeof dateTo === 'string' && isIsoDate(dateFrom) && isIsoDate(dateTo) && dateFrom > dateTo) {
    errors.push({ field: 'dateTo', code: ErrorCodes.outOfRange, message: 'Valid to must not be before valid from.' });
  }
  nonNegative(errors, values, PRODUCT_MONEY_FIELDS);
  nonNegative(errors, values, PRODUCT_COUNT_FIELDS);
  nonNegative(errors, values, PRODUCT_PERCENT_FIELDS, 100);
  if (!blank(values.maxMembers) && num(values.maxMembers as string | number) < 1) {
    errors.push({ field: 'maxMembers', code: ErrorCodes.outOfRange, message: 'A policy covers at least one member.' });
  }
  if (!blank(values.insurancePeriod) && num(values.insurancePeriod as string | number) < 1) {
    errors.push({ field: 'insurancePeriod', code: ErrorCodes.outOfRange, message: 'The insurance period is at least one month.' });
  }
  for (const field of PRODUCT_CYCLE_FIELDS) {
    const v = values[field];
    if (!blank(v) && !isCycle(String(v))) errors.push({ field, code: ErrorCodes.invalidFormat, message: 'A start cycle is a day and month, dd-mm.' });
  }
  oneOf(errors, 'ceilingInterpretation', values.ceilingInterpretation, CEILING_INTERPRETATIONS);
  return errors;
}

/** The settings of a covered service or item. */
export interface LineSettings {
  priceOrigin?: string | null;
  limitationType?: string | null;
  limitationTypeR?: string | null;
  limitationTypeE?: string | null;
  limitAdult?: string | null;
  limitChild?: string | null;
  limitAdultR?: string | null;
  limitChildR?: string | null;
  limitAdultE?: string | null;
  limitChildE?: string | null;
  limitNoAdult?: number | null;
  limitNoChild?: number | null;
  waitingPeriodAdult?: number | null;
  waitingPeriodChild?: number | null;
  ceilingExclusionAdult?: string | null;
  ceilingExclusionChild?: string | null;
}

/** Which limits each limitation type governs: ordinary, referral (R), emergency (E). */
const LIMITS = [
  ['limitationType', ['limitAdult', 'limitChild']],
  ['limitationTypeR', ['limitAdultR', 'limitChildR']],
  ['limitationTypeE', ['limitAdultE', 'limitChildE']],
] as const;

/** A covered line's checks (openIMIS defaults: price origin P, limitation C with 100 %). Fields are prefixed with `prefix`. */
export function lineRules(line: LineSettings, prefix = ''): RuleError[] {
  const errors: RuleError[] = [];
  oneOf(errors, 'priceOrigin', line.priceOrigin, PRICE_ORIGINS);
  for (const [type, limits] of LIMITS) {
    oneOf(errors, type, line[type], LIMITATION_TYPES);
    // a co-insurance limit is the percentage covered: at most 100
    nonNegative(errors, line as Record<string, unknown>, limits, (line[type] ?? 'C') === 'C' ? 100 : undefined);
  }
  nonNegative(errors, line as Record<string, unknown>, ['limitNoAdult', 'limitNoChild', 'waitingPeriodAdult', 'waitingPeriodChild']);
  oneOf(errors, 'ceilingExclusionAdult', line.ceilingExclusionAdult, CEILING_EXCLUSIONS);
  oneOf(errors, 'ceilingExclusionChild', line.ceilingExclusionChild, CEILING_EXCLUSIONS);
  return errors.map((e) => ({ ...e, field: `${prefix}${e.field}` }));
}
