/** GraphQL documents and shapes of the family pages (backend module `insuree`). */
import { LOCATION_PATH_FIELDS, type LocationNode } from '@kente/sdk/ui';
import { USER_ERROR_FIELDS } from '../insuree/insureeQueries.js';

export interface FamilyMember {
  id: string;
  version: number;
  insuranceNumber: string;
  lastName: string;
  otherNames: string;
  gender: string;
  birthDate: string;
  relationship: string | null;
  status: string;
  isHead: boolean;
}

export interface FamilyDetails {
  id: string;
  version: number;
  head: { id: string; insuranceNumber: string; lastName: string; otherNames: string };
  village: LocationNode;
  povertyStatus: boolean | null;
  familyType: string | null;
  confirmationType: string | null;
  confirmationNumber: string | null;
  address: string | null;
  members: FamilyMember[];
  memberCount: number;
  createdAt: string;
  updatedAt: string;
}

const MEMBER_FIELDS = 'id version insuranceNumber lastName otherNames gender birthDate relationship status isHead';

export const FAMILY_FIELDS = /* GraphQL */ `
  id version head { id insuranceNumber lastName otherNames } village { ${LOCATION_PATH_FIELDS} }
  povertyStatus familyType confirmationType confirmationNumber address
  members { ${MEMBER_FIELDS} } memberCount createdAt updatedAt
`;

export const FAMILY = /* GraphQL */ `
  query Family($id: ID!) { family(id: $id) { ${FAMILY_FIELDS} } }
`;

export const CREATE_FAMILY = /* GraphQL */ `
  mutation CreateFamily($input: CreateFamilyInput!) { createFamily(input: $input) { family { id } ${USER_ERROR_FIELDS} } }
`;

export const UPDATE_FAMILY = /* GraphQL */ `
  mutation UpdateFamily($input: UpdateFamilyInput!) { updateFamily(input: $input) { family { ${FAMILY_FIELDS} } ${USER_ERROR_FIELDS} } }
`;

export const CHANGE_FAMILY_HEAD = /* GraphQL */ `
  mutation ChangeFamilyHead($input: ChangeFamilyHeadInput!) { changeFamilyHead(input: $input) { family { ${FAMILY_FIELDS} } ${USER_ERROR_FIELDS} } }
`;

export const REMOVE_INSUREE = /* GraphQL */ `
  mutation RemoveInsuree($input: RemoveInsureeInput!) { removeInsuree(input: $input) { insuree { id } ${USER_ERROR_FIELDS} } }
`;

export const MOVE_INSUREE = /* GraphQL */ `
  mutation MoveInsuree($input: MoveInsureeInput!) { moveInsuree(input: $input) { insuree { id } ${USER_ERROR_FIELDS} } }
`;
