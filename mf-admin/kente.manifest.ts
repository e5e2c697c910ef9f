import { defineModule } from '@kente/sdk/contract';

/** The registers' export and import rights (openIMIS 131001-131010): any one of them opens the Registers page. */
const REGISTER_RIGHTS = [131001, 131002, 131003, 131004, 131005, 131006, 131007, 131008, 131009, 131010];

export default defineModule({
  description: 'Locations, health facilities, medical services and items, price lists, diagnoses, users and roles.',
  requires: { sdk: '^1.2.0', backend: { location: '^1.0.0', medical: '^1.0.0' } },
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
    // admin-medical: services, items, diagnoses, price lists
    {
      id: 'medical-services',
      section: 'administration',
      label: 'medical.menu.services',
      icon: 'hospital',
      route: '/admin/medical-services',
      order: 30,
      rights: [121401],
    },
    {
      id: 'medical-items',
      section: 'administration',
      label: 'medical.menu.items',
      icon: 'hospital',
      route: '/admin/medical-items',
      order: 31,
      rights: [122101],
    },
    {
      id: 'price-lists',
      section: 'administration',
      label: 'medical.menu.priceLists',
      icon: 'account',
      route: '/admin/price-lists',
      order: 32,
      rights: [121201],
    },
    { id: 'diagnoses', section: 'administration', label: 'medical.menu.diagnoses', icon: 'hospital', route: '/admin/diagnoses', order: 33, rights: [122201] },
    // admin-users: users and roles
    { id: 'users', section: 'administration', label: 'menu.users', icon: 'badge', route: '/admin/users', order: 90, rights: [121701] },
    { id: 'roles', section: 'administration', label: 'menu.roles', icon: 'badge', route: '/admin/roles', order: 95, rights: [122001] },
    // openIMIS's registers of enrolment officers (121501) and claim administrators (121601): users with those details
    {
      id: 'enrolment-officers',
      section: 'administration',
      label: 'menu.enrolmentOfficers',
      icon: 'badge',
      route: '/admin/enrolment-officers',
      order: 91,
      rights: [121501],
    },
    {
      id: 'claim-administrators',
      section: 'administration',
      label: 'menu.claimAdministrators',
      icon: 'badge',
      route: '/admin/claim-administrators',
      order: 92,
      rights: [121601],
    },
    // admin-import: registers (131001-131010): any one export or import right opens the entry and the route;
    // the page shows only the registers the server says the user may export or import.
    { id: 'registers', section: 'administration', label: 'registers.menu', icon: 'folder', route: '/admin/registers', order: 98, anyRights: REGISTER_RIGHTS },
  ],
  routes: [
    { path: '/admin/locations', page: './LocationsPage', title: 'locations.title', rights: [121901] },
    { path: '/admin/health-facilities', page: './HealthFacilitiesPage', title: 'facilities.title', rights: [121101] },
    // admin-locations: a location (121902 add, 121903 edit and move, 121904 delete inside), a health facility (121102-121104)
    { path: '/admin/locations/new', page: './LocationPage', title: 'location.newTitle', rights: [121901, 121902] },
    { path: '/admin/locations/:locationId', page: './LocationPage', title: 'location.pageTitle', rights: [121901] },
    { path: '/admin/health-facilities/new', page: './HealthFacilityPage', title: 'facility.newTitle', rights: [121101, 121102] },
    { path: '/admin/health-facilities/:facilityId', page: './HealthFacilityPage', title: 'facility.pageTitle', rights: [121101] },
    // admin-medical: a fixed segment (new) beats a parameter
    { path: '/admin/medical-services', page: './ServicesPage', title: 'medical.services.title', rights: [121401] },
    { path: '/admin/medical-services/new', page: './ServicePage', title: 'medical.services.newTitle', rights: [121401, 121402] },
    { path: '/admin/medical-services/:serviceId', page: './ServicePage', title: 'medical.services.pageTitle', rights: [121401] },
    { path: '/admin/medical-items', page: './ItemsPage', title: 'medical.items.title', rights: [122101] },
    { path: '/admin/medical-items/new', page: './ItemPage', title: 'medical.items.newTitle', rights: [122101, 122102] },
    { path: '/admin/medical-items/:itemId', page: './ItemPage', title: 'medical.items.pageTitle', rights: [122101] },
    { path: '/admin/diagnoses', page: './DiagnosesPage', title: 'medical.diagnoses.title', rights: [122201] },
    { path: '/admin/diagnoses/new', page: './DiagnosisPage', title: 'medical.diagnoses.newTitle', rights: [122201, 122202] },
    { path: '/admin/diagnoses/:diagnosisId', page: './DiagnosisPage', title: 'medical.diagnoses.pageTitle', rights: [122201] },
    { path: '/admin/price-lists', page: './PriceListsPage', title: 'priceLists.title', rights: [121201] },
    { path: '/admin/price-lists/new', page: './PriceListPage', title: 'priceList.newTitle', rights: [121201] },
    { path: '/admin/price-lists/:priceListId', page: './PriceListPage', title: 'priceList.pageTitle', rights: [121201] },
    // admin-users: users (121701-121704) and roles (122001-122005)
    { path: '/admin/users', page: './UsersPage', title: 'users.title', rights: [121701] },
    { path: '/admin/users/new', page: './UserPage', title: 'user.newTitle', rights: [121701, 121702] },
    { path: '/admin/users/:userId', page: './UserPage', title: 'user.pageTitle', rights: [121701] },
    { path: '/admin/enrolment-officers', page: './EnrolmentOfficersPage', title: 'officers.title', rights: [121501] },
    { path: '/admin/claim-administrators', page: './ClaimAdministratorsPage', title: 'claimAdministrators.title', rights: [121601] },
    { path: '/admin/roles', page: './RolesPage', title: 'rolesPage.title', rights: [122001] },
    { path: '/admin/roles/new', page: './RolePage', title: 'role.newTitle', rights: [122001, 122002] },
    { path: '/admin/roles/:roleId', page: './RolePage', title: 'role.pageTitle', rights: [122001] },
    // admin-import: the page itself filters by the `registers` query (canExport / canImport)
    { path: '/admin/registers', page: './RegistersPage', title: 'registers.title', anyRights: REGISTER_RIGHTS },
  ],
  slots: [{ name: 'admin.healthFacility.panels', version: '1.0.0', description: 'Panels on a health facility. Props: { healthFacilityId: string }.' }],
  contributions: [],
  // Gzipped KB each page may download beyond the shell (kente-check, the bytes bench): about 30% above today's.
  budgets: {
    pages: {
      '/admin/locations': 20,
      '/admin/health-facilities': 20,
      '/admin/locations/new': 21,
      '/admin/locations/:locationId': 21,
      '/admin/health-facilities/new': 18,
      '/admin/health-facilities/:facilityId': 18,
      '/admin/medical-services': 21,
      '/admin/medical-services/new': 19,
      '/admin/medical-services/:serviceId': 19,
      '/admin/medical-items': 21,
      '/admin/medical-items/new': 19,
      '/admin/medical-items/:itemId': 19,
      '/admin/diagnoses': 21,
      '/admin/diagnoses/new': 19,
      '/admin/diagnoses/:diagnosisId': 19,
      '/admin/price-lists': 18,
      '/admin/price-lists/new': 19,
      '/admin/price-lists/:priceListId': 19,
      '/admin/users': 21,
      '/admin/users/new': 18,
      '/admin/users/:userId': 18,
      '/admin/enrolment-officers': 17,
      '/admin/claim-administrators': 17,
      '/admin/roles': 17,
      '/admin/roles/new': 19,
      '/admin/roles/:roleId': 19,
      '/admin/registers': 20,
    },
  },
  // Reports of this module's backend domain, listed by the report catalogue (mf-reports) as data.
  reports: [
    { name: 'user_activity', label: 'reports.userActivity.label', group: 'reports.groups.administration', description: 'reports.userActivity.description' },
    {
      name: 'registers_status',
      label: 'reports.registersStatus.label',
      group: 'reports.groups.administration',
      description: 'reports.registersStatus.description',
    },
  ],
  i18n: { namespace: 'admin', languages: ['en'], path: 'locales/{{lng}}.json' },
  config: {
    schema: {
      type: 'object',
      properties: {
        registers: {
          type: 'object',
          description: 'The Registers page.',
          properties: {
            jobFromBytes: {
              type: 'integer',
              minimum: 0,
              maximum: 20971520,
              description:
                'A file from this size (bytes) is checked and applied as a job in the journal, with its progress; smaller ones in one request. 0 = every file.',
            },
          },
        },
      },
    },
    defaults: { registers: { jobFromBytes: 1048576 } },
  },
});
