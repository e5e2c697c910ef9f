import { defineModule } from '@kente/sdk/contract';

export default defineModule({
  description: 'Claims: entry, submission checks, review and feedback, valuation.',
  requires: { sdk: '^1.0.0', slots: { 'insuree.insuree.panels': '^1.0.0', 'reports.catalogue': '^1.0.0' } },
  menu: [{ id: 'claims', section: 'claims', label: 'menu.claims', icon: 'claim', route: '/claims', order: 10, rights: [111001] }],
  routes: [{ path: '/claims', page: './ClaimsPage', title: 'claims.title', rights: [111001] }],
  slots: [{ name: 'claim.claim.panels', version: '1.0.0', description: 'Panels on the claim page (e.g. a fraud score). Props: { claimId: string }.' }],
  contributions: [
    { id: 'recent-claims', slot: 'insuree.insuree.panels', component: './RecentClaimsPanel', order: 20, rights: [111001] },
    {
      id: 'claims-by-status',
      slot: 'reports.catalogue',
      component: './ClaimsByStatusReport',
      order: 20,
      rights: [111001],
      meta: { label: 'report.label', group: 'report.group', description: 'report.description' },
    },
  ],
  i18n: { namespace: 'claim', languages: ['en'], path: 'locales/{{lng}}.json' },
  config: { defaults: {} },
});
