/**
 * The policy domain's code lists, with openIMIS's codes (its users know them, its data carries
 * them). Labels are translated by the console (policy:status.2, policy:payType.C, ...).
 */
import { ErrorCodes as CoreErrorCodes } from '@kente/contract-core';

/** Idle 1 (not paid yet), Active 2, Suspended 4, Expired 8. openIMIS's 16 Ready is backend-only there and unused here. */
export const POLICY_STATUSES = [1, 2, 4, 8] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];
export const PolicyStatus = { idle: 1, active: 2, suspended: 4, expired: 8 } as const satisfies Record<string, PolicyStatus>;

/** N new, R renewal */
export const POLICY_STAGES = ['N', 'R'] as const;
export type PolicyStage = (typeof POLICY_STAGES)[number];

/** How a contribution was paid: B bank, C cash, M mobile, F funding */
export const PAY_TYPES = ['B', 'C', 'M', 'F'] as const;
export type PayType = (typeof PAY_TYPES)[number];

/** C co-operative, D donor, G government, L local authority, O other, P private organisation */
export const PAYER_TYPES = ['C', 'D', 'G', 'L', 'O', 'P'] as const;
export type PayerType = (typeof PAYER_TYPES)[number];

/** Which price a covered line pays: P price list, O price asked by the facility, R relative pricing */
export const PRICE_ORIGINS = ['P', 'O', 'R'] as const;
export type PriceOrigin = (typeof PRICE_ORIGINS)[number];

/** C co-insurance (the limit is a percentage the scheme pays), F fixed amount per unit */
export const LIMITATION_TYPES = ['C', 'F'] as const;
export type LimitationType = (typeof LIMITATION_TYPES)[number];

/** Which claims skip the general ceiling for a line: H hospital, N non-hospital, B both */
export const CEILING_EXCLUSIONS = ['H', 'N', 'B'] as const;
export type CeilingExclusion = (typeof CEILING_EXCLUSIONS)[number];

/** In-patient by I claim type (dates differ) or H facility level (hospital) */
export const CEILING_INTERPRETATIONS = ['I', 'H'] as const;
export type CeilingInterpretation = (typeof CEILING_INTERPRETATIONS)[number];

/** The shared codes plus the policy domain's own. */
export const ErrorCodes = {
  ...CoreErrorCodes,
  /** an enrolment date after today */
  dateInFuture: 'DATE_IN_FUTURE',
  /** a product's date_to before its date_from */
  dateBeforeStart: 'DATE_BEFORE_START',
  /** a payer whose location may not fund the product */
  fundingLocation: 'FUNDING_LOCATION',
} as const;
export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

/** Warnings: the action goes through, the user is told (codes, translated by the console). */
export const WarningCodes = {
  /** the family has more members than the product's maximum: the extra ones are not covered nor charged */
  maxMembersExceeded: 'MAX_MEMBERS_EXCEEDED',
  /** more contributions than the product's maximum number of instalments */
  maxInstallmentsExceeded: 'MAX_INSTALLMENTS_EXCEEDED',
  /** the contributions exceed the policy value */
  overpaid: 'OVERPAID',
  /** a contribution on a policy that is not Idle: its status and dates are left as they are */
  policyNotIdle: 'POLICY_NOT_IDLE',
} as const;
export type WarningCode = (typeof WarningCodes)[keyof typeof WarningCodes];

export interface PolicyWarning {
  code: WarningCode;
  /** the limit that was passed (max members, max instalments) */
  max?: number;
  /** how many there are */
  count?: number;
  /** an amount, "12.50" (the overpayment) */
  amount?: string;
}
