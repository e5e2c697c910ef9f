import type { DashboardCardsProps } from '@kente/contract-reports/slots';
import { lazy } from 'react';

const Chart = lazy(() => import('./policyCards.js').then((m) => ({ default: m.EnrolmentsChart })));

/** Contributed to mf-reports' dashboard (reports.dashboard.cards 1.x); the chart kit loads with the chart, never with other pages. */
export default function EnrolmentsCard(props: DashboardCardsProps) {
  return <Chart {...props} />;
}
