/** Who reads and changes what in the medical domain: rights, type rules, scope, mutation guards, input bounds. */
import { sql } from 'drizzle-orm';
import type { DomainDefinition, RightDeclaration } from '../../platform/domain.js';
import { NATIONAL } from '../../platform/scope.js';
import { Rights } from '../core/rights.js';
import { diagnoses, healthFacilities, medicalItems, medicalServices, priceLists } from './tables.js';

const r = Rights;
const right = (code: number, name: string, description: string): RightDeclaration => ({ code, name, description });
const serviceLists = [r.servicePriceListSearch, r.servicePriceListAdd, r.servicePriceListEdit, r.servicePriceListDelete];
const itemLists = [r.itemPriceListSearch, r.itemPriceListAdd, r.itemPriceListEdit, r.itemPriceListDelete];
const productReaders = [r.productSearch, r.productAdd, r.productEdit, r.productDelete, r.productDuplicate];

/** A facility may use any price list its editor sees (the region's, a national one). */
const facilityLists = [
  ['PriceList', (a: { input: Record<string, unknown> }) => a.input.servicePriceListId, 'visible'],
  ['PriceList', (a: { input: Record<string, unknown> }) => a.input.itemPriceListId, 'visible'],
] as const;

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
    HealthFacilityCatchment: { read: [r.healthFacilitySearch, r.healthFacilityAdd, r.healthFacilityEdit, r.healthFacilityDelete] },
    PriceList: {
      read: [...serviceLists, ...itemLists],
      rightsOf: (row) => (row.kind === 'I' ? itemLists : serviceLists),
      scope: 'PriceList',
    },
    PriceListService: { read: serviceLists },
    PriceListItem: { read: itemLists },
    // Product staff read the services and items a product covers (its covered-lines tabs): the catalogue fields.
    MedicalService: {
      read: [r.medicalServiceSearch, r.medicalServiceAdd, r.medicalServiceEdit, r.medicalServiceDelete, ...serviceLists],
      limited: { read: productReaders, fields: ['id', 'code', 'name', 'type', 'category', 'level', 'careType', 'price'] },
    },
    MedicalItem: {
      read: [r.medicalItemSearch, r.medicalItemAdd, r.medicalItemEdit, r.medicalItemDelete, ...itemLists],
      limited: { read: productReaders, fields: ['id', 'code', 'name', 'type', 'package', 'careType', 'price'] },
    },
    Diagnosis: { read: [r.diagnosisSearch, r.diagnosisAdd, r.diagnosisEdit, r.diagnosisDelete] },
  },
  scope: {
    HealthFacility: { table: healthFacilities, where: (area) => sql`${healthFacilities.locationId} = any(${area})` },
    // A price list belongs to a region or a district (none = national). A scoped user changes those of
    // their area and reads those that apply there: of their area, of the region above, national ones.
    PriceList: {
      table: priceLists,
      where: (area) => sql`${priceLists.locationId} = any(${area})`,
      visible: (area, above) => sql`(${priceLists.locationId} is null or ${priceLists.locationId} = any(${area}) or ${priceLists.locationId} = any(${above}))`,
    },
  },
  guards: {
    createHealthFacility: { right: r.healthFacilityAdd, records: [['Location', (a) => a.input.locationId], ...facilityLists] },
    updateHealthFacility: {
      right: r.healthFacilityEdit,
      records: [['HealthFacility', (a) => a.input.id], ['Location', (a) => a.input.locationId], ...facilityLists],
    },
    deleteHealthFacility: { right: r.healthFacilityDelete, records: [['HealthFacility', (a) => a.input.id]] },
    // no location = a national price list: national users only
    createPriceList: { right: [r.servicePriceListAdd, r.itemPriceListAdd], records: [['Location', (a) => a.input.locationId || NATIONAL]] },
    updatePriceList: {
      right: [r.servicePriceListEdit, r.itemPriceListEdit],
      records: [
        ['PriceList', (a) => a.input.id],
        ['Location', (a) => (a.input.locationId === undefined ? null : a.input.locationId || NATIONAL)],
      ],
    },
    deletePriceList: { right: [r.servicePriceListDelete, r.itemPriceListDelete], records: [['PriceList', (a) => a.input.id]] },
    // the source is one the user sees (their region's, a national one); the new list goes to their area
    duplicatePriceList: {
      right: [r.servicePriceListAdd, r.itemPriceListAdd],
      records: [
        ['PriceList', (a) => a.input.id, 'visible'],
        ['Location', (a) => a.input.locationId || NATIONAL],
      ],
    },
    setPriceListEntries: { right: [r.servicePriceListEdit, r.itemPriceListEdit], records: [['PriceList', (a) => a.input.id]] },
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
    DuplicatePriceListInput: priceLists,
    CreateDiagnosisInput: diagnoses,
    UpdateDiagnosisInput: diagnoses,
  },
} satisfies Partial<DomainDefinition>;
