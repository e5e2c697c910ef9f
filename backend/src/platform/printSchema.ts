/** The SDL of the assembled schema, sorted so the checked-in backend/schema.graphql diffs cleanly. */
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from '../graphql/schema.js';
import { domains } from '../modules/index.js';

export const SCHEMA_HEADER = '# Generated from the domains by `pnpm --filter @kente/backend run schema`. Do not edit: a test fails when it is stale.\n\n';

export function schemaSdl(schema: GraphQLSchema = buildSchema(domains)): string {
  return `${SCHEMA_HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}
