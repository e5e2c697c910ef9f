/** Eligibility, renewals, covered insurees, the product reading of policy staff and deleteProduct: the right, then the search or service. */
import { addDays, renewalBlockers } from '@kente/contract-policy';
import { GraphQLError } from 'graphql';
import type { Ctx } from '../../../graphql/context.js';
import { parseId } from '../../../graphql/crud.js';
import { badInput, requireRight } from '../../../graphql/errors.js';
import { loadById } from '../../../graphql/loader.js';
import type { Resolvers } from '../../../graphql/schema-types.js';
import { columnLengths } from '../../../platform/bounds.js';
import { serviceMutation } from '../../../platform/mutation.js';
import { loadInScope } from '../../../platform/scope.js';
import { Rights } from '../../core/rights.js';
import { ENQUIRY_LIMIT } from '../../insuree/service/common.js';
import { enquire } from '../../insuree/service/insuree.js';
import { insurees } from '../../insuree/tables.js';
import { searchRenewals } from '../search/renewals.js';
import { coveredInsurees, eligibility, policiesCovering } from '../service/eligibility.js';
import { today } from '../service/policy.js';
import { deleteProduct } from '../service/product.js';
import { products } from '../tables.js';

const r = Rights;
/** Who reads products without product rights: policy staff (main fields, type rule in access.ts). */
export const PRODUCT_READERS = [r.productSearch, r.policySearch, r.policyAdd, r.policyEdit, r.policyDelete, r.policyRenew];

/** One of the rights, else FORBIDDEN naming the first. */
export function requireAnyRight(ctx: Ctx, rights: readonly number[]) {
  if (!rights.some((right) => ctx.user?.rights.has(right))) requireRight(ctx, rights[0] ?? 0);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_NUMBER = columnLengths(insurees).insuranceNumber ?? 20;

export const eligibilityResolvers: Resolvers = {
  Policy: {
    insurees: (row, _, ctx) => coveredInsurees(ctx, row.id),
  },
  Insuree: {
    policies: (row, _, ctx) => {
      requireRight(ctx, r.policySearch);
      return policiesCovering(ctx, row);
    },
  },
  PolicyRenewal: {
    policy: (row) => row,
    renewalDate: (row) => addDays(row.expiryDate, 1),
    renewalProductId: async (row, _, ctx) => String((await loadById(ctx, products, row.productId))?.conversionProductId ?? row.productId),
    blockers: async (row, _, ctx) => {
      const product = await loadById(ctx, products, row.productId);
      const renewalProduct = await loadById(ctx, products, product?.conversionProductId ?? row.productId);
      const covered = await coveredInsurees(ctx, row.id);
      return renewalBlockers(row, renewalProduct, covered.length);
    },
  },
  Query: {
    eligibility: async (_, args, ctx) => {
      requireAnyRight(ctx, [r.insureeEnquire, r.policySearch]);
      const date = args.date ?? today();
      if (!ISO_DATE.test(date)) throw badInput('date is YYYY-MM-DD.', 'date');
      const number = args.insuranceNumber.trim();
      if (!number || number.length > MAX_NUMBER) return { date, insuree: null, policies: [] };
      // the insuree domain's enquiry: the same per-user rate limit against number guessing
      const row = await enquire(ctx, number);
      if (row === 'RATE_LIMITED')
        throw new GraphQLError(`At most ${ENQUIRY_LIMIT} enquiries a minute; wait a moment.`, { extensions: { code: 'RATE_LIMITED' } });
      return eligibility(ctx, row, date);
    },
    policyRenewals: (_, args, ctx) => {
      requireAnyRight(ctx, [r.policyRenew, r.policySearch]);
      return searchRenewals(ctx, args);
    },
  },
  Mutation: {
    deleteProduct: serviceMutation('product', r.productDelete, deleteProduct),
  },
};

/** `product(id)` for product staff and policy staff, inside what they see. */
export const productById = (_: unknown, args: { id: string }, ctx: Ctx) => {
  requireAnyRight(ctx, PRODUCT_READERS);
  return loadInScope(ctx, 'Product', (id) => loadById(ctx, products, id), parseId(args.id));
};
