import { LOCATION_PATH_FIELDS, type LocationNode } from '@kente/sdk/ui';
/** GraphQL documents and shapes of the insuree pages (backend module `insuree`). */

/** A location with its parents, so a picker can show the whole Region > ... > Village path. */
export const INSUREE_FIELDS = /* GraphQL */ `
  id version insuranceNumber lastName otherNames gender birthDate maritalStatus relationship
  phone email profession education identificationType identificationNumber
  currentVillage { ${LOCATION_PATH_FIELDS} } currentAddress
  healthFacility { id code name }
  cardIssued status statusDate statusReason photo isHead createdAt updatedAt
  family { id version head { id insuranceNumber lastName otherNames } village { ${LOCATION_PATH_FIELDS} } }
`;

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
