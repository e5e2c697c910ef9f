import { defineModule } from '@kente/sdk/contract';

export default defineModule({
  description: 'Locations, health facilities, medical services and items, price lists, diagnoses, users and roles.',
  requires: { sdk: '^1.0.0' },
  menu: [
    { id: 'locations', section: 'administration', label: 'menu.locations', icon: 'place', route: '/admin/locations', order: 10, rights: [121901] },
    {
      id: 'health-facilities',
      section: 'administration',
      label: 'menu.healthFacilities',
      icon: 'hospital',
      route: '/admin/health-facilities',
      order: 20,
      rights: [121101],
    },
    { id: 'users', section: 'administration', label: 'menu.users', icon: 'badge', route: '/admin/users', order: 90, rights: [121701] },
  ],
  routes: [
    { path: '/admin/locations', page: './LocationsPage', title: 'locations.title', rights: [121901] },
    { path: '/admin/health-facilities', page: './HealthFacilitiesPage', title: 'facilities.title', rights: [121101] },
    { path: '/admin/users', page: './UsersPage', title: 'users.title', rights: [121701] },
  ],
  slots: [{ name: 'admin.healthFacility.panels', version: '1.0.0', description: 'Panels on a health facility. Props: { healthFacilityId: string }.' }],
  contributions: [],
  i18n: { namespace: 'admin', languages: ['en'], path: 'locales/{{lng}}.json' },
  config: { defaults: {} },
});
