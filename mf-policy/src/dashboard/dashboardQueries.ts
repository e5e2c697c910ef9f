import { graphql } from '../graphql.js';

/** The policy figures of the dashboard (backend policy/search/dashboard.ts), one document per card. */
export const ENROLMENTS = graphql(`
  query DashboardEnrolments($filter: DashboardFilter!) {
    policyDashboard(filter: $filter) { enrolments { month newPolicies renewals } }
  }
`);

export const COVERAGE = graphql(`
  query DashboardCoverage($filter: DashboardFilter!) {
    policyDashboard(filter: $filter) { coverage { date activePolicies insurees covered rate } }
  }
`);

export const CONTRIBUTIONS = graphql(`
  query DashboardContributions($filter: DashboardFilter!) {
    policyDashboard(filter: $filter) { contributions { month collected expected } }
  }
`);
