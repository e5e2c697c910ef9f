/** GraphQL documents and shapes of the insuree pages (backend module `insuree`). */

/** A location with its parents, so a picker can show the whole Region > ... > Village path. */
export const LOCATION_PATH_FIELDS = /* GraphQL */ `
  id name type parent { id name type parent { id name type parent { id name type } } }
`;

export const INSUREE_FIELDS = /* GraphQL */ `
  id version insuranceNumber lastName otherNames gender birthDate maritalStatus relationship
  phone email profession education identificationType identificationNumber
  currentVillage { ${LOCATION_PATH_FIELDS} } currentAddress
  healthFacility { id code name }
  cardIssued status statusDate statusReason photo isHead createdAt updatedAt
  family { id version head { id insuranceNumber lastName otherNames } village { ${LOCATION_PATH_FIELDS} } }
`;

export interface LocationNode {
  id: string;
  name: string;
  type: string;
  parent?: LocationNode | null;
}

export interface InsureeDetails {
  id: string;
  version: number;
  insuranceNumber: string;
  lastName: string;
  otherNames: string;
  gender: string;
  birthDate: string;
  maritalStatus: string | null;
  relationship: string | null;
  phone: string | null;
  email: string | null;
  profession: string | null;
  education: string | null;
  identificationType: string | null;
  identificationNumber: string | null;
  currentVillage: LocationNode | null;
  currentAddress: string | null;
  healthFacility: { id: string; code: string; name: string } | null;
  cardIssued: boolean;
  status: string;
  statusDate: string | null;
  statusReason: string | null;
  photo: string | null;
  isHead: boolean;
  createdAt: string;
  updatedAt: string;
  family: {
    id: string;
    version: number;
    head: { id: string; insuranceNumber: string; lastName: string; otherNames: string };
    village: LocationNode;
  };
}

/**
 * What an enquiry may read of any insuree (right 101105; the server refuses phones, ids and
 * members of insurees outside the user's area).
 */
export const INSUREE_ENQUIRY = /* GraphQL */ `
  query InsureeEnquiry($insuranceNumber: String) {
    insuree(insuranceNumber: $insuranceNumber) {
      id insuranceNumber lastName otherNames gender birthDate relationship photo status isHead
      healthFacility { id code name }
      family { id head { id insuranceNumber lastName otherNames } village { ${LOCATION_PATH_FIELDS} } }
    }
  }
`;
export type EnquiryInsuree = Pick<
  InsureeDetails,
  'id' | 'insuranceNumber' | 'lastName' | 'otherNames' | 'gender' | 'birthDate' | 'relationship' | 'photo' | 'status' | 'isHead' | 'healthFacility'
> & { family: Pick<InsureeDetails['family'], 'id' | 'head' | 'village'> };

export const INSUREE_BY_ID = /* GraphQL */ `
  query InsureeById($id: ID) { insuree(id: $id) { ${INSUREE_FIELDS} } }
`;

export const INSUREE_BY_NUMBER = /* GraphQL */ `
  query InsureeByNumber($insuranceNumber: String) { insuree(insuranceNumber: $insuranceNumber) { ${INSUREE_FIELDS} } }
`;

export const USER_ERROR_FIELDS = 'errors { field code message }';

export const UPDATE_INSUREE = /* GraphQL */ `
  mutation UpdateInsuree($input: UpdateInsureeInput!) { updateInsuree(input: $input) { insuree { ${INSUREE_FIELDS} } ${USER_ERROR_FIELDS} } }
`;

export const ADD_INSUREE = /* GraphQL */ `
  mutation AddInsuree($input: AddInsureeInput!) { addInsuree(input: $input) { insuree { id family { id } } ${USER_ERROR_FIELDS} } }
`;

export const SET_INSUREE_STATUS = /* GraphQL */ `
  mutation SetInsureeStatus($input: SetInsureeStatusInput!) { setInsureeStatus(input: $input) { insuree { ${INSUREE_FIELDS} } ${USER_ERROR_FIELDS} } }
`;

export const INSURANCE_NUMBER_CONFIG = /* GraphQL */ `
  query InsuranceNumberConfig { insuranceNumberConfig { length checkDigit } }
`;

/** The chain of ids from the region down to a location, for the cascading picker. */
export function locationPathOf(node: LocationNode | null | undefined): Partial<Record<'R' | 'D' | 'M' | 'V', string>> {
  const path: Partial<Record<'R' | 'D' | 'M' | 'V', string>> = {};
  for (let current = node; current; current = current.parent) {
    if (current.type === 'R' || current.type === 'D' || current.type === 'M' || current.type === 'V') path[current.type] = current.id;
  }
  return path;
}

/** "Village, Municipality, District, Region". */
export function locationLabel(node: LocationNode | null | undefined): string {
  const names: string[] = [];
  for (let current = node; current; current = current.parent) names.push(current.name);
  return names.join(', ');
}
