/** Locations: the right (or the kit's guard), then the search or the service (service.ts), then the payload. */
import { and, eq, sql } from 'drizzle-orm';
import { codeOrNameSearch, paginate, textSearch } from '../../graphql/connection.js';
import { parseId } from '../../graphql/crud.js';
import { badInput, requireRight } from '../../graphql/errors.js';
import { loadById } from '../../graphql/loader.js';
import type { Resolvers } from '../../graphql/schema-types.js';
import { serviceMutation } from '../../platform/mutation.js';
import { byIdInScope, scopeWhere } from '../../platform/scope.js';
import { Rights } from '../core/rights.js';
import { createLocation, deleteLocation, LOCATION_TYPES, type LocationRow, updateLocation } from './service.js';
import { locations } from './tables.js';

function locationSort(search: string | null | undefined) {
  const order = textSearch(locations.code, locations.name, search).order;
  if (order === 'id') return undefined;
  if (order === 'code') return { expr: sql`${locations.code} COLLATE "C"`, value: (row: LocationRow) => row.code };
  return { expr: sql`${locations.name} COLLATE "C"`, value: (row: LocationRow) => row.name };
}

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
    createLocation: serviceMutation('location', Rights.locationAdd, createLocation),
    updateLocation: serviceMutation('location', Rights.locationEdit, updateLocation),
    deleteLocation: serviceMutation('location', Rights.locationDelete, deleteLocation),
  },
};
