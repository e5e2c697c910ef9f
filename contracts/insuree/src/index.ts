/**
 * @kente/contract-insuree: the rules the backend and the mf-insuree console both
 * apply to families, insurees and insurance numbers. Every rule answers an error
 * CODE (never English text) so each side translates it in its own language.
 *
 * Use the plain validators (`validateInsuranceNumber`, `validateInsuree`, ...) or
 * the zod/mini schemas (`insureeSchema(config)`, `familySchema(config)`): with the
 * schemas an issue's `message` is the code.
 */
import { applyRules, isBlank as blank, ErrorCodes as CoreErrorCodes, type FieldIssue as CoreFieldIssue, type ValidateOptions } from '@kente/contract-core';
import * as z from 'zod/mini';

// ---------------------------------------------------------------------------
// Codes
// ---------------------------------------------------------------------------

/** The shared codes (@kente/contract-core) plus the insuree domain's own. */
export const ErrorCodes = {
  ...CoreErrorCodes,
  /** insurance number whose last digit is not its check digit */
  invalidCheckDigit: 'INVALID_CHECK_DIGIT',
  /** a date after today */
  dateInFuture: 'DATE_IN_FUTURE',
  /** a birth date before 1900-01-01 */
  dateTooEarly: 'DATE_TOO_EARLY',
  /** not allowed for the family head (server only) */
  head: 'HEAD',
} as const;
export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

// ---------------------------------------------------------------------------
// Code lists (labels are translated by the console: insuree:gender.M, ...)
// ---------------------------------------------------------------------------

export const GENDERS = ['M', 'F', 'O'] as const;
/** S single, M married, D divorced, W widowed, N not specified */
export const MARITAL_STATUSES = ['S', 'M', 'D', 'W', 'N'] as const;
/** Relationship to the head (null for the head): spouse, son, daughter, father, mother, brother, sister, grandchild, other */
export const RELATIONSHIPS = ['SP', 'SO', 'DA', 'FA', 'MO', 'BR', 'SI', 'GC', 'OT'] as const;
/** H household, P polygamous, O orphans, C council, T other */
export const FAMILY_TYPES = ['H', 'P', 'O', 'C', 'T'] as const;
/** Who confirmed the family (poverty status): S state, L local authority, C community, O other */
export const CONFIRMATION_TYPES = ['S', 'L', 'C', 'O'] as const;
/** N national id, P passport, D driving licence, V voter card, O other */
export const IDENTIFICATION_TYPES = ['N', 'P', 'D', 'V', 'O'] as const;
/** Education level: N none, P primary, S secondary, U university, O other */
export const EDUCATION_LEVELS = ['N', 'P', 'S', 'U', 'O'] as const;
export const INSUREE_STATUSES = ['ACTIVE', 'INACTIVE', 'DECEASED'] as const;

export const MAX_NAME = 100;
export const MAX_ADDRESS = 200;
export const MAX_PHONE = 50;
export const MAX_EMAIL = 100;
export const MAX_PROFESSION = 50;
export const MAX_IDENTIFICATION_NUMBER = 25;
export const MAX_CONFIRMATION_NUMBER = 25;
export const MAX_STATUS_REASON = 200;
export const MIN_BIRTH_DATE = '1900-01-01';

// ---------------------------------------------------------------------------
// Insurance numbers
// ---------------------------------------------------------------------------

export type CheckDigit = 'mod7' | 'none';
export interface InsuranceNumberConfig {
  /** total number of digits, check digit included (default 9) */
  length: number;
  /** 'mod7' (openIMIS default): last digit = (number formed by the others) mod 7 */
  checkDigit: CheckDigit;
}
export const DEFAULT_INSURANCE_NUMBER_CONFIG: Readonly<InsuranceNumberConfig> = Object.freeze({ length: 9, checkDigit: 'mod7' });
export const MIN_INSURANCE_NUMBER_LENGTH = 4;
export const MAX_INSURANCE_NUMBER_LENGTH = 20;

/**
 * Reads `config["mf-insuree"].insuranceNumber` (anything) into a valid config:
 * missing or invalid keys take the default.
 */
export function insuranceNumberConfig(raw?: unknown): InsuranceNumberConfig {
  const value = (raw && typeof raw === 'object' ? raw : {}) as { length?: unknown; checkDigit?: unknown };
  const length =
    typeof value.length === 'number' &&
    Number.isInteger(value.length) &&
    value.length >= MIN_INSURANCE_NUMBER_LENGTH &&
    value.length <= MAX_INSURANCE_NUMBER_LENGTH
      ? value.length
      : DEFAULT_INSURANCE_NUMBER_CONFIG.length;
  const checkDigit = value.checkDigit === 'none' || value.checkDigit === 'mod7' ? value.checkDigit : DEFAULT_INSURANCE_NUMBER_CONFIG.checkDigit;
  return { length, checkDigit };
}

/** (number formed by the digits) mod 7, digit by digit so any length works. */
export function mod7(digits: string): number {
  let rest = 0;
  for (const c of digits) rest = (rest * 10 + (c.charCodeAt(0) - 48)) % 7;
  return rest;
}

/** The error code for an insurance number, or null when it is valid under `config`. */
export function validateInsuranceNumber(value: unknown, config: InsuranceNumberConfig = DEFAULT_INSURANCE_NUMBER_CONFIG): ErrorCode | null {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return ErrorCodes.required;
  if (typeof value !== 'string') return ErrorCodes.invalidFormat;
  const number = value.trim();
  if (number.length !== config.length || !/^\d+$/.test(number)) return ErrorCodes.invalidFormat;
  // All zeros passes mod 7 but is a placeholder typed by hand, never an issued number.
  if (/^0+$/.test(number)) return ErrorCodes.invalidFormat;
  if (config.checkDigit === 'mod7' && mod7(number.slice(0, -1)) !== Number(number.at(-1))) return ErrorCodes.invalidCheckDigit;
  return null;
}

/** Same as validateInsuranceNumber, for callers that prefer the lower-case spelling. */
export const validateInsurancenumber = validateInsuranceNumber;

export function isValidInsuranceNumber(value: unknown, config: InsuranceNumberConfig = DEFAULT_INSURANCE_NUMBER_CONFIG): boolean {
  return validateInsuranceNumber(value, config) === null;
}

/**
 * A full insurance number from its body: with 'mod7' the body is the first
 * length-1 digits and the check digit is appended; with 'none' the body is the
 * whole number. Throws on a body of the wrong length or with non-digits.
 */
export function generateInsuranceNumber(body: string | number | bigint, config: InsuranceNumberConfig = DEFAULT_INSURANCE_NUMBER_CONFIG): string {
  const bodyLength = config.checkDigit === 'mod7' ? config.length - 1 : config.length;
  const text = String(body).padStart(bodyLength, '0');
  if (text.length !== bodyLength || !/^\d+$/.test(text)) throw new RangeError(`An insurance number body must be ${bodyLength} digits.`);
  return config.checkDigit === 'mod7' ? `${text}${mod7(text)}` : text;
}

/** zod/mini schema for an insurance number; the issue message is the error code. */
export function insuranceNumberRule(config: InsuranceNumberConfig = DEFAULT_INSURANCE_NUMBER_CONFIG) {
  return z.string().check(
    z.superRefine((value, ctx) => {
      const code = validateInsuranceNumber(value, config);
      if (code) ctx.addIssue({ code: 'custom', message: code, input: value });
    }),
  );
}

// ---------------------------------------------------------------------------
// Field rules
// ---------------------------------------------------------------------------

type Rule = (value: unknown) => ErrorCode | null;

function text(max: number, isRequired: boolean): Rule {
  return (value) => {
    if (blank(value)) return isRequired ? ErrorCodes.required : null;
    if (typeof value !== 'string') return ErrorCodes.invalid;
    return value.trim().length > max ? ErrorCodes.tooLong : null;
  };
}

function code(allowed: readonly string[], isRequired: boolean): Rule {
  return (value) => {
    if (blank(value)) return isRequired ? ErrorCodes.required : null;
    return typeof value === 'string' && allowed.includes(value) ? null : ErrorCodes.invalid;
  };
}

/** Today as YYYY-MM-DD (UTC). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A YYYY-MM-DD date not after today (and not before 1900-01-01 when `min` is set). */
function date(isRequired: boolean, min?: string): Rule {
  return (value) => {
    if (blank(value)) return isRequired ? ErrorCodes.required : null;
    if (typeof value !== 'string' || !isIsoDate(value)) return ErrorCodes.invalidFormat;
    if (value > today()) return ErrorCodes.dateInFuture;
    if (min && value < min) return ErrorCodes.dateTooEarly;
    return null;
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 ]*$/;

function email(value: unknown): ErrorCode | null {
  if (blank(value)) return null;
  if (typeof value !== 'string') return ErrorCodes.invalid;
  if (value.trim().length > MAX_EMAIL) return ErrorCodes.tooLong;
  return EMAIL.test(value.trim()) ? null : ErrorCodes.invalidFormat;
}

function phone(value: unknown): ErrorCode | null {
  if (blank(value)) return null;
  if (typeof value !== 'string') return ErrorCodes.invalid;
  const trimmed = value.trim();
  if (trimmed.length > MAX_PHONE) return ErrorCodes.tooLong;
  const digits = trimmed.replace(/\D/g, '').length;
  return PHONE.test(trimmed) && digits >= 3 ? null : ErrorCodes.invalidFormat;
}

function bool(value: unknown): ErrorCode | null {
  return value === undefined || value === null || typeof value === 'boolean' ? null : ErrorCodes.invalid;
}

/** Ids are checked by the server (existence, location type); here only "present". */
function id(isRequired: boolean): Rule {
  return (value) => (blank(value) ? (isRequired ? ErrorCodes.required : null) : null);
}

/** The insuree fields a form edits and the server stores: one list for both sides. */
export const INSUREE_FIELDS = [
  'insuranceNumber',
  'lastName',
  'otherNames',
  'gender',
  'birthDate',
  'maritalStatus',
  'phone',
  'email',
  'profession',
  'education',
  'identificationType',
  'identificationNumber',
  'currentVillageId',
  'currentAddress',
  'healthFacilityId',
  'cardIssued',
] as const satisfies readonly (keyof InsureeFields)[];
/** The family fields (the head is an insuree). */
export const FAMILY_FIELDS = [
  'villageId',
  'povertyStatus',
  'familyType',
  'confirmationType',
  'confirmationNumber',
  'address',
] as const satisfies readonly (keyof FamilyFields)[];

export interface InsureeFields {
  insuranceNumber: string;
  lastName: string;
  otherNames: string;
  gender: string;
  birthDate: string;
  maritalStatus?: string | null;
  phone?: string | null;
  email?: string | null;
  profession?: string | null;
  education?: string | null;
  identificationType?: string | null;
  identificationNumber?: string | null;
  currentVillageId?: string | null;
  currentAddress?: string | null;
  healthFacilityId?: string | null;
  cardIssued?: boolean | null;
}

export interface FamilyFields {
  villageId: string;
  povertyStatus?: boolean | null;
  familyType?: string | null;
  confirmationType?: string | null;
  confirmationNumber?: string | null;
  address?: string | null;
}

type RuleSet<T> = { [K in keyof T]-?: Rule };

export function insureeRules(config: InsuranceNumberConfig = DEFAULT_INSURANCE_NUMBER_CONFIG): RuleSet<InsureeFields> {
  return {
    insuranceNumber: (value) => validateInsuranceNumber(value, config),
    lastName: text(MAX_NAME, true),
    otherNames: text(MAX_NAME, true),
    gender: code(GENDERS, true),
    birthDate: date(true, MIN_BIRTH_DATE),
    maritalStatus: code(MARITAL_STATUSES, false),
    phone,
    email,
    profession: text(MAX_PROFESSION, false),
    education: text(MAX_PROFESSION, false),
    identificationType: code(IDENTIFICATION_TYPES, false),
    identificationNumber: text(MAX_IDENTIFICATION_NUMBER, false),
    currentVillageId: id(false),
    currentAddress: text(MAX_ADDRESS, false),
    healthFacilityId: id(false),
    cardIssued: bool,
  };
}

export const familyRules: RuleSet<FamilyFields> = {
  villageId: id(true),
  povertyStatus: bool,
  familyType: code(FAMILY_TYPES, false),
  confirmationType: code(CONFIRMATION_TYPES, false),
  confirmationNumber: text(MAX_CONFIRMATION_NUMBER, false),
  address: text(MAX_ADDRESS, false),
};

export const relationshipRule: Rule = code(RELATIONSHIPS, false);
export const statusRules = {
  status: code(INSUREE_STATUSES, true),
  statusDate: date(false),
  statusReason: text(MAX_STATUS_REASON, false),
};

// ---------------------------------------------------------------------------
// Validators returning { path, code } (path joined with dots: head.insuranceNumber)
// ---------------------------------------------------------------------------

export type FieldIssue = CoreFieldIssue<ErrorCode>;
export type { ValidateOptions };

export function validateInsuree(
  input: Partial<InsureeFields> | Record<string, unknown>,
  config: InsuranceNumberConfig = DEFAULT_INSURANCE_NUMBER_CONFIG,
  options: ValidateOptions = {},
): FieldIssue[] {
  return applyRules(insureeRules(config), input as Record<string, unknown>, options);
}

export function validateFamily(input: Partial<FamilyFields> | Record<string, unknown>, options: ValidateOptions = {}): FieldIssue[] {
  return applyRules(familyRules, input as Record<string, unknown>, options);
}

/** setInsureeStatus: DECEASED needs a date. */
export function validateStatus(input: { status?: unknown; statusDate?: unknown; statusReason?: unknown }): FieldIssue[] {
  const issues = applyRules(statusRules, input as Record<string, unknown>, {});
  if (input.status === 'DECEASED' && blank(input.statusDate) && !issues.some((i) => i.path === 'statusDate'))
    issues.push({ path: 'statusDate', code: ErrorCodes.required });
  return issues;
}

// ---------------------------------------------------------------------------
// zod/mini schemas (for react-hook-form via a standard-schema/zod resolver)
// ---------------------------------------------------------------------------

/** Every key optional in the shape (so a missing required key still reaches its rule), the rules run on the whole object. */
function objectSchema(rules: Record<string, Rule>) {
  return z.object(Object.fromEntries(Object.keys(rules).map((key) => [key, z.optional(z.unknown())]))).check(
    z.superRefine((value, ctx) => {
      for (const [key, rule] of Object.entries(rules)) {
        const problem = rule((value as Record<string, unknown>)[key]);
        if (problem) ctx.addIssue({ code: 'custom', message: problem, path: [key], input: (value as Record<string, unknown>)[key] });
      }
    }),
  );
}

/** An insuree form; each issue's message is an ErrorCode. */
export function insureeSchema(config: InsuranceNumberConfig = DEFAULT_INSURANCE_NUMBER_CONFIG) {
  return objectSchema(insureeRules(config));
}

/** A family form (without the head); each issue's message is an ErrorCode. */
export function familySchema() {
  return objectSchema(familyRules);
}

/** A new family with its head (`head.*` paths), as createFamily takes it. */
export function newFamilySchema(config: InsuranceNumberConfig = DEFAULT_INSURANCE_NUMBER_CONFIG) {
  return z.object({ ...familySchema().shape, head: insureeSchema(config) });
}
