/**
 * The policy domain's SDL. A product is one flat object (openIMIS's own GraphQL names), its fields
 * listed once in @kente/contract-policy (re-exported by service/productRules.ts); the console groups them in tabs (see README.md).
 */
import { connectionArgs, connectionType } from '../../graphql/connection.js';
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
`;
