import { kenteModule } from '@kente/sdk/vite';
import { defineConfig } from 'vite';
import manifest from './kente.manifest.ts';

export default defineConfig(
  kenteModule({
    dir: import.meta.dirname,
    manifest,
    exposes: {
      './EnrolmentsCard': './src/dashboard/EnrolmentsCard.tsx',
      './CoverageCard': './src/dashboard/CoverageCard.tsx',
      './ContributionsCard': './src/dashboard/ContributionsCard.tsx',
      './PoliciesPage': './src/policies/PoliciesPage.tsx',
      './PolicyPage': './src/policies/PolicyPage.tsx',
      './NewPolicyPage': './src/policies/NewPolicyPage.tsx',
      './RenewalsPage': './src/renewals/RenewalsPage.tsx',
      './ContributionsPage': './src/contributions/ContributionsPage.tsx',
      './ProductsPage': './src/products/ProductsPage.tsx',
      './ProductPage': './src/products/ProductPage.tsx',
      './PayersPage': './src/payers/PayersPage.tsx',
      './PayerPage': './src/payers/PayerPage.tsx',
      './FamilyPoliciesPanel': './src/family/FamilyPoliciesPanel.tsx',
      './InsureePoliciesPanel': './src/family/InsureePoliciesPanel.tsx',
      './EnquiryPoliciesPanel': './src/family/EnquiryPoliciesPanel.tsx',
      './PolicyContributionsPanel': './src/contributions/PolicyContributionsPanel.tsx',
    },
  }),
);
