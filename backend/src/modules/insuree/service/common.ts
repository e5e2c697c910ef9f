/** Rules shared by the insuree mutations: contract codes -> user errors, input cleaning, database checks (row locking is the kit's: platform/rows.ts). */
import { ErrorCodes as C, FAMILY_FIELDS, INSUREE_FIELDS, type InsuranceNumberConfig, insuranceNumberConfig } from '@kente/contract-insuree';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/engine.js';
import { parseId } from '../../../graphql/crud.js';
import { type UserError, userError } from '../../../graphql/errors.js';
import { locations } from '../../location/tables.js';
import type { ServiceCtx } from '../../medical/service/context.js';
import { healthFacilities } from '../../medical/tables.js';
import { type families, type insuranceNumberBatches, insurees, reservedNumbers } from '../tables.js';
import { UserErrors } from './errors.js';

export type FamilyRow = typeof families.$inferSelect;
export type InsureeRow = typeof insurees.$inferSelect;
export type BatchRow = typeof insuranceNumberBatches.$inferSelect;
export type Input = Record<string, unknown>;

export const MAX_BATCH = 1000;
/** Enquiries by insurance number per user and minute. */
export const ENQUIRY_LIMIT = 30;

/** The insurance number format in force: composition config `mf-insuree.insuranceNumber`. */
export function numberConfig(ctx: Pick<ServiceCtx, 'moduleConfig'>): InsuranceNumberConfig {
  return insuranceNumberConfig(ctx.moduleConfig('mf-insuree').insuranceNumber);
}

// ---------------------------------------------------------------------------
// Input normalisation and database checks
// ---------------------------------------------------------------------------

export const INSUREE_KEYS = INSUREE_FIELDS;
export const FAMILY_KEYS = FAMILY_FIELDS;
export const ID_KEYS = new Set(['currentVillageId', 'healthFacilityId', 'villageId']);

/** Trimmed values of the keys present (undefined = not sent); blank optional strings become null. */
export function clean(input: Input, keys: readonly string[]): Input {
  const out: Input = {};
  for (const key of keys) {
    const value = input[key];
    if (value === undefined) continue;
    out[key] = typeof value === 'string' ? value.trim() || null : value;
  }
  return out;
}

/** Column values from cleaned input; ids parsed (checked for existence later). */
export function columns(values: Input): Input {
  const out: Input = {};
  for (const [key, value] of Object.entries(values)) out[key] = ID_KEYS.has(key) && value != null ? parseId(value) : value;
  return out;
}

export async function checkVillage(tx: Tx, field: string, value: unknown, errors: UserError[]): Promise<void> {
  if (value == null) return;
  const id = parseId(value);
  const [row] = id ? await tx.select({ type: locations.type }).from(locations).where(eq(locations.id, id)) : [];
  if (row?.type !== 'V') errors.push(userError(field, C.invalid, 'Choose a village.'));
}

export async function checkFacility(tx: Tx, field: string, value: unknown, errors: UserError[]): Promise<void> {
  if (value == null) return;
  const id = parseId(value);
  const [row] = id ? await tx.select({ id: healthFacilities.id }).from(healthFacilities).where(eq(healthFacilities.id, id)) : [];
  if (!row) errors.push(userError(field, C.invalid, 'Health facility not found.'));
}

export async function checkNumberFree(tx: Tx, field: string, number: unknown, exceptId: number | null, errors: UserError[]): Promise<void> {
  if (typeof number !== 'string') return;
  const [row] = await tx.select({ id: insurees.id }).from(insurees).where(eq(insurees.insuranceNumber, number));
  if (row && row.id !== exceptId) errors.push(userError(field, C.duplicate, 'Another insuree already has this insurance number.'));
}

/** A number taken from a batch is marked used (it stays reserved forever). */
export async function markUsed(tx: Tx, number: unknown): Promise<void> {
  if (typeof number === 'string') await tx.update(reservedNumbers).set({ used: true }).where(eq(reservedNumbers.number, number));
}

export async function insureeDbChecks(tx: Tx, prefix: string, values: Input, exceptId: number | null): Promise<void> {
  const errors: UserError[] = [];
  const p = (key: string) => (prefix ? `${prefix}.${key}` : key);
  await checkVillage(tx, p('currentVillageId'), values.currentVillageId, errors);
  await checkFacility(tx, p('healthFacilityId'), values.healthFacilityId, errors);
  await checkNumberFree(tx, p('insuranceNumber'), values.insuranceNumber, exceptId, errors);
  if (errors.length) throw new UserErrors(errors);
}
