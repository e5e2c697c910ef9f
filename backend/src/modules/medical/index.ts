/**
 * medical: health facilities, medical services and items, price lists, ICD-10 diagnoses. SDL in
 * ./typeDefs.ts, who reads and changes what in ./access.ts, resolvers in ./resolvers (one file per
 * entity), rules and transactions in ./service, searches in ./search.
 */
import type { DbOrTx } from '../../db/engine.js';
import { defineDomain } from '../../platform/domain.js';
import { Rights } from '../core/rights.js';
import { medicalAccess } from './access.js';
import { resolvers } from './resolvers/index.js';
import { seedMedical } from './seed.js';
import { refuseWhileUsed } from './service/locationInUse.js';
import { healthFacilities } from './tables.js';
import { typeDefs } from './typeDefs.js';

export const medicalDomain = defineDomain({
  name: 'medical',
  version: '1.0.0',
  typeDefs,
  resolvers,
  ...medicalAccess,
  hooks: {
    'location.deleting': refuseWhileUsed(healthFacilities, healthFacilities.locationId, 'Health facilities are still in this location.'),
  },
  historyRights: {
    HealthFacility: Rights.healthFacilitySearch,
    MedicalService: Rights.medicalServiceSearch,
    MedicalItem: Rights.medicalItemSearch,
    PriceList: Rights.servicePriceListSearch,
    Diagnosis: Rights.diagnosisSearch,
  },
  seed: (db: DbOrTx) => seedMedical(db),
});
