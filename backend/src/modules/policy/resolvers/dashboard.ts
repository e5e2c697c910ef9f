/** The dashboard's policy figures: the filter and right at the root, each figure computed only when asked for. */
import type { Resolvers } from '../../../graphql/schema-types.js';
import { contributions, coverage, enrolments, policyDashboard } from '../search/dashboard.js';

export const dashboardResolvers: Resolvers = {
  Query: { policyDashboard: (_, args, ctx) => policyDashboard(ctx, args) },
  PolicyDashboard: {
    enrolments: (scope, _, ctx) => enrolments(ctx, scope),
    coverage: (scope, _, ctx) => coverage(ctx, scope),
    contributions: (scope, _, ctx) => contributions(ctx, scope),
  },
};
