import { lazy } from 'react';

/** Contributed to mf-reports' dashboard (reports.dashboard.cards 1.x); the chart kit loads with it, never with other pages. */
export default lazy(() => import('./claimCards.js').then((m) => ({ default: m.ClaimAmountsChart })));
