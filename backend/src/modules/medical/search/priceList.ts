/** The entries of a price list, keyset-paged, and the "is on this price list" condition. */
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { codeOrNameSearch, idKeyset, idPage } from '../../../graphql/connection.js';
import type { Ctx } from '../../../graphql/context.js';
import type { PriceListRow } from '../service/rules.js';
import { medicalItems, medicalServices, priceListItems, priceListServices } from '../tables.js';

export async function priceListEntries(
  ctx: Ctx,
  list: PriceListRow,
  kind: 'S' | 'I',
  args: { search?: string | null; first?: number | null; after?: string | null },
) {
  const keyset = idKeyset(args);
  const { first, after } = keyset;
  const entity = kind === 'S' ? medicalServices : medicalItems;
  const link = kind === 'S' ? priceListServices : priceListItems;
  const linkId = kind === 'S' ? priceListServices.serviceId : priceListItems.itemId;
  const rows = await ctx.db
    .select({ entity, priceOverride: link.priceOverride })
    .from(link)
    .innerJoin(entity, eq(entity.id, linkId))
    .where(and(eq(link.priceListId, list.id), after ? sql`${entity.id} > ${after}` : undefined, codeOrNameSearch(entity.code, entity.name, args.search)))
    .orderBy(entity.id)
    .limit(first + 1);
  const key = kind === 'S' ? 'service' : 'item';
  return idPage(
    rows,
    keyset,
    (row) => row.entity.id,
    (row) => ({ [key]: row.entity, priceOverride: row.priceOverride, price: row.priceOverride ?? row.entity.price }),
  );
}

export function onPriceList(kind: 'S' | 'I', priceListId: number | null, entityId: SQL | PgColumn): SQL | undefined {
  if (!priceListId) return undefined;
  return kind === 'S'
    ? sql`exists (select 1 from ${priceListServices} where ${priceListServices.priceListId} = ${priceListId} and ${priceListServices.serviceId} = ${entityId})`
    : sql`exists (select 1 from ${priceListItems} where ${priceListItems.priceListId} = ${priceListId} and ${priceListItems.itemId} = ${entityId})`;
}
