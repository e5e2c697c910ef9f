/** SDL of eligibility, renewals, covered insurees and deleteProduct (README "Eligibility and renewals"); joined to ./typeDefs.ts. */
import { connectionArgs, connectionType } from '../../graphql/connection.js';

export const eligibilityTypeDefs = /* GraphQL */ `
  extend type Policy {
    "the family's members the policy covers (openIMIS InsureePolicy, computed: present during the policy, deceased left out, at most the product's maxMembers)"
    insurees: [Insuree!]!
  }
  extend type Insuree {
    "the policies covering this insuree, newest first"
    policies: [Policy!]!
  }
  "A deductible or ceiling of the product and what claims used of it on the policy"
  type PolicyAmountLimit {
    "the product's field: dedTreatment, maxPolicy, maxIpInsuree, ..."
    field: String!
    max: Decimal!
    used: Decimal!
    "max - used, never below 0"
    remaining: Decimal!
  }
  "A maximum number of consultations, surgeries, ... and how many were used"
  type PolicyCountLimit {
    "the product's field: maxNoConsultation, maxNoSurgery, ..."
    field: String!
    max: Int!
    used: Int!
    remaining: Int!
  }
  "A policy in force at the enquiry's date, with its product's limits"
  type EligiblePolicy {
    policyId: ID!
    productId: ID!
    productCode: String!
    productName: String!
    "1 Idle, 2 Active, 4 Suspended, 8 Expired (as read on the enquiry's date)"
    status: Int!
    startDate: Date!
    effectiveDate: Date
    expiryDate: Date!
    "deductibles and ceilings the product sets"
    amounts: [PolicyAmountLimit!]!
    "maximum counts the product sets"
    counts: [PolicyCountLimit!]!
  }
  "Who the insurance number is (null: unknown or outside your area) and the policies covering them on the date"
  type Eligibility {
    date: Date!
    insuree: Insuree
    policies: [EligiblePolicy!]!
  }
  "A policy about to expire, not renewed yet, with what stops its renewal"
  type PolicyRenewal {
    id: ID!
    policy: Policy!
    "the day the renewal would start (the day after the expiry)"
    renewalDate: Date!
    "the product the renewal would use (the conversion product, else the same)"
    renewalProductId: ID!
    "PRODUCT_EXPIRED, NO_OFFICER, NO_MEMBERS (empty: renewable)"
    blockers: [String!]!
  }
  ${connectionType('PolicyRenewal')}
  input PolicyRenewalFilter {
    "expiring from today to today + days (default: the composition's mf-policy.renewalDays, else 14; at most 366)"
    days: Int
    "families living in this location (any level)"
    locationId: ID
    productId: ID
    officerId: ID
  }

  extend type Query {
    "the insuree with this number and the policies in force on date (default today): right 101105 or 101201"
    eligibility(insuranceNumber: String!, date: Date): Eligibility!
    "policies expiring soon and not renewed, soonest first: right 101205 or 101201"
    policyRenewals(filter: PolicyRenewalFilter, ${connectionArgs}): PolicyRenewalConnection!
  }
  input ProductVersionInput {
    id: ID!
    version: Int!
  }
  extend type Mutation {
    "refused (IN_USE) while policies use the product or it is another product's conversion product"
    deleteProduct(input: ProductVersionInput!): ProductPayload!
  }
`;
