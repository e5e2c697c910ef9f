/** Price lists: the right (by the list's kind), then the search or the service, then the payload. */
import { and, sql } from 'drizzle-orm';
import { likeEscape, paginate } from '../../../graphql/connection.js';
import type { Ctx } from '../../../graphql/context.js';
import { parseId, type Result } from '../../../graphql/crud.js';
import { requireRight } from '../../../graphql/errors.js';
import { loadById } from '../../../graphql/loader.js';
import { loadInScope, scopeWhere } from '../../../platform/scope.js';
import { Rights } from '../../core/rights.js';
import { locations } from '../../location/tables.js';
import { type Args, equals } from '../search/catalog.js';
import { priceListEntries } from '../search/priceList.js';
import { createPriceList, deletePriceList, type EntriesInput, priceListKind, setPriceListEntries, updatePriceList } from '../service/priceList.js';
import type { PriceListRow } from '../service/rules.js';
import { priceLists } from '../tables.js';

const payload = (result: Result<PriceListRow>) => ({ priceList: result.entity, errors: result.errors });

/** The item right for an items list, else the service right (an unknown list is refused as a services list). */
const byKind = (kind: string | null | undefined, item: number, service: number) => (kind === 'I' ? item : service);

type EntriesArgs = { search?: string; first?: number; after?: string };
const noEntries = { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } };
const entries = (kind: 'S' | 'I') => (row: PriceListRow, args: EntriesArgs, ctx: Ctx) =>
  row.kind === kind ? priceListEntries(ctx, row, kind, args) : noEntries;

export const priceListResolvers = {
  PriceList: {
    location: (row: PriceListRow, _: unknown, ctx: Ctx) => loadById(ctx, locations, row.locationId),
    services: entries('S'),
    items: entries('I'),
  },
  Query: {
    priceLists: async (_: unknown, args: Args<{ kind?: string; search?: string }>, ctx: Ctx) => {
      const f = args.filter ?? {};
      if (f.kind !== 'I') requireRight(ctx, Rights.servicePriceListSearch);
      if (f.kind !== 'S') requireRight(ctx, Rights.itemPriceListSearch);
      const search = f.search?.trim();
      const where = and(
        equals(priceLists.kind, f.kind),
        search ? sql`${priceLists.name} ilike ${`%${likeEscape(search)}%`}` : undefined,
        await scopeWhere(ctx, 'PriceList'),
      );
      return paginate<PriceListRow>({ db: ctx.db, table: priceLists, where, sort: { expr: sql`${priceLists.name} COLLATE "C"`, value: (r) => r.name }, args });
    },
    priceList: async (_: unknown, args: { id: string }, ctx: Ctx) => {
      const row = await loadById<PriceListRow>(ctx, priceLists, parseId(args.id));
      requireRight(ctx, byKind(row?.kind, Rights.itemPriceListSearch, Rights.servicePriceListSearch));
      return loadInScope(ctx, 'PriceList', async () => row, row?.id ?? null);
    },
  },
  Mutation: {
    createPriceList: async (_: unknown, { input }: { input: { kind: string; name: string; locationId?: string } }, ctx: Ctx) => {
      requireRight(ctx, byKind(input.kind, Rights.itemPriceListAdd, Rights.servicePriceListAdd));
      return payload(await createPriceList(ctx, input));
    },
    updatePriceList: async (_: unknown, { input }: { input: { id: string; version: number; name?: string; locationId?: string | null } }, ctx: Ctx) => {
      requireRight(ctx, byKind(await priceListKind(ctx, input.id), Rights.itemPriceListEdit, Rights.servicePriceListEdit));
      return payload(await updatePriceList(ctx, input));
    },
    deletePriceList: async (_: unknown, { input }: { input: { id: string; version?: number } }, ctx: Ctx) => {
      requireRight(ctx, byKind(await priceListKind(ctx, input.id), Rights.itemPriceListDelete, Rights.servicePriceListDelete));
      return payload(await deletePriceList(ctx, input));
    },
    setPriceListEntries: async (_: unknown, { input }: { input: EntriesInput }, ctx: Ctx) => {
      requireRight(ctx, byKind(await priceListKind(ctx, input.id), Rights.itemPriceListEdit, Rights.servicePriceListEdit));
      return payload(await setPriceListEntries(ctx, input));
    },
  },
};
