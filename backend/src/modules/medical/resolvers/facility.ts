/** Health facilities: the right, then the search or the service, then the payload. */

import { and, eq, sql } from 'drizzle-orm';
import { codeOrNameSearch, paginate } from '../../../graphql/connection.js';
import { parseId, type Result } from '../../../graphql/crud.js';
import { requireRight } from '../../../graphql/errors.js';
import { loadById } from '../../../graphql/loader.js';
import type { Resolvers } from '../../../graphql/schema-types.js';
import { loadInScope, scopeWhere } from '../../../platform/scope.js';
import { Rights } from '../../core/rights.js';
import { locations } from '../../location/tables.js';
import { codeSort, equals, idFilter } from '../search/catalog.js';
import { createHealthFacility, deleteHealthFacility, updateHealthFacility } from '../service/facility.js';
import type { HfRow } from '../service/rules.js';
import { healthFacilities, priceLists } from '../tables.js';

const payload = (result: Result<HfRow>) => ({ healthFacility: result.entity, errors: result.errors });

export const facilityResolvers: Resolvers = {
  Me: {
    healthFacility: (me, _, ctx) => loadById(ctx, healthFacilities, me.healthFacilityId),
  },
  HealthFacility: {
    location: (row, _, ctx) => loadById(ctx, locations, row.locationId),
    servicePriceList: (row, _, ctx) => loadById(ctx, priceLists, row.servicePriceListId),
    itemPriceList: (row, _, ctx) => loadById(ctx, priceLists, row.itemPriceListId),
  },
  Location: {
    healthFacilityCount: async (row, _, ctx) => {
      const [count] = await ctx.db
        .select({ n: sql<number>`count(*)::int` })
        .from(healthFacilities)
        .where(and(eq(healthFacilities.locationId, row.id), await scopeWhere(ctx, 'HealthFacility')));
      return count?.n ?? 0;
    },
  },
  Query: {
    healthFacilities: async (_, args, ctx) => {
      requireRight(ctx, Rights.healthFacilitySearch);
      const f = args.filter ?? {};
      const locationId = idFilter(f.locationId, 'locationId');
      const where = and(
        codeOrNameSearch(healthFacilities.code, healthFacilities.name, f.search),
        equals(healthFacilities.level, f.level),
        equals(healthFacilities.legalForm, f.legalForm),
        equals(healthFacilities.careType, f.careType),
        locationId
          ? sql`(${healthFacilities.locationId} = ${locationId} or ${healthFacilities.locationId} in (select ${locations.id} from ${locations} where ${locations.parentId} = ${locationId}))`
          : undefined,
        await scopeWhere(ctx, 'HealthFacility'),
      );
      return paginate<HfRow>({
        db: ctx.db,
        table: healthFacilities,
        where,
        sort: codeSort<HfRow>(healthFacilities.code, healthFacilities.name, f.search),
        args,
      });
    },
    healthFacility: (_, args, ctx) => {
      requireRight(ctx, Rights.healthFacilitySearch);
      return loadInScope(ctx, 'HealthFacility', (id) => loadById(ctx, healthFacilities, id), parseId(args.id));
    },
  },
  Mutation: {
    createHealthFacility: async (_, { input }, ctx) => {
      requireRight(ctx, Rights.healthFacilityAdd);
      return payload(await createHealthFacility(ctx, input));
    },
    updateHealthFacility: async (_, { input }, ctx) => {
      requireRight(ctx, Rights.healthFacilityEdit);
      return payload(await updateHealthFacility(ctx, input));
    },
    deleteHealthFacility: async (_, { input }, ctx) => {
      requireRight(ctx, Rights.healthFacilityDelete);
      return payload(await deleteHealthFacility(ctx, input));
    },
  },
};
