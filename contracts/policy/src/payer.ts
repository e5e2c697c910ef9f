/**
 * A payer's field rules (openIMIS tblPayer / payer/schema.py): a body that pays contributions for
 * families (a government, a donor, a co-operative...). Its location (national, region or district)
 * is the server's check, with `mayFund` for the products it may pay for.
 */
import { applyRules, type FieldIssue, isBlank, type ValidateOptions } from '@kente/contract-core';
import { type ErrorCode, ErrorCodes, PAYER_TYPES, type PayerType } from './codes.js';
import { oneOf, text } from './fieldRules.js';

export const MAX_PAYER_NAME = 100;
export const MAX_PAYER_ADDRESS = 100;
export const MAX_PAYER_PHONE = 50;
export const MAX_PAYER_EMAIL = 50;

export interface PayerFields {
  type: PayerType;
  name: string;
  address?: string | null;
  /** a region or a district; none = national */
  locationId?: string | null;
  phone?: string | null;
  fax?: string | null;
  email?: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An optional email address: one @, a dot in the domain, no spaces. */
export function emailRule(value: unknown, max = MAX_PAYER_EMAIL): ErrorCode | null {
  const code = text(max, false)(value);
  if (code || isBlank(value)) return code;
  return EMAIL.test((value as string).trim()) ? null : ErrorCodes.invalidFormat;
}

/** The payer's field rules, one a field. */
export function payerRules(): { [K in keyof PayerFields]-?: (value: unknown) => ErrorCode | null } {
  return {
    type: (value) => (isBlank(value) ? ErrorCodes.required : oneOf(PAYER_TYPES)(value)),
    name: text(MAX_PAYER_NAME, true),
    address: text(MAX_PAYER_ADDRESS, false),
    locationId: () => null,
    phone: text(MAX_PAYER_PHONE, false),
    fax: text(MAX_PAYER_PHONE, false),
    email: (value) => emailRule(value),
  };
}

export const PAYER_FIELDS = Object.keys(payerRules()) as (keyof PayerFields)[];

/** Type one of C/D/G/L/O/P, a name, optional texts within their lengths, a well-formed email. `partial`: an update's fields. */
export function validatePayer(input: Partial<PayerFields> | Record<string, unknown>, options: ValidateOptions = {}): FieldIssue<ErrorCode>[] {
  return applyRules(payerRules(), input as Record<string, unknown>, options);
}
