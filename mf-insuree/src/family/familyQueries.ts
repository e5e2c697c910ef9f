/** GraphQL documents of the family pages (backend module `insuree`); their result types come from the schema. */
import { graphql, LOCATION_PATH, type ResultOf, USER_ERRORS } from '../graphql.js';

export const FAMILY_FIELDS = graphql(
  `
  fragment FamilyFields on Family {
    id version head { id insuranceNumber lastName otherNames } village { ...LocationPath }
    povertyStatus familyType confirmationType confirmationNumber address
    members { id version insuranceNumber lastName otherNames gender birthDate relationship status isHead } memberCount createdAt updatedAt
  }
`,
  [LOCATION_PATH],
);

export type FamilyDetails = ResultOf<typeof FAMILY_FIELDS>;
export type FamilyMember = FamilyDetails['members'][number];

export const FAMILY = graphql(`query Family($id: ID!) { family(id: $id) { ...FamilyFields } }`, [FAMILY_FIELDS]);

export const CREATE_FAMILY = graphql(
  `mutation CreateFamily($input: CreateFamilyInput!) { createFamily(input: $input) { family { id } errors { ...UserErrors } } }`,
  [USER_ERRORS],
);

export const UPDATE_FAMILY = graphql(
  `mutation UpdateFamily($input: UpdateFamilyInput!) { updateFamily(input: $input) { family { ...FamilyFields } errors { ...UserErrors } } }`,
  [FAMILY_FIELDS, USER_ERRORS],
);

export const CHANGE_FAMILY_HEAD = graphql(
  `mutation ChangeFamilyHead($input: ChangeFamilyHeadInput!) { changeFamilyHead(input: $input) { family { ...FamilyFields } errors { ...UserErrors } } }`,
  [FAMILY_FIELDS, USER_ERRORS],
);

export const REMOVE_INSUREE = graphql(
  `mutation RemoveInsuree($input: RemoveInsureeInput!) { removeInsuree(input: $input) { insuree { id } errors { ...UserErrors } } }`,
  [USER_ERRORS],
);

export const MOVE_INSUREE = graphql(
  `mutation MoveInsuree($input: MoveInsureeInput!) { moveInsuree(input: $input) { insuree { id } errors { ...UserErrors } } }`,
  [USER_ERRORS],
);
