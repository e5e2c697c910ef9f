import { CLAIM_ROW } from '../claims/claimQueries.js';
import { graphql, USER_ERRORS } from '../graphql.js';

/** A claim as the medical officer reviews it: header, amounts, every line asked / approved / valuated. */
export const REVIEW_CLAIM_FIELDS = graphql(`
  fragment ReviewClaimFields on Claim {
    id version updatedAt code status reviewStatus feedbackStatus claimed approved valuated remunerated processedAt
    visitFrom visitTo dateClaimed visitType insuranceNumber guaranteeNo explanation reviewRemark rejectionReason
    insuree { id lastName otherNames }
    healthFacility { id code name }
    diagnosis { id code name }
    secondaryDiagnoses { id code name }
    lines {
      id lineNo kind code name quantity priceAsked quantityApproved priceApproved status rejectionReason justification
      priceAdjusted deductible exceedCeiling priceValuated remunerated
    }
  }
`);

export const REVIEW_CLAIM = graphql(
  `
  query ReviewClaim($id: ID!) { claim(id: $id) { ...ReviewClaimFields } }
`,
  [REVIEW_CLAIM_FIELDS],
);

export const SAVE_CLAIM_REVIEW = graphql(
  `
  mutation SaveClaimReview($input: SaveClaimReviewInput!) {
    saveClaimReview(input: $input) { claim { ...ReviewClaimFields } errors { ...UserErrors } }
  }
`,
  [REVIEW_CLAIM_FIELDS, USER_ERRORS],
);

export const DELIVER_CLAIM_REVIEW = graphql(
  `
  mutation DeliverClaimReview($input: ClaimVersionInput!) {
    deliverClaimReview(input: $input) { claim { ...ReviewClaimFields } errors { ...UserErrors } }
  }
`,
  [REVIEW_CLAIM_FIELDS, USER_ERRORS],
);

/** Review (or feedback) selection: these ids, or the filter's Checked claims sampled. */
export const SELECT_FOR_REVIEW = graphql(
  `
  mutation SelectClaimsForReview($input: SelectClaimsInput!) {
    selectClaimsForReview(input: $input) { selected { id } notSelected errors { ...UserErrors } }
  }
`,
  [USER_ERRORS],
);

export const SELECT_FOR_FEEDBACK = graphql(
  `
  mutation SelectClaimsForFeedback($input: SelectClaimsInput!) {
    selectClaimsForFeedback(input: $input) { selected { id } notSelected errors { ...UserErrors } }
  }
`,
  [USER_ERRORS],
);

export const PROCESS_CLAIMS = graphql(
  `
  mutation ProcessClaims($ids: [ID!]!) {
    processClaims(input: { ids: $ids }) { claims { ...ClaimRow } errors { ...UserErrors } }
  }
`,
  [CLAIM_ROW, USER_ERRORS],
);

export const BYPASS_REVIEWS = graphql(
  `
  mutation BypassClaimReviews($ids: [ID!]!) {
    bypassClaims(input: { ids: $ids, review: true, feedback: false }) { claims { id reviewStatus } errors { ...UserErrors } }
  }
`,
  [USER_ERRORS],
);
