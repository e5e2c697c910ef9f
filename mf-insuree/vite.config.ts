import { kenteModule } from '@kente/sdk/vite';
import { defineConfig } from 'vite';
import manifest from './kente.manifest.ts';

export default defineConfig(
  kenteModule({
    dir: import.meta.dirname,
    manifest,
    exposes: {
      './FamiliesPage': './src/family/FamiliesPage.tsx',
      './FamilyPage': './src/family/FamilyPage.tsx',
      './EnquiryPage': './src/enquiry/EnquiryPage.tsx',
    },
  }),
);
