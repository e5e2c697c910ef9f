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
      './NewFamilyPage': './src/family/NewFamilyPage.tsx',
      './AddMemberPage': './src/family/AddMemberPage.tsx',
      './InsureesPage': './src/insuree/InsureesPage.tsx',
      './InsureePage': './src/insuree/InsureePage.tsx',
      './EnquiryPage': './src/enquiry/EnquiryPage.tsx',
      './InsuranceNumbersPage': './src/numbers/InsuranceNumbersPage.tsx',
      './InsureePicker': './src/contributions/InsureePicker.tsx',
      './FamilyPicker': './src/contributions/FamilyPicker.tsx',
    },
  }),
);
