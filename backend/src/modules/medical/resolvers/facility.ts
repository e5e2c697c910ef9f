/** Health facilities: the right, then the search or the service, then the payload. */
import { and, eq, sql } from 'drizzle-orm';
import { codeOrNameSearch, paginate } from '../../../graphql/connection.js';
import type { Ctx, SessionUser } from '../../../graphql/context.js';
import { parseId, type Result } from '../../../graphql/crud.js';
import { requireRight } from '../../../graphql/errors.js';
import { loadById } from '../../../graphql/loader.js';
import { loadInScope, scopeWhere } from '../../../platform/scope.js';
import { Rights } from '../../core/rights.js';
import { locations } from '../../location/tables.js';
import { type Args, codeSort, equals, idFilter } from '../search/catalog.js';
import { createHealthFacility, deleteHealthFacility, updateHealthFacility } from '../service/facility.js';
import type { HfRow, Input } from '../service/rules.js';
import { healthFacilities, priceLists } from '../tables.js';

const payload = (result: Result<HfRow>) => ({ healthFacility: result.entity, errors: result.errors });

type FacilityFilter = { search?: string; level?: string; legalForm?: string; careType?: string; locationId?: string };

export const facilityResolvers = {
  Me: {
    healthFacility: (me: SessionUser, _: unknown, ctx: Ctx) => loadById<HfRow>(ctx, healthFacilities, me.healthFacilityId),
  },
  HealthFacility: {
    location: (row: HfRow, _: unknown, ctx: Ctx) => loadById(ctx, locations, row.locationId),
    servicePriceList: (row: HfRow, _: unknown, ctx: Ctx) => loadById(ctx, priceLists, row.servicePriceListId),
    itemPriceList: (row: HfRow, _: unknown, ctx: Ctx) => loadById(ctx, priceLists, row.itemPriceListId),
  },
  Location: {
    healthFacilityCount: async (row: { id: number }, _: unknown, ctx: Ctx) => {
      const [count] = await ctx.db
        .select({ n: sql<number>`count(*)::int` })
        .from(healthFacilities)
        .where(and(eq(healthFacilities.locationId, row.id), await scopeWhere(ctx, 'HealthFacility')));
      return count?.n ?? 0;
    },
  },
  Query: {
    healthFacilities: async (_: unknown, args: Args<FacilityFilter>, ctx: Ctx) => {
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
    healthFacility: (_: unknown, args: { id: string }, ctx: Ctx) => {
      requireRight(ctx, Rights.healthFacilitySearch);
      return loadInScope(ctx, 'HealthFacility', (id) => loadById<HfRow>(ctx, healthFacilities, id), parseId(args.id));
    },
  },
  Mutation: {
    createHealthFacility: async (_: unknown, { input }: { input: Input }, ctx: Ctx) => {
      requireRight(ctx, Rights.healthFacilityAdd);
      return payload(await createHealthFacility(ctx, input));
    },
    updateHealthFacility: async (_: unknown, { input }: { input: Input & { version: number } }, ctx: Ctx) => {
      requireRight(ctx, Rights.healthFacilityEdit);
      return payload(await updateHealthFacility(ctx, input));
    },
    deleteHealthFacility: async (_: unknown, { input }: { input: { id: string; version?: number } }, ctx: Ctx) => {
      requireRight(ctx, Rights.healthFacilityDelete);
      return payload(await deleteHealthFacility(ctx, input));
    },
  },
};
