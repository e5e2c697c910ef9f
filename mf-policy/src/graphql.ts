/**
 * GraphQL documents typed by the backend's schema (backend/schema.graphql, turned
 * into ./graphql-env.d.ts by `pnpm --filter @kente/mf-policy run gql`): a field
 * renamed on the server breaks this module's type check. Result types come from
 * the documents (`ResultOf<typeof DOC>`), never written by hand.
 */
import { graphqlDocument } from '@kente/sdk';
import type { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

type Graphql = ReturnType<
  typeof initGraphQLTada<{
    introspection: introspection;
    disableMasking: true;
    scalars: { Date: string; DateTime: string; Decimal: string; JSON: Record<string, unknown> | null };
  }>
>;

export const graphql = graphqlDocument as unknown as Graphql;

export type { ResultOf, VariablesOf } from 'gql.tada';

/** Problems a mutation reports, each on its field (the kit's UserError). */
export const USER_ERRORS = graphql(`
  fragment UserErrors on UserError { field code message }
`);
