/**
 * insuree: families/groups with their head, insurees, enquiry by insurance number, and batches
 * of reserved insurance numbers with their card sheets (./http.ts). SDL in ./typeDefs.ts, who
 * reads and changes what in ./access.ts, resolvers in ./resolvers (one file per entity), rules
 * and transactions in ./service, searches in ./search; field rules come from
 * @kente/contract-insuree, the package the mf-insuree console validates its forms with.
 */
import type { DbOrTx } from '../../db/engine.js';
import { defineDomain } from '../../platform/domain.js';
import { Rights } from '../core/rights.js';
import { refuseWhileUsed } from '../location/service.js';
import { insureeAccess } from './access.js';
import { handleInsureeHttp } from './http.js';
import { insureeReports } from './reports/index.js';
import { resolvers } from './resolvers/index.js';
import { seedInsurees } from './seed.js';
import { families } from './tables.js';
import { typeDefs } from './typeDefs.js';

export const insureeDomain = defineDomain({
  name: 'insuree',
  version: '1.0.0',
  typeDefs,
  resolvers,
  ...insureeAccess,
  hooks: {
    'location.deleting': refuseWhileUsed(families, families.villageId, 'Families still live in this village.'),
  },
  http: handleInsureeHttp,
  historyRights: { Family: Rights.familySearch, Insuree: Rights.insureeSearch, InsuranceNumberBatch: Rights.insureeAdd },
  reports: insureeReports,
  seed: (db: DbOrTx) => seedInsurees(db),
});
