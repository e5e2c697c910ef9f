/** The policy domain's resolvers, one file per entity (products, policies). */
import type { Resolvers } from '../../../graphql/schema-types.js';
import { policyResolvers } from './policy.js';
import { productResolvers } from './product.js';

export const resolvers: Resolvers = {
  Product: productResolvers.Product,
  Policy: policyResolvers.Policy,
  Family: policyResolvers.Family,
  Query: { ...productResolvers.Query, ...policyResolvers.Query },
  Mutation: { ...productResolvers.Mutation, ...policyResolvers.Mutation },
};
