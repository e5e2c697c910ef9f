/** GraphQL documents of the user pages (backend domain `core`, the facility from `medical`); result types come from the schema. */
import { graphql, type ResultOf, USER_ERRORS } from '../graphql.js';

export const USER_AREA = graphql(`
  fragment UserArea on Location { id code name type parent { id name type } }
`);

export const USERS = graphql(
  `
  query AdminUserSearch($filter: UserFilter, $first: Int, $after: String) {
    users(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id username otherNames lastName isActive
          roles { id name nameKey }
          healthFacility { id code name }
          locations { ...UserArea }
        }
      }
    }
  }
`,
  [USER_AREA],
);
export type UserRow = ResultOf<typeof USERS>['users']['edges'][number]['node'];

/** Another enrolment officer, as the substitute picker shows them. */
export const OFFICER_CHOICE = graphql(`
  fragment OfficerChoice on EnrolmentOfficer { id code otherNames lastName }
`);

export const USER_FIELDS_FRAGMENT = graphql(
  `
  fragment UserFields on User {
    id version createdAt updatedAt username otherNames lastName email phone language isActive
    roles { id name nameKey rights }
    healthFacility { id code name }
    locations { ...UserArea }
    officer { code worksTo substitute { ...OfficerChoice } villages { id name parent { id parent { id parent { id } } } } }
    claimAdministrator { code }
  }
`,
  [USER_AREA, OFFICER_CHOICE],
);
export type UserDetails = ResultOf<typeof USER_FIELDS_FRAGMENT>;

/** The substitute picker: enrolment officers of the administrator's area (121501). */
export const SUBSTITUTE_PICKER = graphql(
  `
  query AdminSubstitutePicker($filter: EnrolmentOfficerFilter, $first: Int) {
    enrolmentOfficers(filter: $filter, first: $first) { edges { node { ...OfficerChoice } } }
  }
`,
  [OFFICER_CHOICE],
);

export const USER_BY_ID = graphql(`query AdminUserById($id: ID!) { user(id: $id) { ...UserFields } }`, [USER_FIELDS_FRAGMENT]);

/** What the signed-in administrator may grant: their rights and area (the authority rule), and the roles there are. */
export const GRANTABLE = graphql(`
  query AdminGrantable {
    me { id rights locationIds healthFacility { id } }
    roles(first: 100) { edges { node { id name nameKey rights isBlocked } } }
  }
`);
export type GrantableRole = ResultOf<typeof GRANTABLE>['roles']['edges'][number]['node'];

export const CREATE_USER = graphql(
  `mutation AdminCreateUser($input: CreateUserInput!) { createUser(input: $input) { user { id } errors { ...UserErrors } } }`,
  [USER_ERRORS],
);

export const UPDATE_USER = graphql(
  `mutation AdminUpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { user { ...UserFields } errors { ...UserErrors } } }`,
  [USER_FIELDS_FRAGMENT, USER_ERRORS],
);

export const DELETE_USER = graphql(`mutation AdminDeleteUser($input: DeleteInput!) { deleteUser(input: $input) { errors { ...UserErrors } } }`, [USER_ERRORS]);
