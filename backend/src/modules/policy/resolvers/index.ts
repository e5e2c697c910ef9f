/** The policy domain's resolvers, one file per entity (products, policies, contributions and payers). */
import type { Resolvers } from '../../../graphql/schema-types.js';
import { policyResolvers } from './policy.js';
import { premiumResolvers } from './premium.js';
import { productResolvers } from './product.js';

export const resolvers: Resolvers = {
  Product: productResolvers.Product,
  Policy: { ...policyResolvers.Policy, ...premiumResolvers.Policy },
  Premium: premiumResolvers.Premium,
  Payer: premiumResolvers.Payer,
  PremiumPayload: premiumResolvers.PremiumPayload,
  Family: policyResolvers.Family,
  Query: { ...productResolvers.Query, ...policyResolvers.Query, ...premiumResolvers.Query },
  Mutation: { ...productResolvers.Mutation, ...policyResolvers.Mutation, ...premiumResolvers.Mutation },
};
