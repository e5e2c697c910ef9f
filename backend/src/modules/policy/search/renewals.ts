/**
 * Policies to renew (openIMIS renewal reminders): expiring from today to today + days, not renewed
 * yet (no stage-R policy continues them), Active or Expired as stored (not Idle, not Suspended),
 * by location, product and officer; soonest expiry first, keyset-paged on (expiry, id).
 */
import { addDays } from '@kente/contract-policy';
import { and, eq, sql } from 'drizzle-orm';
import { type ConnectionArgs, paginate } from '../../../graphql/connection.js';
import type { Ctx } from '../../../graphql/context.js';
import { badInput } from '../../../graphql/errors.js';
import { intArray, scopeWhere } from '../../../platform/scope.js';
import { villagesUnder } from '../../insuree/search/insuree.js';
import { families } from '../../insuree/tables.js';
import { idFilter } from '../../medical/search/catalog.js';
import { type PolicyRow, today } from '../service/policy.js';
import { policies } from '../tables.js';

/** openIMIS's reminder window when the composition sets none. */
export const DEFAULT_RENEWAL_DAYS = 14;
export const MAX_RENEWAL_DAYS = 366;

export interface RenewalFilter {
  days?: number | null;
  locationId?: string | null;
  productId?: string | null;
  officerId?: string | null;
}

const validDays = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_RENEWAL_DAYS;

/** The window: the filter's days, else the composition's `mf-policy.renewalDays`, else 14. */
export function renewalDays(ctx: Pick<Ctx, 'moduleConfig'>, days: number | null | undefined): number {
  if (days !== null && days !== undefined) {
    if (!validDays(days)) throw badInput(`days is 0 to ${MAX_RENEWAL_DAYS}.`, 'days');
    return days;
  }
  const configured = ctx.moduleConfig('mf-policy').renewalDays;
  return validDays(configured) ? configured : DEFAULT_RENEWAL_DAYS;
}

export async function searchRenewals(ctx: Ctx, args: { filter?: RenewalFilter | null } & ConnectionArgs) {
  const f = args.filter ?? {};
  const from = today();
  const to = addDays(from, renewalDays(ctx, f.days));
  const locationId = idFilter(f.locationId, 'locationId');
  const productId = idFilter(f.productId, 'productId');
  const officerId = idFilter(f.officerId, 'officerId');
  const villages = locationId ? await villagesUnder(ctx, locationId) : null;
  const renewal = sql.raw('renewal');
  const where = and(
    sql`${policies.expiryDate} >= ${from} and ${policies.expiryDate} <= ${to}`,
    sql`${policies.status} in (2, 8)`,
    sql`not exists (select 1 from ${policies} ${renewal} where ${renewal}.previous_policy_id = ${policies.id} and ${renewal}.stage = 'R')`,
    villages ? sql`${policies.familyId} in (select ${families.id} from ${families} where ${families.villageId} = any(${intArray(villages)}))` : undefined,
    productId ? eq(policies.productId, productId) : undefined,
    officerId ? eq(policies.officerId, officerId) : undefined,
    await scopeWhere(ctx, 'Policy'),
  );
  return paginate<PolicyRow>({ db: ctx.db, table: policies, where, sort: { expr: policies.expiryDate, value: (r) => r.expiryDate }, args });
}
