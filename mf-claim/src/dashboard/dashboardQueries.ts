import { graphql } from '../graphql.js';

/** The claim figures of the dashboard (backend claim/search/dashboard.ts), one document per card. */
export const CLAIMS_BY_STATUS = graphql(`
  query DashboardClaimsByStatus($filter: DashboardFilter!) {
    claimDashboard(filter: $filter) { byStatus { status claims claimed } }
  }
`);

export const CLAIM_AMOUNTS = graphql(`
  query DashboardClaimAmounts($filter: DashboardFilter!) {
    claimDashboard(filter: $filter) { amounts { month claims claimed valuated } }
  }
`);

export const CLAIM_REJECTIONS = graphql(`
  query DashboardClaimRejections($filter: DashboardFilter!) {
    claimDashboard(filter: $filter) { rejections { reason lines claims } }
  }
`);

export const TOP_DIAGNOSES = graphql(`
  query DashboardTopDiagnoses($filter: DashboardFilter!) {
    claimDashboard(filter: $filter) { topDiagnoses { diagnosisId code name claims } }
  }
`);

export const CLAIM_TIMELINESS = graphql(`
  query DashboardClaimTimeliness($filter: DashboardFilter!) {
    claimDashboard(filter: $filter) { timeliness { step claims averageDays } }
  }
`);
