// The slots' props contracts (the dashboard's cards): typed <Slot> in this module's program.
import type {} from '@kente/contract-reports/slots';
import { defineModule } from '@kente/sdk/contract';

export default defineModule({
  description:
    'Report catalogue (the reports composed modules list in their manifests, and reports.catalogue), the dashboard (charts contributed to reports.dashboard.cards) and the journal of long work.',
  requires: { sdk: '^1.2.0', slots: { 'shell.header.actions': '^1.0.0' } },
  // Everyone signed in may open the catalogue; each report carries its own right.
  // The dashboard too: each card carries its own rights (a user with none sees the page say so).
  menu: [
    { id: 'catalogue', section: 'reports', label: 'menu.catalogue', icon: 'report', route: '/reports' },
    { id: 'dashboard', section: 'reports', label: 'menu.dashboard', icon: 'report', route: '/reports/dashboard', order: 10 },
  ],
  routes: [
    { path: '/reports', page: './ReportCataloguePage', title: 'catalogue.title' },
    { path: '/reports/dashboard', page: './DashboardPage', title: 'dashboard.title' },
  ],
  slots: [
    {
      name: 'reports.dashboard.cards',
      version: '1.0.0',
      description:
        "A card of the dashboard (/reports/dashboard): a chart of the contributing module's figures with loading, empty and error states and a table for screen readers (DashboardCard of @kente/sdk/charts). Props: { filter: { from, to, locationId?, productId? } }.",
    },
    {
      name: 'reports.catalogue',
      version: '1.0.0',
      description:
        'A report. meta: { label: key in the contributing module namespace, group: key, description?: key }. The component renders the parameter form and result.',
    },
  ],
  contributions: [
    {
      id: 'contributions-summary',
      slot: 'reports.catalogue',
      component: './ModuleInventoryReport',
      order: 100,
      rights: [131209],
      meta: { label: 'reports.inventory.label', group: 'reports.groups.system', description: 'reports.inventory.description' },
    },
    // The journal of long work (reports run in the background, imports): a button with a badge in the app bar.
    { id: 'journal', slot: 'shell.header.actions', component: './JournalButton', order: 10 },
  ],
  // Gzipped KB each page may download beyond the shell (kente-check, the bytes bench): about 30% above today's.
  budgets: { pages: { '/reports': 16, '/reports/dashboard': 20 } },
  i18n: { namespace: 'reports', languages: ['en'], path: 'locales/{{lng}}.json' },
  config: { defaults: {} },
});
