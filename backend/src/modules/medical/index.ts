/**
 * medical: health facilities, medical services and items, price lists, ICD-10 diagnoses. SDL in
 * ./typeDefs.ts, who reads and changes what in ./access.ts, resolvers in ./resolvers (one file per
 * entity), rules and transactions in ./service, searches in ./search.
 */
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/engine.js';
import { ErrorCodes, userError } from '../../graphql/errors.js';
import { defineDomain } from '../../platform/domain.js';
import { Rights } from '../core/rights.js';
import { refuseWhileUsed } from '../location/service.js';
import { medicalAccess } from './access.js';
import { resolvers } from './resolvers/index.js';
import { seedMedical } from './seed.js';
import { healthFacilities, healthFacilityCatchments } from './tables.js';
import { typeDefs } from './typeDefs.js';

const facilitiesHere = refuseWhileUsed(healthFacilities, healthFacilities.locationId, 'Health facilities are still in this location.');

export const medicalDomain = defineDomain({
  name: 'medical',
  version: '1.0.0',
  typeDefs,
  resolvers,
  ...medicalAccess,
  hooks: {
    'location.deleting': async (args) => {
      const facilities = (await facilitiesHere(args)) ?? [];
      if (facilities.length) return facilities;
      const [served] = await args.tx
        .select({ id: healthFacilityCatchments.healthFacilityId })
        .from(healthFacilityCatchments)
        .where(eq(healthFacilityCatchments.locationId, args.location.id))
        .limit(1);
      return served ? [userError('id', ErrorCodes.inUse, 'Health facilities serve this village (their catchment).')] : [];
    },
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
