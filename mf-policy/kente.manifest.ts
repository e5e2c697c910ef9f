// The slots' props contracts (type-only: the manifest stays plain data); this turns
// the <Slot> checks on in this module's program.
import type {} from '@kente/contract-insuree/slots';
import type {} from '@kente/contract-policy/slots';
import type {} from '@kente/contract-reports/slots';
import { defineModule } from '@kente/sdk/contract';

/**
 * Rights (openIMIS codes): 101201 policy search, 101202 add, 101203 edit/suspend, 101204 delete, 101205 renew;
 * 101301-101304 contributions; 121001-121005 products (121005 duplicate); 121801-121804 payers.
 */
export default defineModule({
  description: 'Products (benefit packages), policies, contributions, payers and renewals.',
  requires: {
    sdk: '^1.1.0',
    backend: { policy: '^1.0.0', insuree: '^1.0.0', location: '^1.0.0' },
    slots: {
      'insuree.family.panels': '^1.0.0',
      'insuree.insuree.panels': '^1.0.0',
      'insuree.enquiry.panels': '^1.0.0',
      'reports.dashboard.cards': '^1.0.0',
    },
  },
  menu: [
    { id: 'policies', section: 'insurees', label: 'menu.policies', icon: 'policy', route: '/policies', order: 40, rights: [101201] },
    { id: 'contributions', section: 'insurees', label: 'menu.contributions', icon: 'account', route: '/contributions', order: 45, rights: [101301] },
    { id: 'renewals', section: 'insurees', label: 'menu.renewals', icon: 'policy', route: '/policies/renewals', order: 50, rights: [101205] },
    { id: 'products', section: 'administration', label: 'menu.products', icon: 'account', route: '/admin/products', order: 50, rights: [121001] },
    { id: 'payers', section: 'administration', label: 'menu.payers', icon: 'account', route: '/admin/payers', order: 55, rights: [121801] },
  ],
  routes: [
    { path: '/policies', page: './PoliciesPage', title: 'policies.title', rights: [101201] },
    // A fixed segment beats a parameter: /policies/renewals is not a policy id.
    { path: '/policies/renewals', page: './RenewalsPage', title: 'renewals.title', rights: [101205] },
    { path: '/policies/new/:familyId', page: './NewPolicyPage', title: 'newPolicy.title', rights: [101202] },
    { path: '/policies/:policyId', page: './PolicyPage', title: 'policy.pageTitle', rights: [101201] },
    { path: '/contributions', page: './ContributionsPage', title: 'contributions.title', rights: [101301] },
    { path: '/admin/products', page: './ProductsPage', title: 'products.title', rights: [121001] },
    { path: '/admin/products/new', page: './ProductPage', title: 'product.newTitle', rights: [121001, 121002] },
    { path: '/admin/products/:productId', page: './ProductPage', title: 'product.pageTitle', rights: [121001] },
    { path: '/admin/payers', page: './PayersPage', title: 'payers.title', rights: [121801] },
    { path: '/admin/payers/new', page: './PayerPage', title: 'payer.newTitle', rights: [121801, 121802] },
    { path: '/admin/payers/:payerId', page: './PayerPage', title: 'payer.pageTitle', rights: [121801] },
  ],
  slots: [
    { name: 'policy.policy.panels', version: '1.0.0', description: 'Panels on the policy page. Props: { policyId: string }.' },
    {
      name: 'policy.product.tabs',
      version: '1.0.0',
      description:
        "Tabs of the product form after the module's own; the contribution's meta.label (a key of its module's namespace) is the tab title. Props: { productId: string | null }.",
    },
  ],
  contributions: [
    { id: 'family-policies', slot: 'insuree.family.panels', component: './FamilyPoliciesPanel', order: 10, rights: [101201] },
    { id: 'insuree-policies', slot: 'insuree.insuree.panels', component: './InsureePoliciesPanel', order: 10, rights: [101201] },
    { id: 'enquiry-policies', slot: 'insuree.enquiry.panels', component: './EnquiryPoliciesPanel', order: 10, rights: [101105] },
    // Its own slot: the policy page's Contributions panel (add 101302, edit 101303, delete 101304 inside).
    { id: 'policy-contributions', slot: 'policy.policy.panels', component: './PolicyContributionsPanel', order: 10, rights: [101301] },
    // mf-reports' dashboard: 131201 policies' primary indicators, 131204 contribution collection (the server checks them too)
    { id: 'dashboard-enrolments', slot: 'reports.dashboard.cards', component: './EnrolmentsCard', order: 10, rights: [131201] },
    { id: 'dashboard-coverage', slot: 'reports.dashboard.cards', component: './CoverageCard', order: 20, rights: [131201] },
    { id: 'dashboard-contributions', slot: 'reports.dashboard.cards', component: './ContributionsCard', order: 30, rights: [131204] },
  ],
  // Gzipped KB each page may download beyond the shell (kente-check, the bytes bench): about 30% above today's.
  budgets: {
    pages: {
      '/policies': 24,
      '/policies/renewals': 30,
      '/policies/new/:familyId': 28,
      '/policies/:policyId': 32,
      '/contributions': 24,
      '/admin/products': 18,
      '/admin/products/new': 20,
      '/admin/products/:productId': 20,
      '/admin/payers': 22,
      '/admin/payers/new': 20,
      '/admin/payers/:payerId': 20,
    },
  },
  // Reports of this module's backend domain, listed by the report catalogue (mf-reports) as data.
  reports: [
    { name: 'policy_renewals', label: 'reports.policyRenewals.label', group: 'reports.groups.policies', description: 'reports.policyRenewals.description' },
    {
      name: 'policy_primary_operational_indicators',
      label: 'reports.policyPrimaryIndicators.label',
      group: 'reports.groups.policies',
      description: 'reports.policyPrimaryIndicators.description',
    },
    {
      name: 'premium_collection',
      label: 'reports.premiumCollection.label',
      group: 'reports.groups.contributions',
      description: 'reports.premiumCollection.description',
    },
    {
      name: 'payment_category_overview',
      label: 'reports.paymentCategoryOverview.label',
      group: 'reports.groups.contributions',
      description: 'reports.paymentCategoryOverview.description',
    },
    {
      name: 'contributions_distribution',
      label: 'reports.contributionsDistribution.label',
      group: 'reports.groups.contributions',
      description: 'reports.contributionsDistribution.description',
    },
    { name: 'product_sales', label: 'reports.productSales.label', group: 'reports.groups.products', description: 'reports.productSales.description' },
    {
      name: 'product_derived_operational_indicators',
      label: 'reports.productDerivedIndicators.label',
      group: 'reports.groups.products',
      description: 'reports.productDerivedIndicators.description',
    },
  ],
  i18n: { namespace: 'policy', languages: ['en'], path: 'locales/{{lng}}.json' },
  config: {
    schema: {
      type: 'object',
      properties: {
        renewalDays: { type: 'integer', minimum: 1, maximum: 366, description: 'Renewals: policies expiring within this many days.' },
      },
    },
    defaults: { renewalDays: 14 },
  },
});
