/** Reading health facilities, services, items, price lists and diagnoses: the right, then the (scoped) search. */
import { and, eq, sql } from 'drizzle-orm';
import { codeOrNameSearch, likeEscape, paginate } from '../../../graphql/connection.js';
import type { Ctx, SessionUser } from '../../../graphql/context.js';
import { parseId } from '../../../graphql/crud.js';
import { requireRight } from '../../../graphql/errors.js';
import { loadById } from '../../../graphql/loader.js';
import { loadInScope, requireVisible, scopeWhere } from '../../../platform/scope.js';
import { Rights } from '../../core/rights.js';
import { locations } from '../../location/tables.js';
import { onPriceList, priceListEntries } from '../search/priceList.js';
import { type Args, codeSort, type DiagnosisRow, type HfRow, type ItemRow, idFilter, type PriceListRow, type ServiceRow } from '../service/rules.js';
import { diagnoses, healthFacilities, medicalItems, medicalServices, priceLists } from '../tables.js';

export const readResolvers = {
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
  PriceList: {
    location: (row: PriceListRow, _: unknown, ctx: Ctx) => loadById(ctx, locations, row.locationId),
    services: (row: PriceListRow, args: { search?: string; first?: number; after?: string }, ctx: Ctx) =>
      row.kind === 'S'
        ? priceListEntries(ctx, row, 'S', args)
        : { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } },
    items: (row: PriceListRow, args: { search?: string; first?: number; after?: string }, ctx: Ctx) =>
      row.kind === 'I'
        ? priceListEntries(ctx, row, 'I', args)
        : { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } },
  },
  Query: {
    healthFacilities: async (
      _: unknown,
      args: Args<{ search?: string; level?: string; legalForm?: string; careType?: string; locationId?: string }>,
      ctx: Ctx,
    ) => {
      requireRight(ctx, Rights.healthFacilitySearch);
      const f = args.filter ?? {};
      const locationId = idFilter(f.locationId, 'locationId');
      const where = and(
        codeOrNameSearch(healthFacilities.code, healthFacilities.name, f.search),
        f.level ? eq(healthFacilities.level, f.level) : undefined,
        f.legalForm ? eq(healthFacilities.legalForm, f.legalForm) : undefined,
        f.careType ? eq(healthFacilities.careType, f.careType) : undefined,
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
    medicalServices: async (
      _: unknown,
      args: Args<{ search?: string; type?: string; category?: string; level?: string; careType?: string; priceListId?: string }>,
      ctx: Ctx,
    ) => {
      requireRight(ctx, Rights.medicalServiceSearch);
      const f = args.filter ?? {};
      const listId = idFilter(f.priceListId, 'priceListId');
      await requireVisible(ctx, 'PriceList', listId);
      const where = and(
        codeOrNameSearch(medicalServices.code, medicalServices.name, f.search),
        f.type ? eq(medicalServices.type, f.type) : undefined,
        f.category ? eq(medicalServices.category, f.category) : undefined,
        f.level ? eq(medicalServices.level, f.level) : undefined,
        f.careType ? eq(medicalServices.careType, f.careType) : undefined,
        onPriceList('S', listId, medicalServices.id),
      );
      return paginate<ServiceRow>({
        db: ctx.db,
        table: medicalServices,
        where,
        sort: codeSort<ServiceRow>(medicalServices.code, medicalServices.name, f.search),
        args,
      });
    },
    medicalService: (_: unknown, args: { id: string }, ctx: Ctx) => {
      requireRight(ctx, Rights.medicalServiceSearch);
      return loadById<ServiceRow>(ctx, medicalServices, parseId(args.id));
    },
    medicalItems: async (_: unknown, args: Args<{ search?: string; type?: string; careType?: string; priceListId?: string }>, ctx: Ctx) => {
      requireRight(ctx, Rights.medicalItemSearch);
      const f = args.filter ?? {};
      const listId = idFilter(f.priceListId, 'priceListId');
      await requireVisible(ctx, 'PriceList', listId);
      const where = and(
        codeOrNameSearch(medicalItems.code, medicalItems.name, f.search),
        f.type ? eq(medicalItems.type, f.type) : undefined,
        f.careType ? eq(medicalItems.careType, f.careType) : undefined,
        onPriceList('I', listId, medicalItems.id),
      );
      return paginate<ItemRow>({ db: ctx.db, table: medicalItems, where, sort: codeSort<ItemRow>(medicalItems.code, medicalItems.name, f.search), args });
    },
    medicalItem: (_: unknown, args: { id: string }, ctx: Ctx) => {
      requireRight(ctx, Rights.medicalItemSearch);
      return loadById<ItemRow>(ctx, medicalItems, parseId(args.id));
    },
    priceLists: async (_: unknown, args: Args<{ kind?: string; search?: string }>, ctx: Ctx) => {
      const f = args.filter ?? {};
      if (f.kind === 'I') requireRight(ctx, Rights.itemPriceListSearch);
      else if (f.kind === 'S') requireRight(ctx, Rights.servicePriceListSearch);
      else {
        requireRight(ctx, Rights.servicePriceListSearch);
        requireRight(ctx, Rights.itemPriceListSearch);
      }
      const search = f.search?.trim();
      const where = and(
        f.kind ? eq(priceLists.kind, f.kind) : undefined,
        search ? sql`${priceLists.name} ilike ${`%${likeEscape(search)}%`}` : undefined,
        await scopeWhere(ctx, 'PriceList'),
      );
      return paginate<PriceListRow>({ db: ctx.db, table: priceLists, where, sort: { expr: sql`${priceLists.name} COLLATE "C"`, value: (r) => r.name }, args });
    },
    priceList: async (_: unknown, args: { id: string }, ctx: Ctx) => {
      const row = await loadById<PriceListRow>(ctx, priceLists, parseId(args.id));
      requireRight(ctx, row?.kind === 'I' ? Rights.itemPriceListSearch : Rights.servicePriceListSearch);
      return loadInScope(ctx, 'PriceList', async () => row, row?.id ?? null);
    },
    diagnoses: (_: unknown, args: Args<{ search?: string }>, ctx: Ctx) => {
      requireRight(ctx, Rights.diagnosisSearch);
      const f = args.filter ?? {};
      return paginate<DiagnosisRow>({
        db: ctx.db,
        table: diagnoses,
        where: codeOrNameSearch(diagnoses.code, diagnoses.name, f.search),
        sort: codeSort<DiagnosisRow>(diagnoses.code, diagnoses.name, f.search),
        args,
      });
    },
  },
};
