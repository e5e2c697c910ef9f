/** GraphQL documents of the enrolment officer and claim administrator registers (backend domain `core`, facilities from `medical`). */
import { graphql, type ResultOf } from '../graphql.js';

export const ENROLMENT_OFFICERS = graphql(`
  query AdminEnrolmentOfficers($filter: EnrolmentOfficerFilter, $first: Int, $after: String) {
    enrolmentOfficers(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id code otherNames lastName isActive worksTo villageCount
          healthFacility { id code name }
          locations { id name }
          substitute { id code otherNames lastName }
        }
      }
    }
  }
`);
export type OfficerRow = ResultOf<typeof ENROLMENT_OFFICERS>['enrolmentOfficers']['edges'][number]['node'];

export const CLAIM_ADMINISTRATORS = graphql(`
  query AdminClaimAdministrators($filter: ClaimAdministratorFilter, $first: Int, $after: String) {
    claimAdministrators(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id code otherNames lastName isActive
          healthFacility { id code name location { id name } }
        }
      }
    }
  }
`);
export type ClaimAdministratorRow = ResultOf<typeof CLAIM_ADMINISTRATORS>['claimAdministrators']['edges'][number]['node'];
