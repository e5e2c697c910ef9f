/**
 * @kente/contract-claim: the claim domain's pure rules, shared by the backend and the mf-claim
 * console (no database, no GraphQL): statuses, visit types, openIMIS's rejection reasons, the entry
 * rules and the submission checks. Codes, never texts.
 */

export * from './batch.js';
export * from './checks.js';
export * from './codes.js';
export * from './entry.js';
export * from './valuation.js';
