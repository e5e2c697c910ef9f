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
    },
  }),
);
