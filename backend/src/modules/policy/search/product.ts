/** The product searches: the list (code or name, location, validity) and the covered lines, keyset-paged. */
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { type ConnectionArgs, codeOrNameSearch, idKeyset, idPage, paginate } from '../../../graphql/connection.js';
import type { Ctx } from '../../../graphql/context.js';
import { scopeWhere } from '../../../platform/scope.js';
import { locations } from '../../location/tables.js';
import { codeSort, idFilter } from '../../medical/search/catalog.js';
import { medicalItems, medicalServices } from '../../medical/tables.js';
import type { ProductRow } from '../service/product.js';
import { productItems, productServices, products } from '../tables.js';

export interface ProductFilter {
  search?: string | null;
  locationId?: string | null;
  validAt?: string | null;
}

/** Products that apply in a location: national ones, its own, and those of the locations above it (up to the region). */
export function appliesIn(locationId: number): SQL {
  return sql`(${products.locationId} is null or ${products.locationId} in (
    with recursive up(id, parent_id) as (
      select ${locations.id}, ${locations.parentId} from ${locations} where ${locations.id} = ${locationId}
      union all select l.id, l.parent_id from ${locations} l join up on l.id = up.parent_id
    ) select id from up))`;
}

export async function searchProducts(ctx: Ctx, args: { filter?: ProductFilter | null } & ConnectionArgs) {
  const f = args.filter ?? {};
  const locationId = idFilter(f.locationId, 'locationId');
  const where = and(
    codeOrNameSearch(products.code, products.name, f.search),
    locationId ? appliesIn(locationId) : undefined,
    f.validAt ? sql`${products.dateFrom} <= ${f.validAt} and ${products.dateTo} >= ${f.validAt}` : undefined,
    await scopeWhere(ctx, 'Product'),
  );
  return paginate<ProductRow>({ db: ctx.db, table: products, where, sort: codeSort<ProductRow>(products.code, products.name, f.search), args });
}

type LineArgs = { search?: string | null; first?: number | null; after?: string | null };

/** A product's covered services in service id order, searchable by code or name: each line's settings with its service. */
export async function productServiceLines(ctx: Ctx, product: ProductRow, args: LineArgs) {
  const keyset = idKeyset(args);
  const { first, after } = keyset;
  const s = medicalServices;
  const rows = await ctx.db
    .select({ service: s, line: productServices })
    .from(productServices)
    .innerJoin(s, eq(s.id, productServices.serviceId))
    .where(and(eq(productServices.productId, product.id), after ? sql`${s.id} > ${after}` : undefined, codeOrNameSearch(s.code, s.name, args.search)))
    .orderBy(s.id)
    .limit(first + 1);
  return idPage(
    rows,
    keyset,
    (r) => r.service.id,
    (r) => ({ ...r.line, service: r.service }),
  );
}

/** A product's covered items, as productServiceLines. */
export async function productItemLines(ctx: Ctx, product: ProductRow, args: LineArgs) {
  const keyset = idKeyset(args);
  const { first, after } = keyset;
  const m = medicalItems;
  const rows = await ctx.db
    .select({ item: m, line: productItems })
    .from(productItems)
    .innerJoin(m, eq(m.id, productItems.itemId))
    .where(and(eq(productItems.productId, product.id), after ? sql`${m.id} > ${after}` : undefined, codeOrNameSearch(m.code, m.name, args.search)))
    .orderBy(m.id)
    .limit(first + 1);
  return idPage(
    rows,
    keyset,
    (r) => r.item.id,
    (r) => ({ ...r.line, item: r.item }),
  );
}
