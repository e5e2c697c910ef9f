/** The claim search: facility, statuses, visit dates, insurance number, code, claimed amount range; keyset by id (oldest or newest first), inside the user's scope. */
import { and, eq, sql } from 'drizzle-orm';
import { type ConnectionArgs, paginate } from '../../../graphql/connection.js';
import type { Ctx } from '../../../graphql/context.js';
import { badInput } from '../../../graphql/errors.js';
import { scopeWhere } from '../../../platform/scope.js';
import { insurees } from '../../insuree/tables.js';
import { idFilter } from '../../medical/search/catalog.js';
import type { ClaimRow } from '../service/claim.js';
import { claims } from '../tables.js';

export interface ClaimFilter {
  healthFacilityId?: string | null;
  insureeId?: string | null;
  status?: number | null;
  reviewStatus?: number | null;
  feedbackStatus?: number | null;
  visitFrom?: string | null;
  visitTo?: string | null;
  insuranceNumber?: string | null;
  code?: string | null;
  claimedMin?: string | null;
  claimedMax?: string | null;
}

const STATUS = /^(1|2|4|8|16)$/;
function statusFilter(value: number | null | undefined, field: string) {
  if (value == null) return null;
  if (!STATUS.test(String(value))) throw badInput(`${field} is one of 1, 2, 4, 8, 16.`, field);
  return value;
}

/** Up to this many claims in a claimed amount range are looked up by id (see amountWhere). */
const AMOUNT_IDS = 500;

/**
 * The claimed amount range. The page is in id order, so the planner walks the primary key and
 * filters on the amount, which reads the whole table when few claims fall in the range (a narrow
 * range: 650 ms at 200,000 claims). So the range is first read on its own index (claims_claimed_idx,
 * index only, at most AMOUNT_IDS + 1 entries): a range of at most 500 claims becomes `id = any(ids)`, a wider one stays
 * a filter (many matches: the id walk finds a page soon).
 */
async function amountWhere(ctx: Pick<Ctx, 'db'>, min: string | null | undefined, max: string | null | undefined) {
  if (!min && !max) return undefined;
  const range = and(min ? sql`${claims.claimed} >= ${min}` : undefined, max ? sql`${claims.claimed} <= ${max}` : undefined);
  const rows = await ctx.db
    .select({ id: claims.id })
    .from(claims)
    .where(range)
    .limit(AMOUNT_IDS + 1);
  if (rows.length > AMOUNT_IDS) return range;
  return sql`${claims.id} = any(${`{${rows.map((r) => r.id).join(',')}}`}::int[])`;
}

/** The filter's conditions inside the user's scope (`mode` 'area' for changes): the search and the review/feedback selections. */
export async function claimFilterWhere(ctx: Pick<Ctx, 'db' | 'user'>, filter: ClaimFilter | null | undefined, mode: 'visible' | 'area' = 'visible') {
  const f = filter ?? {};
  const facility = idFilter(f.healthFacilityId, 'healthFacilityId');
  const insuree = idFilter(f.insureeId, 'insureeId');
  const status = statusFilter(f.status, 'status');
  const review = statusFilter(f.reviewStatus, 'reviewStatus');
  const feedback = statusFilter(f.feedbackStatus, 'feedbackStatus');
  const number = f.insuranceNumber?.trim();
  return and(
    facility ? eq(claims.healthFacilityId, facility) : undefined,
    insuree ? eq(claims.insureeId, insuree) : undefined,
    status ? eq(claims.status, status) : undefined,
    review ? eq(claims.reviewStatus, review) : undefined,
    feedback ? eq(claims.feedbackStatus, feedback) : undefined,
    // visits from / to: claims whose visit starts on or after `visitFrom` and ends on or before `visitTo`
    f.visitFrom ? sql`${claims.visitFrom} >= ${f.visitFrom}` : undefined,
    f.visitTo ? sql`coalesce(${claims.visitTo}, ${claims.visitFrom}) <= ${f.visitTo}` : undefined,
    // implied (a visit ends on or after its start): bounds the visit_from index scan and its estimate
    f.visitTo ? sql`${claims.visitFrom} <= ${f.visitTo}` : undefined,
    number ? sql`${claims.insureeId} in (select ${insurees.id} from ${insurees} where ${insurees.insuranceNumber} = ${number})` : undefined,
    // the code under "C" collation (equal for a deterministic collation): served by the code index
    f.code?.trim() ? sql`${claims.code} COLLATE "C" = ${f.code.trim()}` : undefined,
    await amountWhere(ctx, f.claimedMin, f.claimedMax),
    await scopeWhere(ctx, 'Claim', mode),
  );
}

export type ClaimOrder = 'OLDEST_FIRST' | 'NEWEST_FIRST';

export async function searchClaims(ctx: Ctx, args: { filter?: ClaimFilter | null; orderBy?: ClaimOrder | null } & ConnectionArgs) {
  const where = await claimFilterWhere(ctx, args.filter);
  return paginate<ClaimRow>({ db: ctx.db, table: claims, where, args, descending: args.orderBy === 'NEWEST_FIRST' });
}
