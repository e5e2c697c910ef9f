/**
 * The policy domain's tables. Today: products (openIMIS tblProduct) and their covered services and
 * items (tblProductServices / tblProductItems). Money is numeric(18,2) (GraphQL Decimal), periods are
 * months, start cycles "dd-mm".
 */
import { sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { boolean, char, date, index, integer, numeric, pgTable, primaryKey, serial, smallint, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { entityStamps } from '../../platform/columns.js';
import { users } from '../core/tables.js';
import { families } from '../insuree/tables.js';
import { locations } from '../location/tables.js';
import { medicalItems, medicalServices } from '../medical/tables.js';

const money = (name: string) => numeric(name, { precision: 18, scale: 2 });
const cycle = (name: string) => varchar(name, { length: 5 });

export const products = pgTable(
  'products',
  {
    id: serial('id').primaryKey(),
    // main
    code: varchar('code', { length: 8 }).notNull(),
    name: varchar('name', { length: 100 }).notNull(),
    /** a region or a district; null = national */
    locationId: integer('location_id').references(() => locations.id),
    dateFrom: date('date_from').notNull(),
    dateTo: date('date_to').notNull(),
    conversionProductId: integer('conversion_product_id').references((): AnyPgColumn => products.id, { onDelete: 'set null' }),
    /** months */
    insurancePeriod: integer('insurance_period').notNull().default(12),
    /** months */
    administrationPeriod: integer('administration_period').notNull().default(0),
    maxMembers: integer('max_members').notNull().default(1),
    /** members included in the lump sum */
    threshold: integer('threshold'),
    maxInstallments: integer('max_installments'),
    accCodePremiums: varchar('acc_code_premiums', { length: 25 }),
    accCodeRemuneration: varchar('acc_code_remuneration', { length: 25 }),
    // contribution
    lumpSum: money('lump_sum').notNull().default('0'),
    premiumAdult: money('premium_adult'),
    premiumChild: money('premium_child'),
    registrationLumpSum: money('registration_lump_sum'),
    registrationFee: money('registration_fee'),
    generalAssemblyLumpSum: money('general_assembly_lump_sum'),
    generalAssemblyFee: money('general_assembly_fee'),
    renewalDiscountPerc: integer('renewal_discount_perc'),
    renewalDiscountPeriod: integer('renewal_discount_period'),
    enrolmentDiscountPerc: integer('enrolment_discount_perc'),
    enrolmentDiscountPeriod: integer('enrolment_discount_period'),
    gracePeriodEnrolment: integer('grace_period_enrolment').notNull().default(0),
    gracePeriodRenewal: integer('grace_period_renewal').notNull().default(0),
    gracePeriodPayment: integer('grace_period_payment').notNull().default(0),
    startCycle1: cycle('start_cycle_1'),
    startCycle2: cycle('start_cycle_2'),
    startCycle3: cycle('start_cycle_3'),
    startCycle4: cycle('start_cycle_4'),
    // deductibles and ceilings: all / in-patient / out-patient x treatment / insuree / policy
    dedTreatment: money('ded_treatment'),
    dedInsuree: money('ded_insuree'),
    dedPolicy: money('ded_policy'),
    dedIpTreatment: money('ded_ip_treatment'),
    dedIpInsuree: money('ded_ip_insuree'),
    dedIpPolicy: money('ded_ip_policy'),
    dedOpTreatment: money('ded_op_treatment'),
    dedOpInsuree: money('ded_op_insuree'),
    dedOpPolicy: money('ded_op_policy'),
    maxTreatment: money('max_treatment'),
    maxInsuree: money('max_insuree'),
    maxPolicy: money('max_policy'),
    maxIpTreatment: money('max_ip_treatment'),
    maxIpInsuree: money('max_ip_insuree'),
    maxIpPolicy: money('max_ip_policy'),
    maxOpTreatment: money('max_op_treatment'),
    maxOpInsuree: money('max_op_insuree'),
    maxOpPolicy: money('max_op_policy'),
    maxPolicyExtraMember: money('max_policy_extra_member'),
    maxPolicyExtraMemberIp: money('max_policy_extra_member_ip'),
    maxPolicyExtraMemberOp: money('max_policy_extra_member_op'),
    maxCeilingPolicy: money('max_ceiling_policy'),
    maxCeilingPolicyIp: money('max_ceiling_policy_ip'),
    maxCeilingPolicyOp: money('max_ceiling_policy_op'),
    /** I by claim type (in/out-patient), H by facility level (hospital or not) */
    ceilingInterpretation: char('ceiling_interpretation', { length: 1 }).notNull().default('I'),
    maxNoConsultation: integer('max_no_consultation'),
    maxNoSurgery: integer('max_no_surgery'),
    maxNoDelivery: integer('max_no_delivery'),
    maxNoHospitalization: integer('max_no_hospitalization'),
    maxNoVisits: integer('max_no_visits'),
    maxNoAntenatal: integer('max_no_antenatal'),
    maxAmountConsultation: money('max_amount_consultation'),
    maxAmountSurgery: money('max_amount_surgery'),
    maxAmountDelivery: money('max_amount_delivery'),
    maxAmountHospitalization: money('max_amount_hospitalization'),
    maxAmountAntenatal: money('max_amount_antenatal'),
    ...entityStamps,
  },
  (t) => [
    uniqueIndex('products_code_key').on(t.code),
    index('products_code_c_idx').on(sql`${t.code} COLLATE "C"`, t.id),
    index('products_name_trgm').using('gin', t.name.op('gin_trgm_ops')),
    index('products_location_idx').on(t.locationId),
  ],
);

/** The settings of a covered service or item (openIMIS tblProductServices / tblProductItems). */
const lineColumns = () => ({
  /** P price list, O own (claimed) price, R relative pricing */
  priceOrigin: char('price_origin', { length: 1 }).notNull().default('P'),
  /** C co-insurance (limit = % covered), F fixed amount; ordinary, referral (R), emergency (E) visits */
  limitationType: char('limitation_type', { length: 1 }).notNull().default('C'),
  limitationTypeR: char('limitation_type_r', { length: 1 }).notNull().default('C'),
  limitationTypeE: char('limitation_type_e', { length: 1 }).notNull().default('C'),
  limitAdult: money('limit_adult').notNull().default('100'),
  limitChild: money('limit_child').notNull().default('100'),
  limitAdultR: money('limit_adult_r').notNull().default('100'),
  limitChildR: money('limit_child_r').notNull().default('100'),
  limitAdultE: money('limit_adult_e').notNull().default('100'),
  limitChildE: money('limit_child_e').notNull().default('100'),
  /** maximum quantities per policy period */
  limitNoAdult: integer('limit_no_adult'),
  limitNoChild: integer('limit_no_child'),
  /** months */
  waitingPeriodAdult: integer('waiting_period_adult'),
  waitingPeriodChild: integer('waiting_period_child'),
  /** H hospital, N non-hospital, B both: the line does not count against those ceilings */
  ceilingExclusionAdult: char('ceiling_exclusion_adult', { length: 1 }),
  ceilingExclusionChild: char('ceiling_exclusion_child', { length: 1 }),
});

export const productServices = pgTable(
  'product_services',
  {
    productId: integer('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    serviceId: integer('service_id')
      .notNull()
      .references(() => medicalServices.id),
    ...lineColumns(),
  },
  (t) => [primaryKey({ columns: [t.productId, t.serviceId] }), index('product_services_service_idx').on(t.serviceId)],
);

export const productItems = pgTable(
  'product_items',
  {
    productId: integer('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    itemId: integer('item_id')
      .notNull()
      .references(() => medicalItems.id),
    ...lineColumns(),
  },
  (t) => [primaryKey({ columns: [t.productId, t.itemId] }), index('product_items_item_idx').on(t.itemId)],
);

/**
 * A family's policy on a product (openIMIS tblPolicy). Value and dates are computed on the server
 * from @kente/contract-policy; status 1 Idle, 2 Active, 4 Suspended, 8 Expired (answered through
 * statusAt, so a passed expiry reads Expired without a job); stage N new, R renewal.
 */
export const policies = pgTable(
  'policies',
  {
    id: serial('id').primaryKey(),
    familyId: integer('family_id')
      .notNull()
      .references(() => families.id),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id),
    /** the enrolment officer (a user); null when none */
    officerId: integer('officer_id').references(() => users.id, { onDelete: 'set null' }),
    /** N new, R renewal */
    stage: char('stage', { length: 1 }).notNull().default('N'),
    status: smallint('status').notNull().default(1),
    value: money('value').notNull(),
    enrolDate: date('enrol_date').notNull(),
    startDate: date('start_date').notNull(),
    effectiveDate: date('effective_date'),
    expiryDate: date('expiry_date').notNull(),
    /** renewal: the policy it continues */
    previousPolicyId: integer('previous_policy_id').references((): AnyPgColumn => policies.id, { onDelete: 'set null' }),
    /**
     * What the contributions that count (photo fees excluded) add up to: kept by triggers on
     * premiums (migration 0009), in the contribution's own statement, so no write path forgets it;
     * "still owing" is then `value > paid`, served by policies_owing_idx.
     */
    paid: money('paid').notNull().default('0'),
    ...entityStamps,
  },
  (t) => [
    index('policies_family_idx').on(t.familyId, t.id),
    index('policies_product_idx').on(t.productId, t.id),
    index('policies_previous_idx').on(t.previousPolicyId),
    // renewals: the expiry window, keyset on (expiry, id)
    index('policies_expiry_idx').on(t.expiryDate, t.id),
    // the console's search: enrolment ranges, keyset by id (expiry ranges use the index above)
    index('policies_enrol_date_idx').on(t.enrolDate, t.id),
    // "still owing" (few policies): keyset by id over the owing ones only
    index('policies_owing_idx').on(t.id).where(sql`${t.value} > ${t.paid}`),
  ],
);

/**
 * Who pays contributions for families (openIMIS tblPayer): type C co-operative, D donor,
 * G government, L local authority, O other, P private organisation; location a region or a
 * district, none = national (which products it may fund: the contract's mayFund).
 */
export const payers = pgTable(
  'payers',
  {
    id: serial('id').primaryKey(),
    type: char('type', { length: 1 }).notNull(),
    name: varchar('name', { length: 100 }).notNull(),
    address: varchar('address', { length: 100 }),
    /** a region or a district; null = national */
    locationId: integer('location_id').references(() => locations.id),
    phone: varchar('phone', { length: 50 }),
    fax: varchar('fax', { length: 50 }),
    email: varchar('email', { length: 50 }),
    ...entityStamps,
  },
  (t) => [
    index('payers_name_c_idx').on(sql`${t.name} COLLATE "C"`, t.id),
    index('payers_name_trgm').using('gin', t.name.op('gin_trgm_ops')),
    index('payers_location_idx').on(t.locationId),
  ],
);

/**
 * A contribution paid on a policy (openIMIS tblPremium): amount, receipt (unique per product,
 * checked by the server), pay date, pay type B/C/M/F, an optional payer; a photo fee is recorded
 * but counts neither in the paid sum nor towards the value.
 */
export const premiums = pgTable(
  'premiums',
  {
    id: serial('id').primaryKey(),
    policyId: integer('policy_id')
      .notNull()
      .references(() => policies.id),
    payerId: integer('payer_id').references(() => payers.id),
    amount: money('amount').notNull(),
    receipt: varchar('receipt', { length: 50 }).notNull(),
    payDate: date('pay_date').notNull(),
    /** B bank, C cash, M mobile, F funding */
    payType: char('pay_type', { length: 1 }).notNull(),
    isPhotoFee: boolean('is_photo_fee').notNull().default(false),
    ...entityStamps,
  },
  (t) => [
    index('premiums_policy_idx').on(t.policyId, t.id),
    index('premiums_payer_idx').on(t.payerId, t.id),
    index('premiums_receipt_idx').on(t.receipt),
    index('premiums_pay_date_idx').on(t.payDate, t.id),
  ],
);
