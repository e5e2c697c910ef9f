/** Locations: the right (or the kit's guard), the parent rules, one versioned write; other domains may refuse a delete (hook). */
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/engine.js';
import { codeOrNameSearch, paginate, textSearch } from '../../graphql/connection.js';
import { createEntity, defined, deleteEntity, maxLength, oneOf, parseId, type Result, required, updateEntity } from '../../graphql/crud.js';
import { badInput, ErrorCodes, requireRight, type UserError, userError } from '../../graphql/errors.js';
import { loadById } from '../../graphql/loader.js';
import type { Resolvers } from '../../graphql/schema-types.js';
import { runHook } from '../../platform/hooks.js';
import { byIdInScope, scopeWhere } from '../../platform/scope.js';
import { Rights } from '../core/rights.js';
import { locations } from './tables.js';

export type LocationRow = typeof locations.$inferSelect;
export const LOCATION_TYPES = ['R', 'D', 'M', 'V'] as const;
const parentTypeOf: Record<string, string | null> = { R: null, D: 'R', M: 'D', V: 'M' };
const typeLabel: Record<string, string> = { R: 'region', D: 'district', M: 'municipality', V: 'village' };

async function checkParent(tx: Tx, type: string, parentId: unknown, errors: UserError[]): Promise<number | null> {
  const expected = parentTypeOf[type];
  if (expected === undefined) return null;
  if (expected === null) {
    if (parentId) errors.push(userError('parentId', ErrorCodes.invalid, 'A region has no parent.'));
    return null;
  }
  const id = parseId(parentId);
  if (!id) {
    errors.push(userError('parentId', ErrorCodes.required, `A ${typeLabel[type]} must sit under a ${typeLabel[expected]}.`));
    return null;
  }
  const [parent] = await tx.select({ type: locations.type }).from(locations).where(eq(locations.id, id));
  if (!parent || parent.type !== expected) {
    errors.push(userError('parentId', ErrorCodes.invalid, `A ${typeLabel[type]} must sit under a ${typeLabel[expected]}.`));
  }
  return id;
}

function checkFields(input: { code?: string | null; name?: string | null }, errors: UserError[], creating: boolean) {
  if (creating || input.code !== undefined) required(errors, 'code', input.code, 'Code');
  if (creating || input.name !== undefined) required(errors, 'name', input.name, 'Name');
  maxLength(errors, 'code', input.code, 8, 'Code');
  maxLength(errors, 'name', input.name, 100, 'Name');
}

function locationSort(search: string | null | undefined) {
  const order = textSearch(locations.code, locations.name, search).order;
  if (order === 'id') return undefined;
  if (order === 'code') return { expr: sql`${locations.code} COLLATE "C"`, value: (row: LocationRow) => row.code };
  return { expr: sql`${locations.name} COLLATE "C"`, value: (row: LocationRow) => row.name };
}

const entity = { table: locations, entityType: 'Location', label: 'Location' };
const payload = (result: Result<LocationRow>) => ({ location: result.entity, errors: result.errors });

export const resolvers: Resolvers = {
  Location: {
    parent: (row, _, ctx) => loadById(ctx, locations, row.parentId),
  },
  Query: {
    locations: async (_, args, ctx) => {
      requireRight(ctx, Rights.locationSearch);
      const f = args.filter ?? {};
      if (f.type && !LOCATION_TYPES.includes(f.type as never)) throw badInput('type must be R, D, M or V.', 'type');
      const parentId = f.parentId ? parseId(f.parentId) : null;
      if (f.parentId && !parentId) throw badInput('Invalid parentId.', 'parentId');
      const where = and(
        f.type ? eq(locations.type, f.type) : undefined,
        parentId ? eq(locations.parentId, parentId) : undefined,
        codeOrNameSearch(locations.code, locations.name, f.search),
        await scopeWhere(ctx, 'Location'),
      );
      return paginate({ db: ctx.db, table: locations, where, sort: locationSort(f.search), args });
    },
    location: byIdInScope(Rights.locationSearch, 'Location', locations),
  },
  Mutation: {
    createLocation: async (_, { input }, ctx) => {
      requireRight(ctx, Rights.locationAdd);
      const errors: UserError[] = [];
      checkFields(input, errors, true);
      oneOf(errors, 'type', input.type, LOCATION_TYPES, 'Type');
      if (errors.length) return { location: null, errors };
      const values: typeof locations.$inferInsert = { code: input.code.trim(), name: input.name.trim(), type: input.type };
      const validate = async (tx: Tx) => {
        const errs: UserError[] = [];
        values.parentId = await checkParent(tx, input.type, input.parentId, errs);
        return errs;
      };
      return payload(await createEntity(ctx, { ...entity, values, validate }));
    },
    updateLocation: async (_, { input }, ctx) => {
      requireRight(ctx, Rights.locationEdit);
      const errors: UserError[] = [];
      checkFields(input, errors, false);
      if (errors.length) return { location: null, errors };
      const values: Partial<typeof locations.$inferInsert> = defined({ code: input.code?.trim(), name: input.name?.trim() });
      const validate = async (tx: Tx, existing: LocationRow) => {
        const errs: UserError[] = [];
        if (input.parentId !== undefined) values.parentId = await checkParent(tx, existing.type, input.parentId, errs);
        return errs;
      };
      return payload(await updateEntity(ctx, { ...entity, id: input.id, version: input.version, values, validate }));
    },
    deleteLocation: async (_, { input }, ctx) => {
      requireRight(ctx, Rights.locationDelete);
      const validate = async (tx: Tx, existing: LocationRow) => {
        const [child] = await tx.select({ id: locations.id }).from(locations).where(eq(locations.parentId, existing.id)).limit(1);
        if (child) return [userError('id', ErrorCodes.inUse, 'This location still has locations under it.')];
        // Other domains refuse with their own reason (facilities, families in this location).
        return runHook('location.deleting', { tx, location: existing });
      };
      return payload(await deleteEntity(ctx, { ...entity, id: input.id, version: input.version, validate }));
    },
  },
};

declare module '../../platform/hooks.js' {
  interface HookPoints {
    /** Before a location is deleted, in its transaction: answer IN_USE errors to refuse. */
    'location.deleting': { tx: Tx; location: LocationRow };
  }
}
