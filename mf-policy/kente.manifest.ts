import { defineModule } from '@kente/sdk/contract';

export default defineModule({
  description: 'Products (benefit packages), policies, contributions and payers.',
  requires: { sdk: '^1.0.0', slots: { 'insuree.family.panels': '^1.0.0', 'insuree.enquiry.panels': '^1.0.0' } },
  menu: [
    { id: 'policies', section: 'insurees', label: 'menu.policies', icon: 'policy', route: '/policies', order: 40, rights: [101201] },
    { id: 'products', section: 'administration', label: 'menu.products', icon: 'account', route: '/admin/products', order: 50, rights: [121001] },
  ],
  routes: [
    { path: '/policies', page: './PoliciesPage', title: 'policies.title', rights: [101201] },
    { path: '/admin/products', page: './ProductsPage', title: 'products.title', rights: [121001] },
  ],
  slots: [{ name: 'policy.policy.panels', version: '1.0.0', description: 'Panels on the policy page. Props: { policyId: string }.' }],
  contributions: [
    { id: 'family-policies', slot: 'insuree.family.panels', component: './FamilyPoliciesPanel', order: 10, rights: [101201] },
    { id: 'enquiry-policies', slot: 'insuree.enquiry.panels', component: './EnquiryPoliciesPanel', order: 10, rights: [101201] },
  ],
  i18n: { namespace: 'policy', languages: ['en'], path: 'locales/{{lng}}.json' },
  config: { defaults: {} },
});
