/** The policy domain's resolvers, one file per entity (products, policies, contributions and payers; eligibility, renewals and covered insurees). */
import type { Resolvers } from '../../../graphql/schema-types.js';
import { dashboardResolvers } from './dashboard.js';
import { eligibilityResolvers } from './eligibility.js';
import { policyResolvers } from './policy.js';
import { premiumResolvers } from './premium.js';
import { productResolvers } from './product.js';

export const resolvers: Resolvers = {
  Product: productResolvers.Product,
  Policy: { ...policyResolvers.Policy, ...eligibilityResolvers.Policy, ...premiumResolvers.Policy },
  Premium: premiumResolvers.Premium,
  Payer: premiumResolvers.Payer,
  PremiumPayload: premiumResolvers.PremiumPayload,
  Family: policyResolvers.Family,
  Insuree: eligibilityResolvers.Insuree,
  PolicyRenewal: eligibilityResolvers.PolicyRenewal,
  PolicyDashboard: dashboardResolvers.PolicyDashboard,
  Query: { ...productResolvers.Query, ...policyResolvers.Query, ...eligibilityResolvers.Query, ...premiumResolvers.Query, ...dashboardResolvers.Query },
  Mutation: { ...productResolvers.Mutation, ...policyResolvers.Mutation, ...eligibilityResolvers.Mutation, ...premiumResolvers.Mutation },
};
