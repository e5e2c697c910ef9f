/** The medical domain's resolvers, one file per entity. */
import { catalogResolvers } from './catalog.js';
import { facilityResolvers } from './facility.js';
import { priceListResolvers } from './priceList.js';

export const resolvers = {
  ...facilityResolvers,
  PriceList: priceListResolvers.PriceList,
  Query: { ...facilityResolvers.Query, ...priceListResolvers.Query, ...catalogResolvers.Query },
  Mutation: { ...facilityResolvers.Mutation, ...priceListResolvers.Mutation, ...catalogResolvers.Mutation },
};
