import { useMemo } from 'react';
import { useLanguage } from '../runtime/hooks.js';

/**
 * How charts write their values in the console's language: a month 'YYYY-MM' ("janv. 2026"),
 * compact numbers for axes ("1,2 M"), days with one decimal.
 */
export function useChartFormat() {
  const language = useLanguage();
  return useMemo(() => {
    const month = new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    const compact = new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 });
    const oneDecimal = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
    return {
      month: (value: string) => month.format(new Date(`${value}-01T00:00:00Z`)),
      compact: (value: number | null) => (value == null ? '' : compact.format(value)),
      decimal: (value: number | null) => (value == null ? '—' : oneDecimal.format(value)),
      percent: (value: number | null) => (value == null ? '—' : percent.format(value)),
    };
  }, [language]);
}
