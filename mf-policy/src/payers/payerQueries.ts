/** GraphQL documents of the payer pages (backend module `policy`); their result types come from the schema. */
import { graphql, type ResultOf, USER_ERRORS } from '../graphql.js';
import { PRODUCT_LOCATION } from '../products/productQueries.js';

export const PAYERS = graphql(
  `
  query PayerSearch($filter: PayerFilter, $first: Int, $after: String) {
    payers(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo { hasNextPage endCursor }
      edges { node { id type name phone email location { ...ProductLocation } } }
    }
  }
`,
  [PRODUCT_LOCATION],
);
export type PayerRow = ResultOf<typeof PAYERS>['payers']['edges'][number]['node'];

export const PAYER_FIELDS_FRAGMENT = graphql(
  `
  fragment PayerFields on Payer {
    id version createdAt updatedAt type name address locationId location { ...ProductLocation } phone fax email
  }
`,
  [PRODUCT_LOCATION],
);
export type PayerDetails = ResultOf<typeof PAYER_FIELDS_FRAGMENT>;

export const PAYER_BY_ID = graphql(`query PayerById($id: ID!) { payer(id: $id) { ...PayerFields } }`, [PAYER_FIELDS_FRAGMENT]);

export const CREATE_PAYER = graphql(
  `mutation CreatePayer($input: CreatePayerInput!) { createPayer(input: $input) { payer { id } errors { ...UserErrors } } }`,
  [USER_ERRORS],
);

export const UPDATE_PAYER = graphql(
  `mutation UpdatePayer($input: UpdatePayerInput!) { updatePayer(input: $input) { payer { ...PayerFields } errors { ...UserErrors } } }`,
  [PAYER_FIELDS_FRAGMENT, USER_ERRORS],
);

export const DELETE_PAYER = graphql(`mutation DeletePayer($input: VersionedDeleteInput!) { deletePayer(input: $input) { errors { ...UserErrors } } }`, [
  USER_ERRORS,
]);
