/** The batch runs page's pure logic: the run form's checks, the last month that is over, the account preview's filter. */

export interface RunFormValues {
  year: string;
  month: string;
}

/** The month before today's (the latest a run may be for). */
export function lastMonthOver(today: string): { year: number; month: number } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
}

/** The run form's problems (field → error code), as the server checks them: a year 2000-2100, a month 1-12 that is over. */
export function runFormIssues(values: RunFormValues, today: string): Record<string, string> {
  const issues: Record<string, string> = {};
  const year = /^\d{4}$/.test(values.year.trim()) ? Number(values.year) : Number.NaN;
  const month = /^\d{1,2}$/.test(values.month.trim()) ? Number(values.month) : Number.NaN;
  if (!(year >= 2000 && year <= 2100)) issues.year = 'OUT_OF_RANGE';
  if (!(month >= 1 && month <= 12)) issues.month = 'OUT_OF_RANGE';
  if (!issues.year && !issues.month) {
    const last = lastMonthOver(today);
    if (year * 12 + month > last.year * 12 + last.month) issues.month = 'DATE_IN_FUTURE';
  }
  return issues;
}

export interface AccountFilterValues {
  /** 'month' (year + month), 'year', or 'range' (from / to) */
  period: 'month' | 'year' | 'range';
  year: string;
  month: string;
  from: string;
  to: string;
  locationId: string;
  healthFacilityId: string;
  productId: string;
}

/** The account preview's filter for the server; null while the period is incomplete. */
export function accountFilter(values: AccountFilterValues): Record<string, unknown> | null {
  const where = {
    ...(values.locationId ? { locationId: values.locationId } : {}),
    ...(values.healthFacilityId ? { healthFacilityId: values.healthFacilityId } : {}),
    ...(values.productId ? { productId: values.productId } : {}),
  };
  const year = /^\d{4}$/.test(values.year) ? Number(values.year) : null;
  if (values.period === 'range') {
    const date = /^\d{4}-\d{2}-\d{2}$/;
    if (!date.test(values.from) || !date.test(values.to) || values.from > values.to) return null;
    return { dateFrom: values.from, dateTo: values.to, ...where };
  }
  if (year === null || year < 2000 || year > 2100) return null;
  if (values.period === 'year') return { year, ...where };
  const month = Number(values.month);
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  return { year, month, ...where };
}
