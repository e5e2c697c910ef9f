/**
 * policy: products (benefit packages) and their covered services and items; policies, their
 * contributions (premiums) and payers (README.md). SDL in ./typeDefs.ts, who reads and changes what in ./access.ts,
 * resolvers in ./resolvers, rules and transactions in ./service (rules from @kente/contract-policy, messages in productRules.ts),
 * searches in ./search.
 */
import type { DbOrTx } from '../../db/engine.js';
import { defineDomain } from '../../platform/domain.js';
import { Rights } from '../core/rights.js';
import { refuseWhileUsed } from '../location/service.js';
import { policyAccess } from './access.js';
import { policyReports } from './reports/index.js';
import { resolvers } from './resolvers/index.js';
import { seedPolicy } from './seed.js';
import { payers, products } from './tables.js';
import { typeDefs } from './typeDefs.js';

const productsAt = refuseWhileUsed(products, products.locationId, 'Products still belong to this location.');
const payersAt = refuseWhileUsed(payers, payers.locationId, 'Payers still belong to this location.');

export const policyDomain = defineDomain({
  name: 'policy',
  version: '1.0.0',
  typeDefs,
  resolvers,
  ...policyAccess,
  hooks: {
    'location.deleting': async (payload) => [...((await productsAt(payload)) ?? []), ...((await payersAt(payload)) ?? [])],
  },
  historyRights: { Product: Rights.productSearch, Policy: Rights.policySearch, Premium: Rights.contributionSearch, Payer: Rights.payerSearch },
  reports: policyReports,
  seed: (db: DbOrTx) => seedPolicy(db),
});
