/** The insuree domain's resolvers, one file per entity. */
import { batchResolvers } from './batch.js';
import { familyResolvers } from './family.js';
import { insureeResolvers } from './insuree.js';

export const resolvers = {
  Family: familyResolvers.Family,
  Insuree: insureeResolvers.Insuree,
  InsuranceNumberBatch: batchResolvers.InsuranceNumberBatch,
  Query: { ...familyResolvers.Query, ...insureeResolvers.Query, ...batchResolvers.Query },
  Mutation: { ...familyResolvers.Mutation, ...insureeResolvers.Mutation, ...batchResolvers.Mutation },
};
