/**
 * Who a policy covers (computed, no table: see README "Eligibility and renewals"), the eligibility
 * enquiry and its hook point `policy.eligibility`. Rules from @kente/contract-policy
 * (coveredMembers, inForceAt, remainingLimits, statusAt). No GraphQL types.
 */
import { coveredMembers, inForceAt, type LimitUsage, type PolicyStatus, remainingLimits, statusAt } from '@kente/contract-policy';
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/engine.js';
import type { Ctx } from '../../../graphql/context.js';
import { batcher, perContext } from '../../../platform/batch.js';
import { runHook } from '../../../platform/hooks.js';
import { idsInScope } from '../../../platform/scope.js';
import { insurees } from '../../insuree/tables.js';
import { policies, products } from '../tables.js';
import type { PolicyRow } from './policy.js';

type InsureeRow = typeof insurees.$inferSelect;
type ProductRow = typeof products.$inferSelect;

declare module '../../../platform/hooks.js' {
  interface HookPoints {
    /**
     * An eligibility enquiry (read only, no transaction): a handler (the claim domain) puts what the
     * insuree's claims used of each policy's limits into `used` (policy id -> field -> amount or count);
     * remaining = the product's max - used. Errors are ignored: an enquiry never fails on a handler's opinion.
     */
    'policy.eligibility': { db: DbOrTx; insuree: InsureeRow; date: string; policies: PolicyRow[]; used: Map<number, LimitUsage> };
  }
}

/** The members of these families, in family order then id (the head was inserted first). */
async function membersOf(db: DbOrTx, familyIds: number[]): Promise<Map<number, InsureeRow[]>> {
  const byFamily = new Map<number, InsureeRow[]>();
  if (!familyIds.length) return byFamily;
  const rows = await db.select().from(insurees).where(inArray(insurees.familyId, familyIds)).orderBy(asc(insurees.familyId), asc(insurees.id));
  for (const row of rows) byFamily.set(row.familyId, [...(byFamily.get(row.familyId) ?? []), row]);
  return byFamily;
}

/** The contract's covered members of one policy among its family's members (no membership history: today's members). */
const covered = (product: Pick<ProductRow, 'maxMembers'>, members: InsureeRow[], policy: PolicyRow) => coveredMembers(product, members, policy);

/**
 * Policy.insurees, batched: every policy asked for in the same tick costs one query for the
 * policies with their product's maximum and one for their families' members.
 */
export function coveredInsurees(ctx: Ctx, policyId: number): Promise<InsureeRow[]> {
  const load = perContext(ctx, 'policy:covered', () =>
    batcher<number, InsureeRow[]>(async (ids) => {
      const rows = await ctx.db
        .select({ policy: policies, maxMembers: products.maxMembers })
        .from(policies)
        .innerJoin(products, eq(products.id, policies.productId))
        .where(inArray(policies.id, ids));
      const members = await membersOf(ctx.db, [...new Set(rows.map((r) => r.policy.familyId))]);
      return new Map(rows.map((r) => [r.policy.id, covered(r, members.get(r.policy.familyId) ?? [], r.policy)]));
    }),
  );
  return load(policyId).then((rows) => rows ?? []);
}

/**
 * Insuree.policies: the policies of the insuree's family that cover them, newest first; batched
 * like coveredInsurees (one query for the families' policies, one for their members).
 */
export async function policiesCovering(ctx: Ctx, insuree: Pick<InsureeRow, 'id' | 'familyId'>): Promise<PolicyRow[]> {
  const load = perContext(ctx, 'policy:coverage', () =>
    batcher<number, { policy: PolicyRow; covered: Set<number> }[]>(async (familyIds) => {
      const rows = await ctx.db
        .select({ policy: policies, maxMembers: products.maxMembers })
        .from(policies)
        .innerJoin(products, eq(products.id, policies.productId))
        .where(inArray(policies.familyId, familyIds))
        .orderBy(desc(policies.enrolDate), desc(policies.id));
      const members = await membersOf(ctx.db, familyIds);
      const byFamily = new Map<number, { policy: PolicyRow; covered: Set<number> }[]>();
      for (const r of rows) {
        const covering = { policy: r.policy, covered: new Set(covered(r, members.get(r.policy.familyId) ?? [], r.policy).map((m) => m.id)) };
        byFamily.set(r.policy.familyId, [...(byFamily.get(r.policy.familyId) ?? []), covering]);
      }
      return byFamily;
    }),
  );
  const family = (await load(insuree.familyId)) ?? [];
  return family.filter((c) => c.covered.has(insuree.id)).map((c) => c.policy);
}

export interface EligiblePolicy {
  policyId: number;
  productId: number;
  productCode: string;
  productName: string;
  status: number;
  startDate: string;
  effectiveDate: string | null;
  expiryDate: string;
  amounts: ReturnType<typeof remainingLimits>['amounts'];
  counts: ReturnType<typeof remainingLimits>['counts'];
}

/**
 * The enquiry: the insuree with this number when inside the user's area (unknown and outside
 * answer the same: no insuree, no policies), and the policies in force on `date` that cover them,
 * latest expiry first, with the product's limits less what `policy.eligibility` handlers say was used.
 */
export async function eligibility(
  ctx: Ctx,
  insuree: InsureeRow | null,
  date: string,
): Promise<{ date: string; insuree: InsureeRow | null; policies: EligiblePolicy[] }> {
  const none = { date, insuree: null, policies: [] };
  if (!insuree || !(await idsInScope(ctx, 'Insuree', [insuree.id])).has(insuree.id)) return none;
  const rows = await ctx.db
    .select({ policy: policies, product: products })
    .from(policies)
    .innerJoin(products, eq(products.id, policies.productId))
    .where(eq(policies.familyId, insuree.familyId))
    .orderBy(desc(policies.expiryDate), desc(policies.id));
  const members = (await membersOf(ctx.db, [insuree.familyId])).get(insuree.familyId) ?? [];
  const inForce = rows.filter((r) => inForceAt(r.policy, date) && covered(r.product, members, r.policy).some((m) => m.id === insuree.id));
  const used = new Map<number, LimitUsage>();
  await runHook('policy.eligibility', { db: ctx.db, insuree, date, policies: inForce.map((r) => r.policy), used });
  return {
    date,
    insuree,
    policies: inForce.map(({ policy, product }) => ({
      policyId: policy.id,
      productId: product.id,
      productCode: product.code,
      productName: product.name,
      status: statusAt({ status: policy.status as PolicyStatus, expiryDate: policy.expiryDate }, date),
      startDate: policy.startDate,
      effectiveDate: policy.effectiveDate,
      expiryDate: policy.expiryDate,
      ...remainingLimits(product, used.get(policy.id)),
    })),
  };
}
