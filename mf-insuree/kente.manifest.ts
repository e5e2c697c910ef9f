// The slots' props contracts (type-only: the manifest stays plain data); this turns
// the <Slot> checks on in this module's program.
import type {} from '@kente/contract-insuree/slots';
import { defineModule } from '@kente/sdk/contract';

/** Rights (openIMIS codes): 101001 family search, 101002 add, 101003 edit; 101101 insuree search, 101102 add, 101103 edit, 101104 delete, 101105 enquire. */
export default defineModule({
  description: 'Families/groups, insurees, enquiry, insurance numbers and cards.',
  requires: {
    sdk: '^1.1.0',
    backend: { insuree: '^1.0.0', location: '^1.0.0', medical: '^1.0.0' },
    slots: { 'insuree.picker.family': '^1.0.0', 'insuree.picker.insuree': '^1.0.0' },
  },
  menu: [
    { id: 'families', section: 'insurees', label: 'menu.families', icon: 'family', route: '/insurees/families', order: 10, rights: [101001] },
    { id: 'insurees', section: 'insurees', label: 'menu.insurees', icon: 'person', route: '/insurees/insurees', order: 20, rights: [101101] },
    { id: 'enquiry', section: 'insurees', label: 'menu.enquiry', icon: 'search', route: '/insurees/enquiry', order: 30, rights: [101105] },
    { id: 'numbers', section: 'insurees', label: 'menu.numbers', icon: 'badge', route: '/insurees/numbers', order: 35, rights: [101101, 101102] },
  ],
  routes: [
    { path: '/insurees/families', page: './FamiliesPage', title: 'families.title', rights: [101001] },
    // A fixed segment beats a parameter: /insurees/families/new is enrolment, not a family id.
    { path: '/insurees/families/new', page: './NewFamilyPage', title: 'newFamily.title', rights: [101001, 101002] },
    { path: '/insurees/families/:familyId', page: './FamilyPage', title: 'family.pageTitle', rights: [101001] },
    { path: '/insurees/families/:familyId/members/new', page: './AddMemberPage', title: 'addMember.title', rights: [101001, 101102] },
    { path: '/insurees/insurees', page: './InsureesPage', title: 'insurees.title', rights: [101101] },
    { path: '/insurees/insurees/:insureeId', page: './InsureePage', title: 'insuree.title', rights: [101101] },
    { path: '/insurees/enquiry', page: './EnquiryPage', title: 'enquiry.title', rights: [101105] },
    { path: '/insurees/numbers', page: './InsuranceNumbersPage', title: 'numbers.title', rights: [101101, 101102] },
  ],
  slots: [
    { name: 'insuree.family.panels', version: '1.0.0', description: 'Panels on the family page. Props: { familyId: string }.' },
    { name: 'insuree.insuree.panels', version: '1.0.0', description: 'Panels on the insuree page. Props: { insureeId: string, insuranceNumber: string }.' },
    { name: 'insuree.enquiry.panels', version: '1.0.0', description: 'Answers shown under an enquiry. Props: { insuranceNumber: string }.' },
    {
      name: 'insuree.picker.insuree',
      version: '1.0.0',
      single: true,
      description:
        'An insuree picker searching the server by insurance number or name; render it with <Slot>. Props: { value: { id, insuranceNumber, lastName, otherNames } | null, onChange(value | null): void, label?: string, required?: boolean, disabled?: boolean, error?: string }. mf-insuree contributes the picker; only the first visible contribution is meant to render.',
    },
    {
      name: 'insuree.picker.family',
      version: '1.0.0',
      single: true,
      description:
        "A family/group picker searching the server by the head's insurance number or a member's name; render it with <Slot>. Props: { value: { id, headInsuranceNumber, headName, village } | null, onChange(value | null): void, label?: string, required?: boolean, disabled?: boolean, error?: string }. mf-insuree contributes the picker.",
    },
  ],
  contributions: [
    { id: 'insuree-picker', slot: 'insuree.picker.insuree', component: './InsureePicker', rights: [101101] },
    { id: 'family-picker', slot: 'insuree.picker.family', component: './FamilyPicker', rights: [101001] },
  ],
  // Gzipped KB each page may download beyond the shell (kente-check, the bytes bench): about 30% above today's.
  budgets: {
    pages: {
      '/insurees/families': 17,
      '/insurees/families/new': 16,
      '/insurees/families/:familyId': 21,
      '/insurees/families/:familyId/members/new': 16,
      '/insurees/insurees': 19,
      '/insurees/insurees/:insureeId': 23,
      '/insurees/enquiry': 23,
      '/insurees/numbers': 20,
    },
  },
  // Reports of this module's backend domain, listed by the report catalogue (mf-reports) as data.
  reports: [
    {
      name: 'insuree_missing_photo',
      label: 'reports.insureesWithoutPhoto.label',
      group: 'reports.groups.insurees',
      description: 'reports.insureesWithoutPhoto.description',
    },
    {
      name: 'insurees_pending_enrollment',
      label: 'reports.insureesPendingEnrolment.label',
      group: 'reports.groups.insurees',
      description: 'reports.insureesPendingEnrolment.description',
    },
    {
      name: 'insuree_family_overview',
      label: 'reports.familyOverview.label',
      group: 'reports.groups.insurees',
      description: 'reports.familyOverview.description',
    },
    {
      name: 'enrolled_families',
      label: 'reports.enrolledFamilies.label',
      group: 'reports.groups.insurees',
      description: 'reports.enrolledFamilies.description',
    },
  ],
  i18n: { namespace: 'insuree', languages: ['en'], path: 'locales/{{lng}}.json' },
  config: {
    schema: {
      type: 'object',
      properties: {
        insuranceNumber: {
          type: 'object',
          description: 'Insurance number format, validated by the console and the server alike (a country pack may change it).',
          properties: {
            length: { type: 'integer', minimum: 4, maximum: 20, description: 'Total digits, check digit included.' },
            checkDigit: { enum: ['mod7', 'none'], description: 'mod7: the last digit is the other digits as a number, mod 7.' },
          },
        },
      },
    },
    defaults: { insuranceNumber: { length: 9, checkDigit: 'mod7' } },
  },
});
