// The slots' props contracts (type-only: the manifest stays plain data); this turns
// the <Slot> checks on in this module's program.
import type {} from '@kente/contract-claim/slots';
import type {} from '@kente/contract-insuree/slots';
import type {} from '@kente/contract-reports/slots';
import { defineModule } from '@kente/sdk/contract';

/**
 * Rights (openIMIS codes): 111001 claim search, 111002 add, 111003 edit, 111004 delete, 111007 submit,
 * 111008 review, 111009 feedback, 111010 bypass, 111011 process, 111012 restore; 111101 batch run, 111102 view runs,
 * 111103 account preview.
 */
export default defineModule({
  description: 'Claims: entry, submission checks, review and feedback, valuation.',
  requires: {
    sdk: '^1.1.0',
    backend: { claim: '^0.1.0', policy: '^1.0.0', medical: '^1.0.0' },
    slots: { 'insuree.insuree.panels': '^1.0.0', 'insuree.enquiry.panels': '^1.0.0', 'reports.catalogue': '^1.0.0', 'reports.dashboard.cards': '^1.0.0' },
  },
  menu: [
    { id: 'claims', section: 'claims', label: 'menu.claims', icon: 'claim', route: '/claims', order: 10, rights: [111001] },
    { id: 'reviews', section: 'claims', label: 'menu.reviews', icon: 'claim', route: '/claims/reviews', order: 20, rights: [111008] },
    { id: 'feedback', section: 'claims', label: 'menu.feedback', icon: 'claim', route: '/claims/feedback', order: 30, rights: [111009] },
    { id: 'batch-runs', section: 'claims', label: 'menu.batchRuns', icon: 'claim', route: '/claims/batch-runs', order: 40, rights: [111102] },
  ],
  routes: [
    { path: '/claims', page: './ClaimsPage', title: 'claims.title', rights: [111001] },
    // Fixed segments beat a parameter: /claims/new is not a claim id.
    { path: '/claims/new', page: './ClaimPage', title: 'claim.newTitle', rights: [111001, 111002] },
    { path: '/claims/reviews', page: './ReviewsPage', title: 'reviews.title', rights: [111008] },
    { path: '/claims/feedback', page: './FeedbackPage', title: 'feedback.title', rights: [111009] },
    { path: '/claims/batch-runs', page: './BatchRunsPage', title: 'batchRuns.title', rights: [111102] },
    // Before /claims/:claimId for the reader's sake; the shell ranks fixed segments first anyway.
    { path: '/claims/:claimId/feedback', page: './ClaimFeedbackPage', title: 'feedback.formPageTitle', rights: [111009] },
    { path: '/claims/:claimId', page: './ClaimPage', title: 'claim.pageTitle', rights: [111001] },
    // Routes match segment by segment (a different count never matches), so this one cannot clash with /claims/:claimId.
    { path: '/claims/:claimId/review', page: './ClaimReviewPage', title: 'review.pageTitle', rights: [111008] },
  ],
  slots: [
    { name: 'claim.claim.panels', version: '1.0.0', description: 'Panels on the claim page (e.g. a fraud score). Props: { claimId: string }.' },
    { name: 'claim.review.panels', version: '1.0.0', description: "Panels under a claim's review (e.g. a fraud score). Props: { claimId: string }." },
    {
      name: 'claim.line.flags',
      version: '1.0.0',
      description: "Flags next to a saved claim's line. Props: { claimId, lineNo, kind: 'S' | 'I', medicalId, quantity, priceAsked }.",
    },
    {
      name: 'claim.review.selection',
      version: '1.0.0',
      description: "A selection tool on the Reviews page (e.g. high risk). Props: { filter: the page's ClaimFilter, onSelected({ selected, notSelected }) }.",
    },
  ],
  contributions: [
    { id: 'recent-claims', slot: 'insuree.insuree.panels', component: './RecentClaimsPanel', order: 20, rights: [111001] },
    { id: 'enquiry-claims', slot: 'insuree.enquiry.panels', component: './EnquiryClaimsPanel', order: 20, rights: [111001] },
    { id: 'claim-feedback', slot: 'claim.claim.panels', component: './ClaimFeedbackPanel', order: 10, rights: [111001] },
    {
      id: 'claims-by-status',
      slot: 'reports.catalogue',
      component: './ClaimsByStatusReport',
      order: 20,
      rights: [111001],
      meta: { label: 'report.label', group: 'report.group', description: 'report.description' },
    },
    // mf-reports' dashboard: 131202 claims' primary indicators (the server also takes 131213 or 131200)
    { id: 'dashboard-claims-by-status', slot: 'reports.dashboard.cards', component: './ClaimsByStatusCard', order: 40, rights: [131202] },
    { id: 'dashboard-claim-amounts', slot: 'reports.dashboard.cards', component: './ClaimAmountsCard', order: 50, rights: [131202] },
    { id: 'dashboard-rejections', slot: 'reports.dashboard.cards', component: './RejectionsCard', order: 60, rights: [131202] },
    { id: 'dashboard-top-diagnoses', slot: 'reports.dashboard.cards', component: './TopDiagnosesCard', order: 70, rights: [131202] },
    { id: 'dashboard-timeliness', slot: 'reports.dashboard.cards', component: './TimelinessCard', order: 80, rights: [131202] },
  ],
  // Gzipped KB each page may download beyond the shell (kente-check, the bytes bench): about 30% above today's.
  budgets: {
    pages: {
      '/claims': 29,
      '/claims/new': 30,
      '/claims/reviews': 24,
      '/claims/feedback': 22,
      '/claims/batch-runs': 22,
      '/claims/:claimId/feedback': 21,
      '/claims/:claimId': 30,
      '/claims/:claimId/review': 30,
    },
  },
  // Reports of this module's backend domain, listed by the report catalogue (mf-reports) as data.
  reports: [
    { name: 'claims_overview', label: 'reports.claimsOverview.label', group: 'reports.groups.claims', description: 'reports.claimsOverview.description' },
    { name: 'claim_history', label: 'reports.claimHistory.label', group: 'reports.groups.claims', description: 'reports.claimHistory.description' },
    {
      name: 'claim_percentage_referrals',
      label: 'reports.claimPercentageReferrals.label',
      group: 'reports.groups.claims',
      description: 'reports.claimPercentageReferrals.description',
    },
    {
      name: 'claims_primary_operational_indicators',
      label: 'reports.claimsPrimaryIndicators.label',
      group: 'reports.groups.claims',
      description: 'reports.claimsPrimaryIndicators.description',
    },
    {
      name: 'claim_processing_timeliness',
      label: 'reports.claimTimeliness.label',
      group: 'reports.groups.claims',
      description: 'reports.claimTimeliness.description',
    },
    {
      name: 'claim_first_pass_rate',
      label: 'reports.claimFirstPassRate.label',
      group: 'reports.groups.claims',
      description: 'reports.claimFirstPassRate.description',
    },
  ],
  i18n: { namespace: 'claim', languages: ['en'], path: 'locales/{{lng}}.json' },
  config: {
    schema: {
      type: 'object',
      properties: {
        duplicateGuarantee: {
          type: 'string',
          enum: ['warn', 'refuse'],
          description: 'A guarantee number already on another claim: warn (save and tell) or refuse (the backend reads it too).',
        },
      },
    },
    defaults: { duplicateGuarantee: 'warn' },
  },
});
