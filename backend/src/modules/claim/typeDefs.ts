/** The claim domain's SDL: claims and their lines, the claim search, the entry mutations, submission, the pickers. */
import { connectionArgs, connectionType } from '../../graphql/connection.js';

const CLAIM_FIELDS = `
    healthFacilityId: ID
    "the insuree's insurance number"
    insuranceNumber: String
    "a user of the facility; default: you, when you work there"
    adminId: ID
    visitFrom: Date
    "the visit's last day; none = one-day visit"
    visitTo: Date
    dateClaimed: Date
    "O other, E emergency, R referral (default O)"
    visitType: String
    "main diagnosis (ICD-10)"
    diagnosisId: ID
    diagnosis1Id: ID
    diagnosis2Id: ID
    diagnosis3Id: ID
    diagnosis4Id: ID
    explanation: String
    "guarantee (voucher) number"
    guaranteeNo: String`;

export const typeDefs = /* GraphQL */ `
  "A claim of a health facility for an insuree's visit (openIMIS claim)"
  type Claim {
    id: ID!
    "unique per health facility"
    code: String!
    healthFacilityId: ID!
    healthFacility: HealthFacility
    insureeId: ID!
    insuree: Insuree
    "the insuree's insurance number"
    insuranceNumber: String!
    "the claim administrator (a user of the facility)"
    adminId: ID
    visitFrom: Date!
    visitTo: Date
    dateClaimed: Date!
    "O other, E emergency, R referral"
    visitType: String!
    diagnosisId: ID!
    diagnosis: Diagnosis
    diagnosis1Id: ID
    diagnosis2Id: ID
    diagnosis3Id: ID
    diagnosis4Id: ID
    "the secondary diagnoses that are set, in order"
    secondaryDiagnoses: [Diagnosis!]!
    explanation: String
    guaranteeNo: String
    "1 Rejected, 2 Entered, 4 Checked, 8 Processed, 16 Valuated"
    status: Int!
    "1 Idle, 2 Not selected, 4 Selected, 8 Delivered, 16 Bypassed"
    reviewStatus: Int!
    feedbackStatus: Int!
    "openIMIS's rejection reason of a Rejected claim"
    rejectionReason: Int
    "S surgery, D delivery, A antenatal, H hospitalisation, C consultation, O other, V visit (set by submission)"
    category: String
    "sum of quantity x price asked"
    claimed: Decimal!
    "sum of approved quantity x approved price of the passed lines (after submission)"
    approved: Decimal
    submittedAt: DateTime
    "the Rejected claim this one was restored from"
    restoredFromId: ID
    lines: [ClaimLine!]!
    version: Int!
    createdAt: DateTime!
    updatedAt: DateTime!
  }
  "A service (kind S) or item (kind I) on a claim"
  type ClaimLine {
    id: ID!
    lineNo: Int!
    kind: String!
    serviceId: ID
    itemId: ID
    "the service's or item's code and name"
    code: String!
    name: String!
    quantity: Decimal!
    "the price the facility asks (its price list's unless overridden)"
    priceAsked: Decimal!
    "the facility's price list price when the line was saved; null = not on its list"
    priceList: Decimal
    quantityApproved: Decimal
    priceApproved: Decimal
    "1 Passed, 2 Rejected; null before submission"
    status: Int
    "openIMIS's rejection reason (0 accepted)"
    rejectionReason: Int
    "the policy and product covering the line"
    policyId: ID
    productId: ID
  }
  ${connectionType('Claim')}
  input ClaimFilter {
    healthFacilityId: ID
    insureeId: ID
    status: Int
    reviewStatus: Int
    feedbackStatus: Int
    "visits starting on or after"
    visitFrom: Date
    "visits ending on or before"
    visitTo: Date
    "exact insurance number"
    insuranceNumber: String
    "exact claim code"
    code: String
    claimedMin: Decimal
    claimedMax: Decimal
  }
  input ClaimLineInput {
    "S service, I item"
    kind: String!
    serviceId: ID
    itemId: ID
    quantity: Decimal!
    "the price asked when it is not the facility's price list price"
    priceAsked: Decimal
  }
  input CreateClaimInput {
    code: String!
    ${CLAIM_FIELDS.replace('healthFacilityId: ID', 'healthFacilityId: ID!').replace('insuranceNumber: String', 'insuranceNumber: String!').replace('visitFrom: Date', 'visitFrom: Date!').replace('dateClaimed: Date', 'dateClaimed: Date!').replace('diagnosisId: ID', 'diagnosisId: ID!')}
    lines: [ClaimLineInput!]!
  }
  input UpdateClaimInput {
    id: ID!
    version: Int!
    code: String
    ${CLAIM_FIELDS}
    "replace every line (absent = unchanged)"
    lines: [ClaimLineInput!]
  }
  input RestoreClaimInput {
    "the Rejected claim"
    id: ID!
    "the new claim's code"
    code: String!
  }
  input SubmitClaimsInput { ids: [ID!]! }
  "Something the user is told; the action went through. Codes: DUPLICATE_GUARANTEE, QUANTITY_REDUCED"
  type ClaimWarning { code: String!, message: String!, lineNo: Int }
  type ClaimPayload { claim: Claim, warnings: [ClaimWarning!]!, errors: [UserError!]! }
  "One claim's submission: the claim as stored (Checked or Rejected, lines with their reasons) and its warnings"
  type ClaimSubmission { claim: Claim!, warnings: [ClaimWarning!]! }
  type SubmitClaimsPayload { submissions: [ClaimSubmission!]!, errors: [UserError!]! }

  "A service on the facility's price list, at the facility's price"
  type ClaimServiceOption { id: ID!, code: String!, name: String!, category: String!, careType: String!, price: Decimal! }
  type ClaimServiceOptionEdge { cursor: String!, node: ClaimServiceOption! }
  type ClaimServiceOptionPage { edges: [ClaimServiceOptionEdge!]!, pageInfo: PageInfo! }
  "An item on the facility's price list, at the facility's price"
  type ClaimItemOption { id: ID!, code: String!, name: String!, package: String, careType: String!, price: Decimal! }
  type ClaimItemOptionEdge { cursor: String!, node: ClaimItemOption! }
  type ClaimItemOptionPage { edges: [ClaimItemOptionEdge!]!, pageInfo: PageInfo! }

  extend type Query {
    claims(filter: ClaimFilter, ${connectionArgs}): ClaimConnection!
    claim(id: ID!): Claim
    "services of the facility's price list: code prefix or name fragment"
    claimServicePicker(healthFacilityId: ID!, search: String, first: Int, after: String): ClaimServiceOptionPage!
    "items of the facility's price list: code prefix or name fragment"
    claimItemPicker(healthFacilityId: ID!, search: String, first: Int, after: String): ClaimItemOptionPage!
  }
  extend type Mutation {
    "a claim in status Entered"
    createClaim(input: CreateClaimInput!): ClaimPayload!
    "an Entered claim, at its version"
    updateClaim(input: UpdateClaimInput!): ClaimPayload!
    "an Entered claim, at its version"
    deleteClaim(input: VersionedDeleteInput!): ClaimPayload!
    "openIMIS's checks: each claim Checked (a line passes) or Rejected, lines with their reasons"
    submitClaims(input: SubmitClaimsInput!): SubmitClaimsPayload!
    "a new Entered claim copying a Rejected one"
    restoreClaim(input: RestoreClaimInput!): ClaimPayload!
  }
`;
