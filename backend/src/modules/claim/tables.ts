/**
 * The claim domain's tables (openIMIS tblClaim, tblClaimServices / tblClaimItems as one line table).
 * Money is numeric(18,2) (GraphQL Decimal), quantities numeric(18,2) as openIMIS's; statuses are
 * @kente/contract-claim's codes.
 */
import { sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { char, date, index, integer, numeric, pgTable, serial, smallint, timestamp, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { entityStamps } from '../../platform/columns.js';
import { users } from '../core/tables.js';
import { insurees } from '../insuree/tables.js';
import { diagnoses, healthFacilities, medicalItems, medicalServices } from '../medical/tables.js';
import { policies, products } from '../policy/tables.js';

const money = (name: string) => numeric(name, { precision: 18, scale: 2 });

export const claims = pgTable(
  'claims',
  {
    id: serial('id').primaryKey(),
    /** unique per health facility */
    code: varchar('code', { length: 8 }).notNull(),
    healthFacilityId: integer('health_facility_id')
      .notNull()
      .references(() => healthFacilities.id),
    insureeId: integer('insuree_id')
      .notNull()
      .references(() => insurees.id),
    /** the claim administrator (a user of the facility); null when entered by someone else */
    adminId: integer('admin_id').references(() => users.id, { onDelete: 'set null' }),
    visitFrom: date('visit_from').notNull(),
    visitTo: date('visit_to'),
    dateClaimed: date('date_claimed').notNull(),
    /** O other, E emergency, R referral */
    visitType: char('visit_type', { length: 1 }).notNull().default('O'),
    diagnosisId: integer('diagnosis_id')
      .notNull()
      .references(() => diagnoses.id),
    diagnosis1Id: integer('diagnosis_1_id').references(() => diagnoses.id),
    diagnosis2Id: integer('diagnosis_2_id').references(() => diagnoses.id),
    diagnosis3Id: integer('diagnosis_3_id').references(() => diagnoses.id),
    diagnosis4Id: integer('diagnosis_4_id').references(() => diagnoses.id),
    explanation: varchar('explanation', { length: 1000 }),
    /** the guarantee (voucher) number */
    guaranteeNo: varchar('guarantee_no', { length: 50 }),
    /** 1 Rejected, 2 Entered, 4 Checked, 8 Processed, 16 Valuated */
    status: smallint('status').notNull().default(2),
    /** 1 Idle, 2 Not selected, 4 Selected, 8 Delivered, 16 Bypassed */
    reviewStatus: smallint('review_status').notNull().default(1),
    feedbackStatus: smallint('feedback_status').notNull().default(1),
    /** the claim's rejection reason (when Rejected) */
    rejectionReason: smallint('rejection_reason'),
    /** S D A H C O V, set by submission */
    category: char('category', { length: 1 }),
    /** Σ quantity × price asked */
    claimed: money('claimed').notNull().default('0'),
    /** Σ approved quantity × price of the passed lines, set by submission */
    approved: money('approved'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** the Rejected claim this one was restored from (111012) */
    restoredFromId: integer('restored_from_id').references((): AnyPgColumn => claims.id, { onDelete: 'set null' }),
    ...entityStamps,
  },
  (t) => [
    uniqueIndex('claims_facility_code_key').on(t.healthFacilityId, t.code),
    index('claims_facility_idx').on(t.healthFacilityId, t.id),
    index('claims_insuree_idx').on(t.insureeId, t.visitFrom),
    index('claims_status_idx').on(t.status, t.id),
    index('claims_visit_from_idx').on(t.visitFrom, t.id),
    index('claims_code_c_idx').on(sql`${t.code} COLLATE "C"`, t.id),
    index('claims_guarantee_idx').on(t.guaranteeNo),
    index('claims_restored_from_idx').on(t.restoredFromId),
  ],
);

/** A service (kind S) or item (kind I) on a claim, in entry order. */
export const claimLines = pgTable(
  'claim_lines',
  {
    id: serial('id').primaryKey(),
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id, { onDelete: 'cascade' }),
    lineNo: smallint('line_no').notNull(),
    /** S service, I item */
    kind: char('kind', { length: 1 }).notNull(),
    serviceId: integer('service_id').references(() => medicalServices.id),
    itemId: integer('item_id').references(() => medicalItems.id),
    quantity: numeric('quantity', { precision: 18, scale: 2 }).notNull(),
    /** the price the facility asks: its price list's unless overridden at entry */
    priceAsked: money('price_asked').notNull(),
    /** the price list's price when the line was saved (null: not on the facility's list) */
    priceList: money('price_list'),
    quantityApproved: numeric('quantity_approved', { precision: 18, scale: 2 }),
    priceApproved: money('price_approved'),
    /** 1 Passed, 2 Rejected; null before submission */
    status: smallint('status'),
    rejectionReason: smallint('rejection_reason'),
    /** the policy and product that cover the line (submission) */
    policyId: integer('policy_id').references(() => policies.id, { onDelete: 'set null' }),
    productId: integer('product_id').references(() => products.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('claim_lines_claim_key').on(t.claimId, t.lineNo),
    index('claim_lines_service_idx').on(t.serviceId, t.claimId),
    index('claim_lines_item_idx').on(t.itemId, t.claimId),
    index('claim_lines_policy_idx').on(t.policyId),
  ],
);
