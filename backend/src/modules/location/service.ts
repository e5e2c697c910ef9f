/**
 * Location rules and writes: a region has no parent, a district sits under a region, and so on
 * down to villages; one versioned write with history each. Other domains refuse a delete while
 * their rows point at the location, through the `location.deleting` hook (refuseWhileUsed).
 */
import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/engine.js';
import { createEntity, defined, deleteEntity, maxLength, oneOf, parseId, type Result, required, updateEntity } from '../../graphql/crud.js';
import { ErrorCodes, type UserError, userError } from '../../graphql/errors.js';
import { type HookHandler, type HookPoints, runHook } from '../../platform/hooks.js';
import type { ServiceCtx } from '../../platform/service.js';
import { locations } from './tables.js';

export type LocationRow = typeof locations.$inferSelect;
export const LOCATION_TYPES = ['R', 'D', 'M', 'V'] as const;
const parentTypeOf: Record<string, string | null> = { R: null, D: 'R', M: 'D', V: 'M' };
const typeLabel: Record<string, string> = { R: 'region', D: 'district', M: 'municipality', V: 'village' };

declare module '../../platform/hooks.js' {
  interface HookPoints {
    /** Before a location is deleted, in its transaction: answer IN_USE errors to refuse. */
    'location.deleting': { tx: Tx; location: LocationRow };
  }
}

/** A `location.deleting` handler refusing the delete while rows of `table` still point at the location through `column`. */
export function refuseWhileUsed(table: PgTable & { id: PgColumn }, column: PgColumn, message: string): HookHandler<HookPoints['location.deleting']> {
  return async ({ tx, location }) => {
    const [used] = await tx.select({ id: table.id }).from(table).where(eq(column, location.id)).limit(1);
    return used ? [userError('id', ErrorCodes.inUse, message)] : [];
  };
}

/**
 * The parent rule of a location of `type`, given what its parent is: not given, not found (null)
 * or a location of `parentType`. The register import checks a whole file with it (register rows).
 */
export function parentProblem(type: string, parent: { given: false } | { given: true; type: string | null }): UserError | null {
  const expected = parentTypeOf[type];
  if (expected === undefined) return null;
  if (expected === null) return parent.given ? userError('parentId', ErrorCodes.invalid, 'A region has no parent.') : null;
  if (!parent.given) return userError('parentId', ErrorCodes.required, `A ${typeLabel[type]} must sit under a ${typeLabel[expected]}.`);
  return parent.type === expected ? null : userError('parentId', ErrorCodes.invalid, `A ${typeLabel[type]} must sit under a ${typeLabel[expected]}.`);
}

async function checkParent(tx: Tx, type: string, parentId: unknown, errors: UserError[]): Promise<number | null> {
  const expected = parentTypeOf[type];
  if (expected === undefined) return null;
  const id = expected === null ? null : parseId(parentId);
  const given = expected === null ? Boolean(parentId) : id !== null;
  const [parent] = id ? await tx.select({ type: locations.type }).from(locations).where(eq(locations.id, id)) : [];
  const problem = parentProblem(type, given ? { given: true, type: parent?.type ?? null } : { given: false });
  if (problem) errors.push(problem);
  return id;
}

/** The field rules: code and name (all of them when `creating`, else the fields given), the type of a new location. */
export function checkLocationFields(input: { code?: string | null; name?: string | null; type?: string | null }, errors: UserError[], creating: boolean) {
  if (creating || input.code !== undefined) required(errors, 'code', input.code, 'Code');
  if (creating || input.name !== undefined) required(errors, 'name', input.name, 'Name');
  maxLength(errors, 'code', input.code, 8, 'Code');
  maxLength(errors, 'name', input.name, 100, 'Name');
  if (creating) required(errors, 'type', input.type, 'Type');
  if (creating) oneOf(errors, 'type', input.type, LOCATION_TYPES, 'Type');
}

const entity = { table: locations, entityType: 'Location', label: 'Location' };

export async function createLocation(
  ctx: ServiceCtx,
  input: { code: string; name: string; type: string; parentId?: string | null },
): Promise<Result<LocationRow>> {
  const errors: UserError[] = [];
  checkLocationFields(input, errors, true);
  if (errors.length) return { entity: null, errors };
  const values: typeof locations.$inferInsert = { code: input.code.trim(), name: input.name.trim(), type: input.type };
  const validate = async (tx: Tx) => {
    const errs: UserError[] = [];
    values.parentId = await checkParent(tx, input.type, input.parentId, errs);
    return errs;
  };
  return createEntity(ctx, { ...entity, values, validate });
}

export async function updateLocation(
  ctx: ServiceCtx,
  input: { id: string; version: number; code?: string | null; name?: string | null; parentId?: string | null },
): Promise<Result<LocationRow>> {
  const errors: UserError[] = [];
  checkLocationFields(input, errors, false);
  if (errors.length) return { entity: null, errors };
  const values: Partial<typeof locations.$inferInsert> = defined({ code: input.code?.trim(), name: input.name?.trim() });
  const validate = async (tx: Tx, existing: LocationRow) => {
    const errs: UserError[] = [];
    if (input.parentId !== undefined) values.parentId = await checkParent(tx, existing.type, input.parentId, errs);
    return errs;
  };
  return updateEntity(ctx, { ...entity, id: input.id, version: input.version, values, validate });
}

export function deleteLocation(ctx: ServiceCtx, input: { id: string; version?: number | null }): Promise<Result<LocationRow>> {
  const validate = async (tx: Tx, existing: LocationRow) => {
    const [child] = await tx.select({ id: locations.id }).from(locations).where(eq(locations.parentId, existing.id)).limit(1);
    if (child) return [userError('id', ErrorCodes.inUse, 'This location still has locations under it.')];
    // Other domains refuse with their own reason (facilities, families in this location).
    return runHook('location.deleting', { tx, location: existing });
  };
  return deleteEntity(ctx, { ...entity, id: input.id, version: input.version, validate });
}
