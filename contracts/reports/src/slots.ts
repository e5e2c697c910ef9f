/**
 * The slots mf-reports offers, typed once here: their props contracts (for `<Slot>` and for the
 * cards other modules contribute) and their offers (for mf-reports' manifest). Importing this file
 * (even `import type`) turns the checks on in a module's program.
 */
import { defineSlot } from '@kente/sdk/contract';

/**
 * What the dashboard shows, as its filter bar sets it: the period (ISO dates, at most five years,
 * `from` <= `to`), a location (any level, inside the user's area; none = their whole area) and a
 * product. It is the backend's `DashboardFilter` (`{ dateFrom: from, dateTo: to, locationId, productId }`).
 */
export interface DashboardFilter {
  from: string;
  to: string;
  locationId?: string;
  productId?: string;
}

export interface DashboardCardsProps {
  filter: DashboardFilter;
}

declare module '@kente/sdk/contract' {
  interface SlotContracts {
    'reports.dashboard.cards': DashboardCardsProps;
  }
}

/** The offer (mf-reports' manifest writes it out: a manifest is loaded by Node at build and imports contracts as types only). */
export const reportsSlots = {
  dashboardCards: defineSlot('reports.dashboard.cards', {
    version: '1.0.0',
    description:
      "A card of the dashboard (/reports/dashboard): a chart of the contributing module's figures with loading, empty and error states and a table for screen readers (DashboardCard of @kente/sdk/charts). Props: { filter: { from, to, locationId?, productId? } }.",
  }),
} as const;

/** The backend's `DashboardFilter` input for a card's filter (what every dashboard query takes). */
export function dashboardFilterInput(filter: DashboardFilter): { dateFrom: string; dateTo: string; locationId: string | null; productId: string | null } {
  return { dateFrom: filter.from, dateTo: filter.to, locationId: filter.locationId ?? null, productId: filter.productId ?? null };
}
