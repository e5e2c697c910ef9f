/** Who reads and changes what in the policy domain: rights, type rules, scope, mutation guards, input bounds. */
import { type SQL, sql } from 'drizzle-orm';
import { columnLengths } from '../../platform/bounds.js';
import { type DomainDefinition, rightsFrom } from '../../platform/domain.js';
import { ALL_REPORTS_RIGHT } from '../../platform/report.js';
import { NATIONAL } from '../../platform/scope.js';
import { Rights } from '../core/rights.js';
import { families, insurees } from '../insuree/tables.js';
import { CONTRIBUTION_RIGHTS, ENROLMENT_RIGHTS, POLICY_DASHBOARD_RIGHTS } from './search/dashboard.js';
import { PRODUCT_FIELDS } from './service/productRules.js';
import { payers, policies, premiums, productServices, products } from './tables.js';

const r = Rights;
const policyRights = [r.policySearch, r.policyAdd, r.policyEdit, r.policyDelete, r.policyRenew];
const premiumRights = [r.contributionSearch, r.contributionAdd, r.contributionEdit, r.contributionDelete];
const payerRights = [r.payerSearch, r.payerAdd, r.payerEdit, r.payerDelete];
/** The policies of families living in the area (the family's village). */
const policiesIn = (area: SQL) =>
  sql`select ${policies.id} from ${policies} where ${policies.familyId} in (select ${families.id} from ${families} where ${families.villageId} = any(${area}))`;
const productRights = [r.productSearch, r.productAdd, r.productEdit, r.productDelete, r.productDuplicate];
/** Claim staff read the products of the policies they check (the claim domain comes later). */
const claimRights = [r.claimSearch, r.claimAdd, r.claimEdit, r.claimReview, r.claimProcess];
/** What policy and claim staff read of a product: everything but its covered lines (product rights only). */
const productMainFields = ['id', 'locationId', 'location', 'conversionProductId', 'conversionProduct', ...PRODUCT_FIELDS, 'version', 'createdAt', 'updatedAt'];
const enquiry = [r.insureeEnquire, r.policySearch];
/** The location a create or update names: absent = unchanged (null), none = national (national users only). */
const newLocation = (a: { input: Record<string, unknown> }) => (a.input.locationId === undefined ? null : a.input.locationId || NATIONAL);

export const policyAccess = {
  rights: rightsFrom(Rights, {
    productSearch: 'Search and view products',
    productAdd: 'Add products',
    productEdit: 'Edit products and their covered services and items',
    productDelete: 'Delete products',
    productDuplicate: 'Duplicate products',
    policySearch: 'Search and view policies',
    policyAdd: 'Add policies',
    policyEdit: 'Edit idle policies and suspend active ones',
    policyDelete: 'Delete idle policies',
    policyRenew: 'Renew policies',
    contributionSearch: 'Search and view contributions',
    contributionAdd: 'Add contributions',
    contributionEdit: 'Edit contributions',
    contributionDelete: 'Delete contributions',
    payerSearch: 'Search and view payers',
    payerAdd: 'Add payers',
    payerEdit: 'Edit payers',
    payerDelete: 'Delete payers',
  }),
  typeRules: {
    Product: { read: productRights, scope: 'Product', limited: { read: [...policyRights, ...claimRights], fields: productMainFields, scoped: true } },
    ProductService: { read: productRights },
    ProductItem: { read: productRights },
    Policy: { read: policyRights, scope: 'Policy' },
    PolicyValues: { read: [r.policyAdd, r.policySearch] },
    PolicyWarning: { read: [r.policyAdd, r.policySearch, ...premiumRights] },
    Eligibility: { read: enquiry },
    EligiblePolicy: { read: enquiry },
    PolicyAmountLimit: { read: enquiry },
    PolicyCountLimit: { read: enquiry },
    PolicyRenewal: { read: [r.policyRenew, r.policySearch], scope: 'Policy' },
    Premium: { read: premiumRights, scope: 'Premium' },
    Payer: { read: [...payerRights, ...premiumRights], scope: 'Payer' },
    // the dashboard: each figure checks its own report right too (search/dashboard.ts)
    PolicyDashboard: { read: [ALL_REPORTS_RIGHT, ...POLICY_DASHBOARD_RIGHTS] },
    PolicyEnrolmentMonth: { read: [ALL_REPORTS_RIGHT, ...ENROLMENT_RIGHTS] },
    PolicyCoverage: { read: [ALL_REPORTS_RIGHT, ...ENROLMENT_RIGHTS] },
    ContributionMonth: { read: [ALL_REPORTS_RIGHT, ...CONTRIBUTION_RIGHTS] },
  },
  scope: {
    // A product belongs to a region or a district (none = national). A scoped user changes those of
    // their area and reads those that apply there: of their area, of the region above, national ones.
    Product: {
      table: products,
      where: (area) => sql`${products.locationId} = any(${area})`,
      visible: (area, above) => sql`(${products.locationId} is null or ${products.locationId} = any(${area}) or ${products.locationId} = any(${above}))`,
    },
    // a policy is where its family lives (the family's village)
    Policy: {
      table: policies,
      where: (area) => sql`${policies.familyId} in (select ${families.id} from ${families} where ${families.villageId} = any(${area}))`,
    },
    // a contribution is where its policy is (the family's village)
    Premium: {
      table: premiums,
      where: (area) => sql`${premiums.policyId} in (${policiesIn(area)})`,
    },
    // like a product: a region or a district, none = national; read where it applies, changed in the area
    Payer: {
      table: payers,
      where: (area) => sql`${payers.locationId} = any(${area})`,
      visible: (area, above) => sql`(${payers.locationId} is null or ${payers.locationId} = any(${area}) or ${payers.locationId} = any(${above}))`,
    },
  },
  guards: {
    createPolicy: {
      right: r.policyAdd,
      records: [
        ['Family', (a) => a.input.familyId],
        ['Product', (a) => a.input.productId, 'visible'],
      ],
    },
    updatePolicy: {
      right: r.policyEdit,
      records: [
        ['Policy', (a) => a.input.id],
        ['Product', (a) => a.input.productId, 'visible'],
      ],
    },
    deletePolicy: { right: r.policyDelete, records: [['Policy', (a) => a.input.id]] },
    suspendPolicy: { right: r.policyEdit, records: [['Policy', (a) => a.input.id]] },
    renewPolicy: {
      right: r.policyRenew,
      records: [
        ['Policy', (a) => a.input.id],
        ['Product', (a) => a.input.productId, 'visible'],
      ],
    },
    createPremium: {
      right: r.contributionAdd,
      records: [
        ['Policy', (a) => a.input.policyId],
        ['Payer', (a) => a.input.payerId, 'visible'],
      ],
    },
    updatePremium: {
      right: r.contributionEdit,
      records: [
        ['Premium', (a) => a.input.id],
        ['Payer', (a) => a.input.payerId, 'visible'],
      ],
    },
    deletePremium: { right: r.contributionDelete, records: [['Premium', (a) => a.input.id]] },
    createPayer: { right: r.payerAdd, records: [['Location', (a) => a.input.locationId || NATIONAL]] },
    updatePayer: {
      right: r.payerEdit,
      records: [
        ['Payer', (a) => a.input.id],
        ['Location', newLocation],
      ],
    },
    deletePayer: { right: r.payerDelete, records: [['Payer', (a) => a.input.id]] },
    createProduct: {
      right: r.productAdd,
      records: [
        ['Location', (a) => a.input.locationId || NATIONAL],
        ['Product', (a) => a.input.conversionProductId, 'visible'],
      ],
    },
    updateProduct: {
      right: r.productEdit,
      records: [
        ['Product', (a) => a.input.id],
        ['Location', newLocation],
        ['Product', (a) => a.input.conversionProductId, 'visible'],
      ],
    },
    // the original may be one the user only sees (national, the region's); the copy must be in their area
    duplicateProduct: {
      right: r.productDuplicate,
      records: [
        ['Product', (a) => a.input.id, 'visible'],
        ['Location', newLocation],
      ],
    },
    setProductServices: { right: r.productEdit, records: [['Product', (a) => a.input.id]] },
    setProductItems: { right: r.productEdit, records: [['Product', (a) => a.input.id]] },
    deleteProduct: { right: r.productDelete, records: [['Product', (a) => a.input.id]] },
  },
  inputBounds: {
    CreateProductInput: products,
    UpdateProductInput: products,
    DuplicateProductInput: products,
    ProductFilter: products,
    ProductLineSettingsInput: productServices,
    CreatePolicyInput: policies,
    UpdatePolicyInput: policies,
    RenewPolicyInput: policies,
    PolicyRenewalFilter: policies,
    PolicyFilter: { ...columnLengths(policies), headInsuranceNumber: columnLengths(insurees).insuranceNumber ?? 20 },
    CreatePremiumInput: premiums,
    UpdatePremiumInput: premiums,
    PremiumFilter: premiums,
    CreatePayerInput: payers,
    UpdatePayerInput: payers,
    PayerFilter: payers,
  },
} satisfies Partial<DomainDefinition>;
