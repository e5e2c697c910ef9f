/** The product searches: the list (code or name, location, validity) and the covered lines, keyset-paged. */
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { type ConnectionArgs, codeOrNameSearch, pageSize, paginate } from '../../../graphql/connection.js';
import type { Ctx } from '../../../graphql/context.js';
import { parseId } from '../../../graphql/crud.js';
import { badInput } from '../../../graphql/errors.js';
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
function appliesIn(locationId: number): SQL {
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

/** Keyset paging of covered lines by the service / item id (the cursor is that id). */
function linePaging(args: LineArgs) {
  const first = pageSize(args.first);
  const after = args.after ? parseId(Buffer.from(args.after, 'base64url').toString('utf8')) : null;
  if (args.after && !after) throw badInput('Invalid cursor.', 'after');
  return { first, after };
}
function linePage<T>(rows: T[], first: number, after: number | null, idOf: (row: T) => number) {
  const edges = rows.slice(0, first).map((node) => ({ cursor: Buffer.from(String(idOf(node))).toString('base64url'), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** A product's covered services in service id order, searchable by code or name: each line's settings with its service. */
export async function productServiceLines(ctx: Ctx, product: ProductRow, args: LineArgs) {
  const { first, after } = linePaging(args);
  const s = medicalServices;
  const rows = await ctx.db
    .select({ service: s, line: productServices })
    .from(productServices)
    .innerJoin(s, eq(s.id, productServices.serviceId))
    .where(and(eq(productServices.productId, product.id), after ? sql`${s.id} > ${after}` : undefined, codeOrNameSearch(s.code, s.name, args.search)))
    .orderBy(s.id)
    .limit(first + 1);
  return linePage(
    rows.map((r) => ({ ...r.line, service: r.service })),
    first,
    after,
    (r) => r.service.id,
  );
}

/** A product's covered items, as productServiceLines. */
export async function productItemLines(ctx: Ctx, product: ProductRow, args: LineArgs) {
  const { first, after } = linePaging(args);
  const m = medicalItems;
  const rows = await ctx.db
    .select({ item: m, line: productItems })
    .from(productItems)
    .innerJoin(m, eq(m.id, productItems.itemId))
    .where(and(eq(productItems.productId, product.id), after ? sql`${m.id} > ${after}` : undefined, codeOrNameSearch(m.code, m.name, args.search)))
    .orderBy(m.id)
    .limit(first + 1);
  return linePage(
    rows.map((r) => ({ ...r.line, item: r.item })),
    first,
    after,
    (r) => r.item.id,
  );
}
