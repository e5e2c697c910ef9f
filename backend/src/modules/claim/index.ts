/**
 * claim: claims of health facilities for insurees' visits, their lines of services and items, the
 * entry (create, update, delete, restore), submission with openIMIS's checks, the service and item
 * pickers (README.md). SDL in ./typeDefs.ts, who reads and changes what in ./access.ts, resolvers in
 * ./resolvers, rules and transactions in ./service (rules from @kente/contract-claim), searches in ./search.
 */
import type { DbOrTx } from '../../db/engine.js';
import { defineDomain } from '../../platform/domain.js';
import { Rights } from '../core/rights.js';
import { claimAccess } from './access.js';
import { claimReports } from './reports/index.js';
import { resolvers } from './resolvers/index.js';
import { seedClaim } from './seed.js';
import { amountsUsedByClaims } from './service/process.js';
import { usedByClaims } from './service/submit.js';
import { typeDefs } from './typeDefs.js';

export const claimDomain = defineDomain({
  name: 'claim',
  version: '0.1.0',
  typeDefs,
  resolvers,
  ...claimAccess,
  hooks: {
    // what the insuree's submitted claims used of each policy's maximum counts, and valuated claims of its deductibles and ceilings (the eligibility enquiry)
    'policy.eligibility': async ({ db, insuree, policies, used }) => {
      const ids = policies.map((p) => p.id);
      await usedByClaims(db, insuree.id, ids, used);
      await amountsUsedByClaims(db, insuree.id, ids, used);
      return [];
    },
  },
  historyRights: { Claim: Rights.claimSearch, ClaimLines: Rights.claimSearch, RelativeDistribution: Rights.productSearch },
  reports: claimReports,
  seed: (db: DbOrTx) => seedClaim(db),
});
