/**
 * The claim domain's code lists, with openIMIS's codes (its users know them, its data carries them).
 * Labels are translated by the console (claim:status.4, claim:reason.16, ...).
 */
import { ErrorCodes as CoreErrorCodes } from '@kente/contract-core';

/** Rejected 1, Entered 2, Checked 4, Processed 8, Valuated 16 (openIMIS claim/models.py). */
export const CLAIM_STATUSES = [1, 2, 4, 8, 16] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export const ClaimStatus = { rejected: 1, entered: 2, checked: 4, processed: 8, valuated: 16 } as const satisfies Record<string, ClaimStatus>;

/** Review and feedback: Idle 1, Not selected 2, Selected 4, Delivered 8, Bypassed 16. */
export const REVIEW_STATUSES = [1, 2, 4, 8, 16] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const ReviewStatus = { idle: 1, notSelected: 2, selected: 4, delivered: 8, bypassed: 16 } as const satisfies Record<string, ReviewStatus>;

/** A line after submission: Passed 1, Rejected 2 (null before). */
export const LineStatus = { passed: 1, rejected: 2 } as const;
export type LineStatus = (typeof LineStatus)[keyof typeof LineStatus];

/** O other, E emergency, R referral: which of a covered line's limits apply. */
export const VISIT_TYPES = ['O', 'E', 'R'] as const;
export type VisitType = (typeof VISIT_TYPES)[number];

/** S service, I item. */
export type LineKind = 'S' | 'I';

/**
 * openIMIS's rejection reasons (claim/validations.py and its console labels). 6 (duplicate) is
 * implemented here (openIMIS only has the label); 8 and 18 are labels only; 20, 21 come from the
 * python port.
 */
export const RejectionReason = {
  accepted: 0,
  /** rejected by the medical officer (review) */
  medicalOfficer: -1,
  /** item or service not in the register (also the claim's when all lines are rejected) */
  notInRegister: 1,
  notInPriceList: 2,
  /** not covered by the product of a policy in force */
  notCovered: 3,
  patientCategory: 4,
  frequency: 5,
  duplicate: 6,
  /** invalid insurance number / insuree */
  invalidInsuree: 7,
  diagnosisNotInList: 8,
  /** invalid target date */
  targetDate: 9,
  /** care type inconsistent with the facility */
  careType: 10,
  maxHospitalisations: 11,
  maxVisits: 12,
  maxConsultations: 13,
  maxSurgeries: 14,
  maxDeliveries: 15,
  /** maximum provisions of the item or service */
  maxProvisions: 16,
  waitingPeriod: 17,
  maxAntenatal: 19,
  invalidClaim: 20,
  /** no policy in force covering the insuree at the visit */
  noCoverage: 21,
} as const;
export type RejectionReason = (typeof RejectionReason)[keyof typeof RejectionReason];

/** The shared codes plus the claim domain's own. */
export const ErrorCodes = {
  ...CoreErrorCodes,
  /** a date after today */
  dateInFuture: 'DATE_IN_FUTURE',
  /** an end date before its start (visit to before visit from, claimed before the visit ends) */
  dateBeforeStart: 'DATE_BEFORE_START',
  /** the claim is not in a status allowing this (editing a submitted claim, restoring one not rejected) */
  wrongStatus: 'WRONG_STATUS',
  /** a batch run for this location and month exists already */
  alreadyRun: 'ALREADY_RUN',
} as const;
export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

/** Warnings: the action goes through, the user is told. */
export const ClaimWarningCodes = {
  /** the guarantee number is already on another claim (config duplicateGuarantee: 'warn') */
  duplicateGuarantee: 'DUPLICATE_GUARANTEE',
  /** a line's service was already given, passed, to the insuree on another submitted claim overlapping the visit: submission rejects it (reason 6) */
  duplicateService: 'DUPLICATE_SERVICE',
  /** a line's quantity was cut to what is left of the product's maximum provisions (openIMIS OP-1347) */
  quantityReduced: 'QUANTITY_REDUCED',
} as const;
export type ClaimWarningCode = (typeof ClaimWarningCodes)[keyof typeof ClaimWarningCodes];

/** What the composition's config["mf-claim"].duplicateGuarantee says of a guarantee number already used. */
export type DuplicateGuaranteePolicy = 'warn' | 'refuse';
export const DEFAULT_DUPLICATE_GUARANTEE: DuplicateGuaranteePolicy = 'warn';
export const duplicateGuaranteePolicy = (value: unknown): DuplicateGuaranteePolicy => (value === 'refuse' ? 'refuse' : DEFAULT_DUPLICATE_GUARANTEE);

/** Bounds of the entry form. */
export const MAX_LINES = 200;
export const MAX_SECONDARY_DIAGNOSES = 4;
export const MAX_QUANTITY = 10_000;
