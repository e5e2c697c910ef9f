/** The contribution search: by policy, payer, receipt, pay date range, pay type, location; keyset by id. */
import { and, eq, sql } from 'drizzle-orm';
import { type ConnectionArgs, paginate } from '../../../graphql/connection.js';
import type { Ctx } from '../../../graphql/context.js';
import { intArray, scopeWhere } from '../../../platform/scope.js';
import { villagesUnder } from '../../insuree/search/insuree.js';
import { families } from '../../insuree/tables.js';
import { idFilter } from '../../medical/search/catalog.js';
import type { PremiumRow } from '../service/premium.js';
import { policies, premiums } from '../tables.js';

export interface PremiumFilter {
  policyId?: string | null;
  payerId?: string | null;
  receipt?: string | null;
  payDateFrom?: string | null;
  payDateTo?: string | null;
  payType?: string | null;
  locationId?: string | null;
  isPhotoFee?: boolean | null;
}

export async function searchPremiums(ctx: Ctx, args: { filter?: PremiumFilter | null } & ConnectionArgs) {
  const f = args.filter ?? {};
  const policyId = idFilter(f.policyId, 'policyId');
  const payerId = idFilter(f.payerId, 'payerId');
  const locationId = idFilter(f.locationId, 'locationId');
  const villages = locationId ? await villagesUnder(ctx, locationId) : null;
  const where = and(
    policyId ? eq(premiums.policyId, policyId) : undefined,
    payerId ? eq(premiums.payerId, payerId) : undefined,
    f.receipt?.trim() ? eq(premiums.receipt, f.receipt.trim()) : undefined,
    f.payDateFrom ? sql`${premiums.payDate} >= ${f.payDateFrom}` : undefined,
    f.payDateTo ? sql`${premiums.payDate} <= ${f.payDateTo}` : undefined,
    f.payType ? eq(premiums.payType, f.payType) : undefined,
    f.isPhotoFee != null ? eq(premiums.isPhotoFee, f.isPhotoFee) : undefined,
    villages
      ? sql`${premiums.policyId} in (select ${policies.id} from ${policies} where ${policies.familyId} in (select ${families.id} from ${families} where ${families.villageId} = any(${intArray(villages)})))`
      : undefined,
    await scopeWhere(ctx, 'Premium'),
  );
  return paginate<PremiumRow>({ db: ctx.db, table: premiums, where, args });
}
