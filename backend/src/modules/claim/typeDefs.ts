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
    "sum of the passed lines' valuated amounts (valuation)"
    valuated: Decimal
    "sum of what is paid; null while a relative-price line waits for the batch run (Processed)"
    remunerated: Decimal
    processedAt: DateTime
    "the batch run that priced its relative lines"
    batchRunId: ID
    "the medical officer's remark on the review"
    reviewRemark: String
    "feedback: was the care rendered, was payment asked, were drugs prescribed and received, assessment 0-5"
    careRendered: Boolean
    paymentAsked: Boolean
    drugPrescribed: Boolean
    drugReceived: Boolean
    assessment: Int
    feedbackDate: Date
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
    "the medical officer's price (a review): kept by valuation whatever the price origin"
    priceReviewed: Decimal
    "the medical officer's justification (a review adjustment, reason -1)"
    justification: String
    "valuation: the unit price used (reviewer's, price asked for origin O, else the price list's)"
    priceAdjusted: Decimal
    "the deductible taken from the line"
    deductible: Decimal
    "what the ceilings did not pay"
    exceedCeiling: Decimal
    "the line's value after limits, deductible and ceilings"
    priceValuated: Decimal
    "what is paid; null for a relative-price line until the batch run"
    remunerated: Decimal
    "the product's price origin at valuation: P price list, O price asked, R relative"
    priceOrigin: String
  }
  ${connectionType('Claim')}
  "The claim search's order (keyset by id): OLDEST_FIRST (the default) or NEWEST_FIRST"
  enum ClaimOrder { OLDEST_FIRST NEWEST_FIRST }
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
  input ClaimIdsInput { ids: [ID!]! }
  input ClaimVersionInput { id: ID!, version: Int! }
  "Claims to select: these ids, or the filter's claims (Checked, not yet selected) sampled"
  input SelectClaimsInput {
    "these claims, selected as they are"
    ids: [ID!]
    filter: ClaimFilter
    "a random share (0-100 %) of the filter's claims"
    randomPercent: Int
    "the filter's claims whose claimed amount is above this"
    aboveAmount: Decimal
    "the filter's claims claimed above their main diagnosis's average by more than this % (0-1000; review only)"
    aboveDiagnosisAverage: Int
  }
  input ClaimReviewLineInput {
    lineNo: Int!
    quantityApproved: Decimal
    priceApproved: Decimal
    "rejects the line (reason -1); needs a justification"
    rejected: Boolean
    justification: String
  }
  input SaveClaimReviewInput {
    id: ID!
    version: Int!
    remark: String
    lines: [ClaimReviewLineInput!]!
  }
  input DeliverClaimFeedbackInput {
    id: ID!
    version: Int!
    careRendered: Boolean!
    paymentAsked: Boolean!
    drugPrescribed: Boolean!
    drugReceived: Boolean!
    "0-5"
    assessment: Int!
    feedbackDate: Date
  }
  input BypassClaimsInput {
    ids: [ID!]!
    "bypass the review (default true)"
    review: Boolean
    "bypass the feedback (default false)"
    feedback: Boolean
  }
  type ProcessClaimsPayload { claims: [Claim!]!, errors: [UserError!]! }
  "A selection: the claims selected, how many of the candidates were marked Not selected"
  type SelectClaimsPayload { selected: [Claim!]!, notSelected: Int!, errors: [UserError!]! }
  "Something the user is told; the action went through. Codes: DUPLICATE_GUARANTEE, DUPLICATE_SERVICE (lineNo), QUANTITY_REDUCED"
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

  "A relative pricing batch run for a location (none = national) and month"
  type ClaimBatchRun {
    id: ID!
    locationId: ID
    location: Location
    year: Int!
    month: Int!
    "claims it made Valuated"
    claims: Int!
    "what it paid for relative lines"
    remunerated: Decimal!
    runAt: DateTime!
    "per product: allocated contributions x distribution / valuated relative amounts"
    indexes: [ClaimBatchIndex!]!
  }
  type ClaimBatchIndex {
    productId: ID!
    product: Product
    allocated: Decimal!
    "the distribution share (%) of the period"
    distribution: String!
    "the valuated relative amounts of the period"
    valuated: Decimal!
    "4 decimals"
    index: String!
  }
  "A product's share (%) of its allocated contributions for relative-price care in a period: M month 1-12, Q quarter 1-4, Y year 1"
  type RelativeDistributionShare { period: String!, number: Int!, percent: String! }
  input RunClaimBatchInput {
    "none = national"
    locationId: ID
    year: Int!
    month: Int!
  }
  type RunClaimBatchPayload { run: ClaimBatchRun, errors: [UserError!]! }
  input SetRelativeDistributionInput {
    productId: ID!
    "M (12 shares), Q (4) or Y (1)"
    period: String!
    "% each, at most 100 in all"
    percents: [String!]!
  }
  type RelativeDistributionPayload { distribution: [RelativeDistributionShare!]!, errors: [UserError!]! }

  "The account preview's period (a year, a month of it, or a date range: the claims whose visit ended in it) and where"
  input ClaimAccountFilter {
    "2000-2100; with month, that month; alone, the whole year"
    year: Int
    "1-12 (needs year)"
    month: Int
    "a date range instead of year and month (both ends)"
    dateFrom: Date
    dateTo: Date
    "the location's facilities (it and below); none = every facility you see"
    locationId: ID
    healthFacilityId: ID
    "FACILITY: the claims with a line this product covers; PRODUCT: this product's lines"
    productId: ID
  }
  enum ClaimAccountGroup { FACILITY PRODUCT }
  "A facility's (or product's) valuated and processed claims and their sums"
  type ClaimAccountRow {
    healthFacilityId: ID
    healthFacility: HealthFacility
    productId: ID
    product: Product
    claims: Int!
    "claims still Processed (a relative-price line waits for the batch run)"
    processed: Int!
    claimed: Decimal!
    approved: Decimal!
    valuated: Decimal!
    "what is paid so far (relative lines once a batch ran)"
    remunerated: Decimal!
  }
  "The account preview: one row per facility or product, and the total"
  type ClaimAccounts { rows: [ClaimAccountRow!]!, total: ClaimAccountRow! }

  extend type Query {
    "relative pricing batch runs, latest first (111102)"
    claimBatchRuns(locationId: ID, year: Int): [ClaimBatchRun!]!
    "account preview (111103): valuated and processed claims of a period, by facility or by product"
    claimAccounts(filter: ClaimAccountFilter!, groupBy: ClaimAccountGroup!): ClaimAccounts!
    "a product's relative distribution"
    relativeDistribution(productId: ID!): [RelativeDistributionShare!]!
    "claims in the user's area; orderBy NEWEST_FIRST for the latest entered first (default: oldest first)"
    claims(filter: ClaimFilter, orderBy: ClaimOrder, ${connectionArgs}): ClaimConnection!
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
    "valuation (111011): each Checked claim Valuated, or Processed when a relative price waits for the batch run"
    processClaims(input: ClaimIdsInput!): ProcessClaimsPayload!
    "review Selected (111008); the filter's other candidates Not selected"
    selectClaimsForReview(input: SelectClaimsInput!): SelectClaimsPayload!
    "a medical officer's approved quantities and prices, rejections with justification (111008)"
    saveClaimReview(input: SaveClaimReviewInput!): ClaimPayload!
    "review Delivered: approved amounts recomputed, the valuation too when already processed (111008)"
    deliverClaimReview(input: ClaimVersionInput!): ClaimPayload!
    "feedback Selected (111009); the filter's other candidates Not selected"
    selectClaimsForFeedback(input: SelectClaimsInput!): SelectClaimsPayload!
    "the insuree's answers, feedback Delivered (111009)"
    deliverClaimFeedback(input: DeliverClaimFeedbackInput!): ClaimPayload!
    "Selected review or feedback → Bypassed (111010)"
    bypassClaims(input: BypassClaimsInput!): ProcessClaimsPayload!
    "relative pricing for a location and a month that is over, once (111101): ALREADY_RUN the second time"
    runClaimBatch(input: RunClaimBatchInput!): RunClaimBatchPayload!
    "a product's relative distribution shares, replaced (121003)"
    setRelativeDistribution(input: SetRelativeDistributionInput!): RelativeDistributionPayload!
  }

  "Claims in a status (1 Rejected, 2 Entered, 4 Checked, 8 Processed, 16 Valuated) and what they claim"
  type ClaimStatusCount { status: Int!, claims: Int!, claimed: Decimal! }
  "A month of visits (YYYY-MM): claims, amount claimed, amount valuated"
  type ClaimAmountMonth { month: String!, claims: Int!, claimed: Decimal!, valuated: Decimal! }
  "Rejected lines with an openIMIS rejection reason (-1 medical officer, 1-21 the checks) and the claims they are on"
  type ClaimRejectionCount { reason: Int!, lines: Int!, claims: Int! }
  "A main diagnosis and its claims"
  type ClaimDiagnosisCount { diagnosisId: ID!, code: String!, name: String!, claims: Int! }
  enum ClaimDelayStep { CLAIM SUBMISSION VALUATION }
  "Average days from the end of the visit to the claim date (CLAIM), its submission, its valuation; over the claims that reached the step"
  type ClaimDelay { step: ClaimDelayStep!, claims: Int!, averageDays: Float }
  "The claim figures of the dashboard (mf-claim's cards), for a DashboardFilter: the claims whose visit started in the period"
  type ClaimDashboard {
    "statuses that have claims, in code order"
    byStatus: [ClaimStatusCount!]!
    "every month of the period, in order"
    amounts: [ClaimAmountMonth!]!
    "most frequent first"
    rejections: [ClaimRejectionCount!]!
    "the ten main diagnoses with the most claims"
    topDiagnoses: [ClaimDiagnosisCount!]!
    "CLAIM, SUBMISSION, VALUATION"
    timeliness: [ClaimDelay!]!
  }
  extend type Query {
    "the dashboard's claim figures: 131202 or 131213, or 131200"
    claimDashboard(filter: DashboardFilter!): ClaimDashboard!
  }
`;
