import { graphql, USER_ERRORS } from '../graphql.js';

export const CLAIM_ROW = graphql(`
  fragment ClaimRow on Claim {
    id code status reviewStatus feedbackStatus claimed approved valuated visitFrom visitTo dateClaimed insuranceNumber rejectionReason
    insuree { id lastName otherNames }
    healthFacility { id code name }
  }
`);

export const CLAIMS = graphql(
  `
  query ClaimSearch($filter: ClaimFilter, $first: Int, $after: String) {
    claims(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo { hasNextPage endCursor }
      edges { node { ...ClaimRow } }
    }
  }
`,
  [CLAIM_ROW],
);

export const CLAIM_LINE = graphql(`
  fragment ClaimLineFields on ClaimLine {
    id lineNo kind serviceId itemId code name quantity priceAsked priceList quantityApproved priceApproved status rejectionReason
    justification priceValuated deductible exceedCeiling remunerated
  }
`);

export const CLAIM_FIELDS = graphql(
  `
  fragment ClaimFields on Claim {
    id version code status claimed approved visitFrom visitTo dateClaimed visitType insuranceNumber guaranteeNo explanation
    rejectionReason restoredFromId submittedAt reviewStatus feedbackStatus valuated remunerated processedAt reviewRemark
    insuree { id lastName otherNames }
    healthFacility { id code name }
    diagnosis { id code name }
    secondaryDiagnoses { id code name }
    lines { ...ClaimLineFields }
  }
`,
  [CLAIM_LINE],
);

export const CLAIM = graphql(
  `
  query Claim($id: ID!) { claim(id: $id) { ...ClaimFields } }
`,
  [CLAIM_FIELDS],
);

export const WARNING = graphql(`
  fragment ClaimWarningFields on ClaimWarning { code lineNo message }
`);

export const CREATE_CLAIM = graphql(
  `
  mutation CreateClaim($input: CreateClaimInput!) {
    createClaim(input: $input) { claim { ...ClaimFields } errors { ...UserErrors } warnings { ...ClaimWarningFields } }
  }
`,
  [CLAIM_FIELDS, USER_ERRORS, WARNING],
);

export const UPDATE_CLAIM = graphql(
  `
  mutation UpdateClaim($input: UpdateClaimInput!) {
    updateClaim(input: $input) { claim { ...ClaimFields } errors { ...UserErrors } warnings { ...ClaimWarningFields } }
  }
`,
  [CLAIM_FIELDS, USER_ERRORS, WARNING],
);

export const DELETE_CLAIM = graphql(
  `
  mutation DeleteClaim($input: VersionedDeleteInput!) { deleteClaim(input: $input) { errors { ...UserErrors } } }
`,
  [USER_ERRORS],
);

export const RESTORE_CLAIM = graphql(
  `
  mutation RestoreClaim($input: RestoreClaimInput!) {
    restoreClaim(input: $input) { claim { id } errors { ...UserErrors } }
  }
`,
  [USER_ERRORS],
);

export const SUBMIT_CLAIMS = graphql(
  `
  mutation SubmitClaims($ids: [ID!]!) {
    submitClaims(input: { ids: $ids }) {
      errors { ...UserErrors }
      submissions { claim { ...ClaimFields } warnings { ...ClaimWarningFields } }
    }
  }
`,
  [CLAIM_FIELDS, USER_ERRORS, WARNING],
);

export const ELIGIBILITY = graphql(`
  query ClaimEligibility($insuranceNumber: String!, $date: Date) {
    eligibility(insuranceNumber: $insuranceNumber, date: $date) {
      insuree { id lastName otherNames photo }
      policies { policyId productCode productName expiryDate }
    }
  }
`);

export const SERVICE_PICKER = graphql(`
  query ClaimServicePicker($healthFacilityId: ID!, $search: String, $first: Int) {
    claimServicePicker(healthFacilityId: $healthFacilityId, search: $search, first: $first) { edges { node { id code name price } } }
  }
`);

export const ITEM_PICKER = graphql(`
  query ClaimItemPicker($healthFacilityId: ID!, $search: String, $first: Int) {
    claimItemPicker(healthFacilityId: $healthFacilityId, search: $search, first: $first) { edges { node { id code name price } } }
  }
`);

export const DIAGNOSES = graphql(`
  query ClaimDiagnosisPicker($filter: DiagnosisFilter, $first: Int) {
    diagnoses(filter: $filter, first: $first) { edges { node { id code name } } }
  }
`);
