/** Health facilities: the right, then the search or the service, then the payload. */

import { and, eq, sql } from 'drizzle-orm';
import { codeOrNameSearch, paginate } from '../../../graphql/connection.js';
import { requireRight } from '../../../graphql/errors.js';
import { loadById } from '../../../graphql/loader.js';
import type { Resolvers } from '../../../graphql/schema-types.js';
import { serviceMutation } from '../../../platform/mutation.js';
import { byIdInScope, scopeWhere } from '../../../platform/scope.js';
import { Rights } from '../../core/rights.js';
import { users } from '../../core/tables.js';
import { locations } from '../../location/tables.js';
import { codeSort, equals, idFilter } from '../search/catalog.js';
import { createHealthFacility, deleteHealthFacility, updateHealthFacility } from '../service/facility.js';
import type { HfRow } from '../service/rules.js';
import { healthFacilities, healthFacilityCatchments, priceLists } from '../tables.js';

export const facilityResolvers: Resolvers = {
  Me: {
    healthFacility: (me, _, ctx) => loadById(ctx, healthFacilities, me.healthFacilityId),
  },
  User: {
    healthFacility: (user, _, ctx) => loadById(ctx, healthFacilities, user.healthFacilityId),
  },
  // officers and claim administrators are users (same id): the user's facility
  EnrolmentOfficer: {
    healthFacility: async (row, _, ctx) => loadById(ctx, healthFacilities, (await loadById(ctx, users, row.id))?.healthFacilityId),
  },
  ClaimAdministrator: {
    healthFacility: async (row, _, ctx) => loadById(ctx, healthFacilities, (await loadById(ctx, users, row.id))?.healthFacilityId),
  },
  HealthFacility: {
    location: (row, _, ctx) => loadById(ctx, locations, row.locationId),
    servicePriceList: (row, _, ctx) => loadById(ctx, priceLists, row.servicePriceListId),
    itemPriceList: (row, _, ctx) => loadById(ctx, priceLists, row.itemPriceListId),
    // the type rule has checked the right and the facility's scope; villages by code
    catchments: (row, _, ctx) =>
      ctx.db
        .select({
          healthFacilityId: healthFacilityCatchments.healthFacilityId,
          locationId: healthFacilityCatchments.locationId,
          percent: healthFacilityCatchments.percent,
        })
        .from(healthFacilityCatchments)
        .innerJoin(locations, eq(locations.id, healthFacilityCatchments.locationId))
        .where(eq(healthFacilityCatchments.healthFacilityId, row.id))
        .orderBy(sql`${locations.code} COLLATE "C"`),
  },
  HealthFacilityCatchment: {
    location: (row, _, ctx) => loadById(ctx, locations, row.locationId),
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
    healthFacility: byIdInScope(Rights.healthFacilitySearch, 'HealthFacility', healthFacilities),
  },
  Mutation: {
    createHealthFacility: serviceMutation('healthFacility', Rights.healthFacilityAdd, createHealthFacility),
    updateHealthFacility: serviceMutation('healthFacility', Rights.healthFacilityEdit, updateHealthFacility),
    deleteHealthFacility: serviceMutation('healthFacility', Rights.healthFacilityDelete, deleteHealthFacility),
  },
};
