import { defineModule } from '@kente/sdk/contract';

export default defineModule({
  description: 'Families/groups, insurees, enquiry, insurance numbers and cards.',
  requires: { sdk: '^1.0.0' },
  menu: [
    { id: 'families', section: 'insurees', label: 'menu.families', icon: 'family', route: '/insurees/families', order: 10, rights: [101001] },
    { id: 'enquiry', section: 'insurees', label: 'menu.enquiry', icon: 'search', route: '/insurees/enquiry', order: 30, rights: [101101] },
  ],
  routes: [
    { path: '/insurees/families', page: './FamiliesPage', title: 'families.title', rights: [101001] },
    { path: '/insurees/families/:familyId', page: './FamilyPage', title: 'family.title', rights: [101001] },
    { path: '/insurees/enquiry', page: './EnquiryPage', title: 'enquiry.title', rights: [101101] },
  ],
  slots: [
    { name: 'insuree.family.panels', version: '1.0.0', description: 'Panels on the family page. Props: { familyId: string }.' },
    { name: 'insuree.insuree.panels', version: '1.0.0', description: 'Panels on the insuree page. Props: { insureeId: string, insuranceNumber: string }.' },
    { name: 'insuree.enquiry.panels', version: '1.0.0', description: 'Answers shown under an enquiry. Props: { insuranceNumber: string }.' },
  ],
  contributions: [],
  i18n: { namespace: 'insuree', languages: ['en'], path: 'locales/{{lng}}.json' },
  config: {
    schema: {
      type: 'object',
      properties: { insuranceNumberPattern: { type: 'string', description: 'Regular expression an insurance number must match.' } },
    },
    defaults: { insuranceNumberPattern: '^[0-9]{9}$' },
  },
});
