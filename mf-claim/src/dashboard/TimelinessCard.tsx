import type { DashboardCardsProps } from '@kente/contract-reports/slots';
import { loadChartKit } from '@kente/sdk';
import { lazy } from 'react';

const Chart = lazy(async () => {
  const [kit, cards] = await Promise.all([loadChartKit(), import('./claimCards.js')]);
  cards.setChartKit(kit);
  return { default: cards.TimelinessChart };
});

/** Contributed to mf-reports' dashboard (reports.dashboard.cards 1.x): the chart and the shell's chart kit load with it, never with other pages. */
export default function TimelinessCard(props: DashboardCardsProps) {
  return <Chart {...props} />;
}
