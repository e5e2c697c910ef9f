import { defineModule } from '@kente/sdk/contract';

export default defineModule({
  description: 'Report catalogue (the reports composed modules list in their manifests, and reports.catalogue) and the journal of long work.',
  requires: { sdk: '^1.0.0', slots: { 'shell.header.actions': '^1.0.0' } },
  // Everyone signed in may open the catalogue; each report carries its own right.
  menu: [{ id: 'catalogue', section: 'reports', label: 'menu.catalogue', icon: 'report', route: '/reports' }],
  routes: [{ path: '/reports', page: './ReportCataloguePage', title: 'catalogue.title' }],
  slots: [
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
  budgets: { pages: { '/reports': 16 } },
  i18n: { namespace: 'reports', languages: ['en'], path: 'locales/{{lng}}.json' },
  config: { defaults: {} },
});
