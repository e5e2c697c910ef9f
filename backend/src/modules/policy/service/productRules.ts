/**
 * The product's rules on the server: the field rules themselves are @kente/contract-policy's
 * (validateProduct, validateProductLine: codes on paths); here only what is the backend's own,
 * which fields are columns and GraphQL scalars of each kind, the non-null columns, and the English
 * message of each code.
 */
import {
  ErrorCodes as C,
  PRODUCT_FIELDS as CONTRACT_FIELDS,
  type FieldIssue,
  MAX_ACCOUNT_CODE,
  MAX_PERCENT,
  MAX_PERIOD_MONTHS,
  MAX_PRODUCT_CODE,
  MAX_PRODUCT_NAME,
  PRODUCT_COUNT_FIELDS,
  PRODUCT_CYCLE_FIELDS,
  PRODUCT_MONEY_FIELDS,
  PRODUCT_PERCENT_FIELDS,
  type ProductFields,
  type ProductLineFields,
  validateProduct,
  validateProductLine,
} from '@kente/contract-policy';
import { type UserError, userError } from '../../../graphql/errors.js';

export { PRODUCT_COUNT_FIELDS, PRODUCT_CYCLE_FIELDS, PRODUCT_MONEY_FIELDS, PRODUCT_PERCENT_FIELDS };

/** References (ids), not scalar columns: the service parses them. */
const REFERENCES = ['locationId', 'conversionProductId'] as const;
export type ProductField = Exclude<(typeof CONTRACT_FIELDS)[number], (typeof REFERENCES)[number]>;

/** Every scalar field a product input carries (besides ids), as the table names them: the contract's list. */
export const PRODUCT_FIELDS = CONTRACT_FIELDS.filter((f): f is ProductField => !(REFERENCES as readonly string[]).includes(f));

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

const defaulted = new Set<string>(PRODUCT_REQUIRED_FIELDS.slice(4));

/** What the rules read of a product: every field optional (a partial update is checked merged with the stored row). */
export type ProductValues = { [K in ProductField]?: string | number | null };
/** The settings of a covered service or item. */
export type LineSettings = ProductLineFields;

const LABELS: Partial<Record<keyof ProductFields | keyof ProductLineFields, string>> = {
  code: 'Code',
  name: 'Name',
  dateFrom: 'Valid from',
  dateTo: 'Valid to',
  insurancePeriod: 'The insurance period',
  maxMembers: 'The maximum number of members',
};
const MAX_LENGTH: Record<string, number> = {
  code: MAX_PRODUCT_CODE,
  name: MAX_PRODUCT_NAME,
  accCodePremiums: MAX_ACCOUNT_CODE,
  accCodeRemuneration: MAX_ACCOUNT_CODE,
};
const percent = new Set<string>([...PRODUCT_PERCENT_FIELDS, 'limitAdult', 'limitChild', 'limitAdultR', 'limitChildR', 'limitAdultE', 'limitChildE']);
const cycles = new Set<string>(PRODUCT_CYCLE_FIELDS);

/** The English message of a contract code on a product or line field. */
export function message(path: string, code: string): string {
  const field = path.split('.').at(-1) ?? path;
  const label = LABELS[field as keyof typeof LABELS] ?? field;
  switch (code) {
    case C.required:
      return `${label} is required.`;
    case C.tooLong:
      return `${label} must be at most ${MAX_LENGTH[field] ?? ''} characters.`;
    case C.dateBeforeStart:
      return 'Valid to must not be before valid from.';
    case C.invalidFormat:
      if (cycles.has(field)) return 'A start cycle is a day and month, dd-mm.';
      if (field === 'dateFrom' || field === 'dateTo') return 'Must be a date (YYYY-MM-DD).';
      return 'Must be a number (a whole number for counts and months).';
    case C.outOfRange:
      if (field === 'maxMembers') return 'A policy covers at least one member.';
      if (field === 'insurancePeriod') return `The insurance period is 1 to ${MAX_PERIOD_MONTHS} months.`;
      if (percent.has(field)) return `Must be between 0 and ${MAX_PERCENT} %.`;
      return `Must not be negative (periods: at most ${MAX_PERIOD_MONTHS} months).`;
    default:
      return `${label} is not valid.`;
  }
}

export const toUserErrors = (issues: FieldIssue[]): UserError[] => issues.map((i) => userError(i.path, i.code, message(i.path, i.code)));

/**
 * A product's checks (the contract's), plus: a non-null column with a default may be absent but
 * never emptied. On an update the caller passes the stored row merged with the changes, so every
 * rule sees the whole product.
 */
export function productRules(values: ProductValues): UserError[] {
  // absent, a defaulted column takes its default (insurancePeriod 12): only code, name and dates must be given
  const issues = validateProduct(values).filter((i) => !(i.code === C.required && values[i.path as ProductField] === undefined && defaulted.has(i.path)));
  const failed = new Set(issues.map((i) => i.path));
  for (const field of PRODUCT_REQUIRED_FIELDS) if (values[field] === null && !failed.has(field)) issues.push({ path: field, code: C.required });
  return toUserErrors(issues);
}

/** A covered line's checks (the contract's; blank types count as the default co-insurance). Paths are prefixed with `prefix`. */
export const lineRules = (line: LineSettings, prefix?: string): UserError[] => toUserErrors(validateProductLine(line, prefix ? { prefix } : {}));
