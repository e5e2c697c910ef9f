/** The policy search: by family, product, stage, status, location, enrolment and expiry ranges, head's number, balance; status (as read today: Expired once the expiry has passed), keyset-paged by id. */
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { type ConnectionArgs, paginate } from '../../../graphql/connection.js';
import type { Ctx } from '../../../graphql/context.js';
import { intArray, scopeWhere } from '../../../platform/scope.js';
import { villagesUnder } from '../../insuree/search/insuree.js';
import { families, insurees } from '../../insuree/tables.js';
import { idFilter } from '../../medical/search/catalog.js';
import { type PolicyRow, today } from '../service/policy.js';
import { policies } from '../tables.js';

export interface PolicyFilter {
  familyId?: string | null;
  productId?: string | null;
  status?: number | null;
  stage?: string | null;
  locationId?: string | null;
  enrolDateFrom?: string | null;
  enrolDateTo?: string | null;
  expiryDateFrom?: string | null;
  expiryDateTo?: string | null;
  headInsuranceNumber?: string | null;
  hasBalance?: boolean | null;
}

/** The stored status read on `date`: 8 once expired, as statusAt. */
function statusIs(status: number, date: string): SQL {
  return status === 8 ? sql`${policies.expiryDate} < ${date}` : sql`(${policies.status} = ${status} and ${policies.expiryDate} >= ${date})`;
}

export async function searchPolicies(ctx: Ctx, args: { filter?: PolicyFilter | null } & ConnectionArgs) {
  const f = args.filter ?? {};
  const familyId = idFilter(f.familyId, 'familyId');
  const productId = idFilter(f.productId, 'productId');
  const locationId = idFilter(f.locationId, 'locationId');
  const villages = locationId ? await villagesUnder(ctx, locationId) : null;
  const head = f.headInsuranceNumber?.trim();
  const where = and(
    familyId ? eq(policies.familyId, familyId) : undefined,
    productId ? eq(policies.productId, productId) : undefined,
    f.stage ? eq(policies.stage, f.stage) : undefined,
    f.status ? statusIs(f.status, today()) : undefined,
    villages ? sql`${policies.familyId} in (select ${families.id} from ${families} where ${families.villageId} = any(${intArray(villages)}))` : undefined,
    f.enrolDateFrom ? sql`${policies.enrolDate} >= ${f.enrolDateFrom}` : undefined,
    f.enrolDateTo ? sql`${policies.enrolDate} <= ${f.enrolDateTo}` : undefined,
    f.expiryDateFrom ? sql`${policies.expiryDate} >= ${f.expiryDateFrom}` : undefined,
    f.expiryDateTo ? sql`${policies.expiryDate} <= ${f.expiryDateTo}` : undefined,
    // the head's number (unique, indexed) gives the family first; its policies come from policies_family_idx
    head
      ? sql`${policies.familyId} in (select ${insurees.familyId} from ${insurees} join ${families} on ${families.headInsureeId} = ${insurees.id} where ${insurees.insuranceNumber} COLLATE "C" = ${head})`
      : undefined,
    // `paid` is kept by the database (migration 0009); owing policies come from policies_owing_idx
    f.hasBalance == null ? undefined : f.hasBalance ? sql`${policies.value} > ${policies.paid}` : sql`${policies.value} <= ${policies.paid}`,
    await scopeWhere(ctx, 'Policy'),
  );
  return paginate<PolicyRow>({ db: ctx.db, table: policies, where, args });
}
