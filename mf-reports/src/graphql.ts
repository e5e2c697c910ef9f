/**
 * GraphQL documents typed by the backend's schema (backend/schema.graphql, turned
 * into ./graphql-env.d.ts by `pnpm --filter @kente/mf-reports run gql`): a field
 * renamed on the server breaks this module's type check. Result types come from
 * the documents (`ResultOf<typeof DOC>`), never written by hand.
 */
import { typedGraphql } from '@kente/sdk';
import type { introspection } from './graphql-env.d.ts';

export const graphql = typedGraphql<introspection>();

export type { ResultOf, VariablesOf } from 'gql.tada';
