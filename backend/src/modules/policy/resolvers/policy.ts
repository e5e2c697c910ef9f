/** Policies: the right, then the search or the service, then the payload; status read through statusAt. */
import { desc, eq } from 'drizzle-orm';
import type { Ctx } from '../../../graphql/context.js';
import { parseId } from '../../../graphql/crud.js';
import { badInput, requireRight } from '../../../graphql/errors.js';
import { loadById } from '../../../graphql/loader.js';
import type { Resolvers } from '../../../graphql/schema-types.js';
import { serviceMutation } from '../../../platform/mutation.js';
import { byIdInScope, requireVisible } from '../../../platform/scope.js';
import { Rights } from '../../core/rights.js';
import { users } from '../../core/tables.js';
import { families } from '../../insuree/tables.js';
import { searchPolicies } from '../search/policy.js';
import { computeValues, createPolicy, deletePolicy, renewPolicy, statusOf, suspendPolicy, updatePolicy, warningOut } from '../service/policy.js';
import { policies, products } from '../tables.js';

/** Either right opens the value preview (the clerk adding a policy, or one reading it). */
function requireAnyRight(ctx: Ctx, rights: number[]) {
  if (!rights.some((r) => ctx.user?.rights.has(r))) requireRight(ctx, rights[0] ?? 0);
}

export const policyResolvers: Resolvers = {
  Policy: {
    status: (row) => statusOf(row),
    family: (row, _, ctx) => loadById(ctx, families, row.familyId),
    product: (row, _, ctx) => loadById(ctx, products, row.productId),
    officer: (row, _, ctx) => loadById(ctx, users, row.officerId),
    previousPolicy: (row, _, ctx) => loadById(ctx, policies, row.previousPolicyId),
  },
  Family: {
    policies: async (row, _, ctx) => {
      requireRight(ctx, Rights.policySearch);
      return ctx.db.select().from(policies).where(eq(policies.familyId, row.id)).orderBy(desc(policies.enrolDate), desc(policies.id));
    },
  },
  Query: {
    policyValues: async (_, args, ctx) => {
      requireAnyRight(ctx, [Rights.policyAdd, Rights.policySearch]);
      await requireVisible(ctx, 'Family', parseId(args.familyId));
      await requireVisible(ctx, 'Product', parseId(args.productId));
      if (args.previousPolicyId) await requireVisible(ctx, 'Policy', parseId(args.previousPolicyId));
      const computed = await computeValues(ctx.db, args);
      if (!computed.value) throw badInput(computed.errors.map((e) => e.message).join(' '), computed.errors[0]?.field ?? undefined);
      const v = computed.value;
      return {
        value: v.value,
        contribution: v.contribution,
        generalAssembly: v.generalAssembly,
        registration: v.registration,
        discount: v.discount,
        members: v.counts.total,
        ...v.dates,
        warnings: v.warnings.map(warningOut),
      };
    },
    policies: (_, args, ctx) => {
      requireRight(ctx, Rights.policySearch);
      return searchPolicies(ctx, args);
    },
    policy: byIdInScope(Rights.policySearch, 'Policy', policies),
  },
  Mutation: {
    createPolicy: serviceMutation('policy', Rights.policyAdd, createPolicy),
    updatePolicy: serviceMutation('policy', Rights.policyEdit, updatePolicy),
    deletePolicy: serviceMutation('policy', Rights.policyDelete, deletePolicy),
    suspendPolicy: serviceMutation('policy', Rights.policyEdit, suspendPolicy),
    renewPolicy: serviceMutation('policy', Rights.policyRenew, renewPolicy),
  },
};
