// The slots' props contracts (type-only): turns the <Slot> checks on for these contributions.
import type {} from '@kente/contract-claim/slots';
import { defineModule } from '@kente/sdk/contract';

/** claim-ai's console part: right 111301 (declared by its backend part) reads the scores. */
export default defineModule({
  description: 'Fraud score of claims (add-on): a panel on the claim and its review, flags on lines, a High risk review selection.',
  requires: {
    sdk: '^1.1.0',
    backend: { 'claim-ai': '^1.0.0', claim: '^0.1.0' },
    slots: { 'claim.claim.panels': '^1.0.0', 'claim.review.panels': '^1.0.0', 'claim.line.flags': '^1.0.0', 'claim.review.selection': '^1.0.0' },
  },
  contributions: [
    { id: 'claim-score', slot: 'claim.claim.panels', component: './FraudScorePanel', order: 5, rights: [111301] },
    { id: 'review-score', slot: 'claim.review.panels', component: './FraudScorePanel', order: 5, rights: [111301] },
    { id: 'line-flag', slot: 'claim.line.flags', component: './LineFlag', order: 10, rights: [111301] },
    { id: 'high-risk', slot: 'claim.review.selection', component: './HighRiskSelection', order: 10, rights: [111301, 111008] },
  ],
  i18n: { namespace: 'claimai', languages: ['en', 'fr'], path: 'locales/{{lng}}.json' },
  config: {
    // A score at or above `high` is High risk (the review selection's default), at or above `medium` Medium.
    defaults: { high: 60, medium: 30 },
    schema: {
      type: 'object',
      properties: { high: { type: 'integer', minimum: 1, maximum: 100 }, medium: { type: 'integer', minimum: 1, maximum: 100 } },
      additionalProperties: false,
    },
  },
});
