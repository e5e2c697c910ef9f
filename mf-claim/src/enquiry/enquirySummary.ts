/** The enquiry's claims summary, pure: the window's start, the counts in status order, the latest claims. */

export const SUMMARY_STATUSES = [
  { key: 'entered', status: 2 },
  { key: 'checked', status: 4 },
  { key: 'processed', status: 8 },
  { key: 'valuated', status: 16 },
  { key: 'rejected', status: 1 },
] as const;
export type SummaryKey = (typeof SUMMARY_STATUSES)[number]['key'];

/** The day twelve months before `today` (the 29th of February falls back to the 28th). */
export function twelveMonthsBefore(today: string): string {
  const year = Number(today.slice(0, 4)) - 1;
  const md = today.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}-${md === '02-29' && !leap ? '02-28' : md}`;
}

/** The counts to show, in status order (capped counts read as "1000+"). */
export function summaryCounts(
  data: Record<SummaryKey, { totalCount: number; totalCountCapped: boolean }>,
): { key: SummaryKey; status: number; count: number; capped: boolean }[] {
  return SUMMARY_STATUSES.map(({ key, status }) => ({ key, status, count: data[key].totalCount, capped: data[key].totalCountCapped }));
}

/** The latest claims first (by the visit's last day, then the claim's id), at most `limit`. */
export function latestClaims<T extends { id: string; visitFrom: string; visitTo: string | null }>(claims: readonly T[], limit: number): T[] {
  const end = (c: T) => c.visitTo ?? c.visitFrom;
  return [...claims].sort((a, b) => end(b).localeCompare(end(a)) || Number(b.id) - Number(a.id)).slice(0, limit);
}
