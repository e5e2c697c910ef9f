/** The medical domain's resolvers, one file per entity. */
import type { Resolvers } from '../../../graphql/schema-types.js';
import { catalogResolvers } from './catalog.js';
import { facilityResolvers } from './facility.js';
import { priceListResolvers } from './priceList.js';

export const resolvers: Resolvers = {
  ...facilityResolvers,
  PriceList: priceListResolvers.PriceList,
  Query: { ...facilityResolvers.Query, ...priceListResolvers.Query, ...catalogResolvers.Query },
  Mutation: { ...facilityResolvers.Mutation, ...priceListResolvers.Mutation, ...catalogResolvers.Mutation },
};
