import { kenteModule } from '@kente/sdk/vite';
import { defineConfig } from 'vite';
import manifest from './kente.manifest.ts';

export default defineConfig(
  kenteModule({
    dir: import.meta.dirname,
    manifest,
    exposes: {
      './LocationsPage': './src/locations/LocationsPage.tsx',
      './HealthFacilitiesPage': './src/facilities/HealthFacilitiesPage.tsx',
      // admin-users
      './UsersPage': './src/users/UsersPage.tsx',
      './UserPage': './src/users/UserPage.tsx',
      './RolesPage': './src/roles/RolesPage.tsx',
      './RolePage': './src/roles/RolePage.tsx',
      './EnrolmentOfficersPage': './src/officers/EnrolmentOfficersPage.tsx',
      './ClaimAdministratorsPage': './src/officers/ClaimAdministratorsPage.tsx',
      // admin-medical
      './ServicesPage': './src/medical/ServicesPage.tsx',
      './ServicePage': './src/medical/ServicePage.tsx',
      './ItemsPage': './src/medical/ItemsPage.tsx',
      './ItemPage': './src/medical/ItemPage.tsx',
      './DiagnosesPage': './src/medical/DiagnosesPage.tsx',
      './DiagnosisPage': './src/medical/DiagnosisPage.tsx',
      './PriceListsPage': './src/medical/PriceListsPage.tsx',
      './PriceListPage': './src/medical/PriceListPage.tsx',
      // admin-locations
      './LocationPage': './src/locations/LocationPage.tsx',
      './HealthFacilityPage': './src/facilities/HealthFacilityPage.tsx',
      // admin-import
      './RegistersPage': './src/registers/RegistersPage.tsx',
    },
  }),
);
