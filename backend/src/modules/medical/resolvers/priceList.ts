/** Price lists: the right (by the list's kind), then the search or the service, then the payload. */

import { and, eq, isNull, sql } from 'drizzle-orm';
import { likeEscape, type Page, paginate } from '../../../graphql/connection.js';
import type { Ctx } from '../../../graphql/context.js';
import { parseId } from '../../../graphql/crud.js';
import { requireRight } from '../../../graphql/errors.js';
import { loadById } from '../../../graphql/loader.js';
import type { PriceListServicesArgs, Resolvers, ResolversTypes } from '../../../graphql/schema-types.js';
import { serviceMutation } from '../../../platform/mutation.js';
import { loadInScope, scopeWhere } from '../../../platform/scope.js';
import { Rights } from '../../core/rights.js';
import { locations } from '../../location/tables.js';
import { equals, idFilter } from '../search/catalog.js';
import { priceListEntries } from '../search/priceList.js';
import { createPriceList, deletePriceList, duplicatePriceList, priceListKind, setPriceListEntries, updatePriceList } from '../service/priceList.js';
import type { PriceListRow } from '../service/rules.js';
import { priceLists } from '../tables.js';

/** The item right for an items list, else the service right (an unknown list is refused as a services list). */
const byKind = (kind: string | null | undefined, item: number, service: number) => (kind === 'I' ? item : service);
/** The right to change an existing list, by its kind. */
const listRight = (item: number, service: number) => async (input: { id: string }, ctx: Ctx) => byKind(await priceListKind(ctx, input.id), item, service);

type Entry = { S: ResolversTypes['PriceListService']; I: ResolversTypes['PriceListItem'] };
const noEntries = { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } };
const entries =
  <K extends 'S' | 'I'>(kind: K) =>
  async (row: PriceListRow, args: Partial<PriceListServicesArgs>, ctx: Ctx): Promise<Page<Entry[K]>> => {
    if (row.kind !== kind) return noEntries;
    // priceListEntries names the entry's row by kind ('service' or 'item'): the nodes are the entries this kind asks for
    return (await priceListEntries(ctx, row, kind, args)) as Page<Entry[K]>;
  };

export const priceListResolvers: Resolvers = {
  PriceList: {
    location: (row, _, ctx) => loadById(ctx, locations, row.locationId),
    services: entries('S'),
    items: entries('I'),
  },
  Query: {
    priceLists: async (_, args, ctx) => {
      const f = args.filter ?? {};
      if (f.kind !== 'I') requireRight(ctx, Rights.servicePriceListSearch);
      if (f.kind !== 'S') requireRight(ctx, Rights.itemPriceListSearch);
      const search = f.search?.trim();
      const locationId = idFilter(f.locationId, 'locationId');
      const where = and(
        equals(priceLists.kind, f.kind),
        locationId ? eq(priceLists.locationId, locationId) : undefined,
        f.nationalOnly ? isNull(priceLists.locationId) : undefined,
        search ? sql`${priceLists.name} ilike ${`%${likeEscape(search)}%`}` : undefined,
        await scopeWhere(ctx, 'PriceList'),
      );
      return paginate<PriceListRow>({ db: ctx.db, table: priceLists, where, sort: { expr: sql`${priceLists.name} COLLATE "C"`, value: (r) => r.name }, args });
    },
    priceList: async (_, args, ctx) => {
      const row = await loadById(ctx, priceLists, parseId(args.id));
      requireRight(ctx, byKind(row?.kind, Rights.itemPriceListSearch, Rights.servicePriceListSearch));
      return loadInScope(ctx, 'PriceList', async () => row, row?.id ?? null);
    },
  },
  Mutation: {
    createPriceList: serviceMutation('priceList', (input) => byKind(input.kind, Rights.itemPriceListAdd, Rights.servicePriceListAdd), createPriceList),
    updatePriceList: serviceMutation('priceList', listRight(Rights.itemPriceListEdit, Rights.servicePriceListEdit), updatePriceList),
    deletePriceList: serviceMutation('priceList', listRight(Rights.itemPriceListDelete, Rights.servicePriceListDelete), deletePriceList),
    setPriceListEntries: serviceMutation('priceList', listRight(Rights.itemPriceListEdit, Rights.servicePriceListEdit), setPriceListEntries),
    // adding a list of the source's kind
    duplicatePriceList: serviceMutation('priceList', listRight(Rights.itemPriceListAdd, Rights.servicePriceListAdd), duplicatePriceList),
  },
};
