/**
 * What the resolvers of each object type receive as their parent: the Drizzle row of its table
 * (or the session user for Me). scripts/schema.ts hands these to graphql-codegen as `mappers`,
 * so src/graphql/schema-types.ts types every resolver with them; a type listed here whose
 * resolvers read a column the table lacks, or answer a row of the wrong table, fails typecheck.
 */
import type { history, roles, users } from '../modules/core/tables.js';
import type { families, insuranceNumberBatches, insurees } from '../modules/insuree/tables.js';
import type { locations } from '../modules/location/tables.js';
import type { diagnoses, healthFacilities, medicalItems, medicalServices, priceLists } from '../modules/medical/tables.js';
import type { SessionUser } from './context.js';

export interface Mapped {
  Me: SessionUser;
  User: typeof users.$inferSelect;
  Role: typeof roles.$inferSelect;
  HistoryEntry: typeof history.$inferSelect;
  Location: typeof locations.$inferSelect;
  HealthFacility: typeof healthFacilities.$inferSelect;
  MedicalService: typeof medicalServices.$inferSelect;
  MedicalItem: typeof medicalItems.$inferSelect;
  Diagnosis: typeof diagnoses.$inferSelect;
  PriceList: typeof priceLists.$inferSelect;
  Family: typeof families.$inferSelect;
  Insuree: typeof insurees.$inferSelect;
  InsuranceNumberBatch: typeof insuranceNumberBatches.$inferSelect;
}

/** The same names at run time, for the generator (the `satisfies` keeps both lists equal). */
export const mappedTypes = {
  Me: true,
  User: true,
  Role: true,
  HistoryEntry: true,
  Location: true,
  HealthFacility: true,
  MedicalService: true,
  MedicalItem: true,
  Diagnosis: true,
  PriceList: true,
  Family: true,
  Insuree: true,
  InsuranceNumberBatch: true,
} as const satisfies Record<keyof Mapped, true>;
