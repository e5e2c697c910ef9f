/** The policy domain's resolvers, one file per entity (products today). */
import type { Resolvers } from '../../../graphql/schema-types.js';
import { productResolvers } from './product.js';

export const resolvers: Resolvers = {
  Product: productResolvers.Product,
  Query: { ...productResolvers.Query },
  Mutation: { ...productResolvers.Mutation },
};
