/** The medical domain's SDL. */
import { connectionArgs, connectionType } from '../../graphql/connection.js';

export const typeDefs = /* GraphQL */ `
  type HealthFacility {
    id: ID!
    code: String!
    name: String!
    "D dispensary, C health centre, H hospital"
    level: String!
    "G government, C charity, P private, D district organisation"
    legalForm: String!
    "I in-patient, O out-patient, B both"
    careType: String!
    locationId: ID!
    "The district the facility sits in"
    location: Location
    address: String
    phone: String
    email: String
    fax: String
    "The facility's code in the scheme's accounts (openIMIS HFAccCode)"
    accCode: String
    servicePriceList: PriceList
    itemPriceList: PriceList
    "The villages the facility serves (openIMIS catchment), by village code"
    catchments: [HealthFacilityCatchment!]!
    version: Int!
    createdAt: DateTime!
    updatedAt: DateTime!
  }
  type MedicalService {
    id: ID!
    code: String!
    name: String!
    "P preventive, C curative"
    type: String!
    "S surgery, D delivery, A antenatal, H hospitalisation, C consultation, O other"
    category: String!
    "S simple service, V visit, D day of stay, H hospital case"
    level: String!
    price: Decimal!
    careType: String!
    "who may receive it (claim check 4): bitmask 1 male, 2 female, 4 adult, 8 minor; 0 or 15 anyone"
    patientCategory: Int!
    "days between two provisions to one insuree (claim check 5); null = no limit"
    frequency: Int
    "false = deactivated (openIMIS validity closed): offered in no picker, refused on a new claim line, kept on claims that name it"
    active: Boolean!
    version: Int!
  }
  type MedicalItem {
    id: ID!
    code: String!
    name: String!
    "D drug, M medical consumable"
    type: String!
    package: String
    price: Decimal!
    careType: String!
    "who may receive it (claim check 4): bitmask 1 male, 2 female, 4 adult, 8 minor; 0 or 15 anyone"
    patientCategory: Int!
    "days between two provisions to one insuree (claim check 5); null = no limit"
    frequency: Int
    "false = deactivated (openIMIS validity closed): offered in no picker, refused on a new claim line, kept on claims that name it"
    active: Boolean!
    version: Int!
  }
  type PriceListService { service: MedicalService!, priceOverride: Decimal, "override or the service price" price: Decimal! }
  type PriceListItem { item: MedicalItem!, priceOverride: Decimal, price: Decimal! }
  type PriceListServiceEdge { cursor: String!, node: PriceListService! }
  type PriceListItemEdge { cursor: String!, node: PriceListItem! }
  type PriceListServiceConnection { edges: [PriceListServiceEdge!]!, pageInfo: PageInfo! }
  type PriceListItemConnection { edges: [PriceListItemEdge!]!, pageInfo: PageInfo! }
  type PriceList {
    id: ID!
    "S medical services, I medical items"
    kind: String!
    name: String!
    locationId: ID
    location: Location
    version: Int!
    services(search: String, first: Int, after: String): PriceListServiceConnection!
    items(search: String, first: Int, after: String): PriceListItemConnection!
  }
  type Diagnosis { id: ID!, code: String!, name: String!, "false = deactivated" active: Boolean!, version: Int! }

  "A village a facility serves (openIMIS HFCatchment) and the share of its people the facility serves"
  type HealthFacilityCatchment { location: Location, locationId: ID!, "0-100" percent: Int! }
  input CatchmentInput { "a village" locationId: ID!, "0-100" percent: Int! }

  ${connectionType('HealthFacility')}
  ${connectionType('MedicalService')}
  ${connectionType('MedicalItem')}
  ${connectionType('PriceList')}
  ${connectionType('Diagnosis')}

  input HealthFacilityFilter { search: String, level: String, legalForm: String, careType: String, "district, or a region (facilities of its districts)" locationId: ID }
  input MedicalServiceFilter { search: String, type: String, category: String, level: String, careType: String, "only services on this price list" priceListId: ID, "only services not yet on this price list (to add lines)" notOnPriceListId: ID, "deactivated ones too (default: active only)" includeInactive: Boolean }
  input MedicalItemFilter { search: String, type: String, careType: String, priceListId: ID, notOnPriceListId: ID, includeInactive: Boolean }
  input PriceListFilter { kind: String, search: String, "lists of this region or district; national lists with nationalOnly" locationId: ID, nationalOnly: Boolean }
  input DiagnosisFilter { search: String, "deactivated ones too (default: active only)" includeInactive: Boolean }

  extend type Me { healthFacility: HealthFacility }
  extend type User { "The facility the user works at (claim administrator, receptionist)" healthFacility: HealthFacility }
  extend type EnrolmentOfficer { "The facility the officer's user works at, if any" healthFacility: HealthFacility }
  extend type ClaimAdministrator { "The facility the claim administrator works at (the user's)" healthFacility: HealthFacility }
  # a type extension: the medical domain adds a field backed by its own table
  extend type Location { "Health facilities in this location that you may see" healthFacilityCount: Int! }

  extend type Query {
    healthFacilities(filter: HealthFacilityFilter, ${connectionArgs}): HealthFacilityConnection!
    healthFacility(id: ID!): HealthFacility
    medicalServices(filter: MedicalServiceFilter, ${connectionArgs}): MedicalServiceConnection!
    medicalService(id: ID!): MedicalService
    medicalItems(filter: MedicalItemFilter, ${connectionArgs}): MedicalItemConnection!
    medicalItem(id: ID!): MedicalItem
    priceLists(filter: PriceListFilter, ${connectionArgs}): PriceListConnection!
    priceList(id: ID!): PriceList
    diagnoses(filter: DiagnosisFilter, ${connectionArgs}): DiagnosisConnection!
    diagnosis(id: ID!): Diagnosis
  }

  input CreateHealthFacilityInput {
    code: String!, name: String!, level: String!, legalForm: String!, careType: String!, locationId: ID!,
    address: String, phone: String, email: String, fax: String, accCode: String, servicePriceListId: ID, itemPriceListId: ID
  }
  input UpdateHealthFacilityInput {
    id: ID!, version: Int!, code: String, name: String, level: String, legalForm: String, careType: String, locationId: ID,
    address: String, phone: String, email: String, fax: String, accCode: String, servicePriceListId: ID, itemPriceListId: ID,
    "the whole catchment (villages, each once, 0-100 %); absent = unchanged"
    catchments: [CatchmentInput!]
  }
  type HealthFacilityPayload { healthFacility: HealthFacility, errors: [UserError!]! }

  input CreateMedicalServiceInput { code: String!, name: String!, type: String!, category: String, level: String, price: Decimal!, careType: String!, patientCategory: Int, frequency: Int }
  input UpdateMedicalServiceInput { id: ID!, version: Int!, code: String, name: String, type: String, category: String, level: String, price: Decimal, careType: String, patientCategory: Int, frequency: Int }
  type MedicalServicePayload { medicalService: MedicalService, errors: [UserError!]! }

  input CreateMedicalItemInput { code: String!, name: String!, type: String!, package: String, price: Decimal!, careType: String!, patientCategory: Int, frequency: Int }
  input UpdateMedicalItemInput { id: ID!, version: Int!, code: String, name: String, type: String, package: String, price: Decimal, careType: String, patientCategory: Int, frequency: Int }
  type MedicalItemPayload { medicalItem: MedicalItem, errors: [UserError!]! }

  input CreatePriceListInput { kind: String!, name: String!, locationId: ID }
  input DuplicatePriceListInput { "the list to copy" id: ID!, name: String!, "the new list's region or district; none = national" locationId: ID }
  input UpdatePriceListInput { id: ID!, version: Int!, name: String, locationId: ID }
  input PriceListEntryInput { "service or item id" id: ID!, "null = the service or item price" priceOverride: Decimal }
  input SetPriceListEntriesInput { id: ID!, version: Int!, "added or changed entries" upsert: [PriceListEntryInput!], "service or item ids to take off the list" remove: [ID!] }
  type PriceListPayload { priceList: PriceList, errors: [UserError!]! }

  input CreateDiagnosisInput { code: String!, name: String! }
  input UpdateDiagnosisInput { id: ID!, version: Int!, code: String, name: String }
  type DiagnosisPayload { diagnosis: Diagnosis, errors: [UserError!]! }

  extend type Mutation {
    createHealthFacility(input: CreateHealthFacilityInput!): HealthFacilityPayload!
    updateHealthFacility(input: UpdateHealthFacilityInput!): HealthFacilityPayload!
    deleteHealthFacility(input: VersionedDeleteInput!): HealthFacilityPayload!
    createMedicalService(input: CreateMedicalServiceInput!): MedicalServicePayload!
    updateMedicalService(input: UpdateMedicalServiceInput!): MedicalServicePayload!
    deleteMedicalService(input: VersionedDeleteInput!): MedicalServicePayload!
    "Closes its validity (the edit right): kept for the claims that name it, offered nowhere new"
    deactivateMedicalService(input: VersionedDeleteInput!): MedicalServicePayload!
    reactivateMedicalService(input: VersionedDeleteInput!): MedicalServicePayload!
    createMedicalItem(input: CreateMedicalItemInput!): MedicalItemPayload!
    updateMedicalItem(input: UpdateMedicalItemInput!): MedicalItemPayload!
    deleteMedicalItem(input: VersionedDeleteInput!): MedicalItemPayload!
    "Closes its validity (the edit right): kept for the claims that name it, offered nowhere new"
    deactivateMedicalItem(input: VersionedDeleteInput!): MedicalItemPayload!
    reactivateMedicalItem(input: VersionedDeleteInput!): MedicalItemPayload!
    createPriceList(input: CreatePriceListInput!): PriceListPayload!
    updatePriceList(input: UpdatePriceListInput!): PriceListPayload!
    deletePriceList(input: VersionedDeleteInput!): PriceListPayload!
    setPriceListEntries(input: SetPriceListEntriesInput!): PriceListPayload!
    "A new list of the same kind with the source's lines and price overrides, for another location"
    duplicatePriceList(input: DuplicatePriceListInput!): PriceListPayload!
    createDiagnosis(input: CreateDiagnosisInput!): DiagnosisPayload!
    updateDiagnosis(input: UpdateDiagnosisInput!): DiagnosisPayload!
    deleteDiagnosis(input: VersionedDeleteInput!): DiagnosisPayload!
    "Closes its validity (the edit right): kept for the claims that name it, offered nowhere new"
    deactivateDiagnosis(input: VersionedDeleteInput!): DiagnosisPayload!
    reactivateDiagnosis(input: VersionedDeleteInput!): DiagnosisPayload!
  }
`;
