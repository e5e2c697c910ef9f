/** Who reads and changes what in the medical domain: rights, type rules, scope, mutation guards, input bounds. */
import { sql } from 'drizzle-orm';
import type { DomainDefinition, RightDeclaration } from '../../platform/domain.js';
import { Rights } from '../core/rights.js';
import { diagnoses, healthFacilities, medicalItems, medicalServices, priceLists } from './tables.js';

const r = Rights;
const right = (code: number, name: string, description: string): RightDeclaration => ({ code, name, description });
const serviceLists = [r.servicePriceListSearch, r.servicePriceListAdd, r.servicePriceListEdit, r.servicePriceListDelete];
const itemLists = [r.itemPriceListSearch, r.itemPriceListAdd, r.itemPriceListEdit, r.itemPriceListDelete];

export const medicalAccess = {
  rights: [
    right(r.healthFacilitySearch, 'healthFacilitySearch', 'Search and view health facilities'),
    right(r.healthFacilityAdd, 'healthFacilityAdd', 'Add health facilities'),
    right(r.healthFacilityEdit, 'healthFacilityEdit', 'Edit health facilities'),
    right(r.healthFacilityDelete, 'healthFacilityDelete', 'Delete health facilities'),
    right(r.servicePriceListSearch, 'servicePriceListSearch', 'Search and view medical services price lists'),
    right(r.servicePriceListAdd, 'servicePriceListAdd', 'Add medical services price lists'),
    right(r.servicePriceListEdit, 'servicePriceListEdit', 'Edit medical services price lists'),
    right(r.servicePriceListDelete, 'servicePriceListDelete', 'Delete medical services price lists'),
    right(r.itemPriceListSearch, 'itemPriceListSearch', 'Search and view medical items price lists'),
    right(r.itemPriceListAdd, 'itemPriceListAdd', 'Add medical items price lists'),
    right(r.itemPriceListEdit, 'itemPriceListEdit', 'Edit medical items price lists'),
    right(r.itemPriceListDelete, 'itemPriceListDelete', 'Delete medical items price lists'),
    right(r.medicalServiceSearch, 'medicalServiceSearch', 'Search and view medical services'),
    right(r.medicalServiceAdd, 'medicalServiceAdd', 'Add medical services'),
    right(r.medicalServiceEdit, 'medicalServiceEdit', 'Edit medical services'),
    right(r.medicalServiceDelete, 'medicalServiceDelete', 'Delete medical services'),
    right(r.medicalItemSearch, 'medicalItemSearch', 'Search and view medical items'),
    right(r.medicalItemAdd, 'medicalItemAdd', 'Add medical items'),
    right(r.medicalItemEdit, 'medicalItemEdit', 'Edit medical items'),
    right(r.medicalItemDelete, 'medicalItemDelete', 'Delete medical items'),
    right(r.diagnosisSearch, 'diagnosisSearch', 'Search and view diagnoses'),
    right(r.diagnosisAdd, 'diagnosisAdd', 'Add diagnoses'),
    right(r.diagnosisEdit, 'diagnosisEdit', 'Edit diagnoses'),
    right(r.diagnosisDelete, 'diagnosisDelete', 'Delete diagnoses'),
  ],
  typeRules: {
    // Any signed-in user may see the name of a facility another record points at (their own, an insuree's first service point).
    HealthFacility: {
      read: [r.healthFacilitySearch, r.healthFacilityAdd, r.healthFacilityEdit, r.healthFacilityDelete],
      scope: 'HealthFacility',
      limited: { read: 'public', fields: ['id', 'code', 'name', 'level', 'locationId', 'location'] },
    },
    PriceList: {
      read: [...serviceLists, ...itemLists],
      rightsOf: (row) => (row.kind === 'I' ? itemLists : serviceLists),
    },
    PriceListService: { read: serviceLists },
    PriceListItem: { read: itemLists },
    MedicalService: { read: [r.medicalServiceSearch, r.medicalServiceAdd, r.medicalServiceEdit, r.medicalServiceDelete, ...serviceLists] },
    MedicalItem: { read: [r.medicalItemSearch, r.medicalItemAdd, r.medicalItemEdit, r.medicalItemDelete, ...itemLists] },
    Diagnosis: { read: [r.diagnosisSearch, r.diagnosisAdd, r.diagnosisEdit, r.diagnosisDelete] },
  },
  scope: { HealthFacility: { table: healthFacilities, where: (area) => sql`${healthFacilities.locationId} = any(${area})` } },
  guards: {
    createHealthFacility: { right: r.healthFacilityAdd, records: [['Location', (a) => a.input.locationId]] },
    updateHealthFacility: {
      right: r.healthFacilityEdit,
      records: [
        ['HealthFacility', (a) => a.input.id],
        ['Location', (a) => a.input.locationId],
      ],
    },
    deleteHealthFacility: { right: r.healthFacilityDelete, records: [['HealthFacility', (a) => a.input.id]] },
  },
  inputBounds: {
    CreateHealthFacilityInput: healthFacilities,
    UpdateHealthFacilityInput: healthFacilities,
    HealthFacilityFilter: healthFacilities,
    CreateMedicalServiceInput: medicalServices,
    UpdateMedicalServiceInput: medicalServices,
    MedicalServiceFilter: medicalServices,
    CreateMedicalItemInput: medicalItems,
    UpdateMedicalItemInput: medicalItems,
    MedicalItemFilter: medicalItems,
    CreatePriceListInput: priceLists,
    UpdatePriceListInput: priceLists,
    PriceListFilter: priceLists,
    CreateDiagnosisInput: diagnoses,
    UpdateDiagnosisInput: diagnoses,
  },
} satisfies Partial<DomainDefinition>;
