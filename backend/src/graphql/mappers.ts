/**
 * What the resolvers of each object type receive as their parent: the Drizzle row of its table
 * (the session user for Me). scripts/schema.ts hands these to graphql-codegen as `mappers`, so
 * src/graphql/schema-types.ts types every resolver with them: a resolver reading a column the
 * table lacks, or answering a row of another table, fails typecheck.
 */

import type { ClaimAccountRow } from '../modules/claim/search/accounts.js';
import type { ItemOption, ServiceOption } from '../modules/claim/search/picker.js';
import type { ClaimWarning } from '../modules/claim/service/claim.js';
import { claimBatchIndexes, claimBatchRuns, claimLines, claimRelativeDistributions, claims } from '../modules/claim/tables.js';
import { claimAdministrators, enrolmentOfficers, history, roles, users } from '../modules/core/tables.js';
import { families, type insuranceNumberBatches, insurees } from '../modules/insuree/tables.js';
import { locations } from '../modules/location/tables.js';
import { diagnoses, healthFacilities, healthFacilityCatchments, medicalItems, medicalServices, priceLists } from '../modules/medical/tables.js';
import type { EligiblePolicy } from '../modules/policy/service/eligibility.js';
import { payers, policies, premiums, products } from '../modules/policy/tables.js';
import type { DashboardScope } from '../platform/dashboard.js';
import type { SessionUser } from './context.js';

/** Object type -> its table. */
export const mappedTables = {
  User: users,
  Role: roles,
  HistoryEntry: history,
  EnrolmentOfficer: enrolmentOfficers,
  ClaimAdministrator: claimAdministrators,
  /** an officer as a report's parameter picker shows it */
  ReportOfficer: enrolmentOfficers,
  Location: locations,
  HealthFacility: healthFacilities,
  HealthFacilityCatchment: healthFacilityCatchments,
  MedicalService: medicalServices,
  MedicalItem: medicalItems,
  Diagnosis: diagnoses,
  PriceList: priceLists,
  Family: families,
  Insuree: insurees,
  Product: products,
  Policy: policies,
  /** a policy to renew: the policy row, its renewal fields resolved from it */
  PolicyRenewal: policies,
  Premium: premiums,
  Payer: payers,
  Claim: claims,
  ClaimLine: claimLines,
  ClaimBatchRun: claimBatchRuns,
  ClaimBatchIndex: claimBatchIndexes,
  RelativeDistributionShare: claimRelativeDistributions,
};

/** Object types whose parent is not a row. */
export interface MappedOthers {
  Me: SessionUser;
  /** A batch just reserved carries its numbers (no second query). */
  InsuranceNumberBatch: typeof insuranceNumberBatches.$inferSelect & { numbers?: string[] };
  Eligibility: { date: string; insuree: typeof insurees.$inferSelect | null; policies: EligiblePolicy[] };
  EligiblePolicy: EligiblePolicy;
  ClaimWarning: ClaimWarning;
  ClaimServiceOption: ServiceOption;
  ClaimItemOption: ItemOption;
  ClaimAccountRow: ClaimAccountRow;
  /** a dashboard's figures are resolved from its checked filter */
  PolicyDashboard: DashboardScope;
  ClaimDashboard: DashboardScope;
}

export type Mapped = { [K in keyof typeof mappedTables]: (typeof mappedTables)[K]['$inferSelect'] } & MappedOthers;

/** Every mapped type name, for the generator. */
const others: Record<keyof MappedOthers, true> = {
  Me: true,
  InsuranceNumberBatch: true,
  Eligibility: true,
  EligiblePolicy: true,
  ClaimWarning: true,
  ClaimServiceOption: true,
  ClaimItemOption: true,
  ClaimAccountRow: true,
  PolicyDashboard: true,
  ClaimDashboard: true,
};
export const mappedTypes: readonly (keyof Mapped)[] = [
  ...(Object.keys(mappedTables) as (keyof typeof mappedTables)[]),
  ...(Object.keys(others) as (keyof MappedOthers)[]),
];
