import { kenteModule } from '@kente/sdk/vite';
import { defineConfig } from 'vite';
import manifest from './kente.manifest.ts';

export default defineConfig(
  kenteModule({
    dir: import.meta.dirname,
    manifest,
    exposes: {
      './PoliciesPage': './src/policies/PoliciesPage.tsx',
      './ProductsPage': './src/products/ProductsPage.tsx',
      './FamilyPoliciesPanel': './src/family/FamilyPoliciesPanel.tsx',
      './EnquiryPoliciesPanel': './src/family/EnquiryPoliciesPanel.tsx',
    },
  }),
);
