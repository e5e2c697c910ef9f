import type { DashboardCardsProps } from '@kente/contract-reports/slots';
import { lazy } from 'react';

const Chart = lazy(() => import('./claimCards.js').then((m) => ({ default: m.TopDiagnosesChart })));

/** Contributed to mf-reports' dashboard (reports.dashboard.cards 1.x); the chart kit loads with the chart, never with other pages. */
export default function TopDiagnosesCard(props: DashboardCardsProps) {
  return <Chart {...props} />;
}
