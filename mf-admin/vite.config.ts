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
      './UsersPage': './src/users/UsersPage.tsx',
      // admin-locations
      './LocationPage': './src/locations/LocationPage.tsx',
      './HealthFacilityPage': './src/facilities/HealthFacilityPage.tsx',
    },
  }),
);
