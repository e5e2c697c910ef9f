/** Contributions and payers: the right, then the search or the service, then the payload; a policy's contributions and balance batched per request. */
import { compareMoney, paidAmount, policyBalance } from '@kente/contract-policy';
import { asc, inArray } from 'drizzle-orm';
import type { Ctx } from '../../../graphql/context.js';
import { requireRight } from '../../../graphql/errors.js';
import { loadById } from '../../../graphql/loader.js';
import type { Resolvers } from '../../../graphql/schema-types.js';
import { batcher, perContext } from '../../../platform/batch.js';
import { serviceMutation } from '../../../platform/mutation.js';
import { byIdInScope } from '../../../platform/scope.js';
import { Rights } from '../../core/rights.js';
import { locations } from '../../location/tables.js';
import { searchPayers } from '../search/payer.js';
import { searchPremiums } from '../search/premium.js';
import { createPayer, deletePayer, updatePayer } from '../service/payer.js';
import type { PolicyRow } from '../service/policy.js';
import { createPremium, deletePremium, type PremiumResult, type PremiumRow, updatePremium, warningsOut } from '../service/premium.js';
import { payers, policies, premiums } from '../tables.js';

const PREMIUMS_OF = Symbol('premiums of policies');

/** Who may search payers: payer officers, and users of contributions (the payer picker). */
const PAYER_FINDERS = [Rights.payerSearch, Rights.contributionSearch, Rights.contributionAdd, Rights.contributionEdit];

/** The contributions of the policies asked for in this tick, one query (a page of 20 policies: one query, not 20). */
function premiumsOf(ctx: Ctx, policyId: number): Promise<PremiumRow[]> {
  const load = perContext(ctx, PREMIUMS_OF, () =>
    batcher<number, PremiumRow[]>(async (ids) => {
      const rows = await ctx.db.select().from(premiums).where(inArray(premiums.policyId, ids)).orderBy(asc(premiums.id));
      const byPolicy = new Map<number, PremiumRow[]>(ids.map((id) => [id, []]));
      for (const row of rows) byPolicy.get(row.policyId)?.push(row);
      return byPolicy;
    }),
  );
  return load(policyId).then((rows) => rows ?? []);
}

/** A contribution mutation's payload: the service's result with the contract's warnings in English. */
const premiumMutation =
  <I>(right: number, service: (ctx: Ctx, input: I) => Promise<PremiumResult>) =>
  async (_: unknown, args: { input: I }, ctx: Ctx) => {
    requireRight(ctx, right);
    const result = await service(ctx, args.input);
    return { premium: result.entity, policy: result.policy, warnings: warningsOut(result.warnings), errors: result.errors };
  };

export const premiumResolvers: Resolvers = {
  Policy: {
    premiums: (row: PolicyRow, _, ctx) => {
      requireRight(ctx, Rights.contributionSearch);
      return premiumsOf(ctx, row.id);
    },
    // the contract's sums (photo fees excluded); an overpaid policy owes nothing
    paid: async (row: PolicyRow, _, ctx) => paidAmount(await premiumsOf(ctx, row.id)),
    balance: async (row: PolicyRow, _, ctx) => {
      const balance = policyBalance(row, await premiumsOf(ctx, row.id));
      return compareMoney(balance, 0) > 0 ? balance : '0.00';
    },
  },
  Premium: {
    policy: (row, _, ctx) => loadById(ctx, policies, row.policyId),
    payer: (row, _, ctx) => loadById(ctx, payers, row.payerId),
  },
  // a guard's refusal answers { errors } alone
  PremiumPayload: {
    warnings: (payload) => payload.warnings ?? [],
  },
  Payer: {
    location: (row, _, ctx) => loadById(ctx, locations, row.locationId),
  },
  Query: {
    premiums: (_, args, ctx) => {
      requireRight(ctx, Rights.contributionSearch);
      return searchPremiums(ctx, args);
    },
    premium: byIdInScope(Rights.contributionSearch, 'Premium', premiums),
    payers: (_, args, ctx) => {
      // the contribution form's payer picker and the contribution search's payer filter: whoever
      // reads, records or edits contributions finds payers too (the Payer type rule already lets them read one)
      if (!PAYER_FINDERS.some((right) => ctx.user?.rights.has(right))) requireRight(ctx, Rights.payerSearch);
      return searchPayers(ctx, args);
    },
    payer: byIdInScope(Rights.payerSearch, 'Payer', payers),
  },
  Mutation: {
    createPremium: premiumMutation(Rights.contributionAdd, createPremium),
    updatePremium: premiumMutation(Rights.contributionEdit, updatePremium),
    deletePremium: premiumMutation(Rights.contributionDelete, deletePremium),
    createPayer: serviceMutation('payer', Rights.payerAdd, createPayer),
    updatePayer: serviceMutation('payer', Rights.payerEdit, updatePayer),
    deletePayer: serviceMutation('payer', Rights.payerDelete, deletePayer),
  },
};
