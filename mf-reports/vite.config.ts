import { kenteModule } from '@kente/sdk/vite';
import { defineConfig } from 'vite';
import manifest from './kente.manifest.ts';

export default defineConfig(
  kenteModule({
    dir: import.meta.dirname,
    manifest,
    exposes: {
      './ReportCataloguePage': './src/catalogue/ReportCataloguePage.tsx',
      './ModuleInventoryReport': './src/catalogue/ModuleInventoryReport.tsx',
      './JournalButton': './src/journal/JournalButton.tsx',
      './DashboardPage': './src/dashboard/DashboardPage.tsx',
    },
  }),
);
