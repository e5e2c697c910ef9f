/**
 * The rules of a claim as entered (create and update): dates, visit type, lines, quantities and
 * prices. Codes, never texts; paths `lines.3.quantity` for a line's field.
 */
import { type FieldIssue, isIsoDate } from '@kente/contract-core';
import { parseMoney } from '@kente/contract-policy';
import { type ErrorCode, ErrorCodes, MAX_LINES, MAX_QUANTITY, VISIT_TYPES } from './codes.js';

export interface ClaimLineEntry {
  /** S service, I item */
  kind?: string | null;
  quantity?: string | number | null;
  /** the price the facility asks when it is not the price list's (null = the list's) */
  priceAsked?: string | number | null;
}

export interface ClaimEntry {
  code?: string | null;
  visitFrom?: string | null;
  visitTo?: string | null;
  dateClaimed?: string | null;
  visitType?: string | null;
  lines?: readonly ClaimLineEntry[] | null;
}

const isAmount = (value: unknown) => {
  try {
    parseMoney(value as string);
    return true;
  } catch {
    return false;
  }
};

/**
 * The claim's own rules: code, visit from, date claimed, visit type required; visit from <= visit to
 * <= date claimed <= today; at least one line, at most MAX_LINES; each quantity > 0 and at most
 * MAX_QUANTITY, a price asked >= 0.
 */
export function validateClaimEntry(claim: ClaimEntry, options: { today: string }): FieldIssue<ErrorCode>[] {
  const issues: FieldIssue<ErrorCode>[] = [];
  const add = (path: string, code: ErrorCode) => issues.push({ path, code });
  if (!claim.code?.trim()) add('code', ErrorCodes.required);
  for (const field of ['visitFrom', 'dateClaimed'] as const) if (!claim[field]) add(field, ErrorCodes.required);
  for (const field of ['visitFrom', 'visitTo', 'dateClaimed'] as const) {
    const value = claim[field];
    if (value && !isIsoDate(value)) add(field, ErrorCodes.invalidFormat);
    else if (value && value > options.today) add(field, ErrorCodes.dateInFuture);
  }
  const from = claim.visitFrom ?? null;
  const to = claim.visitTo || from;
  if (from && to && to < from) add('visitTo', ErrorCodes.dateBeforeStart);
  if (to && claim.dateClaimed && claim.dateClaimed < to) add('dateClaimed', ErrorCodes.dateBeforeStart);
  if (!claim.visitType) add('visitType', ErrorCodes.required);
  else if (!(VISIT_TYPES as readonly string[]).includes(claim.visitType)) add('visitType', ErrorCodes.invalid);
  const lines = claim.lines ?? [];
  if (!lines.length) add('lines', ErrorCodes.required);
  if (lines.length > MAX_LINES) add('lines', ErrorCodes.outOfRange);
  lines.forEach((line, i) => {
    if (line.kind !== 'S' && line.kind !== 'I') add(`lines.${i}.kind`, ErrorCodes.invalid);
    const qty = line.quantity;
    if (qty === null || qty === undefined || qty === '') add(`lines.${i}.quantity`, ErrorCodes.required);
    else if (!isAmount(qty)) add(`lines.${i}.quantity`, ErrorCodes.invalidFormat);
    else if (parseMoney(qty) <= 0n || parseMoney(qty) > parseMoney(MAX_QUANTITY)) add(`lines.${i}.quantity`, ErrorCodes.outOfRange);
    const price = line.priceAsked;
    if (price !== null && price !== undefined && price !== '') {
      if (!isAmount(price)) add(`lines.${i}.priceAsked`, ErrorCodes.invalidFormat);
      else if (parseMoney(price) < 0n) add(`lines.${i}.priceAsked`, ErrorCodes.outOfRange);
    }
  });
  return issues;
}

/** The target date of the checks: the visit's last day (openIMIS date_to, else date_from). */
export const targetDate = (claim: { visitFrom: string; visitTo?: string | null }): string => claim.visitTo || claim.visitFrom;
/** In-patient by claim type: the visit spans more than one day. */
export const isInPatient = (claim: { visitFrom: string; visitTo?: string | null }): boolean => targetDate(claim) !== claim.visitFrom;
