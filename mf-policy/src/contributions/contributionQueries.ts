/** The contributions' GraphQL documents (typed by gql.tada against backend/schema.graphql). */
import { graphql, type ResultOf, USER_ERRORS } from '../graphql.js';

/** A contribution as the panel, the search and the dialog show it. */
export const CONTRIBUTION_FIELDS = graphql(`
  fragment ContributionFields on Premium {
    id policyId amount receipt payDate payType isPhotoFee version updatedAt
    payer { id name type }
  }
`);

/** What a contribution changes on its policy: shown after each save. */
export const POLICY_BALANCE_FIELDS = graphql(`
  fragment PolicyBalanceFields on Policy { id status value paid balance effectiveDate version }
`);

export const POLICY_CONTRIBUTIONS = graphql(
  `
  query PolicyContributions($id: ID!) {
    policy(id: $id) {
      ...PolicyBalanceFields
      product { id code name maxInstallments }
      premiums { ...ContributionFields }
    }
  }
`,
  [POLICY_BALANCE_FIELDS, CONTRIBUTION_FIELDS],
);

export const CONTRIBUTION = graphql(
  `
  query Contribution($id: ID!) { premium(id: $id) { ...ContributionFields } }
`,
  [CONTRIBUTION_FIELDS],
);

const PREMIUM_PAYLOAD = graphql(
  `
  fragment PremiumPayloadFields on PremiumPayload {
    premium { ...ContributionFields }
    policy { ...PolicyBalanceFields }
    warnings { code message max count amount }
    errors { ...UserErrors }
  }
`,
  [CONTRIBUTION_FIELDS, POLICY_BALANCE_FIELDS, USER_ERRORS],
);

export const CREATE_CONTRIBUTION = graphql(
  `
  mutation CreateContribution($input: CreatePremiumInput!) { createPremium(input: $input) { ...PremiumPayloadFields } }
`,
  [PREMIUM_PAYLOAD],
);

export const UPDATE_CONTRIBUTION = graphql(
  `
  mutation UpdateContribution($input: UpdatePremiumInput!) { updatePremium(input: $input) { ...PremiumPayloadFields } }
`,
  [PREMIUM_PAYLOAD],
);

export const DELETE_CONTRIBUTION = graphql(
  `
  mutation DeleteContribution($input: VersionedDeleteInput!) { deletePremium(input: $input) { ...PremiumPayloadFields } }
`,
  [PREMIUM_PAYLOAD],
);

/** The payer picker's server search (by name fragment). */
export const PAYER_SEARCH = graphql(`
  query ContributionPayers($filter: PayerFilter, $first: Int) {
    payers(filter: $filter, first: $first) { edges { node { id name type location { id name } } } }
  }
`);

export const CONTRIBUTION_SEARCH = graphql(
  `
  query ContributionSearch($filter: PremiumFilter, $first: Int, $after: String) {
    premiums(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          ...ContributionFields
          policy { id status product { id code } family { id head { id insuranceNumber lastName otherNames } } }
        }
      }
    }
  }
`,
  [CONTRIBUTION_FIELDS],
);

export type Contribution = ResultOf<typeof CONTRIBUTION_FIELDS>;
export type PolicyBalance = ResultOf<typeof POLICY_BALANCE_FIELDS>;
export type PolicyContributions = NonNullable<ResultOf<typeof POLICY_CONTRIBUTIONS>['policy']>;
export type PayerOption = ResultOf<typeof PAYER_SEARCH>['payers']['edges'][number]['node'];
export type ContributionWarning = ResultOf<typeof PREMIUM_PAYLOAD>['warnings'][number];
export type ContributionRow = ResultOf<typeof CONTRIBUTION_SEARCH>['premiums']['edges'][number]['node'];
