import { kenteModule } from '@kente/sdk/vite';
import { defineConfig } from 'vite';
import manifest from './kente.manifest.ts';

export default defineConfig(
  kenteModule({
    dir: import.meta.dirname,
    manifest,
    exposes: {
      './ClaimsPage': './src/claims/ClaimsPage.tsx',
      './RecentClaimsPanel': './src/insuree/RecentClaimsPanel.tsx',
      './ClaimsByStatusReport': './src/claims/ClaimsByStatusReport.tsx',
    },
  }),
);
