/** GraphQL documents of the medical pages (backend domain `medical`); result types come from the schema. */
import { graphql, type ResultOf, USER_ERRORS } from '../graphql.js';

export const SERVICE_FIELDS = graphql(`
  fragment AdminServiceFields on MedicalService {
    id version code name type category level price careType patientCategory frequency active
  }
`);
export const ITEM_FIELDS = graphql(`
  fragment AdminItemFields on MedicalItem {
    id version code name type package price careType patientCategory frequency active
  }
`);
export const DIAGNOSIS_FIELDS = graphql(`fragment AdminDiagnosisFields on Diagnosis { id version code name active }`);

export const SERVICES = graphql(
  `query AdminServices($filter: MedicalServiceFilter, $first: Int, $after: String) {
    medicalServices(filter: $filter, first: $first, after: $after) { totalCount totalCountCapped pageInfo { hasNextPage endCursor } edges { node { ...AdminServiceFields } } }
  }`,
  [SERVICE_FIELDS],
);
export const ITEMS = graphql(
  `query AdminItems($filter: MedicalItemFilter, $first: Int, $after: String) {
    medicalItems(filter: $filter, first: $first, after: $after) { totalCount totalCountCapped pageInfo { hasNextPage endCursor } edges { node { ...AdminItemFields } } }
  }`,
  [ITEM_FIELDS],
);
export const DIAGNOSES = graphql(
  `query AdminDiagnoses($filter: DiagnosisFilter, $first: Int, $after: String) {
    diagnoses(filter: $filter, first: $first, after: $after) { totalCount totalCountCapped pageInfo { hasNextPage endCursor } edges { node { ...AdminDiagnosisFields } } }
  }`,
  [DIAGNOSIS_FIELDS],
);
export type ServiceRow = ResultOf<typeof SERVICE_FIELDS>;
export type ItemRow = ResultOf<typeof ITEM_FIELDS>;
export type DiagnosisRow = ResultOf<typeof DIAGNOSIS_FIELDS>;

export const SERVICE_BY_ID = graphql(`query AdminServiceById($id: ID!) { medicalService(id: $id) { ...AdminServiceFields } }`, [SERVICE_FIELDS]);
export const ITEM_BY_ID = graphql(`query AdminItemById($id: ID!) { medicalItem(id: $id) { ...AdminItemFields } }`, [ITEM_FIELDS]);
export const DIAGNOSIS_BY_ID = graphql(`query AdminDiagnosisById($id: ID!) { diagnosis(id: $id) { ...AdminDiagnosisFields } }`, [DIAGNOSIS_FIELDS]);

export const CREATE_SERVICE = graphql(
  `mutation AdminCreateService($input: CreateMedicalServiceInput!) { createMedicalService(input: $input) { medicalService { id } errors { ...UserErrors } } }`,
  [USER_ERRORS],
);
export const UPDATE_SERVICE = graphql(
  `mutation AdminUpdateService($input: UpdateMedicalServiceInput!) { updateMedicalService(input: $input) { medicalService { ...AdminServiceFields } errors { ...UserErrors } } }`,
  [SERVICE_FIELDS, USER_ERRORS],
);
export const DELETE_SERVICE = graphql(
  `mutation AdminDeleteService($input: VersionedDeleteInput!) { deleteMedicalService(input: $input) { errors { ...UserErrors } } }`,
  [USER_ERRORS],
);
export const CREATE_ITEM = graphql(
  `mutation AdminCreateItem($input: CreateMedicalItemInput!) { createMedicalItem(input: $input) { medicalItem { id } errors { ...UserErrors } } }`,
  [USER_ERRORS],
);
export const UPDATE_ITEM = graphql(
  `mutation AdminUpdateItem($input: UpdateMedicalItemInput!) { updateMedicalItem(input: $input) { medicalItem { ...AdminItemFields } errors { ...UserErrors } } }`,
  [ITEM_FIELDS, USER_ERRORS],
);
export const DELETE_ITEM = graphql(
  `mutation AdminDeleteItem($input: VersionedDeleteInput!) { deleteMedicalItem(input: $input) { errors { ...UserErrors } } }`,
  [USER_ERRORS],
);
export const CREATE_DIAGNOSIS = graphql(
  `mutation AdminCreateDiagnosis($input: CreateDiagnosisInput!) { createDiagnosis(input: $input) { diagnosis { id code } errors { ...UserErrors } } }`,
  [USER_ERRORS],
);
export const UPDATE_DIAGNOSIS = graphql(
  `mutation AdminUpdateDiagnosis($input: UpdateDiagnosisInput!) { updateDiagnosis(input: $input) { diagnosis { ...AdminDiagnosisFields } errors { ...UserErrors } } }`,
  [DIAGNOSIS_FIELDS, USER_ERRORS],
);
export const DELETE_DIAGNOSIS = graphql(
  `mutation AdminDeleteDiagnosis($input: VersionedDeleteInput!) { deleteDiagnosis(input: $input) { errors { ...UserErrors } } }`,
  [USER_ERRORS],
);

/** Deactivate / reactivate (openIMIS validity): the edit right, versioned. */
export const DEACTIVATE_SERVICE = graphql(
  `mutation AdminDeactivateService($input: VersionedDeleteInput!) { deactivateMedicalService(input: $input) { medicalService { ...AdminServiceFields } errors { ...UserErrors } } }`,
  [SERVICE_FIELDS, USER_ERRORS],
);
export const REACTIVATE_SERVICE = graphql(
  `mutation AdminReactivateService($input: VersionedDeleteInput!) { reactivateMedicalService(input: $input) { medicalService { ...AdminServiceFields } errors { ...UserErrors } } }`,
  [SERVICE_FIELDS, USER_ERRORS],
);
export const DEACTIVATE_ITEM = graphql(
  `mutation AdminDeactivateItem($input: VersionedDeleteInput!) { deactivateMedicalItem(input: $input) { medicalItem { ...AdminItemFields } errors { ...UserErrors } } }`,
  [ITEM_FIELDS, USER_ERRORS],
);
export const REACTIVATE_ITEM = graphql(
  `mutation AdminReactivateItem($input: VersionedDeleteInput!) { reactivateMedicalItem(input: $input) { medicalItem { ...AdminItemFields } errors { ...UserErrors } } }`,
  [ITEM_FIELDS, USER_ERRORS],
);
export const DEACTIVATE_DIAGNOSIS = graphql(
  `mutation AdminDeactivateDiagnosis($input: VersionedDeleteInput!) { deactivateDiagnosis(input: $input) { diagnosis { ...AdminDiagnosisFields } errors { ...UserErrors } } }`,
  [DIAGNOSIS_FIELDS, USER_ERRORS],
);
export const REACTIVATE_DIAGNOSIS = graphql(
  `mutation AdminReactivateDiagnosis($input: VersionedDeleteInput!) { reactivateDiagnosis(input: $input) { diagnosis { ...AdminDiagnosisFields } errors { ...UserErrors } } }`,
  [DIAGNOSIS_FIELDS, USER_ERRORS],
);

export const PRICE_LIST_FIELDS = graphql(`
  fragment AdminPriceListFields on PriceList {
    id version kind name locationId location { id code name type parent { id name type } }
  }
`);
export type PriceListDetails = ResultOf<typeof PRICE_LIST_FIELDS>;

export const PRICE_LISTS = graphql(
  `query AdminPriceLists($filter: PriceListFilter, $first: Int, $after: String) {
    priceLists(filter: $filter, first: $first, after: $after) { totalCount totalCountCapped pageInfo { hasNextPage endCursor } edges { node { ...AdminPriceListFields } } }
  }`,
  [PRICE_LIST_FIELDS],
);
export const PRICE_LIST_BY_ID = graphql(`query AdminPriceListById($id: ID!) { priceList(id: $id) { ...AdminPriceListFields } }`, [PRICE_LIST_FIELDS]);

/** A price list's lines, server-paged and searched (services or items by the list's kind). */
export const PRICE_LIST_SERVICES = graphql(`
  query AdminPriceListServices($id: ID!, $search: String, $first: Int, $after: String) {
    priceList(id: $id) { id version services(search: $search, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { priceOverride price service { id code name price careType } } }
    } }
  }
`);
export const PRICE_LIST_ITEMS = graphql(`
  query AdminPriceListItems($id: ID!, $search: String, $first: Int, $after: String) {
    priceList(id: $id) { id version items(search: $search, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { priceOverride price item { id code name price careType } } }
    } }
  }
`);

export const CREATE_PRICE_LIST = graphql(
  `mutation AdminCreatePriceList($input: CreatePriceListInput!) { createPriceList(input: $input) { priceList { id } errors { ...UserErrors } } }`,
  [USER_ERRORS],
);
export const UPDATE_PRICE_LIST = graphql(
  `mutation AdminUpdatePriceList($input: UpdatePriceListInput!) { updatePriceList(input: $input) { priceList { ...AdminPriceListFields } errors { ...UserErrors } } }`,
  [PRICE_LIST_FIELDS, USER_ERRORS],
);
export const DELETE_PRICE_LIST = graphql(
  `mutation AdminDeletePriceList($input: VersionedDeleteInput!) { deletePriceList(input: $input) { errors { ...UserErrors } } }`,
  [USER_ERRORS],
);
export const SET_PRICE_LIST_ENTRIES = graphql(
  `mutation AdminSetPriceListEntries($input: SetPriceListEntriesInput!) { setPriceListEntries(input: $input) { priceList { id version } errors { ...UserErrors } } }`,
  [USER_ERRORS],
);
export const DUPLICATE_PRICE_LIST = graphql(
  `mutation AdminDuplicatePriceList($input: DuplicatePriceListInput!) { duplicatePriceList(input: $input) { priceList { id } errors { ...UserErrors } } }`,
  [USER_ERRORS],
);
