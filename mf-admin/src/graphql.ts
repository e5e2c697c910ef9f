/**
 * GraphQL documents typed by the backend's schema (backend/schema.graphql, turned into
 * @kente/contract-graphql's types by `pnpm run schema` at the root): a field
 * renamed on the server breaks this module's type check. Result types come from
 * the documents (`ResultOf<typeof DOC>`), never written by hand.
 */

import type { introspection } from '@kente/contract-graphql';
import { typedGraphql } from '@kente/sdk';

export const graphql = typedGraphql<introspection>();

export type { ResultOf, VariablesOf } from 'gql.tada';

/** Problems a mutation reports, each on its field (the kit's UserError). */
export const USER_ERRORS = graphql(`
  fragment UserErrors on UserError { field code message }
`);
