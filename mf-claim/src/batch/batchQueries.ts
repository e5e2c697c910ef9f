/** The batch runs page's GraphQL: the runs (111101-111103), a run (111101), the account preview (111103), the products to filter on. */
import { graphql, USER_ERRORS } from '../graphql.js';

export const BATCH_RUN_FIELDS = graphql(`
  fragment BatchRunFields on ClaimBatchRun {
    id locationId year month claims remunerated runAt
    location { id code name }
    indexes { productId allocated distribution valuated index product { id code name } }
  }
`);

export const BATCH_RUNS = graphql(
  `
  query ClaimBatchRuns($year: Int) { claimBatchRuns(year: $year) { ...BatchRunFields } }
`,
  [BATCH_RUN_FIELDS],
);

export const RUN_BATCH = graphql(
  `
  mutation RunClaimBatch($input: RunClaimBatchInput!) {
    runClaimBatch(input: $input) { run { ...BatchRunFields } errors { ...UserErrors } }
  }
`,
  [BATCH_RUN_FIELDS, USER_ERRORS],
);

export const ACCOUNT_ROW = graphql(`
  fragment ClaimAccountFields on ClaimAccountRow {
    healthFacilityId productId claims processed claimed approved valuated remunerated
    healthFacility { id code name }
    product { id code name }
  }
`);

export const CLAIM_ACCOUNTS = graphql(
  `
  query ClaimAccounts($filter: ClaimAccountFilter!, $groupBy: ClaimAccountGroup!) {
    claimAccounts(filter: $filter, groupBy: $groupBy) { rows { ...ClaimAccountFields } total { ...ClaimAccountFields } }
  }
`,
  [ACCOUNT_ROW],
);

export const ACCOUNT_PRODUCTS = graphql(`
  query AccountProducts { products(first: 100) { edges { node { id code name } } } }
`);
