/** Field rule builders the policy contract's validators share (not exported from the package). */
import { isBlank as blank, dateRule, decimalRule, type FieldRule, hasNul } from '@kente/contract-core';
import { type ErrorCode, ErrorCodes } from './codes.js';
import { parseCycle } from './dates.js';
import { parseMoney } from './money.js';

/** co-insurance and discounts are percentages */
export const MAX_PERCENT = 100;

type Rule = FieldRule<ErrorCode>;

export function text(max: number, isRequired: boolean): Rule {
  return (value) => {
    if (blank(value)) return isRequired ? ErrorCodes.required : null;
    if (typeof value !== 'string') return ErrorCodes.invalid;
    if (hasNul(value)) return ErrorCodes.invalidFormat;
    return value.trim().length > max ? ErrorCodes.tooLong : null;
  };
}

export function oneOf(allowed: readonly string[]): Rule {
  return (value) => (blank(value) ? null : typeof value === 'string' && allowed.includes(value) ? null : ErrorCodes.invalid);
}

export function date(isRequired: boolean): Rule {
  return (value) => (blank(value) ? (isRequired ? ErrorCodes.required : null) : dateRule(value));
}

/** An amount ≥ 0 (> 0 when `positive`, ≤ `max` when given). */
export function amount(options: { max?: number; required?: boolean; positive?: boolean } = {}): Rule {
  return (value) => {
    if (blank(value)) return options.required ? ErrorCodes.required : null;
    const code = decimalRule(value);
    if (code) return code;
    const units = parseMoney(value as string | number);
    if (units < 0n || (options.positive && units === 0n)) return ErrorCodes.outOfRange;
    return options.max !== undefined && units > BigInt(options.max) * 10_000n ? ErrorCodes.outOfRange : null;
  };
}

/** A whole count ≥ min (months, members, instalments). */
export function count(isRequired: boolean, min = 0, max = 1_000_000): Rule {
  return (value) => {
    if (blank(value)) return isRequired ? ErrorCodes.required : null;
    if (typeof value !== 'number' || !Number.isInteger(value)) return ErrorCodes.invalidFormat;
    return value < min || value > max ? ErrorCodes.outOfRange : null;
  };
}

export function cycle(value: unknown): ErrorCode | null {
  if (blank(value)) return null;
  return typeof value === 'string' && parseCycle(value) ? null : ErrorCodes.invalidFormat;
}
