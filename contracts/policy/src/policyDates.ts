/**
 * A policy's dates from its product (openIMIS policy/values.py set_start_date, set_expiry_date;
 * contribution/services.py last_date_for_payment), as YYYY-MM-DD strings.
 */
import { dateRule } from '@kente/contract-core';
import { type ErrorCode, ErrorCodes, type PolicyStage } from './codes.js';
import { addDays, addMonths, cycleDate, type IsoDate, maxDate, parseCycle, periodEnd, yearOf } from './dates.js';
import type { ProductRules } from './product.js';

export interface PolicyDateInput {
  /** the day the family enrols (or renews) */
  enrolDate: IsoDate;
  stage: PolicyStage;
  /** renewal: the expiry of the policy it continues */
  previousExpiry?: IsoDate | null;
}

export interface PolicyDates {
  enrolDate: IsoDate;
  /** where the start is looked for: enrolment (+ administration period for N); for a renewal, the day after the previous expiry */
  referenceDate: IsoDate;
  startDate: IsoDate;
  /** start + insurance period − 1 day */
  expiryDate: IsoDate;
  /** the last day to pay in full; null when the product gives no payment period (free enrolment, no grace) */
  lastPaymentDate: IsoDate | null;
}

type CycleProduct = Pick<ProductRules, 'startCycle1' | 'startCycle2' | 'startCycle3' | 'startCycle4'>;

/** The product's start cycles as [day, month], sorted through the year; invalid or blank ones ignored. */
export function productCycles(product: CycleProduct): [number, number][] {
  return [product.startCycle1, product.startCycle2, product.startCycle3, product.startCycle4]
    .map((value) => (value ? parseCycle(value) : null))
    .filter((value): value is [number, number] => value !== null)
    .sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

export function hasCycles(product: CycleProduct): boolean {
  return productCycles(product).length > 0;
}

/** The first cycle start on or after `from`: this year's, else the first of next year. */
function nextCycleStart(cycles: [number, number][], from: IsoDate): IsoDate {
  const year = yearOf(from);
  for (const cycle of cycles) {
    const start = cycleDate(cycle, year);
    if (start >= from) return start;
  }
  return cycleDate(cycles[0] as [number, number], year + 1);
}

const months = (value: number | null | undefined) => value ?? 0;

export function policyDates(product: ProductRules, input: PolicyDateInput): PolicyDates {
  const { enrolDate, stage } = input;
  const renewalFrom = stage === 'R' && input.previousExpiry ? addDays(input.previousExpiry, 1) : null;
  const referenceDate = stage === 'N' ? addMonths(enrolDate, months(product.administrationPeriod)) : renewalFrom ? maxDate(enrolDate, renewalFrom) : enrolDate;
  const cycles = productCycles(product);
  const grace = months(stage === 'N' ? product.gracePeriodEnrolment : product.gracePeriodRenewal);
  const startDate = cycles.length === 0 ? referenceDate : nextCycleStart(cycles, addMonths(referenceDate, -grace));
  const expiryDate = periodEnd(startDate, product.insurancePeriod);
  let lastPaymentDate: IsoDate | null;
  if (cycles.length > 0) lastPaymentDate = periodEnd(startDate, grace);
  else if (!product.gracePeriodPayment) lastPaymentDate = null;
  else lastPaymentDate = periodEnd(stage === 'N' ? enrolDate : startDate, product.gracePeriodPayment);
  return { enrolDate, referenceDate, startDate, expiryDate, lastPaymentDate };
}

/** An enrolment or payment date: a real date, not after `today` (openIMIS refuses future enrolments). */
export function notFutureDateRule(value: unknown, today: IsoDate = new Date().toISOString().slice(0, 10)): ErrorCode | null {
  if (value === undefined || value === null || value === '') return ErrorCodes.required;
  const code = dateRule(value);
  if (code) return code;
  return (value as string) > today ? ErrorCodes.dateInFuture : null;
}
