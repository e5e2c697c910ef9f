/** The feedback pages' GraphQL: the claim's answers, their delivery, the selection and the bypass (111009, 111010). */
import { graphql, USER_ERRORS } from '../graphql.js';

export const FEEDBACK_FIELDS = graphql(`
  fragment FeedbackFields on Claim {
    id version updatedAt code status feedbackStatus claimed visitFrom visitTo insuranceNumber
    insuree { id lastName otherNames }
    healthFacility { id code name }
    careRendered paymentAsked drugPrescribed drugReceived assessment feedbackDate
  }
`);

export const FEEDBACK_CLAIM = graphql(
  `
  query FeedbackClaim($id: ID!) { claim(id: $id) { ...FeedbackFields } }
`,
  [FEEDBACK_FIELDS],
);

export const DELIVER_FEEDBACK = graphql(
  `
  mutation DeliverClaimFeedback($input: DeliverClaimFeedbackInput!) {
    deliverClaimFeedback(input: $input) { claim { ...FeedbackFields } errors { ...UserErrors } }
  }
`,
  [FEEDBACK_FIELDS, USER_ERRORS],
);

export const SELECT_FOR_FEEDBACK = graphql(
  `
  mutation SelectClaimsForFeedback($input: SelectClaimsInput!) {
    selectClaimsForFeedback(input: $input) { selected { id } notSelected errors { ...UserErrors } }
  }
`,
  [USER_ERRORS],
);

export const BYPASS_FEEDBACK = graphql(
  `
  mutation BypassFeedback($input: BypassClaimsInput!) {
    bypassClaims(input: $input) { claims { id feedbackStatus } errors { ...UserErrors } }
  }
`,
  [USER_ERRORS],
);
