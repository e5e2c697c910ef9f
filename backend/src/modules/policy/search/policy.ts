/** The policy search: by family, product, stage and status (as read today: Expired once the expiry has passed), keyset-paged by id. */
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { type ConnectionArgs, paginate } from '../../../graphql/connection.js';
import type { Ctx } from '../../../graphql/context.js';
import { scopeWhere } from '../../../platform/scope.js';
import { idFilter } from '../../medical/search/catalog.js';
import { type PolicyRow, today } from '../service/policy.js';
import { policies } from '../tables.js';

export interface PolicyFilter {
  familyId?: string | null;
  productId?: string | null;
  status?: number | null;
  stage?: string | null;
}

/** The stored status read on `date`: 8 once expired, as statusAt. */
function statusIs(status: number, date: string): SQL {
  return status === 8 ? sql`${policies.expiryDate} < ${date}` : sql`(${policies.status} = ${status} and ${policies.expiryDate} >= ${date})`;
}

export async function searchPolicies(ctx: Ctx, args: { filter?: PolicyFilter | null } & ConnectionArgs) {
  const f = args.filter ?? {};
  const familyId = idFilter(f.familyId, 'familyId');
  const productId = idFilter(f.productId, 'productId');
  const where = and(
    familyId ? eq(policies.familyId, familyId) : undefined,
    productId ? eq(policies.productId, productId) : undefined,
    f.stage ? eq(policies.stage, f.stage) : undefined,
    f.status ? statusIs(f.status, today()) : undefined,
    await scopeWhere(ctx, 'Policy'),
  );
  return paginate<PolicyRow>({ db: ctx.db, table: policies, where, args });
}
