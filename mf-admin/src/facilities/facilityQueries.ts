/** GraphQL documents of the health facility pages (backend domain `medical`); result types come from the schema. */
import { graphql, type ResultOf, USER_ERRORS } from '../graphql.js';

/** A facility's district with its region (the kit's `LocationNode`). */
export const FACILITY_DISTRICT = graphql(`
  fragment FacilityDistrict on Location { id code name type parent { id code name type } }
`);

export const FACILITIES = graphql(
  `
  query AdminFacilitySearch($filter: HealthFacilityFilter, $first: Int, $after: String) {
    healthFacilities(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo { hasNextPage endCursor }
      edges { node { id code name level legalForm careType phone location { ...FacilityDistrict } } }
    }
  }
`,
  [FACILITY_DISTRICT],
);
export type FacilityRow = ResultOf<typeof FACILITIES>['healthFacilities']['edges'][number]['node'];

export const FACILITY_FIELDS = graphql(
  `
  fragment AdminFacilityFields on HealthFacility {
    id version createdAt updatedAt code name level legalForm careType locationId location { ...FacilityDistrict }
    address phone email fax accCode servicePriceList { id name } itemPriceList { id name }
    catchments { locationId percent location { id code name } }
  }
`,
  [FACILITY_DISTRICT],
);
export type FacilityDetails = ResultOf<typeof FACILITY_FIELDS>;

export const FACILITY_BY_ID = graphql(`query AdminFacilityById($id: ID!) { healthFacility(id: $id) { ...AdminFacilityFields } }`, [FACILITY_FIELDS]);

/** The price lists of one kind a facility may use (the few of the scheme: filtered by location on the page; scalars only, for the query cost limit). */
export const PRICE_LISTS = graphql(`
  query AdminFacilityPriceLists($kind: String!) {
    priceLists(filter: { kind: $kind }, first: 100) { edges { node { id name locationId } } }
  }
`);
export type PriceListOption = ResultOf<typeof PRICE_LISTS>['priceLists']['edges'][number]['node'];

export const CREATE_FACILITY = graphql(
  `mutation AdminCreateFacility($input: CreateHealthFacilityInput!) { createHealthFacility(input: $input) { healthFacility { id } errors { ...UserErrors } } }`,
  [USER_ERRORS],
);

export const UPDATE_FACILITY = graphql(
  `mutation AdminUpdateFacility($input: UpdateHealthFacilityInput!) {
    updateHealthFacility(input: $input) { healthFacility { ...AdminFacilityFields } errors { ...UserErrors } }
  }`,
  [FACILITY_FIELDS, USER_ERRORS],
);

export const DELETE_FACILITY = graphql(
  `mutation AdminDeleteFacility($input: VersionedDeleteInput!) { deleteHealthFacility(input: $input) { healthFacility { id } errors { ...UserErrors } } }`,
  [USER_ERRORS],
);

/** A village chosen for the catchment: its code and name for the line. */
export const CATCHMENT_VILLAGE = graphql(`query AdminCatchmentVillage($id: ID!) { location(id: $id) { id code name type } }`);
