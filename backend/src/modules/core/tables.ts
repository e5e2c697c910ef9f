import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/pg-core';
import { entityStamps } from '../../platform/columns.js';
import { locations } from '../location/tables.js';

export const roles = pgTable(
  'roles',
  {
    id: serial('id').primaryKey(),
    name: varchar('name', { length: 50 }).notNull(),
    altLanguage: varchar('alt_language', { length: 50 }),
    isSystem: boolean('is_system').notNull().default(false),
    isBlocked: boolean('is_blocked').notNull().default(false),
    rights: integer('rights').array().notNull().default(sql`'{}'::integer[]`),
    ...entityStamps,
  },
  (t) => [uniqueIndex('roles_name_key').on(t.name)],
);

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    username: varchar('username', { length: 50 }).notNull(),
    otherNames: varchar('other_names', { length: 100 }).notNull(),
    lastName: varchar('last_name', { length: 100 }).notNull(),
    email: varchar('email', { length: 200 }),
    phone: varchar('phone', { length: 50 }),
    language: varchar('language', { length: 8 }).notNull().default('en'),
    passwordHash: text('password_hash').notNull(),
    /** The facility a claim administrator or receptionist works at (no FK: core does not depend on medical). */
    healthFacilityId: integer('health_facility_id'),
    roleIds: integer('role_ids').array().notNull().default(sql`'{}'::integer[]`),
    isActive: boolean('is_active').notNull().default(true),
    /** Set for the first administrator of a production start: the console asks for a new password. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    ...entityStamps,
  },
  (t) => [uniqueIndex('users_username_key').on(sql`lower(${t.username})`), index('users_last_name_trgm').using('gin', t.lastName.op('gin_trgm_ops'))],
);

export const sessions = pgTable(
  'sessions',
  {
    /** sha256 of the cookie token: a leaked table does not leak usable cookies. */
    id: varchar('id', { length: 64 }).primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: varchar('ip', { length: 64 }),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/**
 * Users bound to regions or districts (openIMIS "user districts"): their data scope. A user with
 * no row here and no facility is national. Deleting a bound location is refused (IN_USE).
 */
export const userLocations = pgTable(
  'user_locations',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    locationId: integer('location_id')
      .notNull()
      .references(() => locations.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.locationId] }), index('user_locations_location_idx').on(t.locationId)],
);

/**
 * Enrolment officer details of a user (openIMIS Officer, rights 121501-121504): the officer's code,
 * who stands in for them, the last day they work and the villages they cover. The officer's names,
 * phone and email are the user's; `id` is the user's id. A user has these details or not.
 */
export const enrolmentOfficers = pgTable(
  'enrolment_officers',
  {
    id: integer('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    code: varchar('code', { length: 8 }).notNull(),
    /** Another officer (never this one); an officer named as a substitute cannot stop being one. */
    substituteId: integer('substitute_id').references((): AnyPgColumn => enrolmentOfficers.id),
    /** The last day the officer works (null: no end). */
    worksTo: date('works_to'),
  },
  (t) => [
    uniqueIndex('enrolment_officers_code_key').on(t.code),
    index('enrolment_officers_substitute_idx').on(t.substituteId),
    check('enrolment_officers_not_own_substitute', sql`${t.substituteId} <> ${t.id}`),
  ],
);

/** The villages an enrolment officer covers: inside the user's regions or districts (or their facility's district). */
export const enrolmentOfficerVillages = pgTable(
  'enrolment_officer_villages',
  {
    officerId: integer('officer_id')
      .notNull()
      .references(() => enrolmentOfficers.id, { onDelete: 'cascade' }),
    locationId: integer('location_id')
      .notNull()
      .references(() => locations.id),
  },
  (t) => [primaryKey({ columns: [t.officerId, t.locationId] }), index('enrolment_officer_villages_location_idx').on(t.locationId)],
);

/**
 * Claim administrator details of a user (openIMIS ClaimAdmin, rights 121601-121604): their code. Their
 * facility is the user's (`users.health_facility_id`), which a claim administrator must have.
 */
export const claimAdministrators = pgTable(
  'claim_administrators',
  {
    id: integer('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    code: varchar('code', { length: 8 }).notNull(),
  },
  (t) => [uniqueIndex('claim_administrators_code_key').on(t.code)],
);

/**
 * Sign-in throttle, one row per key ('user:<name>', 'ip:<address>'): failures counted before the
 * password is checked, and the time of the last one; the next try waits a delay growing with them.
 * In the database so every replica sees the same counters.
 */
export const loginThrottle = pgTable('login_throttle', {
  key: varchar('key', { length: 200 }).primaryKey(),
  failures: integer('failures').notNull().default(0),
  lastAt: timestamp('last_at', { withTimezone: true }).notNull().defaultNow(),
});

export const history = pgTable(
  'history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    entityType: varchar('entity_type', { length: 50 }).notNull(),
    entityId: varchar('entity_id', { length: 50 }).notNull(),
    action: varchar('action', { length: 10 }).notNull(),
    userId: integer('user_id'),
    username: varchar('username', { length: 50 }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [index('history_entity_idx').on(t.entityType, t.entityId, t.id)],
);
