import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, char, date, index, integer, pgTable, serial, timestamp, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { users } from '../core/tables.js';
import { locations } from '../location/tables.js';
import { healthFacilities } from '../medical/tables.js';

const stamps = {
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/**
 * A family/group. head_insuree_id points at one of its members; it is null only
 * for the instant between inserting the family and its head (same transaction).
 */
export const families = pgTable(
  'families',
  {
    id: serial('id').primaryKey(),
    headInsureeId: integer('head_insuree_id').references((): AnyPgColumn => insurees.id),
    villageId: integer('village_id')
      .notNull()
      .references(() => locations.id),
    povertyStatus: boolean('poverty_status'),
    /** H household, P polygamous, O orphans, C council, T other */
    familyType: char('family_type', { length: 1 }),
    /** S state, L local authority, C community, O other */
    confirmationType: char('confirmation_type', { length: 1 }),
    confirmationNumber: varchar('confirmation_number', { length: 25 }),
    address: varchar('address', { length: 200 }),
    ...stamps,
  },
  (t) => [index('families_village_idx').on(t.villageId, t.id), uniqueIndex('families_head_key').on(t.headInsureeId)],
);

export const insurees = pgTable(
  'insurees',
  {
    id: serial('id').primaryKey(),
    familyId: integer('family_id')
      .notNull()
      .references(() => families.id),
    insuranceNumber: varchar('insurance_number', { length: 20 }).notNull(),
    lastName: varchar('last_name', { length: 100 }).notNull(),
    otherNames: varchar('other_names', { length: 100 }).notNull(),
    gender: char('gender', { length: 1 }).notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    maritalStatus: char('marital_status', { length: 1 }),
    /** null for the head */
    relationship: varchar('relationship', { length: 2 }),
    phone: varchar('phone', { length: 50 }),
    email: varchar('email', { length: 100 }),
    profession: varchar('profession', { length: 50 }),
    education: varchar('education', { length: 50 }),
    identificationType: char('identification_type', { length: 1 }),
    identificationNumber: varchar('identification_number', { length: 25 }),
    currentVillageId: integer('current_village_id').references(() => locations.id),
    currentAddress: varchar('current_address', { length: 200 }),
    healthFacilityId: integer('health_facility_id').references(() => healthFacilities.id),
    cardIssued: boolean('card_issued').notNull().default(false),
    /** ACTIVE, INACTIVE, DECEASED */
    status: varchar('status', { length: 10 }).notNull().default('ACTIVE'),
    statusDate: date('status_date', { mode: 'string' }),
    statusReason: varchar('status_reason', { length: 200 }),
    photo: varchar('photo', { length: 200 }),
    ...stamps,
  },
  (t) => [
    uniqueIndex('insurees_insurance_number_key').on(t.insuranceNumber),
    // prefix search and keyset order on both engines (PGlite only has the C collation)
    index('insurees_number_c_idx').on(sql`${t.insuranceNumber} COLLATE "C"`, t.id),
    index('insurees_last_name_c_idx').on(sql`${t.lastName} COLLATE "C"`, t.id),
    index('insurees_other_names_c_idx').on(sql`${t.otherNames} COLLATE "C"`, t.id),
    index('insurees_birth_date_idx').on(t.birthDate, t.id),
    index('insurees_family_idx').on(t.familyId, t.id),
    index('insurees_hf_idx').on(t.healthFacilityId, t.id),
    // "contains" search on names
    index('insurees_last_name_trgm').using('gin', t.lastName.op('gin_trgm_ops')),
    index('insurees_other_names_trgm').using('gin', t.otherNames.op('gin_trgm_ops')),
  ],
);

export const insuranceNumberBatches = pgTable(
  'insurance_number_batches',
  {
    id: serial('id').primaryKey(),
    regionId: integer('region_id')
      .notNull()
      .references(() => locations.id),
    count: integer('count').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdByName: varchar('created_by_name', { length: 50 }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('insurance_number_batches_created_idx').on(t.createdAt)],
);

/** Numbers handed out in batches: never twice (unique number). `used` once an insuree takes it. */
export const reservedNumbers = pgTable(
  'reserved_numbers',
  {
    number: varchar('number', { length: 20 }).primaryKey(),
    batchId: integer('batch_id')
      .notNull()
      .references(() => insuranceNumberBatches.id),
    position: integer('position').notNull(),
    used: boolean('used').notNull().default(false),
  },
  (t) => [index('reserved_numbers_batch_idx').on(t.batchId, t.position)],
);
