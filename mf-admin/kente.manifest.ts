import { defineModule } from '@kente/sdk/contract';

export default defineModule({
  description: 'Locations, health facilities, medical services and items, price lists, diagnoses, users and roles.',
  requires: { sdk: '^1.0.0', backend: { location: '^1.0.0', medical: '^1.0.0' } },
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
    // admin-locations: a location (121902 add, 121903 edit and move, 121904 delete inside), a health facility (121102-121104)
    { path: '/admin/locations/new', page: './LocationPage', title: 'location.newTitle', rights: [121901, 121902] },
    { path: '/admin/locations/:locationId', page: './LocationPage', title: 'location.pageTitle', rights: [121901] },
    { path: '/admin/health-facilities/new', page: './HealthFacilityPage', title: 'facility.newTitle', rights: [121101, 121102] },
    { path: '/admin/health-facilities/:facilityId', page: './HealthFacilityPage', title: 'facility.pageTitle', rights: [121101] },
    { path: '/admin/users', page: './UsersPage', title: 'users.title', rights: [121701] },
  ],
  slots: [{ name: 'admin.healthFacility.panels', version: '1.0.0', description: 'Panels on a health facility. Props: { healthFacilityId: string }.' }],
  contributions: [],
  i18n: { namespace: 'admin', languages: ['en'], path: 'locales/{{lng}}.json' },
  config: { defaults: {} },
});
