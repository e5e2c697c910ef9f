/** The enquiry's claims summary: how many claims of each status since a date, and the claims themselves (one request). */
import { graphql } from '../graphql.js';

export const ENQUIRY_CLAIMS = graphql(`
  query EnquiryClaims($number: String!, $since: Date!) {
    rejected: claims(filter: { insuranceNumber: $number, visitFrom: $since, status: 1 }, first: 0) { totalCount totalCountCapped }
    entered: claims(filter: { insuranceNumber: $number, visitFrom: $since, status: 2 }, first: 0) { totalCount totalCountCapped }
    checked: claims(filter: { insuranceNumber: $number, visitFrom: $since, status: 4 }, first: 0) { totalCount totalCountCapped }
    processed: claims(filter: { insuranceNumber: $number, visitFrom: $since, status: 8 }, first: 0) { totalCount totalCountCapped }
    valuated: claims(filter: { insuranceNumber: $number, visitFrom: $since, status: 16 }, first: 0) { totalCount totalCountCapped }
    recent: claims(filter: { insuranceNumber: $number, visitFrom: $since }, first: 50) {
      pageInfo { hasNextPage }
      edges { node { id code status claimed approved visitFrom visitTo healthFacility { id code name } } }
    }
  }
`);
