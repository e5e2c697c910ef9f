/**
 * @kente/contract-core: the error codes every domain answers with and the small rules
 * they share. A rule answers a CODE (never English text) so the backend and each
 * console module translate it in their own language.
 */

export const ErrorCodes = {
  /** missing or blank */
  required: 'REQUIRED',
  /** not one of the allowed codes, or not the expected type */
  invalid: 'INVALID',
  /** longer than the column (or the cap) allows */
  tooLong: 'TOO_LONG',
  /** wrong shape (a date, a number, a NUL byte in a text) */
  invalidFormat: 'INVALID_FORMAT',
  /** a date or number outside the range the scheme accepts */
  outOfRange: 'OUT_OF_RANGE',
  /** already used by another record, or listed twice */
  duplicate: 'DUPLICATE',
  notFound: 'NOT_FOUND',
  /** someone else saved first */
  conflict: 'CONFLICT',
  /** still referenced by other records */
  inUse: 'IN_USE',
  /** the user lacks the right, or the record is outside the user's area */
  forbidden: 'FORBIDDEN',
  invalidCredentials: 'INVALID_CREDENTIALS',
  rateLimited: 'RATE_LIMITED',
} as const;
export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

/** Dates the system accepts at all (birth dates start at 1900; plans end before 2100). */
export const MIN_DATE = '1900-01-01';
export const MAX_DATE = '2099-12-31';
/** Money and quantities: up to 13 integer digits and 4 decimals (numeric(17,4) and narrower). */
export const MAX_DECIMAL_INTEGER_DIGITS = 13;
export const MAX_DECIMAL_FRACTION_DIGITS = 4;
/** A search box: enough for a full name, bounded so one request cannot occupy the database. */
export const MAX_SEARCH_LENGTH = 100;
export const MAX_SEARCH_WORDS = 6;
/** Any list argument (ids to remove, entries to set). */
export const MAX_LIST_LENGTH = 1000;
/** A text input with no column behind it (passwords, free filters). */
export const MAX_TEXT_LENGTH = 1000;

export function hasNul(value: string): boolean {
  return value.includes('\u0000');
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A YYYY-MM-DD date between MIN_DATE and MAX_DATE. */
export function dateRule(value: unknown): ErrorCode | null {
  if (typeof value !== 'string' || !isIsoDate(value)) return ErrorCodes.invalidFormat;
  return value < MIN_DATE || value > MAX_DATE ? ErrorCodes.outOfRange : null;
}

/** An ISO 8601 timestamp with a time zone, in the date range. */
export function dateTimeRule(value: unknown): ErrorCode | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return ErrorCodes.invalidFormat;
  const time = Date.parse(value);
  if (Number.isNaN(time) || !isIsoDate(value.slice(0, 10))) return ErrorCodes.invalidFormat;
  const day = new Date(time).toISOString().slice(0, 10);
  return day < MIN_DATE || day > MAX_DATE ? ErrorCodes.outOfRange : null;
}

/** A decimal given as a string ("1500.50") or a plain JSON number; exponents are refused. */
export function decimalRule(value: unknown): ErrorCode | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return ErrorCodes.invalidFormat;
    if (Math.abs(value) >= 10 ** MAX_DECIMAL_INTEGER_DIGITS) return ErrorCodes.outOfRange;
    return decimalRule(String(value));
  }
  if (typeof value !== 'string') return ErrorCodes.invalidFormat;
  const match = /^-?(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) return ErrorCodes.invalidFormat;
  const integer = (match[1] ?? '').replace(/^0+(?=\d)/, '');
  if (integer.length > MAX_DECIMAL_INTEGER_DIGITS || (match[2] ?? '').length > MAX_DECIMAL_FRACTION_DIGITS) return ErrorCodes.outOfRange;
  return null;
}

/** A text within a length, without NUL bytes (PostgreSQL cannot store them). */
export function textRule(value: unknown, max: number): ErrorCode | null {
  if (typeof value !== 'string') return null;
  if (hasNul(value)) return ErrorCodes.invalidFormat;
  return value.length > max ? ErrorCodes.tooLong : null;
}

/** A search term: short enough and with few enough words to stay an index lookup. */
export function searchRule(value: unknown): ErrorCode | null {
  if (typeof value !== 'string') return null;
  if (hasNul(value)) return ErrorCodes.invalidFormat;
  if (value.length > MAX_SEARCH_LENGTH) return ErrorCodes.tooLong;
  return value.trim().split(/\s+/).length > MAX_SEARCH_WORDS ? ErrorCodes.tooLong : null;
}

// ---------------------------------------------------------------------------
// Field rules: each domain contract declares one rule a field and validates with applyRules
// ---------------------------------------------------------------------------

/** A field rule: the error code, or null when the value is fine. */
export type FieldRule<C extends string = ErrorCode> = (value: unknown) => C | null;

/** A field's problem: its path (joined with dots: head.insuranceNumber) and a code. */
export interface FieldIssue<C extends string = ErrorCode> {
  path: string;
  code: C;
}

export interface ValidateOptions {
  /** Prefix for paths, e.g. 'head' or 'services.3'. */
  prefix?: string;
  /** Update: only the keys present in the input are checked. */
  partial?: boolean;
}

/** Missing, null or only spaces. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Runs each field's rule on the input, in the rules' order. */
export function applyRules<C extends string>(
  rules: Record<string, FieldRule<C>>,
  input: Record<string, unknown>,
  options: ValidateOptions = {},
): FieldIssue<C>[] {
  const issues: FieldIssue<C>[] = [];
  for (const [key, rule] of Object.entries(rules)) {
    if (options.partial && input[key] === undefined) continue;
    // On update, a required field may not be cleared: null counts as blank.
    const problem = rule(input[key]);
    if (problem) issues.push({ path: options.prefix ? `${options.prefix}.${key}` : key, code: problem });
  }
  return issues;
}
