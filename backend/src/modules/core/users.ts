/**
 * Users: create, update (edit, reset the password, deactivate) and delete, with the authority
 * rules (nobody grants a right they lack) and the location binding. No GraphQL types here.
 */
import { eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/engine.js';
import type { Ctx, SessionUser } from '../../graphql/context.js';
import { defined, deleteEntity, parseId } from '../../graphql/crud.js';
import { conflictError, ErrorCodes, notFoundError, pgErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { writeHistory } from '../../graphql/history.js';
import { deleteUserSessions, hashPassword } from './auth.js';
import { type Binding, checkAssignRoles, checkBinding, checkManageUser, type Refusal, type RoleRights, rightsOfRoles, type UserAction } from './authority.js';
import { checkDetails, type DetailsInput, detailsOf, duplicateCodeError, parseDetails, type WantedDetails, writeDetails } from './officers.js';
import { roles, userLocations, users } from './tables.js';
import { type UserFields, validateUserFields } from './validation.js';

export type UserRow = typeof users.$inferSelect;
export const userOmit = ['passwordHash'];
export const FORBIDDEN = 'FORBIDDEN';

export const refusalError = (refusal: Refusal): UserError => userError(refusal.field, FORBIDDEN, refusal.message);

export interface UserInput extends UserFields, DetailsInput {
  roleIds?: unknown[] | null;
  healthFacilityId?: unknown;
  isActive?: boolean | null;
  locationIds?: unknown[] | null;
}

/** A unique index violated by a concurrent save: the username, or a register code. */
function duplicateError(error: unknown): UserError | null {
  if (pgErrorCode(error) !== '23505') return null;
  return duplicateCodeError(error) ?? userError('username', ErrorCodes.duplicate, 'Another user already uses this username.');
}

/** Parses ids; null when one is not an id. */
function parseIds(ids: readonly unknown[]): number[] | null {
  const parsed = ids.map(parseId);
  return parsed.some((id) => id === null) ? null : [...new Set(parsed as number[])];
}

export async function loadRoles(db: DbOrTx, ids: readonly number[]): Promise<RoleRights[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: roles.id, name: roles.name, rights: roles.rights })
    .from(roles)
    .where(inArray(roles.id, [...ids]));
}

async function rolesFromInput(tx: Tx, ids: readonly unknown[], errors: UserError[]): Promise<RoleRights[] | null> {
  const wanted = parseIds(ids);
  const found = wanted ? await loadRoles(tx, wanted) : [];
  if (!wanted || found.length !== wanted.length) {
    errors.push(userError('roleIds', ErrorCodes.invalid, 'Unknown role.'));
    return null;
  }
  return found;
}

export async function locationIdsOf(db: DbOrTx, userId: number): Promise<number[]> {
  const rows = await db.select({ id: userLocations.locationId }).from(userLocations).where(eq(userLocations.userId, userId));
  return rows.map((row) => row.id).sort((a, b) => a - b);
}

interface LocationRow extends Record<string, unknown> {
  id: number;
  parent_id: number | null;
  type: string;
}

/** The locations given and every ancestor of them, id -> parent (one recursive query). */
async function locationChains(tx: Tx, ids: number[]): Promise<Map<number, LocationRow>> {
  if (ids.length === 0) return new Map();
  const result = await tx.execute<LocationRow>(sql`
    with recursive up as (
      select id, parent_id, type from locations where id in ${sql`(${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`}
      union select l.id, l.parent_id, l.type from locations l join up on l.id = up.parent_id)
    select id, parent_id, type from up`);
  return new Map(result.rows.map((row) => [Number(row.id), { ...row, id: Number(row.id), parent_id: row.parent_id == null ? null : Number(row.parent_id) }]));
}

/** Checks a wanted binding: locations exist and are regions or districts, the facility exists, all inside the actor's area. */
async function checkWantedBinding(tx: Tx, actor: SessionUser, locationIds: number[], healthFacilityId: number | null, errors: UserError[]): Promise<void> {
  let facilityLocationId: number | null = null;
  if (healthFacilityId != null) {
    // core does not import the medical domain: its table is read by name
    const facility = await tx.execute<{ location_id: number }>(sql`select location_id from health_facilities where id = ${healthFacilityId}`);
    const row = facility.rows[0];
    if (!row) {
      errors.push(userError('healthFacilityId', ErrorCodes.invalid, 'Unknown health facility.'));
      return;
    }
    facilityLocationId = Number(row.location_id);
  }
  const chains = await locationChains(tx, facilityLocationId == null ? locationIds : [...locationIds, facilityLocationId]);
  for (const id of locationIds) {
    const location = chains.get(id);
    if (!location) return void errors.push(userError('locationIds', ErrorCodes.invalid, 'Unknown location.'));
    if (location.type !== 'R' && location.type !== 'D') {
      return void errors.push(userError('locationIds', ErrorCodes.invalid, 'Users can be bound to regions or districts only.'));
    }
  }
  const parents = new Map([...chains.values()].map((row) => [row.id, row.parent_id]));
  const binding: Binding = { locationIds, healthFacilityId, facilityLocationId };
  const refusal = checkBinding(actor, binding, parents);
  if (refusal) errors.push(refusalError(refusal));
}

/** The binding a user has now, placed in the location tree (to check the actor may touch them). */
async function checkExistingBinding(tx: Tx, actor: SessionUser, user: UserRow, errors: UserError[]): Promise<number[]> {
  const current = await locationIdsOf(tx, user.id);
  const before = errors.length;
  await checkWantedBinding(tx, actor, current, user.healthFacilityId, errors);
  // a user outside the actor's area is refused as a whole, not for a field of the input
  for (const error of errors.slice(before)) if (error.code === FORBIDDEN) error.field = 'id';
  return current;
}

async function setLocations(tx: Tx, userId: number, locationIds: number[]): Promise<void> {
  await tx.delete(userLocations).where(eq(userLocations.userId, userId));
  if (locationIds.length) await tx.insert(userLocations).values(locationIds.map((locationId) => ({ userId, locationId })));
}

function parseLocationIds(input: UserInput, errors: UserError[]): number[] | null | undefined {
  if (input.locationIds == null) return input.locationIds === null ? [] : undefined;
  const ids = parseIds(input.locationIds);
  if (!ids) errors.push(userError('locationIds', ErrorCodes.invalid, 'Unknown location.'));
  return ids;
}

function parseFacility(value: unknown, errors: UserError[]): number | null | undefined {
  if (value === undefined) return undefined;
  if (value === null || value === '') return null;
  const id = parseId(value);
  if (id === null) errors.push(userError('healthFacilityId', ErrorCodes.invalid, 'Unknown health facility.'));
  return id;
}

/** The rules for touching an existing user: no right beyond the actor's, inside the actor's area. Returns their locations. */
async function refuseTouch(tx: Tx, actor: SessionUser, user: UserRow, action: UserAction, errors: UserError[]): Promise<number[]> {
  const refusal = checkManageUser(actor.rights, rightsOfRoles(await loadRoles(tx, user.roleIds)), action);
  if (refusal) {
    errors.push(refusalError(refusal));
    return [];
  }
  return checkExistingBinding(tx, actor, user, errors);
}

export async function createUser(ctx: Ctx, actor: SessionUser, input: UserInput & { password: string; roleIds: unknown[] }) {
  const errors: UserError[] = [];
  validateUserFields(input, errors, true);
  const locationIds = parseLocationIds(input, errors) ?? [];
  const healthFacilityId = parseFacility(input.healthFacilityId, errors) ?? null;
  const wanted = parseDetails(input, errors);
  if (errors.length) return { entity: null, errors };
  const passwordHash = await hashPassword(input.password);
  try {
    return await ctx.db.transaction(async (tx) => {
      const errs: UserError[] = [];
      const assigned = await rolesFromInput(tx, input.roleIds, errs);
      const refusal = assigned && checkAssignRoles(actor.rights, assigned);
      if (refusal) errs.push(refusalError(refusal));
      await checkWantedBinding(tx, actor, locationIds, healthFacilityId, errs);
      // no user has id 0: the new one cannot be its own substitute, and every code counts as taken by another
      const none = { officer: null, claimAdministrator: null };
      const details = await checkDetails(tx, actor, 0, none, wanted, { locationIds, healthFacilityId }, errs);
      if (errs.length) return { entity: null, errors: errs };
      const [row] = await tx
        .insert(users)
        .values({
          username: String(input.username).trim(),
          otherNames: String(input.otherNames),
          lastName: String(input.lastName),
          email: input.email ?? null,
          phone: input.phone ?? null,
          language: input.language ?? 'en',
          passwordHash,
          roleIds: assigned?.map((role) => role.id) ?? [],
          healthFacilityId,
          isActive: input.isActive ?? true,
        })
        .returning();
      if (!row) throw new Error('insert into users returned nothing');
      await setLocations(tx, row.id, locationIds);
      await writeDetails(tx, row.id, none, details);
      await writeHistory(tx, ctx, {
        entityType: 'User',
        entityId: row.id,
        action: 'CREATE',
        before: null,
        after: { ...row, locationIds, ...details },
        omit: userOmit,
      });
      return { entity: row, errors: [] };
    });
  } catch (error) {
    const duplicate = duplicateError(error);
    if (duplicate) return { entity: null, errors: [duplicate] };
    throw error;
  }
}

function userAction(input: UserInput): UserAction {
  if (input.password) return 'reset the password of';
  if (input.isActive === false) return 'deactivate';
  return 'edit';
}

export async function updateUser(ctx: Ctx, actor: SessionUser, input: UserInput & { id: unknown; version: number }) {
  const errors: UserError[] = [];
  validateUserFields(input, errors, false);
  const locationIds = parseLocationIds(input, errors);
  const healthFacilityId = parseFacility(input.healthFacilityId, errors);
  const wanted = parseDetails(input, errors);
  if (errors.length) return { entity: null, errors };
  const values: Record<string, unknown> = defined({
    username: input.username?.trim() ?? undefined,
    otherNames: input.otherNames ?? undefined,
    lastName: input.lastName ?? undefined,
    email: input.email,
    phone: input.phone,
    language: input.language ?? undefined,
    isActive: input.isActive ?? undefined,
    healthFacilityId,
  });
  if (input.password) values.passwordHash = await hashPassword(input.password);
  const id = parseId(input.id);
  if (id === null) return { entity: null, errors: [notFoundError('User')] };
  // not updateEntity: the binding lives in its own table and belongs in the same history row
  try {
    return await updateUserRow(ctx, actor, input, id, values, { locationIds, healthFacilityId, details: wanted });
  } catch (error) {
    const duplicate = duplicateError(error);
    if (duplicate) return { entity: null, errors: [duplicate] };
    throw error;
  }
}

async function updateUserRow(
  ctx: Ctx,
  actor: SessionUser,
  input: UserInput & { id: unknown; version: number },
  id: number,
  values: Record<string, unknown>,
  wanted: { locationIds: number[] | null | undefined; healthFacilityId: number | null | undefined; details: WantedDetails },
) {
  const { locationIds, healthFacilityId } = wanted;
  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx.select().from(users).where(eq(users.id, id)).for('update');
    if (!existing) return { entity: null, errors: [notFoundError('User')] };
    // authority first: a refused actor learns nothing about the user, not even through a stale version
    if (existing.id === actor.id && input.isActive === false)
      return { entity: null, errors: [userError('isActive', ErrorCodes.invalid, 'You cannot deactivate yourself.')] };
    // a stolen session must not be enough to take the account: one's own password needs the current one
    if (existing.id === actor.id && input.password) {
      return { entity: null, errors: [userError('password', ErrorCodes.invalid, 'Change your own password with your current one (changePassword).')] };
    }
    const errs: UserError[] = [];
    const current = await refuseTouch(tx, actor, existing, userAction(input), errs);
    if (errs.length) return { entity: null, errors: errs };
    if (existing.version !== input.version) return { entity: existing, errors: [conflictError()] };
    if (input.roleIds) {
      const assigned = await rolesFromInput(tx, input.roleIds, errs);
      const assignRefusal = assigned && checkAssignRoles(actor.rights, assigned);
      if (assignRefusal) errs.push(refusalError(assignRefusal));
      if (assigned) values.roleIds = assigned.map((role) => role.id);
    }
    const nextFacility = healthFacilityId === undefined ? existing.healthFacilityId : healthFacilityId;
    if (locationIds !== undefined || healthFacilityId !== undefined) {
      await checkWantedBinding(tx, actor, locationIds ?? current, nextFacility, errs);
    }
    const detailsBefore = await detailsOf(tx, id);
    const details = await checkDetails(
      tx,
      actor,
      id,
      detailsBefore,
      wanted.details,
      { locationIds: locationIds ?? current, healthFacilityId: nextFacility },
      errs,
    );
    if (errs.length) return { entity: null, errors: errs };
    const [row] = await tx
      .update(users)
      .set({ ...values, version: sql`${users.version} + 1`, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning();
    if (!row) throw new Error('update of users returned nothing');
    const next = locationIds ?? current;
    if (locationIds !== undefined) await setLocations(tx, id, next);
    await writeDetails(tx, id, detailsBefore, details);
    // a reset password or a deactivated account ends its sessions (stolen cookies too)
    if (input.password || input.isActive === false) await deleteUserSessions(tx, id);
    await writeHistory(tx, ctx, {
      entityType: 'User',
      entityId: id,
      action: 'UPDATE',
      before: { ...existing, locationIds: current, ...detailsBefore },
      after: { ...row, locationIds: next, ...details },
      omit: userOmit,
    });
    return { entity: row, errors: [] };
  });
}

export async function deleteUser(ctx: Ctx, actor: SessionUser, input: { id: unknown; version?: number | null }) {
  const result = await deleteEntity(ctx, {
    table: users,
    entityType: 'User',
    label: 'User',
    omit: userOmit,
    id: input.id,
    version: input.version,
    validate: async (tx, existing) => {
      if (existing.id === actor.id) return [userError('id', ErrorCodes.invalid, 'You cannot delete yourself.')];
      const errs: UserError[] = [];
      await refuseTouch(tx, actor, existing, 'delete', errs);
      return errs;
    },
  });
  const conflicted = result.entity;
  if (conflicted && result.errors[0]?.code === ErrorCodes.conflict) {
    // the shared delete answers a stale version with the record: only to someone allowed to touch it
    const errs: UserError[] = [];
    await ctx.db.transaction((tx) => refuseTouch(tx, actor, conflicted, 'delete', errs));
    if (errs.length) return { entity: null, errors: errs };
  }
  return result.errors.length ? { entity: result.errors[0]?.code === ErrorCodes.conflict ? result.entity : null, errors: result.errors } : result;
}
