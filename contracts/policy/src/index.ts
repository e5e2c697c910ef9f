/**
 * @kente/contract-policy: the policy domain's pure rules, shared by the backend and the
 * mf-policy console (no database, no GraphQL). Money is exact (bigint 1/10,000 units inside,
 * 2-decimal strings out); dates are YYYY-MM-DD strings; rules answer codes, never texts.
 */
export * from './codes.js';
export * from './contribution.js';
export { addDays, addMonths, type IsoDate, periodEnd } from './dates.js';
export * from './eligibility.js';
export * from './funding.js';
export { compareMoney, type DecimalInput, parseMoney, percentOf, roundToCents, sumMoney, toDecimal, type Units } from './money.js';
export * from './payer.js';
export * from './policyDates.js';
export * from './policyValue.js';
export * from './product.js';
