/**
 * Relative pricing batch runs (111101, legacy uspRelativeIndexCalculationMonthly, be-claim_batch_py):
 * one run per location and month; a product's distribution period M (its month), Q (a quarter's last
 * month) or Y (December) decides whether it is priced in that run; allocated contributions =
 * Σ premium × days of the policy inside the period ÷ days of the policy; index = allocated ×
 * distribution % ÷ Σ valuated relative amounts (1 when there are none); a relative line is paid
 * index × its valuated amount. Exact money (bigint 1/10,000).
 */
import { addDays, addMonths, type DecimalInput, type IsoDate, parseMoney, toDecimal, type Units } from '@kente/contract-policy';

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

export type DistributionPeriod = 'M' | 'Q' | 'Y';
export const DISTRIBUTION_PERIODS: readonly DistributionPeriod[] = ['M', 'Q', 'Y'];
/** How many distribution shares a period type has. */
export const PERIOD_COUNT: Record<DistributionPeriod, number> = { M: 12, Q: 4, Y: 1 };

const iso = (year: number, month: number, day: number): IsoDate =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The month's first and last day. */
export function monthBounds(year: number, month: number): { from: IsoDate; to: IsoDate } {
  return { from: iso(year, month, 1), to: iso(year, month, daysInMonth(year, month)) };
}

/**
 * Which share of a product's distribution a run for (year, month) prices, and the period it covers:
 * M every month; Q in March, June, September, December (the quarter); Y in December (the year); else null.
 */
export function distributionPeriod(period: DistributionPeriod, year: number, month: number): { number: number; from: IsoDate; to: IsoDate } | null {
  const { to } = monthBounds(year, month);
  if (period === 'M') return { number: month, ...monthBounds(year, month) };
  if (period === 'Q') return month % 3 === 0 ? { number: month / 3, from: addMonths(iso(year, month, 1), -2), to } : null;
  return month === 12 ? { number: 1, from: iso(year, 1, 1), to } : null;
}

/** Days from `from` to `to`, both included (0 when `to` is before `from`). */
export function daysIncluded(from: IsoDate, to: IsoDate): number {
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
  return Math.max(days, 0);
}

/** The part of a policy's contributions that falls in the period: amount × overlapping days ÷ the policy's days. */
export function allocatedShare(amount: DecimalInput, policy: { from: IsoDate; to: IsoDate }, period: { from: IsoDate; to: IsoDate }): Units {
  const total = daysIncluded(policy.from, policy.to);
  if (!total) return 0n;
  const [, from = period.from] = [policy.from, period.from].sort();
  const [to = period.to] = [policy.to, period.to].sort();
  return (parseMoney(amount) * BigInt(daysIncluded(from, to))) / BigInt(total);
}

/** The relative pricing index (4 decimals): allocated × distribution % ÷ the valuated relative amounts (1 when there are none). */
export function relativeIndex(allocated: DecimalInput, distributionPercent: DecimalInput, valuatedRelative: DecimalInput): string {
  const total = parseMoney(valuatedRelative);
  if (total <= 0n) return '1.0000';
  // allocated (1/10^4) × percent (1/10^4) / 100 = the share in 1/10^8; ÷ total (1/10^4) = the index in 1/10^4
  const index = (parseMoney(allocated) * parseMoney(distributionPercent)) / 100n / total;
  return `${index / 10_000n}.${String(index % 10_000n).padStart(4, '0')}`;
}

/** A relative line's pay: index × valuated, to cents. */
export function applyIndex(valuated: DecimalInput, index: DecimalInput): string {
  return toDecimal((parseMoney(valuated) * parseMoney(index)) / 10_000n);
}

/** The day after the month: a run is refused before it. */
export function monthOver(year: number, month: number, today: IsoDate): boolean {
  return addDays(monthBounds(year, month).to, 1) <= today;
}
