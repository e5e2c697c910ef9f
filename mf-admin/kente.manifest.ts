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
    // admin-users: users and roles
    { id: 'users', section: 'administration', label: 'menu.users', icon: 'badge', route: '/admin/users', order: 90, rights: [121701] },
    { id: 'roles', section: 'administration', label: 'menu.roles', icon: 'badge', route: '/admin/roles', order: 95, rights: [122001] },
  ],
  routes: [
    { path: '/admin/locations', page: './LocationsPage', title: 'locations.title', rights: [121901] },
    { path: '/admin/health-facilities', page: './HealthFacilitiesPage', title: 'facilities.title', rights: [121101] },
    // admin-users: users (121701-121704) and roles (122001-122005)
    { path: '/admin/users', page: './UsersPage', title: 'users.title', rights: [121701] },
    { path: '/admin/users/new', page: './UserPage', title: 'user.newTitle', rights: [121701, 121702] },
    { path: '/admin/users/:userId', page: './UserPage', title: 'user.pageTitle', rights: [121701] },
    { path: '/admin/roles', page: './RolesPage', title: 'rolesPage.title', rights: [122001] },
    { path: '/admin/roles/new', page: './RolePage', title: 'role.newTitle', rights: [122001, 122002] },
    { path: '/admin/roles/:roleId', page: './RolePage', title: 'role.pageTitle', rights: [122001] },
  ],
  slots: [{ name: 'admin.healthFacility.panels', version: '1.0.0', description: 'Panels on a health facility. Props: { healthFacilityId: string }.' }],
  contributions: [],
  i18n: { namespace: 'admin', languages: ['en'], path: 'locales/{{lng}}.json' },
  config: { defaults: {} },
});
