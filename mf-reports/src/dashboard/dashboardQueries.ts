import { graphql } from '../graphql.js';

/** The products of the filter bar (a scheme has a few dozen at most). */
export const DASHBOARD_PRODUCTS = graphql(`
  query DashboardProducts {
    products(first: 100) { edges { node { id code name } } }
  }
`);
