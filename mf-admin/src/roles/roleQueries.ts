/** GraphQL documents of the role pages (backend domain `core`; the rights catalogue is every domain's own declaration). */
import { graphql, type ResultOf, USER_ERRORS } from '../graphql.js';

export const ROLES = graphql(`
  query AdminRoleSearch($filter: RoleFilter, $first: Int, $after: String) {
    roles(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo { hasNextPage endCursor }
      edges { node { id name nameKey altLanguage isSystem isBlocked rights } }
    }
  }
`);
export type RoleRow = ResultOf<typeof ROLES>['roles']['edges'][number]['node'];

export const ROLE_FIELDS_FRAGMENT = graphql(`
  fragment RoleFields on Role { id version name nameKey altLanguage isSystem isBlocked rights }
`);
export type RoleDetails = ResultOf<typeof ROLE_FIELDS_FRAGMENT>;

export const ROLE_BY_ID = graphql(`query AdminRoleById($id: ID!) { role(id: $id) { ...RoleFields } }`, [ROLE_FIELDS_FRAGMENT]);

/** The rights every backend domain declares (a module that adds rights adds rows), and the administrator's own. */
export const RIGHTS_CATALOGUE = graphql(`
  query AdminRightsCatalogue {
    kente { rights { code name description domain } }
    me { id rights roleIds }
  }
`);
export type CatalogueRight = ResultOf<typeof RIGHTS_CATALOGUE>['kente']['rights'][number];

export const CREATE_ROLE = graphql(
  `mutation AdminCreateRole($input: CreateRoleInput!) { createRole(input: $input) { role { id } errors { ...UserErrors } } }`,
  [USER_ERRORS],
);

export const UPDATE_ROLE = graphql(
  `mutation AdminUpdateRole($input: UpdateRoleInput!) { updateRole(input: $input) { role { ...RoleFields } errors { ...UserErrors } } }`,
  [ROLE_FIELDS_FRAGMENT, USER_ERRORS],
);

export const DELETE_ROLE = graphql(`mutation AdminDeleteRole($input: DeleteInput!) { deleteRole(input: $input) { errors { ...UserErrors } } }`, [USER_ERRORS]);
