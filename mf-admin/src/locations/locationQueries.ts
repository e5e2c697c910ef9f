/** GraphQL documents of the location pages (backend domain `location`); result types come from the schema. */
import { graphql, type ResultOf, USER_ERRORS } from '../graphql.js';

/**
 * A location with its parents up to the region (the kit's `LocationNode`: labels and the cascading picker).
 * The parents without their codes: a search page of 25 rows stays well under the server's query cost limit.
 */
export const LOCATION_CHAIN = graphql(`
  fragment LocationChain on Location {
    id code name type parent { id name type parent { id name type parent { id name type } } }
  }
`);

/** The search page: code or name, level, parent. */
export const LOCATIONS = graphql(
  `
  query AdminLocationSearch($filter: LocationFilter, $first: Int, $after: String) {
    locations(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo { hasNextPage endCursor }
      edges { node { ...LocationChain } }
    }
  }
`,
  [LOCATION_CHAIN],
);
export type LocationRow = ResultOf<typeof LOCATIONS>['locations']['edges'][number]['node'];

/** One level of the tree: the children of a location (regions: no parent), a page at a time. */
export const LOCATION_CHILDREN = graphql(`
  query AdminLocationChildren($filter: LocationFilter, $first: Int, $after: String) {
    locations(filter: $filter, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id code name type } }
    }
  }
`);
export type LocationChild = ResultOf<typeof LOCATION_CHILDREN>['locations']['edges'][number]['node'];

export const LOCATION_FIELDS = graphql(
  `
  fragment AdminLocationFields on Location {
    id version createdAt updatedAt code name type parentId parent { ...LocationChain }
  }
`,
  [LOCATION_CHAIN],
);
export type LocationDetails = ResultOf<typeof LOCATION_FIELDS>;

export const LOCATION_BY_ID = graphql(`query AdminLocationById($id: ID!) { location(id: $id) { ...AdminLocationFields } }`, [LOCATION_FIELDS]);

/** The parent a new location goes under (its chain, for the heading). */
export const LOCATION_PARENT = graphql(`query AdminLocationParent($id: ID!) { location(id: $id) { ...LocationChain } }`, [LOCATION_CHAIN]);

export const CREATE_LOCATION = graphql(
  `mutation AdminCreateLocation($input: CreateLocationInput!) { createLocation(input: $input) { location { id } errors { ...UserErrors } } }`,
  [USER_ERRORS],
);

export const UPDATE_LOCATION = graphql(
  `mutation AdminUpdateLocation($input: UpdateLocationInput!) { updateLocation(input: $input) { location { ...AdminLocationFields } errors { ...UserErrors } } }`,
  [LOCATION_FIELDS, USER_ERRORS],
);

export const DELETE_LOCATION = graphql(
  `mutation AdminDeleteLocation($input: VersionedDeleteInput!) { deleteLocation(input: $input) { location { id } errors { ...UserErrors } } }`,
  [USER_ERRORS],
);
