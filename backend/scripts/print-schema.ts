/**
 * Writes the GraphQL schema the backend serves to backend/schema.graphql, the
 * file the console's modules type their documents against (gql.tada): a field
 * renamed here breaks a module's type check. `pnpm --filter @kente/backend run schema`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from '../src/graphql/schema.js';
import { domains } from '../src/modules/index.js';

const file = join(import.meta.dirname, '..', 'schema.graphql');
writeFileSync(file, `${printSchema(lexicographicSortSchema(buildSchema(domains)))}\n`);
console.log(`wrote ${file}`);
