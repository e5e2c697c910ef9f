/** Health facilities: the field rules, their district and price lists checked in the transaction. No GraphQL types. */
import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../db/engine.js';
import { createEntity, deleteEntity, parseId, type Result, updateEntity } from '../../../graphql/crud.js';
import { ErrorCodes, type UserError, userError } from '../../../graphql/errors.js';
import { idsInScope } from '../../../platform/scope.js';
import type { ServiceCtx } from '../../../platform/service.js';
import { users } from '../../core/tables.js';
import { locations } from '../../location/tables.js';
import { healthFacilities, healthFacilityCatchments } from '../tables.js';
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

/** Villages in one catchment at most (a facility serves a few dozen; openIMIS has no limit, this bounds the request). */
export const MAX_CATCHMENTS = 500;

type CatchmentInput = { locationId?: unknown; percent?: unknown };

/**
 * A whole catchment as sent (openIMIS HFCatchment): villages only, each once, 0-100 %, each in the
 * editor's area. Errors name the line (`catchments.<i>.locationId|percent`); none = the rows to store.
 */
export async function checkCatchments(
  tx: Tx,
  ctx: Pick<ServiceCtx, 'user'>,
  list: readonly CatchmentInput[],
): Promise<{ rows: { locationId: number; percent: number }[]; errors: UserError[] }> {
  const errors: UserError[] = [];
  if (list.length > MAX_CATCHMENTS) return { rows: [], errors: [userError('catchments', ErrorCodes.outOfRange, `At most ${MAX_CATCHMENTS} villages.`)] };
  const ids = list.map((c) => parseId(c.locationId));
  const known = new Map(
    (ids.some((id) => id !== null)
      ? await tx
          .select({ id: locations.id, type: locations.type })
          .from(locations)
          .where(
            inArray(
              locations.id,
              ids.filter((id): id is number => id !== null),
            ),
          )
      : []
    ).map((l) => [l.id, l.type]),
  );
  const inArea = await idsInScope({ db: tx, user: ctx.user }, 'Location', [...known.keys()], 'area');
  const seen = new Set<number>();
  const rows: { locationId: number; percent: number }[] = [];
  list.forEach((c, i) => {
    const id = ids[i] ?? null;
    const field = `catchments.${i}.locationId`;
    if (id === null || !known.has(id)) errors.push(userError(field, ErrorCodes.invalid, 'Unknown village.'));
    else if (known.get(id) !== 'V') errors.push(userError(field, ErrorCodes.invalid, 'A catchment lists villages only.'));
    else if (!inArea.has(id)) errors.push(userError(field, ErrorCodes.forbidden, 'This village is outside your area.'));
    else if (seen.has(id)) errors.push(userError(field, ErrorCodes.duplicate, 'This village is already in the catchment.'));
    const percent = c.percent;
    if (typeof percent !== 'number' || !Number.isInteger(percent) || percent < 0 || percent > 100)
      errors.push(userError(`catchments.${i}.percent`, ErrorCodes.outOfRange, 'The catchment percentage must be a whole number from 0 to 100.'));
    if (id !== null) seen.add(id);
    if (id !== null && typeof percent === 'number') rows.push({ locationId: id, percent });
  });
  return { rows: errors.length ? [] : rows, errors };
}

/** The catchment replaced as a whole (in the update's transaction, after every check passed). */
async function replaceCatchments(tx: Tx, facilityId: number, rows: readonly { locationId: number; percent: number }[]): Promise<void> {
  await tx.delete(healthFacilityCatchments).where(eq(healthFacilityCatchments.healthFacilityId, facilityId));
  if (rows.length) await tx.insert(healthFacilityCatchments).values(rows.map((r) => ({ healthFacilityId: facilityId, ...r })));
}

export async function createHealthFacility(ctx: ServiceCtx, input: Input): Promise<Result<HfRow>> {
  const { values, errors } = checked(input, true);
  if (errors.length) return { entity: null, errors };
  return createEntity<HfRow>(ctx, { ...FACILITY, values, validate: (tx) => references(tx, input, values, true) });
}

export async function updateHealthFacility(ctx: ServiceCtx, input: Input & { version: number }): Promise<Result<HfRow>> {
  const { values, errors } = checked(input, false);
  if (errors.length) return { entity: null, errors };
  const catchments = input.catchments as CatchmentInput[] | null | undefined;
  // the facility's version covers its catchment: a stale one is a CONFLICT before anything is checked or written
  const validate = async (tx: Tx, existing: HfRow) => {
    const errors = await references(tx, input, values, false);
    if (catchments == null) return errors;
    const checkedCatchments = await checkCatchments(tx, ctx, catchments);
    errors.push(...checkedCatchments.errors);
    if (!errors.length) await replaceCatchments(tx, existing.id, checkedCatchments.rows);
    return errors;
  };
  return updateEntity<HfRow>(ctx, { ...FACILITY, id: input.id, version: input.version, values, validate });
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
