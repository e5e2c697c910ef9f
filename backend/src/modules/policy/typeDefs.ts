/**
 * The policy domain's SDL. A product is one flat object (openIMIS's own GraphQL names), its fields
 * listed once in @kente/contract-policy (re-exported by service/productRules.ts); the console groups them in tabs (see README.md).
 */
import { connectionArgs, connectionType } from '../../graphql/connection.js';
import { eligibilityTypeDefs } from './eligibilityTypeDefs.js';
import {
  PRODUCT_COUNT_FIELDS,
  PRODUCT_CYCLE_FIELDS,
  PRODUCT_MONEY_FIELDS,
  PRODUCT_PERCENT_FIELDS,
  PRODUCT_REQUIRED_FIELDS,
  type ProductField,
} from './service/productRules.js';

const TYPES: Record<string, string> = {
  code: 'String',
  name: 'String',
  accCodePremiums: 'String',
  accCodeRemuneration: 'String',
  ceilingInterpretation: 'String',
  dateFrom: 'Date',
  dateTo: 'Date',
  ...Object.fromEntries(PRODUCT_MONEY_FIELDS.map((f) => [f, 'Decimal'])),
  ...Object.fromEntries([...PRODUCT_COUNT_FIELDS, ...PRODUCT_PERCENT_FIELDS].map((f) => [f, 'Int'])),
  ...Object.fromEntries(PRODUCT_CYCLE_FIELDS.map((f) => [f, 'String'])),
};
const NOTES: Partial<Record<ProductField, string>> = {
  insurancePeriod: 'months',
  administrationPeriod: 'months',
  threshold: 'members included in the lump sum',
  ceilingInterpretation: 'I by claim type (in/out-patient), H by facility level (hospital or not)',
  startCycle1: 'dd-mm: policies start on the next cycle date',
};
const fields = Object.keys(TYPES) as ProductField[];
const required = new Set<string>(PRODUCT_REQUIRED_FIELDS);
/** The product's scalar fields: `!` on output for the non-null columns, on create for code, name and dates. */
const productFields = (mode: 'output' | 'create' | 'update') =>
  fields
    .map((f) => {
      const bang = mode === 'output' ? required.has(f) : mode === 'create' && ['code', 'name', 'dateFrom', 'dateTo'].includes(f);
      const note = NOTES[f] && mode === 'output' ? `"${NOTES[f]}" ` : '';
      return `${note}${f}: ${TYPES[f]}${bang ? '!' : ''}`;
    })
    .join('\n    ');

const LINE_SETTINGS = `
    "P price list, O own (claimed) price, R relative pricing"
    priceOrigin: String
    "C co-insurance (limits are % covered, at most 100), F fixed amount; ordinary, referral (R) and emergency (E) visits"
    limitationType: String
    limitationTypeR: String
    limitationTypeE: String
    limitAdult: Decimal
    limitChild: Decimal
    limitAdultR: Decimal
    limitChildR: Decimal
    limitAdultE: Decimal
    limitChildE: Decimal
    "maximum quantities per policy period"
    limitNoAdult: Int
    limitNoChild: Int
    "months"
    waitingPeriodAdult: Int
    waitingPeriodChild: Int
    "H hospital, N non-hospital, B both: excluded from those ceilings"
    ceilingExclusionAdult: String
    ceilingExclusionChild: String`;
const lineOutput = LINE_SETTINGS.replace(/(priceOrigin|limitationType[RE]?|limit(Adult|Child)[RE]?): (String|Decimal)/g, '$1: $3!');

export const typeDefs = /* GraphQL */ `
  type Product {
    id: ID!
    "a region or a district; null = national"
    locationId: ID
    location: Location
    conversionProductId: ID
    "the product its policies are renewed into"
    conversionProduct: Product
    ${productFields('output')}
    version: Int!
    createdAt: DateTime!
    updatedAt: DateTime!
    "covered medical services"
    services(search: String, first: Int, after: String): ProductServiceConnection!
    "covered medical items"
    items(search: String, first: Int, after: String): ProductItemConnection!
  }
  type ProductService {
    service: MedicalService!${lineOutput}
  }
  type ProductItem {
    item: MedicalItem!${lineOutput}
  }
  type ProductServiceEdge { cursor: String!, node: ProductService! }
  type ProductItemEdge { cursor: String!, node: ProductItem! }
  type ProductServiceConnection { edges: [ProductServiceEdge!]!, pageInfo: PageInfo! }
  type ProductItemConnection { edges: [ProductItemEdge!]!, pageInfo: PageInfo! }
  ${connectionType('Product')}

  input ProductFilter {
    "code prefix or name fragment"
    search: String
    "products that apply in this location: national ones, its own and those of the locations above it"
    locationId: ID
    "valid on this date (dateFrom <= date <= dateTo)"
    validAt: Date
  }

  extend type Query {
    products(filter: ProductFilter, ${connectionArgs}): ProductConnection!
    product(id: ID!): Product
  }

  input CreateProductInput {
    locationId: ID
    conversionProductId: ID
    ${productFields('create')}
  }
  input UpdateProductInput {
    id: ID!
    version: Int!
    locationId: ID
    conversionProductId: ID
    ${productFields('update')}
  }
  "A copy of a product with its covered services and items, under a new code and name"
  input DuplicateProductInput {
    id: ID!
    code: String!
    name: String!
    "absent: the original's location"
    locationId: ID
  }
  input ProductLineSettingsInput {${LINE_SETTINGS}
  }
  "Covers the services (adds them or changes their settings) and stops covering others; one change of the product"
  input SetProductServicesInput {
    id: ID!
    version: Int!
    serviceIds: [ID!]
    "applied to every service of serviceIds (absent: openIMIS defaults, P and C 100 %)"
    settings: ProductLineSettingsInput
    remove: [ID!]
  }
  input SetProductItemsInput {
    id: ID!
    version: Int!
    itemIds: [ID!]
    settings: ProductLineSettingsInput
    remove: [ID!]
  }
  type ProductPayload { product: Product, errors: [UserError!]! }

  extend type Mutation {
    createProduct(input: CreateProductInput!): ProductPayload!
    updateProduct(input: UpdateProductInput!): ProductPayload!
    duplicateProduct(input: DuplicateProductInput!): ProductPayload!
    setProductServices(input: SetProductServicesInput!): ProductPayload!
    setProductItems(input: SetProductItemsInput!): ProductPayload!
  }
  "A family's policy on a product: value and dates computed by the server (@kente/contract-policy)"
  type Policy {
    id: ID!
    familyId: ID!
    family: Family
    productId: ID!
    product: Product
    "the enrolment officer (a user)"
    officerId: ID
    officer: User
    "N new, R renewal"
    stage: String!
    "1 Idle, 2 Active, 4 Suspended, 8 Expired (read today: Expired once the expiry date has passed)"
    status: Int!
    value: Decimal!
    enrolDate: Date!
    startDate: Date!
    effectiveDate: Date
    expiryDate: Date!
    "renewal: the policy it continues"
    previousPolicyId: ID
    previousPolicy: Policy
    "its contributions, oldest first (photo fees included)"
    premiums: [Premium!]!
    "sum of the contributions that count (photo fees excluded)"
    paid: Decimal!
    "value - paid, never below 0"
    balance: Decimal!
    version: Int!
    createdAt: DateTime!
    updatedAt: DateTime!
  }
  ${connectionType('Policy')}
  "A warning of the value computation: a code (translated by the console) and an English message"
  type PolicyWarning {
    code: String!
    message: String!
    max: Int
    count: Int
    amount: Decimal
  }
  "What a policy would be worth and when it would run, before it is saved"
  type PolicyValues {
    value: Decimal!
    contribution: Decimal!
    generalAssembly: Decimal!
    registration: Decimal!
    discount: Decimal!
    "members counted (after the product's maximum)"
    members: Int!
    enrolDate: Date!
    startDate: Date!
    expiryDate: Date!
    lastPaymentDate: Date
    warnings: [PolicyWarning!]!
  }
  input PolicyFilter {
    familyId: ID
    productId: ID
    "1 Idle, 2 Active, 4 Suspended, 8 Expired"
    status: Int
    "N or R"
    stage: String
    "the family's village in this location's subtree"
    locationId: ID
    enrolDateFrom: Date
    enrolDateTo: Date
    expiryDateFrom: Date
    expiryDateTo: Date
    "the head of the family's insurance number (exact)"
    headInsuranceNumber: String
    "true: still owing (value > paid); false: fully paid"
    hasBalance: Boolean
  }
  extend type Family {
    "the family's policies, newest first"
    policies: [Policy!]!
  }

  extend type Query {
    "the value and dates of a policy for this family and product (stage N by default; R needs previousPolicyId)"
    policyValues(familyId: ID!, productId: ID!, enrolDate: Date!, stage: String, previousPolicyId: ID): PolicyValues!
    policies(filter: PolicyFilter, ${connectionArgs}): PolicyConnection!
    policy(id: ID!): Policy
  }

  "A new Idle policy: value and dates are the server's"
  input CreatePolicyInput {
    familyId: ID!
    productId: ID!
    enrolDate: Date!
    officerId: ID
  }
  "An Idle policy's product, enrolment date or officer; value and dates recomputed"
  input UpdatePolicyInput {
    id: ID!
    version: Int!
    productId: ID
    enrolDate: Date
    officerId: ID
  }
  input PolicyVersionInput {
    id: ID!
    version: Int!
  }
  "A stage-R Idle policy continuing the policy id (product absent: its conversion product, else the same)"
  input RenewPolicyInput {
    id: ID!
    enrolDate: Date!
    productId: ID
    officerId: ID
  }
  type PolicyPayload { policy: Policy, errors: [UserError!]! }

  extend type Mutation {
    createPolicy(input: CreatePolicyInput!): PolicyPayload!
    updatePolicy(input: UpdatePolicyInput!): PolicyPayload!
    "an Idle policy"
    deletePolicy(input: PolicyVersionInput!): PolicyPayload!
    "Active -> Suspended"
    suspendPolicy(input: PolicyVersionInput!): PolicyPayload!
    renewPolicy(input: RenewPolicyInput!): PolicyPayload!
  }
  ${eligibilityTypeDefs}

  "Who pays contributions for families: C co-operative, D donor, G government, L local authority, O other, P private organisation"
  type Payer {
    id: ID!
    type: String!
    name: String!
    address: String
    "a region or a district; null = national"
    locationId: ID
    location: Location
    phone: String
    fax: String
    email: String
    version: Int!
    createdAt: DateTime!
    updatedAt: DateTime!
  }
  ${connectionType('Payer')}
  input PayerFilter {
    "name fragment"
    search: String
    type: String
    "payers that may work there: national ones, its own and those of the locations above it"
    locationId: ID
  }
  input CreatePayerInput {
    type: String!
    name: String!
    address: String
    locationId: ID
    phone: String
    fax: String
    email: String
  }
  input UpdatePayerInput {
    id: ID!
    version: Int!
    type: String
    name: String
    address: String
    locationId: ID
    phone: String
    fax: String
    email: String
  }
  type PayerPayload { payer: Payer, errors: [UserError!]! }

  "A contribution (openIMIS premium) paid on a policy"
  type Premium {
    id: ID!
    policyId: ID!
    policy: Policy
    payerId: ID
    payer: Payer
    amount: Decimal!
    receipt: String!
    payDate: Date!
    "B bank, C cash, M mobile, F funding"
    payType: String!
    "a photo fee: recorded, not counted towards the value"
    isPhotoFee: Boolean!
    version: Int!
    createdAt: DateTime!
    updatedAt: DateTime!
  }
  ${connectionType('Premium')}
  input PremiumFilter {
    policyId: ID
    payerId: ID
    "exact receipt"
    receipt: String
    payDateFrom: Date
    payDateTo: Date
    payType: String
    "the policy's family's village in this location's subtree"
    locationId: ID
    isPhotoFee: Boolean
  }
  input CreatePremiumInput {
    policyId: ID!
    payerId: ID
    amount: Decimal!
    receipt: String!
    payDate: Date!
    payType: String!
    isPhotoFee: Boolean
    "put an Idle policy in force although the payment is partial"
    putInForce: Boolean
  }
  input UpdatePremiumInput {
    id: ID!
    version: Int!
    payerId: ID
    amount: Decimal
    receipt: String
    payDate: Date
    payType: String
    isPhotoFee: Boolean
  }
  type PremiumPayload {
    premium: Premium
    "the policy after the change (its status, dates and balance)"
    policy: Policy
    warnings: [PolicyWarning!]!
    errors: [UserError!]!
  }

  extend type Query {
    payers(filter: PayerFilter, ${connectionArgs}): PayerConnection!
    payer(id: ID!): Payer
    premiums(filter: PremiumFilter, ${connectionArgs}): PremiumConnection!
    premium(id: ID!): Premium
  }
  extend type Mutation {
    createPayer(input: CreatePayerInput!): PayerPayload!
    updatePayer(input: UpdatePayerInput!): PayerPayload!
    "refused (IN_USE) while contributions name the payer"
    deletePayer(input: VersionedDeleteInput!): PayerPayload!
    "pays on an Idle or Active policy; full payment puts an Idle policy in force"
    createPremium(input: CreatePremiumInput!): PremiumPayload!
    updatePremium(input: UpdatePremiumInput!): PremiumPayload!
    deletePremium(input: VersionedDeleteInput!): PremiumPayload!
  }

  "Policies enrolled in a month of the dashboard's period (YYYY-MM): new (stage N) and renewals (R)"
  type PolicyEnrolmentMonth { month: String!, newPolicies: Int!, renewals: Int! }
  "On the period's last day (today when it ends later): policies in force, insurees (not deceased) and those a policy in force covers"
  type PolicyCoverage {
    date: Date!
    activePolicies: Int!
    insurees: Int!
    covered: Int!
    "covered / insurees (0-1, 4 decimals); null when there are no insurees"
    rate: Float
  }
  "A month's contributions paid (photo fees excluded) against the value of the policies enrolled that month"
  type ContributionMonth { month: String!, collected: Decimal!, expected: Decimal! }
  "The policy figures of the dashboard (mf-policy's cards), for a DashboardFilter"
  type PolicyDashboard {
    "every month of the period, in order (131201)"
    enrolments: [PolicyEnrolmentMonth!]!
    "(131201)"
    coverage: PolicyCoverage!
    "every month of the period, in order (131204)"
    contributions: [ContributionMonth!]!
  }
  extend type Query {
    "the dashboard's policy figures: 131201 (enrolments, coverage) or 131204 (contributions), or 131200"
    policyDashboard(filter: DashboardFilter!): PolicyDashboard!
  }
`;
