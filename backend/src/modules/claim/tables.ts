/**
 * The claim domain's tables (openIMIS tblClaim, tblClaimServices / tblClaimItems as one line table).
 * Money is numeric(18,2) (GraphQL Decimal), quantities numeric(18,2) as openIMIS's; statuses are
 * @kente/contract-claim's codes.
 */
import { sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { boolean, char, date, index, integer, numeric, pgTable, serial, smallint, timestamp, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { entityStamps } from '../../platform/columns.js';
import { users } from '../core/tables.js';
import { insurees } from '../insuree/tables.js';
import { locations } from '../location/tables.js';
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
    /** Σ priceValuated of the passed lines (valuation, 111011) */
    valuated: money('valuated'),
    /** Σ remunerated (relative lines once the batch run priced them) */
    remunerated: money('remunerated'),
    processedAt: timestamp('processed_at', { withTimezone: true }),
    /** the batch run that priced its relative lines (111101) */
    batchRunId: integer('batch_run_id'),
    /** the medical officer's remark on the review */
    reviewRemark: varchar('review_remark', { length: 500 }),
    /** feedback (111009): answers of the insuree, assessment 0-5 */
    careRendered: boolean('care_rendered'),
    paymentAsked: boolean('payment_asked'),
    drugPrescribed: boolean('drug_prescribed'),
    drugReceived: boolean('drug_received'),
    assessment: smallint('assessment'),
    feedbackDate: date('feedback_date'),
    /** the Rejected claim this one was restored from (111012) */
    restoredFromId: integer('restored_from_id').references((): AnyPgColumn => claims.id, { onDelete: 'set null' }),
    ...entityStamps,
  },
  (t) => [
    uniqueIndex('claims_facility_code_key').on(t.healthFacilityId, t.code),
    index('claims_facility_idx').on(t.healthFacilityId, t.id),
    index('claims_insuree_idx').on(t.insureeId, t.visitFrom),
    index('claims_status_idx').on(t.status, t.id),
    // the visit range (search, reports) and the dashboard's aggregates: every column they read is in
    // the index, so a year of claims is an index-only scan instead of a read of the whole table
    index('claims_visit_from_idx').on(
      t.visitFrom,
      t.id,
      t.status,
      t.healthFacilityId,
      t.diagnosisId,
      t.claimed,
      t.valuated,
      t.visitTo,
      t.dateClaimed,
      t.submittedAt,
      t.processedAt,
    ),
    // the search's claimed amount range (and its capped count)
    index('claims_claimed_idx').on(t.claimed, t.id),
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
    /** the medical officer's price (a review), kept by valuation whatever the price origin */
    priceReviewed: money('price_reviewed'),
    /** the medical officer's justification of an adjustment or rejection (reason -1) */
    justification: varchar('justification', { length: 250 }),
    /** valuation: the unit price used, the deductible taken, what exceeded the ceiling, the line's value, what is paid */
    priceAdjusted: money('price_adjusted'),
    deductible: money('deductible'),
    exceedCeiling: money('exceed_ceiling'),
    priceValuated: money('price_valuated'),
    remunerated: money('remunerated'),
    /** the product's price origin when valuated (R: priced by the batch run) */
    priceOrigin: char('price_origin', { length: 1 }),
  },
  (t) => [
    uniqueIndex('claim_lines_claim_key').on(t.claimId, t.lineNo),
    index('claim_lines_service_idx').on(t.serviceId, t.claimId),
    index('claim_lines_item_idx').on(t.itemId, t.claimId),
    index('claim_lines_policy_idx').on(t.policyId),
    // "a line of this product" (dashboard and report filters): the product's claims, or one claim's check
    index('claim_lines_product_idx').on(t.productId, t.claimId),
    // the rejected lines (dashboard's rejection reasons): a tenth of the lines
    index('claim_lines_rejected_idx').on(t.claimId, t.rejectionReason).where(sql`${t.status} = 2`),
  ],
);

/**
 * What a valuated claim deducted and got on a policy (openIMIS tblClaimDedRem): the next claims'
 * deductibles and ceilings count them; `kind` G (the product's general limits), IP or OP.
 */
export const claimDedRem = pgTable(
  'claim_ded_rem',
  {
    id: serial('id').primaryKey(),
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id, { onDelete: 'cascade' }),
    policyId: integer('policy_id')
      .notNull()
      .references(() => policies.id, { onDelete: 'cascade' }),
    insureeId: integer('insuree_id')
      .notNull()
      .references(() => insurees.id),
    kind: varchar('kind', { length: 2 }).notNull(),
    deducted: money('deducted').notNull(),
    remunerated: money('remunerated').notNull(),
  },
  (t) => [uniqueIndex('claim_ded_rem_claim_key').on(t.claimId, t.policyId), index('claim_ded_rem_policy_idx').on(t.policyId, t.insureeId)],
);

/** A relative pricing batch run (111101): one per location (null = national) and month. */
export const claimBatchRuns = pgTable(
  'claim_batch_runs',
  {
    id: serial('id').primaryKey(),
    locationId: integer('location_id').references(() => locations.id),
    year: smallint('year').notNull(),
    month: smallint('month').notNull(),
    /** claims whose relative lines it priced */
    claims: integer('claims').notNull().default(0),
    remunerated: money('remunerated').notNull().default('0'),
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    runBy: integer('run_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('claim_batch_runs_period_key').on(sql`coalesce(${t.locationId}, 0)`, t.year, t.month)],
);

/** The index a batch run computed for a product: allocated contributions × distribution % ÷ valuated relative amounts. */
export const claimBatchIndexes = pgTable(
  'claim_batch_indexes',
  {
    id: serial('id').primaryKey(),
    runId: integer('run_id')
      .notNull()
      .references(() => claimBatchRuns.id, { onDelete: 'cascade' }),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id),
    allocated: money('allocated').notNull(),
    distribution: numeric('distribution', { precision: 7, scale: 4 }).notNull(),
    valuated: money('valuated').notNull(),
    index: numeric('index', { precision: 18, scale: 4 }).notNull(),
  },
  (t) => [uniqueIndex('claim_batch_indexes_key').on(t.runId, t.productId)],
);

/**
 * A product's relative pricing distribution (openIMIS tblRelDistr): the share (%) of the product's
 * allocated contributions paid for relative-price care, per month (M, 1-12), quarter (Q, 1-4) or year (Y, 1).
 */
export const claimRelativeDistributions = pgTable(
  'claim_relative_distributions',
  {
    id: serial('id').primaryKey(),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    period: char('period', { length: 1 }).notNull(),
    number: smallint('number').notNull(),
    percent: numeric('percent', { precision: 7, scale: 4 }).notNull(),
  },
  (t) => [uniqueIndex('claim_relative_distributions_key').on(t.productId, t.period, t.number)],
);
