import { lazy } from 'react';

/** Contributed to mf-reports' dashboard (reports.dashboard.cards 1.x); the chart kit loads with it, never with other pages. */
export default lazy(() => import('./policyCards.js').then((m) => ({ default: m.CoverageChart })));
