/**
 * The account preview (openIMIS "batch run / account preview", 111103): the claims valuated or
 * processed whose visit ended in a period (a month, a year or a date range), of a location's
 * facilities (the location and below; none = every facility the user sees), optionally one facility
 * and one product, grouped by health facility (the claims' amounts) or by product (the amounts of the
 * passed lines that product covers), with the total. Inside the user's scope (`Claim`, through the
 * facility, as the claim search).
 */
import { ClaimStatus, LineStatus, monthBounds } from '@kente/contract-claim';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import type { Ctx } from '../../../graphql/context.js';
import { parseId } from '../../../graphql/crud.js';
import { badInput } from '../../../graphql/errors.js';
import { locationAndBelow, outOfScope, scopeWhere } from '../../../platform/scope.js';
import { claimLines, claims } from '../tables.js';

export interface ClaimAccountFilter {
  year?: number | null;
  month?: number | null;
  dateFrom?: string | null;
  dateTo?: string | null;
  locationId?: string | null;
  healthFacilityId?: string | null;
  productId?: string | null;
}

export type ClaimAccountGroup = 'FACILITY' | 'PRODUCT';

/** One row of the preview: a facility's or a product's claims and their sums (Decimal strings). */
export interface ClaimAccountRow {
  healthFacilityId: number | null;
  productId: number | null;
  claims: number;
  /** claims still Processed: a relative-price line waits for the batch run */
  processed: number;
  claimed: string;
  approved: string;
  valuated: string;
  remunerated: string;
}

/** The period the filter names: a month, a year, or a date range (both ends needed). */
export function accountPeriod(f: ClaimAccountFilter): { from: string; to: string } {
  if (f.year != null) {
    if (f.dateFrom || f.dateTo) throw badInput('Give a year (and month) or a date range, not both.', 'year');
    if (!Number.isInteger(f.year) || f.year < 2000 || f.year > 2100) throw badInput('A year from 2000 to 2100.', 'year');
    if (f.month == null) return { from: `${f.year}-01-01`, to: `${f.year}-12-31` };
    if (!Number.isInteger(f.month) || f.month < 1 || f.month > 12) throw badInput('A month from 1 to 12.', 'month');
    return monthBounds(f.year, f.month);
  }
  if (f.month != null) throw badInput('A month needs its year.', 'year');
  if (!f.dateFrom || !f.dateTo) throw badInput('Give a year (and month) or both ends of a date range.', 'dateFrom');
  if (f.dateFrom > f.dateTo) throw badInput('The range ends before it starts.', 'dateTo');
  return { from: f.dateFrom, to: f.dateTo };
}

const idOf = (value: string | null | undefined, field: string): number | null => {
  if (value == null || value === '') return null;
  const id = parseId(value);
  if (id === null) throw badInput('Unknown id.', field);
  return id;
};

const money = (expr: SQL) => sql<string>`round(coalesce(${expr}, 0), 2)::text`;

/** The preview's rows (ordered by facility or product id) and its total. */
export async function claimAccounts(
  ctx: Ctx,
  args: { filter: ClaimAccountFilter; groupBy: ClaimAccountGroup },
): Promise<{ rows: ClaimAccountRow[]; total: ClaimAccountRow }> {
  const f = args.filter;
  const period = accountPeriod(f);
  const locationId = idOf(f.locationId, 'locationId');
  const facilityId = idOf(f.healthFacilityId, 'healthFacilityId');
  const productId = idOf(f.productId, 'productId');
  if (locationId !== null && (await outOfScope(ctx, 'Location', locationId, 'visible')) !== null)
    throw new GraphQLError('This location is outside your area.', { extensions: { code: 'FORBIDDEN', field: 'locationId' } });
  const claimWhere = and(
    inArray(claims.status, [ClaimStatus.processed, ClaimStatus.valuated]),
    sql`coalesce(${claims.visitTo}, ${claims.visitFrom}) between ${period.from} and ${period.to}`,
    locationId !== null
      ? sql`${claims.healthFacilityId} in (select id from health_facilities where location_id in ${locationAndBelow(locationId)})`
      : undefined,
    facilityId !== null ? eq(claims.healthFacilityId, facilityId) : undefined,
    await scopeWhere(ctx, 'Claim'),
  );
  if (args.groupBy === 'FACILITY') {
    // the claims' own amounts; with a product, the claims that product covers a line of
    const where = and(
      claimWhere,
      productId !== null
        ? sql`exists (select 1 from ${claimLines} where ${claimLines.claimId} = ${claims.id} and ${claimLines.productId} = ${productId} and ${claimLines.status} = ${LineStatus.passed})`
        : undefined,
    );
    const fields = {
      claims: sql<number>`count(*)::int`,
      processed: sql<number>`(count(*) filter (where ${claims.status} = ${ClaimStatus.processed}))::int`,
      claimed: money(sql`sum(${claims.claimed})`),
      approved: money(sql`sum(${claims.approved})`),
      valuated: money(sql`sum(${claims.valuated})`),
      remunerated: money(sql`sum(${claims.remunerated})`),
    };
    const [rows, [total]] = await Promise.all([
      ctx.db
        .select({ healthFacilityId: claims.healthFacilityId, ...fields })
        .from(claims)
        .where(where)
        .groupBy(claims.healthFacilityId)
        .orderBy(claims.healthFacilityId),
      ctx.db.select(fields).from(claims).where(where),
    ]);
    return {
      rows: rows.map((r) => ({ ...r, productId, claims: Number(r.claims), processed: Number(r.processed) })),
      total: {
        ...(total ?? emptyTotals),
        healthFacilityId: facilityId,
        productId,
        claims: Number(total?.claims ?? 0),
        processed: Number(total?.processed ?? 0),
      },
    };
  }
  // by product: the passed lines each product covers (a claim on two products counts in both)
  const where = and(
    claimWhere,
    eq(claimLines.status, LineStatus.passed),
    productId !== null ? eq(claimLines.productId, productId) : sql`${claimLines.productId} is not null`,
  );
  const fields = {
    claims: sql<number>`count(distinct ${claimLines.claimId})::int`,
    processed: sql<number>`(count(distinct ${claimLines.claimId}) filter (where ${claims.status} = ${ClaimStatus.processed}))::int`,
    claimed: money(sql`sum(${claimLines.quantity} * ${claimLines.priceAsked})`),
    approved: money(
      sql`sum(coalesce(${claimLines.quantityApproved}, ${claimLines.quantity}) * coalesce(${claimLines.priceApproved}, ${claimLines.priceAsked}))`,
    ),
    valuated: money(sql`sum(${claimLines.priceValuated})`),
    remunerated: money(sql`sum(${claimLines.remunerated})`),
  };
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({ productId: claimLines.productId, ...fields })
      .from(claimLines)
      .innerJoin(claims, eq(claims.id, claimLines.claimId))
      .where(where)
      .groupBy(claimLines.productId)
      .orderBy(claimLines.productId),
    ctx.db.select(fields).from(claimLines).innerJoin(claims, eq(claims.id, claimLines.claimId)).where(where),
  ]);
  return {
    rows: rows.map((r) => ({ ...r, healthFacilityId: facilityId, claims: Number(r.claims), processed: Number(r.processed) })),
    total: { ...(total ?? emptyTotals), healthFacilityId: facilityId, productId, claims: Number(total?.claims ?? 0), processed: Number(total?.processed ?? 0) },
  };
}

const emptyTotals = { claimed: '0.00', approved: '0.00', valuated: '0.00', remunerated: '0.00' };
