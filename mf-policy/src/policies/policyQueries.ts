/** GraphQL documents of the policy pages and panels (backend domain `policy`); result types come from the schema. */
import { graphql, type ResultOf, USER_ERRORS } from '../graphql.js';

/** What the policy pages and panels show of a policy. */
export const POLICY_FIELDS = graphql(`
  fragment PolicyFields on Policy {
    id version stage status value paid balance enrolDate startDate effectiveDate expiryDate officerId previousPolicyId updatedAt
    product { id code name conversionProduct { id code name } }
    family { id head { id insuranceNumber lastName otherNames } village { id } }
  }
`);

export type PolicyDetails = ResultOf<typeof POLICY_FIELDS>;

/**
 * The policy page: the officer only for users who may read users (the User type's rule), the
 * covered insurees only for those who may read insurees, and the family's other policies (is this
 * one renewed already?).
 */
export const POLICY = graphql(
  `
  query Policy($id: ID!, $withOfficer: Boolean!, $withInsurees: Boolean!) {
    policy(id: $id) {
      ...PolicyFields
      officer @include(if: $withOfficer) { id username lastName otherNames }
      previousPolicy { id enrolDate product { code } }
      family { id policies { id status expiryDate previousPolicyId } }
      insurees @include(if: $withInsurees) { id insuranceNumber lastName otherNames birthDate }
    }
  }
`,
  [POLICY_FIELDS],
);

export type PolicyPageData = NonNullable<ResultOf<typeof POLICY>['policy']>;

export const POLICIES = graphql(
  `
  query PolicySearch($filter: PolicyFilter, $first: Int, $after: String) {
    policies(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo { hasNextPage endCursor }
      edges { node { ...PolicyFields } }
    }
  }
`,
  [POLICY_FIELDS],
);

/** A family's policies, newest first (the family page's panel, the insuree's summary). */
export const FAMILY_POLICIES = graphql(`query FamilyPolicies($id: ID!) { family(id: $id) { id policies { ...PolicyFields } } }`, [POLICY_FIELDS]);

/** The policies covering an insuree (the server's covered members), newest first. */
export const INSUREE_POLICIES = graphql(`query InsureePolicies($id: ID!) { insuree(id: $id) { id policies { ...PolicyFields } } }`, [POLICY_FIELDS]);

/** The enquiry: an insuree's policies in force on a date, with the product's remaining ceilings and counts. */
export const ELIGIBILITY = graphql(`
  query PolicyEligibility($insuranceNumber: String!, $date: Date) {
    eligibility(insuranceNumber: $insuranceNumber, date: $date) {
      date
      insuree { id }
      policies {
        policyId productCode productName status startDate effectiveDate expiryDate
        amounts { field max used remaining }
        counts { field max used remaining }
      }
    }
  }
`);

export type EligiblePolicy = ResultOf<typeof ELIGIBILITY>['eligibility']['policies'][number];

/** Policies expiring within some days, with what blocks their renewal. */
export const RENEWALS = graphql(
  `
  query PolicyRenewals($filter: PolicyRenewalFilter, $first: Int, $after: String) {
    policyRenewals(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo { hasNextPage endCursor }
      edges { node { id renewalDate renewalProductId blockers policy { ...PolicyFields } } }
    }
  }
`,
  [POLICY_FIELDS],
);

export type PolicyRenewalRow = ResultOf<typeof RENEWALS>['policyRenewals']['edges'][number]['node'];

/** The family a new policy is sold to: its head, village (the products offered depend on it) and members. */
export const POLICY_FAMILY = graphql(`
  query PolicyFamily($id: ID!) {
    family(id: $id) {
      id memberCount head { id insuranceNumber lastName otherNames }
      village { id name type parent { id name type parent { id name type parent { id name type } } } }
    }
  }
`);

/** Products that apply at a location and are valid on a date (the server's filter). */
export const PRODUCT_CHOICES = graphql(`
  query PolicyProductChoices($filter: ProductFilter) {
    products(filter: $filter, first: 100) { edges { node { id code name } } }
  }
`);

export type ProductChoice = ResultOf<typeof PRODUCT_CHOICES>['products']['edges'][number]['node'];

export const POLICY_VALUES = graphql(`
  query PolicyValues($familyId: ID!, $productId: ID!, $enrolDate: Date!, $stage: String, $previousPolicyId: ID) {
    policyValues(familyId: $familyId, productId: $productId, enrolDate: $enrolDate, stage: $stage, previousPolicyId: $previousPolicyId) {
      value contribution generalAssembly registration discount members enrolDate startDate expiryDate lastPaymentDate
      warnings { code message count max amount }
    }
  }
`);

export type PolicyValuesResult = ResultOf<typeof POLICY_VALUES>['policyValues'];

/** The signed-in user's id: who sells the policy is its enrolment officer unless they say otherwise. */
export const ME = graphql(`query PolicyMe { me { id names } }`);

export const CREATE_POLICY = graphql(
  `mutation CreatePolicy($input: CreatePolicyInput!) { createPolicy(input: $input) { policy { id } errors { ...UserErrors } } }`,
  [USER_ERRORS],
);

export const UPDATE_POLICY = graphql(
  `mutation UpdatePolicy($input: UpdatePolicyInput!) { updatePolicy(input: $input) { policy { ...PolicyFields } errors { ...UserErrors } } }`,
  [POLICY_FIELDS, USER_ERRORS],
);

export const RENEW_POLICY = graphql(
  `mutation RenewPolicy($input: RenewPolicyInput!) { renewPolicy(input: $input) { policy { id } errors { ...UserErrors } } }`,
  [USER_ERRORS],
);

export const SUSPEND_POLICY = graphql(
  `mutation SuspendPolicy($input: PolicyVersionInput!) { suspendPolicy(input: $input) { policy { ...PolicyFields } errors { ...UserErrors } } }`,
  [POLICY_FIELDS, USER_ERRORS],
);

export const DELETE_POLICY = graphql(
  `mutation DeletePolicy($input: PolicyVersionInput!) { deletePolicy(input: $input) { policy { id } errors { ...UserErrors } } }`,
  [USER_ERRORS],
);
