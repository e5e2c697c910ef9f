/**
 * The resolver types of the schema (src/graphql/schema-types.ts), generated with graphql-codegen's
 * typescript + typescript-resolvers plugins. Every object type listed in src/graphql/mappers.ts is
 * mapped to its Drizzle row (what its resolvers receive as parent and what fields returning it
 * answer); each `XConnection` / `XEdge` to a Page / Edge of that row. Scalars are strings on the
 * wire (a DateTime may be answered as a Date: the scalar serializes it).
 */
import { codegen } from '@graphql-codegen/core';
import * as typescript from '@graphql-codegen/typescript';
import * as typescriptResolvers from '@graphql-codegen/typescript-resolvers';
import { GraphQLObjectType, type GraphQLSchema, parse } from 'graphql';
import { mappedTypes } from '../src/graphql/mappers.js';

export const RESOLVER_TYPES_HEADER = [
  "// biome-ignore-all lint/suspicious/noExplicitAny: the generated resolver helper types are graphql-codegen's",
  '// Generated from the schema by `pnpm --filter @kente/backend run schema` (scripts/resolver-types.ts). Do not edit:',
  '// a test fails when it is stale. The parent of each object type is its row: src/graphql/mappers.ts.',
  "import type { Edge, Page } from './connection.js';",
  "import type { Mapped } from './mappers.js';",
  '',
].join('\n');

/** `Mapped['X']` for a mapped type, else what codegen makes of it (its fields of mapped types mapped too). */
const mapped = new Set<string>(mappedTypes);
const parentOf = (name: string) => (mapped.has(name) ? `Mapped['${name}']` : `ResolversTypes['${name}']`);

function mappers(schema: GraphQLSchema): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of mappedTypes) if (schema.getType(name)) out[name] = `Mapped['${name}']`;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType)) continue;
    const connection = /^(.+)Connection$/.exec(type.name);
    const edge = /^(.+)Edge$/.exec(type.name);
    if (connection?.[1] && schema.getType(connection[1])) out[type.name] = `Page<${parentOf(connection[1])}>`;
    if (edge?.[1] && schema.getType(edge[1])) out[type.name] = `Edge<${parentOf(edge[1])}>`;
  }
  return out;
}

export async function resolverTypes(schema: GraphQLSchema, sdl: string): Promise<string> {
  const body = await codegen({
    filename: 'src/graphql/schema-types.ts',
    schema: parse(sdl),
    documents: [],
    plugins: [{ typescript: {} }, { typescriptResolvers: {} }],
    pluginMap: { typescript, typescriptResolvers },
    config: {
      contextType: './context.js#Ctx',
      mappers: mappers(schema),
      useTypeImports: true,
      enumsAsTypes: true,
      useIndexSignature: false,
      // arguments as GraphQL sends them: an optional argument is absent or null
      avoidOptionals: false,
      scalars: {
        ID: { input: 'string', output: 'string | number' },
        Date: 'string',
        DateTime: { input: 'string', output: 'string | Date' },
        Decimal: 'string',
        JSON: 'unknown',
      },
    },
  });
  return `${RESOLVER_TYPES_HEADER}${body}`;
}
