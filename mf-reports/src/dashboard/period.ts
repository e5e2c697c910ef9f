/**
 * The dashboard's periods: presets computed from today, or dates typed by the user, checked as the
 * server checks them (both dates, in order, at most five years apart).
 */
export const PRESETS = ['last12', 'last3', 'thisYear', 'lastYear', 'custom'] as const;
export type Preset = (typeof PRESETS)[number];
export const DEFAULT_PRESET: Preset = 'last12';
/** The server's bound (backend platform/dashboard.ts MAX_DASHBOARD_DAYS). */
export const MAX_DAYS = 5 * 365 + 2;

const iso = (date: Date) => date.toISOString().slice(0, 10);
const firstOfMonth = (today: Date, monthsBack: number) => iso(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - monthsBack, 1)));

/** The dates of a preset (custom: none). */
export function presetPeriod(preset: Preset, today = new Date()): { from: string; to: string } | null {
  const year = today.getUTCFullYear();
  switch (preset) {
    case 'last12':
      return { from: firstOfMonth(today, 11), to: iso(today) };
    case 'last3':
      return { from: firstOfMonth(today, 2), to: iso(today) };
    case 'thisYear':
      return { from: `${year}-01-01`, to: iso(today) };
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
    default:
      return null;
  }
}

const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** What is wrong with a typed period: a key of the module's `dashboard.problems`, or null. */
export function periodProblem(from: string, to: string): 'from' | 'to' | 'order' | 'tooLong' | null {
  if (!isIsoDate(from)) return 'from';
  if (!isIsoDate(to)) return 'to';
  if (from > to) return 'order';
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_DAYS) return 'tooLong';
  return null;
}
