/** GraphQL documents of the insuree pages (backend module `insuree`); their result types come from the schema. */
import { graphql, LOCATION_PATH, type ResultOf, USER_ERRORS } from '../graphql.js';

export const INSUREE_FIELDS = graphql(
  `
  fragment InsureeFields on Insuree {
    id version insuranceNumber lastName otherNames gender birthDate maritalStatus relationship
    phone email profession education identificationType identificationNumber
    currentVillage { ...LocationPath } currentAddress
    healthFacility { id code name }
    cardIssued status statusDate statusReason photo isHead createdAt updatedAt
    family { id version head { id insuranceNumber lastName otherNames } village { ...LocationPath } }
  }
`,
  [LOCATION_PATH],
);

export type InsureeDetails = ResultOf<typeof INSUREE_FIELDS>;

export const INSUREE_BY_ID = graphql(`query InsureeById($id: ID) { insuree(id: $id) { ...InsureeFields } }`, [INSUREE_FIELDS]);

/**
 * What an enquiry may read of any insuree (right 101105): eligibility fields only; the server
 * refuses phones, ids and members of insurees outside the user's area.
 */
export const INSUREE_ENQUIRY = graphql(
  `query InsureeEnquiry($insuranceNumber: String) {
    insuree(insuranceNumber: $insuranceNumber) {
      id insuranceNumber lastName otherNames gender birthDate relationship photo status isHead
      healthFacility { id code name }
      family { id head { id insuranceNumber lastName otherNames } village { ...LocationPath } }
    }
  }`,
  [LOCATION_PATH],
);
export type EnquiryInsuree = NonNullable<ResultOf<typeof INSUREE_ENQUIRY>['insuree']>;

export const UPDATE_INSUREE = graphql(
  `mutation UpdateInsuree($input: UpdateInsureeInput!) { updateInsuree(input: $input) { insuree { ...InsureeFields } errors { ...UserErrors } } }`,
  [INSUREE_FIELDS, USER_ERRORS],
);

export const ADD_INSUREE = graphql(
  `mutation AddInsuree($input: AddInsureeInput!) { addInsuree(input: $input) { insuree { id family { id } } errors { ...UserErrors } } }`,
  [USER_ERRORS],
);

export const SET_INSUREE_STATUS = graphql(
  `mutation SetInsureeStatus($input: SetInsureeStatusInput!) { setInsureeStatus(input: $input) { insuree { ...InsureeFields } errors { ...UserErrors } } }`,
  [INSUREE_FIELDS, USER_ERRORS],
);

export const INSURANCE_NUMBER_CONFIG = graphql(`query InsuranceNumberConfig { insuranceNumberConfig { length checkDigit } }`);
