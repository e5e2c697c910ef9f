/**
 * The dashboard kit: the filter every domain's dashboard query takes (a period of at most five
 * years, a location inside what the user sees, a product they see), checked once here, and the
 * right rule (the card's report right, or 131200 for every report). A domain's dashboard query
 * resolves `dashboardScope(ctx, filter, rights)` at its root and aggregates in SQL with
 * `monthOf`, `locationAndBelow` and its own scope (`scopeWhere`): a district user's figures are
 * their district's whatever location they pick.
 */
import { addDays } from '@kente/contract-policy';
import { type SQL, sql } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import type { Ctx } from '../graphql/context.js';
import { parseId } from '../graphql/crud.js';
import { ErrorCodes, requireUser } from '../graphql/errors.js';
import { ALL_REPORTS_RIGHT } from './report.js';
import { outOfScope } from './scope.js';

/** The longest period a dashboard aggregates: five years (and a day for the leap years). */
export const MAX_DASHBOARD_DAYS = 5 * 365 + 2;

/** The `DashboardFilter` input type, part of the base schema (every domain's dashboard takes it). */
export const dashboardTypeDefs = /* GraphQL */ `
  "What a dashboard aggregates: a period (at most five years), a location (it and below, inside your area) and a product"
  input DashboardFilter {
    dateFrom: Date!
    dateTo: Date!
    "a region, district, municipality or village you see; none = your whole area"
    locationId: ID
    productId: ID
  }
`;

export interface DashboardFilter {
  dateFrom: string;
  dateTo: string;
  locationId?: string | null;
  productId?: string | null;
}

/** A checked filter: the period, the ids, the months of the period ('YYYY-MM', in order). */
export interface DashboardScope {
  from: string;
  to: string;
  locationId: number | null;
  productId: number | null;
  months: string[];
}

const bad = (message: string, field: string, reason: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field, reason } });

/** Throws FORBIDDEN unless the user holds one of `rights` or every report's right (131200). */
export function requireDashboardRight(ctx: Ctx, rights: readonly number[]): void {
  const user = requireUser(ctx);
  if (user.rights.has(ALL_REPORTS_RIGHT) || rights.some((r) => user.rights.has(r))) return;
  throw new GraphQLError(`You do not have the right to see this (right ${rights[0]}).`, { extensions: { code: 'FORBIDDEN', right: rights[0] } });
}

/** The months from `from` to `to` ('YYYY-MM'). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) return out;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/**
 * The right, then the filter: dates in order and at most five years apart (`OUT_OF_RANGE`), ids
 * that are ids (`INVALID`), a location the user sees and a product they see (`FORBIDDEN`).
 */
export async function dashboardScope(ctx: Ctx, filter: DashboardFilter, rights: readonly number[]): Promise<DashboardScope> {
  requireDashboardRight(ctx, rights);
  const { dateFrom: from, dateTo: to } = filter;
  if (from > to) throw bad('The period ends before it starts.', 'dateTo', ErrorCodes.outOfRange);
  if (addDays(from, MAX_DASHBOARD_DAYS) < to) throw bad('The period is at most five years.', 'dateTo', ErrorCodes.outOfRange);
  const idOf = (value: string | null | undefined, field: string): number | null => {
    if (value == null || value === '') return null;
    const id = parseId(value);
    if (id === null) throw bad(`Unknown ${field}.`, field, ErrorCodes.invalid);
    return id;
  };
  const locationId = idOf(filter.locationId, 'locationId');
  const productId = idOf(filter.productId, 'productId');
  const forbidden = (field: string) =>
    new GraphQLError(`This ${field === 'locationId' ? 'location' : 'product'} is outside your area.`, { extensions: { code: 'FORBIDDEN', field } });
  if (locationId !== null && (await outOfScope(ctx, 'Location', locationId, 'visible')) !== null) throw forbidden('locationId');
  if (productId !== null && (await outOfScope(ctx, 'Product', productId, 'visible')) !== null) throw forbidden('productId');
  return { from, to, locationId, productId, months: monthsBetween(from, to) };
}

/**
 * A date column's month for a monthly series: group by `key` (the month's first day, cheap for every
 * row) and select `label`, 'YYYY-MM', which PostgreSQL then formats once per month (to_char on each
 * of a year's 100,000 claims was a third of the query on PGlite).
 */
export function monthOf(date: SQL | unknown): { key: SQL; label: SQL<string> } {
  const key = sql`date_trunc('month', ${date}::timestamp)`;
  return { key, label: sql<string>`to_char(${key}, 'YYYY-MM')` };
}

/** Rows keyed by month -> one per month of the period, the missing ones from `empty`. */
export function everyMonth<R extends { month: string }>(scope: DashboardScope, rows: readonly R[], empty: (month: string) => R): R[] {
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return scope.months.map((month) => byMonth.get(month) ?? empty(month));
}
