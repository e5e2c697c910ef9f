/**
 * The claim form's service and item pickers: only what is on the facility's price list, with the
 * facility's price (the list's override, else the catalogue's), searched on the server by code
 * prefix or name fragment (the kit's textSearch), keyset-paged by code (or id for a name fragment)
 * so a list of 40,000 services never goes to the browser. Deactivated ones are never offered.
 */
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { decodeCursor, encodeCursor, type Page, pageSize, textSearch } from '../../../graphql/connection.js';
import type { Ctx } from '../../../graphql/context.js';
import { parseId } from '../../../graphql/crud.js';
import { badInput } from '../../../graphql/errors.js';
import { idsInScope } from '../../../platform/scope.js';
import { healthFacilities, medicalItems, medicalServices, priceListItems, priceListServices } from '../../medical/tables.js';

export interface PickerArgs {
  healthFacilityId: string;
  search?: string | null;
  first?: number | null;
  after?: string | null;
}
export interface ServiceOption {
  id: number;
  code: string;
  name: string;
  category: string;
  careType: string;
  price: string;
}
export interface ItemOption {
  id: number;
  code: string;
  name: string;
  package: string | null;
  careType: string;
  price: string;
}

/** The facility's price list of this kind, when the facility is one the user enters claims for (FORBIDDEN otherwise). */
async function facilityList(ctx: Ctx, facilityId: string, kind: 'S' | 'I'): Promise<number | null> {
  const id = parseId(facilityId);
  if (!id) throw badInput('Invalid healthFacilityId.', 'healthFacilityId');
  if (!(await idsInScope(ctx, 'ClaimFacility', [id])).has(id)) throw badInput('This health facility is outside your area.', 'healthFacilityId');
  const [facility] = await ctx.db
    .select({ services: healthFacilities.servicePriceListId, items: healthFacilities.itemPriceListId })
    .from(healthFacilities)
    .where(eq(healthFacilities.id, id));
  return (kind === 'S' ? facility?.services : facility?.items) ?? null;
}

function page<T extends { id: number; code: string }>(rows: T[], first: number, byCode: boolean, after: boolean): Page<T> {
  const edges = rows.slice(0, first).map((node) => ({ cursor: encodeCursor(byCode ? [node.code, node.id] : [node.id]), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, hasPreviousPage: after, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

export async function servicePicker(ctx: Ctx, args: PickerArgs): Promise<Page<ServiceOption>> {
  const first = pageSize(args.first);
  const list = await facilityList(ctx, args.healthFacilityId, 'S');
  if (!list) return page([], first, true, false);
  const t = medicalServices;
  const search = textSearch(t.code, t.name, args.search);
  const byCode = search.order !== 'id';
  const code = sql`${t.code} COLLATE "C"`;
  let after: SQL | undefined;
  if (args.after) {
    const v = decodeCursor(args.after, byCode ? 2 : 1);
    after = byCode ? sql`(${code}, ${t.id}) > (${v[0]}, ${v[1]})` : sql`${t.id} > ${v[0]}`;
  }
  const rows = await ctx.db
    .select({
      id: t.id,
      code: t.code,
      name: t.name,
      category: t.category,
      careType: t.careType,
      price: sql<string>`coalesce(${priceListServices.priceOverride}, ${t.price})`,
    })
    .from(t)
    .innerJoin(priceListServices, and(eq(priceListServices.serviceId, t.id), eq(priceListServices.priceListId, list)))
    .where(and(search.where, eq(t.active, true), after))
    .orderBy(...(byCode ? [asc(code), asc(t.id)] : [asc(t.id)]))
    .limit(first + 1);
  return page(rows, first, byCode, Boolean(args.after));
}

export async function itemPicker(ctx: Ctx, args: PickerArgs): Promise<Page<ItemOption>> {
  const first = pageSize(args.first);
  const list = await facilityList(ctx, args.healthFacilityId, 'I');
  if (!list) return page([], first, true, false);
  const t = medicalItems;
  const search = textSearch(t.code, t.name, args.search);
  const byCode = search.order !== 'id';
  const code = sql`${t.code} COLLATE "C"`;
  let after: SQL | undefined;
  if (args.after) {
    const v = decodeCursor(args.after, byCode ? 2 : 1);
    after = byCode ? sql`(${code}, ${t.id}) > (${v[0]}, ${v[1]})` : sql`${t.id} > ${v[0]}`;
  }
  const rows = await ctx.db
    .select({
      id: t.id,
      code: t.code,
      name: t.name,
      package: t.package,
      careType: t.careType,
      price: sql<string>`coalesce(${priceListItems.priceOverride}, ${t.price})`,
    })
    .from(t)
    .innerJoin(priceListItems, and(eq(priceListItems.itemId, t.id), eq(priceListItems.priceListId, list)))
    .where(and(search.where, eq(t.active, true), after))
    .orderBy(...(byCode ? [asc(code), asc(t.id)] : [asc(t.id)]))
    .limit(first + 1);
  return page(rows, first, byCode, Boolean(args.after));
}
