/** Code lists and the checks the medical mutations share (no GraphQL types). */
import { eq, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Tx } from '../../../db/engine.js';
import { type ConnectionArgs, textSearch } from '../../../graphql/connection.js';
import { decimal, defined, maxLength, oneOf, parseId, required } from '../../../graphql/crud.js';
import { badInput, ErrorCodes, type UserError, userError } from '../../../graphql/errors.js';
import { locations } from '../../location/tables.js';
import { type diagnoses, type healthFacilities, type medicalItems, type medicalServices, priceLists } from '../tables.js';

export type HfRow = typeof healthFacilities.$inferSelect;
export type ServiceRow = typeof medicalServices.$inferSelect;
export type ItemRow = typeof medicalItems.$inferSelect;
export type PriceListRow = typeof priceLists.$inferSelect;
export type DiagnosisRow = typeof diagnoses.$inferSelect;

export const HF_LEVELS = ['D', 'C', 'H'] as const;
export const LEGAL_FORMS = ['G', 'C', 'P', 'D'] as const;
export const CARE_TYPES = ['I', 'O', 'B'] as const;
export const SERVICE_TYPES = ['P', 'C'] as const;
export const SERVICE_CATEGORIES = ['S', 'D', 'A', 'H', 'C', 'O'] as const;
export const SERVICE_LEVELS = ['S', 'V', 'D', 'H'] as const;
export const ITEM_TYPES = ['D', 'M'] as const;

export type Args<F> = { filter?: F | null } & ConnectionArgs;
export type Input = Record<string, unknown>;
export const str = (input: Input, key: string) => input[key] as string | null | undefined;

export function idFilter(value: string | null | undefined, field: string): number | null {
  if (value == null || value === '') return null;
  const id = parseId(value);
  if (!id) throw badInput(`Invalid ${field}.`, field);
  return id;
}

export function codeNameChecks(input: Input, errors: UserError[], creating: boolean, codeMax: number, nameMax: number) {
  if (creating || input.code !== undefined) required(errors, 'code', str(input, 'code'), 'Code');
  if (creating || input.name !== undefined) required(errors, 'name', str(input, 'name'), 'Name');
  maxLength(errors, 'code', str(input, 'code'), codeMax, 'Code');
  maxLength(errors, 'name', str(input, 'name'), nameMax, 'Name');
}

/** Code order, unless textSearch chose id order for a name-fragment search. */
export function codeSort<T extends { code: string }>(code: PgColumn, name: PgColumn, search: string | null | undefined) {
  return textSearch(code, name, search).order === 'id' ? undefined : { expr: sql`${code} COLLATE "C"`, value: (row: T) => row.code };
}

export async function checkDistrict(tx: Tx, locationId: unknown, errors: UserError[]): Promise<number | null> {
  const id = parseId(locationId);
  const [row] = id ? await tx.select({ type: locations.type }).from(locations).where(eq(locations.id, id)) : [];
  if (row?.type !== 'D') {
    errors.push(userError('locationId', ErrorCodes.invalid, 'A health facility must be in a district.'));
    return null;
  }
  return id;
}

export async function checkPriceList(tx: Tx, value: unknown, kind: 'S' | 'I', field: string, errors: UserError[]): Promise<number | null> {
  if (value == null || value === '') return null;
  const id = parseId(value);
  const [row] = id ? await tx.select({ kind: priceLists.kind }).from(priceLists).where(eq(priceLists.id, id)) : [];
  if (!row || row.kind !== kind) {
    errors.push(userError(field, ErrorCodes.invalid, kind === 'S' ? 'Not a medical services price list.' : 'Not a medical items price list.'));
    return null;
  }
  return id;
}

export function hfChecks(input: Input, errors: UserError[], creating: boolean) {
  codeNameChecks(input, errors, creating, 8, 100);
  if (creating) {
    required(errors, 'level', str(input, 'level'), 'Level');
    required(errors, 'legalForm', str(input, 'legalForm'), 'Legal form');
    required(errors, 'careType', str(input, 'careType'), 'Care type');
  }
  oneOf(errors, 'level', str(input, 'level'), HF_LEVELS, 'Level');
  oneOf(errors, 'legalForm', str(input, 'legalForm'), LEGAL_FORMS, 'Legal form');
  oneOf(errors, 'careType', str(input, 'careType'), CARE_TYPES, 'Care type');
  maxLength(errors, 'address', str(input, 'address'), 200, 'Address');
  if (str(input, 'email') && !/^[^@\s]+@[^@\s]+$/.test(str(input, 'email') ?? ''))
    errors.push(userError('email', ErrorCodes.invalid, 'Email address is not valid.'));
}

export function serviceChecks(input: Input, errors: UserError[], creating: boolean) {
  codeNameChecks(input, errors, creating, 12, 150);
  if (creating) {
    required(errors, 'type', str(input, 'type'), 'Type');
    required(errors, 'price', str(input, 'price'), 'Price');
    required(errors, 'careType', str(input, 'careType'), 'Care type');
  }
  oneOf(errors, 'type', str(input, 'type'), SERVICE_TYPES, 'Type');
  oneOf(errors, 'category', str(input, 'category'), SERVICE_CATEGORIES, 'Category');
  oneOf(errors, 'level', str(input, 'level'), SERVICE_LEVELS, 'Level');
  oneOf(errors, 'careType', str(input, 'careType'), CARE_TYPES, 'Care type');
  decimal(errors, 'price', str(input, 'price'), 'Price');
}

export function itemChecks(input: Input, errors: UserError[], creating: boolean) {
  codeNameChecks(input, errors, creating, 12, 150);
  if (creating) {
    required(errors, 'type', str(input, 'type'), 'Type');
    required(errors, 'price', str(input, 'price'), 'Price');
    required(errors, 'careType', str(input, 'careType'), 'Care type');
  }
  oneOf(errors, 'type', str(input, 'type'), ITEM_TYPES, 'Type');
  oneOf(errors, 'careType', str(input, 'careType'), CARE_TYPES, 'Care type');
  maxLength(errors, 'package', str(input, 'package'), 100, 'Package');
  decimal(errors, 'price', str(input, 'price'), 'Price');
}

export const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);
export const pick = (input: Input, keys: string[]) => defined(Object.fromEntries(keys.map((k) => [k, trimmed(input[k])])));

/** Entries of a price list, keyset-paged by service/item id. */
