/** Health facilities: the field rules, their district and price lists checked in the transaction. No GraphQL types. */
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/engine.js';
import { createEntity, deleteEntity, type Result, updateEntity } from '../../../graphql/crud.js';
import { ErrorCodes, type UserError, userError } from '../../../graphql/errors.js';
import type { ServiceCtx } from '../../../platform/service.js';
import { users } from '../../core/tables.js';
import { healthFacilities } from '../tables.js';
import { checkDistrict, checkPriceList, FACILITY_FIELDS, type HfRow, hfChecks, type Input, pick } from './rules.js';

const FACILITY = { table: healthFacilities, entityType: 'HealthFacility', label: 'Health facility' } as const;

/** The field rules, then the values to write (the references are added by `references`). */
function checked(input: Input, creating: boolean): { values: Record<string, unknown>; errors: UserError[] } {
  const errors: UserError[] = [];
  hfChecks(input, errors, creating);
  return { values: pick(input, [...FACILITY_FIELDS]), errors };
}

/** The district and the price lists the input names (all of them on create, the ones sent on update) into `values`. */
async function references(tx: Tx, input: Input, values: Record<string, unknown>, creating: boolean): Promise<UserError[]> {
  const errors: UserError[] = [];
  if (creating || input.locationId !== undefined) values.locationId = await checkDistrict(tx, input.locationId, errors);
  if (creating || input.servicePriceListId !== undefined)
    values.servicePriceListId = await checkPriceList(tx, input.servicePriceListId, 'S', 'servicePriceListId', errors);
  if (creating || input.itemPriceListId !== undefined) values.itemPriceListId = await checkPriceList(tx, input.itemPriceListId, 'I', 'itemPriceListId', errors);
  return errors;
}

export async function createHealthFacility(ctx: ServiceCtx, input: Input): Promise<Result<HfRow>> {
  const { values, errors } = checked(input, true);
  if (errors.length) return { entity: null, errors };
  return createEntity<HfRow>(ctx, { ...FACILITY, values, validate: (tx) => references(tx, input, values, true) });
}

export async function updateHealthFacility(ctx: ServiceCtx, input: Input & { version: number }): Promise<Result<HfRow>> {
  const { values, errors } = checked(input, false);
  if (errors.length) return { entity: null, errors };
  return updateEntity<HfRow>(ctx, { ...FACILITY, id: input.id, version: input.version, values, validate: (tx) => references(tx, input, values, false) });
}

/**
 * Claims and insurees refuse the delete through their foreign keys (IN_USE); users bound to the
 * facility (claim administrators, receptionists: `users.health_facility_id`, no foreign key) are checked here.
 */
export function deleteHealthFacility(ctx: ServiceCtx, input: { id: string; version?: number | null }): Promise<Result<HfRow>> {
  const validate = async (tx: Tx, existing: HfRow) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.healthFacilityId, existing.id)).limit(1);
    return user ? [userError('id', ErrorCodes.inUse, 'Users still work at this health facility.')] : [];
  };
  return deleteEntity<HfRow>(ctx, { ...FACILITY, id: input.id, version: input.version, validate });
}
