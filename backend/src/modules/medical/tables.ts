import { sql } from 'drizzle-orm';
import { boolean, char, index, integer, numeric, pgTable, primaryKey, serial, smallint, timestamp, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { locations } from '../location/tables.js';

const stamps = {
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** kind 'S' = medical services price list, 'I' = medical items price list. */
export const priceLists = pgTable(
  'price_lists',
  {
    id: serial('id').primaryKey(),
    kind: char('kind', { length: 1 }).notNull(),
    name: varchar('name', { length: 100 }).notNull(),
    locationId: integer('location_id').references(() => locations.id),
    ...stamps,
  },
  (t) => [uniqueIndex('price_lists_kind_name_key').on(t.kind, t.name)],
);

export const healthFacilities = pgTable(
  'health_facilities',
  {
    id: serial('id').primaryKey(),
    code: varchar('code', { length: 8 }).notNull(),
    name: varchar('name', { length: 100 }).notNull(),
    /** D dispensary, C health centre, H hospital */
    level: char('level', { length: 1 }).notNull(),
    /** G government, C charity, P private, D district organisation */
    legalForm: char('legal_form', { length: 1 }).notNull(),
    /** I in-patient, O out-patient, B both */
    careType: char('care_type', { length: 1 }).notNull(),
    locationId: integer('location_id')
      .notNull()
      .references(() => locations.id),
    address: varchar('address', { length: 200 }),
    phone: varchar('phone', { length: 50 }),
    email: varchar('email', { length: 200 }),
    fax: varchar('fax', { length: 50 }),
    /** openIMIS HFAccCode: the facility's code in the scheme's accounts */
    accCode: varchar('acc_code', { length: 25 }),
    servicePriceListId: integer('service_price_list_id').references(() => priceLists.id),
    itemPriceListId: integer('item_price_list_id').references(() => priceLists.id),
    ...stamps,
  },
  (t) => [
    uniqueIndex('health_facilities_code_key').on(t.code),
    index('health_facilities_code_c_idx').on(sql`${t.code} COLLATE "C"`, t.id),
    index('health_facilities_name_c_idx').on(sql`${t.name} COLLATE "C"`, t.id),
    index('health_facilities_location_idx').on(t.locationId),
    index('health_facilities_name_trgm').using('gin', t.name.op('gin_trgm_ops')),
  ],
);

export const medicalServices = pgTable(
  'medical_services',
  {
    id: serial('id').primaryKey(),
    code: varchar('code', { length: 12 }).notNull(),
    name: varchar('name', { length: 150 }).notNull(),
    /** P preventive, C curative */
    type: char('type', { length: 1 }).notNull(),
    /** S surgery, D delivery, A antenatal, H hospitalisation, C consultation, O other */
    category: char('category', { length: 1 }).notNull().default('O'),
    /** S simple service, V visit, D day of stay, H hospital case */
    level: char('level', { length: 1 }).notNull().default('S'),
    price: numeric('price', { precision: 18, scale: 2 }).notNull(),
    careType: char('care_type', { length: 1 }).notNull(),
    /** who may receive it (claim check 4): bitmask 1 male, 2 female, 4 adult, 8 minor; 15 (openIMIS's default) or 0 = anyone */
    patientCategory: smallint('patient_category').notNull().default(15),
    /** days that must pass between two provisions to one insuree (claim check 5); null = no limit */
    frequency: integer('frequency'),
    /** openIMIS closes a row's validity instead of deleting it: false = deactivated (kept for the claims that name it, offered nowhere new) */
    active: boolean('active').notNull().default(true),
    ...stamps,
  },
  (t) => [
    uniqueIndex('medical_services_code_key').on(t.code),
    index('medical_services_code_c_idx').on(sql`${t.code} COLLATE "C"`, t.id),
    index('medical_services_name_trgm').using('gin', t.name.op('gin_trgm_ops')),
  ],
);

export const medicalItems = pgTable(
  'medical_items',
  {
    id: serial('id').primaryKey(),
    code: varchar('code', { length: 12 }).notNull(),
    name: varchar('name', { length: 150 }).notNull(),
    /** D drug, M medical consumable/prosthesis */
    type: char('type', { length: 1 }).notNull(),
    package: varchar('package', { length: 100 }),
    price: numeric('price', { precision: 18, scale: 2 }).notNull(),
    careType: char('care_type', { length: 1 }).notNull(),
    /** who may receive it (claim check 4): bitmask 1 male, 2 female, 4 adult, 8 minor; 15 (openIMIS's default) or 0 = anyone */
    patientCategory: smallint('patient_category').notNull().default(15),
    /** days that must pass between two provisions to one insuree (claim check 5); null = no limit */
    frequency: integer('frequency'),
    /** openIMIS closes a row's validity instead of deleting it: false = deactivated (kept for the claims that name it, offered nowhere new) */
    active: boolean('active').notNull().default(true),
    ...stamps,
  },
  (t) => [
    uniqueIndex('medical_items_code_key').on(t.code),
    index('medical_items_code_c_idx').on(sql`${t.code} COLLATE "C"`, t.id),
    index('medical_items_name_trgm').using('gin', t.name.op('gin_trgm_ops')),
  ],
);

/** A service on a price list; priceOverride null = the service's own price. */
export const priceListServices = pgTable(
  'price_list_services',
  {
    priceListId: integer('price_list_id')
      .notNull()
      .references(() => priceLists.id, { onDelete: 'cascade' }),
    serviceId: integer('service_id')
      .notNull()
      .references(() => medicalServices.id, { onDelete: 'cascade' }),
    priceOverride: numeric('price_override', { precision: 18, scale: 2 }),
  },
  (t) => [primaryKey({ columns: [t.priceListId, t.serviceId] }), index('price_list_services_service_idx').on(t.serviceId)],
);

export const priceListItems = pgTable(
  'price_list_items',
  {
    priceListId: integer('price_list_id')
      .notNull()
      .references(() => priceLists.id, { onDelete: 'cascade' }),
    itemId: integer('item_id')
      .notNull()
      .references(() => medicalItems.id, { onDelete: 'cascade' }),
    priceOverride: numeric('price_override', { precision: 18, scale: 2 }),
  },
  (t) => [primaryKey({ columns: [t.priceListId, t.itemId] }), index('price_list_items_item_idx').on(t.itemId)],
);

export const diagnoses = pgTable(
  'diagnoses',
  {
    id: serial('id').primaryKey(),
    code: varchar('code', { length: 8 }).notNull(),
    name: varchar('name', { length: 255 }).notNull(),
    /** openIMIS closes a row's validity instead of deleting it: false = deactivated (kept for the claims that name it, offered nowhere new) */
    active: boolean('active').notNull().default(true),
    ...stamps,
  },
  (t) => [
    uniqueIndex('diagnoses_code_key').on(t.code),
    index('diagnoses_code_c_idx').on(sql`${t.code} COLLATE "C"`, t.id),
    index('diagnoses_name_trgm').using('gin', t.name.op('gin_trgm_ops')),
  ],
);

/** openIMIS HFCatchment: the villages a facility serves and the share of each village's people it serves (0-100 %). */
export const healthFacilityCatchments = pgTable(
  'health_facility_catchments',
  {
    healthFacilityId: integer('health_facility_id')
      .notNull()
      .references(() => healthFacilities.id, { onDelete: 'cascade' }),
    locationId: integer('location_id')
      .notNull()
      .references(() => locations.id),
    percent: smallint('percent').notNull(),
  },
  (t) => [primaryKey({ columns: [t.healthFacilityId, t.locationId] }), index('health_facility_catchments_location_idx').on(t.locationId)],
);
