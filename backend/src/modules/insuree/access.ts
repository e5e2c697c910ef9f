/** Who reads and changes what in the insuree domain: rights, type rules, scope, mutation guards, input bounds. */
import { sql } from 'drizzle-orm';
import type { DomainDefinition } from '../../platform/domain.js';
import { Rights } from '../core/rights.js';
import { families, insuranceNumberBatches, insurees } from './tables.js';

const r = Rights;
/** An enquiry's answer: who the person is and where they are covered, never how to reach them (phones, ids, members). */
const eligibility = [
  'id',
  'insuranceNumber',
  'lastName',
  'otherNames',
  'gender',
  'birthDate',
  'relationship',
  'photo',
  'family',
  'isHead',
  'status',
  'healthFacility',
];

export const insureeAccess = {
  rights: [
    { code: r.familySearch, name: 'familySearch', description: 'Search and view families' },
    { code: r.familyAdd, name: 'familyAdd', description: 'Add families' },
    { code: r.familyEdit, name: 'familyEdit', description: 'Edit families' },
    { code: r.familyDelete, name: 'familyDelete', description: 'Delete families' },
    { code: r.insureeSearch, name: 'insureeSearch', description: 'Search and view insurees' },
    { code: r.insureeAdd, name: 'insureeAdd', description: 'Add insurees, reserve insurance numbers' },
    { code: r.insureeEdit, name: 'insureeEdit', description: 'Edit insurees' },
    { code: r.insureeDelete, name: 'insureeDelete', description: 'Remove insurees' },
    { code: r.insureeEnquire, name: 'insureeEnquire', description: 'Check any insuree by insurance number (eligibility fields only)' },
  ],
  typeRules: {
    // 101105 reads any insuree's eligibility fields and the family's head (for the head's name), never phones or ids.
    Family: { read: [r.familySearch, r.familyAdd, r.familyEdit], scope: 'Family', limited: { read: [r.insureeEnquire], fields: ['id', 'head', 'village'] } },
    Insuree: { read: [r.insureeSearch, r.insureeAdd, r.insureeEdit], scope: 'Insuree', limited: { read: [r.insureeEnquire], fields: eligibility } },
    InsuranceNumberBatch: { read: [r.insureeAdd], scope: 'InsuranceNumberBatch' },
    InsuranceNumberConfig: { read: 'signedIn' },
  },
  scope: {
    Family: { table: families, where: (area) => sql`${families.villageId} = any(${area})` },
    Insuree: { table: insurees, where: (area) => sql`${insurees.familyId} in (select f.id from ${families} f where f.village_id = any(${area}))` },
    InsuranceNumberBatch: { table: insuranceNumberBatches, where: (area) => sql`${insuranceNumberBatches.regionId} = any(${area})` },
  },
  guards: {
    createFamily: { right: r.familyAdd, records: [['Location', (a) => a.input.villageId]] },
    updateFamily: {
      right: r.familyEdit,
      records: [
        ['Family', (a) => a.input.id],
        ['Location', (a) => a.input.villageId],
      ],
    },
    addInsuree: { right: r.insureeAdd, records: [['Family', (a) => a.input.familyId]] },
    updateInsuree: {
      right: r.insureeEdit,
      records: [
        ['Insuree', (a) => a.input.id],
        ['Location', (a) => a.input.currentVillageId],
      ],
    },
    moveInsuree: {
      right: r.insureeEdit,
      records: [
        ['Insuree', (a) => a.input.id],
        ['Family', (a) => a.input.familyId],
      ],
    },
    removeInsuree: { right: r.insureeDelete, records: [['Insuree', (a) => a.input.id]] },
    changeFamilyHead: { right: r.familyEdit, records: [['Family', (a) => a.input.familyId]] },
    setInsureeStatus: { right: r.insureeEdit, records: [['Insuree', (a) => a.input.id]] },
    reserveInsuranceNumbers: { right: r.insureeAdd, records: [['Location', (a) => a.input.regionId]] },
  },
  inputBounds: {
    InsureeInput: insurees,
    UpdateInsureeInput: insurees,
    InsureeFilter: insurees,
    CreateFamilyInput: families,
    UpdateFamilyInput: families,
    FamilyFilter: { headInsuranceNumber: 20, familyType: 1 },
    AddInsureeInput: { relationship: 2 },
    MoveInsureeInput: { relationship: 2 },
    SetInsureeStatusInput: insurees,
  },
} satisfies Partial<DomainDefinition>;
